#include "MigrationController.h"

#include "Icons.h"
#include "MigrationProgressDialog.h"
#include "inventory/Inventory.h"
#include "manage/ManageSupport.h"
#include "providers/ProviderManager.h"
#include "providers/Task.h"
#include "providers/libvirt/LibvirtProvider.h"
#include "providers/libvirt/VmManager.h"
#include "storage/PoolStore.h"

#include <QAction>
#include <QMenu>
#include <QTimer>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

// How long a moved VM's row is awaited on the destination before giving up selecting it.
constexpr int followTimeoutMs = 30000;

} // namespace

MigrationController::MigrationController(ProviderManager *providers, Inventory *inventory, PoolStore *pools, QWidget *window)
    : QObject(window), m_providers(providers), m_inventory(inventory), m_pools(pools), m_window(window),
      m_migrate(new QAction(Icons::migrate(), tr("&Migrate…"), this))
{
    m_migrate->setObjectName(u"action-migrate"_s);
    m_migrate->setToolTip(tr("Move the selected VMs to another libvirt host, live"));
    connect(m_migrate, &QAction::triggered, this, [this] { openDialog(selectedLibvirtVms()); });
    connect(m_providers, &ProviderManager::providerAdded, this, &MigrationController::updateActions);
    m_migrate->setEnabled(false);
}

void MigrationController::setSelectionSource(std::function<QList<ResourceId>()> source)
{
    m_selection = std::move(source); // read on selection changes: the window may not be built yet
}

QList<ResourceId> MigrationController::selectedLibvirtVms() const
{
    QList<ResourceId> vms;
    if (!m_selection)
        return vms;
    for (const ResourceId &id : m_selection()) {
        if (id.kind() != ResourceKind::Vm)
            continue;
        LibvirtProvider *provider = manage::libvirtProvider(m_providers, id.providerId());
        if (!provider || provider->state() != ProviderState::Connected)
            return {}; // a mixed selection: migration is for libvirt VMs only
        vms.append(id);
    }
    return vms;
}

void MigrationController::updateActions()
{
    const QList<ResourceId> vms = selectedLibvirtVms();
    m_migrate->setEnabled(!vms.isEmpty() && !destinationsFor(vms).isEmpty());
}

void MigrationController::populateVmMenu(QMenu *menu)
{
    updateActions();
    if (!selectedLibvirtVms().isEmpty())
        menu->addAction(m_migrate);
}

QList<MigrationDestination> MigrationController::destinationsFor(const QList<ResourceId> &vms) const
{
    QSet<QString> sources;
    for (const ResourceId &vm : vms)
        sources.insert(vm.providerId());
    const QString sourcePool = vms.isEmpty() || !m_pools ? QString() : m_pools->poolOf(vms.first().providerId());
    QList<MigrationDestination> samePool, others;
    for (LibvirtProvider *provider : manage::connectedLibvirtProviders(m_providers)) {
        if (sources.contains(provider->id()))
            continue;
        const QString poolId = m_pools ? m_pools->poolOf(provider->id()) : QString();
        const auto pool = m_pools && !poolId.isEmpty() ? m_pools->pool(poolId) : std::nullopt;
        const MigrationDestination destination{provider->id(), provider->displayName(), provider->profile().uri,
                                               pool ? pool->name : QString()};
        (!sourcePool.isEmpty() && poolId == sourcePool ? samePool : others).append(destination);
    }
    return samePool + others;
}

MigrateDialog *MigrationController::openDialog(const QList<ResourceId> &vms)
{
    if (vms.isEmpty())
        return nullptr;
    QList<MigrationCandidate> candidates;
    for (const ResourceId &vm : vms) {
        LibvirtProvider *source = manage::libvirtProvider(m_providers, vm.providerId());
        const PowerState state = source ? source->vmState(vm) : PowerState::Unknown;
        candidates.append({vm, manage::vmName(m_inventory, vm), source ? source->displayName() : vm.providerId(),
                           state == PowerState::Running || state == PowerState::Paused});
    }
    auto preflight = [this](const ResourceId &vm, const MigrationDestination &destination, const MigrationOptions &options) -> Task * {
        LibvirtProvider *source = manage::libvirtProvider(m_providers, vm.providerId());
        if (!source) {
            auto *task = new Task(tr("Check migration"), vm, this);
            task->fail(tr("The VM's connection is gone."));
            return task;
        }
        return VmManager(source).migrationPreflight(vm, destination.uri, options);
    };
    auto *dialog = new MigrateDialog(candidates, destinationsFor(vms), preflight, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, vms] {
        const MigrationDestination destination = dialog->destination();
        const MigrationOptions options = dialog->options();
        for (const ResourceId &vm : vms)
            startMigration(vm, destination.providerId, options);
    });
    dialog->open();
    return dialog;
}

Task *MigrationController::startMigration(const ResourceId &vm, const QString &destinationProviderId,
                                          const MigrationOptions &options)
{
    LibvirtProvider *source = manage::libvirtProvider(m_providers, vm.providerId());
    LibvirtProvider *destination = manage::libvirtProvider(m_providers, destinationProviderId);
    if (!source || !destination)
        return nullptr;
    Task *task = VmManager(source).migrate(vm, destination->profile().uri, destination->displayName(), options);
    progressWindow()->addMigration(task, manage::vmName(m_inventory, vm), source->displayName(), destination->displayName());
    progressWindow()->show();
    progressWindow()->raise();
    const bool wasSelected = m_selection && m_selection().contains(vm);
    if (wasSelected)
        followToDestination(vm, destinationProviderId, task);
    return task;
}

MigrationProgressDialog *MigrationController::progressWindow()
{
    if (!m_progress)
        m_progress = new MigrationProgressDialog(m_window);
    return m_progress;
}

void MigrationController::followToDestination(const ResourceId &vm, const QString &destinationProviderId, Task *task)
{
    manage::whenFinished(task, this, [this, vm, destinationProviderId](Task *done) {
        if (done->state() != Task::State::Succeeded)
            return;
        const QString uuid = done->result().toString();
        const ResourceId moved(destinationProviderId, ResourceKind::Vm, uuid.isEmpty() ? vm.nativeId() : uuid);
        // The destination lists the VM when its event arrives: wait for the row, briefly.
        auto *watch = new QObject(this);
        auto check = [this, moved, watch] {
            if (!m_inventory->node(moved))
                return;
            Q_EMIT selectRequested(moved);
            watch->deleteLater();
        };
        connect(m_inventory, &Inventory::deltaApplied, watch, check);
        QTimer::singleShot(followTimeoutMs, watch, &QObject::deleteLater);
        check();
    });
}

} // namespace welkin
