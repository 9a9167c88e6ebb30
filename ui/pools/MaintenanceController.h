#pragma once

#include "model/ResourceId.h"
#include "placement/PlacementTypes.h"
#include "providers/Task.h"

#include <QDialog>
#include <QObject>
#include <QPointer>
#include <QSet>

class QLabel;
class QMenu;
class QTreeWidget;
class QWidget;

namespace welkin {

class Inventory;
class MigrationController;
class PoolLoadReader;
class PoolStore;

// The plan of "Enter Maintenance": where each running VM goes and which stay (with why).
class MaintenancePlanDialog : public QDialog
{
    Q_OBJECT
public:
    MaintenancePlanDialog(const QString &hostName, const EvacuationPlan &plan, const QHash<QString, QString> &hostNames,
                          QWidget *parent = nullptr);
    QStringList moveLines() const;  // "web-01 → host-b" (tests)
    QStringList stuckLines() const; // "db-01: uses a host device"

private:
    QTreeWidget *m_moves;
    QTreeWidget *m_stuck;
};

// Host maintenance: "Enter Maintenance…" plans where each running VM of the host goes (other
// hosts of its pool, by free memory and CPU headroom), shows the plan, marks the host in
// maintenance (no balancing or placement onto it) and runs the migrations, each with its own
// progress in the Migrations window; "Exit Maintenance" ends it.
class MaintenanceController : public QObject
{
    Q_OBJECT
public:
    MaintenanceController(Inventory *inventory, PoolStore *pools, PoolLoadReader *loads, MigrationController *migration,
                          QWidget *window);

    // Host rows (and libvirt connections: their one host): Enter / Exit Maintenance.
    void populateHostMenu(QMenu *menu, const ResourceId &id);
    // Plans the evacuation of `host` (loads read from the history first); the plan dialog
    // follows. Returns false when `host` is not a host Welkin knows.
    bool enterMaintenance(const ResourceId &host);
    void exitMaintenance(const ResourceId &host);

    // The plan dialog opens through this (tests accept it or read it).
    std::function<void(MaintenancePlanDialog *)> showPlan;

Q_SIGNALS:
    // The evacuation started: the tasks of the planned moves.
    void evacuationStarted(const welkin::ResourceId &host, const QList<welkin::Task *> &tasks);

private:
    ResourceId hostOf(const ResourceId &id) const;
    QSet<QString> hostsBelow(const QString &poolId) const; // host ids; "" = the whole tree
    void onLoadsReady(const QString &poolId, const QList<PlacementHost> &hosts, const QList<PlacementVm> &vms);
    void start(const ResourceId &host, const EvacuationPlan &plan, bool copyDisks);

    Inventory *m_inventory;
    PoolStore *m_pools;
    PoolLoadReader *m_loads;
    MigrationController *m_migration;
    QPointer<QWidget> m_window;
    ResourceId m_planning; // the host whose loads are being read
};

} // namespace welkin
