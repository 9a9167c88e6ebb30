// `welkin --connect cloudstack+http://… --list` as a script would run it: the real binary, keys
// from the environment, the fake CloudStack on loopback.
#include "FakeCloudStackServer.h"
#include "WelkinProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using welkin::test::FakeCloudStackServer;
using welkin::test::WelkinRun;

namespace {

WelkinRun runWelkin(const QStringList &arguments, const QString &apiKey, const QString &secretKey)
{
    return welkin::test::runWelkin(QStringLiteral(WELKIN_BINARY), arguments,
                                   {{u"WELKIN_CLOUDSTACK_API_KEY"_s, apiKey}, {u"WELKIN_CLOUDSTACK_SECRET_KEY"_s, secretKey}});
}

void collect(const QJsonObject &node, QHash<QString, QStringList> &byKind)
{
    byKind[node.value(u"kind"_s).toString()].append(node.value(u"name"_s).toString());
    for (const QJsonValue &child : node.value(u"children"_s).toArray())
        collect(child.toObject(), byKind);
}

} // namespace

class TestCloudStackCli : public QObject
{
    Q_OBJECT

    FakeCloudStackServer m_server;

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = m_server.start({u"--vms"_s, u"5"_s});
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void listsZonesHostsAndVms()
    {
        const WelkinRun run = runWelkin({u"--connect"_s, m_server.uri(), u"--list"_s, u"--format"_s, u"json"_s},
                               QString::fromLatin1(FakeCloudStackServer::adminKey),
                               QString::fromLatin1(FakeCloudStackServer::adminSecret));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QString error;
        const QJsonArray providers = welkin::test::listedProviders(run.out, error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(providers.size(), 1);
        QCOMPARE(providers.first()[u"state"_s].toString(), u"connected"_s);
        QHash<QString, QStringList> byKind;
        collect(providers.first().toObject(), byKind);
        QCOMPARE(byKind.value(u"zone"_s), QStringList{u"zone-1"_s});
        QCOMPARE(byKind.value(u"host"_s).size(), 2);
        QCOMPARE(byKind.value(u"vm"_s).size(), 6);
        QVERIFY(byKind.value(u"vm"_s).contains(u"vm-0005"_s));
    }

    void wrongKeyExitsWithTheServersErrortext()
    {
        const WelkinRun run = runWelkin({u"--connect"_s, m_server.uri(), u"--list"_s, u"--format"_s, u"json"_s},
                               QString::fromLatin1(FakeCloudStackServer::adminKey), u"not-the-secret"_s);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("unable to verify user credentials and/or request signature"), run.err.constData());
        QVERIFY2(run.err.startsWith("welkin: cannot connect to cloudstack+http://127.0.0.1:"), run.err.constData());
    }

    void missingKeysAreAnAuthenticationError()
    {
        const WelkinRun run = runWelkin({u"--connect"_s, m_server.uri(), u"--list"_s}, {}, {});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("No API key and secret key"), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCloudStackCli)
#include "tst_cloudstack_cli.moc"
