#include "AlertController.h"

#include "ActiveAlertsModel.h"
#include "AlertRuleStore.h"
#include "AlertRulesDialog.h"
#include "inventory/Inventory.h"
#include "metrics/AlertEngine.h"
#include "storage/EventLog.h"
#include "storage/GroupStore.h"
#include "tasks/TaskEventModel.h"

#include <QAction>
#include <QMenu>
#include <QWidget>

namespace welkin {

AlertController::AlertController(AlertEngine *engine, AlertHighlights *highlights, Inventory *inventory,
                                 UiStateStore *uiState, const QString &settingsPath, QWidget *dialogParent)
    : QObject(dialogParent), m_engine(engine), m_highlights(highlights), m_inventory(inventory),
      m_store(std::make_unique<AlertRuleStore>(uiState, settingsPath)),
      m_alerts(new ActiveAlertsModel(engine, highlights, inventory, this)), m_dialogParent(dialogParent),
      m_rulesAction(new QAction(tr("&Alert Rules…"), this))
{
    m_engine->setRules(m_store->load());
    m_engine->setNameResolver([inventory](const ResourceId &id) {
        const InventoryNode *node = inventory->node(id);
        return node ? node->resource().name : QString();
    });
    connect(m_rulesAction, &QAction::triggered, this, &AlertController::editRules);
}

void AlertController::connectEvents(TaskEventModel *events, EventLog *log)
{
    connect(m_engine, &AlertEngine::eventOccurred, events, &TaskEventModel::addEvent);
    if (log)
        connect(m_engine, &AlertEngine::eventOccurred, log, &EventLog::recordEvent);
}

AlertController::~AlertController() = default;

AlertRulesDialog *AlertController::rulesDialog() const
{
    return m_dialog;
}

void AlertController::setRules(const QList<AlertRule> &rules)
{
    m_engine->setRules(rules);
    m_store->save(rules);
}

void AlertController::editRules()
{
    if (m_dialog && m_dialog->isVisible()) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    ResourceId vm;
    QString vmName;
    const QList<ResourceId> selection = m_selection ? m_selection() : QList<ResourceId>();
    if (selection.size() == 1 && selection.first().kind() == ResourceKind::Vm) {
        vm = selection.first();
        const InventoryNode *node = m_inventory->node(vm);
        vmName = node ? node->resource().name : vm.toString();
    }
    QList<std::pair<QString, QString>> groups;
    if (m_groups) {
        for (const VmGroup &group : m_groups->groups())
            groups.append({group.id, group.name});
    }
    // Hosts named with their connection ("host (Demo host)"), and the server pools of the tree.
    QList<AlertRulesDialog::Target> hosts, pools;
    for (const InventoryNode *host : m_inventory->hostsBelow(m_inventory->root())) {
        const InventoryNode *connection = host->parent();
        while (connection && connection->kind() != ResourceKind::Provider)
            connection = connection->parent();
        hosts.append({host->id(), connection ? tr("%1 (%2)").arg(host->resource().name, connection->resource().name)
                                             : host->resource().name});
    }
    const std::function<void(const InventoryNode *)> findPools = [&](const InventoryNode *node) {
        for (int row = 0; row < node->childCount(); ++row) {
            const InventoryNode *child = node->child(row);
            if (child->kind() != ResourceKind::Pool)
                continue;
            pools.append({child->id(), child->resource().name});
            findPools(child);
        }
    };
    findPools(m_inventory->root());
    m_dialog = new AlertRulesDialog(m_engine->rules(), vm, vmName, groups, m_dialogParent);
    m_dialog->setTargets(hosts, pools);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    AlertRulesDialog *dialog = m_dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] { setRules(dialog->rules()); });
    dialog->open();
}

bool AlertController::populateMenu(QMenu *menu, const QList<ResourceId> &ids)
{
    const bool any = std::any_of(ids.cbegin(), ids.cend(), [this](const ResourceId &id) {
        return (m_highlights && m_highlights->isHighlighted(id)) || m_alerts->hasUnacknowledged(id);
    });
    if (!any)
        return false;
    menu->addAction(tr("Acknowledge Alert"), this, [this, ids] { acknowledge(ids); });
    return true;
}

void AlertController::acknowledge(const QList<ResourceId> &ids)
{
    for (const ResourceId &id : ids)
        m_alerts->acknowledgeResource(id); // also ends the tint
}

} // namespace welkin
