// Without any keychain (no D-Bus session bus at all): no insecure fallback. The store says so
// plainly and keeps the secret in memory for this run only.
#include "storage/SecretStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace welkin;
using namespace Qt::StringLiterals;

class TestSecretStoreNoKeychain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // storage.cmake points the session bus at nothing; make sure nobody undid that.
        QVERIFY(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(u"welkin-no-bus"_s));
    }

    void keptInMemoryForThisRunOnly()
    {
        {
            SecretStore store;
            QSignalSpy status(&store, &SecretStore::statusChanged);
            std::optional<bool> written;
            QString writeError;
            store.write(u"cs-1"_s, SecretStore::secretKey, u"memory-only-secret"_s, &store,
                        [&](bool ok, const QString &error) {
                            written = ok;
                            writeError = error;
                        });
            QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 20000);
            QVERIFY(!*written);
            QCOMPARE(store.status(), SecretStore::Status::MemoryOnly);
            QCOMPARE(status.size(), 1);
            QVERIFY2(store.statusText().contains(u"No system keychain"_s), qPrintable(store.statusText()));
            QVERIFY2(store.statusText().contains(u"memory for this session only"_s), qPrintable(store.statusText()));
            QCOMPARE(writeError, store.statusText());

            std::optional<SecretStore::ReadResult> read;
            store.read(u"cs-1"_s, SecretStore::secretKey, &store, [&](const SecretStore::ReadResult &r) { read = r; });
            QVERIFY(!read.has_value()); // always asynchronous, also from memory
            QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 20000);
            QVERIFY(read->found);
            QCOMPARE(read->value, u"memory-only-secret"_s);

            // Removing the connection forgets it.
            std::optional<bool> removed;
            store.removeAll(u"cs-1"_s, &store, [&](bool ok, const QString &) { removed = ok; });
            QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 20000);
            read.reset();
            store.read(u"cs-1"_s, SecretStore::secretKey, &store, [&](const SecretStore::ReadResult &r) { read = r; });
            QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 20000);
            QVERIFY(!read->found);
        }
        {
            SecretStore store; // the next run knows nothing
            store.write(u"cs-2"_s, SecretStore::password, u"other"_s);
            std::optional<SecretStore::ReadResult> read;
            store.read(u"cs-1"_s, SecretStore::secretKey, &store, [&](const SecretStore::ReadResult &r) { read = r; });
            QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 20000);
            QVERIFY(!read->found);
            QVERIFY(!read->error.isEmpty()); // the keychain failure is reported, not hidden
        }
    }

    void callbackNotRunAfterContextIsGone()
    {
        SecretStore store;
        bool called = false;
        {
            QObject context;
            store.read(u"x"_s, SecretStore::password, &context, [&](const SecretStore::ReadResult &) { called = true; });
        }
        QTest::qWait(500);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestSecretStoreNoKeychain)
#include "tst_secretstore_nokeychain.moc"
