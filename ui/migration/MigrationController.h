#pragma once

#include "MigrateDialog.h"
#include "manage/MigrationTypes.h"
#include "model/ResourceId.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace welkin {

class Inventory;
class MigrationProgressDialog;
class PoolStore;
class ProviderManager;
class Task;

// "Migrate…" for libvirt VMs (menus, toolbar): the Migrate dialog, then one announced Task per
// VM, shown in the Migrations window with their figures and Cancel. Maintenance and balancing
// start their moves here too. When a moved VM was selected, its row on the destination is
// selected once it appears.
class MigrationController : public QObject
{
    Q_OBJECT
public:
    MigrationController(ProviderManager *providers, Inventory *inventory, PoolStore *pools, QWidget *window);

    QAction *migrateAction() const { return m_migrate; }
    void setSelectionSource(std::function<QList<ResourceId>()> source);
    void populateVmMenu(QMenu *menu);
    void updateActions();

    // The other connected libvirt hosts, those of the VMs' own pool first.
    QList<MigrationDestination> destinationsFor(const QList<ResourceId> &vms) const;
    // Opens the dialog (window-modal, not blocking); it deletes itself when closed.
    MigrateDialog *openDialog(const QList<ResourceId> &vms);
    // Starts moving `vm` to the host of connection `destinationProviderId`; nullptr when either
    // is not a connected libvirt host.
    Task *startMigration(const ResourceId &vm, const QString &destinationProviderId, const MigrationOptions &options);
    MigrationProgressDialog *progressWindow();

Q_SIGNALS:
    void selectRequested(const welkin::ResourceId &id);

private:
    QList<ResourceId> selectedLibvirtVms() const;
    void followToDestination(const ResourceId &vm, const QString &destinationProviderId, Task *task);

    ProviderManager *m_providers;
    Inventory *m_inventory;
    PoolStore *m_pools;
    QPointer<QWidget> m_window;
    QAction *m_migrate;
    std::function<QList<ResourceId>()> m_selection;
    QPointer<MigrationProgressDialog> m_progress;
};

} // namespace welkin
