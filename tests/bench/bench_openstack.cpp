// Benchmark (not a test): the OpenStack provider against the REAL loopback OpenStack of
// tests/scripts/openstack-up.sh (started here when it is not up; needs root). Makes sure project
// "bench" has N fake servers (batch creation with min_count; the builds are not awaited), then
// measures:
//   - connect to first full tree (login, microversion discovery, flavors, listing, limits);
//   - a full listing of N servers with marker pagination, per page size, against the same
//     paginated GET /servers/detail requests made with curl (one process per page, following
//     the `servers_links` next marker): both times and Welkin's ratio to curl;
//   - the GUI-thread cost of a poll cycle (changes-since, nothing changed / one server changed).
//
//   bench_openstack [--servers 1000] [--cycles 10] [--keep]
//
// Prints key=value lines; nothing is asserted.
#include "LoopbackCloud.h"

#include "inventory/Inventory.h"
#include "providers/openstack/ApiClient.h"
#include "providers/openstack/KeystoneSession.h"
#include "providers/openstack/NovaParser.h"
#include "providers/openstack/OpenStackProvider.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <optional>

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

// A token and the compute endpoint for curl: the same login as cloud "bench" in clouds.yaml
// (admin in project bench), made with Welkin's own Keystone client.
struct CurlLogin {
    QByteArray token;
    QString computeUrl;
    QString error;
};

CurlLogin loginForCurl(const LoopbackCloud &cloud)
{
    openstack::CloudConfig config;
    config.authUrl = cloud.authUrl;
    config.authType = u"password"_s;
    config.username = u"admin"_s;
    config.password = cloud.password;
    config.projectName = u"bench"_s;
    config.userDomainName = u"Default"_s;
    config.projectDomainName = u"Default"_s;
    openstack::ApiClient client;
    client.setTimeoutMs(60000);
    openstack::KeystoneSession session(&client, config);
    std::optional<openstack::ApiResponse> result;
    QEventLoop loop;
    session.authenticate([&](const openstack::ApiResponse &r) {
        result = r;
        loop.quit();
    });
    if (!result)
        loop.exec();
    CurlLogin login;
    if (!result->ok() || !session.token()) {
        login.error = result->error;
        return login;
    }
    login.token = session.token()->value;
    login.computeUrl = session.token()->endpoint(u"compute"_s, u"RegionOne"_s, u"public"_s);
    if (login.computeUrl.isEmpty())
        login.error = u"no compute endpoint in the catalog"_s;
    return login;
}

struct CurlListing {
    double wallMs = 0; // processes, HTTP and JSON parsing
    double httpMs = 0; // curl's own time_total, summed over the pages
    int servers = 0;
    int pages = 0;
    QString error;
};

// What Welkin's full listing sends, made with curl: GET /servers/detail?limit=P, then the marker
// of the `servers_links` "next" link until there is none, or, as Welkin does, until a page holds
// only servers already listed (Nova's pagination can come round while servers are being built).
// Headers (the token among them) come from a file, so the token is not on a command line.
CurlListing listWithCurl(const QString &computeUrl, const QString &headerFile, const QString &bodyFile, int pageSize)
{
    CurlListing listing;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, u"C"_s); // time_total with a decimal point
    QElapsedTimer wall;
    wall.start();
    QString marker;
    QSet<QString> seen;
    for (;;) {
        QUrlQuery query;
        query.addQueryItem(u"limit"_s, QString::number(pageSize));
        if (!marker.isEmpty())
            query.addQueryItem(u"marker"_s, marker);
        QProcess curl;
        curl.setProcessEnvironment(env);
        curl.start(u"curl"_s, {u"--silent"_s, u"--show-error"_s, u"--fail"_s, u"--header"_s, u'@' + headerFile,
                               u"--output"_s, bodyFile, u"--write-out"_s, u"%{time_total}"_s,
                               computeUrl + u"/servers/detail?"_s + query.toString(QUrl::FullyEncoded)});
        if (!curl.waitForFinished(300000) || curl.exitStatus() != QProcess::NormalExit || curl.exitCode() != 0) {
            listing.error = u"curl: "_s + QString::fromLocal8Bit(curl.readAllStandardError()).trimmed() + curl.errorString();
            return listing;
        }
        listing.httpMs += curl.readAllStandardOutput().trimmed().toDouble() * 1000.0;
        ++listing.pages;
        QFile body(bodyFile);
        if (!body.open(QIODevice::ReadOnly)) {
            listing.error = bodyFile + u": "_s + body.errorString();
            return listing;
        }
        const QJsonObject page = QJsonDocument::fromJson(body.readAll()).object();
        const QJsonArray servers = page.value(u"servers"_s).toArray();
        int fresh = 0;
        for (const QJsonValue &server : servers) {
            const QString id = server.toObject().value(u"id"_s).toString();
            if (!seen.contains(id)) {
                seen.insert(id);
                ++fresh;
            }
        }
        listing.servers += fresh;
        if (!servers.isEmpty() && fresh == 0)
            break;
        QString next;
        for (const QJsonValue &link : page.value(u"servers_links"_s).toArray()) {
            if (link.toObject().value(u"rel"_s).toString() == u"next"_s)
                next = QUrlQuery(QUrl(link.toObject().value(u"href"_s).toString())).queryItemValue(u"marker"_s);
        }
        if (next.isEmpty() || next == marker)
            break;
        marker = next;
    }
    listing.wallMs = wall.nsecsElapsed() / 1e6;
    return listing;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"servers"_s, u"Servers in project bench."_s, u"n"_s, u"1000"_s});
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
    const CurlLogin curlLogin = loginForCurl(cloud);
    if (!curlLogin.error.isEmpty()) {
        std::fprintf(stderr, "login for curl: %s\n", qPrintable(curlLogin.error));
        return 1;
    }
    const QString curlHeaders = dir.filePath(u"curl-headers"_s);
    QFile headers(curlHeaders);
    if (!headers.open(QIODevice::WriteOnly))
        return 1;
    headers.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    // Welkin's preferred microversion (what it negotiates with a current Nova): the same documents.
    const QByteArray microversion = openstack::Nova::preferredMicroversion;
    headers.write(QByteArray("X-Auth-Token: " + curlLogin.token + "\nAccept: application/json\nOpenStack-API-Version: compute "
                             + microversion + "\nX-OpenStack-Nova-API-Version: " + microversion + "\n"));
    headers.close();

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
        // Average wall and GUI-thread time of `runs` poll cycles; returns the average wall time.
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
            return double(wall) / runs;
        };
        const double welkinMs = timeCycles("full_listing", true, 3); // warm token: the marker-paginated listing itself

        // The same pages fetched with curl, as often.
        constexpr int curlRuns = 3;
        double curlWallMs = 0, curlHttpMs = 0;
        CurlListing listing;
        for (int i = 0; i < curlRuns && listing.error.isEmpty(); ++i) {
            listing = listWithCurl(curlLogin.computeUrl, curlHeaders, dir.filePath(u"curl-page.json"_s), pageSize);
            curlWallMs += listing.wallMs / curlRuns;
            curlHttpMs += listing.httpMs / curlRuns;
        }
        if (!listing.error.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(listing.error));
        } else {
            std::printf("curl_listing_servers=%d\ncurl_listing_pages=%d\n", listing.servers, listing.pages);
            print("curl_listing_wall_ms", curlWallMs, " ms");
            print("curl_listing_http_ms", curlHttpMs, " ms"); // curl's time_total: without process starts
            print("welkin_to_curl_ratio", curlWallMs > 0 ? welkinMs / curlWallMs : 0);
        }
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
