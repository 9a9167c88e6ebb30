// Ipv4Subnet and NetworkXml::checkSpec: the subnet input of the "New network" form and its job.
#include "manage/Ipv4Subnet.h"
#include "manage/NetworkXml.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace welkin;

class TstIpv4Subnet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesValidCidr_data();
    void parsesValidCidr();
    void rejectsBadInput_data();
    void rejectsBadInput();
    void containsAndOverlaps();
    void netmaskPrefix();
    void dhcpRange_data();
    void dhcpRange();
    void specOverlapNamesTheOtherNetwork();
    void specChecksNameAndRange();
};

void TstIpv4Subnet::parsesValidCidr_data()
{
    QTest::addColumn<QString>("cidr");
    QTest::addColumn<QString>("network");
    QTest::addColumn<int>("prefix");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("broadcast");
    QTest::newRow("/24") << u"192.168.150.0/24"_s << u"192.168.150.0"_s << 24 << u"192.168.150.1"_s << u"192.168.150.255"_s;
    QTest::newRow("/8") << u"10.0.0.0/8"_s << u"10.0.0.0"_s << 8 << u"10.0.0.1"_s << u"10.255.255.255"_s;
    QTest::newRow("/30") << u"172.16.5.4/30"_s << u"172.16.5.4"_s << 30 << u"172.16.5.5"_s << u"172.16.5.7"_s;
    QTest::newRow("spaces") << u" 10.213.1.0/24 "_s << u"10.213.1.0"_s << 24 << u"10.213.1.1"_s << u"10.213.1.255"_s;
}

void TstIpv4Subnet::parsesValidCidr()
{
    QFETCH(QString, cidr);
    QFETCH(QString, network);
    QFETCH(int, prefix);
    QFETCH(QString, first);
    QFETCH(QString, broadcast);
    QString error;
    const auto subnet = Ipv4Subnet::parse(cidr, &error);
    QVERIFY2(subnet, qPrintable(error));
    QCOMPARE(Ipv4Subnet::addressText(subnet->network()), network);
    QCOMPARE(subnet->prefix(), prefix);
    QCOMPARE(Ipv4Subnet::addressText(subnet->firstHost()), first);
    QCOMPARE(Ipv4Subnet::addressText(subnet->broadcast()), broadcast);
    QCOMPARE(subnet->toString(), network + u'/' + QString::number(prefix));
}

void TstIpv4Subnet::rejectsBadInput_data()
{
    QTest::addColumn<QString>("cidr");
    QTest::addColumn<QString>("message");
    QTest::newRow("octet > 255") << u"192.168.1.300/24"_s << u"192.168.1.300 is not an IPv4 address"_s;
    QTest::newRow("three parts") << u"10.0.0/24"_s << u"10.0.0 is not an IPv4 address"_s;
    QTest::newRow("letters") << u"10.0.a.0/24"_s << u"10.0.a.0 is not an IPv4 address"_s;
    QTest::newRow("negative") << u"10.0.-1.0/24"_s << u"10.0.-1.0 is not an IPv4 address"_s;
    QTest::newRow("prefix 33") << u"10.0.0.0/33"_s << u"10.0.0.0/33: the prefix must be 8..30"_s;
    QTest::newRow("prefix 31") << u"10.0.0.0/31"_s << u"10.0.0.0/31: the prefix must be 8..30"_s;
    QTest::newRow("prefix 4") << u"10.0.0.0/4"_s << u"10.0.0.0/4: the prefix must be 8..30"_s;
    QTest::newRow("prefix junk") << u"10.0.0.0/2x"_s << u"10.0.0.0/2x: the prefix must be 8..30"_s;
    QTest::newRow("prefix sign") << u"10.0.0.0/+24"_s << u"10.0.0.0/+24: the prefix must be 8..30"_s;
    QTest::newRow("no prefix") << u"10.0.0.0"_s << u"10.0.0.0 has no prefix: give it as address/prefix, e.g. 10.0.0.0/24"_s;
    QTest::newRow("host bits") << u"10.0.0.5/24"_s << u"10.0.0.5/24 has host bits set: the network is 10.0.0.0/24"_s;
    QTest::newRow("empty") << QString() << u"The subnet is empty: give it as address/prefix, e.g. 192.168.150.0/24"_s;
}

void TstIpv4Subnet::rejectsBadInput()
{
    QFETCH(QString, cidr);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!Ipv4Subnet::parse(cidr, &error));
    QCOMPARE(error, message);
}

void TstIpv4Subnet::containsAndOverlaps()
{
    QString error;
    const auto a = *Ipv4Subnet::parse(u"10.213.0.0/16"_s, &error);
    const auto b = *Ipv4Subnet::parse(u"10.213.7.0/24"_s, &error);
    const auto c = *Ipv4Subnet::parse(u"10.214.0.0/24"_s, &error);
    const auto d = *Ipv4Subnet::parse(u"10.213.6.0/24"_s, &error);
    QVERIFY(a.contains(*Ipv4Subnet::parseAddress(u"10.213.255.254"_s)));
    QVERIFY(!a.contains(*Ipv4Subnet::parseAddress(u"10.214.0.1"_s)));
    QVERIFY(a.overlaps(b));
    QVERIFY(b.overlaps(a));
    QVERIFY(!a.overlaps(c));
    QVERIFY(!c.overlaps(a));
    QVERIFY(!b.overlaps(d));
    QVERIFY(b.overlaps(b));
}

void TstIpv4Subnet::netmaskPrefix()
{
    QCOMPARE(Ipv4Subnet::prefixOfNetmask(*Ipv4Subnet::parseAddress(u"255.255.255.0"_s)), 24);
    QCOMPARE(Ipv4Subnet::prefixOfNetmask(*Ipv4Subnet::parseAddress(u"255.255.240.0"_s)), 20);
    QCOMPARE(Ipv4Subnet::prefixOfNetmask(*Ipv4Subnet::parseAddress(u"255.0.255.0"_s)), -1);
    QCOMPARE(Ipv4Subnet::prefixOfNetmask(0), 0);
}

void TstIpv4Subnet::dhcpRange_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<QString>("message");
    QTest::newRow("fine") << u"10.213.1.10"_s << u"10.213.1.200"_s << QString();
    QTest::newRow("outside") << u"10.213.1.10"_s << u"10.213.2.20"_s << u"10.213.2.20 is outside the subnet 10.213.1.0/24"_s;
    QTest::newRow("reversed") << u"10.213.1.200"_s << u"10.213.1.10"_s
                              << u"The DHCP range starts at 10.213.1.200, after its end 10.213.1.10"_s;
    QTest::newRow("host address") << u"10.213.1.1"_s << u"10.213.1.100"_s
                                  << u"The DHCP range 10.213.1.1 - 10.213.1.100 includes the host's address 10.213.1.1"_s;
    QTest::newRow("broadcast") << u"10.213.1.2"_s << u"10.213.1.255"_s
                               << u"The DHCP range 10.213.1.2 - 10.213.1.255 includes the network or broadcast address of 10.213.1.0/24"_s;
    QTest::newRow("bad address") << u"10.213.1.2"_s << u"10.213.1.256"_s << u"10.213.1.256 is not an IPv4 address"_s;
}

void TstIpv4Subnet::dhcpRange()
{
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(QString, message);
    QString error;
    const auto subnet = *Ipv4Subnet::parse(u"10.213.1.0/24"_s, &error);
    QCOMPARE(subnet.checkRange(start, end, subnet.firstHost()), message);
}

void TstIpv4Subnet::specOverlapNamesTheOtherNetwork()
{
    VirtualNetworkInfo def;
    def.name = u"default"_s;
    def.ipAddress = u"192.168.122.1"_s;
    def.prefix = 24;
    VirtualNetworkInfo isolated; // no IPv4 address: never overlaps
    isolated.name = u"bare"_s;

    VirtualNetworkSpec spec;
    spec.name = u"lab"_s;
    spec.subnet = u"192.168.0.0/16"_s;
    QCOMPARE(NetworkXml::checkSpec(spec, {isolated, def}), u"192.168.0.0/16 overlaps network 'default' (192.168.122.0/24)"_s);
    spec.subnet = u"192.168.122.128/25"_s;
    QCOMPARE(NetworkXml::checkSpec(spec, {def}), u"192.168.122.128/25 overlaps network 'default' (192.168.122.0/24)"_s);
    spec.subnet = u"192.168.123.0/24"_s;
    QCOMPARE(NetworkXml::checkSpec(spec, {isolated, def}), QString());
}

void TstIpv4Subnet::specChecksNameAndRange()
{
    VirtualNetworkInfo existing;
    existing.name = u"lab"_s;
    VirtualNetworkSpec spec;
    spec.name = u"lab"_s;
    spec.subnet = u"10.213.9.0/24"_s;
    QCOMPARE(NetworkXml::checkSpec(spec, {existing}), u"A network named 'lab' already exists"_s);
    spec.name = u"my lab"_s;
    QCOMPARE(NetworkXml::checkSpec(spec, {}), u"The network name 'my lab' contains a space"_s);
    spec.name = u"lab2"_s;
    spec.dhcpStart = u"10.213.9.10"_s;
    QCOMPARE(NetworkXml::checkSpec(spec, {}), u"The DHCP range needs both a start and an end address"_s);
    spec.dhcpEnd = u"10.213.10.10"_s;
    QCOMPARE(NetworkXml::checkSpec(spec, {}), u"10.213.10.10 is outside the subnet 10.213.9.0/24"_s);
    spec.dhcpEnd = u"10.213.9.100"_s;
    QCOMPARE(NetworkXml::checkSpec(spec, {existing}), QString());
}

QTEST_GUILESS_MAIN(TstIpv4Subnet)
#include "tst_ipv4subnet.moc"
