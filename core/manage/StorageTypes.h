#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace welkin {

// A libvirt storage pool as listed for the host page.
struct StoragePoolInfo {
    QString name;
    QString uuid;
    QString type;            // "dir", "netfs", "logical", ... (the pool XML's type attribute)
    QString targetPath;      // /var/lib/libvirt/images
    QString sourceHost;      // netfs
    QString sourcePath;      // netfs export directory, logical device
    bool active = false;
    bool autostart = false;
    bool persistent = true;
    quint64 capacity = 0;    // bytes
    quint64 allocation = 0;
    quint64 available = 0;
};

// A volume of a pool.
struct StorageVolumeInfo {
    QString pool;
    QString name;
    QString key;
    QString path;
    QString format;          // "qcow2", "raw", "iso", ... (target format, best effort)
    QString backingPath;     // qcow2 backing file, empty when none
    quint64 capacity = 0;    // bytes
    quint64 allocation = 0;
    QStringList usedBy;      // names of the host's VMs whose disks use this path
};

// What the "New storage pool" form produces.
struct StoragePoolSpec {
    QString name;
    QString type = QStringLiteral("dir");
    QString targetPath;      // dir, netfs (mount point), logical (/dev/VG)
    QString sourceHost;      // netfs
    QString sourceDir;       // netfs export
    QString sourceFormat;    // netfs: "nfs" (default) / "auto"; logical: "lvm2"
    QStringList sourceDevices; // logical: physical volumes to build the VG on
    QString sourceName;      // logical: volume group name (defaults to the pool name)
    bool build = true;       // virStoragePoolBuild (creates the directory / VG)
    bool start = true;
    bool autostart = true;
};

// What the "New volume" form produces.
struct StorageVolumeSpec {
    QString name;
    QString format = QStringLiteral("qcow2"); // "qcow2" or "raw"
    quint64 capacity = 0;    // bytes
    quint64 allocation = 0;  // bytes; 0 = sparse
    QString backingPath;     // qcow2 only: a linked volume on top of this one
    QString backingFormat;
};

} // namespace welkin

Q_DECLARE_METATYPE(welkin::StoragePoolInfo)
Q_DECLARE_METATYPE(welkin::StorageVolumeInfo)
