// Benchmark (not a test): how fast N VMs on libvirt's test driver reach a populated view, what it
// costs the GUI thread (longest stall, stalls over 50 ms), and what the steady state costs in CPU
// and memory. Three ways to reach the test driver:
//   - in-process (test:///…, the default): libvirt's driver runs inside this process;
//   - --daemon: a private unprivileged libvirtd serves it over a unix socket, so every call is an
//     RPC as with a real host;
//   - --connections K (with --daemon): K node files of N/K VMs each, one LibvirtProvider per file,
//     all through the one libvirtd.
//
//   bench_inventory --vms 5000 [--daemon] [--connections 50] [--settle-seconds 10] [--steady-seconds 20]
//                   [--interval-ms 2000]
//   bench_inventory --vms 5000 --libvirt-only    (baseline: libvirt's test driver alone)
//   bench_inventory --table-header               (the Markdown header the TABLE rows belong to)
//
// Prints key=value lines, then one Markdown table row tagged "TABLE " for `make bench` to collect.
// Run one scenario per process so the RSS figures are its own. Nothing is asserted.
#include "GuiLatencyProbe.h"
#include "InventoryViewModel.h"
#include "NodeXmlGenerator.h"
#include "PrivateLibvirtd.h"
#include "ProcessFigures.h"
#include "inventory/Inventory.h"
#include "inventory/InventoryModel.h"
#include "metrics/LiveSamples.h"
#include "providers/libvirt/LibvirtProvider.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

#include <libvirt/libvirt.h>
#include <malloc.h>

#include <cstdio>
#include <memory>
#include <optional>
#include <vector>

using namespace welkin;
using namespace welkin::bench;
using namespace Qt::StringLiterals;

namespace {

constexpr int loadTimeoutMs = 600000;
constexpr int daemonStartTimeoutMs = 30000;

// RSS once malloc has handed its free pages back (all arenas): what is held rather than what
// was once touched. Differences of these add up; differences of raw RSS depend on which freed
// garbage (the test driver parses whole node files) happened to be reused.
qint64 heldKiB()
{
    malloc_trim(0);
    return rssKiB();
}

void report(const char *key, double value, const char *unit)
{
    std::printf("%s=%.2f %s\n", key, value, unit);
    std::fflush(stdout);
}

double ms(qint64 ns) { return ns < 0 ? -1 : ns / 1e6; }

QString nodeFile(const QString &dir, const QString &stem, int index)
{
    return QDir(dir).filePath(u"%1-%2.xml"_s.arg(stem).arg(index));
}

// K files of N/K VMs each (the first N % K files get one more), distinct seeds so the hosts differ.
bool writeNodeFiles(const QString &dir, const QString &stem, int vms, int connections)
{
    for (int i = 0; i < connections; ++i) {
        test::NodeXmlOptions options;
        options.vmCount = vms / connections + (i < vms % connections ? 1 : 0);
        options.withNetwork = true;
        options.seed = quint32(i + 1);
        const QString path = nodeFile(dir, stem, i);
        QString error;
        if (!test::NodeXmlGenerator::writeToFile(options, path, &error)) {
            std::fprintf(stderr, "bench: %s: %s\n", qPrintable(path), qPrintable(error));
            return false;
        }
        // A private libvirtd reads it as another user.
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    }
    return true;
}

// Opens test:///<dir>/<stem>-<i>.xml for every connection and lists its domains once; the
// connections are appended to `conns`; -1 when one does not open.
int openTestDriver(const QString &dir, const QString &stem, int connections, std::vector<virConnectPtr> &conns)
{
    int domains = 0;
    for (int i = 0; i < connections; ++i) {
        virConnectPtr conn = virConnectOpen(QByteArray("test://" + nodeFile(dir, stem, i).toUtf8()).constData());
        if (!conn)
            return -1;
        virDomainPtr *list = nullptr;
        const int n = virConnectListAllDomains(conn, &list, 0);
        for (int d = 0; d < n; ++d)
            virDomainFree(list[d]);
        free(list);
        domains += n;
        conns.push_back(conn);
    }
    return domains;
}

// --libvirt-only: what libvirt's test driver alone holds for these node files, in this process.
// Like the benchmark's own baseline, empty node files are opened first so that libvirt's
// one-time costs (its initialisation, the library pages it touches) are not counted as the VMs'.
int libvirtOnly(const QString &dir, int connections)
{
    std::vector<virConnectPtr> conns;
    if (openTestDriver(dir, u"empty"_s, connections, conns) < 0)
        return 1;
    const qint64 before = heldKiB(); // the generator's garbage is not the driver's
    report("rss_before_open", before / 1024.0, "MiB");
    const int domains = openTestDriver(dir, u"node"_s, connections, conns);
    if (domains < 0)
        return 1;
    const qint64 after = heldKiB();
    std::printf("libvirt_domains=%d\n", domains);
    report("rss_libvirt_only", after / 1024.0, "MiB");
    report("libvirt_share", (after - before) / 1024.0, "MiB");
    for (virConnectPtr conn : conns)
        virConnectClose(conn);
    return 0;
}

// The same, in a child process of this benchmark so its memory is not mixed with ours: the
// in-process test driver's share of our RSS, to subtract from Welkin's. -1 when it failed.
qint64 libvirtShareKiB(const QString &dir, int vms, int connections)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {u"--libvirt-only"_s, u"--vms"_s, QString::number(vms), u"--connections"_s,
                 QString::number(connections), u"--node-dir"_s, dir});
    if (!child.waitForFinished(600000) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
        std::fprintf(stderr, "bench: the --libvirt-only baseline failed: %s\n", qPrintable(child.errorString()));
        return -1;
    }
    qint64 share = -1;
    std::printf("# baseline, libvirt's test driver alone (child process):\n");
    for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
        if (line.isEmpty())
            continue;
        std::printf("#   %s\n", line.constData());
        if (line.startsWith("libvirt_share="))
            share = qint64(line.mid(14).split(' ').first().toDouble() * 1024);
    }
    return share;
}

// Which VM rows the Inventory holds and which of them still wait for their definition (cheaper
// than walking the tree after every delta).
class RowBookkeeping
{
public:
    void apply(const InventoryDelta &delta)
    {
        for (const ResourceId &id : delta.removed) {
            m_rows.remove(id);
            m_pending.remove(id);
        }
        for (const Resource &resource : delta.added)
            note(resource);
        for (const ResourceChange &change : delta.changed)
            note(change.resource);
    }
    qsizetype rows() const { return m_rows.size(); }
    qsizetype pending() const { return m_pending.size(); }

private:
    void note(const Resource &resource)
    {
        const VmInfo *vm = resource.vm();
        if (!vm)
            return;
        m_rows.insert(resource.id);
        if (vm->definitionPending)
            m_pending.insert(resource.id);
        else
            m_pending.remove(resource.id);
    }

    QSet<ResourceId> m_rows, m_pending;
};

// One table row per run; `make bench` prints the header once (--table-header) and the rows after.
void printTableHeader()
{
    std::printf("| scenario | VMs | conns | open→all rows ms | connected→all rows ms | open→XML details ms "
                "| longest GUI stall ms | stalls >50 ms | Welkin CPU %% | libvirtd CPU %% | RSS MiB "
                "| Welkin KiB/VM | subtracted for KiB/VM |\n");
    std::printf("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({
        {u"vms"_s, u"Number of VMs (all connections together)"_s, u"N"_s, u"5000"_s},
        {u"connections"_s, u"Connections: K node files of N/K VMs, one provider each"_s, u"K"_s, u"1"_s},
        {u"daemon"_s, u"Through a private libvirtd instead of the in-process test driver"_s},
        {u"settle-seconds"_s, u"Seconds after the load before the steady window: the first pass for guest "
                                "addresses (a call per running domain) is load work"_s, u"S"_s, u"10"_s},
        {u"steady-seconds"_s, u"Seconds of steady polling after the load (CPU, stalls, RSS)"_s, u"S"_s, u"20"_s},
        {u"idle-seconds"_s, u"Older name of --steady-seconds"_s, u"S"_s},
        {u"interval-ms"_s, u"Stats interval"_s, u"MS"_s, u"2000"_s},
        {u"libvirt-only"_s, u"Only open the node files with libvirt and report RSS (the baseline)"_s},
        {u"node-dir"_s, u"With --libvirt-only: node files already written there"_s, u"DIR"_s},
        {u"table-header"_s, u"Print the Markdown header of the TABLE rows and exit"_s},
    });
    parser.process(app);
    if (parser.isSet(u"table-header"_s)) {
        printTableHeader();
        return 0;
    }
    const int vms = parser.value(u"vms"_s).toInt();
    const int connections = std::max(1, parser.value(u"connections"_s).toInt());
    const bool viaDaemon = parser.isSet(u"daemon"_s);
    const int steadySeconds = parser.value(parser.isSet(u"idle-seconds"_s) && !parser.isSet(u"steady-seconds"_s)
                                               ? u"idle-seconds"_s : u"steady-seconds"_s).toInt();
    const int settleSeconds = parser.value(u"settle-seconds"_s).toInt();
    const int intervalMs = parser.value(u"interval-ms"_s).toInt();
    const QString scenario = viaDaemon ? u"libvirtd"_s : u"in-process"_s;

    if (parser.isSet(u"libvirt-only"_s)) {
        std::printf("vms=%d\n", vms);
        QTemporaryDir own;
        QString dir = parser.value(u"node-dir"_s);
        if (dir.isEmpty()) {
            dir = own.path();
            QElapsedTimer generated;
            generated.start();
            if (!writeNodeFiles(dir, u"node"_s, vms, connections) || !writeNodeFiles(dir, u"empty"_s, 0, connections))
                return 1;
            report("generate_xml_ms", generated.elapsed(), "ms");
        }
        return libvirtOnly(dir, connections);
    }

    // The daemon first: its temporary directory, readable by its user, holds the node files.
    std::optional<PrivateLibvirtd> daemon;
    QTemporaryDir localDir;
    QString dir = localDir.path();
    if (viaDaemon) {
        daemon.emplace();
        QString error;
        QElapsedTimer started;
        started.start();
        if (!daemon->start(daemonStartTimeoutMs, error)) {
            std::fprintf(stderr, "bench: %s\n", qPrintable(error));
            return 1;
        }
        report("libvirtd_start_ms", started.elapsed(), "ms");
        dir = daemon->dataDir();
    }
    auto uriOf = [&](const QString &file) { return viaDaemon ? daemon->testUri(file) : u"test://"_s + file; };

    std::printf("scenario=%s\nvms=%d\nconnections=%d\n", qPrintable(scenario), vms, connections);
    QElapsedTimer clock;
    clock.start();
    if (!writeNodeFiles(dir, u"node"_s, vms, connections) || !writeNodeFiles(dir, u"empty"_s, 0, connections))
        return 1;
    report("generate_xml_ms", clock.elapsed(), "ms");
    // The generator's freed garbage would otherwise be reused by the load and hide part of it.
    malloc_trim(0);
    report("rss_before_open", rssKiB() / 1024.0, "MiB");

    // What the in-process driver holds, measured in a separate process so it is not mixed with ours.
    const qint64 libvirtShare = viaDaemon ? 0 : libvirtShareKiB(dir, vms, connections);

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
    // As the main window does: connections and hosts open expanded as they appear, VM rows not.
    QObject::connect(&viewModel, &QAbstractItemModel::rowsInserted, &view, [&](const QModelIndex &parent, int first, int last) {
        for (int row = first; row <= last; ++row) {
            const QModelIndex index = viewModel.index(row, 0, parent);
            if (index.data(InventoryModel::KindRole).toInt() != int(ResourceKind::Vm))
                view.expand(index);
        }
    });

    GuiLatencyProbe probe;
    RowBookkeeping rows;
    QElapsedTimer sinceOpen;
    double applyMs = 0, applyMaxMs = 0, applyMaxAtMs = 0;
    int deltas = 0;
    qint64 firstConnectedAt = -1, allConnectedAt = -1, firstDeltaAt = -1, populatedAt = -1, rowsAt = -1, detailsAt = -1;
    int connectedCount = 0, populatedCount = 0;
    bool providerFailed = false; // a host that is always there: a failure ends the run at once
    enum class Stage { Baseline, Loading, Steady };
    Stage stage = Stage::Baseline; // the baseline's figures are not the load's
    QEventLoop waitLoaded;
    auto loadComplete = [&] { return rowsAt >= 0 && detailsAt >= 0 && populatedCount == connections; };

    // Stats batches: GUI-thread cost of applying each, and of one repaint per cycle.
    QList<double> cycleMs, paintMs;
    bool timingCycles = false;

    std::vector<std::unique_ptr<LibvirtProvider>> providers;
    auto openProviders = [&](const QString &stem, const QString &idPrefix) {
        for (int i = 0; i < connections; ++i) {
            ConnectionProfile profile{idPrefix + QString::number(i), u"libvirt"_s, u"Bench %1"_s.arg(i),
                                      uriOf(nodeFile(dir, stem, i)), {{u"statsIntervalMs"_s, intervalMs}}};
            auto provider = std::make_unique<LibvirtProvider>(profile);
            LibvirtProvider *p = provider.get();
            inventory.addProviderNode(p->id(), p->displayName());
            QObject::connect(p, &Provider::deltaReady, &app, [&](const InventoryDelta &delta) {
                QElapsedTimer t;
                t.start();
                inventory.applyDelta(delta);
                if (stage != Stage::Loading)
                    return;
                const double tookMs = t.nsecsElapsed() / 1e6;
                applyMs += tookMs;
                if (tookMs > applyMaxMs) {
                    applyMaxMs = tookMs;
                    applyMaxAtMs = ms(sinceOpen.nsecsElapsed());
                }
                ++deltas;
                if (firstDeltaAt < 0)
                    firstDeltaAt = sinceOpen.nsecsElapsed();
                rows.apply(delta);
                if (rowsAt < 0 && rows.rows() >= vms) {
                    rowsAt = sinceOpen.nsecsElapsed();
                    probe.setPhase(u"details"_s);
                }
                if (rowsAt >= 0 && detailsAt < 0 && rows.pending() == 0) {
                    detailsAt = sinceOpen.nsecsElapsed();
                    probe.setPhase(u"after details"_s);
                }
                if (loadComplete())
                    waitLoaded.quit();
            });
            QObject::connect(p, &Provider::stateChanged, &app, [&, p](const ProviderStatus &status) {
                inventory.setProviderStatus(p->id(), status);
                if (stage != Stage::Steady && (status.state == ProviderState::Unreachable || status.state == ProviderState::AuthFailed)) {
                    providerFailed = true;
                    waitLoaded.quit();
                }
                if (stage != Stage::Loading || status.state != ProviderState::Connected)
                    return;
                if (firstConnectedAt < 0)
                    firstConnectedAt = sinceOpen.nsecsElapsed();
                if (++connectedCount == connections)
                    allConnectedAt = sinceOpen.nsecsElapsed();
            });
            QObject::connect(p, &Provider::initialLoadFinished, &app, [&] {
                if (stage == Stage::Steady || ++populatedCount != connections)
                    return; // a reconnect's second load is not the first
                populatedAt = sinceOpen.nsecsElapsed();
                if (stage == Stage::Baseline || loadComplete())
                    waitLoaded.quit();
            });
            QObject::connect(p, &Provider::samplesReady, &app, [&, p](const MetricSamples &batch) {
                QElapsedTimer t;
                t.start();
                samples.apply(batch);
                if (!timingCycles)
                    return;
                cycleMs.append(t.nsecsElapsed() / 1e6);
                if (p == providers.front().get()) { // the visible rows repaint once per cycle
                    t.restart();
                    view.viewport()->repaint();
                    paintMs.append(t.nsecsElapsed() / 1e6);
                }
            });
            providers.push_back(std::move(provider));
        }
        sinceOpen.start();
        for (const auto &provider : providers)
            provider->open();
    };
    auto failLoad = [&](const char *what) {
        std::fprintf(stderr, "bench: %s did not finish loading (%s):\n", what,
                     providerFailed ? "a connection failed" : qPrintable(u"not within %1 s"_s.arg(loadTimeoutMs / 1000)));
        for (const auto &provider : providers)
            std::fprintf(stderr, "  %s: %s %s\n", qPrintable(provider->id()), qPrintable(providerStateName(provider->state())),
                         qPrintable(provider->status().detail));
        std::fprintf(stderr, "  rows %lld of %d, definitions pending %lld\n", static_cast<long long>(rows.rows()), vms,
                     static_cast<long long>(rows.pending()));
        return 1;
    };

    // Baseline for memory per VM, in this process before the real load: the same scenario with
    // empty node files (same view, same K providers, connections, worker threads and a stats
    // cycle), then closed. What the real load adds on top of it is what the VMs cost. Measured
    // here rather than in a separate run so both share the same libraries, fonts and caches.
    QTimer loadTimeout;
    loadTimeout.setSingleShot(true);
    QObject::connect(&loadTimeout, &QTimer::timeout, &waitLoaded, &QEventLoop::quit);
    openProviders(u"empty"_s, u"empty-"_s);
    loadTimeout.start(loadTimeoutMs);
    waitLoaded.exec();
    if (providerFailed || populatedCount < connections)
        return failLoad("the empty baseline");
    QTimer::singleShot(intervalMs + 500, &waitLoaded, &QEventLoop::quit); // one stats cycle
    waitLoaded.exec();
    report("empty_open_to_loaded", ms(populatedAt), "ms");
    report("rss_empty_connections", rssKiB() / 1024.0, "MiB");
    const qint64 heldEmptyKiB = heldKiB();
    report("held_empty_connections", heldEmptyKiB / 1024.0, "MiB");
    for (const auto &provider : providers) {
        provider->close();
        inventory.removeProvider(provider->id());
    }
    providers.clear();
    QElapsedTimer drained;
    drained.start();
    while (LibvirtProvider::runningWorkers() > 0 && drained.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    populatedCount = 0;
    populatedAt = -1;

    // The measured load. The probe runs from just before open() to the end.
    stage = Stage::Loading;
    probe.start();
    probe.setPhase(u"rows"_s);
    probe.setOrigin();
    openProviders(u"node"_s, u"bench-"_s);
    loadTimeout.start(loadTimeoutMs);
    waitLoaded.exec();
    if (providerFailed || !loadComplete())
        return failLoad("the VMs");
    loadTimeout.stop();

    std::printf("rows=%lld deltas=%d\n", static_cast<long long>(inventory.vmsBelow(inventory.root()).size()), deltas);
    report("open_to_connected", ms(firstConnectedAt), "ms");
    report("open_to_all_connected", ms(allConnectedAt), "ms");
    report("open_to_rows", ms(rowsAt), "ms");
    report("connected_to_rows", ms(rowsAt - firstConnectedAt), "ms"); // from the first connection up
    report("details_done", ms(detailsAt), "ms");                      // from open(), like open_to_rows
    report("connected_to_populated", ms(populatedAt - firstConnectedAt), "ms");
    report("first_delta_to_populated", ms(populatedAt - firstDeltaAt), "ms");
    report("open_to_populated", ms(populatedAt), "ms");
    report("gui_thread_apply_total", applyMs, "ms");
    std::printf("gui_thread_apply_max=%.2f ms (one delta, done +%.0f ms after open)\n", applyMaxMs, applyMaxAtMs);
    const qint64 rssAfterLoadKiB = rssKiB();
    report("rss_after_load", rssAfterLoadKiB / 1024.0, "MiB");

    // Settling: the address pass after the load; its CPU is reported on its own.
    stage = Stage::Steady;
    if (settleSeconds > 0) {
        probe.setPhase(u"settling"_s);
        const double settleCpuBefore = cpuSeconds();
        const double settleDaemonCpuBefore = daemon ? daemon->cpuSeconds() : 0;
        QElapsedTimer settle;
        settle.start();
        QTimer::singleShot(settleSeconds * 1000, &waitLoaded, &QEventLoop::quit);
        waitLoaded.exec();
        const double settleS = settle.elapsed() / 1000.0;
        report("settle_cpu_percent", (cpuSeconds() - settleCpuBefore) * 100.0 / settleS, "%");
        if (daemon)
            report("settle_libvirtd_cpu_percent", (daemon->cpuSeconds() - settleDaemonCpuBefore) * 100.0 / settleS, "%");
    }

    // Steady state: nothing but stats polling for a while.
    probe.setPhase(u"steady"_s);
    timingCycles = true;
    const double cpuBefore = cpuSeconds();
    const double daemonCpuBefore = daemon ? daemon->cpuSeconds() : 0;
    QElapsedTimer steady;
    steady.start();
    QTimer::singleShot(steadySeconds * 1000, &waitLoaded, &QEventLoop::quit);
    waitLoaded.exec();
    const double steadyS = steady.elapsed() / 1000.0;
    // CPU % of one core: 100 = one core busy the whole window (all threads together).
    const double welkinCpu = (cpuSeconds() - cpuBefore) * 100.0 / steadyS;
    const double daemonCpu = daemon ? (daemon->cpuSeconds() - daemonCpuBefore) * 100.0 / steadyS : -1;
    timingCycles = false;
    probe.stop();

    double worst = 0, sum = 0, worstPaint = 0;
    for (double t : std::as_const(cycleMs)) {
        worst = std::max(worst, t);
        sum += t;
    }
    for (double t : std::as_const(paintMs))
        worstPaint = std::max(worstPaint, t);
    std::printf("stats_batches=%lld\n", static_cast<long long>(cycleMs.size()));
    report("stats_cycle_gui_avg", cycleMs.isEmpty() ? 0 : sum / cycleMs.size(), "ms");
    report("stats_cycle_gui_max", worst, "ms");
    report("stats_cycle_repaint_max", worstPaint, "ms");
    report("idle_cpu_percent", welkinCpu, "%");
    if (daemon) {
        report("libvirtd_cpu_percent", daemonCpu, "%");
        report("libvirtd_rss", daemon->rssKiB() / 1024.0, "MiB");
    }
    const qint64 rssEndKiB = rssKiB();
    report("rss_end", rssEndKiB / 1024.0, "MiB");
    report("rss_peak", statusKiB("VmHWM:") / 1024.0, "MiB");
    const qint64 heldEndKiB = heldKiB();
    report("held_end", heldEndKiB / 1024.0, "MiB");

    std::printf("gui_stall_max=%lld ms\ngui_stalls_over_%d_ms=%d (of %lld ticks)\n", static_cast<long long>(probe.longestLateMs()),
                GuiLatencyProbe::stallThresholdMs, probe.stallCount(), static_cast<long long>(probe.ticks()));
    for (const GuiLatencyProbe::Stall &stall : probe.worstStalls())
        std::printf("gui_stall=%lld ms between +%lld and +%lld ms after open (%s)\n", static_cast<long long>(stall.lateMs),
                    static_cast<long long>(stall.fromMs), static_cast<long long>(stall.toMs), qPrintable(stall.phase));

    // Welkin's own memory per VM: held RSS (heldKiB) at the end of the steady window minus that
    // of the empty-connection baseline; in-process, also minus what libvirt's test driver holds
    // for the same node files (measured the same way in a child process).
    QString subtracted = u"empty conns %1 MiB"_s.arg(heldEmptyKiB / 1024.0, 0, 'f', 1);
    qint64 welkinKiB = heldEndKiB - heldEmptyKiB;
    if (!viaDaemon) {
        subtracted += libvirtShare < 0 ? u" (test driver share unknown)"_s
                                       : u" + test driver %1 MiB"_s.arg(libvirtShare / 1024.0, 0, 'f', 1);
        welkinKiB -= std::max<qint64>(0, libvirtShare);
    }
    const double perVmKiB = vms > 0 ? double(welkinKiB) / vms : 0;
    report("welkin_kib_per_vm", perVmKiB, "KiB");
    std::printf("welkin_kib_per_vm_subtracted=%s\n", qPrintable(subtracted));

    std::printf("TABLE | %s | %d | %d | %.0f | %.0f | %.0f | %lld | %d | %.1f | %s | %.1f | %.1f | %s |\n",
                qPrintable(scenario), vms, connections, ms(rowsAt), ms(rowsAt - firstConnectedAt), ms(detailsAt),
                static_cast<long long>(probe.longestLateMs()), probe.stallCount(), welkinCpu,
                daemon ? qPrintable(QString::number(daemonCpu, 'f', 1)) : "in Welkin", rssEndKiB / 1024.0, perVmKiB,
                qPrintable(subtracted));
    std::fflush(stdout);

    for (const auto &provider : providers)
        provider->close();
    if (daemon)
        daemon->stop();
    return 0;
}
