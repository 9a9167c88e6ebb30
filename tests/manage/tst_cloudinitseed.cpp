// CloudInitSeed: the NoCloud seed ISO read back with isoinfo (genisoimage), as cloud-init's
// NoCloud datasource finds it: label "cidata", files user-data and meta-data (Rock Ridge names);
// and the input checks, each with its message.
#include "manage/CloudInitSeed.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace welkin;

namespace {

const QString key = u"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFakeKeyForWelkinTests0123456789abcdefghij alice@workstation"_s;

CloudInitSpec goodSpec()
{
    CloudInitSpec spec;
    spec.userName = u"alice"_s;
    spec.sshPublicKey = key;
    spec.hostName = u"web-01"_s;
    spec.extraUserData = u"#cloud-config\npackages:\n  - htop\nruncmd:\n  - [touch, /root/welkin-was-here]\n"_s;
    return spec;
}

// isoinfo's output, or a QFAIL-able message in *error.
QByteArray isoinfo(const QStringList &args, QString *error)
{
    QProcess p;
    p.start(u"isoinfo"_s, args);
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = u"isoinfo %1 failed: %2 %3"_s.arg(args.join(u' '), p.errorString(), QString::fromUtf8(p.readAllStandardError()));
        return {};
    }
    return p.readAllStandardOutput();
}

} // namespace

class TstCloudInitSeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isoReadsBack();
    void userDataContent();
    void freshInstanceIds();
    void badInput_data();
    void badInput();
    void keyOptionalWithExtraUserData();
};

void TstCloudInitSeed::isoReadsBack()
{
    const CloudInitSpec spec = goodSpec();
    const CloudInitSeed::Result seed = CloudInitSeed::build(spec);
    QVERIFY2(seed.error.isEmpty(), qPrintable(seed.error));
    QVERIFY(seed.iso.size() >= 32 * 1024); // system area + descriptors + files
    QCOMPARE(seed.iso.size() % 2048, 0);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"seed.iso"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(seed.iso), seed.iso.size());
    file.close();

    QString error;
    const QString header = QString::fromUtf8(isoinfo({u"-d"_s, u"-i"_s, path}, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(QRegularExpression(u"^Volume id: cidata\\s*$"_s, QRegularExpression::MultilineOption).match(header).hasMatch(),
             qPrintable(header));
    QVERIFY2(header.contains(u"Joliet"_s), qPrintable(header));
    QVERIFY2(header.contains(u"Rock Ridge"_s), qPrintable(header));

    // The names cloud-init looks for, through Rock Ridge (ISO 9660 level 1 would say USER_DAT).
    const QString listing = QString::fromUtf8(isoinfo({u"-R"_s, u"-f"_s, u"-i"_s, path}, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(listing.split(u'\n', Qt::SkipEmptyParts).contains(u"/user-data"_s), qPrintable(listing));
    QVERIFY2(listing.split(u'\n', Qt::SkipEmptyParts).contains(u"/meta-data"_s), qPrintable(listing));

    const QByteArray userData = isoinfo({u"-i"_s, path, u"-R"_s, u"-x"_s, u"/user-data"_s}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(userData, CloudInitSeed::userData(spec));
    QVERIFY(userData.contains(key.toUtf8()));
    QVERIFY(userData.contains("  - htop"));

    const QByteArray metaData = isoinfo({u"-i"_s, path, u"-R"_s, u"-x"_s, u"/meta-data"_s}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(metaData, (u"instance-id: "_s + seed.instanceId + u"\nlocal-hostname: web-01\n"_s).toUtf8());
}

void TstCloudInitSeed::userDataContent()
{
    const QString text = QString::fromUtf8(CloudInitSeed::userData(goodSpec()));
    QVERIFY(text.startsWith(u"#cloud-config\n"_s));
    QCOMPARE(text.count(u"#cloud-config"_s), 1); // the extra part's header is not repeated
    QVERIFY(text.contains(u"\nhostname: web-01\n"_s));
    QVERIFY(text.contains(u"\nusers:\n  - name: alice\n"_s));
    QVERIFY(text.contains(u"    sudo: \"ALL=(ALL) NOPASSWD:ALL\"\n"_s));
    QVERIFY(text.contains(u"    shell: /bin/bash\n"_s));
    QVERIFY(text.contains(u"    ssh_authorized_keys:\n      - \""_s + key + u"\"\n"_s));
    // The user's lines come after ours, at the top level.
    QVERIFY(text.indexOf(u"\npackages:\n  - htop\n"_s) > text.indexOf(u"ssh_authorized_keys"_s));
    QVERIFY(text.contains(u"\nruncmd:\n  - [touch, /root/welkin-was-here]\n"_s));

    // A key comment with quotes and backslashes stays one valid YAML string.
    CloudInitSpec odd = goodSpec();
    odd.sshPublicKey = u"ssh-rsa AAAAB3NzaC1yc2E= \"bob\" \\ laptop"_s;
    QVERIFY2(CloudInitSeed::validate(odd).isEmpty(), qPrintable(CloudInitSeed::validate(odd)));
    QVERIFY(QString::fromUtf8(CloudInitSeed::userData(odd)).contains(u"- \"ssh-rsa AAAAB3NzaC1yc2E= \\\"bob\\\" \\\\ laptop\""_s));
}

void TstCloudInitSeed::freshInstanceIds()
{
    const CloudInitSeed::Result a = CloudInitSeed::build(goodSpec());
    const CloudInitSeed::Result b = CloudInitSeed::build(goodSpec());
    QVERIFY(a.instanceId.startsWith(u"iid-"_s));
    QCOMPARE(a.instanceId.size(), 4 + 36);
    QVERIFY(a.instanceId != b.instanceId); // cloud-init runs again on every new seed
}

void TstCloudInitSeed::badInput_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty user") << u"user"_s << QString() << u"Enter a user name"_s;
    QTest::newRow("user with capitals") << u"user"_s << u"Alice"_s << u"The user name 'Alice' is not valid"_s;
    QTest::newRow("user with space") << u"user"_s << u"al ice"_s << u"The user name 'al ice' is not valid"_s;
    QTest::newRow("root") << u"user"_s << u"root"_s << u"cannot be 'root'"_s;
    QTest::newRow("empty host") << u"host"_s << QString() << u"Enter a host name"_s;
    QTest::newRow("host with underscore") << u"host"_s << u"web_01"_s << u"The host name 'web_01' is not valid"_s;
    QTest::newRow("host label with dash") << u"host"_s << u"-web.example"_s << u"is not valid"_s;
    QTest::newRow("key garbage") << u"key"_s << u"hello world"_s
                                 << u"The SSH public key does not look like one: expected \"ssh-ed25519 AAAA"_s;
    QTest::newRow("key without base64") << u"key"_s << u"ssh-ed25519 notbase64"_s << u"does not look like one"_s;
    QTest::newRow("private key") << u"key"_s << u"-----BEGIN OPENSSH PRIVATE KEY-----"_s << u"This is a private key"_s;
    QTest::newRow("two keys") << u"key"_s << (key + u'\n' + key) << u"exactly one SSH public key"_s;
    QTest::newRow("extra sets users") << u"extra"_s << u"users:\n  - name: bob\n"_s << u"sets 'users'"_s;
    QTest::newRow("extra sets hostname") << u"extra"_s << u"#cloud-config\nhostname: other\n"_s << u"sets 'hostname'"_s;
    QTest::newRow("extra not yaml") << u"extra"_s << u"packages: [htop\n"_s << u"not valid YAML"_s;
    QTest::newRow("extra a list") << u"extra"_s << u"- htop\n"_s << u"must be #cloud-config keys"_s;
}

void TstCloudInitSeed::badInput()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, message);
    CloudInitSpec spec = goodSpec();
    if (field == u"user"_s)
        spec.userName = value;
    else if (field == u"host"_s)
        spec.hostName = value;
    else if (field == u"key"_s)
        spec.sshPublicKey = value;
    else
        spec.extraUserData = value;
    const QString error = CloudInitSeed::validate(spec);
    QVERIFY2(error.contains(message), qPrintable(error));
    const CloudInitSeed::Result seed = CloudInitSeed::build(spec);
    QCOMPARE(seed.error, error);
    QVERIFY(seed.iso.isEmpty());
}

void TstCloudInitSeed::keyOptionalWithExtraUserData()
{
    CloudInitSpec spec = goodSpec();
    spec.sshPublicKey.clear();
    spec.extraUserData = u"chpasswd:\n  expire: false\n"_s;
    QVERIFY2(CloudInitSeed::validate(spec).isEmpty(), qPrintable(CloudInitSeed::validate(spec)));
    QVERIFY(!CloudInitSeed::userData(spec).contains("ssh_authorized_keys"));
    spec.extraUserData.clear();
    QVERIFY(CloudInitSeed::validate(spec).contains(u"Enter an SSH public key"_s));
}

QTEST_GUILESS_MAIN(TstCloudInitSeed)
#include "tst_cloudinitseed.moc"
