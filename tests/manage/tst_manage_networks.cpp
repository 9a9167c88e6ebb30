// HostNetworks against the real libvirtd of the manage fixture, through LibvirtProvider tasks as
// the host page uses it: an isolated network defined, then started, stopped and deleted; a NAT
// network with a DHCP range created running, its (empty) leases, autostart off; a subnet
// overlapping it refused naming it; bad CIDRs and a duplicate name refused before anything is
// defined; a network libvirt cannot start is undefined again.
//
// Starting a network needs a bridge, dnsmasq and iptables (scripts/install-deps.sh installs
// iptables). The test owns the networks named "welkin-net-*" and removes leftovers first.
#include "HostJobSupport.h"
#include "providers/libvirt/HostNetworks.h"

#include <QNetworkInterface>

using namespace Qt::StringLiterals;
using namespace welkin;
using namespace welkin::testing;

namespace {

const QString isolatedName = u"welkin-net-iso"_s;
const QString natName = u"welkin-net-nat"_s;
const QString clashName = u"welkin-net-clash"_s;

} // namespace

class TstManageNetworks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void isolatedDefineStartStop();
    void natWithDhcpRunning();
    void overlapNamesTheOtherNetwork();
    void badInputDefinesNothing();
    void unstartableNetworkIsUndefined();
    void deleteBoth();
    void cleanupTestCase();

private:
    QList<VirtualNetworkInfo> networks();
    std::optional<VirtualNetworkInfo> network(const QString &name);
    void removeLeftovers();

    std::unique_ptr<LibvirtProvider> m_provider;
    std::unique_ptr<HostNetworks> m_networks;
};

QList<VirtualNetworkInfo> TstManageNetworks::networks()
{
    Task *task = m_networks->listNetworks();
    QString error;
    if (!succeeded(task, &error))
        qWarning("%s", qPrintable(error));
    return task->result().value<QList<VirtualNetworkInfo>>();
}

std::optional<VirtualNetworkInfo> TstManageNetworks::network(const QString &name)
{
    for (const VirtualNetworkInfo &info : networks()) {
        if (info.name == name)
            return info;
    }
    return std::nullopt;
}

void TstManageNetworks::removeLeftovers()
{
    for (const VirtualNetworkInfo &info : networks()) {
        if (info.name.startsWith(u"welkin-net-"_s)) {
            QString error;
            QVERIFY2(succeeded(m_networks->deleteNetwork(info.name), &error), qPrintable(error));
        }
    }
}

void TstManageNetworks::initTestCase()
{
    QString error;
    m_provider = connectFixture(u"manage-networks"_s, &error);
    QVERIFY2(m_provider, qPrintable(error));
    m_networks = std::make_unique<HostNetworks>(m_provider.get());
    removeLeftovers();
}

void TstManageNetworks::isolatedDefineStartStop()
{
    VirtualNetworkSpec spec;
    spec.name = isolatedName;
    spec.mode = VirtualNetworkSpec::Mode::Isolated;
    spec.subnet = u"10.213.61.0/24"_s;
    spec.start = false;
    spec.autostart = false;
    Task *task = m_networks->createNetwork(spec);
    QCOMPARE(task->title(), u"Create network welkin-net-iso"_s);
    QCOMPARE(task->target(), m_provider->resourceId());
    QString error;
    QVERIFY2(succeeded(task, &error), qPrintable(error));

    auto info = network(isolatedName);
    QVERIFY(info);
    QVERIFY(!info->active);
    QVERIFY(!info->autostart);
    QVERIFY(info->persistent);
    QCOMPARE(info->forwardMode, QString());
    QCOMPARE(info->ipAddress, u"10.213.61.1"_s);
    QCOMPARE(info->prefix, 24);
    QCOMPARE(info->dhcpStart, QString());
    QCOMPARE(info->uuid.size(), 36);

    Task *start = m_networks->startNetwork(isolatedName);
    QCOMPARE(start->title(), u"Start network welkin-net-iso"_s);
    QVERIFY2(succeeded(start, &error), qPrintable(error));
    info = network(isolatedName);
    QVERIFY(info);
    QVERIFY(info->active);
    QVERIFY2(info->bridge.startsWith(u"virbr"_s), qPrintable(info->bridge));
    QVERIFY2(QNetworkInterface::interfaceFromName(info->bridge).isValid(), qPrintable(info->bridge));

    QVERIFY2(succeeded(m_networks->stopNetwork(isolatedName), &error), qPrintable(error));
    info = network(isolatedName);
    QVERIFY(info);
    QVERIFY(!info->active);
    QCOMPARE(failure(m_networks->stopNetwork(isolatedName)),
             u"Could not stop network 'welkin-net-iso': Requested operation is not valid: network 'welkin-net-iso' is not active"_s);
}

void TstManageNetworks::natWithDhcpRunning()
{
    VirtualNetworkSpec spec;
    spec.name = natName;
    spec.mode = VirtualNetworkSpec::Mode::Nat;
    spec.subnet = u"10.213.62.0/24"_s;
    spec.dhcpStart = u"10.213.62.100"_s;
    spec.dhcpEnd = u"10.213.62.200"_s;
    QString error;
    QVERIFY2(succeeded(m_networks->createNetwork(spec), &error), qPrintable(error));

    auto info = network(natName);
    QVERIFY(info);
    QVERIFY(info->active);
    QVERIFY(info->autostart);
    QCOMPARE(info->forwardMode, u"nat"_s);
    QCOMPARE(info->ipAddress, u"10.213.62.1"_s);
    QCOMPARE(info->prefix, 24);
    QCOMPARE(info->dhcpStart, u"10.213.62.100"_s);
    QCOMPARE(info->dhcpEnd, u"10.213.62.200"_s);
    QVERIFY(!info->bridge.isEmpty());

    Task *leases = m_networks->leases(natName);
    QVERIFY2(succeeded(leases, &error), qPrintable(error));
    QVERIFY(leases->result().canConvert<QList<DhcpLease>>());
    QCOMPARE(leases->result().value<QList<DhcpLease>>().size(), 0); // no guest on it

    Task *autostart = m_networks->setNetworkAutostart(natName, false);
    QCOMPARE(autostart->title(), u"Do not start network welkin-net-nat with the host"_s);
    QVERIFY2(succeeded(autostart, &error), qPrintable(error));
    info = network(natName);
    QVERIFY(info);
    QVERIFY(!info->autostart);
    QVERIFY(info->active);
}

void TstManageNetworks::overlapNamesTheOtherNetwork()
{
    VirtualNetworkSpec spec;
    spec.name = u"welkin-net-overlap"_s;
    spec.subnet = u"10.213.62.128/25"_s;
    QCOMPARE(failure(m_networks->createNetwork(spec)),
             u"10.213.62.128/25 overlaps network 'welkin-net-nat' (10.213.62.0/24)"_s);
    spec.subnet = u"10.213.0.0/16"_s; // covers both of the test's networks: the first is named
    QCOMPARE(failure(m_networks->createNetwork(spec)),
             u"10.213.0.0/16 overlaps network 'welkin-net-iso' (10.213.61.0/24)"_s);
    QVERIFY(!network(spec.name));
}

void TstManageNetworks::badInputDefinesNothing()
{
    const int before = int(networks().size());
    VirtualNetworkSpec spec;
    spec.name = u"welkin-net-bad"_s;
    spec.subnet = u"10.213.300.0/24"_s;
    QCOMPARE(failure(m_networks->createNetwork(spec)), u"10.213.300.0 is not an IPv4 address"_s);
    spec.subnet = u"10.213.63.0/33"_s;
    QCOMPARE(failure(m_networks->createNetwork(spec)), u"10.213.63.0/33: the prefix must be 8..30"_s);
    spec.subnet = u"10.213.63.7/24"_s;
    QCOMPARE(failure(m_networks->createNetwork(spec)), u"10.213.63.7/24 has host bits set: the network is 10.213.63.0/24"_s);
    spec.subnet = u"10.213.63.0/24"_s;
    spec.dhcpStart = u"10.213.63.10"_s;
    spec.dhcpEnd = u"10.213.64.10"_s;
    QCOMPARE(failure(m_networks->createNetwork(spec)), u"10.213.64.10 is outside the subnet 10.213.63.0/24"_s);
    spec.dhcpStart.clear();
    spec.dhcpEnd.clear();
    spec.name = natName;
    QCOMPARE(failure(m_networks->createNetwork(spec)), u"A network named 'welkin-net-nat' already exists"_s);
    spec.name = u"welkin net"_s;
    QCOMPARE(failure(m_networks->createNetwork(spec)), u"The network name 'welkin net' contains a space"_s);
    QCOMPARE(networks().size(), before);

    const QString missing = failure(m_networks->startNetwork(u"welkin-net-none"_s));
    QVERIFY2(missing.startsWith(u"Could not find network 'welkin-net-none': "_s), qPrintable(missing));
}

void TstManageNetworks::unstartableNetworkIsUndefined()
{
    // A subnet the host already has on one of its interfaces: libvirt refuses to start it, and the
    // job undefines it again.
    QString hostSubnet;
    QString interfaceName;
    for (const QNetworkInterface &iface : QNetworkInterface::allInterfaces()) {
        if (iface.flags() & QNetworkInterface::IsLoopBack || iface.name().startsWith(u"virbr"_s))
            continue;
        for (const QNetworkAddressEntry &entry : iface.addressEntries()) {
            if (entry.ip().protocol() != QAbstractSocket::IPv4Protocol || entry.prefixLength() < 8
                || entry.prefixLength() > 30)
                continue;
            const quint32 mask = quint32(0xffffffffULL << (32 - entry.prefixLength()));
            hostSubnet = QHostAddress(entry.ip().toIPv4Address() & mask).toString() + u'/'
                + QString::number(entry.prefixLength());
            interfaceName = iface.name();
        }
    }
    QVERIFY2(!hostSubnet.isEmpty(), "the host has no IPv4 interface with a /8../30 subnet");
    VirtualNetworkSpec spec;
    spec.name = clashName;
    spec.mode = VirtualNetworkSpec::Mode::Isolated;
    spec.subnet = hostSubnet;
    spec.autostart = false;
    const QString error = failure(m_networks->createNetwork(spec));
    QVERIFY2(error.startsWith(u"Could not start network 'welkin-net-clash': "_s), qPrintable(error));
    QVERIFY2(error.contains(u"Network is already in use by interface "_s + interfaceName), qPrintable(error));
    qInfo("%s", qPrintable(error));
    QVERIFY(!network(clashName));
}

void TstManageNetworks::deleteBoth()
{
    QString error;
    Task *task = m_networks->deleteNetwork(natName); // running: destroyed, then undefined
    QCOMPARE(task->title(), u"Delete network welkin-net-nat"_s);
    QVERIFY2(succeeded(task, &error), qPrintable(error));
    QVERIFY2(succeeded(m_networks->deleteNetwork(isolatedName), &error), qPrintable(error));
    QVERIFY(!network(natName));
    QVERIFY(!network(isolatedName));
    const QString gone = failure(m_networks->leases(natName));
    QVERIFY2(gone.startsWith(u"Could not find network 'welkin-net-nat': "_s), qPrintable(gone));
}

void TstManageNetworks::cleanupTestCase()
{
    if (m_networks)
        removeLeftovers();
    if (m_provider)
        m_provider->close();
}

QTEST_GUILESS_MAIN(TstManageNetworks)
#include "tst_manage_networks.moc"
