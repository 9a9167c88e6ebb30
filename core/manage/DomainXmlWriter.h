#pragma once

#include "manage/VmSpec.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace welkin {

// What the domain definition needs beyond the wizard's choices: the paths the create job only
// knows once it has made (or looked up) the volumes, and a UEFI loader when one is chosen.
struct DomainXmlInputs {
    QString diskPath;         // the main disk on the host; empty = no disk
    QString diskFormat = QStringLiteral("qcow2");
    QStringList cdromPaths;   // in boot order: install ISO, cloud-init seed
    QString loader;           // firmware "uefi": this loader (pflash) instead of libvirt's
                              // firmware autoselection (<os firmware='efi'>)
};

// Turns a NewVmSpec into a libvirt domain definition. Pure: no libvirt calls, so the wizard's
// summary page shows the same document the create job defines (libvirt validates it then).
//
// Devices follow spec.virtioDevices: virtio disk, NIC, video, RNG and memory balloon for guests
// that have the drivers, emulated ones (SATA/IDE, e1000, VGA/QXL) for the rest. The CD-ROM sits on
// SATA on q35 machines and on IDE on the i440fx "pc" ones. Graphics listen on 127.0.0.1 only.
// networkType also accepts "user" (QEMU user-mode networking: no host bridge needed).
class DomainXmlWriter
{
public:
    static QByteArray write(const NewVmSpec &spec, const DomainXmlInputs &inputs);

    // Inputs as far as the spec alone tells: existing disk / import / cloud image paths, the ISO,
    // and for a disk still to be made "<pool>/<volume>" as a stand-in path (summary page).
    static DomainXmlInputs previewInputs(const NewVmSpec &spec);

    // The volume name of a new VM's disk: spec.disk.volumeName or "<vm>.<format>".
    static QString diskVolumeName(const NewVmSpec &spec);
    // Whether the machine type is a q35 one ("q35", "pc-q35-7.2").
    static bool isQ35(const QString &machine);
};

} // namespace welkin
