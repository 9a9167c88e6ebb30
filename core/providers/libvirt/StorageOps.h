#pragma once

#include "LibvirtJobRunner.h"
#include "manage/StorageTypes.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>

struct _virConnect;

namespace welkin::libvirt {

// Job-side storage calls shared by HostStorage and VmManager. They run on a job thread (see
// LibvirtJobRunner) and block; every failure comes back as a JobOutcome with libvirt's reason.

// Creates a volume in `pool`; value: the new volume's path. Refuses a name that exists and a size
// larger than the pool's free space (for non-sparse allocation), with the figures.
JobOutcome createVolume(_virConnect *conn, const QString &pool, const StorageVolumeSpec &spec);
// Streams a local file into a new volume (virStorageVolUpload); value: the volume's path.
// Reports progress and "x MiB of y MiB" detail; honours cancel; deletes the partial volume on
// any failure or cancel.
JobOutcome uploadFile(const JobContext &context, const QString &pool, const QString &localPath,
                      const QString &volumeName, const QString &format);
// The same for bytes in memory (a generated cloud-init seed ISO).
JobOutcome uploadBytes(const JobContext &context, const QString &pool, const QByteArray &data,
                       const QString &volumeName, const QString &format);
// Streams a volume into a local file (virStorageVolDownload), byte for byte; value: localPath.
// Progress and detail as for uploads; honours cancel; removes the partial file on failure.
JobOutcome downloadToFile(const JobContext &context, const QString &pool, const QString &volume,
                          const QString &localPath);
// Deletes the volume at `path` (virStorageVolLookupByPath + virStorageVolDelete).
JobOutcome deleteVolumeByPath(_virConnect *conn, const QString &path);
// Disk source paths of every VM of the host -> the names of the VMs using them (inactive XML).
QHash<QString, QStringList> volumeUsers(_virConnect *conn);
// Runs `call` (a libvirt call returning < 0 on failure) again for up to timeoutMs while libvirt
// refuses it only because a pool or volume is busy with an asynchronous job (the refresh that
// follows an upload). Returns the last result; on failure the thread's libvirt error is intact.
int retryWhileBusy(const std::function<int()> &call, int timeoutMs = 10000);
// "3.1 GiB": the size wording of the storage messages.
QString sizeText(quint64 bytes);

} // namespace welkin::libvirt
