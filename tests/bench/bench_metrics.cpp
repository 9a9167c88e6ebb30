// Benchmark (not a test): the monitoring pipeline at scale.
//
//   bench_metrics [--vms 10000] [--cycles 400] [--day-vms 20] [--raw-interval-ms 0]
//
// 1. GUI-thread time per 2 s stats cycle: MetricsHub ingest (ring buffers, provider and group
//    aggregates) + alert evaluation + queueing for the history writer, with the writer thread
//    running on a real file at the same time. Synthetic samples: the cost does not depend on
//    where samples come from.
// 2. Live ring-buffer memory (RSS growth while the buffers fill).
// 3. History writer throughput (samples/s) on a fresh file.
// 4. Database size per VM per day: `--day-vms` VMs polled every 2 s through one simulated day
//    (injectable clock, rollups and purge as in real use), bytes per table from SQLite's dbstat;
//    extrapolated to the steady state = 1 day of raw + 14 days of 1-minute + 365 days of
//    1-hour rollups.
// Prints key=value lines.
#include "ProcessFigures.h"
#include "metrics/AlertEngine.h"
#include "metrics/HistoryStore.h"
#include "metrics/MetricsHub.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <ctime>

using namespace welkin;
using welkin::bench::rssKiB;
using namespace Qt::StringLiterals;

namespace {

// CPU time of this thread: what the cycle costs without the other processes on a busy machine.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

void report(const char *key, double value, const char *unit)
{
    std::printf("%s=%.2f %s\n", key, value, unit);
    std::fflush(stdout);
}

// 10 providers, 10 hosts each, VMs spread over them; figures that move like real ones.
MetricSamples cycleOf(int providerIndex, int vms, int providers, qint64 t, int cycle)
{
    const QString provider = u"qemu+ssh://kvm%1/system"_s.arg(providerIndex);
    const int perProvider = vms / providers;
    MetricSamples batch;
    batch.reserve(perProvider + 10);
    for (int i = 0; i < perProvider; ++i) {
        const int n = providerIndex * perProvider + i;
        MetricSample s;
        s.id = ResourceId(provider, ResourceKind::Vm, u"6695eb01-0000-4000-8000-%1"_s.arg(n, 12, 10, QChar(u'0')));
        s.timestampMs = t;
        s.cpuGuestPercent = 50 + 45 * std::sin((n + cycle) * 0.1);
        s.cpuPercent = s.cpuGuestPercent / 16;
        s.memoryTotalKiB = 4 * 1024 * 1024;
        s.memoryUsedKiB = 1024 * 1024 + (n % 1000) * 1024;
        s.diskReadBps = (n % 100) * 4096.0;
        s.diskWriteBps = (cycle % 10) * 8192.0;
        s.netRxBps = (n % 37) * 1500.0;
        s.netTxBps = (n % 11) * 1500.0;
        batch.append(s);
    }
    for (int h = 0; h < 10; ++h) {
        MetricSample s;
        s.id = ResourceId(provider, ResourceKind::Host, u"host-%1"_s.arg(h));
        s.timestampMs = t;
        s.cpuPercent = 40;
        s.memoryTotalKiB = 512LL * 1024 * 1024;
        s.memoryUsedKiB = 300LL * 1024 * 1024;
        s.runningVms = perProvider / 10;
        batch.append(s);
    }
    return batch;
}

QList<AlertRule> benchRules(int vms)
{
    QList<AlertRule> rules;
    const Metric metrics[] = {Metric::Cpu, Metric::MemoryPercent, Metric::DiskBps, Metric::NetBps, Metric::CpuHost};
    const double thresholds[] = {90, 95, 50e6, 100e6, 80};
    for (int i = 0; i < 5; ++i) {
        AlertRule r;
        r.id = u"global-%1"_s.arg(i);
        r.metric = metrics[i];
        r.threshold = thresholds[i];
        r.durationMs = 10'000;
        rules.append(r);
    }
    for (int i = 0; i < 100; ++i) { // per-VM rules
        AlertRule r;
        r.id = u"vm-%1"_s.arg(i);
        r.scope = AlertRule::Scope::Resource;
        r.resource = ResourceId(u"qemu+ssh://kvm0/system"_s, ResourceKind::Vm,
                                u"6695eb01-0000-4000-8000-%1"_s.arg(i * (vms / 1000), 12, 10, QChar(u'0')));
        r.threshold = 70;
        r.durationMs = 4000;
        rules.append(r);
    }
    return rules;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{u"vms"_s, u"VMs"_s, u"n"_s, u"10000"_s},
                       {u"cycles"_s, u"stats cycles to time (the ring buffers wrap after 300)"_s, u"n"_s, u"400"_s},
                       {u"day-vms"_s, u"VMs for the simulated day"_s, u"n"_s, u"20"_s},
                       {u"raw-interval-ms"_s, u"thin raw history to one sample per this interval"_s, u"ms"_s, u"0"_s},
                       {u"no-history"_s, u"cycle timing without the history writer"_s},
                       {u"no-alerts"_s, u"cycle timing without alert rules"_s},
                       {u"cycles-only"_s, u"only the cycle timing (part 1)"_s}});
    parser.process(app);
    const int vms = parser.value(u"vms"_s).toInt();
    const int cycles = parser.value(u"cycles"_s).toInt();
    const int dayVms = parser.value(u"day-vms"_s).toInt();
    const qint64 rawInterval = parser.value(u"raw-interval-ms"_s).toLongLong();
    constexpr int providers = 10;
    QTemporaryDir dir;

    report("vms", vms, "");
    // --- 1 and 2: GUI-thread cost per cycle, ring-buffer memory ---
    {
        const qint64 rssBefore = rssKiB();
        MetricsHub hub;
        QHash<QString, QList<ResourceId>> groups; // 50 groups of 20 VMs
        for (int g = 0; g < 50; ++g)
            for (int i = 0; i < 20; ++i)
                groups[u"group-%1"_s.arg(g)].append(ResourceId(u"qemu+ssh://kvm%1/system"_s.arg(g % providers), ResourceKind::Vm,
                                                              u"6695eb01-0000-4000-8000-%1"_s.arg((g % providers) * (vms / providers) + i, 12, 10, QChar(u'0'))));
        hub.setGroups(groups);
        AlertEngine alerts;
        if (!parser.isSet(u"no-alerts"_s))
            alerts.setRules(benchRules(vms));
        alerts.setGroups(groups);
        int fired = 0;
        QObject::connect(&alerts, &AlertEngine::alertFiring, [&fired] { ++fired; });
        HistoryOptions options;
        options.rawIntervalMs = rawInterval;
        HistoryStore history(dir.filePath(u"live.db"_s), options);
        history.start();
        QObject::connect(&hub, &MetricsHub::cycleIngested, &alerts, &AlertEngine::evaluateCycle);
        if (!parser.isSet(u"no-history"_s))
            QObject::connect(&hub, &MetricsHub::cycleIngested, &history,
                             [&history](const QString &, const MetricSamples &s) { history.enqueue(s); });

        // Batches are made before timing: the provider builds them on its worker thread.
        const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - qint64(cycles) * 2000;
        QList<double> perCycleMs, perCycleCpuMs, writerMs;
        QElapsedTimer timer;
        for (int c = 0; c < cycles; ++c) {
            QList<MetricSamples> batches;
            for (int p = 0; p < providers; ++p)
                batches.append(cycleOf(p, vms, providers, t0 + c * 2000, c));
            timer.start();
            const double cpuStart = threadCpuMs();
            for (const MetricSamples &batch : std::as_const(batches))
                hub.ingest(batch);
            perCycleMs.append(double(timer.nsecsElapsed()) / 1e6);
            perCycleCpuMs.append(threadCpuMs() - cpuStart);
            // Time compressed: every 5 cycles (10 s, the writer's flush interval) the writer
            // writes what came (as it does in real time, between cycles) before the next cycle
            // is timed. Its time per cycle is its cost against the 2 s budget.
            if (!parser.isSet(u"no-history"_s) && (c + 1) % 5 == 0) {
                QElapsedTimer writer;
                writer.start();
                history.sync(600'000);
                writerMs.append(double(writer.nsecsElapsed()) / 1e6 / 5);
            }
            if (c == 299)
                report("ring_buffers_rss_growth", (rssKiB() - rssBefore) / 1024.0, "MiB");
        }
        std::sort(perCycleMs.begin(), perCycleMs.end());
        std::sort(perCycleCpuMs.begin(), perCycleCpuMs.end());
        report("gui_cycle_cpu_ms_median", perCycleCpuMs[perCycleCpuMs.size() / 2], "ms");
        report("gui_cycle_cpu_ms_p95", perCycleCpuMs[perCycleCpuMs.size() * 95 / 100], "ms");
        // Steady state only: the first 300 cycles also allocate the buffers.
        report("gui_cycle_ms_median", perCycleMs[perCycleMs.size() / 2], "ms");
        report("gui_cycle_ms_p95", perCycleMs[perCycleMs.size() * 95 / 100], "ms");
        report("gui_cycle_ms_max", perCycleMs.last(), "ms");
        report("alerts_fired", fired, "");
        report("ring_buffer_bytes_per_vm", double(LiveSeries::bytesPerPoint) * hub.capacity(), "bytes");
        if (!writerMs.isEmpty()) {
            std::sort(writerMs.begin(), writerMs.end());
            report("history_writer_ms_per_cycle_median", writerMs[writerMs.size() / 2], "ms (budget 2000)");
            report("history_writer_ms_per_cycle_max", writerMs.last(), "ms");
        }
        report("history_live_written", double(history.writtenSamples()), "samples");
        report("history_live_dropped", double(history.droppedSamples()), "samples");
    }

    if (parser.isSet(u"cycles-only"_s))
        return 0;
    // --- 3: writer throughput on a fresh file ---
    {
        HistoryOptions options;
        options.maxQueuedSamples = qsizetype(vms) * 40;
        HistoryStore history(dir.filePath(u"throughput.db"_s), options);
        history.start();
        history.sync();
        const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - 3600'000;
        QElapsedTimer timer;
        timer.start();
        qsizetype total = 0;
        for (int c = 0; c < 30; ++c)
            for (int p = 0; p < providers; ++p) {
                const MetricSamples batch = cycleOf(p, vms, providers, t0 + c * 2000, c);
                total += batch.size();
                history.enqueue(batch);
            }
        history.sync(600'000);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        report("history_writer_samples_per_s", double(history.writtenSamples()) / seconds, "samples/s");
        report("history_writer_needed_at_2s", (vms + 100) / 2.0, "samples/s");
        report("history_writer_dropped", double(history.droppedSamples()), "samples");
        Q_UNUSED(total)
    }

    // --- 4: database size per VM per day ---
    {
        constexpr qint64 Day = HistoryOptions::dayMs;
        const qint64 start = 1'700'000'000'000 / Day * Day;
        auto now = std::make_shared<std::atomic<qint64>>(start);
        HistoryOptions options;
        options.clock = [now] { return now->load(); };
        options.rawIntervalMs = rawInterval;
        options.maxQueuedSamples = qsizetype(dayVms) * 2000;
        const QString path = dir.filePath(u"day.db"_s);
        HistoryStore history(path, options);
        history.start();
        QElapsedTimer timer;
        timer.start();
        // A day at 2 s, handed over an hour at a time, with maintenance as the clock moves.
        for (qint64 hour = 0; hour < 25; ++hour) {
            MetricSamples batch;
            for (qint64 t = hour * 3600'000; t < (hour + 1) * 3600'000; t += 2000)
                for (const MetricSample &s : cycleOf(0, dayVms * providers, providers, start + t, int(t / 2000)))
                    if (s.id.kind() == ResourceKind::Vm)
                        batch.append(s);
            history.enqueue(batch);
            now->store(start + (hour + 1) * 3600'000);
            history.sync(600'000);
        }
        report("day_simulation_s", double(timer.elapsed()) / 1000.0, "s");
        report("day_dropped", double(history.droppedSamples()), "samples");
        // Bytes per row (dbstat, B-tree pages included) x rows one VM makes in a day.
        const char *tables[] = {"raw", "rollup_1m", "rollup_1h"};
        const double rowsPerVmDay[] = {double(Day) / double(std::max<qint64>(2000, rawInterval)), 1440, 24};
        double perVmDay[3] = {0, 0, 0};
        for (int i = 0; i < 3; ++i) {
            const qint64 bytes = history.tableBytes(QString::fromLatin1(tables[i]));
            const qint64 rows = history.rowCount(QString::fromLatin1(tables[i]));
            const double perRow = rows > 0 ? double(bytes) / double(rows) : 0.0;
            perVmDay[i] = perRow * rowsPerVmDay[i];
            std::printf("table_%s rows=%lld bytes=%lld bytes_per_row=%.1f\n", tables[i], static_cast<long long>(rows),
                        static_cast<long long>(bytes), perRow);
        }
        report("raw_per_vm_day", perVmDay[0] / 1024.0 / 1024.0, "MiB");
        report("rollup_1m_per_vm_day", perVmDay[1] / 1024.0, "KiB");
        report("rollup_1h_per_vm_day", perVmDay[2] / 1024.0, "KiB");
        // Steady state: 1 day of raw + 14 days of minutes + 365 days of hours.
        const double steady = perVmDay[0] + 14 * perVmDay[1] + 365 * perVmDay[2];
        report("steady_state_per_vm", steady / 1024.0 / 1024.0, "MiB");
        report("steady_state_10000_vms", steady * 10000 / 1024.0 / 1024.0 / 1024.0, "GiB");
        report("file_size_day_db", double(QFileInfo(path).size()) / 1024.0 / 1024.0, "MiB");
    }
    return 0;
}
