#include "NewVmHostData.h"

#include "ManageSupport.h"
#include "providers/Task.h"
#include "providers/libvirt/HostNetworks.h"
#include "providers/libvirt/HostStorage.h"
#include "providers/libvirt/LibvirtProvider.h"
#include "providers/libvirt/VmManager.h"

namespace welkin {

using namespace Qt::StringLiterals;

NewVmHostData::NewVmHostData(QObject *parent)
    : QObject(parent)
{
}

LibvirtProvider *NewVmHostData::provider() const
{
    return m_provider;
}

bool NewVmHostData::current(quint64 generation) const
{
    return generation == m_generation && m_provider;
}

QString NewVmHostData::hostName() const
{
    return m_provider ? m_provider->displayName() : QString();
}

void NewVmHostData::setProvider(LibvirtProvider *provider)
{
    ++m_generation;
    m_provider = provider;
    m_namesLoaded = m_poolsLoaded = m_networksLoaded = false;
    m_vmNames.clear();
    m_pools.clear();
    m_volumes.clear();
    m_volumesLoading.clear();
    m_networks.clear();
    m_capabilities.reset();
    m_errors.clear();
    Q_EMIT providerChanged();
    if (!provider)
        return;

    const quint64 generation = m_generation;
    VmManager vms(provider);
    manage::readResult(vms.vmNames(), this, [this, generation](Task *task) {
        if (!current(generation))
            return;
        if (task->state() != Task::State::Succeeded)
            return failed(u"names"_s, tr("Could not read the VM names: %1").arg(task->errorText()));
        m_vmNames = task->result().toStringList();
        m_namesLoaded = true;
        Q_EMIT namesChanged();
    });
    manage::readResult(vms.domainCapabilities(), this, [this, generation](Task *task) {
        if (!current(generation))
            return;
        if (task->state() != Task::State::Succeeded)
            return failed(u"capabilities"_s, tr("Could not read what the host offers new VMs: %1").arg(task->errorText()));
        m_capabilities = task->result().value<DomainCapabilitiesInfo>();
        Q_EMIT capabilitiesChanged();
    });
    HostNetworks networks(provider);
    manage::readResult(networks.listNetworks(), this, [this, generation](Task *task) {
        if (!current(generation))
            return;
        m_networksLoaded = true;
        if (task->state() != Task::State::Succeeded) {
            failed(u"networks"_s, tr("Could not list the virtual networks: %1").arg(task->errorText()));
        } else {
            m_networks = task->result().value<QList<VirtualNetworkInfo>>();
        }
        Q_EMIT networksChanged();
    });
    reloadPools();
}

void NewVmHostData::reloadPools()
{
    if (!m_provider)
        return;
    const quint64 generation = m_generation;
    HostStorage storage(m_provider);
    manage::readResult(storage.listPools(), this, [this, generation](Task *task) {
        if (!current(generation))
            return;
        m_poolsLoaded = true;
        if (task->state() != Task::State::Succeeded) {
            failed(u"pools"_s, tr("Could not list the storage pools: %1").arg(task->errorText()));
        } else {
            m_errors.remove(u"pools"_s);
            m_pools = task->result().value<QList<StoragePoolInfo>>();
        }
        Q_EMIT poolsChanged();
    });
}

std::optional<StoragePoolInfo> NewVmHostData::pool(const QString &name) const
{
    for (const StoragePoolInfo &info : m_pools) {
        if (info.name == name)
            return info;
    }
    return std::nullopt;
}

std::optional<StorageVolumeInfo> NewVmHostData::volumeByPath(const QString &path) const
{
    for (const QList<StorageVolumeInfo> &list : m_volumes) {
        for (const StorageVolumeInfo &volume : list) {
            if (volume.path == path)
                return volume;
        }
    }
    return std::nullopt;
}

void NewVmHostData::loadVolumes(const QString &pool)
{
    if (pool.isEmpty() || m_volumes.contains(pool) || m_volumesLoading.contains(pool))
        return;
    reloadVolumes(pool);
}

void NewVmHostData::reloadVolumes(const QString &pool)
{
    if (!m_provider || pool.isEmpty())
        return;
    m_volumesLoading.append(pool);
    const quint64 generation = m_generation;
    HostStorage storage(m_provider);
    manage::readResult(storage.listVolumes(pool), this, [this, generation, pool](Task *task) {
        if (!current(generation))
            return;
        m_volumesLoading.removeAll(pool);
        if (task->state() != Task::State::Succeeded) {
            failed(u"volumes:"_s + pool, tr("Could not list the volumes of pool '%1': %2").arg(pool, task->errorText()));
            m_volumes.insert(pool, {});
        } else {
            m_errors.remove(u"volumes:"_s + pool);
            m_volumes.insert(pool, task->result().value<QList<StorageVolumeInfo>>());
        }
        Q_EMIT volumesChanged(pool);
    });
}

void NewVmHostData::failed(const QString &what, const QString &error)
{
    m_errors.insert(what, error);
    Q_EMIT readFailed(what, error);
}

} // namespace welkin
