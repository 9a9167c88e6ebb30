#pragma once

#include "storage/EventLog.h"

#include <QAbstractTableModel>

namespace welkin {

// Rows of the stored audit log as the Event Log window loaded them, newest recorded first.
// Pages are appended as they arrive (one insertion each); a new filter removes the rows and
// loads again, so views never see a reset.
class EventLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, SeverityColumn, ConnectionColumn, ResourceColumn, MessageColumn, ResultColumn,
                  UserColumn, RequestColumn, ColumnCount };
    enum Role {
        ResourceIdRole = Qt::UserRole + 1, // QVariant<ResourceId>, may be invalid
        SeverityRole,                      // int(ProviderEvent::Severity)
    };

    using QAbstractTableModel::QAbstractTableModel;

    void append(const QList<LogEntry> &entries);
    void clear();
    const LogEntry &entry(int row) const { return m_entries.at(row); }
    // The oldest row loaded (where the next page starts); 0 when empty.
    qint64 lastId() const { return m_entries.isEmpty() ? 0 : m_entries.constLast().id; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString severityName(ProviderEvent::Severity severity);

private:
    QVariant display(const LogEntry &entry, int column) const;

    QList<LogEntry> m_entries;
};

} // namespace welkin
