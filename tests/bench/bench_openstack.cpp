// Benchmark (not a test): the OpenStack provider against the REAL loopback OpenStack of
// tests/scripts/openstack-up.sh (started here when it is not up; needs root). Makes sure project
// "bench" has N fake servers (batch creation with min_count; the builds are not awaited), then
// measures:
//   - connect to first full tree (login, microversion discovery, flavors, listing, limits);
//   - a full listing of N servers with marker pagination, per page size;
//   - the GUI-thread cost of a poll cycle (changes-since, nothing changed / one server changed).
//
//   bench_openstack [--servers 500] [--cycles 10] [--keep]
//
// Prints key=value lines; nothing is asserted.
#include "LoopbackCloud.h"

#include "inventory/Inventory.h"
#include "providers/openstack/OpenStackProvider.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace welkin;
using namespace welkin::testing;
using namespace Qt::StringLiterals;

namespace {

void print(const char *key, double value, const char *unit = "")
{
    std::printf("%s=%.2f%s\n", key, value, unit);
    std::fflush(stdout);
}

bool ensureCloud(LoopbackCloud &cloud)
{
    QString error;
    if (qEnvironmentVariableIsEmpty("WELKIN_OPENSTACK_BASE"))
        qputenv("WELKIN_OPENSTACK_BASE", "/tmp/welkin-test-openstack");
    if (cloud.load(error))
        return true;
    std::printf("# loopback OpenStack not found (%s); starting it\n", qPrintable(error));
    QProcess up;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"CP_BASE"_s, qEnvironmentVariable("WELKIN_OPENSTACK_BASE"));
    up.setProcessEnvironment(env);
    up.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    up.start(QStringLiteral(WELKIN_OPENSTACK_UP), {});
    if (!up.waitForFinished(900000) || up.exitCode() != 0) {
        std::fprintf(stderr, "openstack-up.sh failed\n");
        return false;
    }
    return cloud.load(error);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"servers"_s, u"Servers in project bench."_s, u"n"_s, u"500"_s});
    parser.addOption({u"cycles"_s, u"Incremental poll cycles to time."_s, u"n"_s, u"10"_s});
    parser.process(app);
    const int wanted = parser.value(u"servers"_s).toInt();
    const int cycles = parser.value(u"cycles"_s).toInt();

    LoopbackCloud cloud;
    if (!ensureCloud(cloud))
        return 1;
    CloudAdmin admin(cloud, u"admin"_s, u"bench"_s);
    if (!admin.login()) {
        std::fprintf(stderr, "login: %s\n", qPrintable(admin.lastError()));
        return 1;
    }

    // ---- servers
    QStringList ids = admin.serverIds(u"bench-"_s);
    QElapsedTimer timer;
    timer.start();
    while (ids.size() < wanted) {
        const int batch = std::min(100, int(wanted - ids.size()));
        if (admin.createServers(u"bench-%1"_s.arg(ids.size()), batch, u"10"_s).isEmpty()) {
            std::fprintf(stderr, "create: %s\n", qPrintable(admin.lastError()));
            return 1;
        }
        if (!QTest::qWaitFor([&] { return admin.serverIds(u"bench-"_s).size() >= ids.size() + batch; }, 60000)) {
            std::fprintf(stderr, "servers did not appear\n");
            return 1;
        }
        ids = admin.serverIds(u"bench-"_s);
    }
    // Listing does not wait for the builds: the fake host builds about one server per 10 s on a
    // 2-core machine, and a server in BUILD is listed like any other.
    if (timer.elapsed() > 1000)
        print("create_servers_api_s", timer.elapsed() / 1000.0, " s");
    std::printf("servers=%lld\n", static_cast<long long>(ids.size()));

    QTemporaryDir dir;
    QFile yaml(dir.filePath(u"clouds.yaml"_s));
    if (!yaml.open(QIODevice::WriteOnly))
        return 1;
    yaml.write(cloud.cloudsYaml());
    yaml.close();
    qputenv("OS_CLIENT_CONFIG_FILE", yaml.fileName().toLocal8Bit());

    for (const int pageSize : {100, 500, 1000}) {
        Inventory inventory;
        ConnectionProfile profile{u"openstack:bench"_s, u"openstack"_s, u"bench"_s, u"openstack:bench"_s,
                                  {{u"pageSize"_s, pageSize}, {u"pollIntervalMs"_s, 0}}};
        OpenStackProvider provider(profile);
        inventory.addProvider(&provider);
        QSignalSpy loaded(&provider, &Provider::initialLoadFinished);
        timer.restart();
        provider.open();
        if (!loaded.wait(300000)) {
            std::fprintf(stderr, "connect: %s\n", qPrintable(provider.status().detail));
            return 1;
        }
        std::printf("\n# page size %d\n", pageSize);
        print("connect_to_tree_ms", timer.elapsed(), " ms");
        std::printf("tree_nodes=%d\n", inventory.nodeCount());

        // Full listings with a warm token: the marker-paginated listing itself.
        QSignalSpy polled(&provider, &OpenStackProvider::pollFinished);
        // Average wall and GUI-thread time of `runs` poll cycles.
        auto timeCycles = [&](const char *name, bool full, int runs) {
            qint64 wall = 0, gui = 0;
            for (int i = 0; i < runs; ++i) {
                provider.pollNow(full);
                polled.wait(300000);
                wall += provider.pollStats().lastWallMs;
                gui += provider.pollStats().lastNs;
            }
            std::printf("%s_wall_ms=%.2f ms\n%s_gui_thread_ms=%.2f ms\n", name, double(wall) / runs, name, gui / 1e6 / runs);
            std::printf("%s_requests=%d\n", name, provider.pollStats().lastRequests);
        };
        timeCycles("full_listing", true, 3); // warm token: the marker-paginated listing itself
        if (pageSize != 500)
            continue;
        timeCycles("poll_idle", false, cycles); // changes-since, nothing changed
        admin.compute("PUT", u"/servers/"_s + ids.first(), R"({"server": {"description": "touched"}})");
        provider.pollNow(false);
        polled.wait(60000);
        print("poll_one_changed_gui_thread_ms", provider.pollStats().lastNs / 1e6, " ms");
        print("poll_one_changed_wall_ms", provider.pollStats().lastWallMs, " ms");
        provider.close();
    }
    return 0;
}
