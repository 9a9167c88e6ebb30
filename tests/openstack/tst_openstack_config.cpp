// clouds.yaml / secure.yaml: parsing, merging, search order, malformed input.
#include "providers/openstack/CloudsYaml.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace welkin::openstack;
using namespace Qt::StringLiterals;

namespace {
void write(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

const QByteArray twoClouds = R"(
clouds:
  lab:
    auth:
      auth_url: http://127.0.0.1:5000/v3
      username: admin
      project_name: admin
      user_domain_name: Default
      project_domain_name: Default
    region_name: RegionOne
    interface: internal
    verify: false
  horizon-appcred:
    auth_type: "v3applicationcredential"
    auth:
      auth_url: https://cloud.example.org:5000
      application_credential_id: "0123abcd"
      application_credential_secret: "s3cr3t"
    regions:
      - RegionOne
      - name: RegionTwo
        values: {}
    identity_api_version: 3
)";
} // namespace

class TestOpenStackConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passwordCloud()
    {
        const auto result = CloudsYaml::parse(twoClouds, {}, u"lab"_s);
        QVERIFY2(result.config, qPrintable(result.error));
        const CloudConfig &c = *result.config;
        QCOMPARE(c.authUrl, u"http://127.0.0.1:5000/v3"_s);
        QCOMPARE(c.authType, u"password"_s);
        QCOMPARE(c.username, u"admin"_s);
        QCOMPARE(c.projectDomainName, u"Default"_s);
        QCOMPARE(c.regions, QStringList{u"RegionOne"_s});
        QCOMPARE(c.interface, u"internal"_s);
        QVERIFY(!c.verifyTls);
        QVERIFY(!c.hasSecret()); // the password will be asked for
    }

    void applicationCredentialCloud()
    {
        const auto result = CloudsYaml::parse(twoClouds, {}, u"horizon-appcred"_s);
        QVERIFY2(result.config, qPrintable(result.error));
        QVERIFY(result.config->usesApplicationCredential());
        QCOMPARE(result.config->applicationCredentialId, u"0123abcd"_s);
        QVERIFY(result.config->hasSecret());
        QCOMPARE(result.config->regions, (QStringList{u"RegionOne"_s, u"RegionTwo"_s}));
        QCOMPARE(result.config->interface, u"public"_s);
    }

    void secureYamlIsMergedOver()
    {
        const QByteArray secure = "clouds:\n  lab:\n    auth:\n      password: fromsecure\n    region_name: RegionTwo\n";
        const auto result = CloudsYaml::parse(twoClouds, secure, u"lab"_s);
        QVERIFY2(result.config, qPrintable(result.error));
        QCOMPARE(result.config->password, u"fromsecure"_s);
        QCOMPARE(result.config->username, u"admin"_s); // kept from clouds.yaml
        QVERIFY(result.config->regions.contains(u"RegionTwo"_s));
        QVERIFY(result.config->hasSecret());
    }

    void unknownCloudNamesTheKnownOnes()
    {
        const auto result = CloudsYaml::parse(twoClouds, {}, u"nope"_s, u"/x/clouds.yaml"_s);
        QVERIFY(!result.config);
        QVERIFY2(result.error.contains(u"no cloud \"nope\""_s) && result.error.contains(u"lab"_s), qPrintable(result.error));
    }

    void malformedYamlGivesLineAndColumn()
    {
        const auto result = CloudsYaml::parse("clouds:\n  lab:\n    auth: [unclosed\n", {}, u"lab"_s, u"/x/clouds.yaml"_s);
        QVERIFY(!result.config);
        QVERIFY2(result.error.contains(u"malformed YAML"_s) && result.error.contains(u"line"_s), qPrintable(result.error));
        const auto notMap = CloudsYaml::parse("- just\n- a list\n", {}, u"lab"_s);
        QVERIFY(!notMap.config);
        QVERIFY(notMap.error.contains(u"mapping"_s));
    }

    // A key given twice is read two ways by YAML libraries (first or last wins): the import list
    // showed one cloud while the config came from the other. Both now refuse the file.
    void duplicateKeysRefusedByListAndParse()
    {
        const QByteArray twice = "clouds:\n  lab:\n    auth: {auth_url: 'http://a:5000'}\n"
                                 "clouds:\n  devstack:\n    auth: {auth_url: 'http://b:5000'}\n";
        QString error;
        QVERIFY(CloudsYaml::cloudNames(twice, u"/x/clouds.yaml"_s, &error).isEmpty());
        QVERIFY2(error.contains(u"duplicate key \"clouds\""_s) && error.contains(u"line 4"_s)
                     && error.contains(u"/x/clouds.yaml"_s), qPrintable(error));
        const auto result = CloudsYaml::parse(twice, {}, u"devstack"_s, u"/x/clouds.yaml"_s);
        QVERIFY(!result.config);
        QVERIFY2(result.error.contains(u"duplicate key"_s), qPrintable(result.error));

        const QByteArray nested = "clouds:\n  lab:\n    auth:\n      auth_url: http://a\n      auth_url: http://b\n";
        QVERIFY(!CloudsYaml::parse(nested, {}, u"lab"_s).config);
        error.clear();
        QVERIFY(CloudsYaml::cloudNames(nested, u"c.yaml"_s, &error).isEmpty());
        QVERIFY2(error.contains(u"duplicate key \"auth_url\""_s), qPrintable(error));
    }

    void cloudNamesInFileOrder()
    {
        QString error;
        const QStringList names = CloudsYaml::cloudNames("clouds:\n  zeta: {}\n  alpha: {}\n  mid: {}\n", u"c.yaml"_s, &error);
        QCOMPARE(names, QStringList({u"zeta"_s, u"alpha"_s, u"mid"_s}));
        QVERIFY(error.isEmpty());
        QVERIFY(CloudsYaml::cloudNames("other: 1\n", u"c.yaml"_s, &error).isEmpty());
        QVERIFY2(error.contains(u"no \"clouds:\" mapping"_s), qPrintable(error));
    }

    void incompleteEntries()
    {
        const auto noUrl = CloudsYaml::parse("clouds:\n  a:\n    auth:\n      username: x\n", {}, u"a"_s);
        QVERIFY(!noUrl.config);
        QVERIFY(noUrl.error.contains(u"auth_url"_s));
        const auto badType = CloudsYaml::parse("clouds:\n  a:\n    auth_type: v3oidcpassword\n    auth:\n      auth_url: http://x\n",
                                               {}, u"a"_s);
        QVERIFY(!badType.config);
        QVERIFY(badType.error.contains(u"auth_type"_s));
    }

    void searchOrder()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString cwd = dir.filePath(u"cwd"_s), xdg = dir.filePath(u"xdg"_s), env = dir.filePath(u"env/mine.yaml"_s);
        QDir().mkpath(cwd);
        write(xdg + u"/openstack/clouds.yaml"_s, "clouds:\n  c:\n    auth: {auth_url: http://xdg, username: u}\n");
        write(xdg + u"/openstack/secure.yaml"_s, "clouds:\n  c:\n    auth: {password: pw}\n");
        const QString oldCwd = QDir::currentPath();
        QDir::setCurrent(cwd);
        qputenv("XDG_CONFIG_HOME", xdg.toLocal8Bit());
        qunsetenv("OS_CLIENT_CONFIG_FILE");
        auto loaded = CloudsYaml::load(u"c"_s);
        QVERIFY2(loaded.config, qPrintable(loaded.error));
        QCOMPARE(loaded.config->authUrl, u"http://xdg"_s);
        QCOMPARE(loaded.config->password, u"pw"_s);

        write(cwd + u"/clouds.yaml"_s, "clouds:\n  c:\n    auth: {auth_url: http://cwd, username: u}\n");
        loaded = CloudsYaml::load(u"c"_s);
        QCOMPARE(loaded.config->authUrl, u"http://cwd"_s); // ./clouds.yaml comes before the user's

        write(env, "clouds:\n  c:\n    auth: {auth_url: http://env, username: u}\n");
        qputenv("OS_CLIENT_CONFIG_FILE", env.toLocal8Bit());
        loaded = CloudsYaml::load(u"c"_s);
        QCOMPARE(loaded.config->authUrl, u"http://env"_s);
        QCOMPARE(loaded.sourceFile, env);

        write(env, "clouds: {c: [broken\n");
        loaded = CloudsYaml::load(u"c"_s);
        QVERIFY(!loaded.config);
        QVERIFY(loaded.error.contains(env));
        qunsetenv("OS_CLIENT_CONFIG_FILE");
        QDir::setCurrent(oldCwd);
    }

    void profileOptions()
    {
        const QVariantMap options{{u"username"_s, u"demo"_s}, {u"projectName"_s, u"demo"_s},
                                  {u"regionName"_s, u"RegionOne"_s}, {u"interface"_s, u"admin"_s}};
        const CloudConfig c = cloudConfigFromOptions(options, u"http://k:5000/v3"_s);
        QCOMPARE(c.authUrl, u"http://k:5000/v3"_s);
        QCOMPARE(c.authType, u"password"_s);
        QCOMPARE(c.userDomainName, u"Default"_s);
        QCOMPARE(c.interface, u"admin"_s);
        QVERIFY(c.incompleteReason().isEmpty());
        const CloudConfig app = cloudConfigFromOptions({{u"applicationCredentialId"_s, u"id1"_s}}, u"http://k"_s);
        QVERIFY(app.usesApplicationCredential());
        QVERIFY(app.incompleteReason().isEmpty());
        QVERIFY(!cloudConfigFromOptions({}, {}).incompleteReason().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOpenStackConfig)
#include "tst_openstack_config.moc"
