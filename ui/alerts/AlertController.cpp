#include "AlertController.h"

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
      m_store(std::make_unique<AlertRuleStore>(uiState, settingsPath)), m_dialogParent(dialogParent),
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

void AlertController::setRules(const QList<AlertRule> &rules)
{
    m_engine->setRules(rules);
    m_store->save(rules);
}

void AlertController::editRules()
{
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
    auto *dialog = new AlertRulesDialog(m_engine->rules(), vm, vmName, groups, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { setRules(dialog->rules()); });
    dialog->open();
}

bool AlertController::populateMenu(QMenu *menu, const QList<ResourceId> &ids)
{
    if (!m_highlights)
        return false;
    const bool any = std::any_of(ids.cbegin(), ids.cend(), [this](const ResourceId &id) {
        return m_highlights->isHighlighted(id);
    });
    if (!any)
        return false;
    menu->addAction(tr("Acknowledge Alert"), this, [this, ids] { acknowledge(ids); });
    return true;
}

void AlertController::acknowledge(const QList<ResourceId> &ids)
{
    for (const ResourceId &id : ids) {
        if (m_highlights)
            m_highlights->acknowledge(id);
    }
}

} // namespace welkin
