#include "ResourceTableModel.h"

#include "Icons.h"
#include "SampleHistory.h"
#include "inventory/Inventory.h"
#include "inventory/InventoryModel.h"

#include <QDateTime>
#include <QLocale>
#include <QPalette>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

int sourceColumn(ResourceTableModel::Field field)
{
    switch (field) {
    case ResourceTableModel::Name: return InventoryModel::NameColumn;
    case ResourceTableModel::State: return InventoryModel::StateColumn;
    case ResourceTableModel::Host: return InventoryModel::HostColumn;
    case ResourceTableModel::Cpus: return InventoryModel::CpusColumn;
    case ResourceTableModel::Memory: return InventoryModel::MemoryColumn;
    case ResourceTableModel::Addresses: return InventoryModel::AddressesColumn;
    case ResourceTableModel::Os: return InventoryModel::OsColumn;
    case ResourceTableModel::Cpu: return InventoryModel::CpuUsageColumn;
    default: return -1;
    }
}

} // namespace

ResourceTableModel::ResourceTableModel(ResourceKind rowKind, Inventory *inventory, InventoryModel *source,
                                       SampleHistory *history, QObject *parent)
    : QAbstractTableModel(parent), m_rowKind(rowKind), m_inventory(inventory), m_source(source), m_history(history),
      m_relist(new QTimer(this)), m_clock(new QTimer(this))
{
    if (rowKind == ResourceKind::Vm)
        m_fields = {Name, State, Cpu, HostShare, Cpus, Memory, Addresses, Os, Host, Uptime}; // live figures first
    else
        m_fields = {Name, State, Cpu, MemoryUse, VmCount, Cpus, CpuModel, Topology, Memory, Os, LibraryVersion, Uri};

    // A delta inserts many rows in several steps: re-list once it is through.
    m_relist->setSingleShot(true);
    m_relist->setInterval(50);
    connect(m_relist, &QTimer::timeout, this, &ResourceTableModel::relist);
    connect(inventory, &Inventory::nodesInserted, this, &ResourceTableModel::scheduleRelist);
    connect(inventory, &Inventory::nodesRemoved, this, &ResourceTableModel::scheduleRelist);
    connect(inventory, &Inventory::nodeChanged, this,
            [this](const InventoryNode *node, ResourceFields fields) {
                if (fields.testFlag(ResourceField::Parent))
                    scheduleRelist();
                onNodeChanged(node);
            });
    connect(inventory, &Inventory::deltaApplied, this, [this] {
        if (m_rowKind == ResourceKind::Host)
            emitColumnChanged(VmCount); // VM counts per host
    });
    if (history)
        connect(history, &SampleHistory::updated, this, &ResourceTableModel::emitFiguresChanged);
    // Uptime advances by itself.
    m_clock->setInterval(30'000);
    connect(m_clock, &QTimer::timeout, this, [this] { emitColumnChanged(Uptime); });
    m_clock->start();
}

void ResourceTableModel::setRoot(const ResourceId &root)
{
    const bool sameScope = root == m_root && m_fixed.isEmpty();
    m_root = root;
    m_fixed.clear();
    if (sameScope)
        relist();
    else
        reset();
}

void ResourceTableModel::setIds(const QList<ResourceId> &ids)
{
    const bool sameScope = !m_root.isValid() && ids == m_fixed;
    m_root = {};
    m_fixed = ids;
    if (sameScope)
        relist();
    else
        reset();
}

void ResourceTableModel::scheduleRelist()
{
    if (m_root.isValid() || !m_fixed.isEmpty())
        m_relist->start();
}

void ResourceTableModel::collect(const InventoryNode *node, QList<ResourceId> &out) const
{
    for (int i = 0; i < node->childCount(); ++i) {
        const InventoryNode *child = node->child(i);
        if (child->kind() == m_rowKind)
            out.append(child->id());
        if (child->kind() != ResourceKind::Vm)
            collect(child, out);
    }
}

QList<ResourceId> ResourceTableModel::listScope() const
{
    QList<ResourceId> ids;
    for (const ResourceId &id : m_fixed) {
        if (id.kind() == m_rowKind && m_inventory->node(id))
            ids.append(id);
    }
    if (const InventoryNode *root = m_inventory->node(m_root)) {
        if (root->kind() == m_rowKind)
            ids.append(root->id());
        collect(root, ids);
    }
    return ids;
}

void ResourceTableModel::indexRows()
{
    m_rows.clear();
    m_rows.reserve(m_ids.size());
    for (int row = 0; row < m_ids.size(); ++row)
        m_rows.insert(m_ids.at(row), row);
}

void ResourceTableModel::reset()
{
    m_relist->stop();
    beginResetModel();
    m_ids = listScope();
    indexRows();
    endResetModel();
}

void ResourceTableModel::relist()
{
    const QList<ResourceId> ids = listScope();
    if (ids == m_ids)
        return;
    QHash<ResourceId, int> target;
    target.reserve(ids.size());
    for (int i = 0; i < ids.size(); ++i)
        target.insert(ids.at(i), i);

    // Rows to keep: the longest run of rows, present in both, whose order is already right (a
    // longest increasing subsequence of target positions, O(n log n)); the others leave, and
    // moved ones come back at their new place.
    QList<int> rows; // old rows still listed
    QList<int> positions;
    for (int row = 0; row < m_ids.size(); ++row) {
        if (const int to = target.value(m_ids.at(row), -1); to >= 0) {
            rows.append(row);
            positions.append(to);
        }
    }
    QList<int> tails;                          // index into positions ending a run of each length
    QList<int> previous(positions.size(), -1); // the run's element before each one
    for (int i = 0; i < positions.size(); ++i) {
        const auto at = std::lower_bound(tails.begin(), tails.end(), positions.at(i),
                                         [&](int index, int position) { return positions.at(index) < position; });
        if (at != tails.begin())
            previous[i] = *(at - 1);
        if (at == tails.end())
            tails.append(i);
        else
            *at = i;
    }
    QList<bool> keep(m_ids.size(), false);
    for (int i = tails.isEmpty() ? -1 : tails.last(); i >= 0; i = previous.at(i))
        keep[rows.at(i)] = true;
    // Removals in contiguous runs, last first (rows above stay valid).
    for (int last = int(m_ids.size()) - 1; last >= 0;) {
        if (keep.at(last)) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !keep.at(first - 1))
            --first;
        beginRemoveRows({}, first, last);
        m_ids.remove(first, last - first + 1);
        indexRows();
        endRemoveRows();
        last = first - 1;
    }
    // Insertions in contiguous runs: what is kept already sits at its target row.
    for (int first = 0; first < ids.size();) {
        if (m_rows.contains(ids.at(first))) {
            ++first;
            continue;
        }
        int last = first;
        while (last + 1 < ids.size() && !m_rows.contains(ids.at(last + 1)))
            ++last;
        beginInsertRows({}, first, last);
        m_ids.insert(first, last - first + 1, ResourceId());
        for (int i = first; i <= last; ++i)
            m_ids[i] = ids.at(i);
        indexRows();
        endInsertRows();
        first = last + 1;
    }
}

void ResourceTableModel::onNodeChanged(const InventoryNode *node)
{
    const int row = rowOf(node->id());
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    else if (node->kind() == ResourceKind::Provider && !m_ids.isEmpty())
        // Hosts show their connection's state; a lost connection greys its rows.
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void ResourceTableModel::emitColumnChanged(Field field)
{
    const int column = columnOf(field);
    if (column >= 0 && !m_ids.isEmpty())
        Q_EMIT dataChanged(index(0, column), index(rowCount() - 1, column));
}

void ResourceTableModel::emitFiguresChanged()
{
    emitColumnChanged(Cpu);
    emitColumnChanged(HostShare);
    emitColumnChanged(MemoryUse);
}

int ResourceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int ResourceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

QModelIndex ResourceTableModel::sourceIndex(const ResourceId &id, Field field) const
{
    const int column = sourceColumn(field);
    return column >= 0 ? m_source->indexOf(id, column) : m_source->indexOf(id, InventoryModel::NameColumn);
}

QVariant ResourceTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size() || index.column() >= m_fields.size())
        return {};
    const ResourceId &id = m_ids.at(index.row());
    const InventoryNode *node = m_inventory->node(id);
    if (!node)
        return {};
    const Field field = m_fields.at(index.column());
    if (role == HistoryRole)
        return field == Cpu && m_history ? QVariant::fromValue(m_history->cpuHistory(id)) : QVariant();
    if (role == Qt::DecorationRole && field == Name) {
        if (const VmInfo *vm = node->resource().vm())
            return Icons::forVm(vm->state);
        return Icons::forKind(node->kind());
    }
    // Rows of a lost connection show what was last known, greyed like the tree.
    if (role == Qt::ForegroundRole && m_source->staleSince(node).isValid())
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    return fieldData(node, field, role);
}

QVariant ResourceTableModel::fieldData(const InventoryNode *node, Field field, int role) const
{
    const Resource &resource = node->resource();
    if (sourceColumn(field) >= 0)
        return sourceIndex(node->id(), field).data(role);
    // Row-wide roles (id, kind, power state, search text) come from the node's name cell.
    if (role > Qt::UserRole && role != InventoryModel::SortRole)
        return sourceIndex(node->id(), Name).data(role);

    const bool sorting = role == InventoryModel::SortRole;
    const bool numeric = field == VmCount || field == HostShare || field == MemoryUse;
    if (role != Qt::DisplayRole && !sorting && role != Qt::ToolTipRole)
        return role == Qt::TextAlignmentRole && numeric ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    const VmInfo *vm = resource.vm();
    const HostInfo *host = resource.host();
    switch (field) {
    case Uptime: {
        const bool known = vm && vm->startedAtMs > 0 && powerStateIsActive(vm->state);
        if (sorting)
            return known ? (QDateTime::currentMSecsSinceEpoch() - vm->startedAtMs) / 1000 : qint64(0);
        if (role == Qt::ToolTipRole)
            return vm && !known && powerStateIsActive(vm->state) ? QVariant(uptimeUnknownToolTip()) : QVariant();
        return vm ? QVariant(uptimeText(*vm)) : QVariant();
    }
    case HostShare:
    case MemoryUse: {
        const Metric metric = field == HostShare ? Metric::CpuHost : Metric::MemoryPercent;
        const double value = m_source->figure(node, metric);
        if (sorting)
            return std::isnan(value) ? -1.0 : value; // unknown sorts lowest
        if (role == Qt::ToolTipRole) {
            if (field == MemoryUse && host && !std::isnan(value)) {
                const double used = m_source->figure(node, Metric::MemoryUsedBytes);
                //: a host's memory: "200 GiB used of 256 GiB"
                return tr("%1 used of %2").arg(formatMetric(Metric::MemoryUsedBytes, used),
                                               InventoryModel::formatMemoryKiB(host->memoryKiB));
            }
            return metricDescription(metric);
        }
        return std::isnan(value) ? QVariant() : QVariant(formatMetric(metric, value));
    }
    case VmCount: {
        const QList<const InventoryNode *> vms = m_inventory->vmsBelow(node);
        const auto running = std::count_if(vms.cbegin(), vms.cend(), [](const InventoryNode *n) {
            return n->resource().vm()->state == PowerState::Running;
        });
        if (sorting)
            return qint64(vms.size());
        return tr("%1 (%2 running)").arg(QLocale().toString(vms.size()), QLocale().toString(qint64(running)));
    }
    case CpuModel:
        return host ? QVariant(host->cpuModel) : QVariant();
    case Topology:
        if (!host || host->sockets <= 0)
            return {};
        //: host CPU topology: sockets × cores × threads
        return tr("%1 × %2 × %3").arg(host->sockets).arg(host->cores).arg(host->threads);
    case LibraryVersion:
        return host ? QVariant(host->libraryVersion) : QVariant();
    case Uri:
        return host ? QVariant(host->uri) : QVariant();
    default:
        return {};
    }
}

QVariant ResourceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_fields.size())
        return {};
    const Field field = m_fields.at(section);
    if (field == Cpu && (role == Qt::DisplayRole || role == Qt::ToolTipRole))
        return role == Qt::ToolTipRole ? metricDescription(Metric::Cpu) : metricDisplayName(Metric::Cpu, m_rowKind);
    if (sourceColumn(field) >= 0 && !(m_rowKind == ResourceKind::Host && field == Os))
        return m_source->headerData(sourceColumn(field), orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (field) {
        case HostShare: return metricDescription(Metric::CpuHost);
        case MemoryUse: return metricDescription(Metric::MemoryPercent);
        case Uptime: return tr("Since the VM started, where its provider says so.");
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && (field == HostShare || field == MemoryUse))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (field) {
    case HostShare: return metricDisplayName(Metric::CpuHost);
    case MemoryUse: return metricDisplayName(Metric::MemoryPercent, ResourceKind::Host);
    case Os: return tr("Hypervisor");
    case Uptime: return tr("Uptime");
    case VmCount: return tr("VMs");
    case CpuModel: return tr("CPU model");
    case Topology: return tr("Sockets × cores × threads");
    case LibraryVersion: return tr("libvirt");
    case Uri: return tr("URI");
    default: return {};
    }
}

QString ResourceTableModel::uptimeText(const VmInfo &vm)
{
    if (!powerStateIsActive(vm.state))
        return {};
    if (vm.startedAtMs <= 0)
        return u"—"_s;
    return formatUptime((QDateTime::currentMSecsSinceEpoch() - vm.startedAtMs) / 1000);
}

QString ResourceTableModel::uptimeUnknownToolTip()
{
    return tr("Not known: the provider does not say when this VM started (libvirt: only for VMs seen "
              "starting while connected).");
}

QString ResourceTableModel::formatUptime(qint64 seconds)
{
    if (seconds < 60)
        return tr("%n s", nullptr, int(seconds));
    const qint64 minutes = seconds / 60, hours = minutes / 60, days = hours / 24;
    if (days > 0)
        return tr("%1 d %2 h").arg(days).arg(hours % 24);
    if (hours > 0)
        return tr("%1 h %2 min").arg(hours).arg(minutes % 60);
    return tr("%1 min").arg(minutes);
}

} // namespace welkin
