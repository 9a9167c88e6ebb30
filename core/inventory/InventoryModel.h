#pragma once

#include "model/Resource.h"

#include <QAbstractItemModel>
#include <QPointer>

namespace welkin {

class Inventory;
class InventoryNode;
class LiveSamples;

// The Inventory as a tree model for views. Purely incremental: inserts, removes and
// dataChanged limited to the columns a change touched; never a reset after construction.
// Icons are the UI's business (a proxy or delegate in ui/ maps KindRole/PowerStateRole).
class InventoryModel : public QAbstractItemModel
{
    Q_OBJECT
public:
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
    };

    explicit InventoryModel(Inventory *inventory, LiveSamples *samples = nullptr, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;

    QModelIndex indexOf(const ResourceId &id, int column = NameColumn) const;
    const InventoryNode *nodeAt(const QModelIndex &index) const;

    // The columns a change of `fields` touches: [first, last] or {-1, -1}.
    static std::pair<int, int> columnSpan(ResourceFields fields);

private:
    QModelIndex indexOfNode(const InventoryNode *node, int column) const;
    void onSamplesUpdated(const QString &providerId);

    Inventory *m_inventory;
    QPointer<LiveSamples> m_samples;
};

} // namespace welkin
