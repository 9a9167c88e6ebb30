#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

#include <algorithm>

namespace welkin {

// How a VM moves to another libvirt host. Defaults follow virt-manager's, except that the
// VM is persistent on the destination and undefined on the source (a move, not a copy).
struct MigrationOptions {
    enum class Storage {
        Shared,          // both hosts see the same disk paths (NFS, Ceph, ...)
        CopyFull,        // VIR_MIGRATE_NON_SHARED_DISK: every disk copied
        CopyIncremental, // VIR_MIGRATE_NON_SHARED_INC: only the top image of each chain
    };

    bool live = true;              // VIR_MIGRATE_LIVE; false pauses the VM while it moves
    Storage storage = Storage::Shared;
    bool peerToPeer = false;       // the source daemon talks to the destination itself
    bool tunnelled = false;        // data through the libvirtd connection (implies peerToPeer)
    quint64 bandwidthMiBps = 0;    // 0: no limit
    bool autoConverge = false;     // throttle the guest's vCPUs when memory dirties faster than it copies
    bool allowPostCopy = false;    // VIR_MIGRATE_POSTCOPY: may switch to post-copy when it does not converge
    bool persistOnDestination = true;
    bool undefineSource = true;

    friend bool operator==(const MigrationOptions &, const MigrationOptions &) = default;
};

// One pre-flight check of a planned migration, as the Migrate dialog lists it.
struct MigrationCheck {
    enum class Outcome { Passed, Warning, Blocker };

    QString subject;  // "CPU", "Memory", "Network 'default'", "Storage pool 'images'", "Hypervisor"
    Outcome outcome = Outcome::Passed;
    QString message;  // "the destination has 3.1 GiB free, the VM needs 1 GiB"

    friend bool operator==(const MigrationCheck &, const MigrationCheck &) = default;
};

struct MigrationPreflight {
    QList<MigrationCheck> checks;

    bool canMigrate() const
    {
        for (const MigrationCheck &check : checks) {
            if (check.outcome == MigrationCheck::Outcome::Blocker)
                return false;
        }
        return true;
    }
};

// A migration's figures from virDomainGetJobStats; -1 where the driver did not report one.
struct MigrationProgress {
    qint64 elapsedMs = -1;
    qint64 dataTotal = -1;       // bytes: memory and copied disks
    qint64 dataProcessed = -1;   // bytes sent so far, pages sent again included
    qint64 dataRemaining = -1;
    qint64 dirtyRate = -1;       // memory pages dirtied per second
    qint64 expectedDowntimeMs = -1; // a running job's estimate
    qint64 downtimeMs = -1;      // a completed job's: how long the guest was paused
    qint64 iteration = -1;       // memory passes so far
    qint64 bandwidthBps = -1;    // bytes copied per second (memory; disks while they copy)
    bool completed = false;      // the stats of a finished job (VIR_DOMAIN_JOB_STATS_COMPLETED)

    // 0..100 from (total - remaining) / total, else processed / total (processed counts pages
    // sent again, so it can pass the total); -1 when unknown.
    int percent() const
    {
        if (dataTotal <= 0)
            return -1;
        const qint64 done = dataRemaining >= 0 ? dataTotal - dataRemaining : dataProcessed;
        if (done < 0)
            return -1;
        return static_cast<int>(std::clamp<qint64>(done * 100 / dataTotal, 0, 100));
    }
};

} // namespace welkin

Q_DECLARE_METATYPE(welkin::MigrationPreflight)
Q_DECLARE_METATYPE(welkin::MigrationProgress)
