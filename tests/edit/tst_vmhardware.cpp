// The Details tab's model of a domain definition (VmHardwareXml): reading the editable fields,
// writing an edit back over the persistent XML, device XML, checks, deltas and pending fields.
#include "manage/VmHardware.h"
#include "manage/VmHardwareState.h"

#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace welkin;
using namespace Qt::StringLiterals;

namespace {

// What `virsh dumpxml --inactive --security-info` prints for a q35 guest on libvirt 9.0.
const QByteArray Q35 = R"(<domain type='kvm' xmlns:qemu='http://libvirt.org/schemas/domain/qemu/1.0'>
  <name>web-01</name>
  <uuid>6695eb01-f6a4-8304-79aa-97f2502e193f</uuid>
  <metadata>
    <libosinfo:libosinfo xmlns:libosinfo="http://libosinfo.org/xmlns/libvirt/domain/1.0">
      <libosinfo:os id="http://debian.org/debian/12"/>
    </libosinfo:libosinfo>
  </metadata>
  <memory unit='KiB'>4194304</memory>
  <currentMemory unit='KiB'>2097152</currentMemory>
  <vcpu placement='static' current='2'>4</vcpu>
  <os>
    <type arch='x86_64' machine='pc-q35-7.2'>hvm</type>
    <boot dev='hd'/>
    <boot dev='cdrom'/>
  </os>
  <features>
    <acpi/>
    <apic/>
    <vmport state='off'/>
  </features>
  <cpu mode='host-passthrough' check='none' migratable='on'>
    <topology sockets='1' dies='1' cores='2' threads='2'/>
  </cpu>
  <clock offset='utc'>
    <timer name='rtc' tickpolicy='catchup'/>
    <timer name='pit' tickpolicy='delay'/>
    <timer name='hpet' present='no'/>
  </clock>
  <on_poweroff>destroy</on_poweroff>
  <on_reboot>restart</on_reboot>
  <on_crash>destroy</on_crash>
  <pm>
    <suspend-to-mem enabled='no'/>
    <suspend-to-disk enabled='no'/>
  </pm>
  <devices>
    <emulator>/usr/bin/qemu-system-x86_64</emulator>
    <disk type='file' device='disk'>
      <driver name='qemu' type='qcow2' discard='unmap'/>
      <source file='/var/lib/libvirt/images/web-01.qcow2'/>
      <target dev='vda' bus='virtio'/>
      <address type='pci' domain='0x0000' bus='0x04' slot='0x00' function='0x0'/>
    </disk>
    <disk type='file' device='cdrom'>
      <driver name='qemu' type='raw'/>
      <source file='/var/lib/libvirt/images/debian-12.iso'/>
      <target dev='sda' bus='sata'/>
      <readonly/>
      <address type='drive' controller='0' bus='0' target='0' unit='0'/>
    </disk>
    <controller type='usb' index='0' model='qemu-xhci' ports='15'>
      <address type='pci' domain='0x0000' bus='0x02' slot='0x00' function='0x0'/>
    </controller>
    <controller type='pci' index='0' model='pcie-root'/>
    <controller type='sata' index='0'>
      <address type='pci' domain='0x0000' bus='0x00' slot='0x1f' function='0x2'/>
    </controller>
    <controller type='virtio-serial' index='0'>
      <address type='pci' domain='0x0000' bus='0x03' slot='0x00' function='0x0'/>
    </controller>
    <interface type='network'>
      <mac address='52:54:00:6b:3c:58'/>
      <source network='default'/>
      <model type='virtio'/>
      <address type='pci' domain='0x0000' bus='0x01' slot='0x00' function='0x0'/>
    </interface>
    <serial type='pty'>
      <target type='isa-serial' port='0'>
        <model name='isa-serial'/>
      </target>
    </serial>
    <console type='pty'>
      <target type='serial' port='0'/>
    </console>
    <channel type='unix'>
      <target type='virtio' name='org.qemu.guest_agent.0'/>
      <address type='virtio-serial' controller='0' bus='0' port='1'/>
    </channel>
    <input type='tablet' bus='usb'>
      <address type='usb' bus='0' port='1'/>
    </input>
    <input type='mouse' bus='ps2'/>
    <input type='keyboard' bus='ps2'/>
    <graphics type='vnc' port='-1' autoport='yes' listen='0.0.0.0' passwd='s3cret'>
      <listen type='address' address='0.0.0.0'/>
    </graphics>
    <audio id='1' type='none'/>
    <video>
      <model type='virtio' heads='1' primary='yes'/>
      <address type='pci' domain='0x0000' bus='0x00' slot='0x01' function='0x0'/>
    </video>
    <memballoon model='virtio'>
      <address type='pci' domain='0x0000' bus='0x05' slot='0x00' function='0x0'/>
    </memballoon>
    <rng model='virtio'>
      <backend model='random'>/dev/urandom</backend>
      <address type='pci' domain='0x0000' bus='0x06' slot='0x00' function='0x0'/>
    </rng>
  </devices>
  <seclabel type='dynamic' model='dac' relabel='yes'/>
  <qemu:commandline>
    <qemu:arg value='-no-hpet'/>
  </qemu:commandline>
</domain>
)";

// A guest booting by per-device <boot order>, as virt-install writes it for --boot with devices.
const QByteArray PerDeviceBoot = R"(<domain type='kvm'>
  <name>pxe</name>
  <memory unit='MiB'>512</memory>
  <vcpu>1</vcpu>
  <os firmware='efi'>
    <type arch='x86_64' machine='pc-q35-7.2'>hvm</type>
    <bootmenu enable='yes' timeout='3000'/>
  </os>
  <devices>
    <disk type='file' device='disk'>
      <driver name='qemu' type='qcow2'/>
      <source file='/pool/a.qcow2'/>
      <target dev='vda' bus='virtio'/>
      <boot order='2'/>
    </disk>
    <disk type='file' device='cdrom'>
      <target dev='sda' bus='sata'/>
      <readonly/>
      <boot order='1'/>
    </disk>
    <disk type='file' device='disk'>
      <source file='/pool/b.qcow2'/>
      <target dev='vdb' bus='virtio'/>
      <boot order='5'/>
    </disk>
    <disk type='file' device='floppy'>
      <target dev='fda' bus='fdc'/>
      <boot order='4'/>
    </disk>
    <interface type='bridge'>
      <mac address='52:54:00:AA:BB:01'/>
      <source bridge='br0'/>
      <model type='e1000e'/>
      <boot order='3'/>
    </interface>
  </devices>
</domain>
)";

VmHardware parsedOrEmpty(const QByteArray &xml)
{
    VmHardware hw;
    QString error;
    if (!VmHardwareXml::parse(xml, &hw, &error))
        qWarning("parse failed: %s", qPrintable(error));
    return hw;
}

// The n-th element named `tag` (qualified name) in a canonical form: attributes sorted,
// whitespace between elements dropped. QDom keeps content, not attribute order or layout.
QString canonical(const QByteArray &xml, const QString &tag, int index = 0)
{
    QXmlStreamReader reader(xml);
    reader.setNamespaceProcessing(false);
    QString out;
    int depth = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        if (depth == 0) {
            if (!reader.isStartElement() || reader.qualifiedName() != tag)
                continue;
            if (index-- > 0)
                continue;
        }
        if (reader.isStartElement()) {
            ++depth;
            QStringList attributes;
            for (const QXmlStreamAttribute &a : reader.attributes())
                attributes.append(a.qualifiedName().toString() + u"=\"" + a.value().toString() + u'"');
            attributes.sort();
            out += u'<' + reader.qualifiedName().toString() + (attributes.isEmpty() ? QString() : u' ' + attributes.join(u' '))
                + u'>';
        } else if (reader.isEndElement()) {
            out += u"</" + reader.qualifiedName().toString() + u'>';
            if (--depth == 0)
                return out;
        } else if (reader.isCharacters() && !reader.isWhitespace()) {
            out += reader.text().toString();
        }
    }
    return out;
}

int count(const QByteArray &xml, const QString &tag)
{
    int n = 0;
    while (!canonical(xml, tag, n).isEmpty())
        ++n;
    return n;
}

QStringList messages(const QList<HardwareProblem> &problems)
{
    QStringList out;
    for (const HardwareProblem &p : problems)
        out.append(p.message);
    return out;
}

QList<int> sections(const QList<HardwareProblem> &problems)
{
    QList<int> out;
    for (const HardwareProblem &p : problems)
        out.append(int(p.section));
    return out;
}

// A valid VM for check(): two vCPUs, 1 GiB, one virtio disk, one NIC, VNC.
VmHardware sound()
{
    VmHardware hw;
    hw.vcpus = hw.maxVcpus = 2;
    hw.memoryKiB = hw.maxMemoryKiB = 1048576;
    VmHardwareDisk disk;
    disk.target = u"vda"_s;
    disk.path = u"/pool/a.qcow2"_s;
    hw.disks.append(disk);
    VmHardwareNic nic;
    nic.mac = u"52:54:00:12:34:56"_s;
    nic.source = u"default"_s;
    hw.nics.append(nic);
    hw.graphics = u"vnc"_s;
    return hw;
}

} // namespace

namespace welkin {

// QCOMPARE's failure output for the values compared whole.
char *toString(const VmHardwareDisk &d)
{
    return qstrdup(u"%1 %2 %3 %4 path=%5 pool=%6 volume=%7 format=%8 cache=%9"_s
                       .arg(d.target, d.device, d.type, d.bus, d.path, d.pool, d.volume, d.format, d.cache)
                       .append(u" ro=%1 shared=%2"_s.arg(d.readOnly).arg(d.shareable))
                       .toUtf8().constData());
}

char *toString(const VmHardwareNic &n)
{
    return qstrdup(u"%1 %2 %3 %4 up=%5"_s.arg(n.mac, n.type, n.source, n.model).arg(n.linkUp).toUtf8().constData());
}

char *toString(const VmHardware &hw)
{
    QString text = u"vcpus=%1/%2 topology=%3x%4x%5 cpu=%6/%7 memory=%8/%9"_s.arg(hw.vcpus)
                       .arg(hw.maxVcpus).arg(hw.sockets).arg(hw.cores).arg(hw.threads)
                       .arg(hw.cpuMode, hw.cpuModel).arg(hw.memoryKiB).arg(hw.maxMemoryKiB);
    text += u" balloon=%1 boot=%2 menu=%3 firmware=%4 graphics=%5 listen=%6 passwd=%7 serial=%8"_s
                .arg(hw.balloon).arg(hw.bootOrder.join(u','), QString::number(hw.bootMenu), hw.firmware, hw.graphics,
                     hw.listen, QString::number(hw.hasGraphicsPassword), QString::number(hw.serialConsole));
    for (const VmHardwareDisk &d : hw.disks) {
        char *disk = toString(d);
        text += u"\n  disk "_s + QString::fromUtf8(disk);
        delete[] disk;
    }
    for (const VmHardwareNic &n : hw.nics) {
        char *nic = toString(n);
        text += u"\n  nic "_s + QString::fromUtf8(nic);
        delete[] nic;
    }
    return qstrdup(text.toUtf8().constData());
}

} // namespace welkin

class TstVmHardware : public QObject
{
    Q_OBJECT

private:
    // rewrite(), then the output parsed; fails the test on either error.
    bool apply(const QByteArray &xml, const HardwareEdit &edit, QByteArray *out, VmHardware *reparsed)
    {
        QString error;
        if (!VmHardwareXml::rewrite(xml, edit, out, &error)) {
            qWarning("rewrite failed: %s", qPrintable(error));
            return false;
        }
        if (!VmHardwareXml::parse(*out, reparsed, &error)) {
            qWarning("output does not parse: %s\n%s", qPrintable(error), out->constData());
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void onlyNewProblemsBlockAnEdit()
    {
        // A VM defined elsewhere with more memory than this host has, and a disk target another
        // tool named freely: libvirt holds it, so an unrelated change goes through.
        VmHardware before;
        before.memoryKiB = before.maxMemoryKiB = 8 * 1024 * 1024;
        VmHardwareDisk disk;
        disk.target = u"vdb"_s;
        disk.bus = u"scsi"_s;
        disk.path = u"/var/lib/libvirt/images/a.qcow2"_s;
        before.disks.append(disk);
        HardwareLimits limits;
        limits.hostMemoryKiB = 4 * 1024 * 1024;
        QCOMPARE(VmHardwareXml::check(before, limits).size(), 2);
        VmHardware after = before;
        after.bootMenu = true;
        QVERIFY(newProblems(before, after, limits).isEmpty());
        // What the edit brings in is still refused, and only that.
        after.vcpus = 2;
        const QList<HardwareProblem> problems = newProblems(before, after, limits);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.constFirst().section, HardwareSection::Processor);
    }

    void parsesEveryField()
    {
        VmHardware hw;
        QString error;
        QVERIFY2(VmHardwareXml::parse(Q35, &hw, &error), qPrintable(error));
        QCOMPARE(hw.vcpus, 2);
        QCOMPARE(hw.maxVcpus, 4);
        QCOMPARE(hw.sockets, 1);
        QCOMPARE(hw.cores, 2);
        QCOMPARE(hw.threads, 2);
        QCOMPARE(hw.cpuMode, u"host-passthrough"_s);
        QCOMPARE(hw.cpuModel, QString());
        QCOMPARE(hw.memoryKiB, quint64(2097152));
        QCOMPARE(hw.maxMemoryKiB, quint64(4194304));
        QVERIFY(hw.balloon);
        QCOMPARE(hw.bootOrder, QStringList({u"hd"_s, u"cdrom"_s}));
        QVERIFY(!hw.bootMenu);
        QCOMPARE(hw.firmware, u"bios"_s);
        QCOMPARE(hw.graphics, u"vnc"_s);
        QCOMPARE(hw.listen, u"0.0.0.0"_s);
        QVERIFY(hw.hasGraphicsPassword);
        QVERIFY(hw.serialConsole);

        QCOMPARE(hw.disks.size(), 2);
        const VmHardwareDisk &vda = hw.disks.at(0);
        QCOMPARE(vda.target, u"vda"_s);
        QCOMPARE(vda.device, u"disk"_s);
        QCOMPARE(vda.type, u"file"_s);
        QCOMPARE(vda.bus, u"virtio"_s);
        QCOMPARE(vda.path, u"/var/lib/libvirt/images/web-01.qcow2"_s);
        QCOMPARE(vda.format, u"qcow2"_s);
        QCOMPARE(vda.cache, QString());
        QVERIFY(!vda.readOnly && !vda.shareable && !vda.isRemovable());
        const VmHardwareDisk &sda = hw.disks.at(1);
        QCOMPARE(sda.target, u"sda"_s);
        QCOMPARE(sda.device, u"cdrom"_s);
        QCOMPARE(sda.bus, u"sata"_s);
        QCOMPARE(sda.format, u"raw"_s);
        QVERIFY(sda.readOnly && sda.isRemovable());

        QCOMPARE(hw.nics.size(), 1);
        const VmHardwareNic &nic = hw.nics.at(0);
        QCOMPARE(nic.mac, u"52:54:00:6b:3c:58"_s);
        QCOMPARE(nic.type, u"network"_s);
        QCOMPARE(nic.source, u"default"_s);
        QCOMPARE(nic.model, u"virtio"_s);
        QVERIFY(nic.linkUp);

        QCOMPARE(hw.disk(u"sda"_s), &hw.disks.at(1));
        QCOMPARE(hw.disk(u"vdz"_s), nullptr);
        QCOMPARE(hw.nic(u"52:54:00:6B:3C:58"_s), &hw.nics.at(0));
        QCOMPARE(hw.nic(QString()), nullptr);
    }

    void parsesOtherShapes()
    {
        const QByteArray xml = R"(<domain type='kvm'>
  <memory>1048576</memory>
  <vcpu>3</vcpu>
  <os><type>hvm</type><loader readonly='yes' type='pflash'>/usr/share/OVMF/OVMF_CODE.fd</loader>
    <bootmenu enable='yes'/></os>
  <cpu mode='custom' match='exact'><model fallback='allow'> Skylake-Client </model></cpu>
  <devices>
    <disk type='volume' device='disk'><driver name='qemu' type='qcow2' cache='none'/>
      <source pool='data' volume='db.qcow2'/>
      <backingStore type='file'><source file='/pool/base.qcow2'/></backingStore>
      <target dev='vdb'/><shareable/></disk>
    <disk type='block' device='lun'><source dev='/dev/sdx'/><target dev='sdc' bus='scsi'/></disk>
    <interface type='bridge'><mac address='52:54:00:AA:BB:CC'/><source bridge='br0'/>
      <link state='down'/></interface>
    <interface type='direct'><mac address='52:54:00:aa:bb:cd'/><source dev='eth0' mode='bridge'/>
      <model type='e1000e'/></interface>
    <serial type='file'><source path='/tmp/log'/><target port='0'/></serial>
    <graphics type='spice' autoport='yes'><listen type='network' network='default'/>
      <listen type='address' address='192.168.1.5'/></graphics>
    <graphics type='vnc' listen='10.0.0.1'/>
    <memballoon model='none'/>
  </devices>
</domain>)";
        VmHardware hw;
        QString error;
        QVERIFY2(VmHardwareXml::parse(xml, &hw, &error), qPrintable(error));
        QCOMPARE(hw.vcpus, 3);
        QCOMPARE(hw.maxVcpus, 3);
        QCOMPARE(hw.memoryKiB, quint64(1048576)); // no <currentMemory>: the <memory> size
        QCOMPARE(hw.firmware, u"efi"_s);
        QVERIFY(hw.bootMenu);
        QVERIFY(hw.bootOrder.isEmpty());
        QCOMPARE(hw.cpuMode, u"custom"_s);
        QCOMPARE(hw.cpuModel, u"Skylake-Client"_s);
        QCOMPARE(hw.sockets + hw.cores + hw.threads, 0);
        QCOMPARE(hw.disks.size(), 2);
        QCOMPARE(hw.disks.at(0).type, u"volume"_s);
        QCOMPARE(hw.disks.at(0).pool, u"data"_s);
        QCOMPARE(hw.disks.at(0).volume, u"db.qcow2"_s);
        QCOMPARE(hw.disks.at(0).path, QString()); // not the backing file's
        QCOMPARE(hw.disks.at(0).cache, u"none"_s);
        QCOMPARE(hw.disks.at(0).bus, u"virtio"_s); // from the vd prefix
        QVERIFY(hw.disks.at(0).shareable);
        QCOMPARE(hw.disks.at(1).type, u"block"_s);
        QCOMPARE(hw.disks.at(1).device, u"lun"_s);
        QCOMPARE(hw.disks.at(1).path, u"/dev/sdx"_s);
        QCOMPARE(hw.nics.size(), 2);
        QCOMPARE(hw.nics.at(0).mac, u"52:54:00:aa:bb:cc"_s);
        QCOMPARE(hw.nics.at(0).source, u"br0"_s);
        QCOMPARE(hw.nics.at(0).model, QString()); // none stated
        QVERIFY(!hw.nics.at(0).linkUp);
        QCOMPARE(hw.nics.at(1).source, u"eth0"_s);
        QCOMPARE(hw.nics.at(1).model, u"e1000e"_s);
        QVERIFY(!hw.serialConsole); // a file serial is no console
        QCOMPARE(hw.graphics, u"spice"_s); // the first one
        QCOMPARE(hw.listen, u"192.168.1.5"_s);
        QVERIFY(!hw.hasGraphicsPassword);
        QVERIFY(!hw.balloon);

        QVERIFY(VmHardwareXml::parse("<domain><os firmware='efi'/><devices/></domain>", &hw, &error));
        QCOMPARE(hw.firmware, u"efi"_s);
        QVERIFY(!hw.balloon); // no <memballoon> at all
        QCOMPARE(hw.vcpus, 1);
        QVERIFY(VmHardwareXml::parse("<domain><os><loader>/usr/share/seabios/bios.bin</loader></os></domain>", &hw, &error));
        QCOMPARE(hw.firmware, u"bios"_s);
    }

    void parsesMemoryUnits_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<quint64>("kib");
        QTest::newRow("default KiB") << QString() << u"512"_s << true << quint64(512);
        QTest::newRow("KiB") << u"KiB"_s << u"1024"_s << true << quint64(1024);
        QTest::newRow("k") << u"k"_s << u"7"_s << true << quint64(7);
        QTest::newRow("MiB") << u"MiB"_s << u"64"_s << true << quint64(65536);
        QTest::newRow("M") << u"M"_s << u"1"_s << true << quint64(1024);
        QTest::newRow("GiB") << u"GiB"_s << u"2"_s << true << quint64(2097152);
        QTest::newRow("T") << u"T"_s << u"1"_s << true << quint64(1073741824);
        QTest::newRow("EiB") << u"EiB"_s << u"1"_s << true << (quint64(1) << 50);
        QTest::newRow("b") << u"b"_s << u"1048576"_s << true << quint64(1024);
        QTest::newRow("bytes rounded up") << u"bytes"_s << u"1500"_s << true << quint64(2);
        QTest::newRow("KB (1000)") << u"KB"_s << u"1000"_s << true << quint64(977);
        QTest::newRow("MB (1000^2)") << u"MB"_s << u"1"_s << true << quint64(977);
        QTest::newRow("spaces") << u"GiB"_s << u" 1 "_s << true << quint64(1048576);
        QTest::newRow("overflow") << u"EiB"_s << u"100000"_s << false << quint64(0);
        QTest::newRow("EB") << u"EB"_s << u"1000"_s << true << quint64(976562500000000000ULL);
        QTest::newRow("overflow EB") << u"EB"_s << u"100000"_s << false << quint64(0);
        QTest::newRow("overflow in bytes") << u"KB"_s << u"18446744073709552"_s << false << quint64(0);
        QTest::newRow("too many digits") << u"KiB"_s << u"99999999999999999999999"_s << false << quint64(0);
        QTest::newRow("negative") << u"KiB"_s << u"-1"_s << false << quint64(0);
        QTest::newRow("unknown unit") << u"parsec"_s << u"1"_s << false << quint64(0);
        QTest::newRow("no number") << u"KiB"_s << u"lots"_s << false << quint64(0);
    }

    void parsesMemoryUnits()
    {
        QFETCH(QString, unit);
        QFETCH(QString, value);
        QFETCH(bool, ok);
        QFETCH(quint64, kib);
        const QString attribute = unit.isEmpty() ? QString() : u" unit='%1'"_s.arg(unit);
        const QByteArray xml = u"<domain>\n<memory unit='GiB'>1</memory>\n<currentMemory%1>%2</currentMemory>\n</domain>"_s
                                   .arg(attribute, value).toUtf8();
        VmHardware hw;
        QString error;
        QCOMPARE(VmHardwareXml::parse(xml, &hw, &error), ok);
        if (ok) {
            QCOMPARE(hw.memoryKiB, kib);
            QCOMPARE(hw.maxMemoryKiB, quint64(1048576));
        } else {
            QVERIFY2(error.startsWith(u"line 3, column"_s), qPrintable(error));
        }
    }

    void readsPerDeviceBootOrder()
    {
        VmHardware hw;
        QString error;
        QVERIFY2(VmHardwareXml::parse(PerDeviceBoot, &hw, &error), qPrintable(error));
        // Sorted by order; the second hard disk (order 5) adds no second "hd".
        QCOMPARE(hw.bootOrder, QStringList({u"cdrom"_s, u"hd"_s, u"network"_s, u"fd"_s}));
        QVERIFY(hw.bootMenu);
        QCOMPARE(hw.firmware, u"efi"_s);
        QCOMPARE(hw.memoryKiB, quint64(524288));
        // <os><boot> wins over per-device orders.
        QByteArray both = PerDeviceBoot;
        both.replace("<bootmenu", "<boot dev='network'/><bootmenu");
        QVERIFY(VmHardwareXml::parse(both, &hw, &error));
        QCOMPARE(hw.bootOrder, QStringList({u"network"_s}));
        // An order that is no positive number is ignored.
        QByteArray odd = PerDeviceBoot;
        odd.replace("<boot order='1'/>", "<boot order='-1'/>");
        QVERIFY(VmHardwareXml::parse(odd, &hw, &error));
        QCOMPARE(hw.bootOrder, QStringList({u"hd"_s, u"network"_s, u"fd"_s}));
    }

    void refusesMalformedInput()
    {
        VmHardware hw;
        QString error;
        QVERIFY(!VmHardwareXml::parse("<domain>\n  <vcpu>2</vcpu>\n  <devices><disk></devices>\n</domain>", &hw, &error));
        QVERIFY2(error.startsWith(u"line 3, column"_s), qPrintable(error));
        QVERIFY(!VmHardwareXml::parse("<network><name>x</name></network>", &hw, &error));
        QVERIFY2(error.contains(u"expected <domain>"_s), qPrintable(error));
        QVERIFY(!VmHardwareXml::parse({}, &hw, &error));
        QVERIFY2(error.startsWith(u"line "_s), qPrintable(error));
        QVERIFY(!VmHardwareXml::parse("<domain><vcpu>99999999999</vcpu></domain>", &hw, &error));
        QVERIFY2(error.contains(u"invalid vcpu count"_s), qPrintable(error));
        QVERIFY(!VmHardwareXml::parse("<domain><vcpu current='-2'>4</vcpu></domain>", &hw, &error));
        QVERIFY2(error.contains(u"current"_s), qPrintable(error));
        // Topology numbers out of range read as 0, not as garbage.
        QVERIFY(VmHardwareXml::parse("<domain><cpu><topology sockets='99999999999' cores='-1' threads='x'/></cpu></domain>",
                                     &hw, &error));
        QCOMPARE(hw.sockets + hw.cores + hw.threads, 0);

        QByteArray out = "untouched";
        QVERIFY(!VmHardwareXml::rewrite("<domain>\n<devices>\n</domain>", HardwareEdit(), &out, &error));
        QVERIFY2(error.startsWith(u"line 3, column"_s), qPrintable(error));
        QVERIFY(out.isEmpty());
        QVERIFY(!VmHardwareXml::rewrite("<pool/>", HardwareEdit(), &out, &error));
        QVERIFY2(error.contains(u"expected <domain>"_s), qPrintable(error));
        const QByteArray deep = "<domain>" + QByteArray("<a>").repeated(5000) + QByteArray("</a>").repeated(5000) + "</domain>";
        QVERIFY(!VmHardwareXml::rewrite(deep, HardwareEdit(), &out, &error));
        QVERIFY2(error.contains(u"nested deeper"_s), qPrintable(error));
    }

    void rewriteAppliesBroadEdit()
    {
        HardwareEdit edit;
        edit.before = parsedOrEmpty(Q35);
        QCOMPARE(edit.before.maxVcpus, 4);
        VmHardware &a = edit.after;
        a = edit.before;
        a.vcpus = 3;
        a.maxVcpus = 6;
        a.cpuMode = u"custom"_s;
        a.cpuModel = u"Skylake-Client-IBRS"_s;
        a.sockets = 1;
        a.cores = 3;
        a.threads = 2;
        a.memoryKiB = 3145728;
        a.maxMemoryKiB = 8388608;
        a.balloon = false;
        a.bootOrder = {u"cdrom"_s, u"hd"_s, u"network"_s};
        a.bootMenu = true;
        a.disks[0].cache = u"writeback"_s;
        a.disks[1].path = u"/var/lib/libvirt/images/debian-12.1.iso"_s;
        a.nics[0].model = u"e1000e"_s;
        a.graphics = u"spice"_s;
        a.listen = u"127.0.0.1"_s;
        a.serialConsole = false;

        QByteArray out;
        VmHardware reparsed;
        QVERIFY(apply(Q35, edit, &out, &reparsed));
        QCOMPARE(reparsed, edit.after);
        QCOMPARE(reparsed.cpuModel, u"Skylake-Client-IBRS"_s); // not a tautology: `after` changed it

        // What Welkin does not edit is kept, content for content.
        for (const QString &tag : {u"name"_s, u"uuid"_s, u"metadata"_s, u"features"_s, u"clock"_s, u"pm"_s,
                                   u"on_crash"_s, u"emulator"_s, u"channel"_s, u"video"_s, u"rng"_s, u"audio"_s,
                                   u"seclabel"_s, u"qemu:commandline"_s}) {
            QVERIFY2(!canonical(Q35, tag).isEmpty(), qPrintable(tag));
            QCOMPARE(canonical(out, tag), canonical(Q35, tag));
        }
        for (int i = 0; i < 4; ++i)
            QCOMPARE(canonical(out, u"controller"_s, i), canonical(Q35, u"controller"_s, i));
        QCOMPARE(count(out, u"input"_s), 3);
        QVERIFY(out.contains("xmlns:qemu=\"http://libvirt.org/schemas/domain/qemu/1.0\""));
        // The disk's PCI address stays (same bus); the interface's too.
        QCOMPARE(canonical(out, u"address"_s), canonical(Q35, u"address"_s));
        QVERIFY(canonical(out, u"interface"_s).contains(u"slot=\"0x00\""_s));
        // Fields written as libvirt expects them.
        QCOMPARE(canonical(out, u"vcpu"_s), u"<vcpu current=\"3\" placement=\"static\">6</vcpu>"_s);
        QCOMPARE(canonical(out, u"memory"_s), u"<memory unit=\"KiB\">8388608</memory>"_s);
        QCOMPARE(canonical(out, u"currentMemory"_s), u"<currentMemory unit=\"KiB\">3145728</currentMemory>"_s);
        // check and migratable belong to host-passthrough; dies stays in the topology.
        QCOMPARE(canonical(out, u"cpu"_s),
                 u"<cpu mode=\"custom\"><model>Skylake-Client-IBRS</model>"
                 "<topology cores=\"3\" dies=\"1\" sockets=\"1\" threads=\"2\"></topology></cpu>"_s);
        QCOMPARE(canonical(out, u"memballoon"_s), u"<memballoon model=\"none\"></memballoon>"_s);
        QCOMPARE(count(out, u"serial"_s), 0);
        QCOMPARE(count(out, u"console"_s), 0);
        // SPICE gets its own ports; the password and listen address carry over.
        const QString graphics = canonical(out, u"graphics"_s);
        QCOMPARE(graphics, u"<graphics autoport=\"yes\" passwd=\"s3cret\" type=\"spice\">"
                           "<listen address=\"127.0.0.1\" type=\"address\"></listen></graphics>"_s);
        QVERIFY(canonical(out, u"os"_s).contains(u"<boot dev=\"cdrom\"></boot><boot dev=\"hd\"></boot>"
                                                 "<boot dev=\"network\"></boot><bootmenu enable=\"yes\"></bootmenu>"_s));
        QVERIFY(canonical(out, u"disk"_s).contains(u"cache=\"writeback\" discard=\"unmap\" name=\"qemu\" type=\"qcow2\""_s));
    }

    void rewriteWithoutChangesKeepsEverything()
    {
        HardwareEdit edit;
        edit.before = edit.after = parsedOrEmpty(Q35);
        QByteArray out;
        VmHardware reparsed;
        QVERIFY(apply(Q35, edit, &out, &reparsed));
        QCOMPARE(reparsed, edit.before);
        QCOMPARE(canonical(out, u"domain"_s), canonical(Q35, u"domain"_s));
    }

    void graphicsPassword()
    {
        HardwareEdit edit;
        edit.before = edit.after = parsedOrEmpty(Q35);
        QByteArray out;
        VmHardware reparsed;
        QVERIFY(apply(Q35, edit, &out, &reparsed)); // nullopt: kept
        QVERIFY(canonical(out, u"graphics"_s).contains(u"passwd=\"s3cret\""_s));

        edit.graphicsPassword = QString();
        edit.after.hasGraphicsPassword = false;
        QVERIFY(apply(Q35, edit, &out, &reparsed));
        QVERIFY(!reparsed.hasGraphicsPassword);
        QVERIFY(!out.contains("passwd"));
        QCOMPARE(reparsed, edit.after);

        edit.graphicsPassword = u"n3w'<&\""_s;
        edit.after.hasGraphicsPassword = true;
        QVERIFY(apply(Q35, edit, &out, &reparsed));
        QVERIFY(canonical(out, u"graphics"_s).contains(u"passwd=\"n3w'<&\"\""_s));
        QVERIFY(!out.contains("s3cret"));
    }

    void removesDisk()
    {
        HardwareEdit edit;
        edit.before = edit.after = parsedOrEmpty(Q35);
        edit.after.disks.removeLast();
        QByteArray out;
        VmHardware reparsed;
        QVERIFY(apply(Q35, edit, &out, &reparsed));
        QCOMPARE(reparsed, edit.after);
        QCOMPARE(count(out, u"disk"_s), 1);
        QCOMPARE(canonical(out, u"disk"_s), canonical(Q35, u"disk"_s));
        QVERIFY(!out.contains("debian-12.iso"));
    }

    void addsVolumeDiskAndCdrom()
    {
        HardwareEdit edit;
        edit.before = edit.after = parsedOrEmpty(Q35);
        VmHardwareDisk data;
        data.target = u"vdb"_s;
        data.type = u"volume"_s;
        data.pool = u"default"_s;
        data.volume = u"web-01-data.qcow2"_s;
        data.format = u"qcow2"_s;
        VmHardwareDisk cd;
        cd.target = u"sdb"_s;
        cd.device = u"cdrom"_s;
        cd.bus = u"sata"_s;
        cd.format = u"raw"_s;
        cd.readOnly = true;
        edit.after.disks << data << cd;
        edit.newVolumes.append({u"vdb"_s, u"default"_s, u"web-01-data.qcow2"_s, 10737418240ULL, u"qcow2"_s});
        QByteArray out;
        VmHardware reparsed;
        QVERIFY(apply(Q35, edit, &out, &reparsed));
        QCOMPARE(reparsed, edit.after);
        // After the last disk, before the controllers.
        QCOMPARE(canonical(out, u"disk"_s, 2),
                 u"<disk device=\"disk\" type=\"volume\"><driver name=\"qemu\" type=\"qcow2\"></driver>"
                 "<source pool=\"default\" volume=\"web-01-data.qcow2\"></source><target bus=\"virtio\" dev=\"vdb\"></target></disk>"_s);
        QCOMPARE(canonical(out, u"disk"_s, 3),
                 u"<disk device=\"cdrom\" type=\"file\"><driver name=\"qemu\" type=\"raw\"></driver>"
                 "<target bus=\"sata\" dev=\"sdb\"></target><readonly></readonly></disk>"_s);
        const qsizetype lastDisk = out.indexOf("dev=\"sdb\"");
        QVERIFY(lastDisk > 0 && lastDisk < out.indexOf("<controller"));
        QVERIFY(out.indexOf("<emulator>") < out.indexOf("<disk"));
    }

    void changesDiskInPlace()
    {
        HardwareEdit edit;
        edit.before = edit.after = parsedOrEmpty(Q35);
        // A new bus: the old drive address goes, libvirt assigns one on the new bus.
        edit.after.disks[1].bus = u"scsi"_s;
        edit.after.disks[1].path.clear(); // ejected
        edit.after.disks[0].format = u"raw"_s;
        edit.after.disks[0].readOnly = true;
        edit.after.disks[0].shareable = true;
        QByteArray out;
        VmHardware reparsed;
        QVERIFY(apply(Q35, edit, &out, &reparsed));
        QCOMPARE(reparsed, edit.after);
        QCOMPARE(canonical(out, u"disk"_s, 1),
                 u"<disk device=\"cdrom\" type=\"file\"><driver name=\"qemu\" type=\"raw\"></driver>"
                 "<target bus=\"scsi\" dev=\"sda\"></target><readonly></readonly></disk>"_s);
        const QString vda = canonical(out, u"disk"_s, 0);
        QVERIFY2(vda.contains(u"<address bus=\"0x04\" domain=\"0x0000\" function=\"0x0\" slot=\"0x00\" type=\"pci\">"_s),
                 qPrintable(vda));
        QVERIFY(vda.contains(u"<readonly></readonly>"_s) && vda.contains(u"<shareable></shareable>"_s));

        // A file disk becomes a block device: the source changes kind.
        edit.before = reparsed;
        edit.after = reparsed;
        edit.after.disks[0].type = u"block"_s;
        edit.after.disks[0].path = u"/dev/vg0/web"_s;
        const QByteArray first = out;
        QVERIFY(apply(first, edit, &out, &reparsed));
        QCOMPARE(reparsed, edit.after);
        QVERIFY(canonical(out, u"disk"_s).contains(u"<source dev=\"/dev/vg0/web\"></source>"_s));
    }

    void nicEdits()
    {
        HardwareEdit edit;
        edit.before = edit.after = parsedOrEmpty(Q35);
        edit.after.nics[0].linkUp = false;
        VmHardwareNic added;
        added.type = u"bridge"_s;
        added.source = u"br0"_s;
        added.model = u"e1000e"_s;
        edit.after.nics.append(added);
        QByteArray out;
        VmHardware reparsed;
        QVERIFY(apply(Q35, edit, &out, &reparsed));
        QCOMPARE(reparsed, edit.after);
        const QString first = canonical(out, u"interface"_s);
        QVERIFY2(first.contains(u"<link state=\"down\"></link>"_s), qPrintable(first));
        QVERIFY(first.contains(u"<address bus=\"0x01\""_s));
        QCOMPARE(canonical(out, u"interface"_s, 1),
                 u"<interface type=\"bridge\"><source bridge=\"br0\"></source><model type=\"e1000e\"></model></interface>"_s);

        // Link up again, moved to a bridge; then removed by MAC.
        edit.before = reparsed;
        edit.after = reparsed;
        edit.after.nics[0].linkUp = true;
        edit.after.nics[0].type = u"bridge"_s;
        edit.after.nics[0].source = u"br1"_s;
        const QByteArray linkDown = out;
        QVERIFY(apply(linkDown, edit, &out, &reparsed));
        QCOMPARE(reparsed, edit.after);
        QVERIFY(!out.contains("<link"));
        QVERIFY(!out.contains("network=\"default\""));
        edit.before = reparsed;
        edit.after = reparsed;
        edit.after.nics.removeFirst();
        const QByteArray bridged = out;
        QVERIFY(apply(bridged, edit, &out, &reparsed));
        QCOMPARE(reparsed, edit.after);
        QVERIFY(!out.contains("52:54:00:6b:3c:58"));
    }

    void bootOrderChangeReplacesPerDeviceBoot()
    {
        HardwareEdit edit;
        edit.before = edit.after = parsedOrEmpty(PerDeviceBoot);
        // The menu alone: per-device orders stay.
        edit.after.bootMenu = false;
        QByteArray out;
        VmHardware reparsed;
        QVERIFY(apply(PerDeviceBoot, edit, &out, &reparsed));
        QCOMPARE(reparsed, edit.after);
        QCOMPARE(count(out, u"boot"_s), 5);
        QCOMPARE(count(out, u"bootmenu"_s), 0);

        edit.after.bootMenu = true;
        edit.after.bootOrder = {u"network"_s, u"hd"_s};
        QVERIFY(apply(PerDeviceBoot, edit, &out, &reparsed));
        QCOMPARE(reparsed, edit.after);
        QCOMPARE(count(out, u"boot"_s), 2); // the two in <os>, none in <devices>
        QCOMPARE(canonical(out, u"os"_s),
                 u"<os firmware=\"efi\"><type arch=\"x86_64\" machine=\"pc-q35-7.2\">hvm</type>"
                 "<boot dev=\"network\"></boot><boot dev=\"hd\"></boot>"
                 "<bootmenu enable=\"yes\" timeout=\"3000\"></bootmenu></os>"_s);
        QVERIFY(!canonical(out, u"devices"_s).contains(u"<boot"_s));

        // A removed disk takes its <boot order> along: the order the form shows moves into <os>.
        edit.after = edit.before;
        edit.after.disks.removeAt(1); // the CD, first to boot
        QVERIFY(apply(PerDeviceBoot, edit, &out, &reparsed));
        QCOMPARE(reparsed, edit.after);
        QCOMPARE(reparsed.bootOrder, QStringList({u"cdrom"_s, u"hd"_s, u"network"_s, u"fd"_s}));
        QCOMPARE(count(out, u"boot"_s), 4);
        QVERIFY(!canonical(out, u"devices"_s).contains(u"<boot"_s));
        // One that boots nothing leaves the per-device orders alone.
        edit.after = edit.before;
        VmHardwareDisk extra;
        extra.target = u"vdc"_s;
        extra.path = u"/pool/c.qcow2"_s;
        edit.after.disks.append(extra);
        QVERIFY(apply(PerDeviceBoot, edit, &out, &reparsed));
        QCOMPARE(reparsed, edit.after);
        QCOMPARE(count(out, u"boot"_s), 5);
        QVERIFY(!canonical(out, u"os"_s).contains(u"<boot dev"_s));
    }

    void processorAndMemoryEdgeCases()
    {
        const QByteArray bare = "<domain type='kvm'><name>b</name><memory unit='MiB'>512</memory><vcpu>2</vcpu>"
                                "<os><type>hvm</type></os><devices/></domain>";
        HardwareEdit edit;
        edit.before = edit.after = parsedOrEmpty(bare);
        edit.after.sockets = 1;
        edit.after.cores = 2;
        edit.after.threads = 1;
        edit.after.maxMemoryKiB = 1048576; // currentMemory stays at 512 MiB: written out
        QByteArray out;
        VmHardware reparsed;
        QVERIFY(apply(bare, edit, &out, &reparsed));
        QCOMPARE(reparsed, edit.after);
        QCOMPARE(canonical(out, u"cpu"_s), u"<cpu><topology cores=\"2\" sockets=\"1\" threads=\"1\"></topology></cpu>"_s);
        QCOMPARE(canonical(out, u"currentMemory"_s), u"<currentMemory unit=\"KiB\">524288</currentMemory>"_s);

        // current == maximum: the attribute goes; a zero topology goes.
        edit.before = reparsed;
        edit.after = reparsed;
        edit.after.sockets = edit.after.cores = edit.after.threads = 0;
        edit.after.vcpus = 2;
        edit.after.maxVcpus = 2;
        const QByteArray withTopology = out;
        QVERIFY(apply(withTopology, edit, &out, &reparsed));
        QCOMPARE(reparsed, edit.after);
        QCOMPARE(count(out, u"cpu"_s), 0); // nothing left in it

        const QByteArray withCurrent = "<domain><vcpu current='1'>4</vcpu><devices/></domain>";
        edit.before = edit.after = parsedOrEmpty(withCurrent);
        edit.after.vcpus = 4;
        QVERIFY(apply(withCurrent, edit, &out, &reparsed));
        QCOMPARE(canonical(out, u"vcpu"_s), u"<vcpu>4</vcpu>"_s);
        QCOMPARE(reparsed.vcpus, 4);
    }

    void displayAddedAndRemoved()
    {
        const QByteArray headless = "<domain type='kvm'><name>h</name><devices><video><model type='none'/></video>"
                                    "</devices></domain>";
        HardwareEdit edit;
        edit.before = edit.after = parsedOrEmpty(headless);
        edit.after.graphics = u"vnc"_s;
        edit.after.listen = u"::1"_s;
        edit.after.serialConsole = true;
        edit.after.hasGraphicsPassword = true;
        edit.graphicsPassword = u"pw"_s;
        QByteArray out;
        VmHardware reparsed;
        QVERIFY(apply(headless, edit, &out, &reparsed));
        QCOMPARE(reparsed, edit.after);
        QCOMPARE(canonical(out, u"graphics"_s),
                 u"<graphics autoport=\"yes\" passwd=\"pw\" type=\"vnc\"><listen address=\"::1\" type=\"address\"></listen></graphics>"_s);
        QCOMPARE(canonical(out, u"serial"_s), u"<serial type=\"pty\"><target port=\"0\"></target></serial>"_s);
        QCOMPARE(canonical(out, u"console"_s),
                 u"<console type=\"pty\"><target port=\"0\" type=\"serial\"></target></console>"_s);

        edit.before = parsedOrEmpty(Q35);
        edit.after = edit.before;
        edit.after.graphics.clear();
        edit.after.listen.clear();
        edit.after.hasGraphicsPassword = false;
        edit.graphicsPassword.reset();
        QVERIFY(apply(Q35, edit, &out, &reparsed));
        QCOMPARE(reparsed, edit.after);
        QCOMPARE(count(out, u"graphics"_s), 0);
        QCOMPARE(canonical(out, u"video"_s), canonical(Q35, u"video"_s)); // the video card stays

        // Listen address cleared: the @listen attribute and the address element both go.
        edit.after = edit.before;
        edit.after.listen.clear();
        QVERIFY(apply(Q35, edit, &out, &reparsed));
        QCOMPARE(reparsed, edit.after);
        QCOMPARE(canonical(out, u"graphics"_s), u"<graphics autoport=\"yes\" passwd=\"s3cret\" port=\"-1\" type=\"vnc\"></graphics>"_s);
    }

    void deviceXml()
    {
        VmHardwareDisk disk;
        disk.target = u"sdb"_s;
        disk.device = u"cdrom"_s;
        disk.bus = u"sata"_s;
        disk.path = u"/isos/it's <odd> & \"quoted\".iso"_s;
        disk.format = u"raw"_s;
        disk.readOnly = true;
        VmHardwareDisk block;
        block.target = u"vdc"_s;
        block.type = u"block"_s;
        block.path = u"/dev/vg0/lv"_s;
        block.cache = u"none"_s;
        block.shareable = true;
        VmHardwareDisk volume;
        volume.target = u"vdd"_s;
        volume.type = u"volume"_s;
        volume.pool = u"default"_s;
        volume.volume = u"a&b.qcow2"_s;
        VmHardwareNic nic;
        nic.mac = u"52:54:00:12:34:56"_s;
        nic.source = u"lan<1>"_s;
        nic.linkUp = false;
        VmHardwareNic bridge;
        bridge.type = u"bridge"_s;
        bridge.source = u"br0"_s;

        const QByteArray xml = "<domain><devices>" + VmHardwareXml::diskXml(disk) + VmHardwareXml::diskXml(block)
            + VmHardwareXml::diskXml(volume) + VmHardwareXml::nicXml(nic) + VmHardwareXml::nicXml(bridge)
            + "</devices></domain>";
        VmHardware hw;
        QString error;
        QVERIFY2(VmHardwareXml::parse(xml, &hw, &error), qPrintable(error));
        QCOMPARE(hw.disks, QList<VmHardwareDisk>({disk, block, volume}));
        QCOMPARE(hw.nics, QList<VmHardwareNic>({nic, bridge}));
        QVERIFY(VmHardwareXml::diskXml(block).contains("<source dev=\"/dev/vg0/lv\"/>"));
        QVERIFY(!VmHardwareXml::nicXml(bridge).contains("<mac"));
        QVERIFY(!VmHardwareXml::nicXml(bridge).contains("<link"));
        disk.path.clear();
        QVERIFY(!VmHardwareXml::diskXml(disk).contains("<source"));
    }

    void checkAcceptsSoundHardware()
    {
        QCOMPARE(messages(VmHardwareXml::check(sound(), {})), QStringList());
        QCOMPARE(messages(VmHardwareXml::check(parsedOrEmpty(Q35), {4194304, 8, {u"52:54:00:00:00:01"_s}})), QStringList());
    }

    void checkMessages_data()
    {
        QTest::addColumn<int>("rule");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("section");
        QTest::newRow("vcpus above maximum") << 0 << u"2 vCPUs at start is more than the maximum of 1"_s << int(HardwareSection::Processor);
        QTest::newRow("no vcpu") << 1 << u"A VM needs at least 1 vCPU at start"_s << int(HardwareSection::Processor);
        QTest::newRow("host vcpu limit") << 2 << u"16 vCPUs is more than this host allows for a VM (8)"_s << int(HardwareSection::Processor);
        QTest::newRow("topology") << 3 << u"2 sockets × 2 cores × 1 threads does not make the maximum of 8 vCPUs"_s << int(HardwareSection::Processor);
        QTest::newRow("partial topology") << 4 << u"2 sockets × 0 cores × 0 threads does not make the maximum of 2 vCPUs"_s << int(HardwareSection::Processor);
        QTest::newRow("memory above maximum") << 5 << u"Memory 4.0 GiB is above the maximum of 2.0 GiB"_s << int(HardwareSection::Memory);
        QTest::newRow("host memory") << 6 << u"The host has only 3.8 GiB of memory"_s << int(HardwareSection::Memory);
        QTest::newRow("close sizes") << 7 << u"Memory 2049 MiB is above the maximum of 2048 MiB"_s << int(HardwareSection::Memory);
        QTest::newRow("no memory") << 8 << u"Memory cannot be 0"_s << int(HardwareSection::Memory);
        QTest::newRow("duplicate target") << 9 << u"Target vdb is used by two disks"_s << int(HardwareSection::Disks);
        QTest::newRow("target bus") << 10 << u"Target hdc does not fit bus virtio (use vd…)"_s << int(HardwareSection::Disks);
        QTest::newRow("sata target") << 11 << u"Target vdb does not fit bus sata (use sd…)"_s << int(HardwareSection::Disks);
        QTest::newRow("bad mac") << 12 << u"MAC 52:54:00:zz:00:01 is not a MAC address (six hex pairs like 52:54:00:12:34:56)"_s << int(HardwareSection::Nics);
        QTest::newRow("multicast") << 13 << u"MAC 01:00:5e:00:00:01 is a multicast address"_s << int(HardwareSection::Nics);
        QTest::newRow("other vm") << 14 << u"MAC 52:54:00:12:34:56 is already used by another VM on this host"_s << int(HardwareSection::Nics);
        QTest::newRow("mac twice") << 15 << u"MAC 52:54:00:12:34:56 is used by two NICs of this VM"_s << int(HardwareSection::Nics);
        QTest::newRow("listen") << 16 << u"Listen address 300.1.1.1 is not an IP address"_s << int(HardwareSection::Display);
        QTest::newRow("boot twice") << 17 << u"Boot device hd is listed twice"_s << int(HardwareSection::Boot);
        QTest::newRow("no image") << 18 << u"Disk vda has no image"_s << int(HardwareSection::Disks);
    }

    void checkMessages()
    {
        QFETCH(int, rule);
        QFETCH(QString, message);
        QFETCH(int, section);
        VmHardware hw = sound();
        HardwareLimits limits;
        switch (rule) {
        case 0: hw.vcpus = 2; hw.maxVcpus = 1; break;
        case 1: hw.vcpus = 0; break;
        case 2: hw.vcpus = 2; hw.maxVcpus = 16; limits.maxVcpus = 8; break;
        case 3: hw.maxVcpus = 8; hw.sockets = 2; hw.cores = 2; hw.threads = 1; break;
        case 4: hw.sockets = 2; break;
        case 5: hw.memoryKiB = 4194304; hw.maxMemoryKiB = 2097152; break;
        case 6: hw.memoryKiB = hw.maxMemoryKiB = 4194304; limits.hostMemoryKiB = 3984589; break;
        case 7: hw.memoryKiB = 2049 * 1024; hw.maxMemoryKiB = 2048 * 1024; break;
        case 8: hw.memoryKiB = 0; break;
        case 9: {
            VmHardwareDisk second = hw.disks.at(0);
            second.target = u"vdb"_s;
            hw.disks << second << second;
            break;
        }
        case 10: hw.disks[0].target = u"hdc"_s; break;
        case 11: hw.disks[0].target = u"vdb"_s; hw.disks[0].bus = u"sata"_s; break;
        case 12: hw.nics[0].mac = u"52:54:00:zz:00:01"_s; break;
        case 13: hw.nics[0].mac = u"01:00:5e:00:00:01"_s; break;
        case 14: limits.otherMacs = {u"52:54:00:12:34:56"_s}; break;
        case 15: hw.nics.append(hw.nics.at(0)); hw.nics.last().mac = u"52:54:00:12:34:56"_s.toUpper(); break;
        case 16: hw.listen = u"300.1.1.1"_s; break;
        case 17: hw.bootOrder = {u"hd"_s, u"cdrom"_s, u"hd"_s}; break;
        case 18: hw.disks[0].path.clear(); break;
        }
        const QList<HardwareProblem> problems = VmHardwareXml::check(hw, limits);
        QCOMPARE(messages(problems), QStringList({message}));
        QCOMPARE(sections(problems), QList<int>({section}));
    }

    void checkAcceptsVariants()
    {
        VmHardware hw = sound();
        hw.maxVcpus = 8;
        hw.sockets = 2;
        hw.cores = 2;
        hw.threads = 2;
        hw.disks[0].target = u"sdc"_s;
        hw.disks[0].bus = u"scsi"_s;
        hw.listen = u"::1"_s;
        hw.nics.append(VmHardwareNic()); // no MAC yet: libvirt picks one
        hw.bootOrder = {u"network"_s, u"hd"_s};
        QCOMPARE(messages(VmHardwareXml::check(hw, {2097152, 8, {u"52:54:00:12:34:57"_s}})), QStringList());
        hw.sockets = 65536;
        hw.cores = 65536;
        hw.threads = 65536; // a product far beyond int: refused, not wrapped around to 8
        QCOMPARE(VmHardwareXml::check(hw, {}).size(), 1);
    }

    void deltaClassifiesChanges()
    {
        const VmHardware before = parsedOrEmpty(Q35);
        QVERIFY(VmHardwareXml::delta(before, before).isEmpty());

        VmHardware after = before;
        after.disks[1].path = u"/isos/other.iso"_s; // media
        HardwareDelta d = VmHardwareXml::delta(before, after);
        QCOMPARE(d.changedMedia, QList<VmHardwareDisk>({after.disks[1]}));
        QVERIFY(d.changedDisks.isEmpty());
        QVERIFY(!d.isEmpty());

        after = before;
        after.disks[1].type = u"volume"_s; // media from a pool
        after.disks[1].path.clear();
        after.disks[1].pool = u"isos"_s;
        after.disks[1].volume = u"x.iso"_s;
        d = VmHardwareXml::delta(before, after);
        QCOMPARE(d.changedMedia.size(), 1);

        after = before;
        after.disks[1].path = u"/isos/other.iso"_s;
        after.disks[1].bus = u"scsi"_s; // more than the media
        d = VmHardwareXml::delta(before, after);
        QVERIFY(d.changedMedia.isEmpty());
        QCOMPARE(d.changedDisks, QList<VmHardwareDisk>({after.disks[1]}));

        after = before;
        after.disks[0].path = u"/pool/other.qcow2"_s; // a hard disk's image is no media
        d = VmHardwareXml::delta(before, after);
        QVERIFY(d.changedMedia.isEmpty());
        QCOMPARE(d.changedDisks.size(), 1);

        after = before;
        after.disks.removeFirst();
        VmHardwareDisk added;
        added.target = u"vdb"_s;
        after.disks.append(added);
        d = VmHardwareXml::delta(before, after);
        QCOMPARE(d.removedDisks, QList<VmHardwareDisk>({before.disks[0]}));
        QCOMPARE(d.addedDisks, QList<VmHardwareDisk>({added}));

        after = before;
        after.nics[0].linkUp = false;
        d = VmHardwareXml::delta(before, after);
        QCOMPARE(d.changedLinks, QList<VmHardwareNic>({after.nics[0]}));
        QVERIFY(d.changedNics.isEmpty());
        after.nics[0].model = u"e1000e"_s;
        d = VmHardwareXml::delta(before, after);
        QVERIFY(d.changedLinks.isEmpty());
        QCOMPARE(d.changedNics, QList<VmHardwareNic>({after.nics[0]}));

        after = before;
        after.nics[0].mac.clear(); // a NIC without a MAC is a new one
        d = VmHardwareXml::delta(before, after);
        QCOMPARE(d.addedNics.size(), 1);
        QCOMPARE(d.removedNics, QList<VmHardwareNic>({before.nics[0]}));

        after = before;
        after.vcpus = 4;
        after.threads = 1;
        after.memoryKiB = 1048576;
        after.bootMenu = true;
        after.serialConsole = false;
        d = VmHardwareXml::delta(before, after);
        QVERIFY(d.vcpus && !d.maxVcpus && d.cpu && d.memory && !d.maxMemory && d.boot && d.display);
        QVERIFY(d.addedDisks.isEmpty() && d.changedDisks.isEmpty() && d.addedNics.isEmpty());
        after = before;
        after.maxVcpus = 8;
        after.maxMemoryKiB = 8388608;
        after.listen = u"::"_s;
        d = VmHardwareXml::delta(before, after);
        QVERIFY(!d.vcpus && d.maxVcpus && !d.cpu && !d.memory && d.maxMemory && !d.boot && d.display);
    }

    void pendingFields()
    {
        const VmHardware persistent = parsedOrEmpty(Q35);
        QCOMPARE(VmHardwareXml::pendingFields(persistent, persistent), QStringList());

        VmHardware live = persistent;
        live.vcpus = 3;
        live.maxMemoryKiB = 2097152;
        live.disks[1].path.clear();
        live.nics[0].linkUp = false;
        VmHardwareDisk hotplugged;
        hotplugged.target = u"vdb"_s;
        live.disks.append(hotplugged);
        live.bootMenu = true;
        QCOMPARE(VmHardwareXml::pendingFields(persistent, live),
                 QStringList({u"vcpus"_s, u"maxMemory"_s, u"boot"_s, u"disk:sda"_s, u"disk:vdb"_s, u"nic:52:54:00:6b:3c:58"_s}));

        // What a running VM shows differently without any change waiting.
        VmHardware modelPersistent = persistent;
        modelPersistent.cpuMode = u"host-model"_s;
        modelPersistent.listen.clear();
        live = modelPersistent;
        live.cpuMode = u"custom"_s;
        live.cpuModel = u"Skylake-Client-IBRS"_s;
        live.listen = u"127.0.0.1"_s;
        modelPersistent.disks[0].format.clear();
        live.disks[0].format = u"qcow2"_s;
        QCOMPARE(VmHardwareXml::pendingFields(modelPersistent, live), QStringList());
        live.disks[0].format = u"raw"_s;
        live.disks[0].cache = u"none"_s;
        QCOMPARE(VmHardwareXml::pendingFields(modelPersistent, live), QStringList({u"disk:vda"_s}));

        live = persistent;
        live.cpuMode = u"host-model"_s;
        live.graphics = u"spice"_s;
        live.maxVcpus = 8;
        live.memoryKiB = 1;
        live.nics.clear();
        QCOMPARE(VmHardwareXml::pendingFields(persistent, live),
                 QStringList({u"maxVcpus"_s, u"cpu"_s, u"memory"_s, u"display"_s, u"nic:52:54:00:6b:3c:58"_s}));
    }
};

QTEST_GUILESS_MAIN(TstVmHardware)
#include "tst_vmhardware.moc"
