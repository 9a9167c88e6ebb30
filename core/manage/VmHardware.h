#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace welkin {

// One disk of a VM as the Details tab edits it. `target` ("vda") is its key.
struct VmHardwareDisk {
    QString target;
    QString device = QStringLiteral("disk"); // "disk", "cdrom", "floppy"
    QString type = QStringLiteral("file");   // <disk type>: file, block, volume, network
    QString bus = QStringLiteral("virtio");  // virtio, sata, scsi, ide, usb
    QString path;            // <source file|dev>; empty: an empty CD drive (or a network disk)
    QString pool;            // type='volume': <source pool volume>
    QString volume;
    QString format;          // <driver type>: qcow2, raw; empty when not stated
    QString cache;           // <driver cache>; empty: the hypervisor's default
    bool readOnly = false;
    bool shareable = false;

    bool isRemovable() const { return device == QLatin1String("cdrom") || device == QLatin1String("floppy"); }
    bool operator==(const VmHardwareDisk &) const = default;
};

// One network interface. `mac` (lower case) is its key; a new NIC may leave it empty for libvirt
// to choose.
struct VmHardwareNic {
    QString mac;
    QString type = QStringLiteral("network"); // network, bridge; others (direct, user, ...) are
                                              // shown and kept, not editable
    QString source;          // network name or bridge name
    QString model = QStringLiteral("virtio"); // virtio, e1000e, e1000, rtl8139
    bool linkUp = true;      // <link state='down'/> makes it false

    bool operator==(const VmHardwareNic &) const = default;
};

// The parts of a domain definition the Details tab shows and edits. Everything else in the
// definition is kept as it is when the tab writes it back.
struct VmHardware {
    int vcpus = 1;           // <vcpu current=...>, else the <vcpu> value
    int maxVcpus = 1;        // <vcpu> value
    int sockets = 0;         // <cpu><topology>; 0 when the definition has none
    int cores = 0;
    int threads = 0;
    QString cpuMode;         // <cpu mode>: host-passthrough, host-model, custom; empty: none given
    QString cpuModel;        // <cpu><model> for mode custom
    quint64 memoryKiB = 0;   // <currentMemory> (falls back to <memory>)
    quint64 maxMemoryKiB = 0; // <memory>
    bool balloon = false;    // a <memballoon> whose model is not "none"
    QStringList bootOrder;   // <os><boot dev>: hd, cdrom, network, fd; from per-device
                             // <boot order> when the definition uses those instead
    bool bootMenu = false;   // <os><bootmenu enable='yes'>
    QString firmware;        // "efi" (<os firmware='efi'> or a pflash <loader>), else "bios"; shown only
    QList<VmHardwareDisk> disks;   // document order
    QList<VmHardwareNic> nics;     // document order
    QString graphics;        // first <graphics type>: vnc, spice; empty: none
    QString listen;          // its listen address (<listen address> or @listen); empty: default
    bool hasGraphicsPassword = false; // @passwd present (never read out: the editor never sees it)
    bool serialConsole = false; // a <serial type='pty'> (with its <console>)

    const VmHardwareDisk *disk(const QString &target) const;
    const VmHardwareNic *nic(const QString &mac) const;
    bool operator==(const VmHardware &) const = default;
};

// What Apply asks for beyond the fields themselves.
struct HardwareEdit {
    VmHardware before;       // as the form was loaded (the definition must still say this)
    VmHardware after;        // as edited
    // nullopt: keep the graphics password; "": remove it; else the new password.
    std::optional<QString> graphicsPassword;
    // Volumes to create for added disks, by the target of the disk in `after` that uses them.
    struct NewVolume {
        QString target;
        QString pool;
        QString name;
        quint64 capacityBytes = 0;
        QString format = QStringLiteral("qcow2");
    };
    QList<NewVolume> newVolumes;
};

// The form's sections: libvirt's and Welkin's messages are shown next to the one they concern.
enum class HardwareSection { Processor, Memory, Boot, Disks, Nics, Display };

struct HardwareProblem {
    HardwareSection section;
    QString message;
};

// What the host allows, for checks before anything reaches libvirt.
struct HardwareLimits {
    quint64 hostMemoryKiB = 0;   // virNodeGetInfo; 0: unknown (not checked)
    int maxVcpus = 0;            // domain capabilities' <vcpu max>; 0: unknown
    QStringList otherMacs;       // MACs of the host's other VMs (lower case)
};

// Differences between two VmHardware values, as the live changes need them.
struct HardwareDelta {
    bool vcpus = false;          // current count
    bool maxVcpus = false;
    bool cpu = false;            // mode, model or topology
    bool memory = false;         // current
    bool maxMemory = false;
    bool boot = false;           // order or menu
    bool display = false;        // graphics type, listen or serial console
    QList<VmHardwareDisk> addedDisks;
    QList<VmHardwareDisk> removedDisks;
    QList<VmHardwareDisk> changedMedia;  // removable disks whose source alone changed (as in `after`)
    QList<VmHardwareDisk> changedDisks;  // other changes of a kept disk (as in `after`)
    QList<VmHardwareNic> addedNics;
    QList<VmHardwareNic> removedNics;
    QList<VmHardwareNic> changedLinks;   // only link state changed (as in `after`)
    QList<VmHardwareNic> changedNics;    // other changes of a kept NIC (as in `after`)

    bool isEmpty() const;
};

namespace VmHardwareXml {

// Reads the editable parts of a domain definition. false with `error` (line and column) on
// malformed XML or a root that is not <domain>.
bool parse(const QByteArray &xml, VmHardware *hardware, QString *error);

// `xml` (the persistent definition, secrets included) with `edit.after` written over what
// differs from `edit.before`: changed fields set, removed disks and NICs dropped, added ones
// appended to <devices>, the graphics password set or removed as asked. Elements and attributes
// Welkin does not edit are kept. false with `error` on malformed XML.
bool rewrite(const QByteArray &xml, const HardwareEdit &edit, QByteArray *out, QString *error);

// A <disk> / <interface> element for virDomainAttachDeviceFlags / UpdateDeviceFlags.
QByteArray diskXml(const VmHardwareDisk &disk);
QByteArray nicXml(const VmHardwareNic &nic);

// Checks an edited VmHardware before libvirt sees it: vCPUs within 1..maximum and the host's
// limit, a topology whose product is the maximum, memory within the maximum and the host's,
// disk targets unique and fitting their bus (vd* virtio, sd* sata/scsi/usb, hd* ide), MACs
// well formed, unicast and not used twice here or by another VM, a listen address that is an
// IP address. Empty when all is well.
QList<HardwareProblem> check(const VmHardware &hardware, const HardwareLimits &limits);

HardwareDelta delta(const VmHardware &before, const VmHardware &after);

// The fields whose persistent value differs from the running VM's: they take effect at the next
// start. Keys: "vcpus", "maxVcpus", "cpu", "memory", "maxMemory", "boot", "display",
// "disk:<target>", "nic:<mac>".
QStringList pendingFields(const VmHardware &persistent, const VmHardware &live);

} // namespace VmHardwareXml

} // namespace welkin

Q_DECLARE_METATYPE(welkin::VmHardware)
