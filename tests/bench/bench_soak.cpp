// Soak benchmark (not a test, not in CI; `make soak`): the application as main.cpp wires it (live
// hub, history, alert rules, the real main window offscreen) on libvirt's test driver with N
// VMs, stats every second, one VM started, the next stopped, every second through the window's own
// actions (so tasks come and go) and one deleted every few seconds. Prints key=value lines:
// RSS after load, after warm-up and at the end; the longest GUI stall an event-loop probe saw;
// Task objects alive; live points held; metric series, alert states and highlights still held
// for deleted VMs.
//
//   soak [--minutes 30] [--vms 5000] [--stats-ms 1000] [--churn-ms 1000] [--delete-every-s 10]
//        [--warmup-s 300] [--report-s 60] [--no-history]
#include "ActionController.h"
#include "MainWindow.h"
#include "alerts/AlertController.h"
#include "NodeXmlGenerator.h"
#include "ProcessFigures.h"
#include "inventory/Inventory.h"
#include "metrics/AlertEngine.h"
#include "metrics/HistoryStore.h"
#include "metrics/LiveSamples.h"
#include "metrics/MetricsHub.h"
#include "providers/ProviderManager.h"
#include "tasks/TaskDock.h"
#include "tasks/TaskEventModel.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>

#include <malloc.h>

#include <array>
#include <cmath>
#include <cstdio>

using namespace welkin;
using namespace Qt::StringLiterals;

namespace {

double rssMiB()
{
    const qint64 kib = bench::rssKiB();
    return kib < 0 ? -1 : double(kib) / 1024.0;
}

double heapInUseMiB() { return double(mallinfo2().uordblks) / (1024.0 * 1024.0); }

void print(const char *key, double value, const char *unit = "")
{
    std::printf("%s=%.2f%s%s\n", key, value, *unit ? " " : "", unit);
    std::fflush(stdout);
}

// A 5 ms precise timer: how late its ticks come is how long the GUI thread was busy.
class StallProbe : public QObject
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.elapsed();
            const qint64 gap = now - m_last;
            m_last = now;
            m_max = std::max(m_max, gap);
            m_intervalMax = std::max(m_intervalMax, gap);
            ++m_histogram[size_t(std::min<qint64>(gap, qint64(m_histogram.size()) - 1))];
            ++m_ticks;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void reset()
    {
        m_max = m_intervalMax = 0;
        m_histogram.fill(0);
        m_ticks = 0;
    }
    qint64 max() const { return m_max; }
    qint64 takeIntervalMax() { return std::exchange(m_intervalMax, 0); }
    qint64 percentile(double p) const
    {
        const quint64 wanted = quint64(double(m_ticks) * p);
        quint64 seen = 0;
        for (size_t ms = 0; ms < m_histogram.size(); ++ms) {
            seen += m_histogram[ms];
            if (seen > wanted)
                return qint64(ms);
        }
        return qint64(m_histogram.size()) - 1;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_max = 0;
    qint64 m_intervalMax = 0;
    quint64 m_ticks = 0;
    std::array<quint64, 5001> m_histogram{};
};

int tasksAlive(const ProviderManager &providers)
{
    int alive = 0;
    for (const Provider *provider : providers.providers())
        alive += int(provider->findChildren<Task *>(Qt::FindDirectChildrenOnly).size());
    return alive;
}

const VmInfo *vmInfo(const Inventory &inventory, const ResourceId &id)
{
    const InventoryNode *node = inventory.node(id);
    return node ? node->resource().vm() : nullptr;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{u"minutes"_s, u"Soak duration"_s, u"M"_s, u"30"_s},
                       {u"vms"_s, u"Number of VMs"_s, u"N"_s, u"5000"_s},
                       {u"stats-ms"_s, u"Stats interval"_s, u"MS"_s, u"1000"_s},
                       {u"churn-ms"_s, u"One VM started or stopped this often"_s, u"MS"_s, u"1000"_s},
                       {u"delete-every-s"_s, u"One VM deleted this often (0: never)"_s, u"S"_s, u"10"_s},
                       // Long enough for the bounded caches to fill: the history's SQLite page cache
                       // (64 MiB) takes about 4 minutes at 5,000 VMs.
                       {u"warmup-s"_s, u"Seconds of churn before the RSS baseline"_s, u"S"_s, u"300"_s},
                       {u"report-s"_s, u"Seconds between progress lines"_s, u"S"_s, u"60"_s},
                       {u"no-history"_s, u"Without the metric history database (to tell its memory apart)"_s}});
    parser.process(app);
    const int minutes = parser.value(u"minutes"_s).toInt();
    const int vms = parser.value(u"vms"_s).toInt();
    const int statsMs = parser.value(u"stats-ms"_s).toInt();
    const int churnMs = parser.value(u"churn-ms"_s).toInt();
    const int deleteEveryS = parser.value(u"delete-every-s"_s).toInt();
    const int warmupS = parser.value(u"warmup-s"_s).toInt();
    const int reportS = std::max(1, parser.value(u"report-s"_s).toInt());

    QTemporaryDir dir;
    test::NodeXmlOptions options;
    options.vmCount = vms;
    const QString nodePath = dir.filePath(u"node.xml"_s);
    if (!test::NodeXmlGenerator::writeToFile(options, nodePath))
        return 1;
    std::printf("vms=%d minutes=%d stats_ms=%d churn_ms=%d delete_every_s=%d\n", vms, minutes, statsMs, churnMs,
                deleteEveryS);

    // Wired as app/main.cpp wires it.
    Inventory inventory;
    LiveSamples samples;
    ProviderManager providers(&inventory, &samples);
    registerBuiltinProviders(providers);
    MetricsHub metrics;
    metrics.attach(&providers);
    metrics.followInventory(&inventory);
    samples.setHub(&metrics);
    HistoryStore history(dir.filePath(u"metrics.db"_s));
    if (!parser.isSet(u"no-history"_s)) {
        history.start();
        QObject::connect(&metrics, &MetricsHub::cycleIngested, &history,
                         [&history](const QString &, const MetricSamples &batch) { history.enqueue(batch); });
    }
    AlertEngine alerts;
    AlertRule busy; // the test driver's 1-vCPU VMs run at 100 %: they fire, deleted ones must resolve
    busy.id = u"soak-cpu"_s;
    busy.name = u"CPU busy"_s;
    busy.metric = Metric::Cpu;
    busy.threshold = 75;
    busy.durationMs = 5000;
    alerts.followInventory(&inventory);
    alerts.setNameResolver([&inventory](const ResourceId &id) {
        const InventoryNode *node = inventory.node(id);
        return node ? node->resource().name : QString();
    });
    AlertHighlights highlights(&alerts);
    QObject::connect(&metrics, &MetricsHub::cycleIngested, &alerts, &AlertEngine::evaluateCycle);
    quint64 resolvedByRemoval = 0;
    QObject::connect(&alerts, &AlertEngine::alertResolved, &app, [&](const AlertEvent &event) {
        resolvedByRemoval += std::isnan(event.value) ? 1 : 0;
    });

    MainWindowServices services;
    services.settingsPath = dir.filePath(u"window.ini"_s);
    services.metrics = &metrics;
    services.history = &history;
    services.alerts = &alerts;
    services.highlights = &highlights;
    MainWindow window(&providers, &inventory, &samples, services);
    window.show();
    window.alertController()->setRules({busy}); // as the Alert Rules dialog does
    window.actions()->confirm = [](const QString &) { return true; };
    window.actions()->deleteHandler = {}; // the provider's own delete, confirmed above
    QObject::connect(&alerts, &AlertEngine::eventOccurred, window.taskDock()->model(), &TaskEventModel::addEvent);

    StallProbe probe;
    probe.start();
    QElapsedTimer clock;
    clock.start();
    Provider *provider = providers.addConnection(
        ConnectionProfile{u"soak"_s, u"libvirt"_s, u"Soak"_s, u"test://"_s + nodePath, {{u"statsIntervalMs"_s, statsMs}}});
    if (!provider)
        return 1;
    QEventLoop loading;
    QObject::connect(provider, &Provider::initialLoadFinished, &loading, &QEventLoop::quit);
    QTimer::singleShot(600000, &loading, &QEventLoop::quit);
    loading.exec();
    if (inventory.vmsBelow(inventory.root()).size() != qsizetype(vms)) {
        std::fprintf(stderr, "soak: the provider did not load: %s\n", qPrintable(provider->status().detail));
        return 1;
    }
    print("load_s", clock.elapsed() / 1000.0, "s");
    print("stall_during_load_max", double(probe.max()), "ms");
    const double rssAfterLoad = rssMiB();
    print("rss_after_load", rssAfterLoad, "MiB");
    print("heap_after_load", heapInUseMiB(), "MiB");
    probe.reset();

    // Churn through the window: select a VM, press its action, as a user would.
    QRandomGenerator random(1);
    QList<ResourceId> ids;
    for (const InventoryNode *node : inventory.vmsBelow(inventory.root()))
        ids.append(node->id());
    QSet<ResourceId> deleted;
    quint64 started = 0, stopped = 0, removed = 0, skipped = 0;
    const auto press = [&](const ResourceId &id, ActionType type) {
        if (!window.selectResource(id) || !window.action(type)->isEnabled())
            return false;
        window.action(type)->trigger();
        return true;
    };
    // Starts and stops alternate, so the running population (and with it the live series) stays
    // where it was: growth then means something is held, not that more VMs run.
    QTimer churn;
    bool startNext = false;
    QObject::connect(&churn, &QTimer::timeout, &app, [&] {
        startNext = !startNext;
        const PowerState wanted = startNext ? PowerState::ShutOff : PowerState::Running;
        for (int attempt = 0; attempt < 50; ++attempt) {
            const ResourceId id = ids.at(random.bounded(int(ids.size())));
            const VmInfo *vm = vmInfo(inventory, id);
            if (!vm || vm->state != wanted)
                continue;
            if (startNext && press(id, ActionType::Start)) {
                ++started;
                return;
            }
            if (!startNext && press(id, ActionType::ForceOff)) {
                ++stopped;
                return;
            }
        }
        ++skipped;
    });
    QTimer deleter;
    QObject::connect(&deleter, &QTimer::timeout, &app, [&] {
        // Running VMs preferred: their alerts fire, and must resolve when they are deleted.
        qsizetype at = random.bounded(int(ids.size()));
        for (int attempt = 0; attempt < 10; ++attempt) {
            const VmInfo *vm = vmInfo(inventory, ids.at(at));
            if (vm && vm->state == PowerState::Running)
                break;
            at = random.bounded(int(ids.size()));
        }
        const ResourceId id = ids.takeAt(at);
        if (press(id, ActionType::Delete)) {
            deleted.insert(id);
            ++removed;
        }
    });
    churn.start(churnMs);
    if (deleteEveryS > 0)
        deleter.start(deleteEveryS * 1000);

    clock.restart();
    double rssBaseline = -1, heapBaseline = -1;
    QTimer::singleShot(warmupS * 1000, &app, [&] {
        rssBaseline = rssMiB();
        heapBaseline = heapInUseMiB();
        print("rss_baseline_after_warmup", rssBaseline, "MiB");
    });
    QTimer report;
    QObject::connect(&report, &QTimer::timeout, &app, [&] {
        int busyVms = 0;
        for (const ResourceId &id : std::as_const(ids)) {
            const MetricSample *s = metrics.newest(id);
            busyVms += s && metricValue(*s, Metric::Cpu) > busy.threshold ? 1 : 0;
        }
        std::printf("t=%llds rss=%.1fMiB heap=%.1fMiB stall_max=%lldms tasks_alive=%d dock_rows=%d points=%lld "
                    "series=%d busy_vms=%d firing=%lld started=%llu stopped=%llu deleted=%llu history_written=%llu "
                    "dropped=%llu\n",
                    qlonglong(clock.elapsed() / 1000), rssMiB(), heapInUseMiB(), qlonglong(probe.takeIntervalMax()),
                    tasksAlive(providers), window.taskDock()->model()->rowCount(), qlonglong(metrics.pointCount()),
                    metrics.seriesCount(), busyVms, qlonglong(alerts.firing().size()), started, stopped, removed,
                    history.writtenSamples(), history.droppedSamples());
        std::fflush(stdout);
    });
    report.start(reportS * 1000);
    QTimer::singleShot(minutes * 60 * 1000, &app, [&] { app.exit(0); });
    app.exec();
    churn.stop();
    deleter.stop();
    report.stop();

    const double rssEnd = rssMiB();
    const double heapEnd = heapInUseMiB();
    std::printf("started=%llu stopped=%llu deleted=%llu skipped=%llu\n", started, stopped, removed, skipped);
    print("stall_max", double(probe.max()), "ms");
    print("stall_p99", double(probe.percentile(0.99)), "ms");
    print("stall_p999", double(probe.percentile(0.999)), "ms");
    print("rss_end", rssEnd, "MiB");
    print("heap_end", heapEnd, "MiB");
    if (rssBaseline > 0) {
        print("rss_growth_from_baseline", (rssEnd - rssBaseline) * 100.0 / rssBaseline, "%");
        print("heap_growth_from_baseline", (heapEnd - heapBaseline) * 100.0 / heapBaseline, "%");
    }
    print("rss_growth_from_load", (rssEnd - rssAfterLoad) * 100.0 / rssAfterLoad, "%");
    std::printf("tasks_alive_at_end=%d dock_rows=%d\n", tasksAlive(providers), window.taskDock()->model()->rowCount());

    // Held for what ended: deleted VMs, and tasks once their lifetime passed with no new ones.
    int seriesOfDeleted = 0, highlightedDeleted = 0, firingDeleted = 0;
    deleted.removeIf([&](const ResourceId &id) { return inventory.node(id) != nullptr; }); // a delete that failed
    for (const ResourceId &id : std::as_const(deleted)) {
        seriesOfDeleted += metrics.series(id) ? 1 : 0;
        highlightedDeleted += highlights.isHighlighted(id) ? 1 : 0;
    }
    for (const auto &[rule, id] : alerts.firing())
        firingDeleted += deleted.contains(id) ? 1 : 0;
    std::printf("deleted_vms=%lld series_of_deleted=%d firing_alerts_of_deleted=%d highlights_of_deleted=%d "
                "alerts_resolved_by_removal=%llu\n",
                qlonglong(deleted.size()), seriesOfDeleted, firingDeleted, highlightedDeleted, resolvedByRemoval);
    const int seriesNow = metrics.seriesCount();
    std::printf("points_held=%lld series=%d points_per_series=%.1f livesamples_own_points=%lld firing=%lld\n",
                qlonglong(metrics.pointCount()), seriesNow, double(metrics.pointCount()) / std::max(1, seriesNow),
                qlonglong(samples.ownPointCount()), qlonglong(alerts.firing().size()));
    QEventLoop settle;
    QTimer::singleShot(provider->finishedTaskLifetime() + 2000, &settle, &QEventLoop::quit);
    settle.exec();
    std::printf("tasks_alive_after_%ds_quiet=%d\n", (provider->finishedTaskLifetime() + 2000) / 1000,
                tasksAlive(providers));
    std::fflush(stdout);
    providers.closeAll();
    return 0;
}
