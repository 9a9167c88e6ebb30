// Profiles, groups, the audit log, pins and UI state survive closing and reopening the database;
// writes go through the writer thread in batches; nothing secret is kept.
#include "providers/Task.h"
#include "storage/CertificatePinStore.h"
#include "storage/DatabaseWriter.h"
#include "storage/EventLog.h"
#include "storage/GroupStore.h"
#include "storage/ProfileStore.h"
#include "storage/SqlExec.h"
#include "storage/Storage.h"
#include "storage/UiStateStore.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace welkin;
using namespace Qt::StringLiterals;

namespace {

ConnectionProfile makeProfile(const QString &id, const QString &name)
{
    ConnectionProfile profile;
    profile.id = id;
    profile.kind = u"openstack"_s;
    profile.displayName = name;
    profile.uri = u"openstack+https://keystone.example:5000/v3"_s;
    profile.options = {{u"region"_s, u"RegionOne"_s}, {u"statsIntervalMs"_s, 5000}, {u"caFile"_s, u"/etc/ca.pem"_s}};
    return profile;
}

// A self-signed certificate from the test data (generated once with openssl).
QSslCertificate testCertificate()
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(QFINDTESTDATA("data/storage/pin-cert.pem"));
    return certificates.value(0);
}

} // namespace

class TestStores : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void profilesRoundTripAcrossReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"welkin.db"_s);
        {
            Storage storage(path);
            QVERIFY2(storage.open(), qPrintable(storage.errorString()));
            QVERIFY(storage.profiles()->profiles().isEmpty());
            QSignalSpy changed(storage.profiles(), &ProfileStore::profilesChanged);
            storage.profiles()->save(makeProfile(u"os-1"_s, u"Cloud one"_s));
            storage.profiles()->save(makeProfile(u"os-2"_s, u"Cloud two"_s));
            ConnectionProfile renamed = makeProfile(u"os-1"_s, u"Cloud one, renamed"_s);
            storage.profiles()->save(renamed); // update in place, keeps its position
            QCOMPARE(changed.size(), 3);
            QCOMPARE(storage.profiles()->profiles().size(), 2); // cache answers at once
            QCOMPARE(storage.profiles()->profiles().first().displayName, u"Cloud one, renamed"_s);
        }
        Storage storage(path);
        QVERIFY(storage.open());
        const QList<ConnectionProfile> profiles = storage.profiles()->profiles();
        QCOMPARE(profiles.size(), 2);
        QCOMPARE(profiles.at(0).id, u"os-1"_s);
        QCOMPARE(profiles.at(0).displayName, u"Cloud one, renamed"_s);
        QCOMPARE(profiles.at(0).kind, u"openstack"_s);
        QCOMPARE(profiles.at(0).uri, u"openstack+https://keystone.example:5000/v3"_s);
        QCOMPARE(profiles.at(0).options.value(u"region"_s).toString(), u"RegionOne"_s);
        QCOMPARE(profiles.at(0).options.value(u"statsIntervalMs"_s).toInt(), 5000);
        QCOMPARE(profiles.at(1).id, u"os-2"_s);

        storage.profiles()->remove(u"os-1"_s);
        QCOMPARE(storage.profiles()->profiles().size(), 1);
        storage.flush();
        Storage again(path);
        QVERIFY(again.open());
        QCOMPARE(again.profiles()->profiles().size(), 1);
        QCOMPARE(again.profiles()->profiles().first().id, u"os-2"_s);
    }

    void profilesNeverKeepSecrets()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"welkin.db"_s);
        {
            Storage storage(path);
            QVERIFY(storage.open());
            ConnectionProfile profile = makeProfile(u"cs-1"_s, u"CloudStack"_s);
            profile.uri = u"cloudstack+https://admin:hunter2-uri@cs.example/client/api"_s;
            profile.options.insert(u"password"_s, u"hunter2-password"_s);
            profile.options.insert(u"secretKey"_s, u"hunter2-secretkey"_s);
            profile.options.insert(u"authToken"_s, u"hunter2-token"_s);
            profile.options.insert(u"apiKey"_s, u"public-api-key"_s);
            storage.profiles()->save(profile);
            const ConnectionProfile kept = storage.profiles()->profiles().first();
            QVERIFY(!kept.options.contains(u"password"_s));
            QVERIFY(!kept.options.contains(u"secretKey"_s));
            QVERIFY(!kept.options.contains(u"authToken"_s));
            QCOMPARE(kept.options.value(u"apiKey"_s).toString(), u"public-api-key"_s);
            QVERIFY(!kept.uri.contains(u"hunter2"_s));
            QVERIFY(kept.uri.contains(u"admin@cs.example"_s));
        }
        for (const QString &file : QStringList{path, path + u"-wal"_s}) {
            QFile f(file);
            if (f.open(QIODevice::ReadOnly))
                QVERIFY2(!f.readAll().contains("hunter2"), qPrintable(file));
        }
    }

    void groupsRoundTripAcrossReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"welkin.db"_s);
        const ResourceId vm1(u"qemu:///system"_s, ResourceKind::Vm, u"6695eb01-f6a4-8304-79aa-97f2502e193f"_s);
        const ResourceId vm2(u"cloudstack:prod"_s, ResourceKind::Vm, u"a@b%c"_s);
        {
            Storage storage(path);
            QVERIFY(storage.open());
            QSignalSpy changed(storage.groups(), &GroupStore::groupsChanged);
            storage.groups()->save(VmGroup{.id = u"g1"_s, .name = u"Web"_s, .members = {vm1, vm2}});
            storage.groups()->save(VmGroup{.id = u"g2"_s, .name = u"Empty"_s, .members = {}});
            storage.groups()->save(VmGroup{.id = u"g3"_s, .name = u"Gone"_s, .members = {vm1}});
            storage.groups()->remove(u"g3"_s);
            QCOMPARE(changed.size(), 4);
        }
        Storage storage(path);
        QVERIFY(storage.open());
        const QList<VmGroup> groups = storage.groups()->groups();
        QCOMPARE(groups.size(), 2);
        QCOMPARE(groups.at(0).name, u"Web"_s);
        QCOMPARE(groups.at(0).members, (QList<ResourceId>{vm1, vm2})); // across providers, in order
        QCOMPARE(groups.at(1).id, u"g2"_s);
        QVERIFY(groups.at(1).members.isEmpty());
        QSqlDatabase db = storage.database()->connection();
        QSqlQuery orphans(db);
        QVERIFY(orphans.exec(u"SELECT count(*) FROM vm_group_members WHERE group_id = 'g3'"_s) && orphans.next());
        QCOMPARE(orphans.value(0).toInt(), 0);
    }

    void eventLogRoundTripAcrossReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"welkin.db"_s);
        const ResourceId vm(u"test:///default"_s, ResourceKind::Vm, u"uuid-1"_s);
        {
            Storage storage(path);
            QVERIFY(storage.open());
            Task ok(u"Start web-01"_s, vm);
            ok.succeed();
            Task failed(u"Stop web-01"_s, vm);
            failed.fail(u"domain is not running"_s);
            QTRY_VERIFY(ok.isFinished() && failed.isFinished());
            storage.eventLog()->recordTask(ok);
            storage.eventLog()->recordTask(failed);
            storage.eventLog()->recordEvent(ProviderEvent{.time = QDateTime::currentDateTime(),
                                                          .providerId = u"test:///default"_s,
                                                          .resource = {},
                                                          .severity = ProviderEvent::Severity::Warning,
                                                          .message = u"connection lost"_s, .user = {}, .requestId = {}});
        }
        Storage storage(path);
        QVERIFY(storage.open());
        QSignalSpy loaded(storage.eventLog(), &EventLog::recentLoaded);
        storage.eventLog()->loadRecent(10);
        QVERIFY(loaded.wait(5000));
        const auto entries = loaded.first().first().value<QList<LogEntry>>();
        QCOMPARE(entries.size(), 3);
        // Newest first.
        QCOMPARE(entries.at(0).kind, LogEntry::Kind::Event);
        QCOMPARE(entries.at(0).severity, ProviderEvent::Severity::Warning);
        QCOMPARE(entries.at(0).text, u"connection lost"_s);
        QVERIFY(entries.at(0).resource.isEmpty());
        QCOMPARE(entries.at(1).kind, LogEntry::Kind::Task);
        QCOMPARE(entries.at(1).severity, ProviderEvent::Severity::Error);
        QCOMPARE(entries.at(1).text, u"Stop web-01"_s);
        QCOMPARE(entries.at(1).result, u"failed: domain is not running"_s);
        QCOMPARE(entries.at(1).resource, vm.toString());
        QCOMPARE(entries.at(1).providerId, u"test:///default"_s);
        QVERIFY(!entries.at(1).user.isEmpty()); // also without $USER (password database)
        QCOMPARE(entries.at(1).user, Task::localUser());
        QCOMPARE(entries.at(2).result, u"succeeded"_s);
        QVERIFY(qAbs(entries.at(2).time.secsTo(QDateTime::currentDateTime())) < 60);

        loaded.clear();
        storage.eventLog()->loadRecent(1);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(loaded.first().first().value<QList<LogEntry>>().size(), 1);
    }

    void pinsAndUiStateRoundTrip()
    {
        const QSslCertificate certificate = testCertificate();
        QVERIFY(!certificate.isNull());
        QTemporaryDir dir;
        const QString path = dir.filePath(u"welkin.db"_s);
        {
            Storage storage(path);
            QVERIFY(storage.open());
            storage.profiles()->save(makeProfile(u"os-1"_s, u"One"_s));
            storage.profiles()->save(makeProfile(u"os-2"_s, u"Two"_s));
            storage.certificatePins()->setPin(u"os-1"_s, certificate);
            storage.certificatePins()->setPin(u"os-2"_s, certificate);
            storage.uiState()->setValue(u"mainWindow/geometry"_s, QByteArray("\x01\x02\x00\xff", 4));
        }
        Storage storage(path);
        QVERIFY(storage.open());
        const auto pin = storage.certificatePins()->pin(u"os-1"_s);
        QVERIFY(pin.has_value());
        QCOMPARE(pin->sha256, certificate.digest(QCryptographicHash::Sha256));
        QCOMPARE(pin->sha256.size(), 32);
        QCOMPARE(pin->subject, certificate.subjectDisplayName());
        QCOMPARE(pin->expires, certificate.expiryDate());
        QCOMPARE(storage.uiState()->value(u"mainWindow/geometry"_s), QByteArray("\x01\x02\x00\xff", 4));

        // Removing a connection removes its pin, in memory and on disk.
        storage.profiles()->remove(u"os-1"_s);
        QVERIFY(!storage.certificatePins()->pin(u"os-1"_s));
        storage.flush();
        Storage again(path);
        QVERIFY(again.open());
        QVERIFY(!again.certificatePins()->pin(u"os-1"_s));
        QVERIFY(again.certificatePins()->pin(u"os-2"_s));
    }

    void writerBatchesOffTheCallingThreadAndIsolatesFailures()
    {
        QTemporaryDir dir;
        Storage storage(dir.filePath(u"welkin.db"_s));
        QVERIFY(storage.open());
        QThread *writerThread = nullptr;
        QSignalSpy failed(storage.writer(), &DatabaseWriter::writeFailed);
        storage.writer()->enqueue([&](QSqlDatabase &db, QString *error) {
            writerThread = QThread::currentThread();
            return sql::exec(db, u"INSERT INTO ui_state (key, value) VALUES ('a', 'x')"_s, {}, error);
        });
        storage.writer()->enqueue([](QSqlDatabase &db, QString *error) {
            return sql::exec(db, u"INSERT INTO no_such_table VALUES (1)"_s, {}, error);
        });
        storage.writer()->enqueue([](QSqlDatabase &db, QString *error) {
            return sql::exec(db, u"INSERT INTO ui_state (key, value) VALUES ('b', 'y')"_s, {}, error);
        });
        storage.flush();
        QVERIFY(writerThread != nullptr);
        QVERIFY(writerThread != QThread::currentThread());
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.first().first().toString().contains(u"no_such_table"_s), qPrintable(failed.first().first().toString()));
        QSqlDatabase db = storage.database()->connection();
        QSqlQuery query(db);
        QVERIFY(query.exec(u"SELECT group_concat(key) FROM (SELECT key FROM ui_state ORDER BY key)"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"a,b"_s); // the failing job lost only itself
    }

    void storesWorkInMemoryWhenTheDatabaseCannotOpen()
    {
        Storage storage(u"/proc/welkin-cannot-be-here/welkin.db"_s);
        QVERIFY(!storage.open());
        QVERIFY(!storage.errorString().isEmpty());
        storage.profiles()->save(makeProfile(u"x"_s, u"X"_s));
        QCOMPARE(storage.profiles()->profiles().size(), 1);
        storage.eventLog()->recordEvent(ProviderEvent{});
        QSignalSpy loaded(storage.eventLog(), &EventLog::recentLoaded);
        storage.eventLog()->loadRecent(10);
        QVERIFY(loaded.wait(5000)); // answered, empty
        QVERIFY(loaded.first().first().value<QList<LogEntry>>().isEmpty());
        storage.flush();
    }
};

QTEST_GUILESS_MAIN(TestStores)
#include "tst_stores.moc"
