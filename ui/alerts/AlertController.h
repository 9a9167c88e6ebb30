#pragma once

#include "metrics/AlertRule.h"
#include "model/ResourceId.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QAction;
class QMenu;
class QWidget;

namespace welkin {

class ActiveAlertsModel;
class AlertEngine;
class AlertHighlights;
class AlertRuleStore;
class AlertRulesDialog;
class EventLog;
class TaskEventModel;
class GroupStore;
class Inventory;
class UiStateStore;

// The main window's side of alerts: loads the saved rules into the engine, edits them
// ("Alert Rules…"), names resources in alert texts, keeps the list of active and recent alerts
// (the Alerts dock's model) and acknowledges alerts of resources from the context menu
// (`highlights` may be null: no highlighting).
class AlertController : public QObject
{
    Q_OBJECT
public:
    AlertController(AlertEngine *engine, AlertHighlights *highlights, Inventory *inventory, UiStateStore *uiState,
                    const QString &settingsPath, QWidget *dialogParent);
    ~AlertController() override;

    void setSelectionSource(std::function<QList<ResourceId>()> source) { m_selection = std::move(source); }
    void setGroupStore(GroupStore *groups) { m_groups = groups; }
    // Alerts read like provider events in the dock (and the audit trail; `log` may be null).
    void connectEvents(TaskEventModel *events, EventLog *log);

    QAction *rulesAction() const { return m_rulesAction; }
    ActiveAlertsModel *alertsModel() const { return m_alerts; }
    // The rules dialog, while it is open (tests).
    AlertRulesDialog *rulesDialog() const;
    // Adds "Acknowledge Alert" when one of `ids` is highlighted or has an unacknowledged alert;
    // true when it did.
    bool populateMenu(QMenu *menu, const QList<ResourceId> &ids);
    void acknowledge(const QList<ResourceId> &ids);
    // Replaces the rules (and saves them), as the dialog does.
    void setRules(const QList<AlertRule> &rules);
    // Opens "Alert Rules…" (raises it when open).
    void editRules();

private:
    AlertEngine *m_engine;
    AlertHighlights *m_highlights;
    Inventory *m_inventory;
    std::unique_ptr<AlertRuleStore> m_store;
    ActiveAlertsModel *m_alerts;
    QPointer<AlertRulesDialog> m_dialog;
    QWidget *m_dialogParent;
    GroupStore *m_groups = nullptr;
    std::function<QList<ResourceId>()> m_selection;
    QAction *m_rulesAction;
};

} // namespace welkin
