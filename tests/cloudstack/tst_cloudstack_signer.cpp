// CloudStack request signing (the documented test vector, Java URLEncoder edge cases, expiring
// signatures) and response parsing (envelopes, errors, jobs, malformed input).
#include "providers/cloudstack/CloudStackMapper.h"
#include "providers/cloudstack/CloudStackResponse.h"
#include "providers/cloudstack/CloudStackSigner.h"

#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace welkin;
using namespace welkin::cloudstack;

class TestCloudStackSigner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void documentedTestVector()
    {
        const Params params{
            {u"apikey"_s, u"plgWJfZK4gyS3mOMTVmjUVg-X-jlWlnfaUJ9GAbBbf9EdM-kAYMmAiLqzzq1ElZLYq_u38zCm0bewzGUdP66mg"_s},
            {u"command"_s, u"listUsers"_s},
            {u"response"_s, u"json"_s}};
        const QByteArray toSign = stringToSign(params);
        QCOMPARE(toSign, QByteArray("apikey=plgwjfzk4gys3momtvmjuvg-x-jlwlnfauj9gabbbf9edm-kaymmailqzzq1elzlyq_u38zcm0bewzgudp66mg"
                                    "&command=listusers&response=json"));
        const QString secret = u"VDaACYb0LV9eNjTetIOElcVQkvJck_J_QljX_FcHRj87ZKiy0z0ty0ZsYBkoXkY9b7eq1EhwJaw7FF3akA3KBQ"_s;
        QCOMPARE(signature(toSign, secret), QByteArray("TTpdDq/7j/J58XCRHomKoQXEQds="));
        // The same through signedQuery, which adds apikey and response itself.
        const QByteArray query = signedQuery({{u"command"_s, u"listUsers"_s}}, params.first().second, secret);
        QVERIFY2(query.endsWith("&signature=TTpdDq%2F7j%2FJ58XCRHomKoQXEQds%3D"), query.constData());
    }

    void javaEncoding_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("space") << u"a b"_s << QByteArray("a%20b");
        QTest::newRow("tilde") << u"~"_s << QByteArray("%7E");
        QTest::newRow("star") << u"*"_s << QByteArray("*");
        QTest::newRow("unreserved") << u"Az09.-_"_s << QByteArray("Az09.-_");
        QTest::newRow("mixed (QUrl differs)") << u"a b~*"_s << QByteArray("a%20b%7E*");
        QTest::newRow("plus") << u"1+1"_s << QByteArray("1%2B1");
        QTest::newRow("reserved") << u"a=b&c/d?e"_s << QByteArray("a%3Db%26c%2Fd%3Fe");
        QTest::newRow("two-byte utf-8") << u"é"_s << QByteArray("%C3%A9");
        QTest::newRow("three-byte utf-8") << u"€"_s << QByteArray("%E2%82%AC");
        QTest::newRow("four-byte utf-8") << QString::fromUtf8("\xF0\x9F\x98\x80") << QByteArray("%F0%9F%98%80");
    }

    void javaEncoding()
    {
        QFETCH(QString, value);
        QFETCH(QByteArray, encoded);
        QCOMPARE(javaUrlEncode(value), encoded);
    }

    void stringToSignSortsNamesCaseSensitivelyAndLowerCasesEverything()
    {
        // Java's Collections.sort: "Z" < "a"; the encoded values are lower-cased too (%7E -> %7e).
        const QByteArray s = stringToSign({{u"name"_s, u"Web 01~"_s}, {u"Zeta"_s, u"X"_s}, {u"apikey"_s, u"K"_s}});
        QCOMPARE(s, QByteArray("zeta=x&apikey=k&name=web%2001%7e"));
    }

    void signedQueryCarriesTheValuesItSigned()
    {
        const QByteArray query = signedQuery({{u"command"_s, u"listVirtualMachines"_s}, {u"keyword"_s, u"a b~*é"_s}},
                                             u"key"_s, u"secret"_s);
        QVERIFY(query.contains("keyword=a%20b%7E*%C3%A9&"));
        QVERIFY(query.contains("apikey=key&"));
        QVERIFY(query.contains("response=json&"));
        // The signature on the wire decodes to the signature of exactly those parameters.
        const QUrlQuery parsed(QString::fromLatin1(query));
        Params params;
        for (const auto &[k, v] : parsed.queryItems(QUrl::FullyDecoded)) {
            if (k != u"signature"_s)
                params.append({k, v});
        }
        QCOMPARE(params.size(), 4);
        QCOMPARE(parsed.queryItemValue(u"signature"_s, QUrl::FullyDecoded).toLatin1(),
                 signature(stringToSign(params), u"secret"_s));
    }

    void expiringSignature()
    {
        const QDateTime when(QDate(2026, 11, 26), QTime(12, 0, 5), Qt::UTC);
        QCOMPARE(expiresText(when), u"2026-11-26T12:00:05+0000"_s);
        const QByteArray query = signedQuery({{u"command"_s, u"listZones"_s}}, u"k"_s, u"s"_s, when);
        QVERIFY(query.contains("signatureversion=3&"));
        QVERIFY(query.contains("expires=2026-11-26T12%3A00%3A05%2B0000&"));
        // Without a time there is no version 3.
        QVERIFY(!signedQuery({{u"command"_s, u"listZones"_s}}, u"k"_s, u"s"_s).contains("signatureversion"));
    }

    void errorEnvelopeBecomesAClearMessage()
    {
        const ApiResult r = parseResponse(
            R"({"startvirtualmachineresponse":{"uuidList":[],"errorcode":431,"cserrorcode":4350,"errortext":"Invalid parameter id"}})",
            431);
        QCOMPARE(r.failure, ApiResult::Failure::Api);
        QCOMPARE(r.errorCode, 431);
        QCOMPARE(r.csErrorCode, 4350);
        QCOMPARE(r.serverText, u"Invalid parameter id"_s);
        QVERIFY2(r.error.contains(u"Invalid parameter id"_s) && r.error.contains(u"431"_s), qPrintable(r.error));
    }

    void unauthorizedIsAnAuthFailure()
    {
        const ApiResult r = parseResponse(
            R"({"listzonesresponse":{"uuidList":[],"errorcode":401,"errortext":"unable to verify user credentials and/or request signature"}})",
            401);
        QCOMPARE(r.failure, ApiResult::Failure::Auth);
        QVERIFY(r.error.startsWith(u"unable to verify user credentials and/or request signature"_s));
        QCOMPARE(parseResponse("", 401).failure, ApiResult::Failure::Auth);
    }

    void rateLimitIsRecognised()
    {
        const ApiResult r = parseResponse(R"({"listzonesresponse":{"errorcode":429,"errortext":"limit"}})", 429);
        QCOMPARE(r.failure, ApiResult::Failure::RateLimited);
    }

    void malformedInputGivesSpecificErrors()
    {
        ApiResult r = parseResponse("<html>Bad gateway</html>", 200);
        QCOMPARE(r.failure, ApiResult::Failure::Malformed);
        QVERIFY2(r.error.contains(u"malformed JSON"_s) && r.error.contains(u"HTML"_s), qPrintable(r.error));
        r = parseResponse(R"({"listzonesresponse":{"count":1,)", 200);
        QCOMPARE(r.failure, ApiResult::Failure::Malformed);
        QVERIFY2(r.error.contains(u"malformed JSON"_s) && r.error.contains(u"at byte"_s), qPrintable(r.error));
        r = parseResponse("", 200);
        QVERIFY2(r.error.contains(u"empty"_s), qPrintable(r.error));
        r = parseResponse("[1,2]", 200);
        QVERIFY2(r.error.contains(u"not an object"_s), qPrintable(r.error));
        r = parseResponse(R"({"a":{},"b":{}})", 200);
        QVERIFY2(r.error.contains(u"a, b"_s), qPrintable(r.error));
        r = parseResponse(R"({"listzonesresponse":[]})", 200);
        QCOMPARE(r.failure, ApiResult::Failure::Malformed);
        r = parseResponse("Service Unavailable", 503);
        QCOMPARE(r.failure, ApiResult::Failure::Http);
        QVERIFY(r.error.contains(u"503"_s));
    }

    void emptyListHasNoCount()
    {
        const ApiResult r = parseResponse(R"({"listvirtualmachinesresponse":{}})", 200);
        QVERIFY(r.ok());
        QVERIFY(listItems(r.body, u"virtualmachine"_s).isEmpty());
    }

    void anyEnvelopeNameIsAccepted()
    {
        const ApiResult r = parseResponse(R"({"prepareprimarystorageformaintenanceresponse":{"jobid":"j1"}})", 200);
        QVERIFY(r.ok());
        QCOMPARE(r.body.value(u"jobid"_s).toString(), u"j1"_s);
    }

    void jobStates()
    {
        JobStatus status;
        QString error;
        QVERIFY(parseJob(QJsonObject{{u"jobid"_s, u"j"_s}}, status, error));
        QCOMPARE(status.state, JobStatus::State::Pending);
        QVERIFY(parseJob(QJsonObject{{u"jobid"_s, u"j"_s}, {u"jobstatus"_s, 0}, {u"jobprocstatus"_s, 40}}, status, error));
        QCOMPARE(status.state, JobStatus::State::Pending);
        QCOMPARE(status.progress, 40);
        QVERIFY(parseJob(QJsonObject{{u"jobstatus"_s, 1}, {u"jobresult"_s, QJsonObject{{u"success"_s, true}}}}, status, error));
        QCOMPARE(status.state, JobStatus::State::Succeeded);
        QVERIFY(parseJob(QJsonObject{{u"jobstatus"_s, 2},
                                     {u"jobresult"_s, QJsonObject{{u"errorcode"_s, 530}, {u"errortext"_s, u"No capacity"_s}}}},
                         status, error));
        QCOMPARE(status.state, JobStatus::State::Failed);
        QVERIFY2(status.error.startsWith(u"No capacity"_s), qPrintable(status.error));
        QVERIFY(!parseJob(QJsonObject{{u"jobstatus"_s, 7}, {u"jobid"_s, u"j"_s}}, status, error));
        QVERIFY(error.contains(u"7"_s));
        QVERIFY(!parseJob(QJsonObject{{u"success"_s, true}}, status, error));
        QVERIFY(error.contains(u"jobid"_s));
    }

    void powerStates()
    {
        QCOMPARE(Mapper::powerState(u"Running"_s), PowerState::Running);
        QCOMPARE(Mapper::powerState(u"Stopped"_s), PowerState::ShutOff);
        QCOMPARE(Mapper::powerState(u"Starting"_s), PowerState::Building);
        QCOMPARE(Mapper::powerState(u"Stopping"_s), PowerState::ShuttingDown);
        QCOMPARE(Mapper::powerState(u"Destroyed"_s), PowerState::ShutOff);
        QCOMPARE(Mapper::powerState(u"Expunging"_s), PowerState::ShuttingDown);
        QCOMPARE(Mapper::powerState(u"Migrating"_s), PowerState::Migrating);
        QCOMPARE(Mapper::powerState(u"Error"_s), PowerState::Error);
        QCOMPARE(Mapper::powerState(u"Weird"_s), PowerState::Unknown);
    }

    void timesAndPercentages()
    {
        const QDateTime t = Mapper::parseTime(u"2011-03-10T18:20:25-0800"_s);
        QVERIFY(t.isValid());
        QCOMPARE(t.toUTC(), QDateTime(QDate(2011, 3, 11), QTime(2, 20, 25), Qt::UTC));
        QVERIFY(!Mapper::parseTime(u"yesterday"_s).isValid());
        QCOMPARE(Mapper::percent(QJsonValue(u"12.5%"_s)), 12.5);
        QCOMPARE(Mapper::percent(QJsonValue(7)), 7.0);
        QVERIFY(std::isnan(Mapper::percent(QJsonValue(u"n/a"_s))));
    }
};

QTEST_GUILESS_MAIN(TestCloudStackSigner)
#include "tst_cloudstack_signer.moc"
