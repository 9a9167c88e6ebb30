#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace welkin {

// An IPv4 network in CIDR form ("192.168.150.0/24") for the virtual network form and its job:
// parsing with specific messages, containment and overlap. Pure; any thread.
class Ipv4Subnet
{
    Q_DECLARE_TR_FUNCTIONS(welkin::Ipv4Subnet)
public:
    static constexpr int minPrefix = 8;
    static constexpr int maxPrefix = 30; // a /31 or /32 leaves no room for a host and guests

    Ipv4Subnet() = default;
    // `network` is masked to the prefix.
    Ipv4Subnet(quint32 network, int prefix);

    // "a.b.c.d/nn" with no host bits set. On failure: nullopt and a message in *error, e.g.
    // "192.168.1.300 is not an IPv4 address", "10.0.0.0/33: the prefix must be 8..30",
    // "10.0.0.5/24 has host bits set: the network is 10.0.0.0/24".
    static std::optional<Ipv4Subnet> parse(const QString &cidr, QString *error);
    // Strict dotted quad (four decimal parts 0..255).
    static std::optional<quint32> parseAddress(const QString &text, QString *error = nullptr);
    static QString addressText(quint32 address);
    // The prefix length of a contiguous netmask ("255.255.255.0" -> 24), -1 otherwise.
    static int prefixOfNetmask(quint32 netmask);

    quint32 network() const { return m_network; }
    int prefix() const { return m_prefix; }
    quint32 netmask() const;
    quint32 broadcast() const { return m_network | ~netmask(); }
    quint32 firstHost() const { return m_network + 1; } // the host's own address on the network
    quint32 lastHost() const { return broadcast() - 1; }
    bool contains(quint32 address) const { return (address & netmask()) == m_network; }
    bool overlaps(const Ipv4Subnet &other) const;
    QString toString() const; // "192.168.150.0/24"

    // A DHCP range for this subnet: both addresses valid, inside, start <= end, and neither the
    // network, broadcast nor `reserved` (the host's) address in it. Empty when fine.
    QString checkRange(const QString &start, const QString &end, quint32 reserved) const;

private:
    quint32 m_network = 0;
    int m_prefix = 0;
};

} // namespace welkin
