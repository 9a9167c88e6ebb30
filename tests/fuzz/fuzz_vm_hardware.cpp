// The Details tab's reading and writing of a domain definition (VmHardwareXml). Input: domain
// XML (host-controlled: virDomainGetXMLDesc). It is parsed; when that works, an edit touching
// every kind of field is written over it, and the output must parse again and say what the edit
// asked for. check, delta and pendingFields run on what was read.
#include "FuzzSupport.h"

#include "manage/VmHardware.h"

#include <algorithm>

using namespace welkin;
using namespace welkin::fuzz;
using namespace Qt::StringLiterals;

namespace {

bool uniqueTarget(const VmHardware &hw, const QString &target)
{
    return !target.isEmpty()
        && std::count_if(hw.disks.cbegin(), hw.disks.cend(), [&](const VmHardwareDisk &d) { return d.target == target; }) == 1;
}

bool uniqueMac(const VmHardware &hw, const QString &mac)
{
    return !mac.isEmpty()
        && std::count_if(hw.nics.cbegin(), hw.nics.cend(), [&](const VmHardwareNic &n) { return n.mac == mac; }) == 1;
}

QString freeTarget(const VmHardware &hw)
{
    for (int i = 0;; ++i) {
        const QString target = u"sdz"_s + QString(QChar(char16_t(u'a' + i % 26))).repeated(i / 26 + 1);
        if (!hw.disk(target))
            return target;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray xml = bytes(data, size);
    VmHardware before;
    QString error;
    if (!VmHardwareXml::parse(xml, &before, &error)) {
        FUZZ_CHECK(error.startsWith(u"line "_s), error);
        // Refused values (a vCPU count that is no number) are no reason for rewrite to fail.
        QByteArray out;
        if (!VmHardwareXml::rewrite(xml, HardwareEdit(), &out, &error))
            FUZZ_CHECK(out.isEmpty() && error.startsWith(u"line "_s), error);
        return 0;
    }
    FUZZ_CHECK(before.firmware == u"bios"_s || before.firmware == u"efi"_s, shown(before.firmware));
    FUZZ_CHECK(!before.bootOrder.contains(QString()), before.bootOrder.join(u' '));

    for (const HardwareProblem &problem : VmHardwareXml::check(before, {before.maxMemoryKiB / 2, 4, {u"52:54:00:00:00:01"_s}}))
        FUZZ_CHECK(!problem.message.isEmpty(), {});
    FUZZ_CHECK(VmHardwareXml::delta(before, before).isEmpty(), {});
    FUZZ_CHECK(VmHardwareXml::pendingFields(before, before).isEmpty(), VmHardwareXml::pendingFields(before, before).join(u' '));

    HardwareEdit edit;
    edit.before = before;
    VmHardware &after = edit.after;
    after = before;
    after.maxVcpus = before.maxVcpus % 64 + 1;
    after.vcpus = std::max(1, after.maxVcpus / 2);
    after.sockets = 1;
    after.cores = after.maxVcpus;
    after.threads = 1;
    after.cpuMode = before.cpuMode == u"host-passthrough" ? u"host-model"_s : u"host-passthrough"_s;
    after.memoryKiB = before.memoryKiB / 2 + 1024;
    after.maxMemoryKiB = std::max(before.maxMemoryKiB, after.memoryKiB);
    after.balloon = !before.balloon;
    after.bootOrder = QStringList(before.bootOrder.crbegin(), before.bootOrder.crend());
    if (after.bootOrder.isEmpty())
        after.bootOrder = {u"network"_s, u"hd"_s};
    after.bootMenu = !before.bootMenu;
    after.serialConsole = !before.serialConsole;
    after.graphics = before.graphics == u"vnc" ? u"spice"_s : u"vnc"_s;
    after.listen = before.listen == u"::1" ? u"127.0.0.1"_s : u"::1"_s;
    edit.graphicsPassword = u"p&ss'<\"w>"_s;
    after.hasGraphicsPassword = true;

    // Disks: the first one edited (media for a CD, cache otherwise), the last removed, one added.
    QString edited;
    enum { Volume, Path, Cache } editedField = Cache;
    if (!after.disks.isEmpty() && uniqueTarget(before, after.disks.first().target)) {
        VmHardwareDisk &disk = after.disks.first();
        edited = disk.target;
        editedField = !disk.isRemovable() ? Cache : disk.type == u"volume" ? Volume : Path;
        if (editedField == Volume)
            disk.volume = u"new & improved.iso"_s;
        else if (editedField == Path)
            disk.path = u"/isos/new & improved.iso"_s;
        else
            disk.cache = u"writeback"_s;
        disk.readOnly = !disk.readOnly;
    }
    QString removed;
    if (after.disks.size() >= 2 && uniqueTarget(before, after.disks.last().target)) {
        removed = after.disks.last().target;
        after.disks.removeLast();
    }
    VmHardwareDisk added;
    added.target = freeTarget(before);
    added.device = u"cdrom"_s;
    added.bus = u"sata"_s;
    added.format = u"raw"_s;
    added.readOnly = true;
    after.disks.append(added);

    // NICs: the first one's link flipped, the last removed, one added without a MAC.
    QString flipped;
    if (!after.nics.isEmpty() && uniqueMac(before, after.nics.first().mac)) {
        flipped = after.nics.first().mac;
        after.nics.first().linkUp = !after.nics.first().linkUp;
    }
    QString unplugged;
    if (after.nics.size() >= 2 && uniqueMac(before, after.nics.last().mac)) {
        unplugged = after.nics.last().mac;
        after.nics.removeLast();
    }
    VmHardwareNic nic;
    nic.source = u"default"_s;
    after.nics.append(nic);

    QByteArray out;
    if (!VmHardwareXml::rewrite(xml, edit, &out, &error)) {
        // The one refusal of input the parser took: nesting QDom's recursion cannot take.
        FUZZ_CHECK(error.contains(u"nested deeper"_s) && out.isEmpty(), error);
        return 0;
    }
    VmHardware written;
    FUZZ_CHECK(VmHardwareXml::parse(out, &written, &error), error + u'\n' + QString::fromUtf8(out));

    const auto detail = [&]() -> QString { return QString::fromUtf8(xml) + u"\n----\n"_s + QString::fromUtf8(out); };
    FUZZ_CHECK(written.vcpus == after.vcpus && written.maxVcpus == after.maxVcpus, detail());
    FUZZ_CHECK(written.sockets == after.sockets && written.cores == after.cores && written.threads == after.threads, detail());
    FUZZ_CHECK(written.cpuMode == after.cpuMode, detail());
    FUZZ_CHECK(written.memoryKiB == after.memoryKiB && written.maxMemoryKiB == after.maxMemoryKiB, detail());
    FUZZ_CHECK(written.balloon == after.balloon, detail());
    FUZZ_CHECK(written.bootOrder == after.bootOrder && written.bootMenu == after.bootMenu, detail());
    FUZZ_CHECK(written.serialConsole == after.serialConsole, detail());
    FUZZ_CHECK(written.graphics == after.graphics && written.listen == after.listen, detail());
    FUZZ_CHECK(written.hasGraphicsPassword, detail());
    if (!edited.isEmpty()) {
        const VmHardwareDisk *disk = written.disk(edited);
        const VmHardwareDisk *wanted = after.disk(edited);
        FUZZ_CHECK(disk && disk->readOnly == wanted->readOnly, detail());
        if (editedField == Volume)
            FUZZ_CHECK(disk->volume == wanted->volume && disk->pool == wanted->pool, detail());
        else if (editedField == Path)
            FUZZ_CHECK(disk->path == wanted->path, detail());
        else
            FUZZ_CHECK(disk->cache == wanted->cache && disk->format == wanted->format, detail());
    }
    if (!removed.isEmpty())
        FUZZ_CHECK(!written.disk(removed), detail());
    FUZZ_CHECK(written.disk(added.target) && *written.disk(added.target) == added, detail());
    if (!flipped.isEmpty())
        FUZZ_CHECK(written.nic(flipped) && written.nic(flipped)->linkUp == after.nic(flipped)->linkUp, detail());
    if (!unplugged.isEmpty())
        FUZZ_CHECK(!written.nic(unplugged), detail());
    FUZZ_CHECK(std::count(written.nics.cbegin(), written.nics.cend(), nic) >= 1, detail());

    const HardwareDelta delta = VmHardwareXml::delta(before, written);
    FUZZ_CHECK(!delta.isEmpty(), detail());
    VmHardwareXml::pendingFields(before, written);
    VmHardwareXml::check(written, {});
    return 0;
}
