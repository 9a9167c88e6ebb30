// Expiring signatures against the fake CloudStack (tests/cloudstack/fake_cloudstack.py, which
// records what it receives): every request carries signatureVersion=3 and an expires a few
// minutes ahead; commands that change something go as a form POST; a request replayed after its
// expiry is refused with CloudStack's own 401; a server that refuses expiring signatures gets an
// unexpiring one, and only unexpiring ones from then on; a wrong key is not taken for such a
// server; a server enforcing timestamps takes the default lifetime and refuses the rest.
#include "CloudStackTestSupport.h"
#include "FakeCloudStackServer.h"
#include "providers/cloudstack/CloudStackClient.h"
#include "providers/cloudstack/CloudStackProvider.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace welkin;
using namespace welkin::cloudstack;
using welkin::test::FakeCloudStackServer;

namespace {

const QString badSignature = u"unable to verify user credentials and/or request signature"_s;

struct Recorded {
    QString method;
    QUrlQuery query; // the query string, or the form body of a POST
    QString rawQuery;
    QString rawBody;
};

// What the server received, oldest first.
QList<Recorded> recorded(const QString &file)
{
    QList<Recorded> out;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    while (!f.atEnd()) {
        const QJsonObject line = QJsonDocument::fromJson(f.readLine()).object();
        Recorded r;
        r.method = line.value(u"method"_s).toString();
        r.rawQuery = line.value(u"query"_s).toString();
        r.rawBody = line.value(u"body"_s).toString();
        r.query = QUrlQuery(r.method == u"POST"_s ? r.rawBody : r.rawQuery);
        out.append(r);
    }
    return out;
}

ApiResult callAndWait(Client &client, const QString &command, const Params &params = {})
{
    ApiResult out;
    bool done = false;
    client.call(command, params, [&](const ApiResult &r) {
        out = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        out = ApiResult::failed(ApiResult::Failure::Timeout, u"the test timed out"_s);
    return out;
}

// The server's answer to exactly these bytes: HTTP status and the envelope's content.
std::pair<int, QJsonObject> replay(const QString &endpoint, const QString &rawQuery)
{
    QNetworkAccessManager network;
    QUrl url(endpoint);
    url.setQuery(rawQuery, QUrl::StrictMode);
    std::unique_ptr<QNetworkReply> reply(network.get(QNetworkRequest(url)));
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 10000))
        return {0, {}};
    const QJsonObject top = QJsonDocument::fromJson(reply->readAll()).object();
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            top.isEmpty() ? QJsonObject() : top.begin()->toObject()};
}

// "2026-12-07T01:50:00+0000", the form the server parses; invalid otherwise.
QDateTime expiresOf(const Recorded &r)
{
    const QString text = r.query.queryItemValue(u"expires"_s, QUrl::FullyDecoded);
    if (text.size() != 24 || !text.endsWith(u"+0000"_s))
        return {};
    QDateTime when = QDateTime::fromString(text.left(19), u"yyyy-MM-ddTHH:mm:ss"_s);
    when.setTimeZone(QTimeZone::utc());
    return when;
}

} // namespace

class TestCloudStackSignatures : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString recordFile(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    static std::unique_ptr<Client> adminClient(const FakeCloudStackServer &server, ClientOptions options = {},
                                               const QString &secret = QString::fromLatin1(FakeCloudStackServer::adminSecret))
    {
        return std::make_unique<Client>(QUrl(server.httpUrl()), QString::fromLatin1(FakeCloudStackServer::adminKey),
                                        secret, options);
    }

private Q_SLOTS:
    void requestsCarryAnExpiringSignature()
    {
        FakeCloudStackServer server;
        const QString log = recordFile("plain.jsonl");
        QVERIFY(server.start({u"--record"_s, log, u"--job-seconds"_s, u"0.1"_s}).isEmpty());
        auto client = adminClient(server);
        QCOMPARE(client->options().signatureLifetimeS, 300); // the default

        const QDateTime before = QDateTime::currentDateTimeUtc();
        const ApiResult list = callAndWait(*client, u"listVirtualMachines"_s, {{u"state"_s, u"Running"_s}});
        QVERIFY2(list.ok(), qPrintable(list.error));
        QList<Recorded> seen = recorded(log);
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen[0].method, u"GET"_s);
        QCOMPARE(seen[0].query.queryItemValue(u"signatureversion"_s), u"3"_s);
        const QDateTime expires = expiresOf(seen[0]);
        QVERIFY2(expires.isValid(), qPrintable(seen[0].rawQuery));
        // A few minutes ahead, not hours: whole seconds, so allow one either side.
        QVERIFY2(expires >= before.addSecs(299) && expires <= QDateTime::currentDateTimeUtc().addSecs(301),
                 qPrintable(expires.toString(Qt::ISODate)));

        // A command that changes something goes as a form POST: nothing in the URL.
        const QString vm = list.body.value(u"virtualmachine"_s).toArray().first()[u"id"_s].toString();
        const ApiResult stop = callAndWait(*client, u"stopVirtualMachine"_s, {{u"id"_s, vm}});
        QVERIFY2(stop.ok(), qPrintable(stop.error));
        seen = recorded(log);
        QCOMPARE(seen.size(), 2);
        QCOMPARE(seen[1].method, u"POST"_s);
        QVERIFY2(seen[1].rawQuery.isEmpty(), qPrintable(seen[1].rawQuery));
        QCOMPARE(seen[1].query.queryItemValue(u"command"_s), u"stopVirtualMachine"_s);
        QCOMPARE(seen[1].query.queryItemValue(u"signatureversion"_s), u"3"_s);
        QVERIFY(!seen[1].query.queryItemValue(u"signature"_s).isEmpty());
        QVERIFY(expiresOf(seen[1]) > QDateTime::currentDateTimeUtc().addSecs(240));
        QVERIFY(!client->signsWithoutExpiry());
        QVERIFY(!Client::sendsAsPost(u"queryAsyncJobResult"_s) && Client::sendsAsPost(u"createVMSnapshot"_s));
    }

    void replayAfterExpiryIsRefused()
    {
        FakeCloudStackServer server;
        const QString log = recordFile("replay.jsonl");
        QVERIFY(server.start({u"--record"_s, log}).isEmpty());
        ClientOptions options;
        options.signatureLifetimeS = 2;
        auto client = adminClient(server, options);
        QVERIFY(callAndWait(*client, u"listZones"_s).ok());
        const QList<Recorded> seen = recorded(log);
        QCOMPARE(seen.size(), 1);
        const QDateTime expires = expiresOf(seen[0]);
        QVERIFY(expires.isValid());

        // The same bytes again, while the signature lives: accepted, as any copy would be.
        QCOMPARE(replay(server.httpUrl(), seen[0].rawQuery).first, 200);
        // After its expiry: refused, with what CloudStack answers for every refused signature.
        QTest::qWait(int(QDateTime::currentDateTimeUtc().msecsTo(expires)) + 1200);
        const auto [status, envelope] = replay(server.httpUrl(), seen[0].rawQuery);
        QCOMPARE(status, 401);
        QCOMPARE(envelope.value(u"errorcode"_s).toInt(), 401);
        QCOMPARE(envelope.value(u"errortext"_s).toString(), badSignature);
        // The client itself signs afresh and goes on working.
        QVERIFY(callAndWait(*client, u"listZones"_s).ok());
    }

    void oldServerGetsUnexpiringSignaturesFromThenOn()
    {
        FakeCloudStackServer server;
        const QString log = recordFile("old.jsonl");
        QVERIFY(server.start({u"--record"_s, log, u"--refuse-signature-v3"_s}).isEmpty());
        auto client = adminClient(server);
        const ApiResult first = callAndWait(*client, u"listZones"_s);
        QVERIFY2(first.ok(), qPrintable(first.error));
        QVERIFY(client->signsWithoutExpiry());
        QList<Recorded> seen = recorded(log);
        QCOMPARE(seen.size(), 2);
        QCOMPARE(seen[0].query.queryItemValue(u"signatureversion"_s), u"3"_s); // refused
        QVERIFY(!seen[1].query.hasQueryItem(u"signatureversion"_s));
        QVERIFY(!seen[1].query.hasQueryItem(u"expires"_s));

        QVERIFY(callAndWait(*client, u"listPods"_s).ok());
        QVERIFY(callAndWait(*client, u"listClusters"_s).ok());
        QCOMPARE(client->requestsSent(), 4); // no second try of the expiring kind
        seen = recorded(log);
        QCOMPARE(seen.size(), 4);
        QVERIFY(!seen[2].query.hasQueryItem(u"signatureversion"_s) && !seen[3].query.hasQueryItem(u"signatureversion"_s));
    }

    void oldServerThroughTheProvider()
    {
        FakeCloudStackServer server;
        QVERIFY(server.start({u"--refuse-signature-v3"_s}).isEmpty());
        ConnectionProfile p;
        p.id = u"cs-old"_s;
        p.kind = u"cloudstack"_s;
        p.uri = server.uri();
        p.displayName = u"Old cloud"_s;
        p.options = {{u"pollIntervalMs"_s, 600000},
                     {u"apiKey"_s, QString::fromLatin1(FakeCloudStackServer::adminKey)},
                     {u"secretKey"_s, QString::fromLatin1(FakeCloudStackServer::adminSecret)}};
        CloudStackProvider provider(p);
        QVERIFY(welkin::test::loadProvider(provider));
        QCOMPARE(provider.state(), ProviderState::Connected);
        QVERIFY(provider.client()->signsWithoutExpiry());
    }

    void wrongKeyIsNotTakenForAnOldServer()
    {
        FakeCloudStackServer server;
        const QString log = recordFile("wrong.jsonl");
        QVERIFY(server.start({u"--record"_s, log}).isEmpty());
        auto client = adminClient(server, {}, u"not-the-secret"_s);
        const ApiResult r = callAndWait(*client, u"listZones"_s);
        QCOMPARE(r.failure, ApiResult::Failure::Auth);
        QCOMPARE(r.errorCode, 401);
        QCOMPARE(r.serverText, badSignature);
        QCOMPARE(client->requestsSent(), 2); // expiring, then unexpiring: both refused
        QVERIFY(!client->signsWithoutExpiry());
        QVERIFY(callAndWait(*client, u"listZones"_s).failure == ApiResult::Failure::Auth);
        const QList<Recorded> seen = recorded(log);
        QCOMPARE(seen.size(), 4);
        QCOMPARE(seen[2].query.queryItemValue(u"signatureversion"_s), u"3"_s); // still tries expiring first
    }

    void refusalAfterAcceptedExpiringSignatureIsNotRetried()
    {
        FakeCloudStackServer server;
        QVERIFY(server.start().isEmpty());
        auto user = std::make_unique<Client>(QUrl(server.httpUrl()), QString::fromLatin1(FakeCloudStackServer::userKey),
                                             QString::fromLatin1(FakeCloudStackServer::userSecret));
        QVERIFY(callAndWait(*user, u"listZones"_s).ok());
        // An admin command refused to a plain user is about the command, not the signature.
        const ApiResult refused = callAndWait(*user, u"listPods"_s);
        QCOMPARE(refused.failure, ApiResult::Failure::Auth);
        QCOMPARE(user->requestsSent(), 2);
        QVERIFY(!user->signsWithoutExpiry());
    }

    void serverEnforcingTimestamps()
    {
        FakeCloudStackServer server;
        QVERIFY(server.start({u"--enforce-timestamps"_s}).isEmpty());
        QVERIFY(callAndWait(*adminClient(server), u"listZones"_s).ok()); // 300 s is inside 15 min
        ClientOptions longLived;
        longLived.signatureLifetimeS = 86400; // clamped to 900
        auto clamped = adminClient(server, longLived);
        QCOMPARE(clamped->options().signatureLifetimeS, 900);
        QVERIFY(callAndWait(*clamped, u"listZones"_s).ok());
        ClientOptions unexpiring;
        unexpiring.signatureLifetimeS = 0;
        const ApiResult r = callAndWait(*adminClient(server, unexpiring), u"listZones"_s);
        QCOMPARE(r.failure, ApiResult::Failure::Auth);
        // Hand-signed, an hour ahead: more than the server allows.
        const QByteArray query = signedQuery({{u"command"_s, u"listZones"_s}},
                                             QString::fromLatin1(FakeCloudStackServer::adminKey),
                                             QString::fromLatin1(FakeCloudStackServer::adminSecret),
                                             QDateTime::currentDateTimeUtc().addSecs(3600));
        QCOMPARE(replay(server.httpUrl(), QString::fromLatin1(query)).first, 401);
    }
};

QTEST_GUILESS_MAIN(TestCloudStackSignatures)
#include "tst_cloudstack_signatures.moc"
