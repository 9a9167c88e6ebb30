#pragma once

#include "LibvirtHandles.h"
#include "LibvirtJobRunner.h"
#include "manage/MigrationTypes.h"
#include "manage/SnapshotXml.h"
#include "manage/VmHardware.h"
#include "manage/VmSpec.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace welkin::libvirt {

// The job side of VmManager: blocking libvirt calls on a job thread (see LibvirtJobRunner).
// Every failure comes back as a JobOutcome with a specific message and libvirt's reason.
class VmJobs
{
    Q_DECLARE_TR_FUNCTIONS(welkin::VmManager)
public:
    static JobOutcome domainCapabilities(virConnectPtr conn, const QString &arch);
    static JobOutcome vmNames(virConnectPtr conn);
    static JobOutcome create(const JobContext &context, NewVmSpec spec, const QString &hostName);
    static JobOutcome clone(const JobContext &context, const QString &uuid, const CloneSpec &spec,
                            const QString &hostName);
    static JobOutcome rename(virConnectPtr conn, const QString &uuid, const QString &newName, const QString &hostName);
    static JobOutcome setAutostart(virConnectPtr conn, const QString &uuid, bool autostart);
    static JobOutcome autostart(virConnectPtr conn, const QString &uuid);
    static JobOutcome disks(virConnectPtr conn, const QString &uuid);
    static JobOutcome definition(virConnectPtr conn, const QString &uuid);
    static JobOutcome redefine(virConnectPtr conn, const QString &uuid, const QString &xml);
    // VmSnapshotJobs.cpp
    static JobOutcome snapshots(virConnectPtr conn, const QString &uuid);
    static JobOutcome createSnapshot(virConnectPtr conn, const QString &uuid, const SnapshotSpec &spec);
    static JobOutcome revertSnapshot(virConnectPtr conn, const QString &uuid, const QString &name);
    static JobOutcome deleteSnapshot(virConnectPtr conn, const QString &uuid, const QString &name, bool withChildren);
    static JobOutcome describeSnapshot(virConnectPtr conn, const QString &uuid, const QString &name, const QString &description);
    // VmHardwareJobs.cpp
    static JobOutcome hardware(virConnectPtr conn, const QString &uuid);
    static JobOutcome applyHardware(virConnectPtr conn, const QString &uuid, HardwareEdit edit);
    static JobOutcome remove(virConnectPtr conn, const QString &uuid, const QStringList &deletePaths);
    // VmMigrationJobs.cpp: the destination is opened by URI on the job's thread.
    static JobOutcome migrationPreflight(virConnectPtr conn, const QString &uuid, const QString &destinationUri,
                                         const MigrationOptions &options);
    static JobOutcome migrate(const JobContext &context, const QString &uuid, const QString &destinationUri,
                              const QString &sourceName, const QString &destinationName, const MigrationOptions &options);
    // virDomainMigrate3's flags for `options`; `active`: the VM runs or is paused (else offline).
    static unsigned int migrationFlags(const MigrationOptions &options, bool active);
    // Typed parameters (job stats) as a map keyed by their names.
    static QVariantMap typedParameters(const virTypedParameter *params, int count);

    // Shared by the jobs.
    static DomainHandle lookup(virConnectPtr conn, const QString &uuid, QString *error);
    static QString domainName(virDomainPtr domain);
    // "running", "paused", ... for an active domain; empty when it is shut off.
    static QString activeState(virDomainPtr domain);
    // Empty when `name` passes the name rules and no VM of the host has it; else the message.
    static QString checkNewName(virConnectPtr conn, const QString &name, const QString &hostName);
    // Undefines with managed-save image, snapshot and checkpoint metadata and NVRAM, with fewer
    // flags where the driver refuses some. Empty on success, else libvirt's reason.
    static QString undefine(virDomainPtr domain);
    // "qcow2", "raw", ... of the volume at `path` (its XML's target format); empty when unknown.
    static QString volumeFormat(virStorageVolPtr volume);
};

// What a create or clone job made so far, undone when the job fails: the defined domain
// (destroyed and undefined) and the volumes (deleted, newest first).
class JobRollback
{
    Q_DECLARE_TR_FUNCTIONS(welkin::VmManager)
public:
    explicit JobRollback(virConnectPtr conn) : m_conn(conn) {}
    ~JobRollback();
    JobRollback(const JobRollback &) = delete;
    JobRollback &operator=(const JobRollback &) = delete;

    void addVolume(const QString &path) { m_volumes.append(path); }
    void setDomain(const QString &uuid) { m_domainUuid = uuid; }
    // Keeps everything: the job succeeded.
    void commit() { m_committed = true; }
    // Undoes now; returns what could not be removed ("" when everything went).
    QString undo();
    // `error`, plus what the undo left behind.
    JobOutcome fail(const QString &error);

private:
    virConnectPtr m_conn;
    QStringList m_volumes;
    QString m_domainUuid;
    bool m_committed = false;
};

} // namespace welkin::libvirt
