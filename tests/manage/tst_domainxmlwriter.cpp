// DomainXmlWriter: the New VM wizard's spec as a libvirt domain definition (boot order, buses,
// virtio vs emulated devices, firmware, consoles). Pure; the definitions are also read back with
// the application's DomainXmlParser. That libvirt accepts them is tst_manage_vms' part.
#include "manage/DomainXmlWriter.h"
#include "providers/libvirt/DomainXmlParser.h"

#include <QHash>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace welkin;

namespace {

// The document as "domain/devices/disk#1/target@bus=sata" and "domain/name=web-01" lines:
// every attribute and text with its path, repeated siblings numbered from 0.
QStringList flatten(const QByteArray &xml)
{
    QStringList lines;
    QXmlStreamReader reader(xml);
    QStringList path;
    QList<QHash<QString, int>> seen{{}};
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const QString name = reader.name().toString();
            const int n = seen.last()[name]++;
            path.append(name + u'#' + QString::number(n));
            seen.append(QHash<QString, int>());
            const QString here = path.join(u'/').replace(u"#0"_s, QString());
            for (const QXmlStreamAttribute &a : reader.attributes())
                lines.append(here + u'@' + a.name().toString() + u'=' + a.value().toString());
            lines.append(here);
        } else if (reader.isEndElement()) {
            path.removeLast();
            seen.removeLast();
        } else if (reader.isCharacters() && !reader.isWhitespace()) {
            lines.append(path.join(u'/').replace(u"#0"_s, QString()) + u'=' + reader.text().toString());
        }
    }
    if (reader.hasError())
        lines.append(u"ERROR "_s + reader.errorString());
    return lines;
}

QStringList withPrefix(const QStringList &lines, const QString &prefix)
{
    QStringList out;
    for (const QString &line : lines) {
        if (line.startsWith(prefix))
            out.append(line.mid(prefix.size()));
    }
    return out;
}

NewVmSpec isoSpec()
{
    NewVmSpec spec;
    spec.name = u"web-01"_s;
    spec.source = InstallSource::IsoVolume;
    spec.isoPath = u"/var/lib/libvirt/images/debian-12.iso"_s;
    spec.osId = u"debian12"_s;
    spec.vcpus = 2;
    spec.memoryMiB = 2048;
    spec.disk.pool = u"default"_s;
    spec.disk.capacity = 20ull << 30;
    spec.machine = u"q35"_s;
    spec.cpuMode = u"host-passthrough"_s;
    spec.domainType = u"kvm"_s;
    spec.emulator = u"/usr/bin/qemu-system-x86_64"_s;
    return spec;
}

DomainXmlInputs isoInputs()
{
    DomainXmlInputs inputs;
    inputs.diskPath = u"/var/lib/libvirt/images/web-01.qcow2"_s;
    inputs.cdromPaths = {u"/var/lib/libvirt/images/debian-12.iso"_s};
    return inputs;
}

} // namespace

class TstDomainXmlWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isoInstallOnQ35WithVirtio();
    void emulatedDevicesOnPc();
    void networkBootAndBridge();
    void uefiWithLoader();
    void cloudImageBootsFromDisk();
    void spiceAndNoGraphics();
    void readBackByTheParser();
    void namesAndPreview();
};

void TstDomainXmlWriter::isoInstallOnQ35WithVirtio()
{
    const QStringList x = flatten(DomainXmlWriter::write(isoSpec(), isoInputs()));
    QVERIFY2(!x.join(u'\n').contains(u"ERROR"_s), qPrintable(x.join(u'\n')));
    QVERIFY(x.contains(u"domain@type=kvm"_s));
    QVERIFY(x.contains(u"domain/name=web-01"_s));
    QVERIFY(x.contains(u"domain/memory@unit=MiB"_s));
    QVERIFY(x.contains(u"domain/memory=2048"_s));
    QVERIFY(x.contains(u"domain/vcpu=2"_s));
    QVERIFY(x.contains(u"domain/os/type@arch=x86_64"_s));
    QVERIFY(x.contains(u"domain/os/type@machine=q35"_s));
    QVERIFY(!x.contains(u"domain/os@firmware=efi"_s));
    // Install media first, then the disk the installer writes.
    QCOMPARE(withPrefix(x, u"domain/os/boot"_s), QStringList({u"@dev=cdrom"_s, u""_s, u"#1@dev=hd"_s, u"#1"_s}));
    QVERIFY(x.contains(u"domain/features/acpi"_s));
    QVERIFY(x.contains(u"domain/features/apic"_s));
    QVERIFY(x.contains(u"domain/cpu@mode=host-passthrough"_s));
    QVERIFY(x.contains(u"domain/clock@offset=utc"_s));
    QVERIFY(x.contains(u"domain/devices/emulator=/usr/bin/qemu-system-x86_64"_s));

    QVERIFY(x.contains(u"domain/devices/disk@device=disk"_s));
    QVERIFY(x.contains(u"domain/devices/disk/driver@type=qcow2"_s));
    QVERIFY(x.contains(u"domain/devices/disk/source@file=/var/lib/libvirt/images/web-01.qcow2"_s));
    QVERIFY(x.contains(u"domain/devices/disk/target@dev=vda"_s));
    QVERIFY(x.contains(u"domain/devices/disk/target@bus=virtio"_s));
    // The CD-ROM on SATA: q35 has no IDE.
    QVERIFY(x.contains(u"domain/devices/disk#1@device=cdrom"_s));
    QVERIFY(x.contains(u"domain/devices/disk#1/target@bus=sata"_s));
    QVERIFY(x.contains(u"domain/devices/disk#1/target@dev=sda"_s));
    QVERIFY(x.contains(u"domain/devices/disk#1/readonly"_s));
    QVERIFY(x.contains(u"domain/devices/disk#1/source@file=/var/lib/libvirt/images/debian-12.iso"_s));

    QVERIFY(x.contains(u"domain/devices/interface@type=network"_s));
    QVERIFY(x.contains(u"domain/devices/interface/source@network=default"_s));
    QVERIFY(x.contains(u"domain/devices/interface/model@type=virtio"_s));
    QVERIFY(x.contains(u"domain/devices/graphics@type=vnc"_s));
    QVERIFY(x.contains(u"domain/devices/graphics@autoport=yes"_s));
    QVERIFY(x.contains(u"domain/devices/graphics/listen@address=127.0.0.1"_s));
    QVERIFY(x.contains(u"domain/devices/video/model@type=virtio"_s));
    QVERIFY(x.contains(u"domain/devices/serial@type=pty"_s));
    QVERIFY(x.contains(u"domain/devices/console@type=pty"_s));
    QVERIFY(x.contains(u"domain/devices/channel/target@name=org.qemu.guest_agent.0"_s));
    QVERIFY(x.contains(u"domain/devices/rng@model=virtio"_s));
    QVERIFY(x.contains(u"domain/devices/rng/backend@model=builtin"_s));
}

void TstDomainXmlWriter::emulatedDevicesOnPc()
{
    NewVmSpec spec = isoSpec();
    spec.machine = u"pc"_s;
    spec.virtioDevices = false; // e.g. Windows XP: no virtio drivers
    spec.osId = u"winxp"_s;
    spec.cpuMode.clear();
    const QStringList x = flatten(DomainXmlWriter::write(spec, isoInputs()));
    // Disk and CD both on IDE, letters handed out in order.
    QVERIFY(x.contains(u"domain/devices/disk/target@bus=ide"_s));
    QVERIFY(x.contains(u"domain/devices/disk/target@dev=hda"_s));
    QVERIFY(x.contains(u"domain/devices/disk#1/target@bus=ide"_s));
    QVERIFY(x.contains(u"domain/devices/disk#1/target@dev=hdb"_s));
    QVERIFY(x.contains(u"domain/devices/interface/model@type=e1000"_s));
    QVERIFY(x.contains(u"domain/devices/video/model@type=vga"_s));
    QVERIFY(withPrefix(x, u"domain/devices/rng"_s).isEmpty());
    QVERIFY(x.contains(u"domain/devices/memballoon@model=none"_s));
    QVERIFY(withPrefix(x, u"domain/cpu"_s).isEmpty());
    QVERIFY(x.contains(u"domain/clock@offset=localtime"_s)); // Windows

    // The same on q35: disk and CD on SATA (sda, sdb), e1000e.
    spec.machine = u"pc-q35-7.2"_s;
    const QStringList q = flatten(DomainXmlWriter::write(spec, isoInputs()));
    QVERIFY(q.contains(u"domain/devices/disk/target@dev=sda"_s));
    QVERIFY(q.contains(u"domain/devices/disk#1/target@dev=sdb"_s));
    QVERIFY(q.contains(u"domain/devices/interface/model@type=e1000e"_s));

    // An explicit SCSI bus brings its virtio-scsi controller along.
    spec = isoSpec();
    spec.disk.bus = u"scsi"_s;
    const QStringList s = flatten(DomainXmlWriter::write(spec, isoInputs()));
    QVERIFY(s.contains(u"domain/devices/disk/target@bus=scsi"_s));
    QVERIFY(s.contains(u"domain/devices/controller@model=virtio-scsi"_s));
}

void TstDomainXmlWriter::networkBootAndBridge()
{
    NewVmSpec spec = isoSpec();
    spec.source = InstallSource::Network;
    spec.networkType = u"bridge"_s;
    spec.networkSource = u"br0"_s;
    spec.macAddress = u"52:54:00:12:34:56"_s;
    DomainXmlInputs inputs = isoInputs();
    inputs.cdromPaths.clear();
    const QStringList x = flatten(DomainXmlWriter::write(spec, inputs));
    QCOMPARE(withPrefix(x, u"domain/os/boot"_s), QStringList({u"@dev=network"_s, u""_s, u"#1@dev=hd"_s, u"#1"_s}));
    QVERIFY(!x.contains(u"domain/devices/disk#1"_s)); // no CD
    QVERIFY(x.contains(u"domain/devices/interface@type=bridge"_s));
    QVERIFY(x.contains(u"domain/devices/interface/source@bridge=br0"_s));
    QVERIFY(x.contains(u"domain/devices/interface/mac@address=52:54:00:12:34:56"_s));

    // Diskless PXE (a live system): only the network to boot from.
    inputs.diskPath.clear();
    spec.networkType = u"none"_s;
    const QStringList diskless = flatten(DomainXmlWriter::write(spec, inputs));
    QCOMPARE(withPrefix(diskless, u"domain/os/boot"_s), QStringList({u"@dev=network"_s, u""_s}));
    QVERIFY(withPrefix(diskless, u"domain/devices/disk"_s).isEmpty());
    QVERIFY(withPrefix(diskless, u"domain/devices/interface"_s).isEmpty());

    // User-mode networking needs no source.
    spec.networkType = u"user"_s;
    const QStringList user = flatten(DomainXmlWriter::write(spec, inputs));
    QVERIFY(user.contains(u"domain/devices/interface@type=user"_s));
    QVERIFY(withPrefix(user, u"domain/devices/interface/source"_s).isEmpty());
}

void TstDomainXmlWriter::uefiWithLoader()
{
    // Autoselection: libvirt picks the firmware and its NVRAM template.
    NewVmSpec spec = isoSpec();
    spec.firmware = u"uefi"_s;
    const QStringList autoselect = flatten(DomainXmlWriter::write(spec, isoInputs()));
    QVERIFY(autoselect.contains(u"domain/os@firmware=efi"_s));
    QVERIFY(withPrefix(autoselect, u"domain/os/loader"_s).isEmpty()); // refused beside firmware='efi'
    QVERIFY(autoselect.contains(u"domain/features/acpi"_s));           // UEFI on x86 needs ACPI

    // A chosen loader: read-only pflash, no autoselection.
    DomainXmlInputs inputs = isoInputs();
    inputs.loader = u"/usr/share/OVMF/OVMF_CODE_4M.fd"_s;
    const QStringList x = flatten(DomainXmlWriter::write(spec, inputs));
    QVERIFY(!x.contains(u"domain/os@firmware=efi"_s));
    QVERIFY(x.contains(u"domain/os/loader=/usr/share/OVMF/OVMF_CODE_4M.fd"_s));
    QVERIFY(x.contains(u"domain/os/loader@readonly=yes"_s));
    QVERIFY(x.contains(u"domain/os/loader@type=pflash"_s));

    // BIOS: neither.
    spec.firmware = u"bios"_s;
    const QStringList bios = flatten(DomainXmlWriter::write(spec, inputs));
    QVERIFY(!bios.contains(u"domain/os@firmware=efi"_s));
    QVERIFY(withPrefix(bios, u"domain/os/loader"_s).isEmpty());
}

void TstDomainXmlWriter::cloudImageBootsFromDisk()
{
    NewVmSpec spec = isoSpec();
    spec.source = InstallSource::CloudImage;
    spec.machine.clear(); // the emulator's default (i440fx): the seed CD goes on IDE
    DomainXmlInputs inputs;
    inputs.diskPath = u"/pool/web-01.qcow2"_s;
    inputs.cdromPaths = {u"/pool/web-01-cidata.iso"_s};
    const QStringList x = flatten(DomainXmlWriter::write(spec, inputs));
    QCOMPARE(withPrefix(x, u"domain/os/boot"_s), QStringList({u"@dev=hd"_s, u""_s}));
    QVERIFY(!x.join(u'\n').contains(u"@machine="_s));
    QVERIFY(x.contains(u"domain/devices/disk#1@device=cdrom"_s));
    QVERIFY(x.contains(u"domain/devices/disk#1/target@bus=ide"_s));
    QVERIFY(x.contains(u"domain/devices/disk#1/source@file=/pool/web-01-cidata.iso"_s));
}

void TstDomainXmlWriter::spiceAndNoGraphics()
{
    NewVmSpec spec = isoSpec();
    spec.graphics = u"spice"_s;
    spec.virtioDevices = false;
    const QStringList x = flatten(DomainXmlWriter::write(spec, isoInputs()));
    QVERIFY(x.contains(u"domain/devices/graphics@type=spice"_s));
    QVERIFY(x.contains(u"domain/devices/graphics/listen@address=127.0.0.1"_s));
    QVERIFY(x.contains(u"domain/devices/video/model@type=qxl"_s));
    QVERIFY(x.contains(u"domain/devices/channel#1/target@name=com.redhat.spice.0"_s));

    spec.graphics = u"none"_s;
    const QStringList none = flatten(DomainXmlWriter::write(spec, isoInputs()));
    QVERIFY(withPrefix(none, u"domain/devices/graphics"_s).isEmpty());
    QVERIFY(withPrefix(none, u"domain/devices/video"_s).isEmpty());
    QVERIFY(none.contains(u"domain/devices/serial@type=pty"_s)); // the serial console remains
}

void TstDomainXmlWriter::readBackByTheParser()
{
    NewVmSpec spec = isoSpec();
    spec.name = u"<web & co>"_s; // escaped, not broken
    const DomainXmlResult parsed = DomainXmlParser::parse(DomainXmlWriter::write(spec, isoInputs()));
    QVERIFY2(parsed.ok, qPrintable(parsed.error));
    QCOMPARE(parsed.name, spec.name);
    QCOMPARE(parsed.vm.vcpus, 2);
    QCOMPARE(parsed.vm.maxMemoryKiB, quint64(2048) * 1024);
    QCOMPARE(parsed.vm.disks.size(), 2);
    QCOMPARE(parsed.vm.disks.at(0).target, u"vda"_s);
    QCOMPARE(parsed.vm.disks.at(0).format, u"qcow2"_s);
    QCOMPARE(parsed.vm.nics.size(), 1);
    QCOMPARE(parsed.vm.graphics.size(), 1);
    QCOMPARE(parsed.vm.graphics.first().listen, u"127.0.0.1"_s);
    QVERIFY(parsed.vm.graphics.first().autoport);
}

void TstDomainXmlWriter::namesAndPreview()
{
    NewVmSpec spec = isoSpec();
    QCOMPARE(DomainXmlWriter::diskVolumeName(spec), u"web-01.qcow2"_s);
    spec.disk.format = u"raw"_s;
    QCOMPARE(DomainXmlWriter::diskVolumeName(spec), u"web-01.raw"_s);
    spec.disk.volumeName = u"system.img"_s;
    QCOMPARE(DomainXmlWriter::diskVolumeName(spec), u"system.img"_s);
    QVERIFY(DomainXmlWriter::isQ35(u"pc-q35-7.2"_s));
    QVERIFY(!DomainXmlWriter::isQ35(u"pc-i440fx-7.2"_s));

    spec = isoSpec();
    const DomainXmlInputs preview = DomainXmlWriter::previewInputs(spec);
    QCOMPARE(preview.diskPath, u"default/web-01.qcow2"_s);
    QCOMPARE(preview.cdromPaths, QStringList{spec.isoPath});
    spec.source = InstallSource::CloudImage;
    QCOMPARE(DomainXmlWriter::previewInputs(spec).cdromPaths, QStringList{u"default/web-01-cidata.iso"_s});
    spec.source = InstallSource::ImportDisk;
    spec.importPath = u"/pool/imported.qcow2"_s;
    QCOMPARE(DomainXmlWriter::previewInputs(spec).diskPath, spec.importPath);
    QVERIFY(DomainXmlWriter::previewInputs(spec).cdromPaths.isEmpty());
}

QTEST_GUILESS_MAIN(TstDomainXmlWriter)
#include "tst_domainxmlwriter.moc"
