#pragma once

// Realistic inventory listings for the inventory and model tests: provider -> hosts -> VMs,
// parents before children, as a provider hands them to its InventoryDiffer.

#include "model/Resource.h"

#include <QList>
#include <QString>

#include <functional>

namespace welkin::testdata {

using namespace Qt::StringLiterals;

inline QString uuid(int n)
{
    return u"6695eb01-0000-4000-8000-%1"_s.arg(n, 12, 10, QChar(u'0'));
}

inline QString ip(int n)
{
    return u"10.%1.%2.%3"_s.arg(n / 65536 % 256).arg(n / 256 % 256).arg(n % 256);
}

inline QString vmName(int n)
{
    return u"vm-%1"_s.arg(n, 5, 10, QChar(u'0'));
}

inline ResourceId vmId(const QString &provider, int n)
{
    return ResourceId(provider, ResourceKind::Vm, uuid(n));
}

inline ResourceId hostId(const QString &provider, int h)
{
    return ResourceId(provider, ResourceKind::Host, u"host-%1"_s.arg(h));
}

inline Resource host(const QString &provider, int h, const ResourceId &parent = {})
{
    HostInfo info;
    info.hostname = u"host-%1.example.org"_s.arg(h);
    info.uri = provider;
    info.hypervisor = u"QEMU"_s;
    info.hypervisorVersion = u"7.2.0"_s;
    info.cpus = 32;
    info.memoryKiB = 128ull * 1024 * 1024;
    return Resource{hostId(provider, h), parent.isValid() ? parent : ResourceId::provider(provider),
                    u"host-%1"_s.arg(h), info};
}

inline Resource vm(const QString &provider, const ResourceId &parent, int n,
                   PowerState state = PowerState::Running)
{
    VmInfo info;
    info.uuid = uuid(n);
    info.state = state;
    info.stateReason = u"booted"_s;
    info.vcpus = 2;
    info.memoryKiB = 2ull * 1024 * 1024;
    info.maxMemoryKiB = info.memoryKiB;
    info.osType = u"hvm"_s;
    info.osName = u"Debian 12"_s;
    info.nics = {NicInfo{u"52:54:00:00:%1:%2"_s.arg(n / 256 % 256, 2, 16, QChar(u'0')).arg(n % 256, 2, 16, QChar(u'0')),
                         u"network"_s, u"default"_s, u"virtio"_s, u"vnet%1"_s.arg(n), {ip(n) + u"/16"_s}}};
    return Resource{vmId(provider, n), parent, vmName(n), info};
}

// `hosts` hosts under the provider, `vmsPerHost` VMs each, numbered across hosts; every third
// VM is shut off.
inline QList<Resource> listing(const QString &provider, int hosts, int vmsPerHost)
{
    QList<Resource> result;
    result.reserve(hosts * (vmsPerHost + 1));
    for (int h = 0; h < hosts; ++h)
        result.append(host(provider, h));
    for (int h = 0; h < hosts; ++h) {
        for (int i = 0; i < vmsPerHost; ++i) {
            const int n = h * vmsPerHost + i;
            result.append(vm(provider, hostId(provider, h), n, n % 3 == 2 ? PowerState::ShutOff : PowerState::Running));
        }
    }
    return result;
}

inline Resource *find(QList<Resource> &list, const ResourceId &id)
{
    for (Resource &r : list) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

inline void removeFrom(QList<Resource> &list, const ResourceId &id)
{
    list.removeIf([&](const Resource &r) { return r.id == id || r.parent == id; });
}

} // namespace welkin::testdata
