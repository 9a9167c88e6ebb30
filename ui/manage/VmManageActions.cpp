#include "VmManageActions.h"

#include "CloneVmDialog.h"
#include "DeleteVmDialog.h"
#include "Icons.h"
#include "ManageSupport.h"
#include "NewVmWizard.h"
#include "RenameVmDialog.h"
#include "TakeSnapshotDialog.h"
#include "inventory/Inventory.h"
#include "inventory/InventoryNode.h"
#include "providers/Provider.h"
#include "providers/ProviderManager.h"
#include "providers/Task.h"
#include "providers/libvirt/LibvirtProvider.h"
#include "providers/libvirt/VmManager.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QTimer>
#include <QWidget>

#include <algorithm>
#include <memory>
#include <optional>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

constexpr int followTimeoutMs = 120000; // a slow host may take a while to list and boot the VM

} // namespace

VmManageActions::VmManageActions(ProviderManager *providers, Inventory *inventory, QWidget *window)
    : QObject(window), m_providers(providers), m_inventory(inventory), m_window(window),
      m_newVm(new QAction(Icons::forKind(ResourceKind::Vm), tr("New VM…"), this)),
      m_clone(new QAction(QIcon::fromTheme(u"edit-copy"_s), tr("Clone…"), this)),
      m_rename(new QAction(QIcon::fromTheme(u"edit-rename"_s), tr("Rename…"), this)),
      m_autostart(new QAction(tr("Start with the Host (Autostart)"), this)),
      m_snapshot(new QAction(Icons::snapshot(), tr("Take Snapshot…"), this))
{
    m_snapshot->setObjectName(u"action-take-snapshot"_s);
    m_newVm->setObjectName(u"action-new-vm"_s);
    m_newVm->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_newVm->setToolTip(tr("Create a virtual machine on a libvirt host or a cloud (%1)")
                            .arg(m_newVm->shortcut().toString(QKeySequence::NativeText)));
    m_clone->setObjectName(u"action-clone"_s);
    m_rename->setObjectName(u"action-rename"_s);
    m_autostart->setObjectName(u"action-autostart"_s);
    m_autostart->setCheckable(true);
    window->addAction(m_newVm); // Ctrl+N wherever the focus is

    connect(m_newVm, &QAction::triggered, this, [this] {
        // Preselect the host or cloud of what is selected.
        const QList<ResourceId> ids = m_selection ? m_selection() : QList<ResourceId>();
        openNewVm(ids.isEmpty() || !canCreateOn(ids.first().providerId()) ? QString() : ids.first().providerId());
    });
    connect(m_clone, &QAction::triggered, this, [this] {
        if (const auto [provider, vm] = selectedLibvirtVm(); provider)
            openClone(vm);
    });
    connect(m_rename, &QAction::triggered, this, [this] {
        if (const ResourceId vm = selectedRenamableVm(); vm.isValid())
            openRename(vm);
    });
    connect(m_autostart, &QAction::triggered, this, &VmManageActions::setAutostart);
    connect(m_snapshot, &QAction::triggered, this, [this] { openTakeSnapshot(selectedSnapshottableVms()); });
    update();
}

bool VmManageActions::canCreateOn(const QString &providerId) const
{
    const Provider *provider = manage::provider(m_providers, providerId);
    return provider && (manage::libvirtProvider(m_providers, providerId) || provider->canLaunch());
}

std::pair<LibvirtProvider *, ResourceId> VmManageActions::selectedLibvirtVm() const
{
    const QList<ResourceId> ids = m_selection ? m_selection() : QList<ResourceId>();
    if (ids.size() != 1 || ids.first().kind() != ResourceKind::Vm)
        return {nullptr, {}};
    return {manage::libvirtProvider(m_providers, ids.first().providerId()), ids.first()};
}

QList<ResourceId> VmManageActions::selectedLibvirtVms() const
{
    QList<ResourceId> vms;
    for (const ResourceId &id : m_selection ? m_selection() : QList<ResourceId>()) {
        if (id.kind() == ResourceKind::Vm && manage::libvirtProvider(m_providers, id.providerId()))
            vms.append(id);
    }
    return vms;
}

QList<ResourceId> VmManageActions::selectedSnapshottableVms() const
{
    QList<ResourceId> vms;
    for (const ResourceId &id : m_selection ? m_selection() : QList<ResourceId>()) {
        const Provider *provider = manage::provider(m_providers, id.providerId());
        if (id.kind() == ResourceKind::Vm && provider && provider->capabilities(id).testFlag(Capability::CreateSnapshot))
            vms.append(id);
    }
    return vms;
}

ResourceId VmManageActions::selectedRenamableVm() const
{
    const QList<ResourceId> ids = m_selection ? m_selection() : QList<ResourceId>();
    if (ids.size() != 1 || ids.first().kind() != ResourceKind::Vm)
        return {};
    const Provider *provider = manage::provider(m_providers, ids.first().providerId());
    return provider && provider->capabilities(ids.first()).testFlag(Capability::Rename) ? ids.first() : ResourceId();
}

void VmManageActions::populateVmMenu(QMenu *menu) const
{
    const bool snapshots = !selectedSnapshottableVms().isEmpty();
    const bool renamable = selectedRenamableVm().isValid();
    if (!snapshots && !renamable && selectedLibvirtVms().isEmpty())
        return;
    menu->addSeparator();
    if (snapshots)
        menu->addAction(m_snapshot);
    const auto [provider, vm] = selectedLibvirtVm();
    if (!provider) {
        if (renamable)
            menu->addAction(m_rename);
        return;
    }
    menu->addAction(m_clone);
    menu->addAction(m_rename);
    menu->addAction(m_autostart);
}

bool VmManageActions::populateHostMenu(QMenu *menu, const ResourceId &id)
{
    if (id.kind() != ResourceKind::Provider && id.kind() != ResourceKind::Host)
        return false;
    Provider *provider = manage::provider(m_providers, id.providerId());
    if (!provider || (!manage::libvirtProvider(m_providers, id.providerId()) && !provider->canLaunch()))
        return false;
    QAction *action = menu->addAction(m_newVm->icon(), tr("New VM…"), this,
                                      [this, providerId = id.providerId()] { openNewVm(providerId); });
    action->setObjectName(u"action-new-vm-here"_s);
    action->setEnabled(provider->state() == ProviderState::Connected);
    return true;
}

void VmManageActions::update()
{
    const QList<Provider *> all = m_providers->providers();
    m_newVm->setEnabled(!manage::connectedLibvirtProviders(m_providers).isEmpty()
                        || std::any_of(all.cbegin(), all.cend(), [](const Provider *p) { return p->canLaunch(); }));
    const int snapshottable = int(selectedSnapshottableVms().size());
    m_snapshot->setEnabled(snapshottable > 0);
    m_snapshot->setText(snapshottable > 1 ? tr("Take Snapshot of %n VM(s)…", "", snapshottable) : tr("Take Snapshot…"));
    // Plain variables: lambdas below capture them (clang cannot capture structured bindings).
    const auto selected = selectedLibvirtVm();
    LibvirtProvider *const provider = selected.first;
    const ResourceId vm = selected.second;
    const Capabilities caps = provider ? provider->capabilities(vm) : Capabilities();
    m_clone->setEnabled(caps.testFlag(Capability::Clone));
    m_rename->setEnabled(selectedRenamableVm().isValid());
    m_autostart->setEnabled(caps.testFlag(Capability::Autostart));
    const QString offReason = tr("Shut the VM off first");
    m_clone->setToolTip(provider && !caps.testFlag(Capability::Clone) ? offReason : tr("Copy this VM and its disks"));
    m_rename->setToolTip(provider && !caps.testFlag(Capability::Rename) ? offReason : tr("Give this VM another name"));
    if (!provider)
        return;
    m_autostart->setChecked(m_autostartKnown.value(vm));
    if (!m_autostartKnown.contains(vm) && autostartReader) {
        if (Task *read = autostartReader(provider, vm)) {
            manage::readResult(read, this, [this, vm](Task *task) {
                if (task->state() != Task::State::Succeeded)
                    return;
                m_autostartKnown.insert(vm, task->result().toBool());
                if (selectedLibvirtVm().second == vm)
                    m_autostart->setChecked(task->result().toBool());
            });
        }
    }
}

void VmManageActions::show(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    dialog->open();
}

QDialog *VmManageActions::openTakeSnapshot(const QList<ResourceId> &vms)
{
    QList<ResourceId> targets;
    bool running = false;
    std::optional<SnapshotSupport> common;
    for (const ResourceId &vm : vms) {
        const Provider *provider = manage::provider(m_providers, vm.providerId());
        if (!provider || !provider->capabilities(vm).testFlag(Capability::CreateSnapshot))
            continue;
        targets.append(vm);
        const InventoryNode *node = m_inventory->node(vm);
        const VmInfo *info = node ? node->resource().vm() : nullptr;
        running = running || (info && powerStateIsActive(info->state));
        common = common ? sharedSupport(*common, provider->snapshotSupport()) : provider->snapshotSupport();
    }
    if (targets.isEmpty())
        return nullptr;
    const QString what = targets.size() == 1 ? manage::vmName(m_inventory, targets.first()) : tr("%n VM(s)", "", int(targets.size()));
    // Names taken on one VM only matter to it: its task refuses them with the VM's name.
    auto *dialog = new TakeSnapshotDialog(what, running, {}, *common, m_window);
    connect(dialog, &QDialog::accepted, this, [this, dialog, targets] {
        const SnapshotSpec spec = dialog->spec();
        for (const ResourceId &vm : targets) {
            if (Provider *provider = manage::provider(m_providers, vm.providerId()))
                provider->perform(manage::takeSnapshotAction(vm, spec));
        }
    });
    show(dialog);
    return dialog;
}

SnapshotSupport VmManageActions::sharedSupport(const SnapshotSupport &a, const SnapshotSupport &b)
{
    // One dialog for VMs of several kinds: offer only what all of them can do, name as strictly as the strictest.
    SnapshotSupport shared;
    shared.listed = a.listed && b.listed;
    shared.diskOnly = a.diskOnly && b.diskOnly;
    shared.memory = a.memory && b.memory;
    shared.memoryWhenRunning = a.memoryWhenRunning && b.memoryWhenRunning;
    shared.images = a.images && b.images;
    shared.libvirtNames = a.libvirtNames || b.libvirtNames;
    shared.maxNameLength = std::min(a.maxNameLength, b.maxNameLength);
    return shared;
}

NewVmWizard *VmManageActions::openNewVm(const QString &providerId)
{
    auto *wizard = new NewVmWizard(m_providers, providerId, m_window);
    connect(wizard, &NewVmWizard::vmCreated, this, &VmManageActions::followNewVm);
    show(wizard);
    return wizard;
}

CloneVmDialog *VmManageActions::openClone(const ResourceId &vm)
{
    LibvirtProvider *provider = manage::libvirtProvider(m_providers, vm.providerId());
    if (!provider)
        return nullptr;
    auto *dialog = new CloneVmDialog(provider, vm, m_window);
    // The clone is selected once it is listed, as a new VM is.
    connect(dialog, &QDialog::accepted, this, [this, dialog, providerId = vm.providerId()] {
        if (Task *task = dialog->task()) {
            manage::whenFinished(task, this, [this, providerId](Task *done) {
                if (done->state() == Task::State::Succeeded)
                    followNewVm(ResourceId(providerId, ResourceKind::Vm, done->result().toString()), false);
            });
        }
    });
    show(dialog);
    return dialog;
}

QDialog *VmManageActions::openRename(const ResourceId &vm)
{
    if (LibvirtProvider *provider = manage::libvirtProvider(m_providers, vm.providerId())) {
        auto *dialog = new RenameVmDialog(provider, vm, m_window);
        show(dialog);
        return dialog;
    }
    // A cloud takes any name (duplicates too); the task says what the cloud refused.
    Provider *cloud = manage::provider(m_providers, vm.providerId());
    if (!cloud)
        return nullptr;
    const QString oldName = manage::vmName(m_inventory, vm);
    auto *dialog = new QInputDialog(m_window);
    dialog->setObjectName(u"renameCloudVmDialog"_s);
    dialog->setWindowTitle(tr("Rename %1").arg(oldName));
    dialog->setLabelText(tr("New name:"));
    dialog->setTextValue(oldName);
    connect(dialog, &QInputDialog::textValueSelected, this, [cloud = QPointer<Provider>(cloud), vm, oldName](const QString &text) {
        const QString name = text.trimmed();
        if (cloud && name != oldName) // an empty name goes too: the cloud task says why it is refused
            cloud->perform(Action{ActionType::Rename, vm, {{u"name"_s, name}}});
    });
    show(dialog);
    return dialog;
}

QList<ResourceId> VmManageActions::deleteVms(const QList<ResourceId> &vms)
{
    QList<ResourceId> ours;
    QList<ResourceId> others;
    for (const ResourceId &vm : vms)
        (manage::libvirtProvider(m_providers, vm.providerId()) ? ours : others).append(vm);
    if (!ours.isEmpty())
        show(new DeleteVmDialog(m_providers, ours, m_window));
    return others;
}

void VmManageActions::setAutostart(bool on)
{
    // Plain variables: lambdas below capture them (clang cannot capture structured bindings).
    const auto selected = selectedLibvirtVm();
    LibvirtProvider *const provider = selected.first;
    const ResourceId vm = selected.second;
    if (!provider)
        return;
    m_autostartKnown.insert(vm, on);
    manage::whenFinished(VmManager(provider).setAutostart(vm, on), this, [this, vm, on](Task *task) {
        if (task->state() == Task::State::Succeeded)
            return;
        // The dock shows why; the check goes back to what the host has.
        m_autostartKnown.insert(vm, !on);
        if (selectedLibvirtVm().second == vm)
            m_autostart->setChecked(!on);
    });
}

void VmManageActions::followNewVm(const ResourceId &vm, bool openConsole)
{
    // The VM shows up with the provider's next listing of it; select it then, and open its
    // console once it runs.
    auto *watch = new QObject(this);
    struct Progress {
        bool selected = false;
        bool done = false;
    };
    auto progress = std::make_shared<Progress>();
    auto check = [this, vm, openConsole, watch, progress] {
        if (progress->done || !m_inventory->node(vm))
            return;
        if (!progress->selected) {
            progress->selected = true;
            Q_EMIT selectRequested(vm);
        }
        Provider *provider = m_providers->provider(vm.providerId());
        if (!openConsole || (provider && provider->capabilities(vm).testFlag(Capability::OpenConsole))) {
            progress->done = true;
            if (openConsole)
                Q_EMIT consoleRequested(vm);
            watch->deleteLater();
        }
    };
    connect(m_inventory, &Inventory::deltaApplied, watch, check);
    connect(m_inventory, &Inventory::nodeChanged, watch, check);
    QTimer::singleShot(followTimeoutMs, watch, &QObject::deleteLater);
    check();
}

} // namespace welkin
