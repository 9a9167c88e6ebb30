// Benchmark (not a test): how long the CloudStack provider takes to list N VMs from the fake
// CloudStack (tests/cloudstack/fake_cloudstack.py, a separate process), and what one poll
// cycle costs the GUI thread (CPU time of this thread: JSON parsing, mapping, diffing, applying
// the delta to an Inventory and its model; HTTP itself runs on Qt's network thread).
//
//   bench_cloudstack [--vms 1200] [--cycles 5] [--page-size 500]
//
// Prints key=value lines.
#include "FakeCloudStackServer.h"
#include "inventory/Inventory.h"
#include "inventory/InventoryModel.h"
#include "providers/cloudstack/CloudStackProvider.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>

#include <cstdio>
#include <ctime>

using namespace welkin;
using namespace Qt::StringLiterals;

namespace {

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

void report(const char *key, double value, const char *unit)
{
    std::printf("%s=%.2f %s\n", key, value, unit);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{u"vms"_s, u"Number of VMs"_s, u"N"_s, u"1200"_s},
                       {u"cycles"_s, u"Poll cycles to time"_s, u"N"_s, u"5"_s},
                       {u"page-size"_s, u"VMs per page"_s, u"N"_s, u"500"_s}});
    parser.process(app);
    const int vms = parser.value(u"vms"_s).toInt();
    const int cycles = std::max(1, parser.value(u"cycles"_s).toInt());

    test::FakeCloudStackServer server;
    const QString error = server.start({u"--vms"_s, QString::number(vms), u"--failing-vms"_s, u"0"_s, u"--zones"_s,
                                        u"2"_s, u"--hosts-per-cluster"_s, u"8"_s});
    if (!error.isEmpty()) {
        std::fprintf(stderr, "bench_cloudstack: %s\n", qPrintable(error));
        return 1;
    }

    Inventory inventory;
    InventoryModel model(&inventory);
    ConnectionProfile profile{u"bench"_s, u"cloudstack"_s, u"bench"_s, server.uri(),
                              {{u"apiKey"_s, QString::fromLatin1(test::FakeCloudStackServer::adminKey)},
                               {u"secretKey"_s, QString::fromLatin1(test::FakeCloudStackServer::adminSecret)},
                               {u"pollIntervalMs"_s, 3600000},
                               {u"pageSize"_s, parser.value(u"page-size"_s).toInt()}}};
    CloudStackProvider provider(profile);
    inventory.addProvider(&provider);

    std::printf("vms=%d\n", vms);
    QSignalSpy loaded(&provider, &Provider::initialLoadFinished);
    QElapsedTimer wall;
    double cpu = threadCpuMs();
    wall.start();
    provider.open();
    if (!loaded.wait(120000)) {
        std::fprintf(stderr, "bench_cloudstack: no initial load: %s\n", qPrintable(provider.status().detail));
        return 1;
    }
    report("initial_load_wall", static_cast<double>(wall.elapsed()), "ms");
    report("initial_load_gui_thread_cpu", threadCpuMs() - cpu, "ms");
    std::printf("inventory_nodes=%d requests=%d\n", inventory.nodeCount(), provider.client()->requestsSent());

    QSignalSpy polled(&provider, &CloudStackProvider::pollFinished);
    polled.wait(2000); // the first cycle's event listing
    double wallTotal = 0, cpuTotal = 0;
    for (int i = 0; i < cycles; ++i) {
        polled.clear();
        cpu = threadCpuMs();
        wall.restart();
        provider.open(); // poll now
        if (!polled.wait(120000))
            break;
        wallTotal += static_cast<double>(wall.elapsed());
        cpuTotal += threadCpuMs() - cpu;
    }
    report("poll_cycle_wall_avg", wallTotal / cycles, "ms");
    report("poll_cycle_gui_thread_cpu_avg", cpuTotal / cycles, "ms");
    provider.close();
    return 0;
}
