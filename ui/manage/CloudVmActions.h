#pragma once

#include "model/ResourceId.h"
#include "CloudChoiceDialog.h"
#include "providers/Action.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace welkin {

class ActionController;

class Inventory;
class ProviderManager;

// The actions only clouds have: Resize… (flavor / service offering), Confirm and Revert Resize
// (OpenStack VERIFY_RESIZE), Rebuild… (from an image), Lock and Unlock. Enabled from the
// capabilities of the selected VMs like the lifecycle actions, run in bulk through the
// ActionController (which confirms the destructive ones by name).
class CloudVmActions : public QObject
{
    Q_OBJECT
public:
    using SelectionSource = std::function<QList<ResourceId>()>;

    CloudVmActions(ProviderManager *providers, Inventory *inventory, ActionController *actions, QWidget *window);

    void setSelectionSource(SelectionSource source) { m_selection = std::move(source); }
    QList<QAction *> actions() const;
    QAction *action(ActionType type) const { return m_actions.value(type); }
    // Adds the actions some selected VM allows; false when none does.
    bool populateVmMenu(QMenu *menu) const;
    void update();

    CloudChoiceDialog *openResize();
    CloudChoiceDialog *openRebuild();
    // The dialog open now (tests drive it), or nullptr.
    CloudChoiceDialog *dialog() const { return m_dialog; }

private:
    QList<ResourceId> selectedAllowing(Capability capability) const;
    CloudChoiceDialog *openChoice(ActionType type);

    ProviderManager *m_providers;
    Inventory *m_inventory;
    ActionController *m_lifecycle;
    QWidget *m_window;
    SelectionSource m_selection;
    QHash<ActionType, QAction *> m_actions;
    QPointer<CloudChoiceDialog> m_dialog;
};

} // namespace welkin
