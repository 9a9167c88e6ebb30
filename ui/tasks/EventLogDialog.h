#pragma once

#include "model/ResourceId.h"
#include "storage/EventLog.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QTreeView;

namespace welkin {

class EventLogModel;

// View › Event Log…: the stored audit log (tasks and events of every session), read page by
// page through EventLog's asynchronous queries, filtered by resource, severity and time, and
// exported as CSV. Non-modal; double-clicking a row asks the window to select its resource.
class EventLogDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Range { LastHour, LastDay, LastWeek, All, Custom };

    EventLogDialog(EventLog *log, QWidget *parent = nullptr);

    // Offers "this resource only" for `id` (a connection or a resource), shown as `name`.
    void setScope(const ResourceId &id, const QString &name);
    void setScopeOnly(bool only);
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    void setRange(Range range);
    void setCustomRange(const QDateTime &from, const QDateTime &to);

    // Loads the first page again with the current filters (also after a filter changed).
    void reload();
    void loadMore();
    // Writes every row the filters accept (also those not loaded yet) to `path`.
    void exportTo(const QString &path);

    // What the widgets ask for now.
    EventLogFilter currentFilter() const;
    EventLogModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QLineEdit *resourceEdit() const { return m_resource; }
    QCheckBox *scopeCheck() const { return m_scopeOnly; }
    QCheckBox *severityCheck(ProviderEvent::Severity severity) const;
    QComboBox *rangeCombo() const { return m_range; }
    QPushButton *loadMoreButton() const { return m_more; }
    QPushButton *exportButton() const { return m_export; }
    QLabel *statusLabel() const { return m_status; }
    bool isLoading() const { return m_pageRequest != 0; }
    bool hasMore() const { return m_hasMore; }

Q_SIGNALS:
    void resourceActivated(const welkin::ResourceId &id);
    // After an export ended: `error` empty when the file was written.
    void exportDone(qint64 rows, const QString &error);

private:
    void onPage(quint64 requestId, const QList<LogEntry> &entries, bool more);
    void onExported(quint64 requestId, qint64 rows, const QString &error);
    void chooseExportFile();
    void updateStatus();

    EventLog *m_log;
    EventLogModel *m_model;
    QTreeView *m_view;
    QLineEdit *m_resource;
    QCheckBox *m_scopeOnly;
    QCheckBox *m_info;
    QCheckBox *m_warnings;
    QCheckBox *m_errors;
    QComboBox *m_range;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QPushButton *m_more;
    QPushButton *m_export;
    QLabel *m_status;
    QLabel *m_exportStatus;
    QTimer *m_typing; // the text filter waits for a pause in typing
    ResourceId m_scope;
    EventLogFilter m_loadedFilter; // what the rows shown were read with ("load more" continues it)
    quint64 m_pageRequest = 0;     // 0: none pending
    quint64 m_exportRequest = 0;
    bool m_hasMore = false;
    int m_pageSize = 500;
};

} // namespace welkin
