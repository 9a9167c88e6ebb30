// A saved password the server no longer accepts is not replayed forever: against a real Secret
// Service (run-with-keyring.sh) and a libvirt test-driver host that asks for a user name and
// password, the keychain answers until the host refuses it, then the user is asked; a wrong
// answer replaces nothing; the answer that works replaces the saved secret, and a restarted
// application connects with it without asking.
#include "connections/KeychainCredentialHandler.h"
#include "providers/libvirt/LibvirtProvider.h"
#include "storage/SecretStore.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace welkin;
using namespace Qt::StringLiterals;

namespace {

QString secretToolLookup(const QString &key)
{
    QProcess process;
    process.start(u"secret-tool"_s, {u"lookup"_s, u"server"_s, SecretStore::serviceName(), u"user"_s, key});
    if (!process.waitForFinished(20000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The user at the credential dialog: types `user` and `password`. libvirt asks for the user
// name on its own first, and the keychain leaves a bare user-name question to the user: only
// password questions are counted.
class Typist : public CredentialHandler
{
public:
    void requestCredentials(const CredentialRequestPtr &request) override
    {
        QStringList values;
        for (const CredentialRequest::Field &field : request->fields()) {
            values.append(field.echo() ? user : password);
            asked += field.echo() ? 0 : 1;
        }
        request->answer(values);
    }
    QString user = u"testuser"_s;
    QString password;
    int asked = 0;
};

} // namespace

class TestKeychainReplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariable("HOME").contains(u"welkin-keyring"_s), "run through run-with-keyring.sh");
        QVERIFY(m_dir.isValid());
        m_profile = {u"lab"_s, u"libvirt"_s, u"Lab"_s, u"test://"_s + m_dir.filePath(u"lab.xml"_s),
                     {{u"statsIntervalMs"_s, 0}}};
    }

    void refusedSavedPasswordGoesToTheUserAndIsReplacedAfterSuccess()
    {
        setServerPassword("oldpass");
        {
            // Saved as the Add Connection dialog saves it.
            SecretStore store;
            QVERIFY(save(store, u"username"_s, u"testuser"_s));
            QVERIFY(save(store, SecretStore::password, u"oldpass"_s));
        }
        QCOMPARE(secretToolLookup(u"lab/password"_s), u"oldpass"_s);

        SecretStore store;
        Typist user;
        KeychainCredentialHandler keychain(&store, &user);
        keychain.setResolver(resolver());
        LibvirtProvider provider(m_profile);
        provider.setCredentialHandler(&keychain);

        // The saved password works.
        provider.open();
        QTRY_COMPARE_WITH_TIMEOUT(provider.state(), ProviderState::Connected, 20000);
        QCOMPARE(keychain.answeredFromStore(), 1);
        QCOMPARE(user.asked, 0);
        provider.close();

        // It changes on the server: the saved answer is refused once, then not replayed.
        setServerPassword("newpass");
        provider.open();
        QTRY_COMPARE_WITH_TIMEOUT(provider.state(), ProviderState::AuthFailed, 20000);
        QCOMPARE(keychain.answeredFromStore(), 2);
        QCOMPARE(user.asked, 0);
        QTRY_VERIFY(keychain.isRefused(m_profile.id));

        // The next attempt asks the user; a wrong answer replaces nothing.
        user.password = u"typo"_s;
        provider.open();
        QTRY_COMPARE_WITH_TIMEOUT(user.asked, 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(provider.state(), ProviderState::AuthFailed, 20000);
        QTest::qWait(300);
        QCOMPARE(keychain.answeredFromStore(), 2);
        QVERIFY(keychain.isRefused(m_profile.id));
        QCOMPARE(secretToolLookup(u"lab/password"_s), u"oldpass"_s);

        // The right one connects, and only then replaces the saved secret.
        user.password = u"newpass"_s;
        provider.open();
        QTRY_COMPARE_WITH_TIMEOUT(provider.state(), ProviderState::Connected, 20000);
        QCOMPARE(user.asked, 2);
        QCOMPARE(keychain.answeredFromStore(), 2);
        QVERIFY(QTest::qWaitFor([] { return secretToolLookup(u"lab/password"_s) == u"newpass"_s; }, 20000));
        QVERIFY(!keychain.isRefused(m_profile.id));
        provider.close();

        // A restarted application connects with the new secret without asking.
        SecretStore freshStore;
        KeychainCredentialHandler restarted(&freshStore, &user);
        restarted.setResolver(resolver());
        LibvirtProvider again(m_profile);
        again.setCredentialHandler(&restarted);
        again.open();
        QTRY_COMPARE_WITH_TIMEOUT(again.state(), ProviderState::Connected, 20000);
        QCOMPARE(restarted.answeredFromStore(), 1);
        QCOMPARE(user.asked, 2);
        again.close();
        keychain.forget(m_profile.id); // its store wrote both names
        QVERIFY(QTest::qWaitFor([] { return secretToolLookup(u"lab/password"_s).isEmpty(); }, 20000));
    }

private:
    void setServerPassword(const QByteArray &password)
    {
        QFile file(m_dir.filePath(u"lab.xml"_s));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("<node><cpu><mhz>2000</mhz><model>x86_64</model><active>2</active><nodes>1</nodes>"
                   "<sockets>1</sockets><cores>2</cores><threads>1</threads></cpu><memory>4194304</memory>"
                   "<auth><user password='" + password + "'>testuser</user></auth>"
                   "<domain type='test'><name>locked</name><memory>1048576</memory><vcpu>1</vcpu>"
                   "<os><type>hvm</type></os></domain></node>");
    }

    bool save(SecretStore &store, const QString &name, const QString &value)
    {
        std::optional<bool> done;
        QObject context;
        store.write(m_profile.id, name, value, &context, [&done](bool ok, const QString &) { done = ok; });
        return QTest::qWaitFor([&done] { return done.has_value(); }, 20000) && *done;
    }

    KeychainCredentialHandler::Resolver resolver() const
    {
        return [profile = m_profile](const CredentialRequest &request) -> std::optional<ConnectionProfile> {
            if (request.uri() == profile.uri)
                return profile;
            return std::nullopt;
        };
    }

    QTemporaryDir m_dir;
    ConnectionProfile m_profile;
};

QTEST_GUILESS_MAIN(TestKeychainReplay)
#include "tst_keychainreplay.moc"
