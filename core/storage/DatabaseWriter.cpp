#include "DatabaseWriter.h"

#include "Database.h"

#include "SqlExec.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

namespace welkin {

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

using namespace Qt::StringLiterals;

DatabaseWriter::DatabaseWriter(Database *database, QObject *parent)
    : QObject(parent), m_database(database), m_worker(new QObject)
{
    m_thread.setObjectName(u"welkin-db-writer"_s);
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

DatabaseWriter::~DatabaseWriter()
{
    stop();
    delete m_worker;
}

void DatabaseWriter::enqueue(Job job)
{
    if (!m_database->isOpen())
        return;
    QMutexLocker lock(&m_mutex);
    if (m_stopped)
        return;
    m_pending.push_back(std::move(job));
    if (m_scheduled)
        return;
    m_scheduled = true;
    QMetaObject::invokeMethod(m_worker, [this] { runBatch(); }, Qt::QueuedConnection);
}

void DatabaseWriter::read(ReadJob job)
{
    // Runs also when the database is not open (with a closed connection): the reader still answers.
    QMutexLocker lock(&m_mutex);
    if (m_stopped)
        return;
    QMetaObject::invokeMethod(
        m_worker,
        [this, job = std::move(job)] {
            runBatch();
            QSqlDatabase db = m_database->connection();
            job(db);
        },
        Qt::QueuedConnection);
}

void DatabaseWriter::flush()
{
    Q_ASSERT(QThread::currentThread() != &m_thread);
    if (m_thread.isRunning())
        QMetaObject::invokeMethod(m_worker, [this] { runBatch(); }, Qt::BlockingQueuedConnection);
}

void DatabaseWriter::stop()
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_stopped)
            return;
        m_stopped = true;
    }
    if (m_thread.isRunning()) {
        QMetaObject::invokeMethod(
            m_worker,
            [this] {
                runBatch();
                m_database->releaseThreadConnection();
            },
            Qt::BlockingQueuedConnection);
    }
    m_thread.quit();
    m_thread.wait();
}

void DatabaseWriter::runBatch()
{
    std::vector<Job> batch;
    {
        QMutexLocker lock(&m_mutex);
        batch.swap(m_pending);
        m_scheduled = false;
    }
    if (batch.empty())
        return;
    QSqlDatabase db = m_database->connection();
    QSqlQuery query(db);
    auto fail = [this](const QString &error) {
        qCWarning(lcStorage, "database write failed: %s", qPrintable(error));
        Q_EMIT writeFailed(error);
    };
    if (!db.transaction()) {
        fail(sql::errorText(db.lastError()));
        return;
    }
    for (const Job &job : batch) {
        QString error;
        query.exec(u"SAVEPOINT job"_s);
        if (job(db, &error)) {
            query.exec(u"RELEASE job"_s);
        } else {
            query.exec(u"ROLLBACK TO job"_s);
            query.exec(u"RELEASE job"_s);
            fail(error);
        }
    }
    if (!db.commit()) {
        fail(sql::errorText(db.lastError()));
        db.rollback();
    }
}

} // namespace welkin
