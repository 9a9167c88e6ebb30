#pragma once

#include "metrics/AlertRule.h"

#include <QAbstractTableModel>
#include <QList>

class QTimer;

namespace welkin {

class AlertEngine;
class AlertHighlights;
class Inventory;

// The alerts the user works with: the active ones first (newest first), then the recently
// resolved ones (last resolved first, at most `recentLimit`). Active alerts come from the
// engine (values follow each cycle); resolved ones are kept here. Rows are inserted, moved,
// changed and removed one by one: never a reset.
class ActiveAlertsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, ResourceColumn, RuleColumn, ValueColumn, SinceColumn, ColumnCount };
    enum Role {
        ResourceIdRole = Qt::UserRole + 1, // welkin::ResourceId
        RuleIdRole,
        ActiveRole,                        // bool: not resolved yet
        AcknowledgedRole,                  // bool
    };

    // `highlights` may be null.
    ActiveAlertsModel(AlertEngine *engine, AlertHighlights *highlights, const Inventory *inventory,
                      QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int activeCount() const { return m_activeCount; }
    void setRecentLimit(int limit);
    // Acknowledged alerts stay listed, dimmed; an active one is not announced again when it
    // resolves. A resource's tint goes when none of its alerts is left unacknowledged.
    void acknowledge(int row);
    void acknowledgeResource(const ResourceId &resource);
    bool hasUnacknowledged(const ResourceId &resource) const;
    // "2 min", "1 h 5 min", "3 d 4 h"
    static QString formatDuration(qint64 ms);

Q_SIGNALS:
    void activeCountChanged(int count);

private:
    struct Row {
        QString ruleId;
        QString ruleName;
        QString condition;
        ResourceId resource;
        QString resourceName;  // kept: a resolved alert may name a VM that is gone
        QString hostName;
        ProviderEvent::Severity severity = ProviderEvent::Severity::Warning;
        Metric metric = Metric::Cpu;
        double value = 0;
        qint64 sinceMs = 0;
        qint64 resolvedMs = 0; // 0: active
        bool acknowledged = false;
        QString message;
    };

    void onFiring(const AlertEvent &event);
    void onResolved(const AlertEvent &event);
    void onAcknowledged(const QString &ruleId, const ResourceId &resource);
    void onValuesChanged();
    void onRulesChanged();
    void insertActive(Row row);
    int activeRow(const QString &ruleId, const ResourceId &resource) const;
    void trimResolved();
    void updateHighlight(const ResourceId &resource);
    void fillNames(Row &row) const;
    QString displayText(const Row &row, int column) const;
    void rowChanged(int row, int firstColumn = 0, int lastColumn = ColumnCount - 1);

    AlertEngine *m_engine;
    AlertHighlights *m_highlights;
    const Inventory *m_inventory;
    QList<Row> m_rows;
    int m_activeCount = 0;
    int m_recentLimit = 200;
    QTimer *m_durations; // the "since" durations of active alerts grow
};

} // namespace welkin
