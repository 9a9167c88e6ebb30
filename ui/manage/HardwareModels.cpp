#include "HardwareModels.h"

#include <QGuiApplication>
#include <QPalette>

#include <tuple>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

QVariant statusForeground(const QString &status, bool editable)
{
    if (!editable)
        return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
    if (!status.isEmpty())
        return QColor(0xb0, 0x6a, 0x00); // amber: differs from what runs or from what is saved
    return {};
}

} // namespace

QString HardwareDiskModel::sourceText(const VmHardwareDisk &disk)
{
    if (!disk.volume.isEmpty())
        return disk.pool + u'/' + disk.volume;
    if (!disk.path.isEmpty())
        return disk.path;
    return disk.isRemovable() ? tr("(empty)") : tr("(none)");
}

QVariant HardwareDiskModel::data(const QModelIndex &index, int role) const
{
    const HardwareDiskRow *row = rowAt(index.row());
    if (!row)
        return {};
    const VmHardwareDisk &disk = row->disk;
    if (role == Qt::ForegroundRole)
        return statusForeground(row->status, row->editable);
    if (role == Qt::ToolTipRole && index.column() == SourceColumn)
        return sourceText(disk);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TargetColumn: return disk.target;
    case DeviceColumn:
        if (disk.device == "cdrom"_L1)
            return tr("CD/DVD");
        if (disk.device == "floppy"_L1)
            return tr("Floppy");
        return tr("Disk");
    case BusColumn: return disk.bus;
    case SourceColumn: return sourceText(disk);
    case FormatColumn: return disk.format;
    case CacheColumn: return disk.cache.isEmpty() ? tr("default") : disk.cache;
    case AccessColumn:
        if (disk.shareable)
            return tr("Shared");
        return disk.readOnly ? tr("Read-only") : tr("Read/write");
    case StatusColumn: return row->status;
    default: return {};
    }
}

QVariant HardwareDiskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TargetColumn: return tr("Target");
    case DeviceColumn: return tr("Device");
    case BusColumn: return tr("Bus");
    case SourceColumn: return tr("Source");
    case FormatColumn: return tr("Format");
    case CacheColumn: return tr("Cache");
    case AccessColumn: return tr("Access");
    case StatusColumn: return tr("Status");
    default: return {};
    }
}

bool HardwareDiskModel::sameContent(const HardwareDiskRow &a, const HardwareDiskRow &b) const
{
    return std::tie(a.disk, a.status, a.editable) == std::tie(b.disk, b.status, b.editable);
}

QVariant HardwareNicModel::data(const QModelIndex &index, int role) const
{
    const HardwareNicRow *row = rowAt(index.row());
    if (!row)
        return {};
    const VmHardwareNic &nic = row->nic;
    if (role == Qt::ForegroundRole)
        return statusForeground(row->status, row->editable);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case MacColumn: return nic.mac.isEmpty() ? tr("(chosen on Apply)") : nic.mac;
    case TypeColumn:
        if (nic.type == "network"_L1)
            return tr("Virtual network");
        if (nic.type == "bridge"_L1)
            return tr("Bridge");
        return nic.type;
    case SourceColumn: return nic.source;
    case ModelColumn: return nic.model;
    case LinkColumn: return nic.linkUp ? tr("Up") : tr("Down");
    case StatusColumn: return row->status;
    default: return {};
    }
}

QVariant HardwareNicModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MacColumn: return tr("MAC address");
    case TypeColumn: return tr("Type");
    case SourceColumn: return tr("Source");
    case ModelColumn: return tr("Model");
    case LinkColumn: return tr("Link");
    case StatusColumn: return tr("Status");
    default: return {};
    }
}

bool HardwareNicModel::sameContent(const HardwareNicRow &a, const HardwareNicRow &b) const
{
    return std::tie(a.nic, a.status, a.editable) == std::tie(b.nic, b.status, b.editable);
}

} // namespace welkin
