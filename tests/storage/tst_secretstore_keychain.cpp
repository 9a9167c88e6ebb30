// Secrets against a real Secret Service (gnome-keyring in a private D-Bus session; run through
// run-with-keyring.sh): store, read, delete; removing a connection removes its secrets; after
// saving connections with secrets no file Welkin wrote contains a secret's bytes.
#include "providers/ConnectionProfile.h"
#include "storage/EventLog.h"
#include "storage/ProfileExchange.h"
#include "storage/ProfileStore.h"
#include "storage/SecretStore.h"
#include "storage/Storage.h"
#include "storage/UiStateStore.h"

#include <QDirIterator>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <cstdio>

using namespace welkin;
using namespace Qt::StringLiterals;

namespace {

QFile *logFile = nullptr;

// Welkin's log output goes to a file in its data folder here, so the scan covers logs too.
void logToFile(QtMsgType, const QMessageLogContext &, const QString &message)
{
    if (logFile)
        logFile->write(message.toUtf8() + '\n');
    std::fprintf(stderr, "%s\n", qPrintable(message));
}

// The Secret Service's own answer, independent of QtKeychain.
QString secretToolLookup(const QString &key)
{
    QProcess process;
    process.start(u"secret-tool"_s, {u"lookup"_s, u"server"_s, SecretStore::serviceName(), u"user"_s, key});
    if (!process.waitForFinished(20000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

bool writeSecret(SecretStore &store, const QString &connectionId, const QString &name, const QString &secret)
{
    std::optional<bool> result;
    store.write(connectionId, name, secret, &store, [&](bool ok, const QString &error) {
        if (!ok)
            qWarning("write failed: %s", qPrintable(error));
        result = ok;
    });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        qWarning("no answer from the keychain");
    return result.value_or(false);
}

SecretStore::ReadResult readSecret(SecretStore &store, const QString &connectionId, const QString &name)
{
    std::optional<SecretStore::ReadResult> result;
    store.read(connectionId, name, &store, [&](const SecretStore::ReadResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        qWarning("no answer from the keychain");
    return result.value_or(SecretStore::ReadResult{.found = false, .value = {}, .error = u"no answer"_s});
}

// Every byte form a secret could take in a file.
QList<QByteArray> forms(const QString &secret)
{
    const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2);
    return {secret.toUtf8(), utf16, secret.toUtf8().toBase64(), secret.toUtf8().toHex(),
            QUrl::toPercentEncoding(secret)};
}

} // namespace

class TestSecretStoreKeychain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // run-with-keyring.sh gives a throw-away HOME; refuse to run against a real one.
        QVERIFY2(QDir::homePath().contains(u"welkin-keyring."_s), "run through tests/storage/run-with-keyring.sh");
        QVERIFY(!QStandardPaths::findExecutable(u"secret-tool"_s).isEmpty());
    }

    void storeReadDelete()
    {
        const QString secret = u"Pässwörd-%1-storeReadDelete"_s.arg(QDateTime::currentMSecsSinceEpoch());
        {
            SecretStore store;
            QSignalSpy status(&store, &SecretStore::statusChanged);
            QVERIFY(writeSecret(store, u"os-1"_s, SecretStore::password, secret));
            QCOMPARE(store.status(), SecretStore::Status::Keychain);
            QCOMPARE(status.size(), 1);
        }
        QCOMPARE(secretToolLookup(u"os-1/password"_s), secret); // really in the Secret Service
        {
            SecretStore store; // "the next start"
            const SecretStore::ReadResult read = readSecret(store, u"os-1"_s, SecretStore::password);
            QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
            QVERIFY(read.found);
            QCOMPARE(read.value, secret);
            const SecretStore::ReadResult missing = readSecret(store, u"os-1"_s, u"nothing"_s);
            QVERIFY(!missing.found);
            QVERIFY2(missing.error.isEmpty(), qPrintable(missing.error));

            std::optional<bool> removed;
            store.remove(u"os-1"_s, SecretStore::password, &store, [&](bool ok, const QString &) { removed = ok; });
            QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 20000);
            QVERIFY(*removed);
            QVERIFY(!readSecret(store, u"os-1"_s, SecretStore::password).found);
        }
        QVERIFY(secretToolLookup(u"os-1/password"_s).isEmpty());
    }

    void removingAConnectionRemovesItsSecretsAndReconnectNeedsNoQuestion()
    {
        const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        const QString dbPath = dataDir + u"/remove-test.db"_s;
        ConnectionProfile profile;
        profile.id = u"openstack-prod"_s;
        profile.kind = u"openstack"_s;
        profile.displayName = u"Prod"_s;
        profile.uri = u"openstack+https://keystone.prod:5000/v3"_s;
        {
            Storage storage(dbPath);
            QVERIFY(storage.open());
            storage.profiles()->save(profile);
            QVERIFY(writeSecret(*storage.secrets(), profile.id, SecretStore::password, u"pw-remove-1"_s));
            QVERIFY(writeSecret(*storage.secrets(), profile.id, u"customToken"_s, u"pw-remove-2"_s));
        }
        {
            // Quit and start again: the profile and its password come back without asking.
            Storage storage(dbPath);
            QVERIFY(storage.open());
            QCOMPARE(storage.profiles()->profiles().size(), 1);
            const SecretStore::ReadResult read = readSecret(*storage.secrets(), profile.id, SecretStore::password);
            QVERIFY(read.found);
            QCOMPARE(read.value, u"pw-remove-1"_s);

            storage.profiles()->remove(profile.id);
            QTRY_VERIFY_WITH_TIMEOUT(secretToolLookup(profile.id + u"/password"_s).isEmpty()
                                         && secretToolLookup(profile.id + u"/customToken"_s).isEmpty(),
                                     20000);
        }
        Storage storage(dbPath);
        QVERIFY(storage.open());
        QVERIFY(storage.profiles()->profiles().isEmpty());
        QVERIFY(!readSecret(*storage.secrets(), profile.id, SecretStore::password).found);
    }

    void noSecretBytesInAnyFileWelkinWrote()
    {
        const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QVERIFY(QDir().mkpath(dataDir));
        QFile log(dataDir + u"/welkin.log"_s);
        QVERIFY(log.open(QIODevice::WriteOnly | QIODevice::Append));
        logFile = &log;
        const QtMessageHandler previous = qInstallMessageHandler(logToFile);
        QLoggingCategory::setFilterRules(u"welkin.*.debug=true"_s);

        const QStringList secrets = {u"OpenStack-Pw-7c1e9a"_s, u"CloudStack-SecretKey-b44f02"_s,
                                     u"AppCred-Secret-e5d310"_s, u"Libvirt-Pw-90aa17"_s};
        {
            Storage storage; // the real default path, in the throw-away HOME
            QVERIFY2(storage.open(), qPrintable(storage.errorString()));
            QVERIFY(storage.path().startsWith(dataDir));
            const struct {
                QString id, kind, uri, name;
                QString secret;
            } connections[] = {
                {u"os"_s, u"openstack"_s, u"openstack+https://keystone:5000/v3"_s, SecretStore::password, secrets.at(0)},
                {u"cs"_s, u"cloudstack"_s, u"cloudstack+https://cs/client/api"_s, SecretStore::secretKey, secrets.at(1)},
                {u"os-app"_s, u"openstack"_s, u"openstack+https://keystone:5000/v3"_s,
                 SecretStore::applicationCredentialSecret, secrets.at(2)},
                {u"kvm"_s, u"libvirt"_s, u"qemu+tls://kvm/system"_s, SecretStore::password, secrets.at(3)},
            };
            for (const auto &c : connections) {
                ConnectionProfile profile;
                profile.id = c.id;
                profile.kind = c.kind;
                profile.displayName = c.id;
                profile.uri = c.uri;
                // A careless caller hands the secret in too: it must be dropped.
                profile.options.insert(c.name, c.secret);
                profile.options.insert(u"user"_s, u"admin"_s);
                storage.profiles()->save(profile);
                QVERIFY(writeSecret(*storage.secrets(), c.id, c.name, c.secret));
                storage.eventLog()->recordEvent(ProviderEvent{.time = QDateTime::currentDateTime(),
                                                              .providerId = c.id,
                                                              .resource = {},
                                                              .severity = ProviderEvent::Severity::Info,
                                                              .message = u"connected"_s, .user = {}, .requestId = {}});
            }
            storage.uiState()->setValue(u"mainWindow/geometry"_s, QByteArray(64, 'g'));
            QSettings settings; // the application's settings file
            settings.setValue(u"lastConnection"_s, u"os"_s);
            settings.sync();
            QString error;
            QVERIFY2(profileexchange::exportToFile(dataDir + u"/export.json"_s, storage.profiles()->profiles(), &error),
                     qPrintable(error));
            storage.flush();
            scanHome(secrets, u"while running"_s); // the -wal and -shm files exist now
        }
        qInstallMessageHandler(previous);
        logFile = nullptr;
        log.close();
        QVERIFY(log.size() > 0); // the warnings about dropped options went there
        scanHome(secrets, u"after quitting"_s);
    }

private:
    // Every file in the throw-away HOME: data, config, cache, the keyring's own files.
    void scanHome(const QStringList &secrets, const QString &when)
    {
        int files = 0;
        QStringList names;
        QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            const QByteArray content = file.readAll();
            ++files;
            names.append(QDir(QDir::homePath()).relativeFilePath(path));
            for (const QString &secret : secrets) {
                for (const QByteArray &form : forms(secret))
                    QVERIFY2(!content.contains(form), qPrintable(u"%1 found in %2 (%3)"_s.arg(secret, path, when)));
            }
        }
        qInfo("%s: scanned %d files: %s", qPrintable(when), files, qPrintable(names.join(u", "_s)));
        QVERIFY(names.contains(u".local/share/welkin/welkin.db"_s));
        QVERIFY(names.contains(u".local/share/welkin/welkin.log"_s));
        QVERIFY(!names.filter(QRegularExpression(u"^\\.config/.*welkin\\.conf$"_s)).isEmpty()); // QSettings
        if (when == u"while running"_s)
            QVERIFY(names.contains(u".local/share/welkin/welkin.db-wal"_s));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"welkin"_s); // Welkin's own folders
    QCoreApplication::setOrganizationDomain(u"welkin.org"_s);
    TestSecretStoreKeychain test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretstore_keychain.moc"
