#pragma once

#include "manage/NetworkTypes.h"
#include "manage/StorageTypes.h"
#include "manage/VmSpec.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

namespace welkin {

class LibvirtProvider;

// What the VM forms know about one libvirt host: its VM names, storage pools and their volumes,
// virtual networks and domain capabilities. Read with quiet tasks when the host is set; each
// answer arrives with its own signal. Answers for a host that is no longer the current one are
// dropped.
class NewVmHostData : public QObject
{
    Q_OBJECT
public:
    explicit NewVmHostData(QObject *parent = nullptr);

    // Reads everything of `provider` (nullptr clears).
    void setProvider(LibvirtProvider *provider);
    LibvirtProvider *provider() const;
    QString hostName() const;

    void reloadPools();
    // Lists the pool's volumes unless they are known (or being listed) already.
    void loadVolumes(const QString &pool);
    void reloadVolumes(const QString &pool);

    bool namesLoaded() const { return m_namesLoaded; }
    const QStringList &vmNames() const { return m_vmNames; }
    bool poolsLoaded() const { return m_poolsLoaded; }
    const QList<StoragePoolInfo> &pools() const { return m_pools; }
    std::optional<StoragePoolInfo> pool(const QString &name) const;
    bool volumesLoaded(const QString &pool) const { return m_volumes.contains(pool); }
    QList<StorageVolumeInfo> volumes(const QString &pool) const { return m_volumes.value(pool); }
    std::optional<StorageVolumeInfo> volumeByPath(const QString &path) const;
    bool networksLoaded() const { return m_networksLoaded; }
    const QList<VirtualNetworkInfo> &networks() const { return m_networks; }
    const std::optional<DomainCapabilitiesInfo> &capabilities() const { return m_capabilities; }
    // Why a read failed ("Could not list the storage pools: …"), by what was read.
    QString error(const QString &what) const { return m_errors.value(what); }

Q_SIGNALS:
    void providerChanged();
    void namesChanged();
    void poolsChanged();
    void volumesChanged(const QString &pool);
    void networksChanged();
    void capabilitiesChanged();
    void readFailed(const QString &what, const QString &error);

private:
    bool current(quint64 generation) const;
    void failed(const QString &what, const QString &error);

    QPointer<LibvirtProvider> m_provider;
    quint64 m_generation = 0;
    bool m_namesLoaded = false;
    QStringList m_vmNames;
    bool m_poolsLoaded = false;
    QList<StoragePoolInfo> m_pools;
    QHash<QString, QList<StorageVolumeInfo>> m_volumes;
    QStringList m_volumesLoading;
    bool m_networksLoaded = false;
    QList<VirtualNetworkInfo> m_networks;
    std::optional<DomainCapabilitiesInfo> m_capabilities;
    QHash<QString, QString> m_errors;
};

} // namespace welkin
