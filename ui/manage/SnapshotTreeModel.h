#pragma once

#include "manage/SnapshotXml.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <vector>

namespace welkin {

// A VM's snapshots as a tree (parent -> children), keyed by VmSnapshot::id. setSnapshots() applies a new
// listing as row inserts, removals and dataChanged: selection and expansion survive a refresh.
class SnapshotTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, TakenColumn, StateColumn, SizeColumn, DescriptionColumn, ColumnCount };

    explicit SnapshotTreeModel(QObject *parent = nullptr);
    ~SnapshotTreeModel() override;

    // `snapshots` in snapshotTreeOrder (parents first).
    void setSnapshots(const QList<VmSnapshot> &snapshots);
    void clear();

    const VmSnapshot *snapshot(const QModelIndex &index) const;
    QModelIndex indexOf(const QString &id, int column = 0) const;
    int descendantCount(const QString &id) const;
    int count() const { return int(m_byId.size()); }
    // "Running, with memory", "Disks only", "Disks only (Creating)": how it was taken, and the
    // cloud's status while it is not ready.
    static QString stateText(const VmSnapshot &snapshot);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node {
        VmSnapshot snapshot;
        Node *parent = nullptr;
        std::vector<std::unique_ptr<Node>> children;
    };
    QModelIndex indexOfNode(const Node *node, int column = 0) const;
    int rowOf(const Node *node) const;
    void forget(const Node *node);

    Node m_root;
    QHash<QString, Node *> m_byId;
};

} // namespace welkin
