#include "SnapshotTreeModel.h"

#include "Icons.h"

#include <QFont>
#include <QIcon>
#include <QLocale>
#include <QPalette>
#include <QSet>

namespace welkin {

using namespace Qt::StringLiterals;

SnapshotTreeModel::SnapshotTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

SnapshotTreeModel::~SnapshotTreeModel() = default;

int SnapshotTreeModel::rowOf(const Node *node) const
{
    const auto &siblings = node->parent->children;
    for (size_t i = 0; i < siblings.size(); ++i) {
        if (siblings[i].get() == node)
            return int(i);
    }
    return -1;
}

QModelIndex SnapshotTreeModel::indexOfNode(const Node *node, int column) const
{
    if (!node || node == &m_root)
        return {};
    return createIndex(rowOf(node), column, const_cast<Node *>(node));
}

void SnapshotTreeModel::forget(const Node *node)
{
    m_byId.remove(node->snapshot.id);
    for (const auto &child : node->children)
        forget(child.get());
}

void SnapshotTreeModel::clear()
{
    setSnapshots({});
}

void SnapshotTreeModel::setSnapshots(const QList<VmSnapshot> &snapshots)
{
    QHash<QString, const VmSnapshot *> wanted;
    for (const VmSnapshot &snapshot : snapshots)
        wanted.insert(snapshot.id, &snapshot);

    // Gone, or now under another parent (its parent was deleted): removed with its subtree; the
    // children that stay come back below.
    const QList<QString> ids = m_byId.keys();
    for (const QString &id : ids) {
        Node *node = m_byId.value(id);
        if (!node)
            continue; // went with an ancestor
        const VmSnapshot *now = wanted.value(id);
        const QString parentId = node->parent == &m_root ? QString() : node->parent->snapshot.id;
        if (now && now->parent == parentId)
            continue;
        const int row = rowOf(node);
        beginRemoveRows(indexOfNode(node->parent), row, row);
        forget(node);
        node->parent->children.erase(node->parent->children.begin() + row);
        endRemoveRows();
    }

    for (const VmSnapshot &snapshot : snapshots) {
        if (Node *node = m_byId.value(snapshot.id)) {
            if (!(node->snapshot == snapshot)) {
                node->snapshot = snapshot;
                Q_EMIT dataChanged(indexOfNode(node, 0), indexOfNode(node, ColumnCount - 1));
            }
            continue;
        }
        Node *parent = snapshot.parent.isEmpty() ? &m_root : m_byId.value(snapshot.parent, &m_root);
        const int row = int(parent->children.size());
        beginInsertRows(indexOfNode(parent), row, row);
        auto node = std::make_unique<Node>();
        node->snapshot = snapshot;
        node->parent = parent;
        m_byId.insert(snapshot.id, node.get());
        parent->children.push_back(std::move(node));
        endInsertRows();
    }
}

const VmSnapshot *SnapshotTreeModel::snapshot(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return &static_cast<const Node *>(index.internalPointer())->snapshot;
}

QModelIndex SnapshotTreeModel::indexOf(const QString &id, int column) const
{
    return indexOfNode(m_byId.value(id), column);
}

int SnapshotTreeModel::descendantCount(const QString &id) const
{
    const Node *node = m_byId.value(id);
    if (!node)
        return 0;
    int count = 0;
    QList<const Node *> pending{node};
    while (!pending.isEmpty()) {
        const Node *next = pending.takeLast();
        for (const auto &child : next->children) {
            ++count;
            pending.append(child.get());
        }
    }
    return count;
}

QModelIndex SnapshotTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const Node *node = parent.isValid() ? static_cast<const Node *>(parent.internalPointer()) : &m_root;
    if (parent.isValid() && parent.column() != 0)
        return {};
    if (size_t(row) >= node->children.size())
        return {};
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex SnapshotTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOfNode(static_cast<const Node *>(child.internalPointer())->parent);
}

int SnapshotTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const Node *node = parent.isValid() ? static_cast<const Node *>(parent.internalPointer()) : &m_root;
    return int(node->children.size());
}

int SnapshotTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString SnapshotTreeModel::stateText(const VmSnapshot &s)
{
    QString state = s.state == "running"_L1 ? tr("Running")
        : s.state == "paused"_L1            ? tr("Paused")
        : s.state == "shutoff"_L1           ? tr("Shut off")
        : s.state == "disk-snapshot"_L1 || (s.state.isEmpty() && s.memory == "no"_L1) ? tr("Disks only")
                                                                                     : s.state;
    if (s.hasMemory())
        state = state.isEmpty() ? tr("With memory") : tr("%1, with memory").arg(state);
    else if (s.external)
        state = tr("%1, external disks").arg(state);
    if (!s.ready && !s.status.isEmpty()) // being made, reverted or deleted, or failed: the cloud's word
        state = state.isEmpty() ? s.status : tr("%1 (%2)").arg(state, s.status);
    return state;
}

QVariant SnapshotTreeModel::data(const QModelIndex &index, int role) const
{
    const VmSnapshot *s = snapshot(index);
    if (!s)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn: return s->current ? tr("%1 (current)").arg(s->name) : s->name;
        case TakenColumn: return s->created.isValid() ? QLocale().toString(s->created, QLocale::ShortFormat) : QString();
        case StateColumn: return stateText(*s);
        case SizeColumn: return s->sizeBytes >= 0 ? QLocale().formattedDataSize(s->sizeBytes) : QString();
        case DescriptionColumn: return s->description.simplified();
        }
    }
    if (role == Qt::ToolTipRole && index.column() == DescriptionColumn)
        return s->description;
    if (role == Qt::TextAlignmentRole && index.column() == SizeColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && !s->ready)
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    if (role == Qt::FontRole && s->current) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::DecorationRole && index.column() == NameColumn)
        return s->current ? Icons::currentSnapshot() : Icons::snapshot();
    return {};
}

QVariant SnapshotTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case TakenColumn: return tr("Taken");
    case StateColumn: return tr("State");
    case SizeColumn: return tr("Size");
    case DescriptionColumn: return tr("Description");
    }
    return {};
}

} // namespace welkin
