#pragma once

#include "MetricSample.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <functional>

namespace welkin {

// How long each resolution of the metric history is kept, and how the writer behaves.
struct HistoryOptions {
    static constexpr qint64 minuteMs = 60'000;
    static constexpr qint64 hourMs = 60 * minuteMs;
    static constexpr qint64 dayMs = 24 * hourMs;

    qint64 rawRetentionMs = dayMs;          // every poll's sample
    qint64 minuteRetentionMs = 14 * dayMs;  // 1-minute min/avg/max
    qint64 hourRetentionMs = 365 * dayMs;   // 1-hour min/avg/max
    // Keep at most one raw sample per series per this interval (0 = every poll). The raw table
    // dominates the file size; large estates may thin it (see the report in bench_metrics).
    qint64 rawIntervalMs = 0;
    // Bound of the write queue in samples; beyond it the oldest batches are dropped (counted).
    qsizetype maxQueuedSamples = 200'000;
    // Samples are written in one transaction per this interval (real time) or per
    // flushSamples, whichever comes first. Each transaction rewrites every B-tree page it
    // touches, and every series sits on its own pages: one transaction per 2 s cycle at 10,000
    // VMs rewrites ~10,000 pages; five cycles per transaction rewrite them once. Queries and
    // sync() write what is queued first.
    qint64 flushIntervalMs = 10'000;
    qsizetype flushSamples = 100'000;
    // SQLite page cache of the writer, KiB.
    int cacheKiB = 64 * 1024;
    // Rollups and purge run at most this often, on the writer thread.
    qint64 maintenanceIntervalMs = minuteMs;
    // Finished buckets are rolled up this long after their end (late samples still count).
    qint64 rollupGraceMs = 10'000;
    // ms since the epoch; called on the writer thread, so it must be thread-safe. Tests inject
    // a simulated clock. Empty: the system clock.
    std::function<qint64()> clock;
};

enum class HistoryResolution : quint8 { Raw, Minute, Hour };

// One point of a history series. Raw points have min == avg == max.
struct HistoryPoint {
    qint64 timestampMs = 0;   // sample time, or the start of the bucket
    int count = 1;            // samples in the bucket
    MetricSample min, avg, max;
};

struct HistoryResult {
    quint64 requestId = 0;
    ResourceId id;
    HistoryResolution resolution = HistoryResolution::Raw;
    qint64 fromMs = 0, toMs = 0;
    QList<HistoryPoint> points; // oldest first
    QString error;              // empty on success
};

} // namespace welkin

Q_DECLARE_METATYPE(welkin::HistoryResult)
