#pragma once

#include "model/ResourceId.h"
#include "providers/Action.h"

#include <QHash>
#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace welkin {

class Inventory;
class ProviderManager;
class Task;

// The VM lifecycle actions (toolbar, menus, shortcuts): enabled from the capabilities of every
// selected resource, run in bulk across providers, destructive ones confirmed once by name.
class ActionController : public QObject
{
    Q_OBJECT
public:
    using SelectionSource = std::function<QList<ResourceId>()>;

    ActionController(ProviderManager *providers, Inventory *inventory, QWidget *window);

    void setSelectionSource(SelectionSource source) { m_selection = std::move(source); }
    QAction *action(ActionType type) const { return m_actions.value(type); }
    // Display order: toolbar, menus.
    static QList<ActionType> lifecycleTypes();

    // Adds the lifecycle actions to `menu` when the selection holds a VM; false otherwise.
    bool populateMenu(QMenu *menu) const;
    // Adds every lifecycle action (the menu bar's "Virtual Machine" menu).
    void addActionsTo(QMenu *menu) const;

    // Re-reads the selection's capabilities.
    void update();
    // Runs `type` on every selected VM that allows it; the tasks started (empty when cancelled).
    QList<Task *> trigger(ActionType type);

    // Confirmation for destructive actions; replaceable so GUI tests can answer it.
    std::function<bool(const QString &question)> confirm;
    // Deletes the VMs it knows better (libvirt: a dialog with their disks) and returns the rest,
    // which get the confirmation above. Unset: every VM gets it.
    std::function<QList<ResourceId>(const QList<ResourceId> &vms)> deleteHandler;

Q_SIGNALS:
    void openConsoleRequested(const welkin::ResourceId &vm);
    // update() ran: the selection or its capabilities changed.
    void updated();

private:
    ProviderManager *m_providers;
    Inventory *m_inventory;
    SelectionSource m_selection;
    QHash<ActionType, QAction *> m_actions;
};

} // namespace welkin
