#pragma once

#include "providers/ProviderEvent.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

class QSqlDatabase;

namespace welkin {

class DatabaseWriter;
class Task;

// One row of the audit trail: a finished task (who asked for what, on what, when, with which
// result) or something a provider reported.
struct LogEntry {
    enum class Kind : quint8 { Task, Event };
    QDateTime time;
    Kind kind = Kind::Event;
    ProviderEvent::Severity severity = ProviderEvent::Severity::Info;
    QString providerId;
    QString resource; // ResourceId string form; empty for connection-level events
    QString user;     // local account that asked (tasks)
    QString text;     // task title or event message
    QString result;   // tasks: "succeeded" or "failed: <error>"; events: empty
};

// The audit trail in the database. Records are queued for the writer thread (batched there) and
// never block the caller; loadRecent() answers asynchronously through recentLoaded().
// Keeps the newest `maxRows` rows.
class EventLog : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 maxRows = 200000;

    explicit EventLog(DatabaseWriter *writer = nullptr, QObject *parent = nullptr);

    void recordTask(const Task &task); // call when the task finished
    void recordEvent(const ProviderEvent &event);
    void record(const LogEntry &entry);

    // Newest first. Delivered by recentLoaded() on this object's thread.
    void loadRecent(int limit);

    static LogEntry entryForTask(const Task &task);
    static LogEntry entryForEvent(const ProviderEvent &event);

Q_SIGNALS:
    void recentLoaded(const QList<welkin::LogEntry> &entries);

private:
    DatabaseWriter *m_writer;
    int m_sincePrune = 0;
};

} // namespace welkin

Q_DECLARE_METATYPE(welkin::LogEntry)
