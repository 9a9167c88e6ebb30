#pragma once

#include "LibvirtJobRunner.h"
#include "manage/StorageTypes.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

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
// Deletes the volume at `path` (virStorageVolLookupByPath + virStorageVolDelete).
JobOutcome deleteVolumeByPath(_virConnect *conn, const QString &path);
// Disk source paths of every VM of the host -> the names of the VMs using them (inactive XML).
QHash<QString, QStringList> volumeUsers(_virConnect *conn);

} // namespace welkin::libvirt
