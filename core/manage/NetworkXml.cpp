#include "NetworkXml.h"

#include "Ipv4Subnet.h"
#include "NameRules.h"

#include <QStringList>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace welkin {

using namespace Qt::StringLiterals;

QString NetworkXml::checkSpec(const VirtualNetworkSpec &spec, const QList<VirtualNetworkInfo> &existing)
{
    if (const QString bad = NameRules::check(NameRules::Kind::Network, spec.name); !bad.isEmpty())
        return bad;
    for (const VirtualNetworkInfo &other : existing) {
        if (other.name == spec.name)
            return tr("A network named '%1' already exists").arg(spec.name);
    }
    QString error;
    const std::optional<Ipv4Subnet> subnet = Ipv4Subnet::parse(spec.subnet, &error);
    if (!subnet)
        return error;
    if (spec.dhcpStart.isEmpty() != spec.dhcpEnd.isEmpty())
        return tr("The DHCP range needs both a start and an end address");
    if (!spec.dhcpStart.isEmpty()) {
        if (const QString bad = subnet->checkRange(spec.dhcpStart, spec.dhcpEnd, subnet->firstHost()); !bad.isEmpty())
            return bad;
    }
    for (const VirtualNetworkInfo &other : existing) {
        const std::optional<quint32> address = Ipv4Subnet::parseAddress(other.ipAddress);
        if (!address || other.prefix <= 0 || other.prefix > 32)
            continue;
        const Ipv4Subnet theirs(*address, other.prefix);
        if (subnet->overlaps(theirs))
            return tr("%1 overlaps network '%2' (%3)").arg(subnet->toString(), other.name, theirs.toString());
    }
    return {};
}

QByteArray NetworkXml::networkXml(const VirtualNetworkSpec &spec)
{
    QString ignored;
    const Ipv4Subnet subnet = Ipv4Subnet::parse(spec.subnet, &ignored).value_or(Ipv4Subnet());

    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.setAutoFormatting(true);
    w.writeStartElement(u"network"_s);
    w.writeTextElement(u"name"_s, spec.name);
    if (spec.mode == VirtualNetworkSpec::Mode::Nat) {
        w.writeStartElement(u"forward"_s);
        w.writeAttribute(u"mode"_s, u"nat"_s);
        w.writeEndElement();
    }
    // libvirt picks a free virbrN.
    w.writeStartElement(u"bridge"_s);
    w.writeAttribute(u"stp"_s, u"on"_s);
    w.writeAttribute(u"delay"_s, u"0"_s);
    w.writeEndElement();
    w.writeStartElement(u"ip"_s);
    w.writeAttribute(u"address"_s, Ipv4Subnet::addressText(subnet.firstHost()));
    w.writeAttribute(u"prefix"_s, QString::number(subnet.prefix()));
    if (!spec.dhcpStart.isEmpty()) {
        w.writeStartElement(u"dhcp"_s);
        w.writeStartElement(u"range"_s);
        w.writeAttribute(u"start"_s, spec.dhcpStart.trimmed());
        w.writeAttribute(u"end"_s, spec.dhcpEnd.trimmed());
        w.writeEndElement();
        w.writeEndElement();
    }
    w.writeEndElement(); // ip
    w.writeEndElement(); // network
    return xml;
}

bool NetworkXml::readNetwork(const QByteArray &xml, VirtualNetworkInfo *network, QString *error)
{
    error->clear();
    QXmlStreamReader r(xml);
    QStringList path;
    bool sawRoot = false;
    bool inFirstIpv4 = false; // inside the <ip> this listing shows
    bool haveIpv4 = false;
    while (!r.atEnd()) {
        const auto token = r.readNext();
        if (token == QXmlStreamReader::EndElement) {
            if (!path.isEmpty() && path.takeLast() == "ip"_L1 && path.size() == 1)
                inFirstIpv4 = false;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const auto attr = [&r](QLatin1StringView name) { return r.attributes().value(name).toString(); };
        if (path.isEmpty()) {
            if (r.name() != "network"_L1) {
                *error = tr("expected <network>, found <%1>").arg(r.name().toString());
                return false;
            }
            sawRoot = true;
        }
        path.append(r.name().toString());
        const QString at = path.join(u'/');
        if (at == "network/name"_L1) {
            network->name = r.readElementText().trimmed();
            path.removeLast();
        } else if (at == "network/uuid"_L1) {
            network->uuid = r.readElementText().trimmed();
            path.removeLast();
        } else if (at == "network/forward"_L1) {
            const QString mode = attr("mode"_L1);
            network->forwardMode = mode.isEmpty() ? u"nat"_s : mode; // libvirt's default
        } else if (at == "network/bridge"_L1) {
            network->bridge = attr("name"_L1);
        } else if (at == "network/ip"_L1 && !haveIpv4) {
            const QString family = attr("family"_L1);
            if (!family.isEmpty() && family != "ipv4"_L1)
                continue;
            haveIpv4 = inFirstIpv4 = true;
            network->ipAddress = attr("address"_L1);
            bool ok = false;
            const int prefix = attr("prefix"_L1).toInt(&ok);
            if (ok) {
                network->prefix = prefix;
            } else if (const auto mask = Ipv4Subnet::parseAddress(attr("netmask"_L1))) {
                network->prefix = std::max(0, Ipv4Subnet::prefixOfNetmask(*mask));
            } else if (const auto address = Ipv4Subnet::parseAddress(network->ipAddress)) {
                // No prefix nor netmask: libvirt uses the classful default.
                network->prefix = *address < 0x80000000u ? 8 : *address < 0xc0000000u ? 16 : 24;
            }
        } else if (at == "network/ip/dhcp/range"_L1 && inFirstIpv4 && network->dhcpStart.isEmpty()) {
            network->dhcpStart = attr("start"_L1);
            network->dhcpEnd = attr("end"_L1);
        }
    }
    if (r.hasError()) {
        *error = tr("line %1, column %2: %3").arg(r.lineNumber()).arg(r.columnNumber()).arg(r.errorString());
        return false;
    }
    if (!sawRoot) {
        *error = tr("no <network> element");
        return false;
    }
    if (network->name.isEmpty()) {
        *error = tr("no <name> element");
        return false;
    }
    return true;
}

} // namespace welkin
