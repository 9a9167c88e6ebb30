#pragma once

#include <QMutex>
#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QThread>

#include <functional>
#include <vector>

namespace welkin {

class Database;

// The one thread that writes to the database, so the GUI thread never waits on SQL writes.
// Jobs queued from any thread run in order; everything queued while the thread was busy runs in
// one transaction (batching), each job in its own savepoint so one failing job loses only itself.
class DatabaseWriter : public QObject
{
    Q_OBJECT
public:
    // A write: runs on the writer thread with its connection; false + `error` when it failed.
    using Job = std::function<bool(QSqlDatabase &db, QString *error)>;
    // A read: runs on the writer thread after every write queued before it (with a closed
    // connection when the database is not open, so readers still get their empty answer).
    using ReadJob = std::function<void(QSqlDatabase &db)>;

    explicit DatabaseWriter(Database *database, QObject *parent = nullptr);
    ~DatabaseWriter() override; // commits what is queued, then stops the thread

    // Thread-safe. Writes are dropped when the database is not open (the stores then live in memory).
    void enqueue(Job job);
    void read(ReadJob job);

    // Blocks until everything queued so far is committed: for shutdown and tests only.
    void flush();

Q_SIGNALS:
    void writeFailed(const QString &error); // emitted on the writer thread

private:
    void runBatch(); // writer thread
    void stop();

    Database *m_database;
    QThread m_thread;
    QObject *m_worker;
    QMutex m_mutex;
    std::vector<Job> m_pending;
    bool m_scheduled = false;
    bool m_stopped = false;
};

} // namespace welkin
