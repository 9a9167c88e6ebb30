#pragma once

#include "manage/VmHardware.h"

#include <QMetaType>

#include <optional>

namespace welkin {

// A VM's hardware as the Details tab loads it: the persistent definition, the running domain's
// (when it runs) and what the host allows.
struct VmHardwareState {
    VmHardware persistent;
    std::optional<VmHardware> live; // set while the VM is active
    bool autostart = false;
    HardwareLimits limits;          // without otherMacs: the apply job checks those itself

    // Fields whose persistent value waits for the next start (VmHardwareXml::pendingFields). With
    // a balloon the current memory is a target the guest's driver follows, or not: a restart does
    // not change that, so it is not pending.
    QStringList pendingFields() const
    {
        if (!live)
            return {};
        QStringList fields = VmHardwareXml::pendingFields(persistent, *live);
        if (live->balloon)
            fields.removeAll(QStringLiteral("memory"));
        return fields;
    }
};

// `hardware` with each disk that gets a new volume on Apply naming it ("pool/volume"): the checks
// then see a disk with an image, as it will be.
inline VmHardware withPlannedVolumes(VmHardware hardware, const QList<HardwareEdit::NewVolume> &volumes)
{
    for (VmHardwareDisk &disk : hardware.disks) {
        for (const HardwareEdit::NewVolume &volume : volumes) {
            if (volume.target == disk.target && disk.path.isEmpty())
                disk.path = volume.pool + QLatin1Char('/') + volume.name;
        }
    }
    return hardware;
}

// The problems `after` has that `before` had not. A definition libvirt holds as it is (a VM
// defined with more memory than this host has, a disk target another tool named freely) never
// blocks an unrelated change; only what the edit brings in is refused.
inline QList<HardwareProblem> newProblems(const VmHardware &before, const VmHardware &after, const HardwareLimits &limits)
{
    QStringList known;
    for (const HardwareProblem &problem : VmHardwareXml::check(before, limits))
        known.append(problem.message);
    QList<HardwareProblem> problems = VmHardwareXml::check(after, limits);
    problems.removeIf([&known](const HardwareProblem &problem) { return known.contains(problem.message); });
    return problems;
}

// What applying a hardware edit did: the state re-read afterwards, and what libvirt refused to
// change on the running VM (those changes are saved and wait for the next start).
struct HardwareApplied {
    VmHardwareState state;
    QList<HardwareProblem> refusedLive;
};

} // namespace welkin

Q_DECLARE_METATYPE(welkin::VmHardwareState)
Q_DECLARE_METATYPE(welkin::HardwareApplied)
