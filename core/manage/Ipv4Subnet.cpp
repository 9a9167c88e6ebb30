#include "Ipv4Subnet.h"

#include <QStringList>

#include <algorithm>

namespace welkin {

using namespace Qt::StringLiterals;

Ipv4Subnet::Ipv4Subnet(quint32 network, int prefix) : m_prefix(prefix)
{
    m_network = network & netmask();
}

quint32 Ipv4Subnet::netmask() const
{
    return m_prefix <= 0 ? 0 : quint32(0xffffffffULL << (32 - m_prefix));
}

std::optional<quint32> Ipv4Subnet::parseAddress(const QString &text, QString *error)
{
    const auto fail = [&]() -> std::optional<quint32> {
        if (error)
            *error = tr("%1 is not an IPv4 address").arg(text);
        return std::nullopt;
    };
    const QStringList parts = text.split(u'.');
    if (parts.size() != 4)
        return fail();
    quint32 address = 0;
    for (const QString &part : parts) {
        if (part.isEmpty() || part.size() > 3)
            return fail();
        for (const QChar c : part) {
            if (c < u'0' || c > u'9')
                return fail();
        }
        const int value = part.toInt();
        if (value > 255)
            return fail();
        address = (address << 8) | quint32(value);
    }
    return address;
}

QString Ipv4Subnet::addressText(quint32 address)
{
    return u"%1.%2.%3.%4"_s.arg(address >> 24).arg((address >> 16) & 0xff).arg((address >> 8) & 0xff).arg(address & 0xff);
}

int Ipv4Subnet::prefixOfNetmask(quint32 netmask)
{
    const quint32 inverted = ~netmask;
    // Contiguous: the inverted mask is 2^n - 1.
    if ((inverted & (inverted + 1)) != 0)
        return -1;
    int prefix = 0;
    for (quint32 m = netmask; m & 0x80000000u; m <<= 1)
        ++prefix;
    return prefix;
}

std::optional<Ipv4Subnet> Ipv4Subnet::parse(const QString &cidr, QString *error)
{
    const QString text = cidr.trimmed();
    if (text.isEmpty()) {
        *error = tr("The subnet is empty: give it as address/prefix, e.g. 192.168.150.0/24");
        return std::nullopt;
    }
    const qsizetype slash = text.indexOf(u'/');
    if (slash < 0) {
        *error = tr("%1 has no prefix: give it as address/prefix, e.g. %1/24").arg(text);
        return std::nullopt;
    }
    const std::optional<quint32> address = parseAddress(text.left(slash), error);
    if (!address)
        return std::nullopt;
    const QString prefixText = text.mid(slash + 1);
    bool ok = false;
    const int prefix = prefixText.toInt(&ok);
    const bool digitsOnly = !prefixText.isEmpty()
        && std::all_of(prefixText.begin(), prefixText.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (!ok || !digitsOnly || prefix < minPrefix || prefix > maxPrefix) {
        *error = tr("%1: the prefix must be %2..%3").arg(text).arg(minPrefix).arg(maxPrefix);
        return std::nullopt;
    }
    const Ipv4Subnet subnet(*address, prefix);
    if (subnet.network() != *address) {
        *error = tr("%1 has host bits set: the network is %2").arg(text, subnet.toString());
        return std::nullopt;
    }
    return subnet;
}

bool Ipv4Subnet::overlaps(const Ipv4Subnet &other) const
{
    // Two CIDR blocks overlap exactly when the shorter prefix's network contains the other.
    const int shorter = std::min(m_prefix, other.m_prefix);
    const Ipv4Subnet wide(m_network, shorter);
    return wide.contains(other.m_network);
}

QString Ipv4Subnet::toString() const
{
    return addressText(m_network) + u'/' + QString::number(m_prefix);
}

QString Ipv4Subnet::checkRange(const QString &start, const QString &end, quint32 reserved) const
{
    QString error;
    const std::optional<quint32> first = parseAddress(start.trimmed(), &error);
    if (!first)
        return error;
    const std::optional<quint32> last = parseAddress(end.trimmed(), &error);
    if (!last)
        return error;
    for (const quint32 address : {*first, *last}) {
        if (!contains(address))
            return tr("%1 is outside the subnet %2").arg(addressText(address), toString());
    }
    if (*first > *last)
        return tr("The DHCP range starts at %1, after its end %2").arg(addressText(*first), addressText(*last));
    if (*first == m_network || *last == broadcast())
        return tr("The DHCP range %1 - %2 includes the network or broadcast address of %3")
            .arg(addressText(*first), addressText(*last), toString());
    if (reserved >= *first && reserved <= *last)
        return tr("The DHCP range %1 - %2 includes the host's address %3")
            .arg(addressText(*first), addressText(*last), addressText(reserved));
    return {};
}

} // namespace welkin
