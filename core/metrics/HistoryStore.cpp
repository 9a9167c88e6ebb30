#include "HistoryStore.h"

#include "HistoryDb.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSemaphore>
#include <QStandardPaths>
#include <QThread>

namespace welkin {

using namespace Qt::StringLiterals;

// Work for the writer thread other than inserts: a query, or a job whose caller waits.
struct HistoryStore::Request {
    quint64 id = 0;
    ResourceId resource;
    qint64 fromMs = 0, toMs = 0;
    HistoryResolution resolution = HistoryResolution::Raw;
    std::function<qint64(HistoryDb &)> job; // set: run it and release `done`
    qint64 jobResult = -1;
    QSemaphore done;
};

QString HistoryStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/metrics.db"_s;
}

HistoryStore::HistoryStore(QString path, HistoryOptions options, QObject *parent)
    : QObject(parent), m_path(std::move(path)), m_options(std::move(options))
{
    qRegisterMetaType<HistoryResult>();
    if (!m_options.clock)
        m_options.clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
}

HistoryStore::~HistoryStore()
{
    if (!m_thread)
        return;
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_wake.wakeAll();
    }
    m_thread->wait();
    delete m_thread;
}

qint64 HistoryStore::now() const
{
    return m_options.clock();
}

void HistoryStore::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(u"metrics-history"_s);
    m_thread->start(QThread::LowPriority);
}

void HistoryStore::enqueue(const MetricSamples &samples)
{
    if (samples.isEmpty())
        return;
    QMutexLocker lock(&m_mutex);
    if (m_queue.empty())
        m_queuedSince.start();
    m_queue.push_back(samples); // implicitly shared: no copy of the samples
    m_queued += samples.size();
    while (m_queued > m_options.maxQueuedSamples && !m_queue.empty()) {
        m_queued -= m_queue.front().size();
        m_dropped += quint64(m_queue.front().size());
        m_queue.pop_front();
    }
    m_wake.wakeOne();
}

HistoryResolution HistoryStore::resolutionFor(qint64 fromMs, qint64 toMs, qint64 nowMs, const HistoryOptions &options)
{
    // Few enough points for a chart (1 h raw at 2 s = 1,800; 24 h of minutes = 1,440; 30 days
    // of hours = 720), and a resolution that still exists for the start of the range.
    const qint64 span = toMs - fromMs;
    if (span <= 3 * HistoryOptions::hourMs && fromMs >= nowMs - options.rawRetentionMs)
        return HistoryResolution::Raw;
    if (span <= 3 * HistoryOptions::dayMs && fromMs >= nowMs - options.minuteRetentionMs)
        return HistoryResolution::Minute;
    return HistoryResolution::Hour;
}

quint64 HistoryStore::query(const ResourceId &id, qint64 fromMs, qint64 toMs)
{
    HistoryOptions options;
    {
        QMutexLocker lock(&m_mutex);
        options.rawRetentionMs = m_options.rawRetentionMs;
        options.minuteRetentionMs = m_options.minuteRetentionMs;
    }
    return query(id, fromMs, toMs, resolutionFor(fromMs, toMs, now(), options));
}

quint64 HistoryStore::query(const ResourceId &id, qint64 fromMs, qint64 toMs, HistoryResolution resolution)
{
    auto request = std::make_shared<Request>();
    request->id = m_nextRequestId++;
    request->resource = id;
    request->fromMs = fromMs;
    request->toMs = toMs;
    request->resolution = resolution;
    const quint64 id_ = request->id;
    post(std::move(request));
    return id_;
}

void HistoryStore::post(std::shared_ptr<Request> request)
{
    QMutexLocker lock(&m_mutex);
    m_requests.push_back(std::move(request));
    m_wake.wakeOne();
}

void HistoryStore::setRetention(qint64 rawMs, qint64 minuteMs, qint64 hourMs)
{
    QMutexLocker lock(&m_mutex);
    m_options.rawRetentionMs = rawMs;
    m_options.minuteRetentionMs = minuteMs;
    m_options.hourRetentionMs = hourMs;
}

void HistoryStore::requestMaintenance()
{
    QMutexLocker lock(&m_mutex);
    m_maintenanceRequested = true;
    m_wake.wakeOne();
}

qint64 HistoryStore::onWriter(const std::function<qint64(HistoryDb &)> &job)
{
    if (!m_thread)
        return -1;
    auto request = std::make_shared<Request>();
    request->job = job;
    post(request);
    // The request is shared: a late answer after a timeout touches nothing freed.
    return request->done.tryAcquire(1, 60'000) ? request->jobResult : -1;
}

bool HistoryStore::sync(int timeoutMs)
{
    if (!m_thread)
        return false;
    auto request = std::make_shared<Request>();
    request->job = [](HistoryDb &) { return qint64(0); };
    post(request);
    return request->done.tryAcquire(1, timeoutMs);
}

qint64 HistoryStore::rowCount(const QString &table)
{
    return onWriter([table](HistoryDb &db) { return db.rowCount(table); });
}

qint64 HistoryStore::tableBytes(const QString &table)
{
    return onWriter([table](HistoryDb &db) {
        db.checkpoint();
        return db.tableBytes(table);
    });
}

void HistoryStore::report(const QString &error)
{
    QMetaObject::invokeMethod(this, [this, error] { Q_EMIT errorOccurred(error); }, Qt::QueuedConnection);
}

void HistoryStore::run()
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    HistoryDb db(m_path, u"welkin-history-%1"_s.arg(quintptr(this), 0, 16), m_options.cacheKiB);
    QString error;
    if (!db.open(&error))
        report(error);
    qint64 lastMaintenance = m_options.clock();

    for (;;) {
        std::deque<MetricSamples> batches;
        std::deque<std::shared_ptr<Request>> requests;
        HistoryOptions options;
        bool stopping = false, forceMaintenance = false;
        {
            QMutexLocker lock(&m_mutex);
            // Sleep until there is something to answer, or enough to write (see flushIntervalMs);
            // at most 5 s, to look at the clock for maintenance.
            while (m_requests.empty() && !m_stopping && !m_maintenanceRequested
                   && m_queued < m_options.flushSamples) {
                qint64 timeout = 5000;
                if (!m_queue.empty()) {
                    timeout = m_options.flushIntervalMs - m_queuedSince.elapsed();
                    if (timeout <= 0)
                        break;
                }
                if (!m_wake.wait(&m_mutex, QDeadlineTimer(timeout)))
                    break;
            }
            batches.swap(m_queue);
            m_queued = 0;
            requests.swap(m_requests);
            stopping = m_stopping;
            forceMaintenance = m_maintenanceRequested;
            m_maintenanceRequested = false;
            options = m_options;
        }
        if (!batches.empty()) {
            qsizetype total = 0;
            for (const MetricSamples &b : batches)
                total += b.size();
            const qsizetype written = db.isOpen() ? db.write(batches, options.rawIntervalMs, &error) : 0;
            if (db.isOpen() && written == 0 && !error.isEmpty()) {
                report(error);
                error.clear();
                m_dropped += quint64(total);
            } else if (!db.isOpen()) {
                m_dropped += quint64(total);
            }
            m_written += quint64(written);
        }
        const qint64 nowMs = options.clock();
        if (db.isOpen() && (forceMaintenance || nowMs - lastMaintenance >= options.maintenanceIntervalMs
                            || nowMs < lastMaintenance)) {
            if (!db.maintain(nowMs, options, &error)) {
                report(error);
                error.clear();
            }
            lastMaintenance = nowMs;
        }
        for (const std::shared_ptr<Request> &request : requests) {
            if (request->job) {
                request->jobResult = db.isOpen() ? request->job(db) : -1;
                request->done.release();
                continue;
            }
            HistoryResult result;
            if (db.isOpen()) {
                result = db.query(request->resource, request->fromMs, request->toMs, request->resolution);
            } else {
                result.id = request->resource;
                result.error = tr("The metric history is not available.");
            }
            result.requestId = request->id;
            // Announced on the store's thread: receivers and QSignalSpy see an ordinary signal.
            QMetaObject::invokeMethod(this, [this, result] { Q_EMIT queryFinished(result); }, Qt::QueuedConnection);
        }
        if (stopping) {
            QMutexLocker lock(&m_mutex);
            if (m_queue.empty() && m_requests.empty())
                break;
        }
    }
    db.checkpoint();
}

} // namespace welkin
