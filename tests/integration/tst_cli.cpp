// The headless command line as a script would use it: the real binary, real libvirt test driver.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "WelkinProcess.h"

using namespace Qt::StringLiterals;

namespace {

using Run = welkin::test::WelkinRun;

// No terminal: credential prompts are cancelled, not awaited.
Run runWelkin(const QStringList &arguments)
{
    return welkin::test::runWelkin(QStringLiteral(WELKIN_BINARY), arguments);
}

QList<QJsonObject> vmsIn(const QJsonObject &node)
{
    QList<QJsonObject> vms;
    if (node.value(u"kind"_s).toString() == u"vm"_s)
        vms.append(node);
    for (const QJsonValue &child : node.value(u"children"_s).toArray())
        vms.append(vmsIn(child.toObject()));
    return vms;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listJsonShowsTheTestDomain()
    {
        const Run run = runWelkin({u"--connect"_s, u"test:///default"_s, u"--list"_s, u"--format"_s, u"json"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonArray providers = doc.object().value(u"providers"_s).toArray();
        QCOMPARE(providers.size(), 1);
        const QJsonObject provider = providers.first().toObject();
        QCOMPARE(provider.value(u"state"_s).toString(), u"connected"_s);
        const QList<QJsonObject> vms = vmsIn(provider);
        QCOMPARE(vms.size(), 1);
        QCOMPARE(vms.first().value(u"name"_s).toString(), u"test"_s);
        QCOMPARE(vms.first().value(u"state"_s).toString(), u"running"_s);
        QCOMPARE(vms.first().value(u"uuid"_s).toString().size(), 36);
        QVERIFY(vms.first().value(u"vcpus"_s).toInt() > 0);
    }

    void listTableHasOneLinePerVm()
    {
        const Run run = runWelkin({u"-c"_s, u"test:///default"_s, u"--list"_s});
        QCOMPARE(run.exitCode, 0);
        const QString out = QString::fromUtf8(run.out);
        QVERIFY(out.contains(u"NAME"_s));
        QVERIFY(out.contains(u"[connected]"_s));
        const QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
        const auto vmLine = std::find_if(lines.cbegin(), lines.cend(), [](const QString &l) {
            return l.trimmed().startsWith(u"test "_s);
        });
        QVERIFY(vmLine != lines.cend());
        QVERIFY(vmLine->contains(u"running"_s));
    }

    void badUriFailsClearly()
    {
        const Run run = runWelkin({u"--connect"_s, u"nosuchdriver:///nowhere"_s, u"--list"_s, u"--format"_s, u"json"_s});
        QCOMPARE(run.exitCode, 1);
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.contains(u"nosuchdriver:///nowhere"_s), run.err.constData());
        QVERIFY2(err.startsWith(u"welkin: cannot connect"_s), run.err.constData());
    }

    void oneBadUriAmongGoodOnesStillListsTheGoodOnes()
    {
        const Run run = runWelkin({u"-c"_s, u"test:///default"_s, u"-c"_s, u"nosuchdriver:///x"_s, u"--list"_s,
                                u"--format"_s, u"json"_s});
        QCOMPARE(run.exitCode, 1);
        const QJsonArray providers = QJsonDocument::fromJson(run.out).object().value(u"providers"_s).toArray();
        QCOMPARE(providers.size(), 2);
        QCOMPARE(vmsIn(providers.at(0).toObject()).size(), 1);
    }

    void usageErrorsExitWithTwo()
    {
        QCOMPARE(runWelkin({u"-c"_s, u"test:///default"_s, u"--list"_s, u"--format"_s, u"xml"_s}).exitCode, 2);
        QCOMPARE(runWelkin({u"-c"_s, u"test:///default"_s, u"--list"_s, u"--timeout"_s, u"soon"_s}).exitCode, 2);
    }

    void versionAndHelpNeedNoDisplay()
    {
        const Run version = runWelkin({u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("welkin "));
        const Run help = runWelkin({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--connect"));
        QVERIFY(help.out.contains("--list"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
