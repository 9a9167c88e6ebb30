#include "providers/libvirt/DomainXmlParser.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace welkin;
using namespace Qt::StringLiterals;

class TestDomainXmlParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void qemuDomain();
    void qemuDomainDisks();
    void qemuDomainNics();
    void qemuDomainGraphics();
    void passwordNeverStored();
    void testDriverDomain();
    void memoryUnits_data();
    void memoryUnits();
    void badMemory_data();
    void badMemory();
    void vcpuWithoutCurrent();
    void currentMemoryMissing();
    void osNames_data();
    void osNames();
    void libosinfoNeedsItsNamespace();
    void namespacedNameIsNotTheName();
    void graphicsDefaults();
    void networkDiskWithoutHost();
    void unknownElementsIgnored();
    void malformed_data();
    void malformed();
    void hugeInput();
    void deepNesting();
    void robustness();
};

// moc's tokenizer does not understand raw string literals: they come after the class.
namespace {

// A QEMU guest as `virsh dumpxml` prints it for a running VM (live XML), trimmed of nothing that
// matters: several disk kinds, two NICs, VNC with a <listen> child and a password, SPICE with TLS.
const QByteArray QemuXml = R"(<domain type='kvm' id='7'>
  <name>web-01</name>
  <uuid>4b1c7e0e-58a6-4f3c-9a1e-2f0d6c9b7a11</uuid>
  <title>Public web server</title>
  <description>nginx + php-fpm</description>
  <metadata>
    <libosinfo:libosinfo xmlns:libosinfo="http://libosinfo.org/xmlns/libvirt/domain/1.0">
      <libosinfo:os id="http://ubuntu.com/ubuntu/22.04"/>
    </libosinfo:libosinfo>
    <welkin:tags xmlns:welkin="https://welkin.example.org/xmlns/1.0"><welkin:tag>prod</welkin:tag></welkin:tags>
  </metadata>
  <memory unit='KiB'>8388608</memory>
  <currentMemory unit='KiB'>4194304</currentMemory>
  <vcpu placement='static' current='2'>4</vcpu>
  <resource><partition>/machine</partition></resource>
  <os firmware='efi'>
    <type arch='x86_64' machine='pc-q35-7.2'>hvm</type>
    <loader readonly='yes' type='pflash'>/usr/share/OVMF/OVMF_CODE_4M.fd</loader>
    <boot dev='hd'/>
  </os>
  <features><acpi/><apic/><vmport state='off'/></features>
  <cpu mode='host-passthrough' check='none' migratable='on'/>
  <clock offset='utc'><timer name='rtc' tickpolicy='catchup'/></clock>
  <on_poweroff>destroy</on_poweroff>
  <on_reboot>restart</on_reboot>
  <on_crash>destroy</on_crash>
  <devices>
    <emulator>/usr/bin/qemu-system-x86_64</emulator>
    <disk type='file' device='disk'>
      <driver name='qemu' type='qcow2' discard='unmap'/>
      <source file='/var/lib/libvirt/images/web-01.qcow2' index='3'/>
      <backingStore type='file' index='4'>
        <format type='qcow2'/>
        <source file='/var/lib/libvirt/images/base/ubuntu-22.04.qcow2'/>
        <backingStore/>
      </backingStore>
      <target dev='vda' bus='virtio'/>
      <alias name='virtio-disk0'/>
      <address type='pci' domain='0x0000' bus='0x04' slot='0x00' function='0x0'/>
    </disk>
    <disk type='block' device='disk'>
      <driver name='qemu' type='raw' cache='none' io='native'/>
      <source dev='/dev/vg0/web-01-data' index='2'/>
      <target dev='vdb' bus='virtio'/>
    </disk>
    <disk type='file' device='cdrom'>
      <driver name='qemu' type='raw'/>
      <source file='/var/lib/libvirt/iso/ubuntu-22.04.3-live-server-amd64.iso' index='1'/>
      <target dev='sda' bus='sata'/>
      <readonly/>
      <address type='drive' controller='0' bus='0' target='0' unit='0'/>
    </disk>
    <disk type='network' device='disk'>
      <driver name='qemu' type='raw'/>
      <auth username='libvirt'><secret type='ceph' uuid='2ec115d7-3a88-3ceb-bc12-0ac909a6fd87'/></auth>
      <source protocol='rbd' name='vms/web-01-logs'>
        <host name='ceph-mon1.example.org' port='6789'/>
        <host name='ceph-mon2.example.org' port='6789'/>
      </source>
      <target dev='vdc' bus='virtio'/>
    </disk>
    <disk type='volume' device='disk'>
      <driver name='qemu' type='qcow2'/>
      <source pool='default' volume='web-01-swap.qcow2'/>
      <target dev='vdd' bus='virtio'/>
    </disk>
    <disk type='file' device='cdrom'>
      <target dev='sdb' bus='sata'/>
      <readonly/>
    </disk>
    <controller type='usb' index='0' model='qemu-xhci' ports='15'/>
    <interface type='network'>
      <mac address='52:54:00:6b:3c:58'/>
      <source network='default' portid='0f3a7e1c-7d7e-4a7b-9e1a-3f5e9c1b2d4e' bridge='virbr0'/>
      <target dev='vnet3'/>
      <model type='virtio'/>
      <alias name='net0'/>
    </interface>
    <interface type='bridge'>
      <mac address='52:54:00:aa:01:02'/>
      <source bridge='br-dmz'/>
      <target dev='vnet4'/>
      <model type='e1000e'/>
    </interface>
    <serial type='pty'><source path='/dev/pts/3'/><target type='isa-serial' port='0'/></serial>
    <channel type='spicevmc'><target type='virtio' name='com.redhat.spice.0' state='connected'/></channel>
    <input type='tablet' bus='usb'/>
    <graphics type='vnc' port='5903' autoport='yes' listen='127.0.0.1' passwd='s3cr3t-vnc' keymap='en-us'>
      <listen type='address' address='127.0.0.1'/>
    </graphics>
    <graphics type='spice' port='5904' tlsPort='5905' autoport='yes' passwd='s3cr3t-spice'>
      <listen type='address' address='0.0.0.0'/>
      <channel name='main' mode='secure'/>
      <image compression='off'/>
    </graphics>
    <graphics type='spice'>
      <listen type='socket' socket='/run/libvirt/qemu/web-01.spice.sock'/>
    </graphics>
    <video><model type='qxl' ram='65536' vram='65536' vgamem='16384' heads='1' primary='yes'/></video>
    <memballoon model='virtio'/>
  </devices>
  <seclabel type='dynamic' model='apparmor' relabel='yes'><label>libvirt-4b1c</label></seclabel>
</domain>
)";

// `virsh -c test:///default dumpxml test` on Debian 12 (libvirt 9.0), verbatim.
const QByteArray TestDriverXml = R"(<domain type='test' id='1'>
  <name>test</name>
  <uuid>6695eb01-f6a4-8304-79aa-97f2502e193f</uuid>
  <memory unit='KiB'>8388608</memory>
  <currentMemory unit='KiB'>2097152</currentMemory>
  <vcpu placement='static'>2</vcpu>
  <os>
    <type arch='i686'>hvm</type>
    <boot dev='hd'/>
  </os>
  <clock offset='utc'/>
  <on_poweroff>destroy</on_poweroff>
  <on_reboot>restart</on_reboot>
  <on_crash>destroy</on_crash>
  <devices>
    <disk type='file' device='disk'>
      <source file='/guest/diskimage1'/>
      <target dev='vda' bus='virtio'/>
      <address type='pci' domain='0x0000' bus='0x01' slot='0x00' function='0x0'/>
    </disk>
    <interface type='network'>
      <mac address='aa:bb:cc:dd:ee:ff'/>
      <source network='default'/>
      <target dev='testnet0'/>
      <address type='pci' domain='0x0000' bus='0x00' slot='0x01' function='0x0'/>
    </interface>
    <memballoon model='virtio'>
      <address type='pci' domain='0x0000' bus='0x00' slot='0x02' function='0x0'/>
    </memballoon>
  </devices>
</domain>
)";

QByteArray minimalDomain(const QByteArray &inner)
{
    return "<domain type='kvm'><name>vm</name>" + inner + "</domain>";
}

} // namespace

void TestDomainXmlParser::qemuDomain()
{
    const DomainXmlResult r = DomainXmlParser::parse(QemuXml);
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.error.isEmpty());
    QCOMPARE(r.name, u"web-01"_s);
    QCOMPARE(r.vm.uuid, u"4b1c7e0e-58a6-4f3c-9a1e-2f0d6c9b7a11"_s);
    QCOMPARE(r.vm.title, u"Public web server"_s);
    QCOMPARE(r.vm.maxMemoryKiB, quint64(8388608));
    QCOMPARE(r.vm.memoryKiB, quint64(4194304));
    QCOMPARE(r.vm.vcpus, 2); // current='2' wins over the maximum 4
    QCOMPARE(r.vm.osType, u"hvm"_s);
    QCOMPARE(r.vm.arch, u"x86_64"_s);
    QCOMPARE(r.vm.osName, u"Ubuntu 22.04"_s);
    // The parser leaves run-time state to the caller.
    QCOMPARE(r.vm.state, PowerState::Unknown);
    QVERIFY(r.vm.ipAddresses().isEmpty());
}

void TestDomainXmlParser::qemuDomainDisks()
{
    const DomainXmlResult r = DomainXmlParser::parse(QemuXml);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.vm.disks.size(), 6);

    const DiskInfo &root = r.vm.disks[0];
    QCOMPARE(root.sourceType, u"file"_s);
    QCOMPARE(root.device, u"disk"_s);
    QCOMPARE(root.format, u"qcow2"_s);
    // Not the backing store's path.
    QCOMPARE(root.source, u"/var/lib/libvirt/images/web-01.qcow2"_s);
    QCOMPARE(root.target, u"vda"_s);
    QCOMPARE(root.bus, u"virtio"_s);
    QVERIFY(!root.readOnly);

    const DiskInfo &block = r.vm.disks[1];
    QCOMPARE(block.sourceType, u"block"_s);
    QCOMPARE(block.source, u"/dev/vg0/web-01-data"_s);
    QCOMPARE(block.format, u"raw"_s);
    QCOMPARE(block.target, u"vdb"_s);

    const DiskInfo &cdrom = r.vm.disks[2];
    QCOMPARE(cdrom.device, u"cdrom"_s);
    QCOMPARE(cdrom.bus, u"sata"_s);
    QCOMPARE(cdrom.target, u"sda"_s);
    QCOMPARE(cdrom.source, u"/var/lib/libvirt/iso/ubuntu-22.04.3-live-server-amd64.iso"_s);
    QVERIFY(cdrom.readOnly);

    const DiskInfo &rbd = r.vm.disks[3];
    QCOMPARE(rbd.sourceType, u"network"_s);
    QCOMPARE(rbd.source, u"rbd://ceph-mon1.example.org:6789/vms/web-01-logs"_s);
    QCOMPARE(rbd.target, u"vdc"_s);

    const DiskInfo &volume = r.vm.disks[4];
    QCOMPARE(volume.sourceType, u"volume"_s);
    QCOMPARE(volume.source, u"default/web-01-swap.qcow2"_s);

    const DiskInfo &emptyCdrom = r.vm.disks[5];
    QCOMPARE(emptyCdrom.device, u"cdrom"_s);
    QVERIFY(emptyCdrom.source.isEmpty());
    QVERIFY(emptyCdrom.format.isEmpty());
    QVERIFY(emptyCdrom.readOnly);
}

void TestDomainXmlParser::qemuDomainNics()
{
    const DomainXmlResult r = DomainXmlParser::parse(QemuXml);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.vm.nics.size(), 2);

    const NicInfo &nat = r.vm.nics[0];
    QCOMPARE(nat.type, u"network"_s);
    QCOMPARE(nat.mac, u"52:54:00:6b:3c:58"_s);
    QCOMPARE(nat.source, u"default"_s); // the network, not the live bridge
    QCOMPARE(nat.model, u"virtio"_s);
    QCOMPARE(nat.target, u"vnet3"_s);
    QVERIFY(nat.ips.isEmpty());

    const NicInfo &bridge = r.vm.nics[1];
    QCOMPARE(bridge.type, u"bridge"_s);
    QCOMPARE(bridge.mac, u"52:54:00:aa:01:02"_s);
    QCOMPARE(bridge.source, u"br-dmz"_s);
    QCOMPARE(bridge.model, u"e1000e"_s);
    QCOMPARE(bridge.target, u"vnet4"_s);
}

void TestDomainXmlParser::qemuDomainGraphics()
{
    const DomainXmlResult r = DomainXmlParser::parse(QemuXml);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.vm.graphics.size(), 3);

    const GraphicsInfo &vnc = r.vm.graphics[0];
    QCOMPARE(vnc.type, u"vnc"_s);
    QCOMPARE(vnc.port, 5903);
    QCOMPARE(vnc.tlsPort, -1);
    QVERIFY(vnc.autoport);
    QCOMPARE(vnc.listen, u"127.0.0.1"_s);
    QVERIFY(vnc.socket.isEmpty());
    QVERIFY(vnc.passwordRequired);

    const GraphicsInfo &spice = r.vm.graphics[1];
    QCOMPARE(spice.type, u"spice"_s);
    QCOMPARE(spice.port, 5904);
    QCOMPARE(spice.tlsPort, 5905);
    QCOMPARE(spice.listen, u"0.0.0.0"_s); // only from the <listen> child
    QVERIFY(spice.passwordRequired);

    const GraphicsInfo &socket = r.vm.graphics[2];
    QCOMPARE(socket.type, u"spice"_s);
    QCOMPARE(socket.socket, u"/run/libvirt/qemu/web-01.spice.sock"_s);
    QVERIFY(socket.listen.isEmpty());
    QCOMPARE(socket.port, -1);
    QVERIFY(!socket.autoport);
    QVERIFY(!socket.passwordRequired);
}

void TestDomainXmlParser::passwordNeverStored()
{
    const DomainXmlResult r = DomainXmlParser::parse(QemuXml);
    QVERIFY2(r.ok, qPrintable(r.error));
    // Look everywhere a string could hide a copy of the secret.
    QStringList strings{r.name, r.error, r.vm.uuid, r.vm.title, r.vm.osName, r.vm.osType, r.vm.arch};
    for (const GraphicsInfo &g : r.vm.graphics)
        strings << g.type << g.listen << g.socket;
    for (const DiskInfo &d : r.vm.disks)
        strings << d.source << d.target << d.format;
    for (const NicInfo &n : r.vm.nics)
        strings << n.source << n.mac << n.model << n.target;
    for (const QString &s : std::as_const(strings)) {
        QVERIFY2(!s.contains(u"s3cr3t"_s), qPrintable(s));
    }
}

void TestDomainXmlParser::testDriverDomain()
{
    const DomainXmlResult r = DomainXmlParser::parse(TestDriverXml);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.name, u"test"_s);
    QCOMPARE(r.vm.uuid, u"6695eb01-f6a4-8304-79aa-97f2502e193f"_s);
    QCOMPARE(r.vm.maxMemoryKiB, quint64(8388608));
    QCOMPARE(r.vm.memoryKiB, quint64(2097152));
    QCOMPARE(r.vm.vcpus, 2);
    QCOMPARE(r.vm.osType, u"hvm"_s);
    QCOMPARE(r.vm.arch, u"i686"_s);
    QVERIFY(r.vm.osName.isEmpty());
    QVERIFY(r.vm.title.isEmpty());
    QCOMPARE(r.vm.disks.size(), 1);
    QCOMPARE(r.vm.disks[0].source, u"/guest/diskimage1"_s);
    QCOMPARE(r.vm.disks[0].device, u"disk"_s);
    QVERIFY(r.vm.disks[0].format.isEmpty()); // no <driver>
    QCOMPARE(r.vm.nics.size(), 1);
    QCOMPARE(r.vm.nics[0].mac, u"aa:bb:cc:dd:ee:ff"_s);
    QCOMPARE(r.vm.nics[0].source, u"default"_s);
    QCOMPARE(r.vm.nics[0].target, u"testnet0"_s);
    QVERIFY(r.vm.nics[0].model.isEmpty());
    QVERIFY(r.vm.graphics.isEmpty());
}

void TestDomainXmlParser::memoryUnits_data()
{
    QTest::addColumn<QString>("element");
    QTest::addColumn<quint64>("kib");
    QTest::newRow("no unit = KiB") << u"<memory>2048</memory>"_s << quint64(2048);
    QTest::newRow("KiB") << u"<memory unit='KiB'>2048</memory>"_s << quint64(2048);
    QTest::newRow("k") << u"<memory unit='k'>2048</memory>"_s << quint64(2048);
    QTest::newRow("MiB") << u"<memory unit='MiB'>512</memory>"_s << quint64(512 * 1024);
    QTest::newRow("M") << u"<memory unit='M'>512</memory>"_s << quint64(512 * 1024);
    QTest::newRow("GiB") << u"<memory unit='GiB'>64</memory>"_s << quint64(64) * 1024 * 1024;
    QTest::newRow("G") << u"<memory unit='G'>2</memory>"_s << quint64(2) * 1024 * 1024;
    QTest::newRow("TiB") << u"<memory unit='TiB'>1</memory>"_s << quint64(1024) * 1024 * 1024;
    QTest::newRow("b") << u"<memory unit='b'>1073741824</memory>"_s << quint64(1048576);
    QTest::newRow("bytes") << u"<memory unit='bytes'>4096</memory>"_s << quint64(4);
    QTest::newRow("bytes rounded up") << u"<memory unit='bytes'>1025</memory>"_s << quint64(2);
    QTest::newRow("KB (1000)") << u"<memory unit='KB'>1024</memory>"_s << quint64(1000);
    QTest::newRow("MB (10^6)") << u"<memory unit='MB'>1024</memory>"_s << quint64(1000000);
    QTest::newRow("GB (10^9)") << u"<memory unit='GB'>1</memory>"_s << quint64(976563); // rounded up
    QTest::newRow("case-insensitive mib") << u"<memory unit='mib'>1</memory>"_s << quint64(1024);
    QTest::newRow("whitespace") << u"<memory unit='MiB'>\n  8\n</memory>"_s << quint64(8192);
}

void TestDomainXmlParser::memoryUnits()
{
    QFETCH(QString, element);
    QFETCH(quint64, kib);
    const DomainXmlResult r = DomainXmlParser::parse(minimalDomain(element.toUtf8()));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.vm.maxMemoryKiB, kib);
    QCOMPARE(r.vm.memoryKiB, kib); // no <currentMemory>: same as <memory>

    // The same unit on <currentMemory> is honoured too.
    QString current = element;
    current.replace(u"memory"_s, u"currentMemory"_s);
    const DomainXmlResult c = DomainXmlParser::parse(minimalDomain((u"<memory unit='TiB'>4</memory>"_s + current).toUtf8()));
    QVERIFY2(c.ok, qPrintable(c.error));
    QCOMPARE(c.vm.memoryKiB, kib);
    QCOMPARE(c.vm.maxMemoryKiB, quint64(4) << 30);
}

void TestDomainXmlParser::badMemory_data()
{
    QTest::addColumn<QByteArray>("element");
    QTest::addColumn<QString>("message");
    QTest::newRow("not a number") << QByteArray("<memory>lots</memory>") << u"invalid memory size"_s;
    QTest::newRow("negative") << QByteArray("<memory>-1</memory>") << u"invalid memory size"_s;
    QTest::newRow("unknown unit") << QByteArray("<memory unit='furlong'>1</memory>") << u"invalid memory unit"_s;
    QTest::newRow("overflow") << QByteArray("<memory unit='EiB'>100000</memory>") << u"out of range"_s;
    QTest::newRow("bad current") << QByteArray("<currentMemory unit='KiB'>1.5</currentMemory>") << u"invalid memory size"_s;
    QTest::newRow("bad vcpu") << QByteArray("<vcpu>two</vcpu>") << u"invalid vcpu"_s;
    QTest::newRow("bad vcpu current") << QByteArray("<vcpu current='x'>2</vcpu>") << u"invalid vcpu"_s;
}

void TestDomainXmlParser::badMemory()
{
    QFETCH(QByteArray, element);
    QFETCH(QString, message);
    const DomainXmlResult r = DomainXmlParser::parse(minimalDomain(element));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(message), qPrintable(r.error));
    QVERIFY2(r.error.startsWith(u"line 1, column "_s), qPrintable(r.error));
}

void TestDomainXmlParser::vcpuWithoutCurrent()
{
    const DomainXmlResult r = DomainXmlParser::parse(minimalDomain("<vcpu placement='static'>16</vcpu>"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.vm.vcpus, 16);
}

void TestDomainXmlParser::currentMemoryMissing()
{
    // Order in the document does not matter: <currentMemory> before <memory>.
    const DomainXmlResult r = DomainXmlParser::parse(
        minimalDomain("<currentMemory unit='MiB'>1024</currentMemory><memory unit='MiB'>2048</memory>"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.vm.memoryKiB, quint64(1024) * 1024);
    QCOMPARE(r.vm.maxMemoryKiB, quint64(2048) * 1024);
}

void TestDomainXmlParser::osNames_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::newRow("ubuntu") << u"http://ubuntu.com/ubuntu/22.04"_s << u"Ubuntu 22.04"_s;
    QTest::newRow("debian") << u"http://debian.org/debian/12"_s << u"Debian 12"_s;
    QTest::newRow("fedora") << u"http://fedoraproject.org/fedora/39"_s << u"Fedora 39"_s;
    QTest::newRow("win2k22") << u"http://microsoft.com/win/2k22"_s << u"Microsoft Windows Server 2022"_s;
    QTest::newRow("win2k19") << u"http://microsoft.com/win/2k19"_s << u"Microsoft Windows Server 2019"_s;
    QTest::newRow("win2k12r2") << u"http://microsoft.com/win/2k12r2"_s << u"Microsoft Windows Server 2012 R2"_s;
    QTest::newRow("win11") << u"http://microsoft.com/win/11"_s << u"Windows 11"_s;
    QTest::newRow("win10") << u"http://microsoft.com/win/10"_s << u"Windows 10"_s;
    QTest::newRow("winxp") << u"http://microsoft.com/win/xp"_s << u"Windows XP"_s;
    QTest::newRow("rocky") << u"http://rockylinux.org/rocky/9"_s << u"Rocky Linux 9"_s;
    QTest::newRow("alma") << u"http://almalinux.org/almalinux/9"_s << u"AlmaLinux 9"_s;
    QTest::newRow("centos stream") << u"http://centos.org/centos-stream/9"_s << u"CentOS Stream 9"_s;
    QTest::newRow("centos") << u"http://centos.org/centos/7.0"_s << u"CentOS 7.0"_s;
    QTest::newRow("leap") << u"http://opensuse.org/opensuse/leap/15.5"_s << u"openSUSE Leap 15.5"_s;
    QTest::newRow("tumbleweed") << u"http://opensuse.org/opensuse/tumbleweed"_s << u"openSUSE Tumbleweed"_s;
    QTest::newRow("rhel") << u"http://redhat.com/rhel/9.2"_s << u"RHEL 9.2"_s;
    QTest::newRow("freebsd") << u"http://freebsd.org/freebsd/14.0"_s << u"FreeBSD 14.0"_s;
    QTest::newRow("alpine") << u"http://alpinelinux.org/alpinelinux/3.19"_s << u"Alpine Linux 3.19"_s;
    QTest::newRow("arch rolling") << u"http://archlinux.org/archlinux/rolling"_s << u"Arch Linux"_s;
    QTest::newRow("generic linux") << u"http://libosinfo.org/linux/2022"_s << u"Generic Linux 2022"_s;
    QTest::newRow("www prefix") << u"https://www.debian.org/debian/11"_s << u"Debian 11"_s;
    QTest::newRow("unknown vendor") << u"http://example.com/coolos/3.1"_s << u"Coolos 3.1"_s;
    QTest::newRow("unknown, no version") << u"http://example.com/os/hurd"_s << u"Hurd"_s;
    QTest::newRow("unknown, host only") << u"http://haiku-os.org/"_s << u"haiku-os.org"_s;
    QTest::newRow("not a url") << u"my-os"_s << u"my-os"_s;
}

void TestDomainXmlParser::osNames()
{
    QFETCH(QString, id);
    QFETCH(QString, name);
    const QByteArray xml = minimalDomain(
        "<metadata><libosinfo:libosinfo xmlns:libosinfo='http://libosinfo.org/xmlns/libvirt/domain/1.0'>"
        "<libosinfo:os id='" + id.toUtf8() + "'/></libosinfo:libosinfo></metadata>");
    const DomainXmlResult r = DomainXmlParser::parse(xml);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.vm.osName, name);
}

void TestDomainXmlParser::libosinfoNeedsItsNamespace()
{
    // Same local names under another namespace (or none) are someone else's metadata.
    const DomainXmlResult r = DomainXmlParser::parse(minimalDomain(
        "<metadata><x:libosinfo xmlns:x='urn:other'><x:os id='http://debian.org/debian/12'/></x:libosinfo>"
        "<libosinfo><os id='http://debian.org/debian/11'/></libosinfo></metadata>"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.vm.osName.isEmpty());

    // Any prefix works as long as the namespace is libosinfo's.
    const DomainXmlResult p = DomainXmlParser::parse(minimalDomain(
        "<metadata><o:libosinfo xmlns:o='http://libosinfo.org/xmlns/libvirt/domain/1.0'>"
        "<o:os id='http://debian.org/debian/12'/></o:libosinfo></metadata>"));
    QVERIFY2(p.ok, qPrintable(p.error));
    QCOMPARE(p.vm.osName, u"Debian 12"_s);
}

void TestDomainXmlParser::namespacedNameIsNotTheName()
{
    // The test driver's namespace sits on <domain>; its elements must not be taken for ours.
    const DomainXmlResult r = DomainXmlParser::parse(
        "<domain type='test' xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>"
        "<test:name>wrong</test:name><name>right</name><test:runstate>5</test:runstate></domain>");
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.name, u"right"_s);
}

void TestDomainXmlParser::graphicsDefaults()
{
    const DomainXmlResult r = DomainXmlParser::parse(minimalDomain(
        "<devices><graphics type='vnc' port='-1' autoport='yes'/>"
        "<graphics type='vnc' port='5910' autoport='no' listen='::1'>"
        "<listen type='address' address='10.0.0.1'/></graphics>"
        "<graphics type='rdp' port='3389'/>"
        "<graphics type='vnc' socket='/tmp/vnc.sock'/>"
        "<graphics type='spice' port='junk' tlsPort=''><listen type='none'/></graphics></devices>"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.vm.graphics.size(), 5);
    QCOMPARE(r.vm.graphics[0].port, -1);
    QVERIFY(r.vm.graphics[0].autoport);
    QVERIFY(!r.vm.graphics[0].passwordRequired);
    QCOMPARE(r.vm.graphics[1].port, 5910);
    QVERIFY(!r.vm.graphics[1].autoport);
    QCOMPARE(r.vm.graphics[1].listen, u"::1"_s); // the attribute wins over the child
    QCOMPARE(r.vm.graphics[2].type, u"rdp"_s);
    QCOMPARE(r.vm.graphics[2].port, 3389);
    QCOMPARE(r.vm.graphics[3].socket, u"/tmp/vnc.sock"_s);
    QCOMPARE(r.vm.graphics[4].port, -1);
    QCOMPARE(r.vm.graphics[4].tlsPort, -1);
    QVERIFY(r.vm.graphics[4].listen.isEmpty());

    // passwd='' still means a password is configured (an empty one), so a prompt is needed.
    const DomainXmlResult e = DomainXmlParser::parse(minimalDomain("<devices><graphics type='vnc' passwd=''/></devices>"));
    QVERIFY2(e.ok, qPrintable(e.error));
    QVERIFY(e.vm.graphics[0].passwordRequired);
}

void TestDomainXmlParser::networkDiskWithoutHost()
{
    const DomainXmlResult r = DomainXmlParser::parse(minimalDomain(
        "<devices><disk type='network'><source protocol='rbd' name='pool/img'/><target dev='vda'/></disk>"
        "<disk type='network' device='cdrom'><source protocol='https' name='/iso/x.iso'>"
        "<host name='mirror.example.org'/></source><target dev='sda'/></disk>"
        "<disk type='dir'><source dir='/srv/share'/></disk></devices>"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.vm.disks.size(), 3);
    QCOMPARE(r.vm.disks[0].source, u"rbd:pool/img"_s);
    QCOMPARE(r.vm.disks[0].device, u"disk"_s); // libvirt's default device
    QCOMPARE(r.vm.disks[0].target, u"vda"_s);
    QCOMPARE(r.vm.disks[1].source, u"https://mirror.example.org//iso/x.iso"_s);
    QCOMPARE(r.vm.disks[1].target, u"sda"_s);
    QCOMPARE(r.vm.disks[2].source, u"/srv/share"_s);
}

void TestDomainXmlParser::unknownElementsIgnored()
{
    const DomainXmlResult r = DomainXmlParser::parse(
        "<?xml version='1.0' encoding='UTF-8'?>\n<!-- a comment -->\n"
        "<domain type='kvm'><future><name>not-this</name><devices><disk/></devices></future>"
        "<name>vm</name><vcpu>3</vcpu><!-- between --><![CDATA[ stray ]]>"
        "<devices><hostdev mode='subsystem'><source><address bus='1'/></source></hostdev>"
        "<interface type='user'><mac address='52:54:00:00:00:09'/><unknown><source network='x'/></unknown></interface>"
        "</devices></domain>\n<!-- trailing comment -->\n");
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.name, u"vm"_s);
    QCOMPARE(r.vm.vcpus, 3);
    QVERIFY(r.vm.disks.isEmpty());
    QCOMPARE(r.vm.nics.size(), 1);
    QCOMPARE(r.vm.nics[0].type, u"user"_s);
    QVERIFY(r.vm.nics[0].source.isEmpty()); // nested deeper than <interface>/<source>
}

void TestDomainXmlParser::malformed_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("message"); // a part of the expected error text

    QTest::newRow("empty") << QByteArray() << u"empty"_s;
    QTest::newRow("whitespace only") << QByteArray("  \n\t ") << u"empty"_s;
    QTest::newRow("not xml") << QByteArray("this is not XML at all") << u"line 1, column 1: Start tag expected"_s;
    QTest::newRow("json") << QByteArray("{\"domain\": {\"name\": \"x\"}}") << u"Start tag expected"_s;
    QTest::newRow("truncated") << QemuXml.left(QemuXml.size() / 2) << u"Premature end of document"_s;
    QTest::newRow("truncated in tag") << QByteArray("<domain><name>vm</name><devi") << u"line 1, column 28: Premature end"_s;
    QTest::newRow("mismatched tags") << QByteArray("<domain>\n<name>vm</nam>\n</domain>")
                                     << u"line 2, column 14: Opening and ending tag mismatch"_s;
    QTest::newRow("mismatched deep")
        << QByteArray("<domain><name>vm</name><devices><disk></devices></disk></domain>") << u"tag mismatch"_s;
    QTest::newRow("other root") << QByteArray("<node><domain><name>x</name></domain></node>")
                                << u"expected a <domain> root element, found <node>"_s;
    QTest::newRow("namespaced root") << QByteArray("<x:domain xmlns:x='urn:x'><name>x</name></x:domain>")
                                     << u"found <x:domain>"_s;
    QTest::newRow("missing name") << QByteArray("<domain type='kvm'>\n  <uuid>x</uuid>\n</domain>")
                                  << u"line 3, column 9: no <name> element"_s;
    QTest::newRow("empty name") << QByteArray("<domain><name>  </name></domain>") << u"empty <name>"_s;
    QTest::newRow("two roots") << QByteArray("<domain><name>a</name></domain><domain/>") << u"Extra content"_s;
    QTest::newRow("trailing garbage") << QByteArray("<domain><name>a</name></domain>\ngarbage") << u"line 2, column 1: Extra content"_s;
    QTest::newRow("undeclared prefix")
        << QByteArray("<domain><name>a</name><metadata><libosinfo:os id='x'/></metadata></domain>") << u"prefix 'libosinfo' not declared"_s;
    QTest::newRow("bad entity") << QByteArray("<domain><name>a&bogus;</name></domain>") << u"Entity 'bogus' not declared"_s;
    QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff\xfe<domain>", 13) << u"encoded"_s;
    QTest::newRow("only declaration") << QByteArray("<?xml version='1.0'?>") << u"empty or truncated"_s;
}

void TestDomainXmlParser::malformed()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, message);
    const DomainXmlResult r = DomainXmlParser::parse(xml);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(u"line "_s) && r.error.contains(u"column "_s), qPrintable(r.error));
    QVERIFY2(r.error.contains(message), qPrintable(r.error));
    // Nothing half-parsed leaks out of a failed parse.
    QVERIFY(r.name.isEmpty());
    QCOMPARE(r.vm, VmInfo());
}

void TestDomainXmlParser::hugeInput()
{
    // ~50 MB: a valid domain whose devices are mostly elements the parser skips, with a few
    // thousand disks in between; then the same document cut short.
    const QByteArray filler = "<controller type='pci' index='1' model='pcie-root-port'><model name='pcie-root-port'/>"
                              "<target chassis='1' port='0x10'/><address type='pci' domain='0x0000' bus='0x00'/></controller>\n";
    const QByteArray disk = "<disk type='file' device='disk'><driver name='qemu' type='qcow2'/>"
                            "<source file='/var/lib/libvirt/images/x.qcow2'/><target dev='vda' bus='virtio'/></disk>\n";
    const int count = 50 * 1024 * 1024 / int(filler.size());
    QByteArray xml = "<domain type='kvm'><name>huge</name><devices>\n";
    xml.reserve(xml.size() + filler.size() * count + disk.size() * (count / 100 + 1) + 64);
    int disks = 0;
    for (int i = 0; i < count; ++i) {
        xml += filler;
        if (i % 100 == 0) {
            xml += disk;
            ++disks;
        }
    }
    xml += "</devices></domain>\n";
    QVERIFY(xml.size() > 50'000'000);

    QElapsedTimer timer;
    timer.start();
    const DomainXmlResult r = DomainXmlParser::parse(xml);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.vm.disks.size(), disks);
    qInfo("%lld byte document with %d disks parsed in %lld ms", qlonglong(xml.size()), disks, timer.elapsed());

    const DomainXmlResult cut = DomainXmlParser::parse(xml.left(xml.size() - 30));
    QVERIFY(!cut.ok);
    QVERIFY2(cut.error.contains(u"line "_s), qPrintable(cut.error));

    // One 50 MB text node (e.g. a description) is just as harmless.
    QByteArray text = "<domain><name>big</name><description>";
    text += QByteArray(50 * 1024 * 1024, 'x');
    text += "</description><vcpu>1</vcpu></domain>";
    const DomainXmlResult t = DomainXmlParser::parse(text);
    QVERIFY2(t.ok, qPrintable(t.error));
    QCOMPARE(t.vm.vcpus, 1);
    // Sanity bound, generous for debug builds on a shared machine; a quadratic parser would blow it.
    QVERIFY2(timer.elapsed() < 120'000, "huge inputs took far too long");
}

void TestDomainXmlParser::deepNesting()
{
    // 200,000 nested unknown elements: skipping must not recurse on the C++ stack.
    const int depth = 200'000;
    QByteArray xml = "<domain><name>deep</name><metadata>";
    xml.reserve(xml.size() + depth * 7 + 64);
    for (int i = 0; i < depth; ++i)
        xml += "<a>";
    for (int i = 0; i < depth; ++i)
        xml += "</a>";
    xml += "</metadata><devices>";
    for (int i = 0; i < depth; ++i)
        xml += "<b>";
    for (int i = 0; i < depth; ++i)
        xml += "</b>";
    xml += "</devices></domain>";
    const DomainXmlResult r = DomainXmlParser::parse(xml);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.name, u"deep"_s);
}

void TestDomainXmlParser::robustness()
{
    // Random truncations, byte flips, insertions and deletions of valid documents. The parser must
    // never crash or hang, and every failure must explain itself with a position.
    const QList<QByteArray> seeds{QemuXml, TestDriverXml};
    QRandomGenerator rng(20240601); // fixed: reproducible failures
    int failures = 0;
    int successes = 0;
    for (int round = 0; round < 4000; ++round) {
        QByteArray xml = seeds[round % seeds.size()];
        const int mutations = 1 + int(rng.bounded(6));
        for (int m = 0; m < mutations && !xml.isEmpty(); ++m) {
            const qsizetype pos = qsizetype(rng.bounded(quint32(xml.size())));
            switch (rng.bounded(5)) {
            case 0: xml.truncate(pos); break;
            case 1: xml[pos] = char(rng.bounded(256)); break;
            case 2: xml[pos] = "<>/='\"&;! \n"[rng.bounded(11)]; break;
            case 3: xml.remove(pos, 1 + qsizetype(rng.bounded(20))); break;
            case 4: xml.insert(pos, xml.mid(qsizetype(rng.bounded(quint32(xml.size()))), 16)); break;
            }
        }
        const DomainXmlResult r = DomainXmlParser::parse(xml);
        if (r.ok) {
            ++successes;
            QVERIFY(!r.name.isEmpty());
            QVERIFY(r.error.isEmpty());
        } else {
            ++failures;
            QVERIFY2(r.error.startsWith(u"line "_s), qPrintable(r.error));
        }
    }
    // Both outcomes must occur, or the mutations are not exercising anything.
    QVERIFY(failures > 0);
    QVERIFY(successes > 0);
}

QTEST_GUILESS_MAIN(TestDomainXmlParser)
#include "tst_domainxmlparser.moc"
