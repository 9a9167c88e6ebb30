#pragma once

#include "KeyedTableModel.h"
#include "manage/NetworkTypes.h"

namespace welkin {

// The virtual networks of a host, sorted by name.
class NetworkModel : public KeyedTableModel<VirtualNetworkInfo>
{
    Q_OBJECT
public:
    enum Column { NameColumn, StateColumn, AutostartColumn, ModeColumn, BridgeColumn, RangeColumn, DhcpColumn,
                  ColumnCount };
    using KeyedTableModel::KeyedTableModel;

    void setNetworks(QList<VirtualNetworkInfo> networks);
    const VirtualNetworkInfo *network(const QString &name) const { return rowAt(rowOf(name)); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString modeDisplayName(const QString &forwardMode); // "" -> "Isolated", "nat" -> "NAT"
    static QString rangeText(const VirtualNetworkInfo &network); // "192.168.122.0/24"
    static QString dhcpText(const VirtualNetworkInfo &network);  // "192.168.122.2 – 192.168.122.254"

protected:
    QString keyOf(const VirtualNetworkInfo &row) const override { return row.name; }
    bool sameContent(const VirtualNetworkInfo &a, const VirtualNetworkInfo &b) const override;
    int columns() const override { return ColumnCount; }
};

// The DHCP leases of one network, by IP address.
class LeaseModel : public KeyedTableModel<DhcpLease>
{
    Q_OBJECT
public:
    enum Column { MacColumn, AddressColumn, HostnameColumn, ClientIdColumn, ExpiresColumn, ColumnCount };
    using KeyedTableModel::KeyedTableModel;

    void setLeases(QList<DhcpLease> leases);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const DhcpLease &row) const override { return row.mac + u'|' + row.ipAddress; }
    bool sameContent(const DhcpLease &a, const DhcpLease &b) const override;
    int columns() const override { return ColumnCount; }
};

} // namespace welkin
