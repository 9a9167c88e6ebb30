#pragma once

#include "manage/MigrationTypes.h"
#include "manage/SnapshotXml.h"
#include "manage/VmHardware.h"
#include "manage/VmSpec.h"
#include "model/ResourceId.h"

#include <QCoreApplication>
#include <QPointer>

namespace welkin {

class LibvirtProvider;
class Task;

// Creating, cloning, renaming and deleting the VMs of one libvirt host. GUI thread; every call
// returns a Task at once and runs on the provider's job runner. Results:
//   domainCapabilities -> DomainCapabilitiesInfo, disks -> QList<VmDiskInfo>,
//   createVm / cloneVm -> QString (the new VM's UUID).
// Failures leave nothing half-made: a failed create or clone deletes the volumes it made and
// undefines what it defined.
class VmManager
{
    Q_DECLARE_TR_FUNCTIONS(welkin::VmManager)
public:
    explicit VmManager(LibvirtProvider *provider);

    // For the wizard: virConnectGetDomainCapabilities (kvm when the host has it, else qemu).
    Task *domainCapabilities(const QString &arch = QStringLiteral("x86_64"));
    // Names of the host's VMs (for unique-name checks), as QStringList.
    Task *vmNames();

    // Creates the disk (and uploads the local ISO / builds and uploads the cloud-init seed when
    // the source asks for it), defines with VIR_DOMAIN_DEFINE_VALIDATE, starts when asked.
    Task *createVm(const NewVmSpec &spec);
    // Shut-off VMs only: new name, UUID and MACs; owned writable disks copied in their pool
    // (virStorageVolCreateXMLFrom) or, when linked, qcow2 overlays; CDs and shared disks referenced.
    Task *cloneVm(const ResourceId &vm, const CloneSpec &spec);
    Task *renameVm(const ResourceId &vm, const QString &newName); // virDomainRename, shut off only
    Task *setAutostart(const ResourceId &vm, bool autostart);
    Task *autostart(const ResourceId &vm); // result: bool
    // The persistent definition as the XML tab edits it (QString; no secrets in it).
    Task *definition(const ResourceId &vm);
    // Defines `xml` over the VM with VIR_DOMAIN_DEFINE_VALIDATE after EditedDefinition's checks;
    // graphics passwords the text leaves out are kept. Result: the definition libvirt now holds.
    // A running VM uses it from its next start.
    Task *redefine(const ResourceId &vm, const QString &xml);
    // The Details tab: VmHardwareState (persistent and live hardware, autostart, host limits).
    Task *hardware(const ResourceId &vm);
    // Writes the edit to the persistent definition in one validated define (nothing changes when
    // libvirt or Welkin's checks refuse it; volumes made for new disks are deleted again), then
    // applies to a running VM what libvirt can change live: vCPUs, memory, disks and NICs added
    // or removed, media, link state. Result: HardwareApplied (what waits for the next start).
    Task *applyHardware(const ResourceId &vm, const HardwareEdit &edit);
    // Snapshots (results: QList<VmSnapshot> in tree order; the others none). Taking one refuses
    // an existing name, and internal snapshots of disks that are not qcow2, by name; reverting
    // restores the state the VM had (running, paused or shut off); deleting with children
    // removes the whole subtree.
    Task *snapshots(const ResourceId &vm);
    Task *createSnapshot(const ResourceId &vm, const SnapshotSpec &spec);
    Task *revertSnapshot(const ResourceId &vm, const QString &name);
    Task *deleteSnapshot(const ResourceId &vm, const QString &name, bool withChildren);
    // Changes a snapshot's description (its metadata redefined; the snapshot stays current if it was).
    Task *describeSnapshot(const ResourceId &vm, const QString &name, const QString &description);
    // The VM's disks classified for the delete/clone dialogs.
    Task *disks(const ResourceId &vm);
    // Forces a running VM off, undefines it with its managed-save image, snapshot and checkpoint
    // metadata and NVRAM, then deletes exactly the volumes at `deletePaths`.
    Task *deleteVm(const ResourceId &vm, const QStringList &deletePaths);

    // Migration to another libvirt host, opened by `destinationUri` on the job's thread with the
    // default auth (keys, agents, certificates), like the job runner's own connections.
    // The checks the Migrate dialog lists (quiet). Result: MigrationPreflight. Fails with
    // libvirt's reason when the destination cannot be reached.
    Task *migrationPreflight(const ResourceId &vm, const QString &destinationUri, const MigrationOptions &options);
    // Moves the VM (live, or offline for a shut-off VM: its definition only). Cancellable; the
    // detail shows the job's figures (MigrationStats::progressText) and, at the end, "moved in
    // 4.2 s, downtime 38 ms". Result: the VM's UUID, its native id on the destination's provider.
    // A failure or cancel says where the VM is now (a failed migration leaves it on the source,
    // and the disk copies libvirt made on the destination are removed). `destinationName`: the
    // destination as the user knows it, for titles and messages.
    Task *migrate(const ResourceId &vm, const QString &destinationUri, const QString &destinationName,
                  const MigrationOptions &options);

private:
    QPointer<LibvirtProvider> m_provider;
};

} // namespace welkin
