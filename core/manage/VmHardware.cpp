#include "VmHardware.h"

#include "LibvirtUnits.h"

#include <QCoreApplication>
#include <QDomDocument>
#include <QHash>
#include <QHostAddress>
#include <QSet>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>

namespace welkin {

using namespace Qt::StringLiterals;

const VmHardwareDisk *VmHardware::disk(const QString &target) const
{
    for (const VmHardwareDisk &d : disks) {
        if (d.target == target)
            return &d;
    }
    return nullptr;
}

const VmHardwareNic *VmHardware::nic(const QString &mac) const
{
    if (mac.isEmpty()) // an empty MAC is "not chosen yet", never a key
        return nullptr;
    for (const VmHardwareNic &n : nics) {
        if (n.mac.compare(mac, Qt::CaseInsensitive) == 0)
            return &n;
    }
    return nullptr;
}

bool HardwareDelta::isEmpty() const
{
    return !vcpus && !maxVcpus && !cpu && !memory && !maxMemory && !boot && !display && addedDisks.isEmpty()
        && removedDisks.isEmpty() && changedMedia.isEmpty() && changedDisks.isEmpty() && addedNics.isEmpty()
        && removedNics.isEmpty() && changedLinks.isEmpty() && changedNics.isEmpty();
}

namespace {

// libvirt never nests a domain this deep; QDom's serializer recurses, so deeper input is refused.
constexpr int MaxDepth = 200;

QString positioned(qint64 line, qint64 column, const QString &message)
{
    return u"line %1, column %2: %3"_s.arg(line).arg(column).arg(message);
}

QString readerError(const QXmlStreamReader &reader)
{
    return positioned(reader.lineNumber(), reader.columnNumber(), reader.errorString());
}

// A non-negative int attribute; 0 when absent, malformed or out of range.
int countOrZero(QStringView text)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    return ok && value > 0 ? value : 0;
}

QString bootDevOf(QStringView diskDevice)
{
    if (diskDevice == u"cdrom")
        return u"cdrom"_s;
    if (diskDevice == u"floppy")
        return u"fd"_s;
    return u"hd"_s; // disk, lun
}

// The bus libvirt infers from a target's prefix when <target bus> is left out.
QString busOfTarget(QStringView target)
{
    if (target.startsWith(u"vd"))
        return u"virtio"_s;
    if (target.startsWith(u"sd"))
        return u"scsi"_s;
    if (target.startsWith(u"hd"))
        return u"ide"_s;
    if (target.startsWith(u"fd"))
        return u"fdc"_s;
    return {};
}

// The <source> attribute that names an interface's network, by <interface type>.
QString nicSourceAttribute(QStringView type)
{
    if (type == u"bridge")
        return u"bridge"_s;
    if (type == u"direct")
        return u"dev"_s;
    return u"network"_s;
}

bool hasNoSource(const VmHardwareDisk &disk)
{
    return disk.type == u"volume" ? disk.pool.isEmpty() && disk.volume.isEmpty() : disk.path.isEmpty();
}

// ---- parse ----------------------------------------------------------------------------------

class Parser
{
public:
    explicit Parser(const QByteArray &xml) : m_reader(xml)
    {
        // QDom (rewrite) sees prefixed names as they are: so does the parser, so both agree on
        // what <disk> is.
        m_reader.setNamespaceProcessing(false);
    }

    bool run(VmHardware *hw, QString *error)
    {
        *hw = VmHardware();
        hw->firmware = u"bios"_s;
        if (!m_reader.readNextStartElement() || m_reader.qualifiedName() != u"domain") {
            if (!m_reader.hasError())
                m_reader.raiseError(u"expected <domain>"_s);
        } else {
            readDomain(*hw);
            while (!m_reader.atEnd() && !m_reader.hasError()) // what follows </domain> must be well formed too
                m_reader.readNext();
        }
        if (m_reader.hasError()) {
            *error = readerError(m_reader);
            return false;
        }
        return true;
    }

private:
    QStringView name() const { return m_reader.qualifiedName(); }
    QString attr(QLatin1StringView key) const { return m_reader.attributes().value(key).toString(); }

    // First occurrence wins for elements libvirt has once: rewrite edits the first one too.
    bool once(const QString &key)
    {
        if (m_seen.contains(key)) {
            m_reader.skipCurrentElement();
            return false;
        }
        m_seen.insert(key);
        return true;
    }

    void readDomain(VmHardware &hw)
    {
        bool haveCurrentMemory = false;
        while (m_reader.readNextStartElement()) {
            const QStringView tag = name();
            if (tag == u"vcpu") {
                if (once(u"vcpu"_s))
                    readVcpu(hw);
            } else if (tag == u"cpu") {
                if (once(u"cpu"_s))
                    readCpu(hw);
            } else if (tag == u"memory") {
                if (once(u"memory"_s))
                    readMemory(hw.maxMemoryKiB);
            } else if (tag == u"currentMemory") {
                if (once(u"currentMemory"_s)) {
                    haveCurrentMemory = true;
                    readMemory(hw.memoryKiB);
                }
            } else if (tag == u"os") {
                if (once(u"os"_s))
                    readOs(hw);
            } else if (tag == u"devices") {
                if (once(u"devices"_s))
                    readDevices(hw);
            } else {
                m_reader.skipCurrentElement();
            }
            if (m_reader.hasError())
                return;
        }
        if (!haveCurrentMemory)
            hw.memoryKiB = hw.maxMemoryKiB;
        if (hw.bootOrder.isEmpty()) {
            std::stable_sort(m_deviceBoots.begin(), m_deviceBoots.end(),
                             [](const auto &a, const auto &b) { return a.first < b.first; });
            for (const auto &boot : std::as_const(m_deviceBoots)) {
                if (!hw.bootOrder.contains(boot.second)) // the form orders kinds of devices, not devices
                    hw.bootOrder.append(boot.second);
            }
        }
    }

    void readVcpu(VmHardware &hw)
    {
        const QString current = attr("current"_L1).trimmed();
        const QString value = m_reader.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
        if (m_reader.hasError())
            return;
        bool ok = false;
        const int max = value.toInt(&ok);
        if (!ok || max < 0) {
            m_reader.raiseError(u"invalid vcpu count '%1'"_s.arg(value.left(40)));
            return;
        }
        int now = max;
        if (!current.isEmpty()) {
            now = current.toInt(&ok);
            if (!ok || now < 0) {
                m_reader.raiseError(u"invalid current vcpu count '%1'"_s.arg(current.left(40)));
                return;
            }
        }
        hw.maxVcpus = max;
        hw.vcpus = now;
    }

    void readCpu(VmHardware &hw)
    {
        hw.cpuMode = attr("mode"_L1);
        bool model = false;
        bool topology = false;
        while (m_reader.readNextStartElement()) {
            if (name() == u"model" && !model) {
                model = true;
                hw.cpuModel = m_reader.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
            } else if (name() == u"topology" && !topology) {
                topology = true;
                hw.sockets = countOrZero(attr("sockets"_L1));
                hw.cores = countOrZero(attr("cores"_L1));
                hw.threads = countOrZero(attr("threads"_L1));
                m_reader.skipCurrentElement();
            } else {
                m_reader.skipCurrentElement();
            }
        }
    }

    void readMemory(quint64 &kib)
    {
        const QString unit = attr("unit"_L1);
        const QString value = m_reader.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
        if (m_reader.hasError())
            return;
        bool ok = false;
        const quint64 number = value.toULongLong(&ok);
        if (!ok || value.startsWith(u'-')) { // strtoull-style parsers wrap "-1" around
            m_reader.raiseError(u"invalid memory size '%1'"_s.arg(value.left(40)));
            return;
        }
        if (!libvirtScaledToKiB(number, unit, kib))
            m_reader.raiseError(u"invalid memory unit '%1' or size out of range"_s.arg(unit.left(40)));
    }

    void readOs(VmHardware &hw)
    {
        if (attr("firmware"_L1) == u"efi")
            hw.firmware = u"efi"_s;
        bool bootMenu = false;
        while (m_reader.readNextStartElement()) {
            const QStringView tag = name();
            if (tag == u"boot") {
                const QString dev = attr("dev"_L1);
                if (!dev.isEmpty())
                    hw.bootOrder.append(dev);
            } else if (tag == u"bootmenu" && !bootMenu) {
                bootMenu = true;
                hw.bootMenu = attr("enable"_L1) == u"yes";
            } else if (tag == u"loader" && attr("type"_L1) == u"pflash") {
                hw.firmware = u"efi"_s;
            }
            m_reader.skipCurrentElement();
        }
    }

    // The <boot order> of the device element being read, if it has one.
    void readDeviceBoot(const QString &dev)
    {
        bool ok = false;
        const uint order = attr("order"_L1).trimmed().toUInt(&ok);
        if (ok && order > 0)
            m_deviceBoots.append({order, dev});
    }

    void readDevices(VmHardware &hw)
    {
        bool graphics = false;
        bool balloon = false;
        while (m_reader.readNextStartElement()) {
            const QStringView tag = name();
            if (tag == u"disk") {
                readDisk(hw);
            } else if (tag == u"interface") {
                readNic(hw);
            } else if (tag == u"graphics" && !graphics) {
                graphics = true;
                readGraphics(hw);
            } else if (tag == u"serial") {
                if (attr("type"_L1) == u"pty")
                    hw.serialConsole = true;
                m_reader.skipCurrentElement();
            } else if (tag == u"memballoon" && !balloon) {
                balloon = true;
                hw.balloon = attr("model"_L1) != u"none";
                m_reader.skipCurrentElement();
            } else {
                m_reader.skipCurrentElement();
            }
            if (m_reader.hasError())
                return;
        }
    }

    void readDisk(VmHardware &hw)
    {
        VmHardwareDisk disk;
        const QString type = attr("type"_L1);
        if (!type.isEmpty())
            disk.type = type;
        const QString device = attr("device"_L1);
        if (!device.isEmpty())
            disk.device = device;
        bool driver = false, source = false, target = false, boot = false, haveBus = false;
        while (m_reader.readNextStartElement()) {
            const QStringView tag = name();
            const QXmlStreamAttributes a = m_reader.attributes();
            if (tag == u"driver" && !driver) {
                driver = true;
                disk.format = a.value("type"_L1).toString();
                disk.cache = a.value("cache"_L1).toString();
            } else if (tag == u"source" && !source) {
                source = true;
                if (a.hasAttribute("file"_L1))
                    disk.path = a.value("file"_L1).toString();
                else if (a.hasAttribute("dev"_L1))
                    disk.path = a.value("dev"_L1).toString();
                disk.pool = a.value("pool"_L1).toString();
                disk.volume = a.value("volume"_L1).toString();
            } else if (tag == u"target" && !target) {
                target = true;
                disk.target = a.value("dev"_L1).toString();
                haveBus = a.hasAttribute("bus"_L1);
                disk.bus = a.value("bus"_L1).toString();
            } else if (tag == u"readonly") {
                disk.readOnly = true;
            } else if (tag == u"shareable") {
                disk.shareable = true;
            } else if (tag == u"boot" && !boot) {
                boot = true;
                readDeviceBoot(bootDevOf(disk.device));
            }
            m_reader.skipCurrentElement();
        }
        if (!haveBus)
            disk.bus = busOfTarget(disk.target);
        hw.disks.append(disk);
    }

    void readNic(VmHardware &hw)
    {
        VmHardwareNic nic;
        nic.type = attr("type"_L1);
        nic.model.clear(); // libvirt states the model it uses; none stated is none known
        const QString sourceAttribute = nicSourceAttribute(nic.type);
        bool mac = false, source = false, model = false, link = false, boot = false;
        while (m_reader.readNextStartElement()) {
            const QStringView tag = name();
            const QXmlStreamAttributes a = m_reader.attributes();
            if (tag == u"mac" && !mac) {
                mac = true;
                nic.mac = a.value("address"_L1).toString().toLower();
            } else if (tag == u"source" && !source) {
                source = true;
                nic.source = a.value(sourceAttribute).toString();
            } else if (tag == u"model" && !model) {
                model = true;
                nic.model = a.value("type"_L1).toString();
            } else if (tag == u"link" && !link) {
                link = true;
                nic.linkUp = a.value("state"_L1) != u"down";
            } else if (tag == u"boot" && !boot) {
                boot = true;
                readDeviceBoot(u"network"_s);
            }
            m_reader.skipCurrentElement();
        }
        hw.nics.append(nic);
    }

    void readGraphics(VmHardware &hw)
    {
        hw.graphics = attr("type"_L1);
        hw.listen = attr("listen"_L1);
        hw.hasGraphicsPassword = m_reader.attributes().hasAttribute("passwd"_L1);
        while (m_reader.readNextStartElement()) {
            if (hw.listen.isEmpty() && name() == u"listen" && attr("type"_L1) == u"address")
                hw.listen = attr("address"_L1);
            m_reader.skipCurrentElement();
        }
    }

    QXmlStreamReader m_reader;
    QSet<QString> m_seen;
    QList<std::pair<uint, QString>> m_deviceBoots; // <boot order> of disks and NICs -> dev
};

// ---- rewrite --------------------------------------------------------------------------------

QList<QDomElement> childElements(const QDomElement &parent, const QString &tag)
{
    QList<QDomElement> out;
    for (QDomElement e = parent.firstChildElement(tag); !e.isNull(); e = e.nextSiblingElement(tag))
        out.append(e);
    return out;
}

void removeChildren(const QDomElement &parent, const QString &tag)
{
    for (QDomElement e : childElements(parent, tag))
        e.parentNode().removeChild(e);
}

void setText(QDomElement element, const QString &text)
{
    while (!element.firstChild().isNull())
        element.removeChild(element.firstChild());
    element.appendChild(element.ownerDocument().createTextNode(text));
}

// Inserts `child` after the last child of `parent` named in `after`; first when there is none and
// `atStart`, else last.
void place(QDomElement parent, const QDomElement &child, const QList<QStringView> &after, bool atStart = false)
{
    QDomElement anchor;
    for (QDomElement e = parent.firstChildElement(); !e.isNull(); e = e.nextSiblingElement()) {
        for (const QStringView name : after) {
            if (e.tagName() == name)
                anchor = e;
        }
    }
    if (!anchor.isNull())
        parent.insertAfter(child, anchor);
    else if (atStart)
        parent.insertBefore(child, QDomNode());
    else
        parent.appendChild(child);
}

// The first child named `tag`, created (placed as `place` would) when missing.
QDomElement ensureChild(QDomElement parent, const QString &tag, const QList<QStringView> &after,
                        bool atStart = false)
{
    QDomElement e = parent.firstChildElement(tag);
    if (e.isNull()) {
        e = parent.ownerDocument().createElement(tag);
        place(parent, e, after, atStart);
    }
    return e;
}

void setOrRemove(QDomElement element, const QString &name, const QString &value)
{
    if (value.isEmpty())
        element.removeAttribute(name);
    else
        element.setAttribute(name, value);
}

// Where a missing top-level element goes: after libvirt's head elements and the given ones.
QList<QStringView> afterHead(const QList<QStringView> &more)
{
    return QList<QStringView>{u"name", u"uuid", u"genid", u"title", u"description", u"metadata", u"maxMemory"} + more;
}

class Rewriter
{
public:
    Rewriter(QDomDocument &doc, const HardwareEdit &edit)
        : m_doc(doc), m_domain(doc.documentElement()), m_before(edit.before), m_after(edit.after), m_edit(edit),
          m_delta(VmHardwareXml::delta(edit.before, edit.after))
    {
    }

    void run()
    {
        vcpus();
        cpu();
        memory();
        disks();
        nics();
        boot();
        display();
        balloon();
    }

private:
    QDomElement devices()
    {
        QDomElement d = m_domain.firstChildElement(u"devices"_s);
        if (d.isNull()) {
            d = m_doc.createElement(u"devices"_s);
            m_domain.appendChild(d);
        }
        return d;
    }

    QDomElement imported(const QByteArray &xml)
    {
        QDomDocument fragment;
        fragment.setContent(xml, false);
        return m_doc.importNode(fragment.documentElement(), true).toElement();
    }

    void vcpus()
    {
        if (!m_delta.vcpus && !m_delta.maxVcpus)
            return;
        QDomElement vcpu = ensureChild(m_domain, u"vcpu"_s, afterHead({u"memory", u"currentMemory"}));
        setText(vcpu, QString::number(m_after.maxVcpus));
        if (m_after.vcpus == m_after.maxVcpus)
            vcpu.removeAttribute(u"current"_s);
        else
            vcpu.setAttribute(u"current"_s, m_after.vcpus);
        // A per-vCPU <vcpus> list must match both counts; libvirt rebuilds it when absent.
        removeChildren(m_domain, u"vcpus"_s);
    }

    void cpu()
    {
        if (!m_delta.cpu)
            return;
        const bool topology = m_after.sockets || m_after.cores || m_after.threads;
        QDomElement cpu = m_domain.firstChildElement(u"cpu"_s);
        if (cpu.isNull()) {
            if (m_after.cpuMode.isEmpty() && m_after.cpuModel.isEmpty() && !topology)
                return;
            cpu = ensureChild(m_domain, u"cpu"_s,
                              afterHead({u"memory", u"currentMemory", u"vcpu", u"vcpus", u"iothreads", u"cputune",
                                         u"resource", u"sysinfo", u"bootloader", u"os", u"idmap", u"features"}));
        }
        if (m_before.cpuMode != m_after.cpuMode) {
            setOrRemove(cpu, u"mode"_s, m_after.cpuMode);
            // Both depend on the mode (migratable is refused outside host-passthrough and maximum).
            cpu.removeAttribute(u"check"_s);
            cpu.removeAttribute(u"migratable"_s);
        }
        if (m_before.cpuModel != m_after.cpuModel) {
            if (m_after.cpuModel.isEmpty()) {
                removeChildren(cpu, u"model"_s);
            } else {
                QDomElement model = ensureChild(cpu, u"model"_s, {}, true);
                setText(model, m_after.cpuModel);
            }
        }
        if (m_before.sockets != m_after.sockets || m_before.cores != m_after.cores
            || m_before.threads != m_after.threads) {
            if (!topology) {
                removeChildren(cpu, u"topology"_s);
            } else {
                QDomElement t = ensureChild(cpu, u"topology"_s, {u"model", u"vendor"}, true);
                t.setAttribute(u"sockets"_s, m_after.sockets);
                t.setAttribute(u"cores"_s, m_after.cores);
                t.setAttribute(u"threads"_s, m_after.threads);
            }
        }
        if (!cpu.hasAttributes() && !cpu.hasChildNodes())
            m_domain.removeChild(cpu);
    }

    void memory()
    {
        if (!m_delta.memory && !m_delta.maxMemory)
            return;
        const bool hadCurrent = !m_domain.firstChildElement(u"currentMemory"_s).isNull();
        if (m_delta.maxMemory) {
            QDomElement memory = ensureChild(m_domain, u"memory"_s, afterHead({}));
            memory.setAttribute(u"unit"_s, u"KiB"_s);
            setText(memory, QString::number(m_after.maxMemoryKiB));
        }
        // Without <currentMemory> the current size follows <memory>: written whenever they differ.
        if (m_delta.memory || (!hadCurrent && m_after.memoryKiB != m_after.maxMemoryKiB)) {
            QDomElement current = ensureChild(m_domain, u"currentMemory"_s, afterHead({u"memory"}));
            current.setAttribute(u"unit"_s, u"KiB"_s);
            setText(current, QString::number(m_after.memoryKiB));
        }
    }

    // The boot order as parse() reads it from the document now: <os><boot dev>, else the devices'
    // <boot order>.
    QStringList bootOrderNow() const
    {
        QStringList order;
        const QDomElement os = m_domain.firstChildElement(u"os"_s);
        for (const QDomElement &boot : childElements(os, u"boot"_s)) {
            const QString dev = boot.attribute(u"dev"_s);
            if (!dev.isEmpty())
                order.append(dev);
        }
        if (!order.isEmpty())
            return order;
        QList<std::pair<uint, QString>> boots;
        const QDomElement devs = m_domain.firstChildElement(u"devices"_s);
        for (QDomElement device = devs.firstChildElement(); !device.isNull(); device = device.nextSiblingElement()) {
            QString dev;
            if (device.tagName() == u"disk") {
                const QString kind = device.attribute(u"device"_s);
                dev = bootDevOf(kind.isEmpty() ? u"disk"_s : kind);
            } else if (device.tagName() == u"interface") {
                dev = u"network"_s;
            } else {
                continue;
            }
            bool ok = false;
            const uint n = device.firstChildElement(u"boot"_s).attribute(u"order"_s).trimmed().toUInt(&ok);
            if (ok && n > 0)
                boots.append({n, dev});
        }
        std::stable_sort(boots.begin(), boots.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        for (const auto &boot : std::as_const(boots)) {
            if (!order.contains(boot.second))
                order.append(boot.second);
        }
        return order;
    }

    // After the devices: removing a disk or NIC can take a per-device <boot order> with it.
    void boot()
    {
        const bool order = bootOrderNow() != m_after.bootOrder;
        const bool menu = m_before.bootMenu != m_after.bootMenu;
        if (!order && !menu)
            return;
        QDomElement os = ensureChild(m_domain, u"os"_s,
                                     afterHead({u"memory", u"currentMemory", u"vcpu", u"vcpus", u"iothreads", u"cputune",
                                                u"resource", u"sysinfo", u"bootloader"}));
        if (order) {
            // libvirt refuses <os><boot> next to per-device <boot order>.
            const QDomElement devs = m_domain.firstChildElement(u"devices"_s);
            for (QDomElement device = devs.firstChildElement(); !device.isNull(); device = device.nextSiblingElement())
                removeChildren(device, u"boot"_s);
            removeChildren(os, u"boot"_s);
            QDomElement anchor;
            for (QDomElement e = os.firstChildElement(); !e.isNull(); e = e.nextSiblingElement()) {
                const QString tag = e.tagName();
                if (tag == u"type" || tag == u"firmware" || tag == u"loader" || tag == u"nvram" || tag == u"kernel"
                    || tag == u"initrd" || tag == u"cmdline" || tag == u"dtb")
                    anchor = e;
            }
            for (const QString &dev : m_after.bootOrder) {
                QDomElement boot = m_doc.createElement(u"boot"_s);
                boot.setAttribute(u"dev"_s, dev);
                if (anchor.isNull())
                    os.insertBefore(boot, QDomNode());
                else
                    os.insertAfter(boot, anchor);
                anchor = boot;
            }
        }
        if (menu) {
            if (m_after.bootMenu) {
                QDomElement bootMenu = ensureChild(os, u"bootmenu"_s,
                                                   {u"type", u"firmware", u"loader", u"nvram", u"boot"});
                bootMenu.setAttribute(u"enable"_s, u"yes"_s);
            } else {
                removeChildren(os, u"bootmenu"_s);
            }
        }
    }

    static QString targetOf(const QDomElement &device)
    {
        return device.firstChildElement(u"target"_s).attribute(u"dev"_s);
    }

    static QString macOf(const QDomElement &nic)
    {
        return nic.firstChildElement(u"mac"_s).attribute(u"address"_s).toLower();
    }

    void disks()
    {
        if (m_delta.addedDisks.isEmpty() && m_delta.removedDisks.isEmpty() && m_delta.changedMedia.isEmpty()
            && m_delta.changedDisks.isEmpty())
            return;
        QDomElement devs = devices();
        QSet<QString> removed;
        for (const VmHardwareDisk &disk : m_delta.removedDisks)
            removed.insert(disk.target);
        for (QDomElement &element : childElements(devs, u"disk"_s)) {
            if (removed.contains(targetOf(element)))
                devs.removeChild(element);
        }
        for (const QList<VmHardwareDisk> *list : {&m_delta.changedMedia, &m_delta.changedDisks}) {
            for (const VmHardwareDisk &disk : *list) {
                for (QDomElement &element : childElements(devs, u"disk"_s)) {
                    if (targetOf(element) == disk.target) {
                        const VmHardwareDisk *old = m_before.disk(disk.target);
                        updateDisk(element, old ? *old : VmHardwareDisk(), disk);
                        break;
                    }
                }
            }
        }
        for (const VmHardwareDisk &disk : m_delta.addedDisks) {
            const QDomElement element = imported(VmHardwareXml::diskXml(disk));
            place(devs, element, {u"disk"}, true);
        }
    }

    void writeDiskSource(QDomElement disk, const VmHardwareDisk &d)
    {
        removeChildren(disk, u"backingStore"_s); // it described the previous image
        if (hasNoSource(d)) {
            removeChildren(disk, u"source"_s);
            return;
        }
        QDomElement source = ensureChild(disk, u"source"_s, {u"driver"}, true);
        for (const QString &name : {u"file"_s, u"dev"_s, u"pool"_s, u"volume"_s})
            source.removeAttribute(name);
        if (d.type == u"volume") {
            setOrRemove(source, u"pool"_s, d.pool);
            setOrRemove(source, u"volume"_s, d.volume);
        } else {
            source.setAttribute(d.type == u"block" ? u"dev"_s : u"file"_s, d.path);
        }
    }

    void updateDisk(QDomElement disk, const VmHardwareDisk &before, const VmHardwareDisk &after)
    {
        if (before.device != after.device)
            disk.setAttribute(u"device"_s, after.device);
        if (before.type != after.type) {
            disk.setAttribute(u"type"_s, after.type);
            removeChildren(disk, u"source"_s); // its attributes belong to the old type
            writeDiskSource(disk, after);
        } else if (before.path != after.path || before.pool != after.pool || before.volume != after.volume) {
            writeDiskSource(disk, after);
        }
        if (before.format != after.format || before.cache != after.cache) {
            QDomElement driver = disk.firstChildElement(u"driver"_s);
            if (driver.isNull()) {
                driver = m_doc.createElement(u"driver"_s);
                driver.setAttribute(u"name"_s, u"qemu"_s);
                disk.insertBefore(driver, QDomNode());
            }
            setOrRemove(driver, u"type"_s, after.format);
            setOrRemove(driver, u"cache"_s, after.cache);
        }
        if (before.readOnly != after.readOnly) {
            removeChildren(disk, u"readonly"_s);
            if (after.readOnly)
                disk.appendChild(m_doc.createElement(u"readonly"_s));
        }
        if (before.shareable != after.shareable) {
            removeChildren(disk, u"shareable"_s);
            if (after.shareable)
                disk.appendChild(m_doc.createElement(u"shareable"_s));
        }
        if (before.bus != after.bus) {
            QDomElement target = ensureChild(disk, u"target"_s, {u"driver", u"source"});
            target.setAttribute(u"dev"_s, after.target);
            setOrRemove(target, u"bus"_s, after.bus);
            removeChildren(disk, u"address"_s); // the old bus's address: libvirt assigns one
        }
    }

    void nics()
    {
        if (m_delta.addedNics.isEmpty() && m_delta.removedNics.isEmpty() && m_delta.changedLinks.isEmpty()
            && m_delta.changedNics.isEmpty())
            return;
        QDomElement devs = devices();
        QSet<QString> removed;
        for (const VmHardwareNic &nic : m_delta.removedNics)
            removed.insert(nic.mac.toLower());
        for (QDomElement &element : childElements(devs, u"interface"_s)) {
            if (removed.contains(macOf(element)))
                devs.removeChild(element);
        }
        for (const QList<VmHardwareNic> *list : {&m_delta.changedLinks, &m_delta.changedNics}) {
            for (const VmHardwareNic &nic : *list) {
                for (QDomElement &element : childElements(devs, u"interface"_s)) {
                    if (macOf(element) == nic.mac.toLower()) {
                        const VmHardwareNic *old = m_before.nic(nic.mac);
                        updateNic(element, old ? *old : VmHardwareNic(), nic);
                        break;
                    }
                }
            }
        }
        for (const VmHardwareNic &nic : m_delta.addedNics)
            place(devs, imported(VmHardwareXml::nicXml(nic)), {u"interface"});
    }

    void updateNic(QDomElement nic, const VmHardwareNic &before, const VmHardwareNic &after)
    {
        if (before.type != after.type || before.source != after.source) {
            if (before.type != after.type) {
                nic.setAttribute(u"type"_s, after.type);
                removeChildren(nic, u"source"_s); // network, bridge and dev sources differ in kind
            }
            QDomElement source = nic.firstChildElement(u"source"_s);
            if (!after.source.isEmpty() && source.isNull()) {
                source = m_doc.createElement(u"source"_s);
                place(nic, source, {u"mac"}, true);
            }
            if (!source.isNull()) {
                setOrRemove(source, nicSourceAttribute(after.type), after.source);
                if (!source.hasAttributes() && !source.hasChildNodes())
                    nic.removeChild(source);
            }
        }
        if (before.model != after.model) {
            if (after.model.isEmpty())
                removeChildren(nic, u"model"_s);
            else
                ensureChild(nic, u"model"_s, {u"mac", u"source"}).setAttribute(u"type"_s, after.model);
        }
        if (before.linkUp != after.linkUp) {
            if (after.linkUp)
                removeChildren(nic, u"link"_s);
            else
                ensureChild(nic, u"link"_s, {u"mac", u"source", u"model"}).setAttribute(u"state"_s, u"down"_s);
        }
    }

    void setListen(QDomElement graphics, const QString &listen)
    {
        graphics.removeAttribute(u"listen"_s);
        if (listen.isEmpty()) {
            for (QDomElement &element : childElements(graphics, u"listen"_s)) {
                if (element.attribute(u"type"_s) == u"address")
                    graphics.removeChild(element);
            }
            return;
        }
        removeChildren(graphics, u"listen"_s); // VNC takes one listen: this one replaces any other kind
        QDomElement element = m_doc.createElement(u"listen"_s);
        element.setAttribute(u"type"_s, u"address"_s);
        element.setAttribute(u"address"_s, listen);
        graphics.insertBefore(element, QDomNode());
    }

    // Turns a VNC display into SPICE or back: what belongs to one protocol (ports, channels,
    // images) goes; the listen address and the password stay.
    void retype(QDomElement graphics, const QString &type)
    {
        static const QSet<QString> kept = {u"type"_s, u"listen"_s, u"passwd"_s, u"passwdValidTo"_s, u"keymap"_s};
        const QDomNamedNodeMap attributes = graphics.attributes();
        QStringList drop;
        for (int i = 0; i < attributes.count(); ++i) {
            const QString name = attributes.item(i).nodeName();
            if (!kept.contains(name))
                drop.append(name);
        }
        for (const QString &name : std::as_const(drop))
            graphics.removeAttribute(name);
        QList<QDomNode> children;
        for (QDomNode n = graphics.firstChild(); !n.isNull(); n = n.nextSibling()) {
            if (!n.isElement() || n.toElement().tagName() != u"listen")
                children.append(n);
        }
        for (QDomNode &n : children)
            graphics.removeChild(n);
        graphics.setAttribute(u"type"_s, type);
        graphics.setAttribute(u"autoport"_s, u"yes"_s);
    }

    void display()
    {
        QDomElement devs = m_domain.firstChildElement(u"devices"_s);
        if (m_before.graphics != m_after.graphics || m_before.listen != m_after.listen) {
            if (m_after.graphics.isEmpty()) {
                if (!devs.isNull())
                    removeChildren(devs, u"graphics"_s);
            } else {
                devs = devices();
                QDomElement graphics = devs.firstChildElement(u"graphics"_s);
                if (graphics.isNull()) {
                    graphics = m_doc.createElement(u"graphics"_s);
                    graphics.setAttribute(u"type"_s, m_after.graphics);
                    graphics.setAttribute(u"autoport"_s, u"yes"_s);
                    place(devs, graphics, {u"graphics", u"input"});
                    setListen(graphics, m_after.listen);
                } else {
                    if (graphics.attribute(u"type"_s) != m_after.graphics)
                        retype(graphics, m_after.graphics);
                    if (m_before.listen != m_after.listen)
                        setListen(graphics, m_after.listen);
                }
            }
        }
        if (m_edit.graphicsPassword && !devs.isNull()) {
            for (QDomElement &graphics : childElements(devs, u"graphics"_s))
                setOrRemove(graphics, u"passwd"_s, *m_edit.graphicsPassword);
        }
        if (m_before.serialConsole != m_after.serialConsole) {
            devs = devices();
            if (m_after.serialConsole) {
                const QString port = QString::number(childElements(devs, u"serial"_s).size());
                QDomElement serial = m_doc.createElement(u"serial"_s);
                serial.setAttribute(u"type"_s, u"pty"_s);
                QDomElement target = m_doc.createElement(u"target"_s);
                target.setAttribute(u"port"_s, port);
                serial.appendChild(target);
                QDomElement console = m_doc.createElement(u"console"_s);
                console.setAttribute(u"type"_s, u"pty"_s);
                QDomElement consoleTarget = m_doc.createElement(u"target"_s);
                consoleTarget.setAttribute(u"type"_s, u"serial"_s);
                consoleTarget.setAttribute(u"port"_s, port);
                console.appendChild(consoleTarget);
                place(devs, serial, {u"serial", u"console", u"interface", u"disk", u"controller"});
                devs.insertAfter(console, serial);
            } else {
                for (const QString &tag : {u"serial"_s, u"console"_s}) {
                    for (QDomElement &element : childElements(devs, tag)) {
                        if (element.attribute(u"type"_s) == u"pty")
                            devs.removeChild(element);
                    }
                }
            }
        }
    }

    void balloon()
    {
        if (m_before.balloon == m_after.balloon)
            return;
        QDomElement devs = devices();
        QDomElement balloon = devs.firstChildElement(u"memballoon"_s);
        if (balloon.isNull()) {
            balloon = m_doc.createElement(u"memballoon"_s);
            devs.appendChild(balloon);
        } else {
            // Stats, address and driver options of a balloon that goes away or comes back.
            while (!balloon.firstChild().isNull())
                balloon.removeChild(balloon.firstChild());
            const QDomNamedNodeMap attributes = balloon.attributes();
            QStringList names;
            for (int i = 0; i < attributes.count(); ++i)
                names.append(attributes.item(i).nodeName());
            for (const QString &name : std::as_const(names))
                balloon.removeAttribute(name);
        }
        balloon.setAttribute(u"model"_s, m_after.balloon ? u"virtio"_s : u"none"_s);
    }

    QDomDocument &m_doc;
    QDomElement m_domain;
    const VmHardware &m_before;
    const VmHardware &m_after;
    const HardwareEdit &m_edit;
    const HardwareDelta m_delta;
};

// Well formed, <domain> at the root and not nested deeper than MaxDepth; the error names where.
bool scan(const QByteArray &xml, QString *error)
{
    QXmlStreamReader reader(xml);
    reader.setNamespaceProcessing(false);
    int depth = 0;
    bool root = true;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            if (root && reader.qualifiedName() != u"domain")
                reader.raiseError(u"expected <domain>"_s);
            root = false;
            if (++depth > MaxDepth)
                reader.raiseError(u"elements nested deeper than %1"_s.arg(MaxDepth));
        } else if (reader.isEndElement()) {
            --depth;
        }
    }
    if (!reader.hasError() && root)
        reader.raiseError(u"expected <domain>"_s);
    if (reader.hasError()) {
        *error = readerError(reader);
        return false;
    }
    return true;
}

// ---- check ----------------------------------------------------------------------------------

QString sizeIn(quint64 kib, int unitPower, int decimals)
{
    static constexpr const char16_t *Units[] = {u"KiB", u"MiB", u"GiB", u"TiB"};
    const double value = double(kib) / double(quint64(1) << (10 * unitPower));
    return u"%1 %2"_s.arg(value, 0, 'f', decimals).arg(QStringView(Units[unitPower]));
}

// Two memory sizes in the largest unit that still tells them apart.
std::pair<QString, QString> sizes(quint64 a, quint64 b)
{
    const quint64 larger = std::max(a, b);
    int power = 0;
    while (power < 3 && larger >= (quint64(1) << (10 * (power + 1))))
        ++power;
    for (; power > 0; --power) {
        const int decimals = power >= 2 ? 1 : 0;
        const QString first = sizeIn(a, power, decimals);
        const QString second = sizeIn(b, power, decimals);
        if (first != second)
            return {first, second};
    }
    return {sizeIn(a, 0, 0), sizeIn(b, 0, 0)};
}

bool isMac(const QString &mac)
{
    const QStringList parts = mac.split(u':');
    if (parts.size() != 6)
        return false;
    for (const QString &part : parts) {
        if (part.size() != 2)
            return false;
        for (const QChar c : part) {
            const bool hex = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
            if (!hex)
                return false;
        }
    }
    return true;
}

// vd* on virtio, sd* on sata/scsi/usb, hd* on ide; other buses are not checked.
QString prefixOfBus(QStringView bus)
{
    if (bus == u"virtio")
        return u"vd"_s;
    if (bus == u"sata" || bus == u"scsi" || bus == u"usb")
        return u"sd"_s;
    if (bus == u"ide")
        return u"hd"_s;
    return {};
}

bool fitsPrefix(const QString &target, const QString &prefix)
{
    if (!target.startsWith(prefix) || target.size() == prefix.size())
        return false;
    return std::all_of(target.cbegin() + prefix.size(), target.cend(),
                       [](QChar c) { return c >= u'a' && c <= u'z'; });
}

} // namespace

namespace VmHardwareXml {

bool parse(const QByteArray &xml, VmHardware *hardware, QString *error)
{
    Parser parser(xml);
    return parser.run(hardware, error);
}

bool rewrite(const QByteArray &xml, const HardwareEdit &edit, QByteArray *out, QString *error)
{
    out->clear();
    if (!scan(xml, error))
        return false;
    QDomDocument doc;
    QString message;
    int line = 0;
    int column = 0;
    if (!doc.setContent(xml, false, &message, &line, &column)) {
        *error = positioned(line, column, message);
        return false;
    }
    Rewriter(doc, edit).run();
    *out = doc.toByteArray(2);
    return true;
}

QByteArray diskXml(const VmHardwareDisk &disk)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeStartElement(u"disk"_s);
    w.writeAttribute(u"type"_s, disk.type);
    w.writeAttribute(u"device"_s, disk.device);
    if (!disk.format.isEmpty() || !disk.cache.isEmpty()) {
        w.writeEmptyElement(u"driver"_s);
        w.writeAttribute(u"name"_s, u"qemu"_s);
        if (!disk.format.isEmpty())
            w.writeAttribute(u"type"_s, disk.format);
        if (!disk.cache.isEmpty())
            w.writeAttribute(u"cache"_s, disk.cache);
    }
    if (!hasNoSource(disk)) {
        w.writeEmptyElement(u"source"_s);
        if (disk.type == u"volume") {
            if (!disk.pool.isEmpty())
                w.writeAttribute(u"pool"_s, disk.pool);
            if (!disk.volume.isEmpty())
                w.writeAttribute(u"volume"_s, disk.volume);
        } else {
            w.writeAttribute(disk.type == u"block" ? u"dev"_s : u"file"_s, disk.path);
        }
    }
    w.writeEmptyElement(u"target"_s);
    w.writeAttribute(u"dev"_s, disk.target);
    if (!disk.bus.isEmpty())
        w.writeAttribute(u"bus"_s, disk.bus);
    if (disk.readOnly)
        w.writeEmptyElement(u"readonly"_s);
    if (disk.shareable)
        w.writeEmptyElement(u"shareable"_s);
    w.writeEndElement();
    return out;
}

QByteArray nicXml(const VmHardwareNic &nic)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeStartElement(u"interface"_s);
    w.writeAttribute(u"type"_s, nic.type);
    if (!nic.mac.isEmpty()) {
        w.writeEmptyElement(u"mac"_s);
        w.writeAttribute(u"address"_s, nic.mac.toLower());
    }
    if (!nic.source.isEmpty()) {
        w.writeEmptyElement(u"source"_s);
        w.writeAttribute(nicSourceAttribute(nic.type), nic.source);
    }
    if (!nic.model.isEmpty()) {
        w.writeEmptyElement(u"model"_s);
        w.writeAttribute(u"type"_s, nic.model);
    }
    if (!nic.linkUp) {
        w.writeEmptyElement(u"link"_s);
        w.writeAttribute(u"state"_s, u"down"_s);
    }
    w.writeEndElement();
    return out;
}

QList<HardwareProblem> check(const VmHardware &hw, const HardwareLimits &limits)
{
    QList<HardwareProblem> problems;
    const auto add = [&problems](HardwareSection section, const QString &message) {
        problems.append({section, message});
    };

    // Processor
    if (hw.vcpus < 1)
        add(HardwareSection::Processor, QCoreApplication::translate("welkin::VmHardwareXml", "A VM needs at least 1 vCPU at start"));
    if (hw.maxVcpus < 1)
        add(HardwareSection::Processor, QCoreApplication::translate("welkin::VmHardwareXml", "The maximum number of vCPUs must be at least 1"));
    else if (hw.vcpus > hw.maxVcpus)
        add(HardwareSection::Processor,
            QCoreApplication::translate("welkin::VmHardwareXml", "%1 vCPUs at start is more than the maximum of %2").arg(hw.vcpus).arg(hw.maxVcpus));
    if (limits.maxVcpus > 0 && hw.maxVcpus > limits.maxVcpus)
        add(HardwareSection::Processor,
            QCoreApplication::translate("welkin::VmHardwareXml", "%1 vCPUs is more than this host allows for a VM (%2)").arg(hw.maxVcpus).arg(limits.maxVcpus));
    if (hw.sockets || hw.cores || hw.threads) {
        qint64 product = 0;
        const bool overflow = qMulOverflow(qint64(hw.sockets), qint64(hw.cores), &product)
            || qMulOverflow(product, qint64(hw.threads), &product);
        if (overflow || product != hw.maxVcpus)
            add(HardwareSection::Processor,
                QCoreApplication::translate("welkin::VmHardwareXml", "%1 sockets × %2 cores × %3 threads does not make the maximum of %4 vCPUs")
                    .arg(hw.sockets).arg(hw.cores).arg(hw.threads).arg(hw.maxVcpus));
    }

    // Memory
    if (hw.maxMemoryKiB == 0)
        add(HardwareSection::Memory, QCoreApplication::translate("welkin::VmHardwareXml", "The maximum memory cannot be 0"));
    if (hw.memoryKiB == 0)
        add(HardwareSection::Memory, QCoreApplication::translate("welkin::VmHardwareXml", "Memory cannot be 0"));
    if (hw.memoryKiB > hw.maxMemoryKiB && hw.maxMemoryKiB > 0) {
        const auto [memory, maximum] = sizes(hw.memoryKiB, hw.maxMemoryKiB);
        add(HardwareSection::Memory, QCoreApplication::translate("welkin::VmHardwareXml", "Memory %1 is above the maximum of %2").arg(memory, maximum));
    }
    if (limits.hostMemoryKiB > 0 && std::max(hw.memoryKiB, hw.maxMemoryKiB) > limits.hostMemoryKiB)
        add(HardwareSection::Memory,
            QCoreApplication::translate("welkin::VmHardwareXml", "The host has only %1 of memory").arg(sizes(limits.hostMemoryKiB, std::max(hw.memoryKiB, hw.maxMemoryKiB)).first));

    // Boot
    static const QStringList bootDevs = {u"hd"_s, u"cdrom"_s, u"network"_s, u"fd"_s};
    QSet<QString> boots;
    for (const QString &dev : hw.bootOrder) {
        if (!bootDevs.contains(dev))
            add(HardwareSection::Boot, QCoreApplication::translate("welkin::VmHardwareXml", "Unknown boot device %1 (hd, cdrom, network or fd)").arg(dev));
        else if (boots.contains(dev))
            add(HardwareSection::Boot, QCoreApplication::translate("welkin::VmHardwareXml", "Boot device %1 is listed twice").arg(dev));
        boots.insert(dev);
    }

    // Disks
    QHash<QString, int> targets;
    for (const VmHardwareDisk &disk : hw.disks)
        ++targets[disk.target];
    QSet<QString> reported;
    for (const VmHardwareDisk &disk : hw.disks) {
        if (disk.target.isEmpty()) {
            add(HardwareSection::Disks, QCoreApplication::translate("welkin::VmHardwareXml", "A disk has no target"));
            continue;
        }
        if (targets.value(disk.target) > 1 && !reported.contains(disk.target)) {
            reported.insert(disk.target);
            add(HardwareSection::Disks, QCoreApplication::translate("welkin::VmHardwareXml", "Target %1 is used by two disks").arg(disk.target));
        }
        const QString prefix = prefixOfBus(disk.bus);
        if (!prefix.isEmpty() && !fitsPrefix(disk.target, prefix))
            add(HardwareSection::Disks,
                QCoreApplication::translate("welkin::VmHardwareXml", "Target %1 does not fit bus %2 (use %3…)").arg(disk.target, disk.bus, prefix));
        if (!disk.isRemovable() && hasNoSource(disk) && (disk.type == u"file" || disk.type == u"block"))
            add(HardwareSection::Disks, QCoreApplication::translate("welkin::VmHardwareXml", "Disk %1 has no image").arg(disk.target));
        if (disk.type == u"volume" && !hasNoSource(disk) && (disk.pool.isEmpty() || disk.volume.isEmpty()))
            add(HardwareSection::Disks, QCoreApplication::translate("welkin::VmHardwareXml", "Disk %1 needs both a pool and a volume").arg(disk.target));
    }

    // NICs
    QHash<QString, int> macs;
    for (const VmHardwareNic &nic : hw.nics) {
        if (!nic.mac.isEmpty())
            ++macs[nic.mac.toLower()];
    }
    QSet<QString> others;
    for (const QString &mac : limits.otherMacs)
        others.insert(mac.toLower());
    reported.clear();
    for (const VmHardwareNic &nic : hw.nics) {
        if (nic.mac.isEmpty())
            continue; // libvirt chooses one
        const QString mac = nic.mac.toLower();
        if (!isMac(mac)) {
            add(HardwareSection::Nics,
                QCoreApplication::translate("welkin::VmHardwareXml", "MAC %1 is not a MAC address (six hex pairs like 52:54:00:12:34:56)").arg(nic.mac));
            continue;
        }
        if (QStringView(mac).left(2).toUInt(nullptr, 16) & 1)
            add(HardwareSection::Nics, QCoreApplication::translate("welkin::VmHardwareXml", "MAC %1 is a multicast address").arg(mac));
        if (macs.value(mac) > 1 && !reported.contains(mac)) {
            reported.insert(mac);
            add(HardwareSection::Nics, QCoreApplication::translate("welkin::VmHardwareXml", "MAC %1 is used by two NICs of this VM").arg(mac));
        }
        if (others.contains(mac))
            add(HardwareSection::Nics, QCoreApplication::translate("welkin::VmHardwareXml", "MAC %1 is already used by another VM on this host").arg(mac));
    }

    // Display
    if (!hw.listen.isEmpty() && QHostAddress(hw.listen).isNull())
        add(HardwareSection::Display, QCoreApplication::translate("welkin::VmHardwareXml", "Listen address %1 is not an IP address").arg(hw.listen));

    return problems;
}

HardwareDelta delta(const VmHardware &before, const VmHardware &after)
{
    HardwareDelta d;
    d.vcpus = before.vcpus != after.vcpus;
    d.maxVcpus = before.maxVcpus != after.maxVcpus;
    d.cpu = before.cpuMode != after.cpuMode || before.cpuModel != after.cpuModel || before.sockets != after.sockets
        || before.cores != after.cores || before.threads != after.threads;
    d.memory = before.memoryKiB != after.memoryKiB;
    d.maxMemory = before.maxMemoryKiB != after.maxMemoryKiB;
    d.boot = before.bootOrder != after.bootOrder || before.bootMenu != after.bootMenu;
    d.display = before.graphics != after.graphics || before.listen != after.listen
        || before.serialConsole != after.serialConsole;

    // Targets and MACs are keys: a second disk or NIC with the same key (only in broken input)
    // is left out, as disk() and nic() leave it out.
    QSet<QString> seen;
    for (const VmHardwareDisk &disk : after.disks) {
        if (seen.contains(disk.target))
            continue;
        seen.insert(disk.target);
        const VmHardwareDisk *old = before.disk(disk.target);
        if (!old) {
            d.addedDisks.append(disk);
        } else if (*old != disk) {
            VmHardwareDisk sameSource = *old;
            sameSource.type = disk.type;
            sameSource.path = disk.path;
            sameSource.pool = disk.pool;
            sameSource.volume = disk.volume;
            if (sameSource == disk && old->isRemovable())
                d.changedMedia.append(disk);
            else
                d.changedDisks.append(disk);
        }
    }
    seen.clear();
    for (const VmHardwareDisk &disk : before.disks) {
        if (!seen.contains(disk.target) && !after.disk(disk.target))
            d.removedDisks.append(disk);
        seen.insert(disk.target);
    }

    // A NIC without a MAC cannot be addressed: one in `after` is new unless `before` has the same.
    seen.clear();
    QList<VmHardwareNic> unaddressed;
    for (const VmHardwareNic &nic : before.nics) {
        if (nic.mac.isEmpty())
            unaddressed.append(nic);
    }
    for (const VmHardwareNic &nic : after.nics) {
        if (nic.mac.isEmpty()) {
            if (!unaddressed.removeOne(nic))
                d.addedNics.append(nic);
            continue;
        }
        if (seen.contains(nic.mac.toLower()))
            continue;
        seen.insert(nic.mac.toLower());
        const VmHardwareNic *old = before.nic(nic.mac);
        if (!old) {
            d.addedNics.append(nic);
        } else if (*old != nic) {
            VmHardwareNic sameLink = *old;
            sameLink.linkUp = nic.linkUp;
            sameLink.mac = nic.mac;
            if (sameLink == nic)
                d.changedLinks.append(nic);
            else
                d.changedNics.append(nic);
        }
    }
    seen.clear();
    for (const VmHardwareNic &nic : before.nics) {
        if (!nic.mac.isEmpty() && !seen.contains(nic.mac.toLower()) && !after.nic(nic.mac))
            d.removedNics.append(nic);
        seen.insert(nic.mac.toLower());
    }
    return d;
}

QStringList pendingFields(const VmHardware &persistent, const VmHardware &live)
{
    QStringList fields;
    if (persistent.vcpus != live.vcpus)
        fields.append(u"vcpus"_s);
    if (persistent.maxVcpus != live.maxVcpus)
        fields.append(u"maxVcpus"_s);
    // A running host-model CPU, or one left unstated, shows as the custom model it became.
    const auto mode = [](const QString &m) { return m.isEmpty() ? u"custom"_s : m; };
    const bool expanded = (persistent.cpuMode == u"host-model"
                           || (persistent.cpuMode.isEmpty() && persistent.cpuModel.isEmpty()))
        && mode(live.cpuMode) == u"custom";
    const bool modeDiffers = !expanded
        && (mode(persistent.cpuMode) != mode(live.cpuMode) || persistent.cpuModel != live.cpuModel);
    if (modeDiffers || persistent.sockets != live.sockets || persistent.cores != live.cores
        || persistent.threads != live.threads)
        fields.append(u"cpu"_s);
    if (persistent.memoryKiB != live.memoryKiB)
        fields.append(u"memory"_s);
    if (persistent.maxMemoryKiB != live.maxMemoryKiB)
        fields.append(u"maxMemory"_s);
    if (persistent.bootOrder != live.bootOrder || persistent.bootMenu != live.bootMenu)
        fields.append(u"boot"_s);
    // A running display shows the listen address it got from qemu.conf when none is configured.
    const bool listenDiffers = !persistent.listen.isEmpty() && persistent.listen != live.listen;
    if (persistent.graphics != live.graphics || listenDiffers || persistent.serialConsole != live.serialConsole)
        fields.append(u"display"_s);

    QStringList targets;
    for (const VmHardwareDisk &disk : persistent.disks)
        targets.append(disk.target);
    for (const VmHardwareDisk &disk : live.disks)
        targets.append(disk.target);
    targets.removeDuplicates();
    for (const QString &target : std::as_const(targets)) {
        const VmHardwareDisk *a = persistent.disk(target);
        const VmHardwareDisk *b = live.disk(target);
        if (!a || !b) {
            fields.append(u"disk:"_s + target);
            continue;
        }
        VmHardwareDisk running = *b;
        // A format left to libvirt shows as the one it found; an empty drive's is not shown.
        if (a->format.isEmpty() || running.format.isEmpty())
            running.format = a->format;
        if (*a != running)
            fields.append(u"disk:"_s + target);
    }
    QStringList macs;
    for (const VmHardwareNic &nic : persistent.nics)
        macs.append(nic.mac.toLower());
    for (const VmHardwareNic &nic : live.nics)
        macs.append(nic.mac.toLower());
    macs.removeDuplicates();
    for (const QString &mac : std::as_const(macs)) {
        if (mac.isEmpty())
            continue;
        const VmHardwareNic *a = persistent.nic(mac);
        const VmHardwareNic *b = live.nic(mac);
        if (!a || !b || *a != *b)
            fields.append(u"nic:"_s + mac);
    }
    return fields;
}

} // namespace VmHardwareXml

} // namespace welkin
