// Virtual network XML. Reader: whatever a libvirt host returns (the whole input). Writer: what the
// "New network" form produces once checkSpec accepts it, read back by the reader (the input as
// NUL-separated fields: name, mode (0 NAT, 1 isolated), subnet, DHCP start, DHCP end).
#include "FuzzSupport.h"

#include "manage/Ipv4Subnet.h"
#include "manage/NetworkXml.h"

using namespace welkin;
using namespace welkin::fuzz;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = bytes(data, size);
    QList<VirtualNetworkInfo> existing;
    {
        VirtualNetworkInfo network;
        QString error;
        if (NetworkXml::readNetwork(input, &network, &error)) {
            FUZZ_CHECK(error.isEmpty() && !network.name.isEmpty(), error);
            existing.append(network);
        } else {
            FUZZ_CHECK(!error.isEmpty(), {});
        }
    }

    Fields fields(input);
    VirtualNetworkSpec spec;
    spec.name = fields.text();
    spec.mode = fields.number(0) == 1 ? VirtualNetworkSpec::Mode::Isolated : VirtualNetworkSpec::Mode::Nat;
    spec.subnet = fields.text();
    spec.dhcpStart = fields.text();
    spec.dhcpEnd = fields.text();
    NetworkXml::checkSpec(spec, existing); // against whatever the host reported
    if (!NetworkXml::checkSpec(spec, {}).isEmpty())
        return 0;

    QString error;
    const std::optional<Ipv4Subnet> subnet = Ipv4Subnet::parse(spec.subnet, &error);
    FUZZ_CHECK(subnet.has_value(), error); // checkSpec accepted it
    const QByteArray xml = NetworkXml::networkXml(spec);
    const QString detail = QString::fromUtf8(xml);
    VirtualNetworkInfo network;
    FUZZ_CHECK(NetworkXml::readNetwork(xml, &network, &error), error + u'\n' + detail);
    FUZZ_CHECK(network.name == spec.name, detail);
    FUZZ_CHECK(network.forwardMode == (spec.mode == VirtualNetworkSpec::Mode::Nat ? u"nat"_s : QString()), detail);
    FUZZ_CHECK(network.ipAddress == Ipv4Subnet::addressText(subnet->firstHost()) && network.prefix == subnet->prefix(),
               detail);
    FUZZ_CHECK(network.dhcpStart == spec.dhcpStart.trimmed() && network.dhcpEnd == spec.dhcpEnd.trimmed(), detail);

    // Once defined, the same name is taken and the same subnet overlaps.
    FUZZ_CHECK(!NetworkXml::checkSpec(spec, {network}).isEmpty(), detail);
    VirtualNetworkSpec other = spec;
    other.name = spec.name.size() < 60 ? spec.name + u"-2"_s : u"other"_s;
    if (other.name != spec.name)
        FUZZ_CHECK(!NetworkXml::checkSpec(other, {network}).isEmpty(), detail);
    return 0;
}
