#include "EventLog.h"

#include "DatabaseWriter.h"
#include "SqlExec.h"
#include "providers/Task.h"

#include <QLoggingCategory>

namespace welkin {

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

using namespace Qt::StringLiterals;

namespace {
constexpr int pruneEvery = 1000; // records between two prunes
}

EventLog::EventLog(DatabaseWriter *writer, QObject *parent) : QObject(parent), m_writer(writer) {}

LogEntry EventLog::entryForTask(const Task &task)
{
    const bool ok = task.state() == Task::State::Succeeded;
    return LogEntry{
        .time = task.finishedAt().isValid() ? task.finishedAt() : QDateTime::currentDateTime(),
        .kind = LogEntry::Kind::Task,
        .severity = ok ? ProviderEvent::Severity::Info : ProviderEvent::Severity::Error,
        .providerId = task.target().providerId(),
        .resource = task.target().isValid() ? task.target().toString() : QString(),
        .user = task.user(),
        .text = task.title(),
        .result = ok ? u"succeeded"_s : u"failed: "_s + task.errorText(),
    };
}

LogEntry EventLog::entryForEvent(const ProviderEvent &event)
{
    return LogEntry{
        .time = event.time.isValid() ? event.time : QDateTime::currentDateTime(),
        .kind = LogEntry::Kind::Event,
        .severity = event.severity,
        .providerId = event.providerId,
        .resource = event.resource.isValid() ? event.resource.toString() : QString(),
        .user = {},
        .text = event.message,
        .result = {},
    };
}

void EventLog::recordTask(const Task &task) { record(entryForTask(task)); }

void EventLog::recordEvent(const ProviderEvent &event) { record(entryForEvent(event)); }

void EventLog::record(const LogEntry &entry)
{
    if (!m_writer)
        return;
    m_writer->enqueue([entry](QSqlDatabase &db, QString *error) {
        return sql::exec(db,
                         u"INSERT INTO event_log (time_ms, kind, severity, provider_id, resource, user, text, result)"
                         " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                         {entry.time.toMSecsSinceEpoch(), int(entry.kind), int(entry.severity), entry.providerId,
                          entry.resource, entry.user, entry.text, entry.result},
                         error);
    });
    if (++m_sincePrune < pruneEvery)
        return;
    m_sincePrune = 0;
    m_writer->enqueue([](QSqlDatabase &db, QString *error) {
        return sql::exec(db, u"DELETE FROM event_log WHERE id <= (SELECT max(id) FROM event_log) - ?"_s, {maxRows},
                         error);
    });
}

void EventLog::loadRecent(int limit)
{
    if (!m_writer) {
        QMetaObject::invokeMethod(this, [this] { Q_EMIT recentLoaded({}); }, Qt::QueuedConnection);
        return;
    }
    // The writer stops before the stores go away (Storage), so `this` outlives the job; a queued call
    // to an object deleted meanwhile is dropped by Qt.
    m_writer->read([this, limit](QSqlDatabase &db) {
        QString error;
        QSqlQuery query = sql::select(db,
                                      u"SELECT time_ms, kind, severity, provider_id, resource, user, text, result"
                                      " FROM event_log ORDER BY id DESC LIMIT ?"_s,
                                      {limit}, &error);
        QList<LogEntry> entries;
        while (query.next()) {
            entries.append(LogEntry{
                .time = QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong()),
                .kind = query.value(1).toInt() == int(LogEntry::Kind::Task) ? LogEntry::Kind::Task : LogEntry::Kind::Event,
                .severity = ProviderEvent::Severity(qBound(0, query.value(2).toInt(), 2)),
                .providerId = query.value(3).toString(),
                .resource = query.value(4).toString(),
                .user = query.value(5).toString(),
                .text = query.value(6).toString(),
                .result = query.value(7).toString(),
            });
        }
        if (!error.isEmpty())
            qCWarning(lcStorage, "cannot read the event log: %s", qPrintable(error));
        QMetaObject::invokeMethod(this, [this, entries] { Q_EMIT recentLoaded(entries); }, Qt::QueuedConnection);
    });
}

} // namespace welkin
