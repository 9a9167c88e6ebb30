// Secrets of the Add Connection dialog against a real Secret Service (gnome-keyring in a private
// D-Bus session; run through tests/storage/run-with-keyring.sh): saving a CloudStack connection
// puts its secret key in the keychain and in no file Welkin wrote; an OpenStack password saved
// from the dialog answers the provider's prompt after a "restart" without asking; removing the
// connection deletes its secrets.
#include "CredentialDialog.h"
#include "connections/CloudStackConnectionPage.h"
#include "connections/ConnectionController.h"
#include "connections/ConnectionDialog.h"
#include "connections/KeychainCredentialHandler.h"
#include "connections/OpenStackConnectionPage.h"
#include "inventory/Inventory.h"
#include "metrics/LiveSamples.h"
#include "providers/ProviderManager.h"
#include "storage/ProfileStore.h"
#include "storage/SecretStore.h"
#include "storage/Storage.h"

#include <QApplication>
#include <QComboBox>
#include <QDirIterator>
#include <QLineEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace welkin;
using namespace Qt::StringLiterals;

namespace {

const QString cloudStackSecret = u"CS-SECRET-5b1f0c9e7a"_s;
const QString openStackPassword = u"OS-PASSWORD-93e1d2a4"_s;

QString secretToolLookup(const QString &key)
{
    QProcess process;
    process.start(u"secret-tool"_s, {u"lookup"_s, u"server"_s, SecretStore::serviceName(), u"user"_s, key});
    if (!process.waitForFinished(20000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

bool anyCredentialDialog()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (qobject_cast<CredentialDialog *>(widget) && widget->isVisible())
            return true;
    }
    return false;
}

// Everything the application would run with: storage, providers, the decorator, the controller.
struct App {
    QWidget window;
    Storage storage{QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/welkin.db"_s};
    Inventory inventory;
    LiveSamples samples;
    ProviderManager providers{&inventory, &samples};
    GuiCredentialHandler prompts{&window};
    KeychainCredentialHandler keychain{storage.secrets(), &prompts};
    ConnectionController controller{&providers, storage.profiles(), &window};

    App()
    {
        QDir().mkpath(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
        storage.open();
        registerBuiltinProviders(providers);
        keychain.setResolver([this](const CredentialRequest &request) -> std::optional<ConnectionProfile> {
            for (const Provider *provider : providers.providers()) {
                if (provider->profile().uri == request.uri() && provider->displayName() == request.connectionName())
                    return provider->profile();
            }
            return std::nullopt;
        });
        providers.setCredentialHandler(&keychain);
        controller.setCredentialHandler(&prompts);
        controller.setSecrets(&keychain);
        controller.confirm = [](const QString &) { return true; };
        for (const ConnectionProfile &profile : storage.profiles()->profiles())
            providers.addConnection(profile);
    }
    ~App() { providers.closeAll(); }
};

// Files under the test's HOME; gnome-keyring's own encrypted file is the keychain, not Welkin's.
QStringList welkinFiles()
{
    QStringList files;
    QDirIterator it(qEnvironmentVariable("HOME"), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!path.contains(u"/keyrings/"_s))
            files.append(path);
    }
    return files;
}

int scannedFiles() { return int(welkinFiles().size()); }

QStringList filesContaining(const QString &secret)
{
    QStringList found;
    for (const QString &path : welkinFiles()) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(secret.toUtf8()))
            found.append(path);
    }
    return found;
}

void choose(ConnectionDialog &dialog, const QString &kind)
{
    auto *combo = dialog.findChild<QComboBox *>(u"connectionKind"_s);
    combo->setCurrentIndex(combo->findData(kind));
}

} // namespace

class TestConnectionSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariable("HOME").contains(u"welkin-keyring"_s), "run through run-with-keyring.sh");
    }

    void cloudStackSecretGoesToTheKeychainOnly()
    {
        const quint16 port = closedPort();
        QString id;
        {
            App app;
            app.controller.runDialog = [port](ConnectionDialog &dialog) {
                choose(dialog, u"cloudstack"_s);
                auto *page = qobject_cast<CloudStackConnectionPage *>(dialog.currentPage());
                page->endpointEdit()->setText(u"http://127.0.0.1:%1/client/api"_s.arg(port));
                page->apiKeyEdit()->setText(u"API-KEY-cs"_s);
                page->secretKeyEdit()->setText(cloudStackSecret);
                return int(QDialog::Accepted);
            };
            app.controller.addConnection();
            QCOMPARE(app.storage.profiles()->profiles().size(), 1);
            const ConnectionProfile saved = app.storage.profiles()->profiles().first();
            id = saved.id;
            QCOMPARE(saved.options.value(u"apiKey"_s).toString(), u"API-KEY-cs"_s);
            QVERIFY(!saved.options.contains(u"secretKey"_s));
            // The new provider was answered from the saved secret: no prompt.
            QVERIFY(QTest::qWaitFor([&] { return app.keychain.answeredFromStore() == 1; }, 10000));
            QVERIFY(!anyCredentialDialog());
            QVERIFY(QTest::qWaitFor([&] { return secretToolLookup(id + u"/secretKey"_s) == cloudStackSecret; }, 20000));
            QVERIFY(QTest::qWaitFor([&] { return app.storage.secrets()->status() == SecretStore::Status::Keychain; }, 20000));
            app.storage.flush();
        }
        // No file under the test's HOME (database, WAL, settings, caches) holds the secret's bytes.
        QVERIFY(scannedFiles() > 0); // the database at least
        QCOMPARE(filesContaining(cloudStackSecret), QStringList());

        // Removing the connection removes its secret from the keychain.
        App app;
        QVERIFY(app.providers.provider(id));
        app.controller.removeConnection(id);
        QVERIFY(QTest::qWaitFor([&] { return secretToolLookup(id + u"/secretKey"_s).isEmpty(); }, 20000));
        QVERIFY(app.storage.profiles()->profiles().isEmpty());
    }

    void openStackPasswordReconnectsWithoutAsking()
    {
        const quint16 port = closedPort();
        QString id;
        {
            App app;
            app.controller.runDialog = [port](ConnectionDialog &dialog) {
                choose(dialog, u"openstack"_s);
                auto *page = qobject_cast<OpenStackConnectionPage *>(dialog.currentPage());
                page->authUrlEdit()->setText(u"http://127.0.0.1:%1/v3"_s.arg(port));
                page->userEdit()->setText(u"alice"_s);
                page->projectEdit()->setText(u"web"_s);
                page->passwordEdit()->setText(openStackPassword);
                return int(QDialog::Accepted);
            };
            app.controller.addConnection();
            id = app.storage.profiles()->profiles().value(0).id;
            QVERIFY(!id.isEmpty());
            QVERIFY(QTest::qWaitFor([&] { return secretToolLookup(id + u"/password"_s) == openStackPassword; }, 20000));
            app.storage.flush();
        }
        QCOMPARE(filesContaining(openStackPassword), QStringList());
        // "Quit and start again": fresh objects, the saved profile opens and its prompt is
        // answered from the keychain.
        App app;
        Provider *provider = app.providers.provider(id);
        QVERIFY(provider);
        QVERIFY(QTest::qWaitFor([&] { return app.keychain.answeredFromStore() == 1; }, 20000));
        QCOMPARE(app.keychain.passedOn(), 0);
        QVERIFY(!anyCredentialDialog());
        // It went on to Keystone (nobody listens there), so the answer was used.
        QVERIFY(QTest::qWaitFor([&] { return provider->state() == ProviderState::Unreachable; }, 20000));
        QVERIFY2(!provider->status().detail.contains(u"No password"_s), qPrintable(provider->status().detail));

        // Nothing stored for a connection: the dialog asks.
        using Field = CredentialRequest::Field;
        app.keychain.setResolver([](const CredentialRequest &) {
            return std::optional(ConnectionProfile{u"unknown"_s, u"openstack"_s, u"x"_s, u"openstack:x"_s, {}});
        });
        auto request = std::make_shared<CredentialRequest>(u"x"_s, u"openstack:x"_s,
                                                           QList<Field>{Field{Field::Kind::Password, u"Password"_s, {}}});
        app.keychain.requestCredentials(request);
        QVERIFY(QTest::qWaitFor([] { return anyCredentialDialog(); }, 20000));
        QCOMPARE(app.keychain.passedOn(), 1);
        request->cancel();
        app.controller.removeConnection(id);
        QVERIFY(QTest::qWaitFor([&] { return secretToolLookup(id + u"/password"_s).isEmpty(); }, 20000));
    }
};

QTEST_MAIN(TestConnectionSecrets)
#include "tst_connectionsecrets.moc"
