// (No raw string literals in this file: moc 6.4 stops finding the class after them.)
// Connection profiles to and from JSON (never with secrets), atomically; virt-manager's saved
// connections read through a real gsettings with a schema compiled in the test.
#include "storage/ProfileExchange.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace welkin;
using namespace Qt::StringLiterals;

namespace {

ConnectionProfile profile(const QString &id, const QString &kind, const QString &uri)
{
    ConnectionProfile p;
    p.id = id;
    p.kind = kind;
    p.displayName = id + u" name"_s;
    p.uri = uri;
    p.options = {{u"region"_s, u"RegionOne"_s}, {u"password"_s, u"export-secret-1"_s},
                 {u"applicationCredentialSecret"_s, u"export-secret-2"_s}, {u"keepaliveInterval"_s, 9}};
    return p;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestProfileExchange : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonRoundTripWithoutSecrets()
    {
        const QList<ConnectionProfile> profiles = {
            profile(u"os"_s, u"openstack"_s, u"openstack+https://keystone:5000/v3"_s),
            profile(u"kvm"_s, u"libvirt"_s, u"qemu+ssh://root:uri-secret@kvm/system"_s)};
        const QByteArray json = profileexchange::toJson(profiles);
        QVERIFY(!json.contains("export-secret"));
        QVERIFY(!json.contains("uri-secret"));

        QList<ConnectionProfile> back;
        QString error;
        QVERIFY2(profileexchange::fromJson(json, &back, &error), qPrintable(error));
        QCOMPARE(back.size(), 2);
        QCOMPARE(back.at(0).id, u"os"_s);
        QCOMPARE(back.at(0).kind, u"openstack"_s);
        QCOMPARE(back.at(0).displayName, u"os name"_s);
        QCOMPARE(back.at(0).options.value(u"region"_s).toString(), u"RegionOne"_s);
        QCOMPARE(back.at(0).options.value(u"keepaliveInterval"_s).toInt(), 9);
        QVERIFY(!back.at(0).options.contains(u"password"_s));
        QCOMPARE(back.at(1).uri, u"qemu+ssh://root@kvm/system"_s);
    }

    void importFillsDefaultsAndDropsSecrets()
    {
        const QByteArray json = "{\"format\": \"welkin-connections\", \"version\": 1, \"connections\": [\n"
            "            {\"uri\": \"cloudstack+https://cs.example/client/api\", \"options\": {\"secretKey\": \"in-file-secret\"}},\n"
            "            {\"uri\": \"qemu:///system\"}]}";
        QList<ConnectionProfile> profiles;
        QString error;
        QVERIFY2(profileexchange::fromJson(json, &profiles, &error), qPrintable(error));
        QCOMPARE(profiles.size(), 2);
        QCOMPARE(profiles.at(0).id, u"cloudstack+https://cs.example/client/api"_s);
        QCOMPARE(profiles.at(0).kind, u"cloudstack"_s);
        QVERIFY(profiles.at(0).options.isEmpty());
        QCOMPARE(profiles.at(1).kind, u"libvirt"_s);
        QCOMPARE(profiles.at(1).displayName, u"qemu:///system"_s);
    }

    void badInputGivesSpecificErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{\"format\": ") << u"not valid JSON at offset"_s;
        QTest::newRow("other format") << QByteArray("{\"format\": \"clouds.yaml\"}") << u"not a Welkin connections file"_s;
        QTest::newRow("future version") << QByteArray("{\"format\": \"welkin-connections\", \"version\": 7}")
                                        << u"unsupported version 7"_s;
        QTest::newRow("no list") << QByteArray("{\"format\": \"welkin-connections\", \"version\": 1}")
                                 << u"\"connections\" is missing"_s;
        QTest::newRow("no uri") << QByteArray("{\"format\": \"welkin-connections\", \"version\": 1,\n"
            "                                                  \"connections\": [{\"uri\": \"qemu:///system\"}, {\"id\": \"x\"}]}")
                                << u"connection 2 has no \"uri\""_s;
    }

    void badInputGivesSpecificErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QList<ConnectionProfile> profiles{ConnectionProfile{}};
        QString error;
        QVERIFY(!profileexchange::fromJson(json, &profiles, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QCOMPARE(profiles.size(), 1); // untouched on failure
    }

    void fileExportIsAtomic()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"connections.json"_s);
        QString error;
        QVERIFY(profileexchange::exportToFile(path, {profile(u"a"_s, u"libvirt"_s, u"qemu:///system"_s)}, &error));
        const QByteArray first = readFile(path);
        QVERIFY(first.contains("qemu:///system"));
        QVERIFY(profileexchange::exportToFile(path, {profile(u"b"_s, u"libvirt"_s, u"test:///default"_s)}, &error));
        QVERIFY(readFile(path).contains("test:///default"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1); // no temporary left behind

        QList<ConnectionProfile> back;
        QVERIFY2(profileexchange::importFromFile(path, &back, &error), qPrintable(error));
        QCOMPARE(back.size(), 1);
        QVERIFY(!profileexchange::importFromFile(dir.filePath(u"missing.json"_s), &back, &error));
        QVERIFY2(error.contains(u"missing.json"_s), qPrintable(error));
        QVERIFY(!profileexchange::exportToFile(u"/proc/no/such/dir/x.json"_s, back, &error));
        QVERIFY2(error.contains(u"/proc/no/such/dir/x.json"_s), qPrintable(error));
    }

    void gvariantStringLists_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QStringList>("values");
        QTest::newRow("two") << u"['qemu:///system', 'qemu+ssh://root@kvm-1/system']\n"_s << true
                             << QStringList{u"qemu:///system"_s, u"qemu+ssh://root@kvm-1/system"_s};
        QTest::newRow("empty typed") << u"@as []"_s << true << QStringList{};
        QTest::newRow("empty") << u"[]"_s << true << QStringList{};
        QTest::newRow("escapes and double quotes")
            << u"[\"it's\", 'a\\'b', 'c\\\\d']"_s << true << QStringList{u"it's"_s, u"a'b"_s, u"c\\d"_s};
        QTest::newRow("not a list") << u"'qemu:///system'"_s << false << QStringList{};
        QTest::newRow("unterminated") << u"['qemu:///system]"_s << false << QStringList{};
        QTest::newRow("missing comma") << u"['a' 'b']"_s << false << QStringList{};
        QTest::newRow("bare word") << u"[qemu]"_s << false << QStringList{};
    }

    void gvariantStringLists()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QStringList, values);
        QStringList parsed;
        QString error;
        QCOMPARE(profileexchange::parseGVariantStringList(text, &parsed, &error), ok);
        if (ok)
            QCOMPARE(parsed, values);
        else
            QVERIFY(!error.isEmpty());
    }

    void virtManagerConnectionsThroughGsettings()
    {
        QVERIFY(VirtManagerImport::isAvailable());
        QTemporaryDir dir;
        QVERIFY(QFile::copy(QFINDTESTDATA("data/storage/org.virt-manager.virt-manager.gschema.xml"),
                            dir.filePath(u"org.virt-manager.virt-manager.gschema.xml"_s)));
        QProcess compile;
        compile.start(u"glib-compile-schemas"_s, {dir.path()});
        QVERIFY(compile.waitForFinished(30000));
        QCOMPARE(compile.exitCode(), 0);
        QVERIFY2(compile.readAllStandardError().isEmpty(), "glib-compile-schemas ignored the schema");
        // Only our schema, values from its defaults, nothing written to the user's dconf.
        qputenv("GSETTINGS_SCHEMA_DIR", dir.path().toLocal8Bit());
        qputenv("XDG_DATA_DIRS", dir.filePath(u"none"_s).toLocal8Bit());
        qputenv("GSETTINGS_BACKEND", "memory");

        VirtManagerImport import;
        QSignalSpy finished(&import, &VirtManagerImport::finished);
        import.start();
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().at(1).toString().isEmpty(), qPrintable(finished.first().at(1).toString()));
        const auto profiles = finished.first().at(0).value<QList<ConnectionProfile>>();
        QCOMPARE(profiles.size(), 3);
        QCOMPARE(profiles.at(0).uri, u"qemu:///system"_s);
        QCOMPARE(profiles.at(0).kind, u"libvirt"_s);
        QCOMPARE(profiles.at(1).id, u"qemu+ssh://admin@kvm-07.example/system"_s);
        QCOMPARE(profiles.at(1).displayName, u"kvm-07.example"_s);
        QCOMPARE(profiles.at(2).uri, u"xen+ssh://it's@xen/"_s);

        // Without virt-manager's schema: a clear error, no profiles.
        qputenv("GSETTINGS_SCHEMA_DIR", dir.filePath(u"none"_s).toLocal8Bit());
        VirtManagerImport missing;
        QSignalSpy failed(&missing, &VirtManagerImport::finished);
        missing.start();
        QVERIFY(failed.wait(30000));
        QVERIFY(failed.first().at(0).value<QList<ConnectionProfile>>().isEmpty());
        const QString error = failed.first().at(1).toString();
        QVERIFY2(error.contains(u"virt-manager"_s) && error.contains(u"schema"_s, Qt::CaseInsensitive), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestProfileExchange)
#include "tst_profileexchange.moc"
