#pragma once

#include "model/ResourceId.h"
#include "providers/Action.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QVariantMap>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace welkin {

class Inventory;
class InventoryNode;
class PreferencesStore;
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

    // Without `changed`: re-reads the selection (call it when the selection changed). With it
    // (connect Inventory::nodeChanged here): nothing unless that node is a selected VM; then its
    // capabilities are read again once per event-loop turn, however many changes came, so a
    // bulk start of 1,000 selected VMs costs 1,000 look-ups, not 1,000 x 1,000.
    void update(const welkin::InventoryNode *changed = nullptr);
    // Runs `type` on every selected VM that allows it; the tasks started (empty when cancelled).
    // Each is deleted a while after it ends: hence QPointers.
    QList<QPointer<Task>> trigger(ActionType type, const QVariantMap &options = {});

    // Capability look-ups done so far (provider->capabilities() calls): tests check the cost.
    quint64 capabilityLookups() const { return m_lookups; }

    // Confirmation for destructive actions; replaceable so GUI tests can answer it.
    std::function<bool(const QString &question)> confirm;
    // Which destructive actions ask (Preferences › Confirmations); without it, all of them do.
    void setPreferences(const PreferencesStore *preferences) { m_preferences = preferences; }
    bool asksBefore(ActionType type) const;
    // Deletes the VMs it knows better (libvirt: a dialog with their disks) and returns the rest,
    // which get the confirmation above. Unset: every VM gets it.
    std::function<QList<ResourceId>(const QList<ResourceId> &vms)> deleteHandler;

Q_SIGNALS:
    void openConsoleRequested(const welkin::ResourceId &vm);
    // The selection changed, or what its actions allow, or what a VM selected alone allows.
    void updated();

private:
    Capabilities lookUp(const ResourceId &vm);
    void count(Capabilities caps, int delta);
    void refreshChanged();
    void applyCounts(bool announce);

    ProviderManager *m_providers;
    Inventory *m_inventory;
    SelectionSource m_selection;
    const PreferencesStore *m_preferences = nullptr;
    QHash<ActionType, QAction *> m_actions;
    // The selected VMs with what each allows, and per action how many of them allow it: a
    // changed VM adjusts the counts instead of a pass over the whole selection.
    QHash<ResourceId, Capabilities> m_selected;
    QHash<ActionType, int> m_allowing;
    QSet<ResourceId> m_changed; // selected VMs changed since the last refresh
    bool m_refreshQueued = false;
    bool m_providerChanged = false; // a connection changed since the last refresh
    quint64 m_lookups = 0;
};

} // namespace welkin
