#pragma once

#include "NetworkTypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace welkin {

// Virtual network XML: the writer for the "New network" form (NAT or isolated, one IPv4 subnet,
// the host on its first address, an optional DHCP range) and a reader for what libvirt returns.
class NetworkXml
{
    Q_DECLARE_TR_FUNCTIONS(welkin::NetworkXml)
public:
    // Empty when the spec can be defined on a host with `existing` networks; otherwise the first
    // problem: the name, a duplicate, the subnet, the DHCP range, or an overlap naming the other
    // network ("10.0.0.0/16 overlaps network 'default' (10.0.122.0/24)").
    static QString checkSpec(const VirtualNetworkSpec &spec, const QList<VirtualNetworkInfo> &existing);
    // For virNetworkDefineXML; expects a spec checkSpec accepted.
    static QByteArray networkXml(const VirtualNetworkSpec &spec);
    // Fills name, uuid, forwardMode, bridge and the first IPv4 address with its DHCP range;
    // leaves the state flags. False with "line 3, column 7: ..." on malformed XML.
    static bool readNetwork(const QByteArray &xml, VirtualNetworkInfo *network, QString *error);
};

} // namespace welkin
