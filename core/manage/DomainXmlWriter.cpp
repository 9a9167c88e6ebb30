#include "DomainXmlWriter.h"

#include <QHash>
#include <QXmlStreamWriter>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

// Hands out target device names per prefix: vda, vdb, ...; sda, ...; hda, ...
class TargetNames
{
public:
    QString next(const QString &bus)
    {
        const QString prefix = bus == u"virtio"_s ? u"vd"_s : bus == u"ide"_s ? u"hd"_s : u"sd"_s;
        const int index = m_used[prefix]++;
        return prefix + QChar(u'a' + index);
    }

private:
    QHash<QString, int> m_used;
};

void emptyElement(QXmlStreamWriter &xml, const QString &name,
                  std::initializer_list<std::pair<QString, QString>> attributes = {})
{
    xml.writeEmptyElement(name);
    for (const auto &[key, value] : attributes)
        xml.writeAttribute(key, value);
}

QString diskBus(const NewVmSpec &spec)
{
    const QString bus = spec.disk.bus.isEmpty() ? u"virtio"_s : spec.disk.bus;
    if (bus == u"virtio"_s && !spec.virtioDevices)
        return DomainXmlWriter::isQ35(spec.machine) ? u"sata"_s : u"ide"_s;
    return bus;
}

void writeOs(QXmlStreamWriter &xml, const NewVmSpec &spec, const DomainXmlInputs &inputs)
{
    xml.writeStartElement(u"os"_s);
    // UEFI: libvirt's firmware autoselection (it also picks the NVRAM template), or the loader
    // given; libvirt refuses a loader path together with firmware='efi'.
    const bool uefi = spec.firmware == u"uefi"_s;
    if (uefi && inputs.loader.isEmpty())
        xml.writeAttribute(u"firmware"_s, u"efi"_s);
    xml.writeStartElement(u"type"_s);
    xml.writeAttribute(u"arch"_s, spec.arch.isEmpty() ? u"x86_64"_s : spec.arch);
    if (!spec.machine.isEmpty())
        xml.writeAttribute(u"machine"_s, spec.machine);
    xml.writeCharacters(u"hvm"_s);
    xml.writeEndElement();
    if (uefi && !inputs.loader.isEmpty()) {
        xml.writeStartElement(u"loader"_s);
        xml.writeAttribute(u"readonly"_s, u"yes"_s);
        xml.writeAttribute(u"type"_s, u"pflash"_s);
        xml.writeCharacters(inputs.loader);
        xml.writeEndElement();
    }
    // Install media boot first and fall through to the disk once the installer is done.
    QStringList order;
    switch (spec.source) {
    case InstallSource::IsoVolume:
    case InstallSource::LocalIso: order = {u"cdrom"_s, u"hd"_s}; break;
    case InstallSource::Network: order = {u"network"_s, u"hd"_s}; break;
    case InstallSource::ImportDisk:
    case InstallSource::CloudImage: order = {u"hd"_s}; break;
    }
    if (inputs.diskPath.isEmpty())
        order.removeAll(u"hd"_s);
    for (const QString &dev : std::as_const(order))
        emptyElement(xml, u"boot"_s, {{u"dev"_s, dev}});
    xml.writeEndElement(); // os
}

void writeCpuAndClock(QXmlStreamWriter &xml, const NewVmSpec &spec)
{
    xml.writeStartElement(u"features"_s);
    xml.writeEmptyElement(u"acpi"_s);
    xml.writeEmptyElement(u"apic"_s);
    xml.writeEndElement();
    if (!spec.cpuMode.isEmpty()) {
        xml.writeEmptyElement(u"cpu"_s);
        xml.writeAttribute(u"mode"_s, spec.cpuMode);
        if (spec.cpuMode == u"host-passthrough"_s) {
            xml.writeAttribute(u"check"_s, u"none"_s);
            xml.writeAttribute(u"migratable"_s, u"on"_s);
        }
    }
    xml.writeStartElement(u"clock"_s);
    // Windows keeps the hardware clock in local time.
    xml.writeAttribute(u"offset"_s, spec.osId.startsWith(u"win"_s) ? u"localtime"_s : u"utc"_s);
    emptyElement(xml, u"timer"_s, {{u"name"_s, u"rtc"_s}, {u"tickpolicy"_s, u"catchup"_s}});
    emptyElement(xml, u"timer"_s, {{u"name"_s, u"pit"_s}, {u"tickpolicy"_s, u"delay"_s}});
    emptyElement(xml, u"timer"_s, {{u"name"_s, u"hpet"_s}, {u"present"_s, u"no"_s}});
    xml.writeEndElement();
    xml.writeTextElement(u"on_poweroff"_s, u"destroy"_s);
    xml.writeTextElement(u"on_reboot"_s, u"restart"_s);
    xml.writeTextElement(u"on_crash"_s, u"destroy"_s);
}

void writeDisk(QXmlStreamWriter &xml, const QString &device, const QString &path, const QString &format,
               const QString &bus, const QString &target)
{
    xml.writeStartElement(u"disk"_s);
    xml.writeAttribute(u"type"_s, u"file"_s);
    xml.writeAttribute(u"device"_s, device);
    emptyElement(xml, u"driver"_s, {{u"name"_s, u"qemu"_s}, {u"type"_s, format}});
    if (!path.isEmpty()) // an empty CD drive has no source
        emptyElement(xml, u"source"_s, {{u"file"_s, path}});
    emptyElement(xml, u"target"_s, {{u"dev"_s, target}, {u"bus"_s, bus}});
    if (device == u"cdrom"_s)
        xml.writeEmptyElement(u"readonly"_s);
    xml.writeEndElement();
}

void writeStorage(QXmlStreamWriter &xml, const NewVmSpec &spec, const DomainXmlInputs &inputs)
{
    TargetNames targets;
    const QString bus = diskBus(spec);
    if (!inputs.diskPath.isEmpty()) {
        const QString format = inputs.diskFormat.isEmpty() ? u"qcow2"_s : inputs.diskFormat;
        writeDisk(xml, u"disk"_s, inputs.diskPath, format, bus, targets.next(bus));
    }
    const QString cdBus = DomainXmlWriter::isQ35(spec.machine) ? u"sata"_s : u"ide"_s;
    for (const QString &path : inputs.cdromPaths)
        writeDisk(xml, u"cdrom"_s, path, u"raw"_s, cdBus, targets.next(cdBus));
    if (bus == u"scsi"_s && !inputs.diskPath.isEmpty()) {
        xml.writeEmptyElement(u"controller"_s);
        xml.writeAttribute(u"type"_s, u"scsi"_s);
        if (spec.virtioDevices)
            xml.writeAttribute(u"model"_s, u"virtio-scsi"_s);
    }
}

void writeInterface(QXmlStreamWriter &xml, const NewVmSpec &spec)
{
    const QString type = spec.networkType;
    if (type.isEmpty() || type == u"none"_s)
        return;
    xml.writeStartElement(u"interface"_s);
    xml.writeAttribute(u"type"_s, type);
    if (!spec.macAddress.isEmpty())
        emptyElement(xml, u"mac"_s, {{u"address"_s, spec.macAddress}});
    if (type == u"network"_s)
        emptyElement(xml, u"source"_s, {{u"network"_s, spec.networkSource}});
    else if (type == u"bridge"_s)
        emptyElement(xml, u"source"_s, {{u"bridge"_s, spec.networkSource}});
    QString model = spec.nicModel.isEmpty() ? u"virtio"_s : spec.nicModel;
    if (model == u"virtio"_s && !spec.virtioDevices)
        model = DomainXmlWriter::isQ35(spec.machine) ? u"e1000e"_s : u"e1000"_s;
    emptyElement(xml, u"model"_s, {{u"type"_s, model}});
    xml.writeEndElement();
}

void writeConsoles(QXmlStreamWriter &xml, const NewVmSpec &spec)
{
    if (spec.graphics == u"vnc"_s || spec.graphics == u"spice"_s) {
        xml.writeStartElement(u"graphics"_s);
        xml.writeAttribute(u"type"_s, spec.graphics);
        xml.writeAttribute(u"autoport"_s, u"yes"_s);
        emptyElement(xml, u"listen"_s, {{u"type"_s, u"address"_s}, {u"address"_s, u"127.0.0.1"_s}});
        xml.writeEndElement();
        const QString video = spec.virtioDevices ? u"virtio"_s : spec.graphics == u"spice"_s ? u"qxl"_s : u"vga"_s;
        xml.writeStartElement(u"video"_s);
        emptyElement(xml, u"model"_s, {{u"type"_s, video}});
        xml.writeEndElement();
        // An absolute pointer: the console's mouse lines up with the guest's.
        emptyElement(xml, u"input"_s, {{u"type"_s, u"tablet"_s}, {u"bus"_s, u"usb"_s}});
    }
    xml.writeStartElement(u"serial"_s);
    xml.writeAttribute(u"type"_s, u"pty"_s);
    emptyElement(xml, u"target"_s, {{u"port"_s, u"0"_s}});
    xml.writeEndElement();
    xml.writeStartElement(u"console"_s);
    xml.writeAttribute(u"type"_s, u"pty"_s);
    emptyElement(xml, u"target"_s, {{u"type"_s, u"serial"_s}, {u"port"_s, u"0"_s}});
    xml.writeEndElement();

    xml.writeStartElement(u"channel"_s);
    xml.writeAttribute(u"type"_s, u"unix"_s);
    emptyElement(xml, u"target"_s, {{u"type"_s, u"virtio"_s}, {u"name"_s, u"org.qemu.guest_agent.0"_s}});
    xml.writeEndElement();
    if (spec.graphics == u"spice"_s) {
        xml.writeStartElement(u"channel"_s);
        xml.writeAttribute(u"type"_s, u"spicevmc"_s);
        emptyElement(xml, u"target"_s, {{u"type"_s, u"virtio"_s}, {u"name"_s, u"com.redhat.spice.0"_s}});
        xml.writeEndElement();
    }
}

} // namespace

bool DomainXmlWriter::isQ35(const QString &machine)
{
    return machine.contains(u"q35"_s);
}

QString DomainXmlWriter::diskVolumeName(const NewVmSpec &spec)
{
    if (!spec.disk.volumeName.isEmpty())
        return spec.disk.volumeName;
    return spec.name + u'.' + (spec.disk.format.isEmpty() ? u"qcow2"_s : spec.disk.format);
}

DomainXmlInputs DomainXmlWriter::previewInputs(const NewVmSpec &spec)
{
    DomainXmlInputs inputs;
    if (spec.withDisk) {
        switch (spec.source) {
        case InstallSource::ImportDisk:
            inputs.diskPath = spec.importPath;
            inputs.diskFormat = spec.disk.format;
            break;
        case InstallSource::CloudImage:
            inputs.diskPath = spec.disk.pool + u'/' + diskVolumeName(spec);
            inputs.diskFormat = u"qcow2"_s;
            break;
        default:
            inputs.diskPath = spec.disk.createNew ? spec.disk.pool + u'/' + diskVolumeName(spec) : spec.disk.existingPath;
            inputs.diskFormat = spec.disk.format;
            break;
        }
    }
    if (spec.source == InstallSource::IsoVolume)
        inputs.cdromPaths.append(spec.isoPath);
    else if (spec.source == InstallSource::LocalIso)
        inputs.cdromPaths.append(spec.isoPool + u'/' + spec.localIsoPath.section(u'/', -1));
    else if (spec.source == InstallSource::CloudImage)
        inputs.cdromPaths.append(spec.disk.pool + u'/' + spec.name + u"-cidata.iso"_s);
    return inputs;
}

QByteArray DomainXmlWriter::write(const NewVmSpec &spec, const DomainXmlInputs &inputs)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);

    xml.writeStartElement(u"domain"_s);
    xml.writeAttribute(u"type"_s, spec.domainType.isEmpty() ? u"kvm"_s : spec.domainType);
    xml.writeTextElement(u"name"_s, spec.name);
    xml.writeStartElement(u"memory"_s);
    xml.writeAttribute(u"unit"_s, u"MiB"_s);
    xml.writeCharacters(QString::number(spec.memoryMiB));
    xml.writeEndElement();
    xml.writeStartElement(u"currentMemory"_s);
    xml.writeAttribute(u"unit"_s, u"MiB"_s);
    xml.writeCharacters(QString::number(spec.memoryMiB));
    xml.writeEndElement();
    xml.writeStartElement(u"vcpu"_s);
    xml.writeAttribute(u"placement"_s, u"static"_s);
    xml.writeCharacters(QString::number(qMax(1, spec.vcpus)));
    xml.writeEndElement();

    writeOs(xml, spec, inputs);
    writeCpuAndClock(xml, spec);

    xml.writeStartElement(u"devices"_s);
    if (!spec.emulator.isEmpty())
        xml.writeTextElement(u"emulator"_s, spec.emulator);
    writeStorage(xml, spec, inputs);
    writeInterface(xml, spec);
    writeConsoles(xml, spec);
    if (spec.virtioDevices) {
        // QEMU's own generator (getrandom): no host device file the guest's sandbox must reach.
        xml.writeStartElement(u"rng"_s);
        xml.writeAttribute(u"model"_s, u"virtio"_s);
        emptyElement(xml, u"backend"_s, {{u"model"_s, u"builtin"_s}});
        xml.writeEndElement();
    }
    // libvirt adds a virtio balloon by default; a guest without virtio drivers gets none.
    emptyElement(xml, u"memballoon"_s, {{u"model"_s, spec.virtioDevices ? u"virtio"_s : u"none"_s}});
    xml.writeEndElement(); // devices

    xml.writeEndElement(); // domain
    xml.writeEndDocument();
    return out;
}

} // namespace welkin
