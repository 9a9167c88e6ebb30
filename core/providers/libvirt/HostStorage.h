#pragma once

#include "manage/StorageTypes.h"

#include <QCoreApplication>
#include <QPointer>

namespace welkin {

class LibvirtProvider;
class Task;

// Storage pools and volumes of one libvirt host, for the host page. GUI thread; every call
// returns a Task at once and runs on the provider's job runner. Reads are quiet tasks (not in
// the tasks dock); changes are announced. Results are in Task::result():
//   listPools -> QList<StoragePoolInfo>, poolTypes -> QStringList, listVolumes ->
//   QList<StorageVolumeInfo>, createVolume/upload -> QString (the new volume's path).
class HostStorage
{
    Q_DECLARE_TR_FUNCTIONS(welkin::HostStorage)
public:
    explicit HostStorage(LibvirtProvider *provider);

    Task *listPools();
    // Pool types the host supports (virConnectGetStoragePoolCapabilities), e.g. dir, netfs, logical.
    Task *poolTypes();
    Task *createPool(const StoragePoolSpec &spec);
    Task *startPool(const QString &pool);
    Task *stopPool(const QString &pool);
    Task *refreshPool(const QString &pool);
    Task *setPoolAutostart(const QString &pool, bool autostart);
    // Stops (when active) and undefines. With deleteData also deletes the data: for a directory
    // pool its volumes (refused while a VM uses one) and then the directory; for other types
    // libvirt's virStoragePoolDelete (a logical pool's volume group, a netfs mount point).
    Task *deletePool(const QString &pool, bool deleteData);

    Task *listVolumes(const QString &pool);
    Task *createVolume(const QString &pool, const StorageVolumeSpec &spec);
    Task *resizeVolume(const QString &pool, const QString &volume, quint64 capacity);
    // Refused with the VM's name while a VM of the host uses the volume.
    Task *deleteVolume(const QString &pool, const QString &volume);
    // Streams a local file into a new volume of the pool (virStorageVolUpload). Cancellable;
    // a failed or cancelled upload deletes the partial volume. format "raw"/"qcow2"/"iso".
    Task *uploadVolume(const QString &pool, const QString &localPath, const QString &volumeName,
                       const QString &format = {});
    // Streams a volume into a local file (virStorageVolDownload). Cancellable; a failed download
    // removes the partial file.
    Task *downloadVolume(const QString &pool, const QString &volume, const QString &localPath);

private:
    QPointer<LibvirtProvider> m_provider;
};

} // namespace welkin
