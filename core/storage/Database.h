#pragma once

#include <QSqlDatabase>
#include <QString>

namespace welkin {

// Welkin's one SQLite file (Qt Sql, QSQLITE): profiles, groups, UI state, the audit log,
// certificate pins, later the metric history. WAL mode, versioned migrations (Migrations.h).
//
// Qt allows a QSqlDatabase only on the thread that created it, so connection() hands out one
// connection per thread, named after this Database and the thread. A thread that ends must call
// releaseThreadConnection() first (the writer thread does).
//
// open() recovers from a damaged file: when SQLite reports the file as corrupt or not a database,
// it is moved aside to "<name>.corrupt-<timestamp>" (with its -wal/-shm) and a fresh database is
// created; recoveryMessage() then says so. It never deletes the user's data.
class Database
{
public:
    // AppDataLocation/welkin.db (~/.local/share/welkin/welkin.db).
    static QString defaultPath();

    explicit Database(QString path = defaultPath());
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Creates the folder and file if needed, recovers a damaged file, migrates the schema to the
    // newest version. False with errorString() when the database cannot be used.
    bool open();
    bool isOpen() const { return m_open; }
    const QString &path() const { return m_path; }
    const QString &errorString() const { return m_error; }
    const QString &recoveryMessage() const { return m_recovery; } // empty unless a file was moved aside
    const QString &movedAsidePath() const { return m_movedAside; }

    // This thread's connection, opened on first use (WAL, busy timeout, foreign keys).
    // Invalid (isOpen() false) when the database could not be opened.
    QSqlDatabase connection() const;
    void releaseThreadConnection() const;

private:
    QString connectionName() const;
    QSqlDatabase openConnection(QString *error, bool *damaged) const;
    bool looksDamaged(QSqlDatabase &db, QString *reason) const;
    bool moveAside(const QString &reason);

    QString m_path;
    quint64 m_instance;
    bool m_open = false;
    QString m_error;
    QString m_recovery;
    QString m_movedAside;
};

} // namespace welkin
