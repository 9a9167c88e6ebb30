#pragma once

#include "manage/MigrationTypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace welkin {

// What the pre-flight checks of a migration look at. The job reads it from both hosts (libvirt
// calls, VmMigrationJobs.cpp); MigrationChecks judges it without libvirt.

struct MigrationHostFacts {
    QString uri;
    QString hypervisor;          // virConnectGetType: "QEMU"
    QString hostUuid;            // capabilities <host><uuid>
    quint64 freeMemoryBytes = 0; // virNodeGetFreeMemory; 0 when unknown
};

// Whether the destination has something the VM uses, by name.
enum class MigrationPresence { Present, Inactive, Absent, Unknown };

struct MigrationNicFacts {
    QString type;                // <interface type>: network, bridge, direct, user, ...
    QString source;              // network, bridge or device name
    MigrationPresence onDestination = MigrationPresence::Unknown;
};

// One disk and what the destination has at its place.
struct MigrationDiskFacts {
    QString target;              // "vda"
    QString device;              // disk, cdrom, floppy
    QString type;                // <disk type>: file, block, volume, network
    QString path;                // empty: an empty drive or a network disk
    QString sourcePool;          // the pool holding it on the source; empty when none does
    bool readOnly = false;
    bool shareable = false;
    // The destination's pool that holds or would hold it, as libvirt picks it when it creates
    // the copy: for a file the pool whose target is the file's directory, for a volume the pool
    // of the same name. Empty when there is none.
    QString destinationPool;
    bool destinationPoolActive = false;
    bool onDestination = false;  // a volume at the same path there (known with an active pool only)
};

struct MigrationCpuComparison {
    enum class Result { NotCompared, Identical, Superset, Incompatible, Failed };
    Result result = Result::NotCompared;
    QString message;             // libvirt's words for Incompatible and Failed
};

struct MigrationVmFacts {
    enum class State { Running, Paused, ShutOff, Other };

    QString name;
    QString domainType;          // <domain type>: kvm, qemu, xen, ...
    QString arch;                // <os><type arch>
    QString cpuMode;             // <cpu mode>; empty when the definition has no <cpu>
    State state = State::ShutOff;
    QString stateName;           // for State::Other: "suspended", "crashed", ...
    quint64 memoryBytes = 0;     // current memory
    QList<MigrationDiskFacts> disks;
    QList<MigrationNicFacts> nics;
    MigrationCpuComparison cpu;  // the VM's CPU against the destination (kvm guests that run)
    bool destinationOffersDomainType = true; // the destination's capabilities list domainType for arch
    bool nameTakenOnDestination = false;
    bool uuidTakenOnDestination = false;
};

// The parts of a domain definition the job needs besides VmHardwareXml's.
struct MigrationDomainXml {
    QString domainType;
    QString arch;
    QString machine;
    QString emulator;
    QString cpuMode;
    QByteArray cpuXml;           // the <cpu> element as it is, for virConnectCompareHypervisorCPU
};

class MigrationChecks
{
    Q_DECLARE_TR_FUNCTIONS(welkin::MigrationChecks)
public:
    // The checks the Migrate dialog lists, in a fixed order: destination host, hypervisor,
    // state, options, transport (peer to peer only), name, CPU, memory, then one per network or
    // bridge and one per disk.
    static QList<MigrationCheck> evaluate(const MigrationVmFacts &vm, const MigrationHostFacts &source,
                                          const MigrationHostFacts &destination, const MigrationOptions &options);

    // Whether libvirt copies this disk: storage copied, the VM running or paused, and a writable,
    // unshared disk with a source (libvirt leaves read-only and shareable ones alone).
    static bool isCopied(const MigrationDiskFacts &disk, const MigrationOptions &options, MigrationVmFacts::State state);

    // A URI without a host part: in a peer-to-peer migration the source daemon would open its
    // own driver with it.
    static bool isLocalUri(const QString &uri);

    // Domain type, arch, machine, emulator and <cpu> of a definition. False with `error` (line
    // and column) when it is malformed.
    static bool readDomain(const QByteArray &xml, MigrationDomainXml *out, QString *error);
    // From virConnectGetCapabilities: <host><uuid>, and <host><cpu> as it is.
    static QString hostUuid(const QByteArray &capsXml);
    static QByteArray hostCpuXml(const QByteArray &capsXml);
};

} // namespace welkin
