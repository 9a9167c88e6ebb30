// net::RestClient against local servers that misbehave on purpose (QTcpServer on loopback, and a
// QSslServer with a certificate made by openssl): the wall-clock deadline against silent and
// 1-byte-per-100-ms servers, the size cap against 512 MB announced and endless chunked bodies
// (memory stays bounded), bad JSON parsed on the thread pool, HTTP errors with the service's own
// words and Retry-After, TLS with the connection's CA file, and no callback after abortAll(),
// destruction or the death of the caller's context. The same hostile servers through both cloud
// layers (openstack::ApiClient, cloudstack::Client) give each cloud's clear messages.
#include "net/RestClient.h"
#include "providers/cloudstack/CloudStackClient.h"
#include "providers/openstack/ApiClient.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <limits>
#include <optional>

using namespace welkin;
using namespace Qt::StringLiterals;
using net::RestClient;
using net::RestReply;
using net::RestRequest;

namespace {

constexpr qint64 MiB = 1024 * 1024;

// One behaviour per path (the query is ignored); every answer closes the connection.
class HostileServer : public QObject
{
public:
    HostileServer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
        });
    }
    QString url(const QString &path) const { return u"http://127.0.0.1:%1%2"_s.arg(m_server.serverPort()).arg(path); }
    qint64 bytesStreamed = 0; // body bytes handed to sockets by the streaming paths

private:
    void onData(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (!buffer.contains("\r\n\r\n"))
            return;
        QByteArray path = buffer.split(' ').value(1);
        path = path.left(path.indexOf('?') >= 0 ? path.indexOf('?') : path.size());
        m_buffers.remove(socket);
        disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        respond(socket, path);
    }

    static void send(QTcpSocket *socket, const QByteArray &status, const QByteArray &type, const QByteArray &body,
                     const QByteArray &extra = {})
    {
        socket->write("HTTP/1.1 " + status + "\r\nContent-Type: " + type + "\r\nConnection: close\r\nContent-Length: "
                      + QByteArray::number(body.size()) + "\r\n" + extra + "\r\n" + body);
        socket->disconnectFromHost();
    }

    // Body bytes as fast as the client takes them, until it hangs up (or `total` is reached).
    void stream(QTcpSocket *socket, bool chunked, qint64 total)
    {
        auto pump = [this, socket, chunked, total] {
            const QByteArray chunk(64 * 1024, ' ');
            while (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < 4 * MiB
                   && bytesStreamed < total) {
                socket->write(chunked ? QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n" : chunk);
                bytesStreamed += chunk.size();
            }
        };
        connect(socket, &QTcpSocket::bytesWritten, socket, pump);
        pump();
    }

    void respond(QTcpSocket *socket, const QByteArray &path)
    {
        const QByteArray json = "application/json";
        if (path == "/ok") {
            send(socket, "200 OK", json, R"({"listzonesresponse": {"count": 1, "zone": [{"id": "z1"}]}})");
        } else if (path == "/big") { // valid JSON, large enough for the thread pool
            QByteArray body = "{\"items\": [";
            for (int i = 0; i < 20000; ++i)
                body += (i ? ",\"" : "\"") + QByteArray::number(i) + "-padding-padding\"";
            send(socket, "200 OK", json, body + "]}");
        } else if (path == "/bad-big") { // cut off after 200 KiB
            QByteArray body = "{\"items\": [";
            while (body.size() < 200 * 1024)
                body += "\"padding-padding-padding\",";
            send(socket, "200 OK", json, body);
        } else if (path == "/bad-small") {
            send(socket, "200 OK", json, R"({"servers": [{"id": "x", )");
        } else if (path == "/cut") { // announces more than it sends, then hangs up mid-object
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n"
                          R"({"listzonesresponse": {"zone": [{"id": "z)");
            socket->disconnectFromHost();
        } else if (path == "/html502") {
            send(socket, "502 Bad Gateway", "text/html",
                 "<html><head><title>502</title></head><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>");
        } else if (path == "/429") {
            send(socket, "429 Too Many Requests", "text/plain", "slow down", "Retry-After: 3\r\n");
        } else if (path == "/404") {
            send(socket, "404 Not Found", json, R"({"itemNotFound": {"code": 404, "message": "Instance x could not be found."}})");
        } else if (path == "/500-big") {
            QByteArray body = "{\"computeFault\": {\"message\": \"broken\", \"padding\": \"";
            body += QByteArray(256 * 1024, 'x') + "\"}}";
            send(socket, "500 Internal Server Error", json, body);
        } else if (path == "/huge") { // 512 MB announced and sent
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 536870912\r\n\r\n");
            stream(socket, false, 512 * MiB);
        } else if (path == "/endless") { // no length: only counting what arrives can stop it
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
            stream(socket, true, std::numeric_limits<qint64>::max());
        } else if (path == "/slow") { // one byte every 100 ms: never silent, never done
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n");
            auto *drip = new QTimer(socket);
            connect(drip, &QTimer::timeout, socket, [socket] { socket->write(" "); });
            drip->start(100);
        } else if (path == "/silent") {
            // never answers
        } else {
            send(socket, "404 Not Found", "text/plain", "no such path");
        }
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

RestReply fetch(RestClient &client, const QString &url)
{
    std::optional<RestReply> result;
    RestRequest request;
    request.url = QUrl(url);
    client.send(request, nullptr, [&result](const RestReply &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        qFatal("no callback for %s", qPrintable(url));
    return *result;
}

bool openssl(const QStringList &args, const QString &workDir)
{
    QProcess process;
    process.setWorkingDirectory(workDir);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(u"openssl"_s, args);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning("openssl %s failed: %s", qPrintable(args.join(u' ')), process.readAll().constData());
        return false;
    }
    return true;
}

} // namespace

class TestRestClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deadlineAgainstSilentAndSlowServers()
    {
        HostileServer server;
        RestClient client;
        client.setTimeoutMs(1000);
        for (const QString &path : {u"/silent"_s, u"/slow"_s}) {
            QElapsedTimer timer;
            timer.start();
            const RestReply r = fetch(client, server.url(path));
            QCOMPARE(r.failure, RestReply::Failure::Timeout);
            QVERIFY2(r.error.contains(u"GET "_s + server.url(path) + u": no answer within 1 s"_s), qPrintable(r.error));
            QVERIFY2(timer.elapsed() >= 900 && timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        }
        QCOMPARE(client.inFlight(), 0);
    }

    void sizeCapWhileReading()
    {
        for (const QString &path : {u"/huge"_s, u"/endless"_s}) {
            HostileServer server;
            RestClient client;
            client.setMaxResponseBytes(MiB);
            const RestReply r = fetch(client, server.url(path));
            QCOMPARE(r.failure, RestReply::Failure::TooLarge);
            QVERIFY2(r.error.contains(u"the response is larger than 1 MiB"_s), qPrintable(r.error));
            QVERIFY(r.body.isEmpty());
            // Cut while arriving: what was sent is socket buffers, not the 512 MB.
            QVERIFY2(server.bytesStreamed < 64 * MiB, qPrintable(QString::number(server.bytesStreamed)));
            qInfo("%s: cut at a 1 MiB cap after the server had sent %.1f MiB", qPrintable(path),
                  double(server.bytesStreamed) / MiB);
        }
    }

    void jsonParsedOnThePoolWhenLarge()
    {
        HostileServer server;
        RestClient client;
        const Qt::HANDLE caller = QThread::currentThreadId();

        const RestReply bad = fetch(client, server.url(u"/bad-big"_s));
        QCOMPARE(bad.failure, RestReply::Failure::BadJson);
        QVERIFY2(bad.error.contains(u"malformed JSON in the response at byte"_s), qPrintable(bad.error));
        QVERIFY(bad.parsedBy != nullptr);
        QVERIFY(bad.parsedBy != caller);

        const RestReply big = fetch(client, server.url(u"/big"_s));
        QVERIFY2(big.ok(), qPrintable(big.error));
        QCOMPARE(big.json.object().value(u"items"_s).toArray().size(), 20000);
        QVERIFY(big.parsedBy != caller);
        QVERIFY(big.parseNs > 0 && big.handlingNs > 0);
        qInfo("%lld-byte body: parsed in %.2f ms on the pool, %.2f ms on the caller's thread", qint64(big.body.size()),
              big.parseNs / 1e6, big.handlingNs / 1e6);

        // Small bodies are parsed where they arrive: a handover would cost more.
        const RestReply small = fetch(client, server.url(u"/bad-small"_s));
        QCOMPARE(small.failure, RestReply::Failure::BadJson);
        QCOMPARE(small.parsedBy, caller);
        QVERIFY(small.handlingNs >= small.parseNs);
    }

    void httpErrorsInTheServicesWords()
    {
        HostileServer server;
        RestClient client;
        const RestReply proxy = fetch(client, server.url(u"/html502"_s));
        QCOMPARE(proxy.failure, RestReply::Failure::Http);
        QCOMPARE(proxy.status, 502);
        QCOMPARE(proxy.serviceMessage, u"502 Bad Gateway nginx"_s);
        QCOMPARE(proxy.error, u"Server error: 502 Bad Gateway nginx (HTTP 502)"_s);

        const RestReply limited = fetch(client, server.url(u"/429"_s));
        QCOMPARE(limited.retryAfterS, 3);
        QCOMPARE(limited.error, u"Over the limit: slow down (HTTP 429) - retry after 3 s"_s);

        // A protocol's own fault reader (OpenStack's) names the fault inside the JSON.
        openstack::ApiClient nova;
        const RestReply missing = fetch(nova, server.url(u"/404"_s));
        QCOMPARE(missing.error, u"Not found: Instance x could not be found. (HTTP 404)"_s);

        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        const RestReply refused = fetch(client, u"http://127.0.0.1:%1/x"_s.arg(port));
        QCOMPARE(refused.failure, RestReply::Failure::Network);
        QCOMPARE(refused.status, 0);
        QVERIFY2(refused.detail.contains(u"refused"_s, Qt::CaseInsensitive), qPrintable(refused.detail));
        QCOMPARE(refused.error, u"GET http://127.0.0.1:%1/x: "_s.arg(port) + refused.detail);
    }

    void noCallbackAfterAbortOrDeath()
    {
        HostileServer server;
        auto client = std::make_unique<RestClient>();
        client->setTimeoutMs(500);
        int callbacks = 0;
        RestRequest request;
        request.url = QUrl(server.url(u"/silent"_s));
        client->send(request, nullptr, [&](const RestReply &) { ++callbacks; });
        request.url = QUrl(server.url(u"/slow"_s));
        client->send(request, nullptr, [&](const RestReply &) { ++callbacks; });
        QCOMPARE(client->inFlight(), 2);
        client->abortAll();
        QCOMPARE(client->inFlight(), 0);

        // A caller that is gone: its answer is dropped, the client goes on.
        auto *context = new QObject;
        request.url = QUrl(server.url(u"/ok"_s));
        client->send(request, context, [&](const RestReply &) { ++callbacks; });
        delete context;
        QTest::qWait(1000); // past the deadline of the aborted ones
        QCOMPARE(callbacks, 0);
        QVERIFY(fetch(*client, server.url(u"/ok"_s)).ok());

        // Aborted, and destroyed, while the pool parses the answer.
        for (const bool destroy : {false, true}) {
            std::atomic<bool> parsing = false;
            std::atomic<bool> release = false;
            std::atomic<Qt::HANDLE> parser = nullptr;
            client->setFaultReader([&](const QByteArray &, const QJsonDocument &) {
                parser = QThread::currentThreadId();
                parsing = true;
                for (int i = 0; i < 1000 && !release; ++i)
                    QThread::msleep(5);
                return u"held"_s;
            });
            request.url = QUrl(server.url(u"/500-big"_s));
            client->send(request, nullptr, [&](const RestReply &) { ++callbacks; });
            QTRY_VERIFY_WITH_TIMEOUT(parsing, 10000);
            QVERIFY(parser.load() != QThread::currentThreadId());
            if (destroy)
                client.reset();
            else
                client->abortAll();
            release = true;
            QThreadPool::globalInstance()->waitForDone(10000);
            QTest::qWait(300);
            QCOMPARE(callbacks, 0);
        }
    }

    void tlsWithTheConnectionsCaFile()
    {
        QTemporaryDir dir;
        QVERIFY(openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s,
                         u"-nodes"_s, u"-keyout"_s, u"server.key"_s, u"-out"_s, u"server.pem"_s, u"-days"_s, u"2"_s,
                         u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s},
                        dir.path()));
        QFile keyFile(dir.filePath(u"server.key"_s));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(QSslCertificate::fromPath(dir.filePath(u"server.pem"_s)).value(0));
        config.setPrivateKey(QSslKey(&keyFile, QSsl::Ec));
        QSslServer server;
        server.setSslConfiguration(config);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        int handshakes = 0;
        connect(&server, &QSslServer::startedEncryptionHandshake, this, [&] { ++handshakes; });
        connect(&server, &QTcpServer::pendingConnectionAvailable, this, [&] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    if (!socket->readAll().contains("\r\n\r\n"))
                        return;
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 13\r\n"
                                  "Connection: close\r\n\r\n{\"tls\": true}");
                    socket->disconnectFromHost();
                });
            }
        });
        const QString url = u"https://127.0.0.1:%1/v3"_s.arg(server.serverPort());

        RestClient client;
        const RestReply untrusted = fetch(client, url);
        QCOMPARE(untrusted.failure, RestReply::Failure::Network);
        QVERIFY(!untrusted.detail.isEmpty());

        client.setTlsContext(u"conn-1"_s, dir.filePath(u"server.pem"_s));
        const RestReply trusted = fetch(client, url);
        QVERIFY2(trusted.ok(), qPrintable(trusted.error));
        QCOMPARE(trusted.json.object().value(u"tls"_s).toBool(), true);

        // An unusable CA file is named, and nothing is sent.
        const int before = handshakes;
        const QString missing = dir.filePath(u"missing.pem"_s);
        client.setTlsContext(u"conn-1"_s, missing);
        const RestReply noCa = fetch(client, url);
        QCOMPARE(noCa.failure, RestReply::Failure::Network);
        QVERIFY2(noCa.detail.contains(missing), qPrintable(noCa.detail));
        QTest::qWait(200);
        QCOMPARE(handshakes, before);
    }

    void hostileServersThroughBothClouds_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("openstackFailure");
        QTest::addColumn<QString>("openstackText");
        QTest::addColumn<int>("cloudstackFailure");
        QTest::addColumn<QString>("cloudstackText");
        using O = RestReply::Failure;
        using C = cloudstack::ApiResult::Failure;
        QTest::newRow("truncated JSON") << u"/cut"_s << int(O::BadJson) << u"malformed JSON in the response at byte"_s
                                        << int(C::Malformed) << u"malformed JSON response: "_s;
        QTest::newRow("HTML 502") << u"/html502"_s << int(O::Http) << u"Server error: 502 Bad Gateway nginx (HTTP 502)"_s
                                  << int(C::Http)
                                  << u"the server answered HTTP 502 without a CloudStack error: 502 Bad Gateway nginx"_s;
        QTest::newRow("512 MB") << u"/huge"_s << int(O::TooLarge) << u"the response is larger than 1 MiB"_s
                                << int(C::TooLarge) << u"exceeded the limit of 1 MiB"_s;
        QTest::newRow("endless") << u"/endless"_s << int(O::TooLarge) << u"the response is larger than 1 MiB"_s
                                 << int(C::TooLarge) << u"exceeded the limit of 1 MiB"_s;
        QTest::newRow("silent") << u"/silent"_s << int(O::Timeout) << u"no answer within 1 s"_s << int(C::Timeout)
                                << u"did not answer listZones within 1 s"_s;
        QTest::newRow("1 byte per 100 ms") << u"/slow"_s << int(O::Timeout) << u"no answer within 1 s"_s
                                           << int(C::Timeout) << u"did not answer listZones within 1 s"_s;
    }

    void hostileServersThroughBothClouds()
    {
        QFETCH(QString, path);
        QFETCH(int, openstackFailure);
        QFETCH(QString, openstackText);
        QFETCH(int, cloudstackFailure);
        QFETCH(QString, cloudstackText);
        HostileServer server;

        openstack::ApiClient nova;
        nova.setTimeoutMs(1000);
        nova.setMaxResponseBytes(MiB);
        const RestReply os = fetch(nova, server.url(path));
        QCOMPARE(int(os.failure), openstackFailure);
        QVERIFY2(os.error.contains(openstackText), qPrintable(os.error));

        cloudstack::ClientOptions options;
        options.requestTimeoutMs = 1000;
        options.maxResponseBytes = MiB;
        cloudstack::Client cs(QUrl(server.url(path)), u"key"_s, u"secret"_s, options);
        std::optional<cloudstack::ApiResult> result;
        cs.call(u"listZones"_s, {}, [&](const cloudstack::ApiResult &r) { result = r; });
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 20000));
        QCOMPARE(int(result->failure), cloudstackFailure);
        QVERIFY2(result->error.contains(cloudstackText), qPrintable(result->error));
        QVERIFY2(server.bytesStreamed < 128 * MiB, qPrintable(QString::number(server.bytesStreamed)));
    }
};

QTEST_GUILESS_MAIN(TestRestClient)
#include "tst_restclient.moc"
