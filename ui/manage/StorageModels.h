#pragma once

#include "KeyedTableModel.h"
#include "manage/StorageTypes.h"

namespace welkin {

// Role of the usage column: allocation / capacity as a double in 0..1, or invalid when unknown.
inline constexpr int UsageFractionRole = Qt::UserRole + 1;

// The storage pools of a host, sorted by name.
class StoragePoolModel : public KeyedTableModel<StoragePoolInfo>
{
    Q_OBJECT
public:
    enum Column { NameColumn, TypeColumn, StateColumn, AutostartColumn, UsageColumn, LocationColumn, ColumnCount };
    using KeyedTableModel::KeyedTableModel;

    void setPools(QList<StoragePoolInfo> pools);
    const StoragePoolInfo *pool(const QString &name) const { return rowAt(rowOf(name)); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString typeDisplayName(const QString &type);
    static QString usageText(const StoragePoolInfo &pool); // "12.0 GiB of 50.0 GiB used"
    static QString locationText(const StoragePoolInfo &pool); // the directory, or nfs.example.org:/export

protected:
    QString keyOf(const StoragePoolInfo &row) const override { return row.name; }
    bool sameContent(const StoragePoolInfo &a, const StoragePoolInfo &b) const override;
    int columns() const override { return ColumnCount; }
};

// The volumes of one pool, sorted by name.
class StorageVolumeModel : public KeyedTableModel<StorageVolumeInfo>
{
    Q_OBJECT
public:
    enum Column { NameColumn, FormatColumn, CapacityColumn, AllocationColumn, UsedByColumn, ColumnCount };
    using KeyedTableModel::KeyedTableModel;

    void setVolumes(QList<StorageVolumeInfo> volumes);
    const StorageVolumeInfo *volume(const QString &name) const { return rowAt(rowOf(name)); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const StorageVolumeInfo &row) const override { return row.name; }
    bool sameContent(const StorageVolumeInfo &a, const StorageVolumeInfo &b) const override;
    int columns() const override { return ColumnCount; }
};

} // namespace welkin
