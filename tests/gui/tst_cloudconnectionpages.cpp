// The OpenStack and CloudStack pages of the Add/Edit Connection dialog: specific validation
// messages, clouds.yaml import (standard search through OS_CLIENT_CONFIG_FILE, secure.yaml
// merged), profiles without secrets, and the credential decorator's fallback to the dialog.
#include "CredentialDialog.h"
#include "connections/CloudStackConnectionPage.h"
#include "connections/CloudsYamlImportDialog.h"
#include "connections/ConnectionDialog.h"
#include "connections/KeychainCredentialHandler.h"
#include "connections/OpenStackConnectionPage.h"
#include "storage/ProfileStore.h"
#include "storage/SecretStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace welkin;
using namespace Qt::StringLiterals;

namespace {

bool writeFile(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

const QByteArray cloudsYaml = R"(clouds:
  lab:
    auth:
      auth_url: https://keystone.lab.example:5000/v3
      username: alice
      project_name: web
      user_domain_name: Users
      project_domain_name: Projects
    region_name: RegionTwo
    interface: internal
  appcred:
    auth_type: v3applicationcredential
    auth:
      auth_url: http://127.0.0.1:5000/v3
      application_credential_id: 0123abcd
      application_credential_secret: from-clouds-yaml
)"_ba;

const QByteArray secureYaml = R"(clouds:
  lab:
    auth:
      password: from-secure-yaml
)"_ba;

// A loopback port nobody listens on.
quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

QList<CredentialDialog *> credentialDialogs()
{
    QList<CredentialDialog *> dialogs;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *dialog = qobject_cast<CredentialDialog *>(widget); dialog && dialog->isVisible())
            dialogs.append(dialog);
    }
    return dialogs;
}

} // namespace

class TestCloudConnectionPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dialogOffersBothClouds()
    {
        ConnectionDialog dialog;
        auto *kind = dialog.findChild<QComboBox *>(u"connectionKind"_s);
        QVERIFY(kind);
        QVERIFY(kind->findData(u"openstack"_s) >= 0);
        QVERIFY(kind->findData(u"cloudstack"_s) >= 0);
        kind->setCurrentIndex(kind->findData(u"openstack"_s));
        QVERIFY(qobject_cast<OpenStackConnectionPage *>(dialog.currentPage()));
        QVERIFY(!dialog.okButton()->isEnabled()); // empty auth URL
        QVERIFY(dialog.problemLabel()->text().contains(u"Keystone auth URL"_s));
    }

    void openStackValidation_data()
    {
        QTest::addColumn<QString>("authUrl");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("project");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("message");
        const QString ok = u"https://keystone.example.org:5000/v3"_s;
        QTest::newRow("no url") << u""_s << u"u"_s << u"p"_s << u""_s << u"Enter the Keystone auth URL"_s;
        QTest::newRow("ftp") << u"ftp://k/v3"_s << u"u"_s << u"p"_s << u""_s << u"must start with https://"_s;
        QTest::newRow("no scheme") << u"keystone:5000"_s << u"u"_s << u"p"_s << u""_s << u"must start with https://"_s;
        QTest::newRow("bad host") << u"https://-bad-/v3"_s << u"u"_s << u"p"_s << u""_s << u"not a valid host name"_s;
        QTest::newRow("port 0") << u"https://k:0/v3"_s << u"u"_s << u"p"_s << u""_s << u"port must be a number"_s;
        QTest::newRow("credentials in url") << u"https://bob:pw@k/v3"_s << u"u"_s << u"p"_s << u""_s
                                            << u"no user name or password into the auth URL"_s;
        QTest::newRow("no user") << ok << u""_s << u"p"_s << u""_s << u"Enter the OpenStack user name"_s;
        QTest::newRow("no project") << ok << u"u"_s << u""_s << u""_s << u"Enter the project"_s;
        QTest::newRow("region space") << ok << u"u"_s << u"p"_s << u"Region One"_s << u"cannot contain spaces"_s;
        QTest::newRow("region list") << ok << u"u"_s << u"p"_s << u"RegionOne,,Two"_s << u"empty name"_s;
        QTest::newRow("good") << ok << u"u"_s << u"p"_s << u"RegionOne,RegionTwo"_s << u""_s;
    }

    void openStackValidation()
    {
        QFETCH(QString, authUrl);
        QFETCH(QString, user);
        QFETCH(QString, project);
        QFETCH(QString, region);
        QFETCH(QString, message);
        OpenStackConnectionPage page;
        page.authUrlEdit()->setText(authUrl);
        page.userEdit()->setText(user);
        page.projectEdit()->setText(project);
        page.regionEdit()->setText(region);
        const QString problem = page.validationError();
        if (message.isEmpty())
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        else
            QVERIFY2(problem.contains(message), qPrintable(problem));
    }

    void openStackApplicationCredentialNeedsAnId()
    {
        OpenStackConnectionPage page;
        page.authUrlEdit()->setText(u"https://keystone.example.org/v3"_s);
        page.setAuthType(OpenStackConnectionPage::AuthType::ApplicationCredential);
        QVERIFY(page.validationError().contains(u"application credential ID"_s));
        page.credentialIdEdit()->setText(u"abc123"_s);
        page.credentialSecretEdit()->setText(u"s3cret"_s);
        QVERIFY(page.validationError().isEmpty());
        const ConnectionProfile profile = page.profile();
        QCOMPARE(profile.uri, u"openstack+https://keystone.example.org/v3"_s);
        QCOMPARE(profile.options.value(u"applicationCredentialId"_s).toString(), u"abc123"_s);
        QVERIFY(!profile.options.contains(u"username"_s));
        QCOMPARE(page.secrets().value(SecretStore::applicationCredentialSecret), u"s3cret"_s);
        for (const QVariant &value : profile.options)
            QVERIFY(!value.toString().contains(u"s3cret"_s));
    }

    void openStackProfileRoundTrips()
    {
        OpenStackConnectionPage page;
        page.authUrlEdit()->setText(u"https://keystone.example.org:5000/v3/"_s);
        page.userEdit()->setText(u"alice"_s);
        page.passwordEdit()->setText(u"pw"_s);
        page.projectEdit()->setText(u"web"_s);
        page.regionEdit()->setText(u"RegionOne"_s);
        page.interfaceCombo()->setCurrentIndex(page.interfaceCombo()->findData(u"internal"_s));
        const ConnectionProfile profile = page.profile();
        QCOMPARE(profile.uri, u"openstack+https://keystone.example.org:5000/v3"_s);
        QCOMPARE(profile.options.value(u"username"_s).toString(), u"alice"_s);
        QCOMPARE(profile.options.value(u"userDomainName"_s).toString(), u"Default"_s);
        QCOMPARE(profile.options.value(u"interface"_s).toString(), u"internal"_s);
        QVERIFY(!profile.options.contains(u"password"_s));
        QCOMPARE(page.suggestedName(), u"web @ keystone.example.org"_s);

        OpenStackConnectionPage edited;
        QVERIFY(edited.setProfile(profile));
        QCOMPARE(edited.profile().uri, profile.uri);
        QCOMPARE(edited.profile().options, profile.options);
        QVERIFY(edited.passwordEdit()->text().isEmpty()); // never shown again; the keychain keeps it
    }

    void openStackPageFilledFromCloudsYaml()
    {
        QTemporaryDir dir;
        const QString clouds = dir.filePath(u"clouds.yaml"_s);
        QVERIFY(writeFile(clouds, cloudsYaml));
        QVERIFY(writeFile(dir.filePath(u"secure.yaml"_s), secureYaml));
        qputenv("OS_CLIENT_CONFIG_FILE", clouds.toLocal8Bit());

        // The import dialog finds the file through the standard search and lists its clouds.
        CloudsYamlImportDialog import;
        QCOMPARE(import.file(), clouds);
        QCOMPARE(import.cloudList()->count(), 2);
        QCOMPARE(import.cloudList()->item(0)->text(), u"lab"_s);

        OpenStackConnectionPage page;
        QString error;
        QVERIFY2(page.importCloud(import.file(), u"lab"_s, &error), qPrintable(error));
        QCOMPARE(page.authUrlEdit()->text(), u"https://keystone.lab.example:5000/v3"_s);
        QCOMPARE(page.userEdit()->text(), u"alice"_s);
        QCOMPARE(page.projectEdit()->text(), u"web"_s);
        QCOMPARE(page.userDomainEdit()->text(), u"Users"_s);
        QCOMPARE(page.projectDomainEdit()->text(), u"Projects"_s);
        QCOMPARE(page.regionEdit()->text(), u"RegionTwo"_s);
        QCOMPARE(page.interfaceCombo()->currentData().toString(), u"internal"_s);
        QCOMPARE(page.passwordEdit()->text(), u"from-secure-yaml"_s); // secure.yaml merged
        // The standard file: the profile refers to the entry, and the secret stays in the file.
        QVERIFY(page.useCloudEntryBox()->isChecked());
        QVERIFY(page.validationError().isEmpty());
        ConnectionProfile profile = page.profile();
        QCOMPARE(profile.uri, u"openstack:lab"_s);
        QCOMPARE(profile.options.value(u"regionName"_s).toString(), u"RegionTwo"_s);
        QVERIFY(page.secrets().isEmpty());
        QCOMPARE(page.suggestedName(), u"lab"_s);

        // Copying the fields instead: the password becomes a secret for the keychain.
        page.useCloudEntryBox()->setChecked(false);
        profile = page.profile();
        QCOMPARE(profile.uri, u"openstack+https://keystone.lab.example:5000/v3"_s);
        QCOMPARE(profile.options.value(u"projectDomainName"_s).toString(), u"Projects"_s);
        QCOMPARE(page.secrets().value(SecretStore::password), u"from-secure-yaml"_s);
        for (const QVariant &value : profile.options)
            QVERIFY(!value.toString().contains(u"from-secure-yaml"_s));

        // An application credential entry.
        QVERIFY2(page.importCloud(clouds, u"appcred"_s, &error), qPrintable(error));
        QCOMPARE(page.authType(), OpenStackConnectionPage::AuthType::ApplicationCredential);
        QCOMPARE(page.credentialIdEdit()->text(), u"0123abcd"_s);

        // Editing a saved "openstack:lab" profile reads the entry again.
        OpenStackConnectionPage edited;
        QVERIFY(edited.setProfile({u"openstack:lab"_s, u"openstack"_s, u"lab"_s, u"openstack:lab"_s, {}}));
        QCOMPARE(edited.cloudName(), u"lab"_s);
        QCOMPARE(edited.userEdit()->text(), u"alice"_s);

        // Unknown cloud and broken YAML: specific messages.
        QVERIFY(!page.importCloud(clouds, u"nope"_s, &error));
        QVERIFY2(error.contains(u"has no cloud \"nope\""_s), qPrintable(error));
        const QString broken = dir.filePath(u"broken.yaml"_s);
        QVERIFY(writeFile(broken, "clouds:\n  lab: [unclosed\n"_ba));
        import.setFile(broken);
        QCOMPARE(import.cloudList()->count(), 0);
        QVERIFY2(import.statusLabel()->text().contains(u"malformed YAML"_s), qPrintable(import.statusLabel()->text()));
        qunsetenv("OS_CLIENT_CONFIG_FILE");
    }

    void cloudStackValidation_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("apiKey");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << u""_s << u"k"_s << u"Enter the API endpoint URL"_s;
        QTest::newRow("scheme") << u"cloud.example.org/client/api"_s << u"k"_s << u"must start with https://"_s;
        QTest::newRow("no path") << u"https://cloud.example.org"_s << u"k"_s << u"/client/api"_s;
        QTest::newRow("wrong path") << u"https://cloud.example.org/api"_s << u"k"_s << u"is not CloudStack's API"_s;
        QTest::newRow("query") << u"https://c.example.org/client/api?x=1"_s << u"k"_s << u"takes no query"_s;
        QTest::newRow("no key") << u"https://cloud.example.org/client/api"_s << u""_s << u"Enter the API key"_s;
        QTest::newRow("good") << u"http://127.0.0.1:8080/client/api"_s << u"k"_s << u""_s;
    }

    void cloudStackValidation()
    {
        QFETCH(QString, endpoint);
        QFETCH(QString, apiKey);
        QFETCH(QString, message);
        CloudStackConnectionPage page;
        page.endpointEdit()->setText(endpoint);
        page.apiKeyEdit()->setText(apiKey);
        const QString problem = page.validationError();
        if (message.isEmpty())
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        else
            QVERIFY2(problem.contains(message), qPrintable(problem));
    }

    void cloudStackProfileHasNoSecret()
    {
        ConnectionDialog dialog;
        auto *kind = dialog.findChild<QComboBox *>(u"connectionKind"_s);
        kind->setCurrentIndex(kind->findData(u"cloudstack"_s));
        auto *page = qobject_cast<CloudStackConnectionPage *>(dialog.currentPage());
        QVERIFY(page);
        page->endpointEdit()->setText(u"https://cloud.example.org/client/api"_s);
        page->apiKeyEdit()->setText(u"API-KEY-1"_s);
        page->secretKeyEdit()->setText(u"VERY-SECRET-KEY"_s);
        QVERIFY(dialog.okButton()->isEnabled());
        const ConnectionProfile profile = dialog.profile();
        QCOMPARE(profile.kind, u"cloudstack"_s);
        QCOMPARE(profile.uri, u"cloudstack+https://cloud.example.org/client/api"_s);
        QCOMPARE(profile.displayName, u"cloud.example.org"_s);
        QCOMPARE(profile.options.value(u"apiKey"_s).toString(), u"API-KEY-1"_s);
        QVERIFY(!profile.options.contains(u"secretKey"_s));
        QCOMPARE(dialog.secrets().value(SecretStore::secretKey), u"VERY-SECRET-KEY"_s);
        // What ProfileStore keeps is the same: the API key is an id, not a secret.
        QCOMPARE(ProfileStore::withoutSecrets(profile).options, profile.options);
        page->rememberBox()->setChecked(false);
        QVERIFY(!dialog.rememberSecrets());

        CloudStackConnectionPage edited;
        QVERIFY(edited.setProfile(profile));
        QCOMPARE(edited.endpointEdit()->text(), u"https://cloud.example.org/client/api"_s);
        QVERIFY(edited.secretKeyEdit()->text().isEmpty());
    }

    // "Test connection" answers the throwaway provider from the typed secret (no prompt) and
    // shows the provider's own error.
    void cloudStackTestConnectionUsesTypedSecret()
    {
        QWidget window;
        GuiCredentialHandler prompts(&window);
        ConnectionDialog dialog({}, &window);
        dialog.setCredentialHandler(&prompts);
        auto *kind = dialog.findChild<QComboBox *>(u"connectionKind"_s);
        kind->setCurrentIndex(kind->findData(u"cloudstack"_s));
        auto *page = qobject_cast<CloudStackConnectionPage *>(dialog.currentPage());
        page->endpointEdit()->setText(u"http://127.0.0.1:%1/client/api"_s.arg(closedPort()));
        page->apiKeyEdit()->setText(u"key"_s);
        page->secretKeyEdit()->setText(u"secret"_s);
        dialog.testButton()->click();
        QVERIFY(QTest::qWaitFor([&] { return dialog.testResultLabel()->text().startsWith(u"✘"_s); }, 20000));
        QVERIFY2(dialog.testResultLabel()->text().contains(u"refused"_s, Qt::CaseInsensitive),
                 qPrintable(dialog.testResultLabel()->text()));
        QVERIFY(credentialDialogs().isEmpty());
    }

    // "Test connection" for OpenStack logs in with the typed password and shows Keystone's own
    // words: a loopback server answers POST /v3/auth/tokens with Keystone's 401 body.
    void openStackTestConnectionShowsKeystoneError()
    {
        QTcpServer keystone;
        QVERIFY(keystone.listen(QHostAddress::LocalHost, 0));
        QByteArray received;
        connect(&keystone, &QTcpServer::newConnection, &keystone, [&] {
            QTcpSocket *socket = keystone.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [&, socket] {
                received += socket->readAll();
                if (!received.contains("\r\n\r\n") || !received.contains("}}"))
                    return;
                const QByteArray body = R"({"error": {"code": 401, "title": "Unauthorized", "message": "The request you have made requires authentication."}})"_ba;
                socket->write("HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\nConnection: close\r\n"
                              "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                socket->disconnectFromHost();
            });
        });
        QWidget window;
        GuiCredentialHandler prompts(&window);
        ConnectionDialog dialog({}, &window);
        dialog.setCredentialHandler(&prompts);
        auto *kind = dialog.findChild<QComboBox *>(u"connectionKind"_s);
        kind->setCurrentIndex(kind->findData(u"openstack"_s));
        auto *page = qobject_cast<OpenStackConnectionPage *>(dialog.currentPage());
        page->authUrlEdit()->setText(u"http://127.0.0.1:%1/v3"_s.arg(keystone.serverPort()));
        page->userEdit()->setText(u"alice"_s);
        page->projectEdit()->setText(u"web"_s);
        page->passwordEdit()->setText(u"wrong-password"_s);
        QVERIFY(dialog.testButton()->isEnabled());
        dialog.testButton()->click();
        QVERIFY(QTest::qWaitFor([&] { return dialog.testResultLabel()->text().startsWith(u"✘"_s); }, 20000));
        QVERIFY2(dialog.testResultLabel()->text().contains(u"requires authentication"_s),
                 qPrintable(dialog.testResultLabel()->text()));
        QVERIFY(received.contains("wrong-password")); // the typed password was used, not a prompt
        QVERIFY(credentialDialogs().isEmpty());
    }

    // Nothing stored for the connection: the decorator hands the request to the dialog.
    void decoratorFallsBackToTheDialog()
    {
        QWidget window;
        GuiCredentialHandler prompts(&window);
        SecretStore store; // no keychain on this test's bus: memory only
        KeychainCredentialHandler handler(&store, &prompts);
        const ConnectionProfile profile{u"os-1"_s, u"openstack"_s, u"Lab"_s, u"openstack:lab"_s, {}};
        handler.setResolver([profile](const CredentialRequest &) { return std::optional(profile); });
        using Field = CredentialRequest::Field;
        auto request = std::make_shared<CredentialRequest>(u"Lab"_s, u"openstack:lab"_s,
                                                           QList<Field>{Field{Field::Kind::Password, u"Password"_s, {}}});
        handler.requestCredentials(request);
        QVERIFY(QTest::qWaitFor([&] { return !credentialDialogs().isEmpty(); }, 10000));
        QCOMPARE(handler.passedOn(), 1);
        QCOMPARE(handler.answeredFromStore(), 0);
        CredentialDialog *prompt = credentialDialogs().first();
        prompt->fieldEditors().first()->setText(u"typed"_s);
        prompt->accept();
        QCOMPARE(request->wait(0).value_or(QStringList()), QStringList{u"typed"_s});

        // This run's secret (Remember unchecked) answers without a prompt.
        handler.saveSecrets(u"os-1"_s, {{SecretStore::password, u"remembered"_s}}, false);
        auto again = std::make_shared<CredentialRequest>(u"Lab"_s, u"openstack:lab"_s,
                                                         QList<Field>{Field{Field::Kind::Password, u"Password"_s, {}}});
        handler.requestCredentials(again);
        QCOMPARE(again->wait(5000).value_or(QStringList()), QStringList{u"remembered"_s});
        QCOMPARE(handler.answeredFromStore(), 1);
        handler.forget(u"os-1"_s);
        auto third = std::make_shared<CredentialRequest>(u"Lab"_s, u"openstack:lab"_s,
                                                         QList<Field>{Field{Field::Kind::Password, u"Password"_s, {}}});
        handler.requestCredentials(third);
        QVERIFY(QTest::qWaitFor([&] { return handler.passedOn() == 2; }, 10000));
        for (CredentialDialog *open : credentialDialogs())
            open->reject();
    }

    void fieldsMapToSecretNames()
    {
        using Field = CredentialRequest::Field;
        QCOMPARE(KeychainCredentialHandler::secretNameFor(Field{Field::Kind::Secret, {}, {}}, u"cloudstack"_s),
                 SecretStore::secretKey);
        QCOMPARE(KeychainCredentialHandler::secretNameFor(Field{Field::Kind::Secret, {}, {}}, u"openstack"_s),
                 SecretStore::applicationCredentialSecret);
        QCOMPARE(KeychainCredentialHandler::secretNameFor(Field{Field::Kind::Password, {}, {}}, u"libvirt"_s),
                 SecretStore::password);
        QVERIFY(KeychainCredentialHandler::secretNameFor(Field{Field::Kind::Text, {}, u"key"_s}, u"cloudstack"_s).isEmpty());
    }
};

QTEST_MAIN(TestCloudConnectionPages)
#include "tst_cloudconnectionpages.moc"
