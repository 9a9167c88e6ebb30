#include "StorageModels.h"

#include "metrics/Metric.h"


#include <algorithm>
#include <tuple>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

template <typename T>
void sortByName(QList<T> &rows)
{
    std::sort(rows.begin(), rows.end(), [](const T &a, const T &b) { return naturalLess(a.name, b.name); });
}

QString yesNo(bool value)
{
    return value ? StoragePoolModel::tr("Yes") : StoragePoolModel::tr("No");
}

} // namespace

void StoragePoolModel::setPools(QList<StoragePoolInfo> pools)
{
    sortByName(pools);
    setRows(pools);
}

bool StoragePoolModel::sameContent(const StoragePoolInfo &a, const StoragePoolInfo &b) const
{
    return std::tie(a.uuid, a.type, a.targetPath, a.sourceHost, a.sourcePath, a.active, a.autostart, a.persistent,
                    a.capacity, a.allocation, a.available)
           == std::tie(b.uuid, b.type, b.targetPath, b.sourceHost, b.sourcePath, b.active, b.autostart, b.persistent,
                       b.capacity, b.allocation, b.available);
}

QString StoragePoolModel::typeDisplayName(const QString &type)
{
    if (type == u"dir")
        return tr("Directory");
    if (type == u"netfs")
        return tr("Network file system");
    if (type == u"logical")
        return tr("LVM volume group");
    if (type == u"fs")
        return tr("File system");
    if (type == u"disk")
        return tr("Disk");
    if (type == u"iscsi")
        return tr("iSCSI target");
    if (type == u"rbd")
        return tr("Ceph RBD");
    return type;
}

QString StoragePoolModel::usageText(const StoragePoolInfo &pool)
{
    if (!pool.active && pool.capacity == 0)
        return tr("Not active");
    return tr("%1 of %2 used").arg(formatBytes(double(pool.allocation)), formatBytes(double(pool.capacity)));
}

QString StoragePoolModel::locationText(const StoragePoolInfo &pool)
{
    if (!pool.sourceHost.isEmpty())
        return pool.sourceHost + u':' + pool.sourcePath;
    return pool.targetPath;
}

QVariant StoragePoolModel::data(const QModelIndex &index, int role) const
{
    const StoragePoolInfo *pool = rowAt(index.row());
    if (!pool || index.column() >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn: return pool->name;
        case TypeColumn: return typeDisplayName(pool->type);
        case StateColumn: return pool->active ? tr("Active") : tr("Inactive");
        case AutostartColumn: return yesNo(pool->autostart);
        case UsageColumn: return usageText(*pool);
        case LocationColumn: return locationText(*pool);
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == NameColumn || index.column() == TypeColumn || index.column() == LocationColumn) {
            QString tip = pool->targetPath;
            if (!pool->sourceHost.isEmpty())
                tip = pool->sourceHost + u':' + pool->sourcePath + u" → "_s + tip;
            else if (!pool->sourcePath.isEmpty())
                tip = pool->sourcePath + u" → "_s + tip;
            return tip;
        }
        if (index.column() == UsageColumn && (pool->active || pool->capacity > 0))
            return tr("%1 free").arg(formatBytes(double(pool->available)));
    }
    if (role == UsageFractionRole && index.column() == UsageColumn && pool->capacity > 0)
        return std::clamp(double(pool->allocation) / double(pool->capacity), 0.0, 1.0);
    return {};
}

QVariant StoragePoolModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case TypeColumn: return tr("Type");
    case StateColumn: return tr("State");
    case AutostartColumn: return tr("Autostart");
    case UsageColumn: return tr("Usage");
    case LocationColumn: return tr("Location");
    }
    return {};
}

void StorageVolumeModel::setVolumes(QList<StorageVolumeInfo> volumes)
{
    sortByName(volumes);
    setRows(volumes);
}

bool StorageVolumeModel::sameContent(const StorageVolumeInfo &a, const StorageVolumeInfo &b) const
{
    return std::tie(a.pool, a.key, a.path, a.format, a.backingPath, a.capacity, a.allocation, a.usedBy)
           == std::tie(b.pool, b.key, b.path, b.format, b.backingPath, b.capacity, b.allocation, b.usedBy);
}

QVariant StorageVolumeModel::data(const QModelIndex &index, int role) const
{
    const StorageVolumeInfo *volume = rowAt(index.row());
    if (!volume || index.column() >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn: return volume->name;
        case FormatColumn: return volume->format;
        case CapacityColumn: return formatBytes(double(volume->capacity));
        case AllocationColumn: return formatBytes(double(volume->allocation));
        case UsedByColumn: return volume->usedBy.join(u", "_s);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == NameColumn) {
        if (volume->backingPath.isEmpty())
            return volume->path;
        return tr("%1\nbacked by %2").arg(volume->path, volume->backingPath);
    }
    if (role == Qt::TextAlignmentRole && (index.column() == CapacityColumn || index.column() == AllocationColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant StorageVolumeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case FormatColumn: return tr("Format");
    case CapacityColumn: return tr("Capacity");
    case AllocationColumn: return tr("Allocation");
    case UsedByColumn: return tr("Used by");
    }
    return {};
}

} // namespace welkin
