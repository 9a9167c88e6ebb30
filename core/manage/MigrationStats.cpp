#include "MigrationStats.h"

#include "metrics/Metric.h"

#include <QLocale>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

qint64 number(const QVariantMap &stats, const char *key)
{
    const QVariant value = stats.value(QLatin1StringView(key));
    bool ok = false;
    const qint64 n = value.toLongLong(&ok);
    return ok && n >= 0 ? n : -1;
}

} // namespace

MigrationProgress MigrationStats::fromJobStats(const QVariantMap &stats, bool completed)
{
    MigrationProgress progress;
    progress.completed = completed;
    progress.elapsedMs = number(stats, "time_elapsed");
    progress.dataTotal = number(stats, "data_total");
    progress.dataProcessed = number(stats, "data_processed");
    progress.dataRemaining = number(stats, "data_remaining");
    progress.dirtyRate = number(stats, "memory_dirty_rate");
    progress.iteration = number(stats, "memory_iteration");
    // "downtime" is the estimate while the job runs and the real pause once it is done.
    if (completed)
        progress.downtimeMs = number(stats, "downtime");
    else
        progress.expectedDowntimeMs = number(stats, "downtime");
    // Memory moves after the disks: the disks' rate while they copy.
    const qint64 memoryBps = number(stats, "memory_bps");
    progress.bandwidthBps = memoryBps > 0 ? memoryBps : number(stats, "disk_bps");
    return progress;
}

QString MigrationStats::progressText(const MigrationProgress &progress)
{
    QStringList parts;
    if (progress.dataTotal > 0) {
        const qint64 done = progress.dataRemaining >= 0 ? progress.dataTotal - progress.dataRemaining : progress.dataProcessed;
        if (done >= 0)
            parts.append(tr("%1 of %2").arg(formatBytes(double(done)), formatBytes(double(progress.dataTotal))));
    }
    if (progress.bandwidthBps > 0)
        parts.append(tr("%1/s").arg(formatBytes(double(progress.bandwidthBps))));
    if (progress.dirtyRate >= 0 && progress.iteration > 0)
        parts.append(tr("dirty %1 pages/s").arg(QLocale().toString(progress.dirtyRate)));
    if (progress.iteration > 0)
        parts.append(tr("iteration %1").arg(progress.iteration));
    if (progress.expectedDowntimeMs >= 0 && progress.iteration > 0)
        parts.append(tr("expected downtime %1 ms").arg(progress.expectedDowntimeMs));
    return parts.join(u" · "_s);
}

QString MigrationStats::completedText(qint64 wallMs, const MigrationProgress &completed)
{
    const QString moved = wallMs < 1000 ? tr("moved in %1 ms").arg(wallMs)
                                        : tr("moved in %1 s").arg(QLocale().toString(double(wallMs) / 1000.0, 'f', 1));
    if (completed.downtimeMs < 0)
        return moved;
    return tr("%1, downtime %2 ms").arg(moved).arg(completed.downtimeMs);
}

bool MigrationStats::postCopyDue(const MigrationProgress &progress)
{
    return progress.iteration >= 2 && progress.dataRemaining > 0;
}

} // namespace welkin
