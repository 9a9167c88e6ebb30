#include "EventLogModel.h"

#include "model/ResourceId.h"

#include <QApplication>
#include <QStyle>

namespace welkin {

using namespace Qt::StringLiterals;

void EventLogModel::append(const QList<LogEntry> &entries)
{
    if (entries.isEmpty())
        return;
    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + int(entries.size()) - 1);
    m_entries.append(entries);
    endInsertRows();
}

void EventLogModel::clear()
{
    if (m_entries.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_entries.size()) - 1);
    m_entries.clear();
    endRemoveRows();
}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EventLogModel::severityName(ProviderEvent::Severity severity)
{
    switch (severity) {
    case ProviderEvent::Severity::Info: return tr("Info");
    case ProviderEvent::Severity::Warning: return tr("Warning");
    case ProviderEvent::Severity::Error: return tr("Error");
    }
    return {};
}

QVariant EventLogModel::display(const LogEntry &entry, int column) const
{
    switch (column) {
    case TimeColumn: return entry.time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
    case SeverityColumn: return severityName(entry.severity);
    case ConnectionColumn: return entry.connectionName.isEmpty() ? entry.providerId : entry.connectionName;
    case ResourceColumn:
        if (!entry.resourceName.isEmpty())
            return entry.resourceName;
        return entry.resource.isEmpty() ? QString() : ResourceId::fromString(entry.resource).nativeId();
    case MessageColumn: return entry.text;
    case ResultColumn: {
        // Stored in fixed words ("succeeded", "failed: …") so exports read the same in any language.
        if (entry.result == u"succeeded"_s)
            return tr("Succeeded");
        if (entry.result.startsWith(u"failed: "_s))
            return tr("Failed: %1").arg(entry.result.mid(8));
        if (entry.result.startsWith(u"cancelled: "_s))
            return tr("Cancelled: %1").arg(entry.result.mid(11));
        return entry.result;
    }
    case UserColumn: return entry.user;
    case RequestColumn: return entry.requestId;
    }
    return {};
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size() || index.column() >= ColumnCount)
        return {};
    const LogEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(entry, index.column());
    case Qt::ToolTipRole:
        if (index.column() == ResourceColumn)
            return entry.resource;
        if (index.column() == MessageColumn || index.column() == ResultColumn)
            return display(entry, index.column());
        return {};
    case Qt::DecorationRole: {
        if (index.column() != SeverityColumn)
            return {};
        QStyle *style = QApplication::style();
        switch (entry.severity) {
        case ProviderEvent::Severity::Info: return style->standardIcon(QStyle::SP_MessageBoxInformation);
        case ProviderEvent::Severity::Warning: return style->standardIcon(QStyle::SP_MessageBoxWarning);
        case ProviderEvent::Severity::Error: return style->standardIcon(QStyle::SP_MessageBoxCritical);
        }
        return {};
    }
    case ResourceIdRole:
        return QVariant::fromValue(entry.resource.isEmpty() ? ResourceId::provider(entry.providerId)
                                                            : ResourceId::fromString(entry.resource));
    case SeverityRole: return int(entry.severity);
    default: return {};
    }
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case SeverityColumn: return tr("Severity");
    case ConnectionColumn: return tr("Connection");
    case ResourceColumn: return tr("Resource");
    case MessageColumn: return tr("Task / event");
    case ResultColumn: return tr("Result");
    case UserColumn: return tr("User");
    case RequestColumn: return tr("Request ID");
    }
    return {};
}

} // namespace welkin
