#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace welkin {

// A libvirt virtual network as listed for the host page.
struct VirtualNetworkInfo {
    QString name;
    QString uuid;
    QString forwardMode;     // "nat", "route", "open", "bridge", ... ; empty = isolated
    QString bridge;          // virbr1
    QString ipAddress;       // the host's address on it, 192.168.150.1
    int prefix = 0;          // 24
    QString dhcpStart;
    QString dhcpEnd;
    bool active = false;
    bool autostart = false;
    bool persistent = true;
};

// What the "New network" form produces (NAT or isolated, IPv4, one DHCP range).
struct VirtualNetworkSpec {
    enum class Mode { Nat, Isolated };
    QString name;
    Mode mode = Mode::Nat;
    QString subnet;          // CIDR, "192.168.150.0/24"; the host takes the first address
    QString dhcpStart;       // empty: no DHCP
    QString dhcpEnd;
    bool start = true;
    bool autostart = true;
};

struct DhcpLease {
    QString mac;
    QString ipAddress;
    int prefix = 0;
    QString hostname;
    QString clientId;
    QDateTime expires;
};

} // namespace welkin

Q_DECLARE_METATYPE(welkin::VirtualNetworkInfo)
Q_DECLARE_METATYPE(welkin::DhcpLease)
