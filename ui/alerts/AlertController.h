#pragma once

#include "metrics/AlertRule.h"
#include "model/ResourceId.h"

#include <QObject>

#include <functional>
#include <memory>

class QAction;
class QMenu;
class QWidget;

namespace welkin {

class AlertEngine;

class AlertHighlights;
class AlertRuleStore;
class EventLog;
class TaskEventModel;
class GroupStore;
class Inventory;
class UiStateStore;

// The main window's side of alerts: loads the saved rules into the engine, edits them
// ("Alert Rules…"), names resources in alert texts, and acknowledges highlighted resources
// from the context menu (`highlights` may be null: no highlighting).
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
    // Adds "Acknowledge Alert" when one of `ids` is highlighted; true when it did.
    bool populateMenu(QMenu *menu, const QList<ResourceId> &ids);
    void acknowledge(const QList<ResourceId> &ids);
    // Replaces the rules (and saves them), as the dialog does.
    void setRules(const QList<AlertRule> &rules);

private:
    void editRules();

    AlertEngine *m_engine;
    AlertHighlights *m_highlights;
    Inventory *m_inventory;
    std::unique_ptr<AlertRuleStore> m_store;
    QWidget *m_dialogParent;
    GroupStore *m_groups = nullptr;
    std::function<QList<ResourceId>()> m_selection;
    QAction *m_rulesAction;
};

} // namespace welkin
