// Benchmark (not a test): how fast N VMs on libvirt's test driver reach a populated view, what a
// stats cycle costs the GUI thread, how much memory and idle CPU it all takes.
//
//   bench_inventory --vms 5000 [--cycles 5] [--interval-ms 2000] [--idle-seconds 10]
//
// Prints key=value lines. Run one size per process so RSS figures are not polluted.
#include "InventoryViewModel.h"
#include "NodeXmlGenerator.h"
#include "inventory/Inventory.h"
#include "inventory/InventoryModel.h"
#include "metrics/LiveSamples.h"
#include "providers/libvirt/LibvirtProvider.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

#include <libvirt/libvirt.h>
#include <sys/resource.h>

#include <cstdio>

using namespace welkin;
using namespace Qt::StringLiterals;

namespace {

qint64 statusKiB(const char *field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

void report(const char *key, double value, const char *unit)
{
    std::printf("%s=%.2f %s\n", key, value, unit);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{u"vms"_s, u"Number of VMs"_s, u"N"_s, u"5000"_s},
                       {u"cycles"_s, u"Stats cycles to time"_s, u"N"_s, u"5"_s},
                       {u"interval-ms"_s, u"Stats interval"_s, u"MS"_s, u"2000"_s},
                       {u"idle-seconds"_s, u"Seconds of polling to measure idle CPU"_s, u"S"_s, u"10"_s},
                       {u"libvirt-only"_s, u"Only open the node with libvirt and report RSS (the baseline)"_s}});
    parser.process(app);
    const int vms = parser.value(u"vms"_s).toInt();
    const int cycles = parser.value(u"cycles"_s).toInt();
    const int intervalMs = parser.value(u"interval-ms"_s).toInt();
    const int idleSeconds = parser.value(u"idle-seconds"_s).toInt();

    QTemporaryDir dir;
    const QString nodePath = dir.filePath(u"node.xml"_s);
    test::NodeXmlOptions options;
    options.vmCount = vms;
    options.withNetwork = true;
    QElapsedTimer clock;
    clock.start();
    test::NodeXmlGenerator::writeToFile(options, nodePath);
    std::printf("vms=%d\n", vms);
    report("generate_xml_ms", clock.elapsed(), "ms");
    report("rss_before_open", statusKiB("VmRSS:") / 1024.0, "MiB");
    if (parser.isSet(u"libvirt-only"_s)) {
        // What the in-process test driver alone costs: with a real host it lives in libvirtd.
        virConnectPtr conn = virConnectOpen(QByteArray("test://" + nodePath.toUtf8()).constData());
        if (!conn)
            return 1;
        virDomainPtr *domains = nullptr;
        const int n = virConnectListAllDomains(conn, &domains, 0);
        for (int i = 0; i < n; ++i)
            virDomainFree(domains[i]);
        free(domains);
        std::printf("libvirt_domains=%d\n", n);
        report("rss_libvirt_only", statusKiB("VmRSS:") / 1024.0, "MiB");
        virConnectClose(conn);
        return 0;
    }

    Inventory inventory;
    LiveSamples samples;
    InventoryModel model(&inventory, &samples);
    InventoryViewModel viewModel;
    viewModel.setSourceModel(&model);
    QTreeView view;
    view.setUniformRowHeights(true);
    view.setSortingEnabled(true);
    view.setModel(&viewModel);
    view.resize(1200, 800);
    view.show();

    ConnectionProfile profile{u"bench"_s, u"libvirt"_s, u"Bench"_s, u"test://"_s + nodePath,
                              {{u"statsIntervalMs"_s, intervalMs}}};
    LibvirtProvider provider(profile);
    inventory.addProviderNode(provider.id(), provider.displayName());

    // GUI-thread time spent applying deltas (model + proxy + view bookkeeping included).
    double applyMs = 0;
    int deltas = 0;
    qint64 connectedAt = -1, firstDeltaAt = -1, loadedAt = -1;
    qint64 rssAtConnectedKiB = -1; // the in-process test driver holds the node: libvirt's share
    QObject::connect(&provider, &Provider::deltaReady, &app, [&](const InventoryDelta &delta) {
        if (firstDeltaAt < 0)
            firstDeltaAt = clock.nsecsElapsed();
        QElapsedTimer t;
        t.start();
        inventory.applyDelta(delta);
        applyMs += t.nsecsElapsed() / 1e6;
        ++deltas;
    });
    QObject::connect(&provider, &Provider::stateChanged, &app, [&](const ProviderStatus &status) {
        inventory.setProviderStatus(provider.id(), status);
        if (status.state == ProviderState::Connected && connectedAt < 0) {
            connectedAt = clock.nsecsElapsed();
            rssAtConnectedKiB = statusKiB("VmRSS:");
        }
    });

    QList<double> cycleMs;
    QList<double> paintMs;
    QObject::connect(&provider, &Provider::samplesReady, &app, [&](const MetricSamples &batch) {
        if (loadedAt < 0)
            return;
        QElapsedTimer t;
        t.start();
        samples.apply(batch);
        cycleMs.append(t.nsecsElapsed() / 1e6);
        t.restart();
        view.viewport()->repaint(); // the visible rows repaint once per cycle
        paintMs.append(t.nsecsElapsed() / 1e6);
        if (cycleMs.size() >= cycles)
            app.exit(0);
    });

    QEventLoop waitLoaded;
    QObject::connect(&provider, &Provider::initialLoadFinished, &app, [&] {
        loadedAt = clock.nsecsElapsed();
        waitLoaded.quit();
    });
    QTimer::singleShot(600000, &waitLoaded, &QEventLoop::quit);
    clock.restart();
    provider.open();
    waitLoaded.exec();
    if (loadedAt < 0) {
        std::fprintf(stderr, "bench: the provider did not finish loading: %s\n", qPrintable(provider.status().detail));
        return 1;
    }
    view.expandAll();
    const int rows = static_cast<int>(inventory.vmsBelow(inventory.root()).size());
    std::printf("rows=%d deltas=%d\n", rows, deltas);
    report("open_to_connected", connectedAt / 1e6, "ms");
    report("connected_to_populated", (loadedAt - connectedAt) / 1e6, "ms");
    report("first_delta_to_populated", (loadedAt - firstDeltaAt) / 1e6, "ms");
    report("open_to_populated", loadedAt / 1e6, "ms");
    report("gui_thread_apply_total", applyMs, "ms");
    report("rss_at_connected", rssAtConnectedKiB / 1024.0, "MiB");
    report("rss_after_load", statusKiB("VmRSS:") / 1024.0, "MiB");
    report("rss_welkin_share", (statusKiB("VmRSS:") - rssAtConnectedKiB) / 1024.0, "MiB");

    app.exec(); // until `cycles` stats cycles were timed
    double worst = 0, sum = 0, worstPaint = 0;
    for (double ms : std::as_const(cycleMs)) {
        worst = std::max(worst, ms);
        sum += ms;
    }
    for (double ms : std::as_const(paintMs))
        worstPaint = std::max(worstPaint, ms);
    report("stats_cycle_gui_avg", cycleMs.isEmpty() ? 0 : sum / cycleMs.size(), "ms");
    report("stats_cycle_gui_max", worst, "ms");
    report("stats_cycle_repaint_max", worstPaint, "ms");

    // Idle: nothing but polling for a while; CPU of the whole process (all threads).
    const double cpuBefore = cpuSeconds();
    QElapsedTimer idle;
    idle.start();
    QTimer::singleShot(idleSeconds * 1000, &app, [&] { app.exit(0); });
    app.exec();
    report("idle_cpu_percent", (cpuSeconds() - cpuBefore) * 100.0 / (idle.elapsed() / 1000.0), "%");
    report("rss_end", statusKiB("VmRSS:") / 1024.0, "MiB");
    report("rss_peak", statusKiB("VmHWM:") / 1024.0, "MiB");
    provider.close();
    return 0;
}
