#include "Resource.h"

namespace welkin {

QStringList VmInfo::ipAddresses() const
{
    QStringList result;
    for (const NicInfo &nic : nics) {
        for (const QString &ip : nic.ips) {
            const qsizetype slash = ip.indexOf(u'/');
            result.append(slash < 0 ? ip : ip.left(slash));
        }
    }
    return result;
}

namespace {

ResourceFields vmFields(const VmInfo &a, const VmInfo &b)
{
    ResourceFields f;
    if (a.state != b.state || a.stateReason != b.stateReason)
        f |= ResourceField::State;
    if (a.vcpus != b.vcpus)
        f |= ResourceField::Cpus;
    if (a.memoryKiB != b.memoryKiB || a.maxMemoryKiB != b.maxMemoryKiB)
        f |= ResourceField::Memory;
    if (a.osType != b.osType || a.osName != b.osName || a.arch != b.arch)
        f |= ResourceField::Os;
    if (a.disks != b.disks)
        f |= ResourceField::Disks;
    if (a.nics.size() != b.nics.size()) {
        f |= ResourceField::Nics | ResourceField::Addresses;
    } else {
        for (qsizetype i = 0; i < a.nics.size(); ++i) {
            NicInfo x = a.nics[i], y = b.nics[i];
            if (x.ips != y.ips)
                f |= ResourceField::Addresses;
            x.ips.clear();
            y.ips.clear();
            if (x != y)
                f |= ResourceField::Nics;
        }
    }
    if (a.graphics != b.graphics)
        f |= ResourceField::Graphics;
    if (a.startedAtMs != b.startedAtMs)
        f |= ResourceField::Uptime;
    if (a.uuid != b.uuid || a.title != b.title || a.details != b.details || a.definitionPending != b.definitionPending)
        f |= ResourceField::Details;
    return f;
}

} // namespace

ResourceFields changedFields(const Resource &before, const Resource &after)
{
    ResourceFields f;
    if (before.name != after.name)
        f |= ResourceField::Name;
    if (before.parent != after.parent)
        f |= ResourceField::Parent;
    if (before.info.index() != after.info.index())
        return f | ResourceField::All;
    if (const VmInfo *a = before.vm())
        f |= vmFields(*a, *after.vm());
    else if (before.info != after.info)
        f |= ResourceField::Details;
    return f;
}

} // namespace welkin
