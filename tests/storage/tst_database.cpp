// The SQLite file: schema migrations from every older version, damaged files at start-up,
// WAL, one connection per thread.
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/SqlExec.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace welkin;
using namespace Qt::StringLiterals;

namespace {

QVariant scalar(QSqlDatabase db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement) || !query.next())
        return QVariant(u"ERROR: "_s + query.lastError().text());
    return query.value(0);
}

// A raw connection outside Database, to build old files and look at results.
class RawConnection
{
public:
    explicit RawConnection(const QString &path) : m_name(u"raw-"_s + path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

void exec(QSqlDatabase db, const QString &statement, const QVariantList &values = {})
{
    QString error;
    QVERIFY2(sql::exec(db, statement, values, &error), qPrintable(error));
}

// Data that an old version could hold, written with that version's columns.
void fillVersion(QSqlDatabase db, int version)
{
    if (version >= 1)
        exec(db, u"INSERT INTO profiles (id, kind, display_name, uri, options, position) VALUES (?, ?, ?, ?, ?, ?)"_s,
             {u"qemu+ssh://kvm1/system"_s, u"libvirt"_s, u"kvm1"_s, u"qemu+ssh://kvm1/system"_s,
              u"{\"keepaliveInterval\":7}"_s, 0});
    if (version >= 2) {
        exec(db, u"INSERT INTO vm_groups (id, name, position) VALUES ('g1', 'web', 0)"_s);
        exec(db, u"INSERT INTO vm_group_members (group_id, resource, position) VALUES ('g1', 'vm:1@x', 0)"_s);
    }
    if (version >= 3)
        exec(db, u"INSERT INTO event_log (time_ms, kind, severity, text) VALUES (1000, 1, 0, 'started')"_s);
    if (version >= 4)
        exec(db, u"INSERT INTO certificate_pins (connection_id, sha256, pinned_ms) VALUES ('c', 'abcd', 1)"_s);
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void freshFileHasNewestSchemaAndWal()
    {
        QTemporaryDir dir;
        Database database(dir.filePath(u"sub/dir/welkin.db"_s));
        QVERIFY2(database.open(), qPrintable(database.errorString()));
        QVERIFY(database.recoveryMessage().isEmpty());
        QSqlDatabase db = database.connection();
        QCOMPARE(scalar(db, u"SELECT version FROM schema_version"_s).toInt(), migrations::latestVersion());
        QCOMPARE(scalar(db, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(scalar(db, u"PRAGMA foreign_keys"_s).toInt(), 1);
    }

    void migratesFromEveryOlderVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int version = 0; version < migrations::latestVersion(); ++version)
            QTest::addRow("v%d", version) << version;
    }

    void migratesFromEveryOlderVersion()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"welkin.db"_s);
        {
            RawConnection raw(path);
            QSqlDatabase db = raw.db();
            QString error;
            QVERIFY2(migrations::migrate(db, &error, from), qPrintable(error));
            QCOMPARE(migrations::currentVersion(db, &error), from);
            fillVersion(db, from);
        }
        Database database(path);
        QVERIFY2(database.open(), qPrintable(database.errorString()));
        QSqlDatabase db = database.connection();
        QString error;
        QCOMPARE(migrations::currentVersion(db, &error), migrations::latestVersion());
        // The old rows survived; the new columns have their defaults.
        const int profiles = from >= 1 ? 1 : 0;
        QCOMPARE(scalar(db, u"SELECT count(*) FROM profiles"_s).toInt(), profiles);
        if (from >= 1) {
            QCOMPARE(scalar(db, u"SELECT options FROM profiles"_s).toString(), u"{\"keepaliveInterval\":7}"_s);
            QCOMPARE(scalar(db, u"SELECT updated_ms FROM profiles"_s).toLongLong(), 0);
        }
        QCOMPARE(scalar(db, u"SELECT count(*) FROM vm_group_members"_s).toInt(), from >= 2 ? 1 : 0);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM event_log"_s).toInt(), from >= 3 ? 1 : 0);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM certificate_pins"_s).toInt(), from >= 4 ? 1 : 0);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM ui_state"_s).toInt(), 0);
        QCOMPARE(scalar(db, u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
        // Foreign keys hold after migration: deleting a group removes its members.
        QVERIFY(QSqlQuery(db).exec(u"DELETE FROM vm_groups"_s));
        QCOMPARE(scalar(db, u"SELECT count(*) FROM vm_group_members"_s).toInt(), 0);
    }

    void refusesFileFromNewerWelkin()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"welkin.db"_s);
        {
            RawConnection raw(path);
            exec(raw.db(), u"CREATE TABLE schema_version (version INTEGER NOT NULL)"_s);
            exec(raw.db(), u"INSERT INTO schema_version VALUES (999)"_s);
        }
        Database database(path);
        QVERIFY(!database.open());
        QVERIFY2(database.errorString().contains(u"newer"_s), qPrintable(database.errorString()));
        QVERIFY(QFile::exists(path)); // the user's newer file is left alone
        QCOMPARE(QDir(dir.path()).entryList({u"*.corrupt-*"_s}).size(), 0);
    }

    void damagedFileIsMovedAside_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("truncated to half") << u"truncate"_s;
        QTest::newRow("garbage header") << u"garbage"_s;
        QTest::newRow("overwritten pages") << u"pages"_s;
    }

    void damagedFileIsMovedAside()
    {
        QFETCH(QString, damage);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"welkin.db"_s);
        {
            Database database(path);
            QVERIFY(database.open());
            QSqlDatabase db = database.connection();
            QVERIFY(db.transaction());
            for (int i = 0; i < 2000; ++i)
                exec(db, u"INSERT INTO event_log (time_ms, kind, severity, text) VALUES (?, 1, 0, ?)"_s,
                     {i, u"event number %1 with some text to fill pages"_s.arg(i)});
            QVERIFY(db.commit());
            QVERIFY(QSqlQuery(db).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        }
        QFile file(path);
        const qint64 size = file.size();
        QVERIFY(size > 64 * 1024);
        if (damage == u"truncate"_s) {
            QVERIFY(file.resize(size / 2));
        } else {
            QVERIFY(file.open(QIODevice::ReadWrite));
            if (damage == u"pages"_s)
                file.seek(size / 3);
            file.write(QByteArray(damage == u"pages"_s ? 16384 : 512, '\xA5'));
            file.close();
        }
        const QByteArray damagedBytes = [&] {
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();

        Database database(path);
        QVERIFY2(database.open(), qPrintable(database.errorString()));
        QVERIFY2(database.recoveryMessage().contains(u"moved"_s), qPrintable(database.recoveryMessage()));
        const QStringList aside = QDir(dir.path()).entryList({u"welkin.db.corrupt-*"_s});
        QCOMPARE(aside.size(), 1);
        QCOMPARE(dir.filePath(aside.first()), database.movedAsidePath());
        QFile moved(database.movedAsidePath());
        QVERIFY(moved.open(QIODevice::ReadOnly));
        QCOMPARE(moved.readAll(), damagedBytes); // nothing of the user's data was thrown away
        // The fresh database works.
        QSqlDatabase db = database.connection();
        QCOMPARE(scalar(db, u"SELECT count(*) FROM event_log"_s).toInt(), 0);
        exec(db, u"INSERT INTO event_log (time_ms, kind, severity, text) VALUES (1, 1, 0, 'after')"_s);
        QCOMPARE(scalar(db, u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    }

    void unwritableFolderGivesClearError()
    {
        Database database(u"/proc/welkin-cannot-be-here/welkin.db"_s);
        QVERIFY(!database.open());
        QVERIFY2(database.errorString().contains(u"/proc/welkin-cannot-be-here"_s), qPrintable(database.errorString()));
        QVERIFY(!database.connection().isOpen());
    }

    void oneConnectionPerThread()
    {
        QTemporaryDir dir;
        Database database(dir.filePath(u"welkin.db"_s));
        QVERIFY(database.open());
        QSqlDatabase mine = database.connection();
        QString workerConnection;
        bool workerOk = false;
        QThread *worker = QThread::create([&] {
            {
                QSqlDatabase db = database.connection();
                workerConnection = db.connectionName();
                db.transaction();
                QString error;
                workerOk = true;
                for (int i = 0; i < 1000 && workerOk; ++i)
                    workerOk = sql::exec(db, u"INSERT INTO ui_state (key, value) VALUES (?, 'x')"_s, {i}, &error);
                workerOk = workerOk && db.commit();
            }
            database.releaseThreadConnection();
        });
        worker->start();
        QVERIFY(worker->wait(30000));
        delete worker;
        QVERIFY(workerOk);
        QVERIFY(!workerConnection.isEmpty());
        QVERIFY(workerConnection != mine.connectionName());
        QVERIFY(!QSqlDatabase::contains(workerConnection)); // released by the thread
        QCOMPARE(scalar(mine, u"SELECT count(*) FROM ui_state"_s).toInt(), 1000);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
