#pragma once

#include "manage/MigrationTypes.h"

#include <QCoreApplication>
#include <QString>
#include <QVariantMap>

namespace welkin {

// A migration's progress as the tasks dock shows it, from virDomainGetJobStats' typed parameters
// (handed over as a map keyed by libvirt's field names: "data_total", "memory_iteration", ...).
class MigrationStats
{
    Q_DECLARE_TR_FUNCTIONS(welkin::MigrationStats)
public:
    // `completed`: the stats of a finished job, whose "downtime" is the real one.
    static MigrationProgress fromJobStats(const QVariantMap &stats, bool completed);

    // "1.2 GiB of 2.0 GiB · 35.0 MiB/s · dirty 120 pages/s · iteration 3 · expected downtime 300 ms";
    // what is unknown is left out; empty when nothing is known yet.
    static QString progressText(const MigrationProgress &progress);

    // "moved in 4.2 s, downtime 38 ms" (`wallMs`: how long the migration call took; the downtime
    // from the completed job's stats, left out when unknown).
    static QString completedText(qint64 wallMs, const MigrationProgress &completed);

    // With post-copy allowed: switch once a full pass over memory is done and memory remains,
    // as virsh's --postcopy-after-precopy does (pre-copy alone may never converge).
    static bool postCopyDue(const MigrationProgress &progress);
};

} // namespace welkin
