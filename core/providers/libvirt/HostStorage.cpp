#include "HostStorage.h"

#include "HostJob.h"
#include "LibvirtErrors.h"
#include "LibvirtHandles.h"
#include "StorageOps.h"
#include "manage/NameRules.h"
#include "manage/StorageXml.h"

#include <QFileInfo>

#include <libvirt/virterror.h>

#include <algorithm>

namespace welkin {

using namespace Qt::StringLiterals;
using namespace welkin::libvirt;

namespace {

JobOutcome lookupPool(virConnectPtr conn, const QString &name, PoolHandle *pool)
{
    pool->reset(virStoragePoolLookupByName(conn, name.toUtf8().constData()));
    if (!*pool)
        return JobOutcome::failure(lastError().describe(HostStorage::tr("Could not find storage pool '%1'").arg(name)));
    return JobOutcome::success();
}

JobOutcome lookupVolume(virConnectPtr conn, const QString &poolName, const QString &volume, PoolHandle *pool,
                        VolumeHandle *vol)
{
    if (JobOutcome found = lookupPool(conn, poolName, pool); !found.ok)
        return found;
    vol->reset(virStorageVolLookupByName(pool->get(), volume.toUtf8().constData()));
    if (!*vol)
        return JobOutcome::failure(lastError().describe(HostStorage::tr("Could not find volume '%1' in pool '%2'").arg(volume, poolName)));
    return JobOutcome::success();
}

// The common shape of the simple pool calls: look the pool up, call, describe a failure.
JobOutcome poolCall(virConnectPtr conn, const QString &name, const QString &whatFailed,
                    const std::function<int(virStoragePoolPtr)> &call)
{
    PoolHandle pool;
    if (JobOutcome found = lookupPool(conn, name, &pool); !found.ok)
        return found;
    if (retryWhileBusy([&] { return call(pool.get()); }) < 0)
        return JobOutcome::failure(lastError().describe(whatFailed));
    return JobOutcome::success(name);
}

// Reads one pool; *gone when it was undefined since it was listed.
bool readPoolInfo(virStoragePoolPtr pool, StoragePoolInfo *info, QString *error, bool *gone = nullptr)
{
    const QString name = QString::fromUtf8(virStoragePoolGetName(pool));
    TextHandle xml(virStoragePoolGetXMLDesc(pool, 0));
    if (!xml) {
        const LibvirtError failure = lastError();
        if (gone)
            *gone = failure.code == VIR_ERR_NO_STORAGE_POOL;
        *error = failure.describe(HostStorage::tr("Could not read storage pool '%1'").arg(name));
        return false;
    }
    QString xmlError;
    if (!StorageXml::readPool(QByteArray(xml.get()), info, &xmlError)) {
        *error = HostStorage::tr("Could not read storage pool '%1': %2").arg(name, xmlError);
        return false;
    }
    virStoragePoolInfo state{};
    if (virStoragePoolGetInfo(pool, &state) == 0) {
        info->active = state.state == VIR_STORAGE_POOL_RUNNING || state.state == VIR_STORAGE_POOL_DEGRADED;
        info->capacity = state.capacity;
        info->allocation = state.allocation;
        info->available = state.available;
    }
    int autostart = 0;
    info->autostart = virStoragePoolGetAutostart(pool, &autostart) == 0 && autostart;
    info->persistent = virStoragePoolIsPersistent(pool) == 1;
    virResetLastError();
    return true;
}

JobOutcome listPoolsJob(virConnectPtr conn)
{
    virStoragePoolPtr *pools = nullptr;
    const int count = virConnectListAllStoragePools(conn, &pools, 0);
    if (count < 0)
        return JobOutcome::failure(lastError().describe(HostStorage::tr("Could not list the storage pools")));
    QList<StoragePoolInfo> result;
    QString error;
    for (int i = 0; i < count; ++i) {
        PoolHandle pool(pools[i]);
        StoragePoolInfo info;
        QString poolError;
        bool gone = false;
        if (readPoolInfo(pool.get(), &info, &poolError, &gone))
            result.append(info);
        else if (!gone && error.isEmpty())
            error = poolError;
    }
    free(pools); // NOLINT: libvirt's malloc'd array
    if (!error.isEmpty())
        return JobOutcome::failure(error);
    std::sort(result.begin(), result.end(), [](const auto &a, const auto &b) { return a.name < b.name; });
    return JobOutcome::success(QVariant::fromValue(result));
}

JobOutcome poolTypesJob(virConnectPtr conn)
{
    TextHandle xml(virConnectGetStoragePoolCapabilities(conn, 0));
    if (!xml) {
        const LibvirtError error = lastError();
        // Older hosts (libvirt < 5.2) have no capabilities call: a directory pool always works.
        if (error.isUnsupported())
            return JobOutcome::success(QStringList{u"dir"_s});
        return JobOutcome::failure(error.describe(HostStorage::tr("Could not read the storage pool types")));
    }
    QStringList types;
    QString error;
    if (!StorageXml::readPoolTypes(QByteArray(xml.get()), &types, &error))
        return JobOutcome::failure(HostStorage::tr("Could not read the storage pool types: %1").arg(error));
    return JobOutcome::success(types);
}

QString checkPoolSpec(const StoragePoolSpec &spec)
{
    if (const QString bad = NameRules::check(NameRules::Kind::Pool, spec.name); !bad.isEmpty())
        return bad;
    const bool absolute = spec.targetPath.startsWith(u'/');
    if (spec.type == "dir"_L1 || spec.type == "netfs"_L1) {
        if (spec.targetPath.isEmpty())
            return HostStorage::tr("Storage pool '%1' needs a target directory").arg(spec.name);
        if (!absolute)
            return HostStorage::tr("The target directory '%1' is not an absolute path").arg(spec.targetPath);
    }
    if (spec.type == "netfs"_L1) {
        if (spec.sourceHost.isEmpty())
            return HostStorage::tr("Storage pool '%1' needs the NFS server's host name").arg(spec.name);
        if (!spec.sourceDir.startsWith(u'/'))
            return HostStorage::tr("Storage pool '%1' needs the exported directory (an absolute path)").arg(spec.name);
    }
    if (spec.type == "logical"_L1 && spec.build && spec.sourceDevices.isEmpty())
        return HostStorage::tr("Storage pool '%1' needs at least one device to build its volume group on").arg(spec.name);
    return {};
}

JobOutcome createPoolJob(virConnectPtr conn, const StoragePoolSpec &spec)
{
    if (const QString bad = checkPoolSpec(spec); !bad.isEmpty())
        return JobOutcome::failure(bad);
    if (PoolHandle existing{virStoragePoolLookupByName(conn, spec.name.toUtf8().constData())})
        return JobOutcome::failure(HostStorage::tr("A storage pool named '%1' already exists").arg(spec.name));
    virResetLastError();

    const QByteArray xml = StorageXml::poolXml(spec);
    PoolHandle pool(virStoragePoolDefineXML(conn, xml.constData(), 0));
    if (!pool)
        return JobOutcome::failure(lastError().describe(HostStorage::tr("Could not define storage pool '%1'").arg(spec.name)));

    bool built = false;
    // Undoes what this job did, keeping the first error.
    auto fail = [&](const QString &step) {
        const LibvirtError error = lastError();
        if (virStoragePoolIsActive(pool.get()) == 1)
            virStoragePoolDestroy(pool.get());
        // A volume group this job just built on blank devices goes again; a directory may have
        // existed before, so it stays.
        if (built && spec.type == "logical"_L1)
            virStoragePoolDelete(pool.get(), 0);
        virStoragePoolUndefine(pool.get());
        return JobOutcome::failure(error.describe(step));
    };

    if (spec.build) {
        const unsigned int flags = spec.type == "logical"_L1 ? VIR_STORAGE_POOL_BUILD_NO_OVERWRITE : 0;
        if (virStoragePoolBuild(pool.get(), flags) < 0)
            return fail(HostStorage::tr("Could not build storage pool '%1'").arg(spec.name));
        built = true;
    }
    if (spec.start && virStoragePoolCreate(pool.get(), 0) < 0)
        return fail(HostStorage::tr("Could not start storage pool '%1'").arg(spec.name));
    if (spec.autostart && virStoragePoolSetAutostart(pool.get(), 1) < 0)
        return fail(HostStorage::tr("Could not set storage pool '%1' to start with the host").arg(spec.name));
    return JobOutcome::success(spec.name);
}

QString usersText(const QStringList &vms)
{
    QStringList quoted;
    for (const QString &vm : vms)
        quoted.append(u'\'' + vm + u'\'');
    return quoted.join(u", "_s);
}

// Why `path` must not be deleted now (a VM uses it), or "".
QString inUseReason(virConnectPtr conn, const QString &volume, const QString &path)
{
    const QStringList users = volumeUsers(conn).value(path);
    if (users.isEmpty())
        return {};
    return users.size() == 1 ? HostStorage::tr("Volume '%1' is used by VM %2").arg(volume, usersText(users))
                             : HostStorage::tr("Volume '%1' is used by VMs %2").arg(volume, usersText(users));
}

JobOutcome listVolumesJob(virConnectPtr conn, const QString &poolName)
{
    PoolHandle pool;
    if (JobOutcome found = lookupPool(conn, poolName, &pool); !found.ok)
        return found;
    if (virStoragePoolIsActive(pool.get()) != 1)
        return JobOutcome::failure(HostStorage::tr("Storage pool '%1' is not active: start it to see its volumes").arg(poolName));
    virStorageVolPtr *volumes = nullptr;
    const int count = virStoragePoolListAllVolumes(pool.get(), &volumes, 0);
    if (count < 0)
        return JobOutcome::failure(lastError().describe(HostStorage::tr("Could not list the volumes of pool '%1'").arg(poolName)));
    QList<StorageVolumeInfo> result;
    QString error;
    for (int i = 0; i < count; ++i) {
        VolumeHandle vol(volumes[i]);
        TextHandle xml(virStorageVolGetXMLDesc(vol.get(), 0));
        if (!xml)
            continue; // deleted since the listing
        StorageVolumeInfo info;
        info.pool = poolName;
        QString xmlError;
        if (StorageXml::readVolume(QByteArray(xml.get()), &info, &xmlError))
            result.append(info);
        else if (error.isEmpty())
            error = HostStorage::tr("Could not read volume '%1': %2").arg(QString::fromUtf8(virStorageVolGetName(vol.get())), xmlError);
    }
    free(volumes); // NOLINT: libvirt's malloc'd array
    virResetLastError();
    if (!error.isEmpty())
        return JobOutcome::failure(error);
    const QHash<QString, QStringList> users = volumeUsers(conn);
    for (StorageVolumeInfo &info : result)
        info.usedBy = users.value(info.path);
    std::sort(result.begin(), result.end(), [](const auto &a, const auto &b) { return a.name < b.name; });
    return JobOutcome::success(QVariant::fromValue(result));
}

JobOutcome deletePoolJob(virConnectPtr conn, const QString &name, bool deleteData)
{
    PoolHandle pool;
    if (JobOutcome found = lookupPool(conn, name, &pool); !found.ok)
        return found;
    StoragePoolInfo info;
    QString error;
    if (!readPoolInfo(pool.get(), &info, &error))
        return JobOutcome::failure(error);

    bool dataGone = false;
    if (deleteData && info.type == "dir"_L1 && !info.active && virStoragePoolCreate(pool.get(), 0) < 0) {
        const LibvirtError error = lastError();
        // A directory that no longer exists holds no data: only the definition is left to remove.
        if (!error.message.contains("No such file or directory"_L1))
            return JobOutcome::failure(error.describe(HostStorage::tr("Could not start storage pool '%1' to delete its volumes").arg(name)));
        dataGone = true;
    }
    if (deleteData && info.type == "dir"_L1 && !dataGone) {
        // The directory only goes when empty: delete the pool's volumes first, none while in use.
        const JobOutcome listed = listVolumesJob(conn, name);
        if (!listed.ok)
            return listed;
        const auto volumes = listed.value.value<QList<StorageVolumeInfo>>();
        for (const StorageVolumeInfo &volume : volumes) {
            if (!volume.usedBy.isEmpty())
                return JobOutcome::failure(inUseReason(conn, volume.name, volume.path));
        }
        for (const StorageVolumeInfo &volume : volumes) {
            if (JobOutcome deleted = deleteVolumeByPath(conn, volume.path); !deleted.ok)
                return deleted;
        }
    }
    if (virStoragePoolIsActive(pool.get()) == 1
        && retryWhileBusy([&] { return virStoragePoolDestroy(pool.get()); }) < 0)
        return JobOutcome::failure(lastError().describe(HostStorage::tr("Could not stop storage pool '%1'").arg(name)));
    if (deleteData && !dataGone && virStoragePoolDelete(pool.get(), 0) < 0)
        return JobOutcome::failure(lastError().describe(HostStorage::tr("Could not delete the data of storage pool '%1'").arg(name)));
    if (info.persistent && virStoragePoolUndefine(pool.get()) < 0)
        return JobOutcome::failure(lastError().describe(HostStorage::tr("Could not undefine storage pool '%1'").arg(name)));
    return JobOutcome::success(name);
}

JobOutcome resizeVolumeJob(virConnectPtr conn, const QString &poolName, const QString &volume, quint64 capacity)
{
    PoolHandle pool;
    VolumeHandle vol;
    if (JobOutcome found = lookupVolume(conn, poolName, volume, &pool, &vol); !found.ok)
        return found;
    virStorageVolInfo info{};
    virStoragePoolInfo poolInfo{};
    if (virStorageVolGetInfo(vol.get(), &info) < 0 || virStoragePoolGetInfo(pool.get(), &poolInfo) < 0)
        return JobOutcome::failure(lastError().describe(HostStorage::tr("Could not read volume '%1'").arg(volume)));
    if (capacity < info.capacity) {
        return JobOutcome::failure(HostStorage::tr("Volume '%1' is %2: shrinking it to %3 would cut off its data")
                                       .arg(volume, sizeText(info.capacity), sizeText(capacity)));
    }
    if (capacity == info.capacity)
        return JobOutcome::success(volume);
    const quint64 growth = capacity - info.capacity;
    if (growth > poolInfo.available) {
        return JobOutcome::failure(HostStorage::tr("Volume '%1' needs %2 more, pool '%3' has %4 free")
                                       .arg(volume, sizeText(growth), poolName, sizeText(poolInfo.available)));
    }
    if (retryWhileBusy([&] { return virStorageVolResize(vol.get(), capacity, 0); }) < 0)
        return JobOutcome::failure(lastError().describe(HostStorage::tr("Could not resize volume '%1'").arg(volume)));
    return JobOutcome::success(volume);
}

JobOutcome deleteVolumeJob(virConnectPtr conn, const QString &poolName, const QString &volume)
{
    PoolHandle pool;
    VolumeHandle vol;
    if (JobOutcome found = lookupVolume(conn, poolName, volume, &pool, &vol); !found.ok)
        return found;
    TextHandle path(virStorageVolGetPath(vol.get()));
    if (!path)
        return JobOutcome::failure(lastError().describe(HostStorage::tr("Could not read volume '%1'").arg(volume)));
    const QString volumePath = QString::fromUtf8(path.get());
    if (const QString reason = inUseReason(conn, volume, volumePath); !reason.isEmpty())
        return JobOutcome::failure(reason);
    // An overlay on top of this volume would lose its base.
    const JobOutcome listed = listVolumesJob(conn, poolName);
    if (listed.ok) {
        for (const StorageVolumeInfo &other : listed.value.value<QList<StorageVolumeInfo>>()) {
            if (other.backingPath == volumePath)
                return JobOutcome::failure(HostStorage::tr("Volume '%1' is the backing file of volume '%2'").arg(volume, other.name));
        }
    }
    if (retryWhileBusy([&] { return virStorageVolDelete(vol.get(), 0); }) < 0)
        return JobOutcome::failure(lastError().describe(HostStorage::tr("Could not delete volume '%1'").arg(volume)));
    return JobOutcome::success(volume);
}

} // namespace

HostStorage::HostStorage(LibvirtProvider *provider) : m_provider(provider) {}

Task *HostStorage::listPools()
{
    return runHostJob(m_provider, HostStorage::tr("List storage pools"),
                      [](JobContext &context) { return listPoolsJob(context.connection()); }, false);
}

Task *HostStorage::poolTypes()
{
    return runHostJob(m_provider, HostStorage::tr("Read storage pool types"),
                      [](JobContext &context) { return poolTypesJob(context.connection()); }, false);
}

Task *HostStorage::createPool(const StoragePoolSpec &spec)
{
    return runHostJob(m_provider, HostStorage::tr("Create storage pool %1").arg(spec.name),
                      [spec](JobContext &context) { return createPoolJob(context.connection(), spec); }, true);
}

Task *HostStorage::startPool(const QString &pool)
{
    return runHostJob(m_provider, HostStorage::tr("Start storage pool %1").arg(pool), [pool](JobContext &context) {
        return poolCall(context.connection(), pool, HostStorage::tr("Could not start storage pool '%1'").arg(pool),
                        [](virStoragePoolPtr p) { return virStoragePoolCreate(p, 0); });
    }, true);
}

Task *HostStorage::stopPool(const QString &pool)
{
    return runHostJob(m_provider, HostStorage::tr("Stop storage pool %1").arg(pool), [pool](JobContext &context) {
        return poolCall(context.connection(), pool, HostStorage::tr("Could not stop storage pool '%1'").arg(pool),
                        [](virStoragePoolPtr p) { return virStoragePoolDestroy(p); });
    }, true);
}

Task *HostStorage::refreshPool(const QString &pool)
{
    return runHostJob(m_provider, HostStorage::tr("Refresh storage pool %1").arg(pool), [pool](JobContext &context) {
        return poolCall(context.connection(), pool, HostStorage::tr("Could not refresh storage pool '%1'").arg(pool),
                        [](virStoragePoolPtr p) { return virStoragePoolRefresh(p, 0); });
    }, true);
}

Task *HostStorage::setPoolAutostart(const QString &pool, bool autostart)
{
    const QString title = autostart ? HostStorage::tr("Start storage pool %1 with the host").arg(pool)
                                    : HostStorage::tr("Do not start storage pool %1 with the host").arg(pool);
    return runHostJob(m_provider, title, [pool, autostart](JobContext &context) {
        return poolCall(context.connection(), pool, HostStorage::tr("Could not change the autostart of storage pool '%1'").arg(pool),
                        [autostart](virStoragePoolPtr p) { return virStoragePoolSetAutostart(p, autostart ? 1 : 0); });
    }, true);
}

Task *HostStorage::deletePool(const QString &pool, bool deleteData)
{
    return runHostJob(m_provider, HostStorage::tr("Delete storage pool %1").arg(pool), [pool, deleteData](JobContext &context) {
        return deletePoolJob(context.connection(), pool, deleteData);
    }, true);
}

Task *HostStorage::listVolumes(const QString &pool)
{
    return runHostJob(m_provider, HostStorage::tr("List the volumes of %1").arg(pool),
                      [pool](JobContext &context) { return listVolumesJob(context.connection(), pool); }, false);
}

Task *HostStorage::createVolume(const QString &pool, const StorageVolumeSpec &spec)
{
    return runHostJob(m_provider, HostStorage::tr("Create volume %1").arg(spec.name), [pool, spec](JobContext &context) {
        return libvirt::createVolume(context.connection(), pool, spec);
    }, true);
}

Task *HostStorage::resizeVolume(const QString &pool, const QString &volume, quint64 capacity)
{
    return runHostJob(m_provider, HostStorage::tr("Resize volume %1").arg(volume), [pool, volume, capacity](JobContext &context) {
        return resizeVolumeJob(context.connection(), pool, volume, capacity);
    }, true);
}

Task *HostStorage::deleteVolume(const QString &pool, const QString &volume)
{
    return runHostJob(m_provider, HostStorage::tr("Delete volume %1").arg(volume), [pool, volume](JobContext &context) {
        return deleteVolumeJob(context.connection(), pool, volume);
    }, true);
}

Task *HostStorage::uploadVolume(const QString &pool, const QString &localPath, const QString &volumeName,
                                const QString &format)
{
    const QString name = volumeName.isEmpty() ? QFileInfo(localPath).fileName() : volumeName;
    return runHostJob(m_provider, HostStorage::tr("Upload %1 to %2").arg(name, pool), [=](JobContext &context) {
        return uploadFile(context, pool, localPath, name, format);
    }, true, true);
}

Task *HostStorage::downloadVolume(const QString &pool, const QString &volume, const QString &localPath)
{
    return runHostJob(m_provider, HostStorage::tr("Download volume %1").arg(volume), [=](JobContext &context) {
        return downloadToFile(context, pool, volume, localPath);
    }, true, true);
}

} // namespace welkin
