#include "CloudVmActions.h"

#include "ActionController.h"
#include "CloudChoiceDialog.h"
#include "ManageSupport.h"
#include "inventory/Inventory.h"
#include "inventory/InventoryNode.h"
#include "providers/Provider.h"
#include "providers/ProviderManager.h"
#include "providers/Task.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

constexpr ActionType cloudTypes[] = {ActionType::Resize, ActionType::ConfirmResize, ActionType::RevertResize,
                                     ActionType::Rebuild, ActionType::Lock, ActionType::Unlock};

QString menuText(ActionType type)
{
    switch (type) {
    case ActionType::Resize: return CloudVmActions::tr("Resi&ze…");
    case ActionType::Rebuild: return CloudVmActions::tr("Re&build…");
    default: return actionDisplayName(type);
    }
}

QString toolTip(ActionType type)
{
    switch (type) {
    case ActionType::Resize: return CloudVmActions::tr("Give the server another size (flavor or service offering)");
    case ActionType::ConfirmResize: return CloudVmActions::tr("Keep the new size; the old one is released");
    case ActionType::RevertResize: return CloudVmActions::tr("Go back to the size the server had before the resize");
    case ActionType::Rebuild: return CloudVmActions::tr("Replace the server's disk with a fresh copy of an image");
    case ActionType::Lock: return CloudVmActions::tr("Refuse actions on the server by anyone but admins until it is unlocked");
    default: return CloudVmActions::tr("Allow actions on the server again");
    }
}

} // namespace

CloudVmActions::CloudVmActions(ProviderManager *providers, Inventory *inventory, ActionController *actions, QWidget *window)
    : QObject(window), m_providers(providers), m_inventory(inventory), m_lifecycle(actions), m_window(window)
{
    for (ActionType type : cloudTypes) {
        auto *action = new QAction(menuText(type), this);
        action->setObjectName(u"action-"_s + actionName(type));
        action->setToolTip(toolTip(type));
        action->setEnabled(false);
        m_actions.insert(type, action);
        connect(action, &QAction::triggered, this, [this, type] {
            if (type == ActionType::Resize)
                openResize();
            else if (type == ActionType::Rebuild)
                openRebuild();
            else
                m_lifecycle->trigger(type);
        });
    }
}

QList<QAction *> CloudVmActions::actions() const
{
    QList<QAction *> list;
    for (ActionType type : cloudTypes)
        list.append(m_actions.value(type));
    return list;
}

QList<ResourceId> CloudVmActions::selectedAllowing(Capability capability) const
{
    QList<ResourceId> vms;
    for (const ResourceId &id : m_selection ? m_selection() : QList<ResourceId>()) {
        const Provider *provider = manage::provider(m_providers, id.providerId());
        if (id.kind() == ResourceKind::Vm && provider && provider->capabilities(id).testFlag(capability))
            vms.append(id);
    }
    return vms;
}

void CloudVmActions::update()
{
    for (ActionType type : cloudTypes)
        m_actions.value(type)->setEnabled(!selectedAllowing(capabilityFor(type)).isEmpty());
}

bool CloudVmActions::populateVmMenu(QMenu *menu) const
{
    bool any = false;
    for (ActionType type : cloudTypes) {
        if (selectedAllowing(capabilityFor(type)).isEmpty())
            continue;
        if (!any)
            menu->addSeparator();
        any = true;
        menu->addAction(m_actions.value(type));
    }
    return any;
}

CloudChoiceDialog *CloudVmActions::openResize()
{
    return openChoice(ActionType::Resize);
}

CloudChoiceDialog *CloudVmActions::openRebuild()
{
    return openChoice(ActionType::Rebuild);
}

CloudChoiceDialog *CloudVmActions::openChoice(ActionType type)
{
    const QList<ResourceId> vms = selectedAllowing(capabilityFor(type));
    if (vms.isEmpty())
        return nullptr;
    const ResourceId first = vms.first();
    Provider *provider = manage::provider(m_providers, first.providerId());
    const InventoryNode *node = m_inventory->node(first);
    const VmInfo *info = node ? node->resource().vm() : nullptr;
    const bool resize = type == ActionType::Resize;
    const QString what = vms.size() == 1 ? manage::vmName(m_inventory, first) : tr("%n server(s)", "", int(vms.size()));
    // The size or image it has now, as the provider names it on the overview.
    QString current;
    if (info) {
        const QStringList labels = resize ? QStringList{QCoreApplication::translate("OpenStack", "Flavor"),
                                                        QCoreApplication::translate("CloudStack", "Offering")}
                                          : QStringList{QCoreApplication::translate("OpenStack", "Image"),
                                                        QCoreApplication::translate("CloudStack", "Template")};
        for (const QString &label : labels) {
            current = info->details.value(label);
            if (!current.isEmpty())
                break;
        }
    }
    auto *dialog = new CloudChoiceDialog(resize ? CloudChoiceDialog::Kind::Size : CloudChoiceDialog::Kind::Image,
                                         resize ? tr("Resize %1").arg(what) : tr("Rebuild %1").arg(what),
                                         resize ? (provider->profile().kind == u"openstack"_s
                                                       ? tr("The size %1 gets. OpenStack then asks to confirm or revert it.").arg(what)
                                                       : tr("The size %1 gets.").arg(what))
                                                : tr("The image %1 is rebuilt from. Everything on its disk is lost.").arg(what),
                                         current, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    const QPointer<CloudChoiceDialog> guard(dialog);
    manage::readResult(provider->readLaunchChoices(provider->launchLocationOf(first)), this, [guard, resize](Task *task) {
        if (!guard)
            return;
        if (task->state() != Task::State::Succeeded) {
            guard->setError(tr("Could not read what the cloud offers: %1").arg(task->errorText()));
            return;
        }
        const CloudLaunchChoices choices = task->result().value<CloudLaunchChoices>();
        guard->setOptions(resize ? choices.sizes : choices.images);
        const QString problem = choices.problems.value(resize ? u"sizes"_s : u"images"_s);
        if (!problem.isEmpty())
            guard->setError(problem);
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog, type] {
        const QString key = type == ActionType::Resize ? u"sizeId"_s : u"imageId"_s;
        m_lifecycle->trigger(type, {{key, dialog->chosenId()}, {u"displayName"_s, dialog->chosenName()}});
    });
    dialog->open();
    return dialog;
}

} // namespace welkin
