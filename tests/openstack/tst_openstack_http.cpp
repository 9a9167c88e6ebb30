// ApiClient and KeystoneSession against a small local HTTP server (port 0) that answers like
// Keystone and Nova do, including their failures: fault bodies, 413 with Retry-After, 5xx,
// malformed and huge JSON, a server that never answers, a token that stops working.
#include "providers/openstack/ApiClient.h"
#include "providers/openstack/KeystoneSession.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <optional>

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
        const QByteArray path = head.split(' ').value(1);
        m_buffers.remove(socket);
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
            const QByteArray body = QJsonDocument(QJsonObject{{u"token"_s, QJsonObject{
                {u"issued_at"_s, now}, {u"expires_at"_s, later},
                {u"project"_s, QJsonObject{{u"id"_s, u"p1"_s}, {u"name"_s, u"demo"_s}}},
                {u"user"_s, QJsonObject{{u"id"_s, u"u1"_s}, {u"name"_s, u"demo"_s}}}}}}).toJson();
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
};

QTEST_GUILESS_MAIN(TestOpenStackHttp)
#include "tst_openstack_http.moc"
