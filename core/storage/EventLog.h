#pragma once

#include "providers/ProviderEvent.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <atomic>
#include <functional>

class QSqlDatabase;
class QSqlQuery;

namespace welkin {

class DatabaseWriter;
class Task;

// One row of the audit trail: a finished task (who asked for what, on what, when, with which
// result) or something a provider reported.
struct LogEntry {
    enum class Kind : quint8 { Task, Event };
    qint64 id = 0; // row id once stored (read back); rows are numbered in the order recorded
    QDateTime time;
    Kind kind = Kind::Event;
    ProviderEvent::Severity severity = ProviderEvent::Severity::Info;
    QString providerId;
    QString resource; // ResourceId string form; empty for connection-level events
    QString user;     // tasks: the local account (and who the connection acts as); events: who caused it
    QString text;     // task title or event message
    QString result;   // tasks: "succeeded", "failed: <error>" or "cancelled: <why>"; events: empty
    QString connectionName; // the connection's and the resource's names when recorded, so the
    QString resourceName;   // log still reads after they were renamed or removed
    QString requestId;      // the cloud's request id, when the event named one
};

// Which stored rows a viewer or an export asks for. Empty fields do not filter.
struct EventLogFilter {
    QString text;        // in the resource's name or id, or the connection's name (case-insensitive)
    QString providerId;  // this connection only
    QString resource;    // this resource only (ResourceId string form)
    bool info = true, warnings = true, errors = true;
    QDateTime from, to;  // time of the task's end or the event, from inclusive, to exclusive
};

// The audit trail in the database. Records are queued for the writer thread (batched there) and
// never block the caller. Reads run as DatabaseWriter read jobs (after the writes queued before
// them) and answer through signals on this object's thread; the CSV export writes its file on a
// thread of its own. Keeps the newest `maxRows` rows.
class EventLog : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 maxRows = 200000;

    explicit EventLog(DatabaseWriter *writer = nullptr, QObject *parent = nullptr);
    ~EventLog() override; // waits for a CSV export still writing its file

    // Names a connection (ResourceId::provider) or a resource at the moment a row is recorded
    // ("" when unknown). Called on the recording thread.
    using Namer = std::function<QString(const ResourceId &id)>;
    void setNamer(Namer namer) { m_namer = std::move(namer); }

    void recordTask(const Task &task); // call when the task finished
    void recordEvent(const ProviderEvent &event);
    void record(LogEntry entry);

    // Newest first. Delivered by recentLoaded() on this object's thread.
    void loadRecent(int limit);

    // One page of the rows `filter` accepts, newest recorded first, older than row `beforeId`
    // (0: from the newest). Answered by pageLoaded() with the returned request id; `more` says
    // whether older matching rows exist.
    quint64 queryPage(const EventLogFilter &filter, qint64 beforeId, int limit);
    // Every row `filter` accepts (at most maxRows), newest first, as CSV (RFC 4180, UTF-8) into
    // `path`. Answered by exportFinished() with the returned request id.
    quint64 exportCsv(const EventLogFilter &filter, const QString &path);

    static LogEntry entryForTask(const Task &task);
    static LogEntry entryForEvent(const ProviderEvent &event);
    // The CSV form: a header line, then one line per entry (fields quoted when they hold a comma,
    // a quote or a line break; quotes doubled; CRLF line ends).
    static QByteArray csvHeader();
    static QByteArray csvLine(const LogEntry &entry);

Q_SIGNALS:
    void recentLoaded(const QList<welkin::LogEntry> &entries);
    void pageLoaded(quint64 requestId, const QList<welkin::LogEntry> &entries, bool more);
    // rows written, or `error` (a failed read or write; then the file is left as it was).
    void exportFinished(quint64 requestId, qint64 rows, const QString &error);

private:
    static QList<LogEntry> readEntries(QSqlQuery &query);
    void writeCsv(quint64 requestId, const QList<LogEntry> &entries, const QString &path, const QString &readError);

    DatabaseWriter *m_writer;
    Namer m_namer;
    int m_sincePrune = 0;
    std::atomic<quint64> m_nextRequest{1};
    QThreadPool m_exportThread; // one thread: file writes off the GUI and database threads
};

} // namespace welkin

Q_DECLARE_METATYPE(welkin::LogEntry)
Q_DECLARE_METATYPE(welkin::EventLogFilter)
