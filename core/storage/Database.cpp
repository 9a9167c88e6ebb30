#include "Database.h"

#include "Migrations.h"
#include "SqlExec.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <atomic>

namespace welkin {

Q_LOGGING_CATEGORY(lcStorage, "welkin.storage")

using namespace Qt::StringLiterals;

namespace {

std::atomic<quint64> nextInstance{1};
std::atomic<quint64> nextThreadSerial{1};
thread_local const quint64 threadSerial = nextThreadSerial++; // unique for the process's life

// Files bigger than this get only a cheap check at start-up: a full quick_check would stall it.
constexpr qint64 fullCheckLimit = 64 * 1024 * 1024;

QString tr(const char *text) { return QCoreApplication::translate("welkin::Database", text); }

// SQLITE_CORRUPT (11) and SQLITE_NOTADB (26), also as extended codes.
bool isDamageError(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    if (ok && (code == 11 || code == 26))
        return true;
    const QString text = error.text();
    return text.contains(u"malformed"_s) || text.contains(u"not a database"_s);
}

} // namespace

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/welkin.db"_s;
}

Database::Database(QString path) : m_path(std::move(path)), m_instance(nextInstance++) {}

Database::~Database() { releaseThreadConnection(); }

QString Database::connectionName() const
{
    return u"welkin-db-%1-thread-%2"_s.arg(m_instance).arg(threadSerial);
}

bool Database::open()
{
    m_open = false;
    m_error.clear();
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        m_error = tr("cannot create the folder %1").arg(info.absolutePath());
        return false;
    }
    for (int attempt = 0; attempt < 2; ++attempt) {
        QString error;
        QString damage;
        bool damaged = false;
        {
            QSqlDatabase db = openConnection(&error, &damaged);
            if (damaged) {
                damage = error;
            } else if (db.isOpen()) {
                damaged = looksDamaged(db, &damage);
                if (!damaged && damage.isEmpty()) {
                    if (migrations::migrate(db, &error)) {
                        m_open = true;
                        return true;
                    }
                }
                if (!damaged && !damage.isEmpty())
                    error = damage;
            }
        }
        releaseThreadConnection();
        if (!damaged || attempt > 0) {
            m_error = tr("cannot open the database %1: %2").arg(m_path, damaged ? damage : error);
            return false;
        }
        if (!moveAside(damage))
            return false;
    }
    return false;
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);
    if (!m_open)
        return QSqlDatabase();
    QString error;
    bool damaged = false;
    QSqlDatabase db = openConnection(&error, &damaged);
    if (!db.isOpen())
        qCWarning(lcStorage, "cannot open a connection to %s: %s", qPrintable(m_path), qPrintable(error));
    return db;
}

void Database::releaseThreadConnection() const
{
    const QString name = connectionName();
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// `damaged`: SQLite called the file damaged while the connection was set up.
QSqlDatabase Database::openConnection(QString *error, bool *damaged) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName());
    db.setDatabaseName(m_path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open()) {
        *error = sql::errorText(db.lastError());
        return db;
    }
    QSqlQuery query(db);
    for (const QString &pragma : {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=NORMAL"_s,
                                  u"PRAGMA foreign_keys=ON"_s}) {
        if (!query.exec(pragma)) {
            *error = sql::errorText(query.lastError());
            *damaged = isDamageError(query.lastError());
            db.close();
            return db;
        }
    }
    return db;
}

// True when SQLite calls the file damaged; `reason` says why. Other failures (locked, I/O) leave
// it false with `reason` set: those are not a reason to move the user's file.
bool Database::looksDamaged(QSqlDatabase &db, QString *reason) const
{
    QSqlQuery query(db);
    const bool full = QFileInfo(m_path).size() <= fullCheckLimit;
    if (!query.exec(full ? u"PRAGMA quick_check"_s : u"SELECT count(*) FROM sqlite_master"_s)) {
        *reason = sql::errorText(query.lastError());
        return isDamageError(query.lastError());
    }
    if (!full)
        return false;
    QStringList problems;
    while (query.next())
        problems.append(query.value(0).toString());
    if (problems == QStringList{u"ok"_s})
        return false;
    *reason = problems.mid(0, 3).join(u"; "_s);
    return true;
}

bool Database::moveAside(const QString &reason)
{
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    QString target = m_path + u".corrupt-"_s + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = m_path + u".corrupt-"_s + stamp + u"-"_s + QString::number(n);
    if (!QFile::rename(m_path, target)) {
        m_error = tr("the database %1 is damaged (%2) and could not be moved aside").arg(m_path, reason);
        return false;
    }
    // The journal files belong to the damaged file; a fresh database must not pick them up.
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s}) {
        if (QFileInfo::exists(m_path + suffix) && !QFile::rename(m_path + suffix, target + suffix))
            QFile::remove(m_path + suffix);
    }
    m_movedAside = target;
    m_recovery = tr("The database %1 was damaged (%2). It was moved to %3 and a new, empty database was "
                    "created: connection profiles, groups and the event log start afresh.")
                     .arg(m_path, reason, target);
    qCWarning(lcStorage).noquote() << m_recovery;
    return true;
}

} // namespace welkin
