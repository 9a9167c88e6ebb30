#include "InventoryModel.h"

#include "Inventory.h"
#include "InventoryNode.h"
#include "metrics/LiveSamples.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

// Nodes whose State column summarises the VMs below them.
bool isGroup(ResourceKind kind)
{
    return kind == ResourceKind::Region || kind == ResourceKind::Zone || kind == ResourceKind::Pod
        || kind == ResourceKind::Cluster || kind == ResourceKind::Project || kind == ResourceKind::Pool;
}

bool isNumericColumn(int column)
{
    return column == InventoryModel::CpusColumn || column == InventoryModel::MemoryColumn
        || column == InventoryModel::CpuUsageColumn;
}

QString nodeName(const InventoryNode *node)
{
    const Resource &resource = node->resource();
    if (!resource.name.isEmpty())
        return resource.name;
    if (const HostInfo *host = resource.host(); host && !host->hostname.isEmpty())
        return host->hostname;
    return resource.id.nativeId();
}

const InventoryNode *providerOf(const InventoryNode *node)
{
    for (; node; node = node->parent()) {
        if (node->kind() == ResourceKind::Provider)
            return node;
    }
    return nullptr;
}

const InventoryNode *hostOf(const InventoryNode *node)
{
    for (const InventoryNode *p = node->parent(); p; p = p->parent()) {
        if (p->kind() == ResourceKind::Host)
            return p;
    }
    return nullptr;
}

QString providerStateText(const ProviderStatus &status, bool withDetail)
{
    QString text = providerStateDisplayName(status.state);
    if (!status.detail.isEmpty() && (withDetail || status.state != ProviderState::Connected))
        text += u": "_s + status.detail;
    return text;
}

QString hypervisorText(const HostInfo &host)
{
    return QString(host.hypervisor + u' ' + host.hypervisorVersion).trimmed();
}

QString vmOsText(const VmInfo &vm)
{
    return vm.osName.isEmpty() ? vm.osType : vm.osName;
}

QVariant cpuText(double percent)
{
    if (std::isnan(percent))
        return {};
    return QString(QLocale().toString(percent, 'f', 1) + u" %"_s);
}

QString joinNonEmpty(const QStringList &parts)
{
    QStringList kept;
    kept.reserve(parts.size());
    for (const QString &part : parts) {
        if (!part.isEmpty())
            kept.append(part);
    }
    return kept.join(u' ');
}

} // namespace

InventoryModel::InventoryModel(Inventory *inventory, LiveSamples *samples, QObject *parent)
    : QAbstractItemModel(parent), m_inventory(inventory), m_samples(samples)
{
    Q_ASSERT(inventory);
    connect(inventory, &Inventory::nodesAboutToBeInserted, this, &InventoryModel::onAboutToInsert);
    connect(inventory, &Inventory::nodesInserted, this, &InventoryModel::onInserted);
    connect(inventory, &Inventory::nodesAboutToBeRemoved, this, &InventoryModel::onAboutToRemove);
    connect(inventory, &Inventory::nodesRemoved, this, &InventoryModel::onRemoved);
    connect(inventory, &Inventory::nodeChanged, this, &InventoryModel::onNodeChanged);
    connect(inventory, &Inventory::deltaApplied, this, &InventoryModel::onDeltaApplied);
    if (samples)
        connect(samples, &LiveSamples::samplesUpdated, this, &InventoryModel::onSamplesUpdated);
}

// --- structure -------------------------------------------------------------------------------

const InventoryNode *InventoryModel::nodeAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return static_cast<const InventoryNode *>(index.constInternalPointer());
}

QModelIndex InventoryModel::indexOfNode(const InventoryNode *node, int column) const
{
    if (!node || node == m_inventory->root())
        return {};
    // A node that is not (or no longer) attached to the root has no index. O(depth).
    const InventoryNode *top = node;
    while (top->parent())
        top = top->parent();
    if (top != m_inventory->root())
        return {};
    return createIndex(node->row(), column, node);
}

QModelIndex InventoryModel::indexOf(const ResourceId &id, int column) const
{
    if (column < 0 || column >= ColumnCount)
        return {};
    return indexOfNode(m_inventory->node(id), column); // hash lookup + row(): no walk over rows
}

QModelIndex InventoryModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || parent.column() > 0)
        return {};
    const InventoryNode *p = parent.isValid() ? nodeAt(parent) : m_inventory->root();
    if (!p || row >= p->childCount())
        return {};
    return createIndex(row, column, p->child(row));
}

QModelIndex InventoryModel::parent(const QModelIndex &child) const
{
    const InventoryNode *node = nodeAt(child);
    if (!node)
        return {};
    const InventoryNode *p = node->parent();
    if (!p || p == m_inventory->root())
        return {};
    return createIndex(p->row(), 0, p);
}

int InventoryModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0) // children hang off the first column only
        return 0;
    const InventoryNode *p = parent.isValid() ? nodeAt(parent) : m_inventory->root();
    return p ? p->childCount() : 0;
}

int InventoryModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool InventoryModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

Qt::ItemFlags InventoryModel::flags(const QModelIndex &index) const
{
    const InventoryNode *node = nodeAt(index);
    if (!node)
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (node->kind() == ResourceKind::Vm)
        flags |= Qt::ItemNeverHasChildren; // spares views the hasChildren() calls on most rows
    return flags;
}

// --- data ------------------------------------------------------------------------------------

QVariant InventoryModel::data(const QModelIndex &index, int role) const
{
    const InventoryNode *node = nodeAt(index);
    if (!node)
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(node, column);
    case Qt::ToolTipRole:
        return toolTip(node);
    case Qt::TextAlignmentRole:
        if (isNumericColumn(column))
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ResourceIdRole:
        return QVariant::fromValue(node->id());
    case KindRole:
        return int(node->kind());
    case PowerStateRole:
        if (const VmInfo *vm = node->resource().vm())
            return int(vm->state);
        return {};
    case ProviderStateRole:
        if (node->kind() == ResourceKind::Provider)
            return int(node->providerStatus().state);
        return {};
    case SortRole:
        return sortData(node, column);
    case CpuPercentRole:
        return cpuPercent(node);
    case SearchTextRole:
        return searchText(node);
    case SummaryRole:
        return node->kind() == ResourceKind::Vm ? QVariant() : QVariant(summary(node));
    case StaleRole:
        return staleSince(node).isValid();
    default:
        return {};
    }
}

QVariant InventoryModel::displayData(const InventoryNode *node, int column) const
{
    if (column == NameColumn)
        return nodeName(node);
    const Resource &resource = node->resource();
    const ResourceKind kind = node->kind();
    if (kind == ResourceKind::Provider)
        return column == StateColumn ? QVariant(providerStateText(node->providerStatus(), false)) : QVariant();
    if (kind == ResourceKind::Pool)
        return poolData(node, column);
    if (isGroup(kind))
        return column == StateColumn ? QVariant(summary(node)) : QVariant();

    if (const VmInfo *vm = resource.vm()) {
        switch (column) {
        case StateColumn:
            if (const QDateTime since = staleSince(node); since.isValid())
                //: a VM whose connection is lost: its state is not known since then (time of the loss)
                return tr("Unknown since %1").arg(QLocale().toString(since.time(), u"HH:mm"_s));
            return powerStateDisplayName(vm->state);
        case HostColumn:
            if (const InventoryNode *host = hostOf(node))
                return nodeName(host);
            return {};
        case CpusColumn:
            return vm->vcpus > 0 ? QVariant(vm->vcpus) : QVariant();
        case MemoryColumn:
            return vm->memoryKiB > 0 ? QVariant(formatMemoryKiB(vm->memoryKiB)) : QVariant();
        case AddressesColumn:
            return vm->ipAddresses().join(u", "_s);
        case OsColumn:
            return vmOsText(*vm);
        case CpuUsageColumn:
            return cpuText(cpuPercent(node));
        default:
            return {};
        }
    }
    if (const HostInfo *host = resource.host()) {
        switch (column) {
        case StateColumn: {
            // A host is as reachable as the connection that reports it.
            const InventoryNode *provider = providerOf(node);
            if (provider && provider->providerStatus().state == ProviderState::Connected)
                return providerStateDisplayName(ProviderState::Connected);
            return {};
        }
        case CpusColumn:
            return host->cpus > 0 ? QVariant(host->cpus) : QVariant();
        case MemoryColumn:
            return host->memoryKiB > 0 ? QVariant(formatMemoryKiB(host->memoryKiB)) : QVariant();
        case OsColumn:
            return hypervisorText(*host);
        case CpuUsageColumn:
            return cpuText(cpuPercent(node));
        default:
            return {};
        }
    }
    return {};
}

QVariant InventoryModel::sortData(const InventoryNode *node, int column) const
{
    const Resource &resource = node->resource();
    const VmInfo *vm = resource.vm();
    const HostInfo *host = resource.host();
    switch (column) {
    case NameColumn:
        return nodeName(node).toLower();
    case StateColumn:
        if (isGroup(node->kind()))
            return qint64(vmCounts(node).vms);
        return displayData(node, column).toString().toLower();
    case CpusColumn:
        if (node->kind() == ResourceKind::Pool)
            return qint64(poolTotals(node).cpus);
        return qint64(vm ? vm->vcpus : host ? host->cpus : 0);
    case MemoryColumn:
        if (node->kind() == ResourceKind::Pool)
            return qint64(poolTotals(node).memoryKiB);
        return qint64(vm ? vm->memoryKiB : host ? host->memoryKiB : 0);
    case CpuUsageColumn: {
        // NaN would break the strict weak ordering sorting relies on: unknown sorts lowest.
        const double percent = cpuPercent(node);
        return std::isnan(percent) ? -1.0 : percent;
    }
    default:
        return displayData(node, column).toString().toLower();
    }
}

QString InventoryModel::toolTip(const InventoryNode *node) const
{
    const Resource &resource = node->resource();
    QStringList lines{nodeName(node)};
    if (const VmInfo *vm = resource.vm()) {
        QString state = powerStateDisplayName(vm->state);
        if (!vm->stateReason.isEmpty() && vm->stateReason != u"unknown"_s) // libvirt's reason 0 says nothing
            //: VM tooltip: power state and the provider's reason, e.g. "Shut off (destroyed)"
            state = tr("%1 (%2)").arg(state, vm->stateReason);
        lines.append(state);
        if (const QDateTime since = staleSince(node); since.isValid())
            lines.append(tr("Connection lost at %1: the state above is the last known.")
                             .arg(QLocale().toString(since, QLocale::ShortFormat)));
        if (!vm->uuid.isEmpty())
            lines.append(tr("UUID: %1").arg(vm->uuid));
        return lines.join(u'\n');
    }
    if (node->kind() == ResourceKind::Provider)
        lines.append(providerStateText(node->providerStatus(), true));
    else if (const HostInfo *host = resource.host(); host && !host->hypervisor.isEmpty())
        lines.append(hypervisorText(*host));
    else if (const GroupInfo *group = resource.group(); group && !group->description.isEmpty())
        lines.append(group->description);
    lines.append(summary(node));
    return lines.join(u'\n');
}

QString InventoryModel::searchText(const InventoryNode *node) const
{
    const Resource &resource = node->resource();
    QStringList parts{nodeName(node)};
    if (const VmInfo *vm = resource.vm()) {
        parts.append(vm->uuid);
        parts.append(vm->ipAddresses());
        if (const InventoryNode *host = hostOf(node))
            parts.append(nodeName(host));
        parts.append(vm->osName);
        parts.append(vm->osType);
    } else if (const HostInfo *host = resource.host()) {
        parts.append(host->hostname);
        parts.append(host->uri);
        parts.append(host->hypervisor);
    }
    return joinNonEmpty(parts).toLower();
}

double InventoryModel::cpuPercent(const InventoryNode *node) const
{
    const ResourceKind kind = node->kind();
    if (kind == ResourceKind::Pool)
        return poolTotals(node).cpuPercent;
    return figure(node, Metric::Cpu);
}

double InventoryModel::figure(const InventoryNode *node, Metric metric) const
{
    const ResourceKind kind = node->kind();
    if (!m_samples || (kind != ResourceKind::Vm && kind != ResourceKind::Host) || staleSince(node).isValid())
        return NAN;
    const VmInfo *vm = node->resource().vm();
    return shownMetricValue(m_samples->latest(node->id()), metric, vm ? vm->state : PowerState::Running);
}

QDateTime InventoryModel::staleSince(const InventoryNode *node) const
{
    if (m_lostSince.isEmpty() || (node->kind() != ResourceKind::Vm && node->kind() != ResourceKind::Host))
        return {};
    return m_lostSince.value(node->id().providerId());
}

QString InventoryModel::vmSummary(const InventoryNode *node) const
{
    const VmCounts counts = vmCounts(node);
    const QLocale locale;
    if (counts.vms == 0)
        return tr("No VMs");
    if (counts.vms == 1)
        return tr("1 VM, %1 running").arg(locale.toString(counts.running));
    return tr("%1 VMs, %2 running").arg(locale.toString(counts.vms), locale.toString(counts.running));
}

QString InventoryModel::summary(const InventoryNode *node) const
{
    const QString vms = vmSummary(node);
    if (node->kind() != ResourceKind::Pool)
        return vms;
    const QLocale locale;
    const int hosts = poolTotals(node).hosts;
    //: a server pool's row: "3 hosts · 12 VMs, 9 running"
    return (hosts == 1 ? tr("1 host") : tr("%1 hosts").arg(locale.toString(hosts))) + u" · "_s + vms;
}

InventoryModel::PoolTotals InventoryModel::poolTotals(const InventoryNode *node) const
{
    PoolTotals totals;
    double cpuSum = 0;
    int cpuCount = 0;
    qint64 memoryUsed = 0, memoryTotal = 0;
    const auto walk = [&](const auto &self, const InventoryNode *at) -> void {
        for (int i = 0; i < at->childCount(); ++i) {
            const InventoryNode *child = at->child(i);
            const HostInfo *host = child->resource().host();
            if (!host) {
                if (child->kind() != ResourceKind::Vm)
                    self(self, child);
                continue;
            }
            ++totals.hosts;
            totals.cpus += host->cpus;
            totals.memoryKiB += host->memoryKiB;
            const MetricSample *sample = m_samples ? m_samples->latest(child->id()) : nullptr;
            if (const double cpu = figure(child, Metric::Cpu); !std::isnan(cpu)) {
                cpuSum += cpu;
                ++cpuCount;
            }
            if (sample && sample->memoryUsedKiB >= 0 && sample->memoryTotalKiB > 0) {
                memoryUsed += sample->memoryUsedKiB;
                memoryTotal += sample->memoryTotalKiB;
            }
        }
    };
    walk(walk, node);
    // Hosts count alike whatever their size: the pool's load is what a placement decision sees.
    totals.cpuPercent = cpuCount > 0 ? cpuSum / cpuCount : NAN;
    totals.memoryPercent = memoryTotal > 0 ? 100.0 * double(memoryUsed) / double(memoryTotal) : NAN;
    return totals;
}

QVariant InventoryModel::poolData(const InventoryNode *node, int column) const
{
    switch (column) {
    case StateColumn:
        return summary(node);
    case CpusColumn: {
        const int cpus = poolTotals(node).cpus;
        return cpus > 0 ? QVariant(cpus) : QVariant();
    }
    case MemoryColumn: {
        const PoolTotals totals = poolTotals(node);
        if (totals.memoryKiB == 0)
            return {};
        if (std::isnan(totals.memoryPercent))
            return formatMemoryKiB(totals.memoryKiB);
        //: a server pool's memory: "62 % of 96 GiB" (used share of the hosts' memory)
        return tr("%1 % of %2").arg(QLocale().toString(totals.memoryPercent, 'f', 0), formatMemoryKiB(totals.memoryKiB));
    }
    case CpuUsageColumn:
        return cpuText(poolTotals(node).cpuPercent);
    default:
        return {};
    }
}

InventoryModel::VmCounts InventoryModel::vmCounts(const InventoryNode *node) const
{
    if (const VmInfo *vm = node->resource().vm())
        return {1, vm->state == PowerState::Running ? 1 : 0};
    if (const auto it = m_counts.constFind(node); it != m_counts.cend())
        return *it;
    VmCounts counts;
    for (int i = 0; i < node->childCount(); ++i) {
        const VmCounts below = vmCounts(node->child(i));
        counts.vms += below.vms;
        counts.running += below.running;
    }
    m_counts.insert(node, counts);
    return counts;
}

void InventoryModel::invalidateCounts(const InventoryNode *from)
{
    // Every row above shows the counts: groups and pools in their State column, hosts and
    // connections through the view's summary (SummaryRole).
    for (const InventoryNode *node = from; node && node != m_inventory->root(); node = node->parent()) {
        m_counts.remove(node);
        m_staleSummaries.insert(node->id());
    }
    m_counts.remove(m_inventory->root()); // not a row, but the window's totals read it
}

QVariant InventoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractItemModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return int((isNumericColumn(section) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (section == CpuUsageColumn)
            return metricDescription(Metric::Cpu);
        if (section == MemoryColumn)
            return tr("VMs: memory allocated to them. Hosts: their physical memory.");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case StateColumn: return tr("State");
    case HostColumn: return tr("Host");
    case CpusColumn: return tr("vCPUs");
    case MemoryColumn: return tr("Memory");
    case AddressesColumn: return tr("IP addresses");
    case OsColumn: return tr("OS");
    case CpuUsageColumn: return tr("CPU");
    }
    return {};
}

std::pair<int, int> InventoryModel::columnSpan(ResourceFields fields)
{
    // Details covers figures spread over several columns (host CPUs, memory, hypervisor).
    if (fields.testFlag(ResourceField::Details))
        return {0, ColumnCount - 1};
    int first = ColumnCount;
    int last = -1;
    const auto touch = [&](ResourceField field, int from, int to) {
        if (fields.testFlag(field)) {
            first = std::min(first, from);
            last = std::max(last, to);
        }
    };
    touch(ResourceField::Name, NameColumn, NameColumn);
    // The whole row: views draw the state icon in the name column and colour stopped VMs' rows,
    // and the CPU figure blanks when a VM stops. State changes are rare; the width is cheap.
    touch(ResourceField::State, NameColumn, ColumnCount - 1);
    touch(ResourceField::ProviderState, NameColumn, StateColumn);
    touch(ResourceField::Parent, HostColumn, HostColumn);
    touch(ResourceField::Cpus, CpusColumn, CpusColumn);
    touch(ResourceField::Memory, MemoryColumn, MemoryColumn);
    touch(ResourceField::Addresses, AddressesColumn, AddressesColumn);
    touch(ResourceField::Os, OsColumn, OsColumn);
    // Disks, other NIC details, graphics and uptime are in no column.
    if (last < 0)
        return {-1, -1};
    return {first, last};
}

QString InventoryModel::formatMemoryKiB(quint64 kib)
{
    static const QString units[] = {u"KiB"_s, u"MiB"_s, u"GiB"_s, u"TiB"_s, u"PiB"_s};
    const auto tenths = [](double v) { return std::round(v * 10.0) / 10.0; };
    double value = static_cast<double>(kib);
    size_t unit = 0;
    // Decide on the rounded figure, so 1023.96 MiB reads "1 GiB", not "1024 MiB".
    while (unit + 1 < std::size(units) && tenths(value) >= 1024.0) {
        value /= 1024.0;
        ++unit;
    }
    const double rounded = tenths(value);
    const bool whole = rounded == std::floor(rounded);
    return QLocale().toString(rounded, 'f', whole ? 0 : 1) + u' ' + units[unit];
}

// --- Inventory signals -----------------------------------------------------------------------

void InventoryModel::onAboutToInsert(const InventoryNode *parent, int first, int last)
{
    beginInsertRows(indexOfNode(parent, 0), first, last);
}

void InventoryModel::onInserted(const InventoryNode *parent)
{
    // Before endInsertRows(): its listeners may already ask for the parents' summaries.
    invalidateCounts(parent);
    endInsertRows();
    // Connections and pools come and go outside provider deltas: no deltaApplied follows.
    if (parent == m_inventory->root() || parent->kind() == ResourceKind::Pool)
        flushSummaries();
}

void InventoryModel::onAboutToRemove(const InventoryNode *parent, int first, int last)
{
    // Remember the cached nodes that go away; their keys are dropped once they are gone, so
    // nothing computed in between survives for a later node at the same address.
    m_removing.clear();
    const auto collect = [this](const auto &self, const InventoryNode *node) -> void {
        if (node->kind() == ResourceKind::Vm)
            return;
        m_removing.push_back(node);
        for (int i = 0; i < node->childCount(); ++i)
            self(self, node->child(i));
    };
    for (int row = first; row <= last; ++row)
        collect(collect, parent->child(row));
    beginRemoveRows(indexOfNode(parent, 0), first, last);
}

void InventoryModel::onRemoved(const InventoryNode *parent)
{
    for (const InventoryNode *gone : m_removing)
        m_counts.remove(gone);
    m_removing.clear();
    invalidateCounts(parent);
    endRemoveRows();
    if (parent == m_inventory->root() || parent->kind() == ResourceKind::Pool)
        flushSummaries();
}

void InventoryModel::onNodeChanged(const InventoryNode *node, ResourceFields fields)
{
    if (fields.testFlag(ResourceField::State) && node->kind() == ResourceKind::Vm)
        invalidateCounts(node->parent());

    const auto [first, last] = columnSpan(fields);
    if (first >= 0)
        Q_EMIT dataChanged(indexOfNode(node, first), indexOfNode(node, last));

    // Values shown on other rows: VMs name their host; hosts show their connection's state.
    if (node->kind() == ResourceKind::Host && fields.testFlag(ResourceField::Name))
        emitChildrenChanged(node, HostColumn);
    if (node->kind() == ResourceKind::Provider && fields.testFlag(ResourceField::ProviderState)) {
        emitHostStatesChanged(node);
        updateLostSince(node);
    }
}

void InventoryModel::updateLostSince(const InventoryNode *provider)
{
    // Stale from the loss until the connection is back; reconnect attempts in between keep the
    // time of the loss.
    const QString id = provider->id().providerId();
    const ProviderState state = provider->providerStatus().state;
    bool changed = false;
    if (state == ProviderState::Unreachable && !m_lostSince.contains(id)) {
        m_lostSince.insert(id, QDateTime::currentDateTime());
        changed = true;
    } else if (state != ProviderState::Unreachable && state != ProviderState::Connecting) {
        changed = m_lostSince.remove(id) > 0;
    }
    if (changed)
        emitSubtreeChanged(provider);
}

void InventoryModel::emitSubtreeChanged(const InventoryNode *node)
{
    // One dataChanged per parent over its children's whole rows (state text, figures, colour).
    const int count = node->childCount();
    if (count == 0)
        return;
    Q_EMIT dataChanged(createIndex(0, 0, node->child(0)), createIndex(count - 1, ColumnCount - 1, node->child(count - 1)));
    for (int i = 0; i < count; ++i) {
        if (node->child(i)->kind() != ResourceKind::Vm)
            emitSubtreeChanged(node->child(i));
    }
}

void InventoryModel::onDeltaApplied()
{
    flushSummaries();
}

void InventoryModel::flushSummaries()
{
    // One notification per row and delta, however many VMs below it changed; SummaryRole too,
    // which hosts and connections show.
    const QSet<ResourceId> stale = std::exchange(m_staleSummaries, {});
    for (const ResourceId &id : stale) {
        const QModelIndex index = indexOfNode(m_inventory->node(id), StateColumn);
        if (index.isValid())
            Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::ToolTipRole, SortRole, SummaryRole});
    }
}

void InventoryModel::emitChildrenChanged(const InventoryNode *node, int column, const QList<int> &roles)
{
    const int count = node->childCount();
    if (count == 0)
        return;
    Q_EMIT dataChanged(createIndex(0, column, node->child(0)),
                       createIndex(count - 1, column, node->child(count - 1)), roles);
}

void InventoryModel::emitHostStatesChanged(const InventoryNode *node)
{
    bool hasHosts = false;
    for (int i = 0; i < node->childCount(); ++i) {
        const InventoryNode *child = node->child(i);
        if (child->kind() == ResourceKind::Host)
            hasHosts = true;
        else if (child->kind() != ResourceKind::Vm)
            emitHostStatesChanged(child);
    }
    if (hasHosts)
        emitChildrenChanged(node, StateColumn);
}

// --- live samples ----------------------------------------------------------------------------

void InventoryModel::onSamplesUpdated(const QString &providerId)
{
    // The per-cycle GUI cost: one dataChanged per host (its VMs) plus one for the host rows,
    // never one per VM.
    const InventoryNode *provider = m_inventory->node(ResourceId::provider(providerId));
    if (!provider)
        return;
    emitCpuChanged(provider);
    // The pools above it show their hosts' load.
    for (const InventoryNode *pool = provider->parent(); pool && pool->kind() == ResourceKind::Pool; pool = pool->parent())
        Q_EMIT dataChanged(indexOfNode(pool, MemoryColumn), indexOfNode(pool, CpuUsageColumn),
                           {Qt::DisplayRole, SortRole, CpuPercentRole});
}

void InventoryModel::emitCpuChanged(const InventoryNode *node)
{
    static const QList<int> roles{Qt::DisplayRole, SortRole, CpuPercentRole};
    if (node->childCount() == 0)
        return;
    if (node->kind() == ResourceKind::Host) { // its children are VMs: no need to look at them
        emitChildrenChanged(node, CpuUsageColumn, roles);
        return;
    }
    bool hasSampled = false;
    for (int i = 0; i < node->childCount(); ++i) {
        const InventoryNode *child = node->child(i);
        if (child->kind() == ResourceKind::Vm || child->kind() == ResourceKind::Host)
            hasSampled = true;
        if (child->kind() != ResourceKind::Vm)
            emitCpuChanged(child);
    }
    if (hasSampled)
        emitChildrenChanged(node, CpuUsageColumn, roles);
}

} // namespace welkin
