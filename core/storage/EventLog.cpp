#include "EventLog.h"

#include "DatabaseWriter.h"
#include "SqlExec.h"
#include "providers/Task.h"

#include <QLoggingCategory>
#include <QSaveFile>

namespace welkin {

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

using namespace Qt::StringLiterals;

namespace {

constexpr int pruneEvery = 1000; // records between two prunes

const QString columns = u"id, time_ms, kind, severity, provider_id, resource, user, text, result,"
                        " connection_name, resource_name, request_id"_s;

// The WHERE clause for `filter`, and the values it binds in order.
QString whereClause(const EventLogFilter &filter, qint64 beforeId, QVariantList *values)
{
    QStringList terms;
    if (beforeId > 0) {
        terms.append(u"id < ?"_s);
        values->append(beforeId);
    }
    QStringList severities;
    if (filter.info)
        severities.append(QString::number(int(ProviderEvent::Severity::Info)));
    if (filter.warnings)
        severities.append(QString::number(int(ProviderEvent::Severity::Warning)));
    if (filter.errors)
        severities.append(QString::number(int(ProviderEvent::Severity::Error)));
    if (severities.size() < 3)
        terms.append(u"severity IN ("_s + severities.join(u',') + u')');
    if (filter.from.isValid()) {
        terms.append(u"time_ms >= ?"_s);
        values->append(filter.from.toMSecsSinceEpoch());
    }
    if (filter.to.isValid()) {
        terms.append(u"time_ms < ?"_s);
        values->append(filter.to.toMSecsSinceEpoch());
    }
    if (!filter.providerId.isEmpty()) {
        terms.append(u"provider_id = ?"_s);
        values->append(filter.providerId);
    }
    if (!filter.resource.isEmpty()) {
        terms.append(u"resource = ?"_s);
        values->append(filter.resource);
    }
    if (const QString text = filter.text.trimmed(); !text.isEmpty()) {
        // LIKE ignores case for ASCII; the user's % and _ are literal.
        QString pattern = text;
        pattern.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
        pattern = u'%' + pattern + u'%';
        terms.append(u"(resource_name LIKE ? ESCAPE '\\' OR resource LIKE ? ESCAPE '\\'"
                     " OR connection_name LIKE ? ESCAPE '\\')"_s);
        values->append(pattern);
        values->append(pattern);
        values->append(pattern);
    }
    return terms.isEmpty() ? QString() : u" WHERE "_s + terms.join(u" AND "_s);
}

QByteArray csvField(const QString &value)
{
    QByteArray bytes = value.toUtf8();
    // A VM name or a cloud's message starting like a formula must stay text in a spreadsheet.
    if (!bytes.isEmpty() && QByteArrayView("=+-@\t\r").contains(bytes.front()))
        bytes.prepend('\'');
    if (!bytes.contains(',') && !bytes.contains('"') && !bytes.contains('\n') && !bytes.contains('\r'))
        return bytes;
    bytes.replace('"', "\"\"");
    return '"' + bytes + '"';
}

QString severityKey(ProviderEvent::Severity severity)
{
    switch (severity) {
    case ProviderEvent::Severity::Info: return u"info"_s;
    case ProviderEvent::Severity::Warning: return u"warning"_s;
    case ProviderEvent::Severity::Error: return u"error"_s;
    }
    return {};
}

} // namespace

EventLog::EventLog(DatabaseWriter *writer, QObject *parent) : QObject(parent), m_writer(writer)
{
    m_exportThread.setMaxThreadCount(1);
}

EventLog::~EventLog()
{
    m_exportThread.waitForDone();
}

LogEntry EventLog::entryForTask(const Task &task)
{
    const bool ok = task.state() == Task::State::Succeeded;
    const bool cancelled = !ok && task.isCancelRequested();
    return LogEntry{
        .id = 0,
        .time = task.finishedAt().isValid() ? task.finishedAt() : QDateTime::currentDateTime(),
        .kind = LogEntry::Kind::Task,
        .severity = ok ? ProviderEvent::Severity::Info
                    : cancelled ? ProviderEvent::Severity::Warning
                                : ProviderEvent::Severity::Error,
        .providerId = task.target().providerId(),
        .resource = task.target().isValid() ? task.target().toString() : QString(),
        .user = task.userDisplay(),
        .text = task.title(),
        .result = ok ? u"succeeded"_s : (cancelled ? u"cancelled: "_s : u"failed: "_s) + task.errorText(),
        .connectionName = {},
        .resourceName = {},
        .requestId = {},
    };
}

LogEntry EventLog::entryForEvent(const ProviderEvent &event)
{
    return LogEntry{
        .id = 0,
        .time = event.time.isValid() ? event.time : QDateTime::currentDateTime(),
        .kind = LogEntry::Kind::Event,
        .severity = event.severity,
        .providerId = event.providerId,
        .resource = event.resource.isValid() ? event.resource.toString() : QString(),
        .user = event.user,
        .text = event.message,
        .result = {},
        .connectionName = {},
        .resourceName = {},
        .requestId = event.requestId,
    };
}

void EventLog::recordTask(const Task &task) { record(entryForTask(task)); }

void EventLog::recordEvent(const ProviderEvent &event) { record(entryForEvent(event)); }

void EventLog::record(LogEntry entry)
{
    if (!m_writer)
        return;
    if (m_namer) {
        if (entry.connectionName.isEmpty() && !entry.providerId.isEmpty())
            entry.connectionName = m_namer(ResourceId::provider(entry.providerId));
        if (entry.resourceName.isEmpty() && !entry.resource.isEmpty())
            entry.resourceName = m_namer(ResourceId::fromString(entry.resource));
    }
    m_writer->enqueue([entry](QSqlDatabase &db, QString *error) {
        return sql::exec(db,
                         u"INSERT INTO event_log (time_ms, kind, severity, provider_id, resource, user, text, result,"
                         " connection_name, resource_name, request_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                         {entry.time.toMSecsSinceEpoch(), int(entry.kind), int(entry.severity), entry.providerId,
                          entry.resource, entry.user, entry.text, entry.result, entry.connectionName,
                          entry.resourceName, entry.requestId},
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

QList<LogEntry> EventLog::readEntries(QSqlQuery &query)
{
    QList<LogEntry> entries;
    while (query.next()) {
        entries.append(LogEntry{
            .id = query.value(0).toLongLong(),
            .time = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong()),
            .kind = query.value(2).toInt() == int(LogEntry::Kind::Task) ? LogEntry::Kind::Task : LogEntry::Kind::Event,
            .severity = ProviderEvent::Severity(qBound(0, query.value(3).toInt(), 2)),
            .providerId = query.value(4).toString(),
            .resource = query.value(5).toString(),
            .user = query.value(6).toString(),
            .text = query.value(7).toString(),
            .result = query.value(8).toString(),
            .connectionName = query.value(9).toString(),
            .resourceName = query.value(10).toString(),
            .requestId = query.value(11).toString(),
        });
    }
    return entries;
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
        QSqlQuery query = sql::select(db, u"SELECT "_s + columns + u" FROM event_log ORDER BY id DESC LIMIT ?"_s,
                                      {limit}, &error);
        const QList<LogEntry> entries = readEntries(query);
        if (!error.isEmpty())
            qCWarning(lcStorage, "cannot read the event log: %s", qPrintable(error));
        QMetaObject::invokeMethod(this, [this, entries] { Q_EMIT recentLoaded(entries); }, Qt::QueuedConnection);
    });
}

quint64 EventLog::queryPage(const EventLogFilter &filter, qint64 beforeId, int limit)
{
    const quint64 requestId = m_nextRequest++;
    limit = qMax(1, limit);
    if (!m_writer) {
        QMetaObject::invokeMethod(this, [this, requestId] { Q_EMIT pageLoaded(requestId, {}, false); },
                                  Qt::QueuedConnection);
        return requestId;
    }
    m_writer->read([this, requestId, filter, beforeId, limit](QSqlDatabase &db) {
        QVariantList values;
        const QString where = whereClause(filter, beforeId, &values);
        values.append(limit + 1); // one more than asked: whether there are more
        QString error;
        QSqlQuery query = sql::select(db, u"SELECT "_s + columns + u" FROM event_log"_s + where
                                              + u" ORDER BY id DESC LIMIT ?"_s,
                                      values, &error);
        QList<LogEntry> entries = readEntries(query);
        if (!error.isEmpty())
            qCWarning(lcStorage, "cannot read the event log: %s", qPrintable(error));
        const bool more = entries.size() > limit;
        if (more)
            entries.resize(limit);
        QMetaObject::invokeMethod(this, [this, requestId, entries, more] { Q_EMIT pageLoaded(requestId, entries, more); },
                                  Qt::QueuedConnection);
    });
    return requestId;
}

quint64 EventLog::exportCsv(const EventLogFilter &filter, const QString &path)
{
    const quint64 requestId = m_nextRequest++;
    if (!m_writer) {
        m_exportThread.start([this, requestId, path] { writeCsv(requestId, {}, path, {}); });
        return requestId;
    }
    // Reading is quick on the database thread; the file (which may be slow: a network share) is
    // written on the export thread, so neither the GUI nor the database writes wait for it.
    m_writer->read([this, requestId, filter, path](QSqlDatabase &db) {
        QVariantList values;
        const QString where = whereClause(filter, 0, &values);
        values.append(maxRows);
        QString error;
        QSqlQuery query = sql::select(db, u"SELECT "_s + columns + u" FROM event_log"_s + where
                                              + u" ORDER BY id DESC LIMIT ?"_s,
                                      values, &error);
        QList<LogEntry> entries = readEntries(query);
        m_exportThread.start([this, requestId, entries = std::move(entries), path, error] {
            writeCsv(requestId, entries, path, error);
        });
    });
    return requestId;
}

void EventLog::writeCsv(quint64 requestId, const QList<LogEntry> &entries, const QString &path,
                        const QString &readError)
{
    QString error;
    if (!readError.isEmpty()) {
        error = tr("Could not read the event log: %1").arg(readError);
    } else {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            error = tr("Could not write %1: %2").arg(path, file.errorString());
        } else {
            file.write(csvHeader());
            for (const LogEntry &entry : entries)
                file.write(csvLine(entry));
            if (!file.commit())
                error = tr("Could not write %1: %2").arg(path, file.errorString());
        }
    }
    const qint64 rows = error.isEmpty() ? entries.size() : 0;
    // Queued to this object: the destructor waits for this thread, and Qt drops calls to a
    // deleted receiver.
    QMetaObject::invokeMethod(this, [this, requestId, rows, error] { Q_EMIT exportFinished(requestId, rows, error); },
                              Qt::QueuedConnection);
}

QByteArray EventLog::csvHeader()
{
    return "time,severity,kind,connection,resource,resource_id,message,result,user,request_id\r\n";
}

QByteArray EventLog::csvLine(const LogEntry &entry)
{
    const QStringList fields{
        entry.time.toUTC().toString(Qt::ISODateWithMs),
        severityKey(entry.severity),
        entry.kind == LogEntry::Kind::Task ? u"task"_s : u"event"_s,
        entry.connectionName.isEmpty() ? entry.providerId : entry.connectionName,
        entry.resourceName,
        entry.resource,
        entry.text,
        entry.result,
        entry.user,
        entry.requestId,
    };
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += ',';
        line += csvField(fields.at(i));
    }
    return line + "\r\n";
}

} // namespace welkin
