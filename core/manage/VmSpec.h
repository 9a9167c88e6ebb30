#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace welkin {

// Where a new VM's system comes from (the New VM wizard's first page).
enum class InstallSource {
    IsoVolume,    // an ISO volume already in a pool: attached as a CD, boot from it first
    LocalIso,     // an ISO on this workstation: uploaded to a pool, then as IsoVolume
    ImportDisk,   // an existing disk image (volume path) becomes the VM's disk
    Network,      // PXE boot
    CloudImage,   // a cloud image volume: a new qcow2 on top of it (or a copy) + cloud-init seed
};

struct CloudInitSpec {
    QString userName;
    QString sshPublicKey;    // one "ssh-ed25519 AAAA... comment" line
    QString hostName;
    QString extraUserData;   // optional extra #cloud-config lines, merged after ours
};

// The new VM's main disk.
struct NewDiskSpec {
    bool createNew = true;   // false: use existingPath
    QString pool;            // createNew: where the volume goes
    QString volumeName;      // createNew: defaults to "<vm>.qcow2"
    quint64 capacity = 0;    // bytes
    QString format = QStringLiteral("qcow2");
    QString existingPath;
    QString bus = QStringLiteral("virtio"); // "virtio", "sata", "scsi", "ide"
};

// Everything the wizard collected; DomainXmlWriter turns it into a domain definition.
struct NewVmSpec {
    QString name;
    InstallSource source = InstallSource::IsoVolume;
    QString isoPath;         // IsoVolume (and LocalIso after its upload): volume path on the host
    QString localIsoPath;    // LocalIso: file on this workstation
    QString isoPool;         // LocalIso: pool to upload into
    QString importPath;      // ImportDisk: volume path on the host
    QString cloudImagePath;  // CloudImage: base image volume path on the host
    CloudInitSpec cloudInit;
    QString osId;            // libosinfo short id ("debian12"), empty = generic
    int vcpus = 1;
    quint64 memoryMiB = 1024;
    NewDiskSpec disk;
    bool withDisk = true;    // PXE / ISO live systems may run diskless
    QString networkType = QStringLiteral("network"); // "network", "bridge", "none"
    QString networkSource = QStringLiteral("default");
    QString nicModel = QStringLiteral("virtio");
    QString macAddress;      // empty = libvirt picks
    QString firmware = QStringLiteral("bios"); // "bios" or "uefi"
    QString machine;         // empty = the emulator's default
    QString cpuMode;         // "host-passthrough", "host-model", empty = hypervisor default
    QString graphics = QStringLiteral("vnc"); // "vnc", "spice", "none"
    QString domainType = QStringLiteral("kvm"); // "kvm" or "qemu" (TCG)
    QString arch = QStringLiteral("x86_64");
    QString emulator;        // from the domain capabilities
    bool virtioDevices = true; // virtio disk/NIC/video vs emulated (from libosinfo)
    bool startAfter = true;
};

// What the host's virConnectGetDomainCapabilities offers the wizard.
struct DomainCapabilitiesInfo {
    QString domainType;      // "kvm" / "qemu"
    QString arch;
    QString emulator;
    QString machine;         // canonical default machine
    QStringList machines;    // from virConnectGetCapabilities for that arch/type
    QStringList loaders;     // UEFI loader paths; empty = UEFI not offered
    bool hostPassthrough = false;
    bool hostModel = false;
    QStringList diskBuses;
    QStringList graphicsTypes; // "vnc", "spice"
    QStringList videoModels;
};

// One disk of an existing VM, classified for the delete and clone dialogs.
struct VmDiskInfo {
    QString target;          // "vda"
    QString device;          // "disk", "cdrom", "floppy"
    QString path;            // source file/device; empty for an empty CD drive
    QString format;          // driver type
    QString pool;            // pool holding the volume, empty when not in a pool
    QString volume;          // volume name in that pool
    bool readOnly = false;
    bool shareable = false;
    QStringList alsoUsedBy;  // other VMs of the host using the same path
    // Owned writable disk: deleted by default with the VM, copied by a clone.
    bool owned() const { return device != QLatin1String("cdrom") && !readOnly && !shareable && alsoUsedBy.isEmpty() && !path.isEmpty(); }
};

struct CloneSpec {
    QString newName;
    bool linked = false;     // qcow2 overlays on the source's disks instead of full copies
    bool startAfter = false;
};

} // namespace welkin

Q_DECLARE_METATYPE(welkin::DomainCapabilitiesInfo)
Q_DECLARE_METATYPE(welkin::VmDiskInfo)
