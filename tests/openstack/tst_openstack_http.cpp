// ApiClient and KeystoneSession against a small local HTTP server (port 0) that answers like
// Keystone and Nova do, including their failures: fault bodies, 413 with Retry-After, 5xx,
// malformed and huge JSON, a server that never answers, a token that stops working. The
// provider's snapshot listing against the same server acting as a whole small cloud: Glance
// pages, links below a path prefix, bad entries, a catalog without Glance.
#include "inventory/Inventory.h"
#include "providers/openstack/ApiClient.h"
#include "providers/openstack/KeystoneSession.h"
#include "providers/openstack/OpenStackProvider.h"
#include "providers/Task.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <optional>

using namespace welkin;
using namespace welkin::openstack;
using namespace Qt::StringLiterals;

namespace {

// One response per request, chosen by path; "Connection: close" like the loopback Keystone.
class CannedServer : public QObject
{
public:
    CannedServer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
        });
    }
    QString url(const QString &path) const { return u"http://127.0.0.1:%1%2"_s.arg(m_server.serverPort()).arg(path); }
    int tokensIssued = 0;
    QList<QByteArray> tokensSeen;
    bool withGlance = true;       // the catalog lists an image service at /glance
    bool cyclingServerPages = false; // Nova's marker pagination comes round again (s1 s2, s3, s1 s2…)
    QList<QByteArray> requests;   // "METHOD path" of everything asked, in order
    // Glance Zed's answer to GET /v2/images/gone (webob's JSON fault: Welkin sends Accept: application/json).
    QByteArray glanceNotFound = R"({"message": "No image found with ID gone<br /><br />\n\n\n", "code": "404 Not Found", "title": "Not Found"})";

private:
    void onData(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = buffer.left(end);
        qsizetype length = 0;
        QByteArray token;
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
            if (line.toLower().startsWith("x-auth-token:"))
                token = line.mid(13).trimmed();
        }
        if (buffer.size() < end + 4 + length)
            return;
        const QByteArray method = head.split(' ').value(0);
        const QByteArray path = head.split(' ').value(1);
        m_buffers.remove(socket);
        requests.append(method + ' ' + path);
        if (path.startsWith("/nova/") || path.startsWith("/glance/"))
            respondAsCloud(socket, method, path);
        else
            respond(socket, path, token);
    }

    static void send(QTcpSocket *socket, int status, const QByteArray &body, const QByteArray &extra = {})
    {
        socket->write("HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\n"
                      "Connection: close\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" + extra + "\r\n" + body);
        socket->disconnectFromHost();
    }

    void respond(QTcpSocket *socket, const QByteArray &path, const QByteArray &token)
    {
        if (path == "/v3/auth/tokens") {
            ++tokensIssued;
            const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
            const QString later = QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODate);
            auto endpoint = [this](const QString &type, const QString &path) {
                return QJsonObject{{u"type"_s, type}, {u"endpoints"_s, QJsonArray{QJsonObject{
                    {u"interface"_s, u"public"_s}, {u"region_id"_s, u"RegionOne"_s}, {u"url"_s, url(path)}}}}};
            };
            QJsonArray catalog{endpoint(u"compute"_s, u"/nova/v2.1"_s)};
            if (withGlance)
                catalog.append(endpoint(u"image"_s, u"/glance"_s));
            const QByteArray body = QJsonDocument(QJsonObject{{u"token"_s, QJsonObject{
                {u"issued_at"_s, now}, {u"expires_at"_s, later},
                {u"project"_s, QJsonObject{{u"id"_s, u"p1"_s}, {u"name"_s, u"demo"_s}}},
                {u"user"_s, QJsonObject{{u"id"_s, u"u1"_s}, {u"name"_s, u"demo"_s}}},
                {u"catalog"_s, catalog}}}}).toJson();
            send(socket, 201, body, "X-Subject-Token: tok" + QByteArray::number(tokensIssued) + "\r\n");
        } else if (path == "/svc") { // only the second token is good
            tokensSeen.append(token);
            if (token == "tok1")
                send(socket, 401, "{\"error\": {\"code\": 401, \"title\": \"Unauthorized\", \"message\": \"The request you have made requires authentication.\"}}");
            else
                send(socket, 200, "{\"ok\": true}");
        } else if (path == "/badlogin") {
            send(socket, 401, "{\"error\": {\"code\": 401, \"title\": \"Unauthorized\", \"message\": \"The request you have made requires authentication.\"}}");
        } else if (path == "/413") {
            send(socket, 413, "{\"overLimit\": {\"code\": 413, \"message\": \"Quota exceeded for instances\"}}", "Retry-After: 7\r\n");
        } else if (path == "/500") {
            send(socket, 500, "{\"computeFault\": {\"code\": 500, \"message\": \"Unexpected API Error.\"}}");
        } else if (path == "/403") {
            send(socket, 403, "{\"forbidden\": {\"code\": 403, \"message\": \"Policy doesn't allow os_compute_api:os-hypervisors:list to be performed.\"}}");
        } else if (path == "/bad") {
            send(socket, 200, "{\"servers\": [{\"id\": \"x\", "); // cut off mid-object
        } else if (path == "/huge") {
            const QByteArray chunk(1 << 20, ' ');
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 104857600\r\n\r\n");
            for (int i = 0; i < 4; ++i)
                socket->write(chunk);
        } else if (path == "/hang") {
            // never answers
        } else {
            send(socket, 200, "{}");
        }
    }

    // Nova with one server "s1" and Glance below the path prefix /glance (as devstack puts it);
    // Glance writes its "next" links from its own root, without the prefix.
    void respondAsCloud(QTcpSocket *socket, const QByteArray &method, const QByteArray &path)
    {
        if (path == "/nova/v2.1")
            send(socket, 200, R"({"version": {"id": "v2.1", "status": "CURRENT", "min_version": "2.1", "version": "2.93"}})");
        else if (path == "/nova/v2.1/flavors/detail")
            send(socket, 200, R"({"flavors": []})");
        else if (path.startsWith("/nova/v2.1/servers/detail") && cyclingServerPages && path.contains("marker=s2"))
            send(socket, 200, R"({"servers": [{"id": "s3", "name": "vm-3", "status": "BUILD"}],
                "servers_links": [{"rel": "next", "href": "http://x/v2.1/servers/detail?marker=s3"}]})");
        else if (path.startsWith("/nova/v2.1/servers/detail") && cyclingServerPages)
            send(socket, 200, R"({"servers": [{"id": "s1", "name": "vm-1", "status": "ACTIVE"},
                                              {"id": "s2", "name": "vm-2", "status": "BUILD"}],
                "servers_links": [{"rel": "next", "href": "http://x/v2.1/servers/detail?marker=s2"}]})");
        else if (path.startsWith("/nova/v2.1/servers/detail"))
            send(socket, 200, R"({"servers": [{"id": "s1", "name": "vm-1", "status": "ACTIVE"}]})");
        else if (path == "/nova/v2.1/limits")
            send(socket, 200, R"({"limits": {"absolute": {}}})");
        else if (path == "/glance/v2/images?instance_uuid=s1")
            send(socket, 200, R"({"images": [
                {"id": "a", "name": "before-upgrade", "instance_uuid": "s1", "image_type": "snapshot",
                 "status": "active", "size": 42, "created_at": "2026-11-25T18:40:00Z", "description": "kernel 6.1"},
                {"id": "x", "name": "other-server", "instance_uuid": "s2", "status": "active", "size": 1,
                 "created_at": "2026-11-25T18:00:00Z"}],
                "first": "/v2/images?instance_uuid=s1", "next": "/v2/images?instance_uuid=s1&marker=x",
                "schema": "/v2/schemas/images"})");
        else if (path == "/glance/v2/images?instance_uuid=s1&marker=x")
            // The same "next" again (a broken Glance): the listing must end, not loop.
            send(socket, 200, R"({"images": [
                {"id": "b", "name": "nightly", "instance_uuid": "s1", "status": "saving", "size": null,
                 "created_at": "2026-11-25T18:30:00Z"},
                {"id": null, "name": "broken", "instance_uuid": "s1", "status": "active"},
                {"id": "a", "name": "before-upgrade", "instance_uuid": "s1", "status": "active"}],
                "next": "/v2/images?instance_uuid=s1&marker=x"})");
        else if (path == "/glance/v2/images/a" && method == "GET")
            send(socket, 200, R"({"id": "a", "instance_uuid": "s1", "status": "active"})");
        else if (path == "/glance/v2/images/a" && method == "DELETE")
            send(socket, 204, {});
        else if (path == "/glance/v2/images/base")
            send(socket, 200, R"({"id": "base", "name": "cirros", "status": "active"})");
        else
            send(socket, 404, glanceNotFound);
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

ApiResponse fetch(ApiClient &client, const QString &url)
{
    std::optional<ApiResponse> result;
    ApiRequest request;
    request.url = QUrl(url);
    client.send(request, &client, [&result](const ApiResponse &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        qFatal("no callback for %s", qPrintable(url));
    return *result;
}

CloudConfig demoLogin(const QString &authUrl)
{
    CloudConfig config;
    config.authUrl = authUrl;
    config.username = u"demo"_s;
    config.password = u"pw"_s;
    config.projectName = u"demo"_s;
    return config;
}

ApiResponse call(KeystoneSession &session, const QString &url)
{
    std::optional<ApiResponse> result;
    ApiRequest request;
    request.url = QUrl(url);
    session.call(request, &session, [&result](const ApiResponse &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
        qFatal("no callback for %s", qPrintable(url));
    return *result;
}

struct PasswordGiver : CredentialHandler {
    void requestCredentials(const CredentialRequestPtr &request) override { request->answer({u"pw"_s}); }
};

std::unique_ptr<OpenStackProvider> cloudProvider(const CannedServer &server)
{
    ConnectionProfile profile;
    profile.uri = u"openstack+"_s + server.url(u"/v3"_s);
    profile.id = profile.uri;
    profile.kind = u"openstack"_s;
    profile.options = {{u"username"_s, u"demo"_s}, {u"projectName"_s, u"demo"_s}, {u"pollIntervalMs"_s, 0}};
    return std::make_unique<OpenStackProvider>(profile);
}

bool connectTo(OpenStackProvider &provider, CredentialHandler &handler)
{
    provider.setCredentialHandler(&handler);
    QSignalSpy loaded(&provider, &Provider::initialLoadFinished);
    provider.open();
    if (!loaded.wait(20000))
        qWarning() << providerStateName(provider.state()) << provider.status().detail;
    return !loaded.isEmpty();
}

// Waits for the task's end; its error text ("" on success).
QString outcome(Task *task)
{
    if (!QTest::qWaitFor([task] { return task->isFinished(); }, 20000))
        return u"(did not finish)"_s;
    return task->state() == Task::State::Succeeded ? QString() : task->errorText();
}

Task *deleteSnapshot(OpenStackProvider &provider, const ResourceId &vm, const QString &snapshotId)
{
    return provider.perform(Action{ActionType::DeleteSnapshot, vm, {{u"snapshotId"_s, snapshotId}}});
}

} // namespace

class TestOpenStackHttp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void faultsBecomeClearMessages()
    {
        CannedServer server;
        ApiClient client;
        const ApiResponse over = fetch(client, server.url(u"/413"_s));
        QCOMPARE(over.failure, ApiResponse::Failure::Http);
        QCOMPARE(over.status, 413);
        QCOMPARE(over.retryAfterS, 7);
        QCOMPARE(over.error, u"Over the limit: Quota exceeded for instances (HTTP 413) - retry after 7 s"_s);
        const ApiResponse fault = fetch(client, server.url(u"/500"_s));
        QCOMPARE(fault.error, u"Server error: Unexpected API Error. (HTTP 500)"_s);
        const ApiResponse denied = fetch(client, server.url(u"/403"_s));
        QVERIFY(denied.error.startsWith(u"Permission denied: Policy doesn't allow"_s));
        QVERIFY(fetch(client, server.url(u"/ok"_s)).ok());
    }

    void malformedJson()
    {
        CannedServer server;
        ApiClient client;
        const ApiResponse r = fetch(client, server.url(u"/bad"_s));
        QCOMPARE(r.failure, ApiResponse::Failure::BadJson);
        QVERIFY2(r.error.contains(u"malformed JSON"_s) && r.error.contains(u"/bad"_s), qPrintable(r.error));
    }

    void hugeResponseIsCut()
    {
        CannedServer server;
        ApiClient client;
        client.setMaxResponseBytes(1 << 20);
        const ApiResponse r = fetch(client, server.url(u"/huge"_s));
        QCOMPARE(r.failure, ApiResponse::Failure::TooLarge);
        QVERIFY2(r.error.contains(u"larger than 1 MiB"_s), qPrintable(r.error));
    }

    void silentServerTimesOut()
    {
        CannedServer server;
        ApiClient client;
        client.setTimeoutMs(1500);
        QElapsedTimer timer;
        timer.start();
        const ApiResponse r = fetch(client, server.url(u"/hang"_s));
        QCOMPARE(r.failure, ApiResponse::Failure::Timeout);
        QVERIFY2(r.error.contains(u"no answer within 1.5 s"_s), qPrintable(r.error));
        QVERIFY(timer.elapsed() < 10000);
    }

    void deadServer()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        ApiClient client;
        const ApiResponse r = fetch(client, u"http://127.0.0.1:%1/x"_s.arg(port));
        QCOMPARE(r.failure, ApiResponse::Failure::Network);
        QVERIFY2(r.error.contains(u"refused"_s, Qt::CaseInsensitive), qPrintable(r.error));
    }

    void reauthenticatesOnceOn401()
    {
        CannedServer server;
        ApiClient client;
        KeystoneSession session(&client, demoLogin(server.url(u"/v3"_s)));
        const ApiResponse result = call(session, server.url(u"/svc"_s));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(session.authenticationCount(), 2);
        QCOMPARE(server.tokensSeen, (QList<QByteArray>{"tok1", "tok2"}));
        QCOMPARE(session.token()->projectName, u"demo"_s);
    }

    void refreshesBeforeExpiry()
    {
        CannedServer server;
        ApiClient client;
        KeystoneSession session(&client, demoLogin(server.url(u""_s)));
        session.setRefreshMarginS(7200); // every token counts as about to expire
        for (int i = 0; i < 2; ++i)
            QVERIFY(call(session, server.url(u"/ok"_s)).ok());
        QCOMPARE(session.authenticationCount(), 2);
    }

    void wrongPasswordKeepsKeystonesText()
    {
        CannedServer server;
        ApiClient client;
        ApiRequest request;
        request.method = "POST";
        request.url = QUrl(server.url(u"/badlogin"_s));
        request.body = "{}";
        std::optional<ApiResponse> result;
        client.send(request, &client, [&](const ApiResponse &r) { result = r; });
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 10000));
        QCOMPARE(result->status, 401);
        QCOMPARE(result->error, u"Authentication failed: The request you have made requires authentication. (HTTP 401)"_s);
    }

    void serverPagesThatComeRoundEndTheListing()
    {
        CannedServer server;
        server.cyclingServerPages = true;
        PasswordGiver password;
        const auto p = cloudProvider(server);
        Inventory inventory;
        inventory.addProvider(p.get());
        QSignalSpy events(p.get(), &Provider::eventOccurred);
        QVERIFY(connectTo(*p, password));
        // Every server once; the third page (the first one again) ends the listing.
        QStringList names;
        for (const InventoryNode *vm : inventory.vmsBelow(inventory.root()))
            names.append(vm->resource().name);
        names.sort();
        QCOMPARE(names, (QStringList{u"vm-1"_s, u"vm-2"_s, u"vm-3"_s}));
        qsizetype pages = 0;
        for (const QByteArray &request : std::as_const(server.requests))
            pages += request.startsWith("GET /nova/v2.1/servers/detail");
        QCOMPARE(pages, 3);
        bool reported = false;
        for (const QList<QVariant> &event : std::as_const(events))
            reported = reported || event.first().value<ProviderEvent>().message.contains(u"came round"_s);
        QVERIFY(reported);
    }

    void snapshotsAreTheServersImagesOnEveryGlancePage()
    {
        CannedServer server;
        PasswordGiver password;
        const auto p = cloudProvider(server);
        QVERIFY(connectTo(*p, password));
        QSignalSpy events(p.get(), &Provider::eventOccurred);
        const ResourceId vm(p->id(), ResourceKind::Vm, u"s1"_s);
        Task *task = p->listSnapshots(vm);
        QCOMPARE(outcome(task), QString());
        QVERIFY(!task->title().isEmpty());
        const auto snapshots = task->result().value<QList<VmSnapshot>>();
        // Another server's image, the one without an id and the repeated one are not there;
        // oldest first (the field mapping itself: tst_openstack_contract).
        QCOMPARE(snapshots.size(), 2);
        QCOMPARE(snapshots.at(0).id, u"b"_s);
        QVERIFY(!snapshots.at(0).ready);
        QCOMPARE(snapshots.at(1).id, u"a"_s);
        // The first copy of the repeated image counts, not the later one without its fields.
        QCOMPARE(snapshots.at(1).description, u"kernel 6.1"_s);
        QCOMPARE(snapshots.at(1).created, QDateTime(QDate(2026, 11, 25), QTime(18, 40), Qt::UTC));
        // The second page with the query of Glance's link, below the catalog's prefix; once.
        QCOMPARE(server.requests.count("GET /glance/v2/images?instance_uuid=s1"), 1);
        QCOMPARE(server.requests.count("GET /glance/v2/images?instance_uuid=s1&marker=x"), 1);
        // The image without an id is reported, not silently dropped.
        bool reported = false;
        for (const QList<QVariant> &event : std::as_const(events)) {
            const QString message = event.first().value<ProviderEvent>().message;
            reported = reported || (message.contains(u"image \"broken\""_s) && message.contains(u"RegionOne"_s));
        }
        QVERIFY(reported);

        const Task *unknown = p->listSnapshots(ResourceId(p->id(), ResourceKind::Vm, u"s9"_s));
        QVERIFY2(outcome(const_cast<Task *>(unknown)).contains(u"is not a server of"_s), qPrintable(unknown->errorText()));
    }

    void deleteSnapshotOnlyDeletesTheServersImages()
    {
        CannedServer server;
        PasswordGiver password;
        const auto p = cloudProvider(server);
        QVERIFY(connectTo(*p, password));
        const ResourceId vm(p->id(), ResourceKind::Vm, u"s1"_s);
        QVERIFY(p->capabilities(vm).testFlag(Capability::DeleteSnapshot));
        QVERIFY(p->capabilities(vm).testFlag(Capability::CreateSnapshot));

        Task *deleted = deleteSnapshot(*p, vm, u"a"_s);
        QCOMPARE(outcome(deleted), QString());
        QVERIFY2(deleted->title().contains(u"vm-1"_s), qPrintable(deleted->title()));
        QVERIFY(server.requests.contains("DELETE /glance/v2/images/a"));

        // An image not made of this server (its base image) is refused before any DELETE.
        const QString refused = outcome(deleteSnapshot(*p, vm, u"base"_s));
        QVERIFY2(refused.contains(u"not a snapshot of this server"_s), qPrintable(refused));
        QVERIFY(!server.requests.contains("DELETE /glance/v2/images/base"));

        const QString gone = outcome(deleteSnapshot(*p, vm, u"gone"_s));
        QCOMPARE(gone, u"Not found: No image found with ID gone (HTTP 404)"_s);

        const QString unnamed = outcome(deleteSnapshot(*p, vm, {}));
        QVERIFY2(unnamed.contains(u"no snapshot was named"_s), qPrintable(unnamed));
    }

    void catalogWithoutGlanceIsAClearError()
    {
        CannedServer server;
        server.withGlance = false;
        PasswordGiver password;
        const auto p = cloudProvider(server);
        QVERIFY(connectTo(*p, password));
        const ResourceId vm(p->id(), ResourceKind::Vm, u"s1"_s);
        for (Task *task : {p->listSnapshots(vm), deleteSnapshot(*p, vm, u"a"_s)}) {
            const QString error = outcome(task);
            QVERIFY2(error.contains(u"no image service (Glance) in region RegionOne"_s), qPrintable(error));
        }
        for (const QByteArray &request : std::as_const(server.requests))
            QVERIFY2(!request.contains("/glance/"), request.constData());
    }

    void snapshotsWithoutAConnection()
    {
        CannedServer server;
        const auto p = cloudProvider(server);
        const SnapshotSupport support = p->snapshotSupport();
        QVERIFY(support.listed && support.images);
        QVERIFY(!support.revert && !support.memory && !support.diskOnly && !support.describe
                && !support.deleteWithChildren);
        const ResourceId vm(p->id(), ResourceKind::Vm, u"s1"_s);
        QVERIFY(!p->capabilities(vm).testFlag(Capability::DeleteSnapshot));
        Task *task = p->listSnapshots(vm);
        QVERIFY(!task->isFinished()); // ends on a later turn, after the caller connected
        const QString error = outcome(task);
        QVERIFY2(error.contains(u"list the snapshots of"_s) && error.contains(u"not connected"_s), qPrintable(error));
        QVERIFY(server.requests.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOpenStackHttp)
#include "tst_openstack_http.moc"
