#pragma once

#include "PowerState.h"
#include "ResourceId.h"

#include <QFlags>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <variant>

namespace welkin {

struct DiskInfo {
    QString target;     // "vda"
    QString device;     // "disk", "cdrom", "floppy", "lun"
    QString bus;        // "virtio", "sata", "ide", "scsi"
    QString sourceType; // "file", "block", "network", "volume"
    QString source;     // path, pool/volume, protocol://host/name
    QString format;     // "qcow2", "raw"
    bool readOnly = false;
    friend bool operator==(const DiskInfo &, const DiskInfo &) = default;
};

struct NicInfo {
    QString mac;
    QString type;       // "network", "bridge", "direct", "user"
    QString source;     // network or bridge name
    QString model;      // "virtio", "e1000"
    QString target;     // host-side device, e.g. "vnet3" (live only)
    QStringList ips;    // "192.168.122.23/24" when known
    friend bool operator==(const NicInfo &, const NicInfo &) = default;
};

// Where a VM's screen can be reached. Never holds the password: consoles fetch it on demand.
struct GraphicsInfo {
    QString type;          // "vnc", "spice"
    QString listen;        // listen address, "" when none given
    QString socket;        // UNIX socket path when listening on one
    int port = -1;         // -1: not allocated (VM off, autoport)
    int tlsPort = -1;
    bool autoport = false;
    bool passwordRequired = false;
    friend bool operator==(const GraphicsInfo &, const GraphicsInfo &) = default;
};

struct VmInfo {
    QString uuid;
    PowerState state = PowerState::Unknown;
    QString stateReason;   // provider wording: "booted", "user", "destroyed", "ACTIVE/rebooting"
    QString title;         // optional free text from the provider
    int vcpus = 0;
    quint64 memoryKiB = 0;        // current allocation
    quint64 maxMemoryKiB = 0;
    QString osType;        // "hvm", "linux", "windows"
    QString osName;        // "Ubuntu 22.04" when the provider knows (libosinfo metadata, image)
    QString arch;
    QList<DiskInfo> disks;
    QList<NicInfo> nics;
    QList<GraphicsInfo> graphics;
    qint64 startedAtMs = 0;  // 0 when unknown or not running
    // true while only the listing's figures are known: the definition is still being read
    bool definitionPending = false;
    // Provider-specific fields for the overview, by translatable label: "Flavor", "Offering",
    // "Template", "Hypervisor host", "Key pair"…
    QMap<QString, QString> details;
    friend bool operator==(const VmInfo &, const VmInfo &) = default;

    QStringList ipAddresses() const; // all NIC addresses, prefix stripped
};

struct HostInfo {
    QString hostname;
    QString uri;             // how Welkin reaches it (libvirt URI, API endpoint)
    QString hypervisor;      // "QEMU", "Test", "Xen", "KVM"
    QString hypervisorVersion; // "7.2.0"
    QString libraryVersion;  // libvirt version of the daemon
    QString cpuModel;
    int cpus = 0;
    int mhz = 0;
    int sockets = 0, cores = 0, threads = 0, numaNodes = 0;
    quint64 memoryKiB = 0;
    QMap<QString, QString> details; // provider-specific: "State", "Cluster", "Allocated CPU"…
    friend bool operator==(const HostInfo &, const HostInfo &) = default;
};

// Providers, regions, zones, projects: nodes that group others.
struct GroupInfo {
    QString description;
    QMap<QString, QString> details; // provider-specific: "Network type", "Capacity"…
    friend bool operator==(const GroupInfo &, const GroupInfo &) = default;
};

// One node of the inventory as a provider reports it.
struct Resource {
    ResourceId id;
    ResourceId parent;   // invalid for the provider node itself
    QString name;
    std::variant<GroupInfo, HostInfo, VmInfo> info;

    const VmInfo *vm() const { return std::get_if<VmInfo>(&info); }
    VmInfo *vm() { return std::get_if<VmInfo>(&info); }
    const HostInfo *host() const { return std::get_if<HostInfo>(&info); }
    HostInfo *host() { return std::get_if<HostInfo>(&info); }
    const GroupInfo *group() const { return std::get_if<GroupInfo>(&info); }

    friend bool operator==(const Resource &, const Resource &) = default;
};

// Which parts of a resource changed; views turn these into the columns they repaint.
enum class ResourceField : quint32 {
    None = 0,
    Name = 1u << 0,
    Parent = 1u << 1,
    State = 1u << 2,      // power state or its reason
    Cpus = 1u << 3,
    Memory = 1u << 4,
    Os = 1u << 5,
    Disks = 1u << 6,
    Nics = 1u << 7,       // NICs other than their addresses
    Addresses = 1u << 8,  // IP addresses
    Graphics = 1u << 9,
    Uptime = 1u << 10,
    Details = 1u << 11,   // anything else (host figures, descriptions, titles)
    ProviderState = 1u << 12, // connection state of a provider node
    All = 0xffffffffu,
};
Q_DECLARE_FLAGS(ResourceFields, ResourceField)
Q_DECLARE_OPERATORS_FOR_FLAGS(ResourceFields)

// The fields in which `after` differs from `before` (same id assumed).
ResourceFields changedFields(const Resource &before, const Resource &after);

} // namespace welkin

Q_DECLARE_METATYPE(welkin::Resource)
