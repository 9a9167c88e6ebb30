#pragma once

#include "HistoryTypes.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QObject>
#include <QWaitCondition>

#include <atomic>
#include <deque>
#include <memory>

class QSemaphore;
class QThread;

namespace welkin {

class HistoryDb;

// The metric history in its own SQLite file (QSQLITE, WAL): raw samples, 1-minute and 1-hour
// rollups (min/avg/max) with configurable retention (HistoryOptions).
//
// Threads: the GUI thread only queues. enqueue() appends a batch under a mutex and returns;
// one writer thread owns the connection, writes the queued batches in one transaction, runs the
// rollups and the purge (at most once per maintenanceIntervalMs of the injectable clock) and
// answers queries, whose results come back through queryFinished(). When the writer falls
// behind, the queue keeps at most maxQueuedSamples: the oldest batches go, counted in
// droppedSamples(). Polling is never blocked.
//
// Merging into core/storage's Database later: the tables (series, raw, rollup_1m, rollup_1h,
// meta) move into a migration of the main file unchanged; this file's schema_version becomes
// that migration's number, and HistoryDb takes the connection from Database::connection() on
// this writer thread instead of opening its own.
class HistoryStore : public QObject
{
    Q_OBJECT
public:
    // AppDataLocation/metrics.db
    static QString defaultPath();

    explicit HistoryStore(QString path = defaultPath(), HistoryOptions options = {}, QObject *parent = nullptr);
    // Writes what is queued, then stops the writer.
    ~HistoryStore() override;

    // Starts the writer thread, which opens (creates, migrates) the file; a failure is reported
    // through errorOccurred() and writes are then counted as dropped.
    void start();

    void enqueue(const MetricSamples &samples);
    // requestId for queryFinished(). Resolution: resolutionFor() unless given.
    quint64 query(const ResourceId &id, qint64 fromMs, qint64 toMs);
    quint64 query(const ResourceId &id, qint64 fromMs, qint64 toMs, HistoryResolution resolution);
    static HistoryResolution resolutionFor(qint64 fromMs, qint64 toMs, qint64 nowMs, const HistoryOptions &options);

    // Takes effect at the next maintenance pass.
    void setRetention(qint64 rawMs, qint64 minuteMs, qint64 hourMs);
    void requestMaintenance();

    // Blocks until everything queued so far (writes, queries, a due maintenance pass) is done.
    // For tests, the benchmark and shutdown, never for the GUI thread while running.
    bool sync(int timeoutMs = 60'000);

    quint64 droppedSamples() const { return m_dropped.load(); }
    quint64 writtenSamples() const { return m_written.load(); }
    qint64 now() const;
    const QString &path() const { return m_path; }

    // Rows and bytes of a table ("raw", "rollup_1m", "rollup_1h"), answered on the writer thread
    // (tests, benchmark). Bytes: -1 without SQLite's dbstat table.
    qint64 rowCount(const QString &table);
    qint64 tableBytes(const QString &table);

Q_SIGNALS:
    void queryFinished(const welkin::HistoryResult &result);
    void errorOccurred(const QString &message);

private:
    struct Request;
    void post(std::shared_ptr<Request> request);
    void run();
    void report(const QString &error); // from the writer thread
    qint64 onWriter(const std::function<qint64(HistoryDb &)> &job);

    QString m_path;
    HistoryOptions m_options;       // retention fields guarded by m_mutex
    QThread *m_thread = nullptr;

    QMutex m_mutex;
    QWaitCondition m_wake;
    std::deque<MetricSamples> m_queue;
    qsizetype m_queued = 0;
    QElapsedTimer m_queuedSince; // when the oldest queued batch arrived
    std::deque<std::shared_ptr<Request>> m_requests;
    bool m_stopping = false;
    bool m_maintenanceRequested = false;

    std::atomic<quint64> m_nextRequestId{1};
    std::atomic<quint64> m_dropped{0};
    std::atomic<quint64> m_written{0};
};

} // namespace welkin
