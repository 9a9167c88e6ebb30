#include "NetworkModels.h"

#include <QHostAddress>
#include <QLocale>

#include <algorithm>
#include <tuple>

namespace welkin {

using namespace Qt::StringLiterals;

void NetworkModel::setNetworks(QList<VirtualNetworkInfo> networks)
{
    std::sort(networks.begin(), networks.end(), [](const VirtualNetworkInfo &a, const VirtualNetworkInfo &b) {
        return naturalLess(a.name, b.name);
    });
    setRows(networks);
}

bool NetworkModel::sameContent(const VirtualNetworkInfo &a, const VirtualNetworkInfo &b) const
{
    return std::tie(a.uuid, a.forwardMode, a.bridge, a.ipAddress, a.prefix, a.dhcpStart, a.dhcpEnd, a.active,
                    a.autostart, a.persistent)
           == std::tie(b.uuid, b.forwardMode, b.bridge, b.ipAddress, b.prefix, b.dhcpStart, b.dhcpEnd, b.active,
                       b.autostart, b.persistent);
}

QString NetworkModel::modeDisplayName(const QString &forwardMode)
{
    if (forwardMode.isEmpty() || forwardMode == u"none")
        return tr("Isolated");
    if (forwardMode == u"nat")
        return tr("NAT");
    if (forwardMode == u"route")
        return tr("Routed");
    if (forwardMode == u"open")
        return tr("Open");
    if (forwardMode == u"bridge")
        return tr("Bridge");
    if (forwardMode == u"hostdev")
        return tr("SR-IOV pool");
    return forwardMode.left(1).toUpper() + forwardMode.mid(1); // passthrough, private, vepa
}

QString NetworkModel::rangeText(const VirtualNetworkInfo &network)
{
    const QHostAddress address(network.ipAddress);
    if (address.protocol() != QAbstractSocket::IPv4Protocol || network.prefix <= 0 || network.prefix > 32)
        return network.ipAddress;
    const quint32 mask = network.prefix == 32 ? 0xffffffffu : ~(0xffffffffu >> network.prefix);
    return QHostAddress(address.toIPv4Address() & mask).toString() + u'/' + QString::number(network.prefix);
}

QString NetworkModel::dhcpText(const VirtualNetworkInfo &network)
{
    if (network.dhcpStart.isEmpty())
        return network.ipAddress.isEmpty() ? QString() : tr("Off");
    return network.dhcpStart + u" – "_s + network.dhcpEnd;
}

QVariant NetworkModel::data(const QModelIndex &index, int role) const
{
    const VirtualNetworkInfo *network = rowAt(index.row());
    if (!network || index.column() >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn: return network->name;
        case StateColumn: return network->active ? tr("Active") : tr("Inactive");
        case AutostartColumn: return network->autostart ? tr("Yes") : tr("No");
        case ModeColumn: return modeDisplayName(network->forwardMode);
        case BridgeColumn: return network->bridge;
        case RangeColumn: return rangeText(*network);
        case DhcpColumn: return dhcpText(*network);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == RangeColumn && !network->ipAddress.isEmpty())
        return tr("Host address %1").arg(network->ipAddress);
    return {};
}

QVariant NetworkModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case StateColumn: return tr("State");
    case AutostartColumn: return tr("Autostart");
    case ModeColumn: return tr("Mode");
    case BridgeColumn: return tr("Bridge");
    case RangeColumn: return tr("IPv4 network");
    case DhcpColumn: return tr("DHCP range");
    }
    return {};
}

void LeaseModel::setLeases(QList<DhcpLease> leases)
{
    std::sort(leases.begin(), leases.end(), [](const DhcpLease &a, const DhcpLease &b) {
        return QHostAddress(a.ipAddress).toIPv4Address() < QHostAddress(b.ipAddress).toIPv4Address();
    });
    setRows(leases);
}

bool LeaseModel::sameContent(const DhcpLease &a, const DhcpLease &b) const
{
    return std::tie(a.prefix, a.hostname, a.clientId, a.expires) == std::tie(b.prefix, b.hostname, b.clientId, b.expires);
}

QVariant LeaseModel::data(const QModelIndex &index, int role) const
{
    const DhcpLease *lease = rowAt(index.row());
    if (!lease || index.column() >= ColumnCount || role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case MacColumn: return lease->mac;
    case AddressColumn: return lease->prefix > 0 ? lease->ipAddress + u'/' + QString::number(lease->prefix) : lease->ipAddress;
    case HostnameColumn: return lease->hostname;
    case ClientIdColumn: return lease->clientId;
    case ExpiresColumn:
        return lease->expires.isValid() ? QLocale().toString(lease->expires.toLocalTime(), QLocale::ShortFormat) : QString();
    }
    return {};
}

QVariant LeaseModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MacColumn: return tr("MAC address");
    case AddressColumn: return tr("IP address");
    case HostnameColumn: return tr("Host name");
    case ClientIdColumn: return tr("Client ID");
    case ExpiresColumn: return tr("Expires");
    }
    return {};
}

} // namespace welkin
