#include "MaintenanceController.h"

#include "inventory/Inventory.h"
#include "migration/MigrationController.h"
#include "placement/EvacuationPlanner.h"
#include "placement/PoolLoadReader.h"
#include "placement/PoolSettings.h"
#include "providers/Task.h"
#include "storage/PoolStore.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace welkin {

using namespace Qt::StringLiterals;

MaintenancePlanDialog::MaintenancePlanDialog(const QString &hostName, const EvacuationPlan &plan,
                                             const QHash<QString, QString> &hostNames, QWidget *parent)
    : QDialog(parent), m_moves(new QTreeWidget), m_stuck(new QTreeWidget)
{
    setObjectName(u"maintenancePlan"_s);
    setWindowTitle(tr("Enter Maintenance: %1").arg(hostName));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(plan.moves.isEmpty() && plan.stuck.isEmpty()
                                 ? tr("No VM runs on <b>%1</b>: it enters maintenance at once.").arg(hostName.toHtmlEscaped())
                                 : tr("<b>%1</b> enters maintenance: Welkin places no VM on it and leaves it out of balancing "
                                      "until you exit maintenance. Its running VMs move live as planned below.")
                                       .arg(hostName.toHtmlEscaped()));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_moves->setObjectName(u"maintenanceMoves"_s);
    m_moves->setRootIsDecorated(false);
    m_moves->setHeaderLabels({tr("VM"), tr("Goes to"), tr("Why there")});
    for (const PlannedMove &move : plan.moves)
        new QTreeWidgetItem(m_moves, {move.vmName, hostNames.value(move.toHostId, move.toHostId), move.reason});
    m_moves->header()->resizeSection(0, 160);
    m_moves->header()->resizeSection(1, 140);
    m_moves->setVisible(!plan.moves.isEmpty());
    layout->addWidget(m_moves, 1);
    if (!plan.stuck.isEmpty()) {
        auto *stuckLabel = new QLabel(tr("These VMs cannot move and keep running on %1:").arg(hostName));
        stuckLabel->setWordWrap(true);
        layout->addWidget(stuckLabel);
        m_stuck->setObjectName(u"maintenanceStuck"_s);
        m_stuck->setRootIsDecorated(false);
        m_stuck->setHeaderLabels({tr("VM"), tr("Why")});
        for (const StuckVm &vm : plan.stuck)
            new QTreeWidgetItem(m_stuck, {vm.vmName, vm.reason});
        m_stuck->header()->resizeSection(0, 160);
        layout->addWidget(m_stuck, 1);
    } else {
        m_stuck->hide();
    }
    if (!plan.message.isEmpty()) {
        auto *message = new QLabel(plan.message);
        message->setWordWrap(true);
        layout->addWidget(message);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton *start = buttons->addButton(plan.moves.isEmpty() ? tr("&Enter Maintenance") : tr("&Enter Maintenance and Move"),
                                            QDialogButtonBox::AcceptRole);
    start->setObjectName(u"startMaintenance"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(620, 420);
}

QStringList MaintenancePlanDialog::moveLines() const
{
    QStringList lines;
    for (int i = 0; i < m_moves->topLevelItemCount(); ++i)
        lines.append(m_moves->topLevelItem(i)->text(0) + u" → "_s + m_moves->topLevelItem(i)->text(1));
    return lines;
}

QStringList MaintenancePlanDialog::stuckLines() const
{
    QStringList lines;
    for (int i = 0; i < m_stuck->topLevelItemCount(); ++i)
        lines.append(m_stuck->topLevelItem(i)->text(0) + u": "_s + m_stuck->topLevelItem(i)->text(1));
    return lines;
}

MaintenanceController::MaintenanceController(Inventory *inventory, PoolStore *pools, PoolLoadReader *loads,
                                             MigrationController *migration, QWidget *window)
    : QObject(window), m_inventory(inventory), m_pools(pools), m_loads(loads), m_migration(migration), m_window(window)
{
    showPlan = [](MaintenancePlanDialog *dialog) { dialog->open(); };
    connect(m_loads, &PoolLoadReader::ready, this, &MaintenanceController::onLoadsReady);
}

ResourceId MaintenanceController::hostOf(const ResourceId &id) const
{
    const InventoryNode *node = m_inventory->node(id);
    if (!node)
        return {};
    if (node->kind() == ResourceKind::Host)
        return id;
    // A libvirt connection is one host: its menu offers the host's maintenance.
    if (node->kind() == ResourceKind::Provider && node->childCount() == 1 && node->child(0)->kind() == ResourceKind::Host)
        return node->child(0)->id();
    return {};
}

void MaintenanceController::populateHostMenu(QMenu *menu, const ResourceId &id)
{
    const ResourceId host = hostOf(id);
    if (!host.isValid() || (m_loads->placeable && !m_loads->placeable(host.providerId())))
        return;
    menu->addSeparator();
    if (m_pools->inMaintenance(host)) {
        QAction *exit = menu->addAction(tr("Exit Maintenance"), this, [this, host] { exitMaintenance(host); });
        exit->setObjectName(u"action-exit-maintenance"_s);
    } else {
        QAction *enter = menu->addAction(tr("Enter Maintenance…"), this, [this, host] { enterMaintenance(host); });
        enter->setObjectName(u"action-enter-maintenance"_s);
        enter->setToolTip(tr("Move this host's running VMs to the other hosts of its pool and keep new ones off it"));
    }
}

bool MaintenanceController::enterMaintenance(const ResourceId &host)
{
    if (!m_inventory->node(host))
        return false;
    m_planning = host;
    // The outermost pool is read; onLoadsReady() narrows it to the innermost one that has room.
    QString top = m_pools->poolOf(host.providerId());
    while (!top.isEmpty() && !m_pools->pool(top)->parentId.isEmpty())
        top = m_pools->pool(top)->parentId;
    const QString own = m_pools->poolOf(host.providerId());
    const PoolSettings settings = PoolSettings::fromJson(own.isEmpty() ? QJsonObject() : m_pools->pool(own)->balancePolicy);
    m_loads->read(top, settings.policy.windowMinutes);
    return true;
}

QSet<QString> MaintenanceController::hostsBelow(const QString &poolId) const
{
    QSet<QString> ids;
    const InventoryNode *node = poolId.isEmpty() ? m_inventory->root() : m_inventory->node(ServerPool::nodeId(poolId));
    for (const InventoryNode *host : m_inventory->hostsBelow(node))
        ids.insert(host->id().toString());
    return ids;
}

void MaintenanceController::onLoadsReady(const QString &, const QList<PlacementHost> &allHosts, const QList<PlacementVm> &allVms)
{
    if (!m_planning.isValid())
        return;
    const ResourceId host = std::exchange(m_planning, {});
    // The VMs go to the other hosts of the host's own pool; when none of those can take VMs, to
    // those of the pool above it, and so on (a rack's hosts into the rest of its datacenter).
    const QString own = m_pools->poolOf(host.providerId());
    QSet<QString> domain;
    for (QString poolId = own;; poolId = m_pools->pool(poolId)->parentId) {
        domain = hostsBelow(poolId);
        const bool room = std::any_of(allHosts.cbegin(), allHosts.cend(), [&](const PlacementHost &h) {
            return h.id != host.toString() && domain.contains(h.id) && h.accepting && !h.maintenance;
        });
        if (room || poolId.isEmpty() || m_pools->pool(poolId)->parentId.isEmpty())
            break;
    }
    QList<PlacementHost> hosts;
    QList<PlacementVm> vms;
    for (const PlacementHost &h : allHosts)
        if (domain.contains(h.id))
            hosts.append(h);
    for (const PlacementVm &vm : allVms)
        if (domain.contains(vm.hostId))
            vms.append(vm);
    const auto pool = own.isEmpty() ? std::nullopt : m_pools->pool(own);
    const PoolSettings settings = PoolSettings::fromJson(pool ? pool->balancePolicy : QJsonObject());
    const EvacuationPlan plan = planEvacuation(host.toString(), hosts, vms, settings.policy);
    // A libvirt connection is one host: the user knows it by the connection's name.
    QHash<QString, QString> names;
    for (const PlacementHost &h : hosts) {
        const InventoryNode *connection = m_inventory->node(ResourceId::provider(ResourceId::fromString(h.id).providerId()));
        names.insert(h.id, connection && connection->childCount() == 1 ? connection->resource().name : h.name);
    }
    const InventoryNode *node = m_inventory->node(host);
    auto *dialog = new MaintenancePlanDialog(node ? node->resource().name : host.nativeId(), plan, names, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, host, plan, copy = settings.copyDisks] { start(host, plan, copy); });
    showPlan(dialog);
}

void MaintenanceController::start(const ResourceId &host, const EvacuationPlan &plan, bool copyDisks)
{
    // In maintenance first: balancing and placement leave it alone while the VMs move.
    m_pools->setMaintenance(host, true);
    MigrationOptions options;
    options.live = true;
    options.storage = copyDisks ? MigrationOptions::Storage::CopyFull : MigrationOptions::Storage::Shared;
    QList<Task *> tasks;
    for (const PlannedMove &move : plan.moves) {
        const ResourceId vm = ResourceId::fromString(move.vmId);
        const ResourceId destination = ResourceId::fromString(move.toHostId);
        if (Task *task = m_migration->startMigration(vm, destination.providerId(), options))
            tasks.append(task);
    }
    Q_EMIT evacuationStarted(host, tasks);
}

void MaintenanceController::exitMaintenance(const ResourceId &host) { m_pools->setMaintenance(host, false); }

} // namespace welkin
