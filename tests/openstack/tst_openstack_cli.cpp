// `welkin --connect openstack:CLOUD --list --format json` against the loopback OpenStack, with
// OS_CLIENT_CONFIG_FILE pointing at a generated clouds.yaml.
#include "LoopbackCloud.h"
#include "WelkinProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace welkin::testing;
using namespace welkin::test;
using namespace Qt::StringLiterals;

namespace {

QJsonObject childOfKind(const QJsonObject &node, const QString &kind, const QString &name = {})
{
    for (const QJsonValue &child : node.value(u"children"_s).toArray()) {
        const QJsonObject o = child.toObject();
        if (o.value(u"kind"_s).toString() == kind && (name.isEmpty() || o.value(u"name"_s).toString() == name))
            return o;
    }
    return {};
}

} // namespace

class TestOpenStackCli : public QObject
{
    Q_OBJECT

    LoopbackCloud m_cloud;
    QTemporaryDir m_dir;

    WelkinRun welkin(const QStringList &arguments)
    {
        return runWelkin(QStringLiteral(WELKIN_BINARY), arguments,
                         {{u"OS_CLIENT_CONFIG_FILE"_s, m_dir.filePath(u"clouds.yaml"_s)}}, 120000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_cloud.load(error), qPrintable(error));
        QFile out(m_dir.filePath(u"clouds.yaml"_s));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(m_cloud.cloudsYaml());
    }

    void listJsonShowsRegionProjectAndServers()
    {
        CloudAdmin demo(m_cloud, u"demo"_s, u"demo"_s);
        QVERIFY2(demo.login(), qPrintable(demo.lastError()));
        const QString name = u"wk-cli-"_s + QString::number(QCoreApplication::applicationPid());
        QVERIFY2(!demo.createServers(name).isEmpty(), qPrintable(demo.lastError()));
        const QStringList ids = demo.serverIds(name);
        QCOMPARE(ids.size(), 1);

        const WelkinRun run = welkin({u"--connect"_s, u"openstack:demo"_s, u"--list"_s, u"--format"_s, u"json"_s});
        if (demo.waitForStatus(ids, u"ACTIVE"_s, 120000)) // a delete during BUILD may be lost
            demo.deleteServers(ids);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(run.out, &parseError);
        QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
        const QJsonArray providers = doc.object().value(u"providers"_s).toArray();
        QCOMPARE(providers.size(), 1);
        const QJsonObject provider = providers.first().toObject();
        QCOMPARE(provider.value(u"state"_s).toString(), u"connected"_s);
        const QJsonObject region = childOfKind(provider, u"region"_s, u"RegionOne"_s);
        QVERIFY(!region.isEmpty());
        const QJsonObject project = childOfKind(region, u"project"_s, u"demo"_s);
        QVERIFY(!project.isEmpty());
        const QJsonObject server = childOfKind(project, u"vm"_s, name);
        QVERIFY2(!server.isEmpty(), run.out.constData());
        QCOMPARE(server.value(u"uuid"_s).toString(), ids.first());
        QCOMPARE(server.value(u"vcpus"_s).toInt(), 1);
    }

    void wrongPasswordExitsNonZeroWithKeystonesText()
    {
        const WelkinRun run = welkin({u"--connect"_s, u"openstack:wrongpw"_s, u"--list"_s, u"--format"_s, u"json"_s});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains("The request you have made requires authentication."), run.err.constData());
        QVERIFY(run.err.contains("openstack:wrongpw"));
    }

    void unknownCloudExitsNonZero()
    {
        const WelkinRun run = welkin({u"--connect"_s, u"openstack:missing"_s, u"--list"_s});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains("no cloud \"missing\""), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestOpenStackCli)
#include "tst_openstack_cli.moc"
