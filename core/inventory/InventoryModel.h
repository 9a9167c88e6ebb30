#pragma once

#include "metrics/Metric.h"
#include "model/Resource.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QSet>

#include <utility>
#include <vector>

namespace welkin {

class Inventory;
class InventoryNode;
class LiveSamples;

// The Inventory as a tree model for views. Purely incremental: inserts, removes and
// dataChanged limited to the columns a change touched; never a reset after construction.
// Icons are the UI's business (a proxy or delegate in ui/ maps KindRole/PowerStateRole).
// Internal pointers are InventoryNode pointers; the Inventory must outlive the model.
class InventoryModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    // "12 VMs, 9 running" below any node, the root included (counts cached, kept by the deltas).
    QString vmSummary(const InventoryNode *node) const;
    enum Column { NameColumn, StateColumn, HostColumn, CpusColumn, MemoryColumn, AddressesColumn,
                  OsColumn, CpuUsageColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        ResourceIdRole = Qt::UserRole + 1, // QVariant<ResourceId>
        KindRole,            // int(ResourceKind)
        PowerStateRole,      // int(PowerState), VMs
        ProviderStateRole,   // int(ProviderState), provider nodes
        SortRole,            // numbers as numbers, text case-folded
        CpuPercentRole,      // double, NaN when unknown
        SearchTextRole,      // name, UUID, IPs, host name joined, for filtering
        SummaryRole,         // non-VM nodes: "12 VMs, 9 running" (pools: "3 hosts · 12 VMs, 9 running")
        StaleRole,           // bool, VMs and hosts: their connection is lost, what is shown is the last known
    };

    explicit InventoryModel(Inventory *inventory, LiveSamples *samples = nullptr, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QModelIndex indexOf(const ResourceId &id, int column = NameColumn) const;
    const InventoryNode *nodeAt(const QModelIndex &index) const;

    // The figure every view shows for a VM or host now (tree, tables, sparklines): the newest
    // sample's metricValue(), NaN for VMs without figures in their state and for stale rows.
    double figure(const InventoryNode *node, Metric metric) const;
    // The node's connection was lost: its state and figures are the last known. Invalid time
    // when it is live.
    QDateTime staleSince(const InventoryNode *node) const;

    // The columns a change of `fields` touches: [first, last] or {-1, -1}.
    static std::pair<int, int> columnSpan(ResourceFields fields);

    // "512 MiB", "2 GiB", "1.5 GiB": binary units, one decimal only when it says something.
    static QString formatMemoryKiB(quint64 kib);

private:
    struct VmCounts {
        int vms = 0;
        int running = 0;
    };

    QModelIndex indexOfNode(const InventoryNode *node, int column) const;
    void onAboutToInsert(const InventoryNode *parent, int first, int last);
    void onInserted(const InventoryNode *parent);
    void onAboutToRemove(const InventoryNode *parent, int first, int last);
    void onRemoved(const InventoryNode *parent);
    void onNodeChanged(const InventoryNode *node, ResourceFields fields);
    void onDeltaApplied();
    void onSamplesUpdated(const QString &providerId);
    void emitChildrenChanged(const InventoryNode *node, int column, const QList<int> &roles = {});
    void emitCpuChanged(const InventoryNode *node);
    void emitHostStatesChanged(const InventoryNode *node);
    void updateLostSince(const InventoryNode *provider);
    void emitSubtreeChanged(const InventoryNode *node);
    void flushSummaries();

    // A server pool's row: its hosts' count, CPUs and memory, and their average load now.
    struct PoolTotals {
        int hosts = 0;
        int cpus = 0;
        quint64 memoryKiB = 0;
        double cpuPercent = 0;
        double memoryPercent = 0;
    };
    PoolTotals poolTotals(const InventoryNode *node) const;
    QVariant poolData(const InventoryNode *node, int column) const;
    QVariant displayData(const InventoryNode *node, int column) const;
    QVariant sortData(const InventoryNode *node, int column) const;
    QString toolTip(const InventoryNode *node) const;
    QString searchText(const InventoryNode *node) const;
    QString summary(const InventoryNode *node) const;
    double cpuPercent(const InventoryNode *node) const;
    VmCounts vmCounts(const InventoryNode *node) const;
    void invalidateCounts(const InventoryNode *from);

    Inventory *m_inventory;
    QPointer<LiveSamples> m_samples;
    // VM counts of non-VM nodes, computed on demand and dropped for a node and its ancestors on
    // every change below it; keys of removed nodes are dropped once they are gone.
    mutable QHash<const InventoryNode *, VmCounts> m_counts;
    std::vector<const InventoryNode *> m_removing;
    // Rows whose summary (StateColumn: groups, hosts, connections, pools) changed during the
    // current delta: told once at its end.
    QSet<ResourceId> m_staleSummaries;
    // When each unreachable connection was lost (kept through its reconnect attempts).
    QHash<QString, QDateTime> m_lostSince;
};

} // namespace welkin
