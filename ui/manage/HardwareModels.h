#pragma once

#include "KeyedTableModel.h"
#include "manage/VmHardware.h"

namespace welkin {

// A disk row of the Details tab: the disk as edited, and how it stands against the definition
// and the running VM.
struct HardwareDiskRow {
    VmHardwareDisk disk;
    QString status;          // "", "Not applied yet", "Pending until restart", ...
    bool editable = true;    // false: only on the running VM (removed from the definition)
};

struct HardwareNicRow {
    QString key;             // the MAC, or "new:N" for a NIC whose MAC libvirt picks on Apply
    VmHardwareNic nic;
    QString status;
    bool editable = true;
};

// The disks of the Details tab, in definition order.
class HardwareDiskModel : public KeyedTableModel<HardwareDiskRow>
{
    Q_OBJECT
public:
    enum Column { TargetColumn, DeviceColumn, BusColumn, SourceColumn, FormatColumn, CacheColumn, AccessColumn,
                  StatusColumn, ColumnCount };
    using KeyedTableModel::KeyedTableModel;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    static QString sourceText(const VmHardwareDisk &disk);

protected:
    QString keyOf(const HardwareDiskRow &row) const override { return row.disk.target; }
    bool sameContent(const HardwareDiskRow &a, const HardwareDiskRow &b) const override;
    int columns() const override { return ColumnCount; }
};

// The network interfaces of the Details tab, in definition order.
class HardwareNicModel : public KeyedTableModel<HardwareNicRow>
{
    Q_OBJECT
public:
    enum Column { MacColumn, TypeColumn, SourceColumn, ModelColumn, LinkColumn, StatusColumn, ColumnCount };
    using KeyedTableModel::KeyedTableModel;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const HardwareNicRow &row) const override { return row.key; }
    bool sameContent(const HardwareNicRow &a, const HardwareNicRow &b) const override;
    int columns() const override { return ColumnCount; }
};

} // namespace welkin
