#include "VmManager.h"

#include "LibvirtErrors.h"
#include "LibvirtProvider.h"
#include "StorageOps.h"
#include "VmJobs.h"
#include "manage/DomainCapsParser.h"
#include "manage/DomainXmlEdit.h"
#include "manage/EditedDefinition.h"
#include "manage/NameRules.h"
#include "manage/StorageXml.h"

#include <QVariant>

#include <libvirt/virterror.h>

namespace welkin {

using namespace Qt::StringLiterals;
using libvirt::JobContext;
using libvirt::JobOutcome;
using libvirt::VmJobs;

// ---- GUI side ------------------------------------------------------------------------------

VmManager::VmManager(LibvirtProvider *provider) : m_provider(provider) {}

namespace {

// The failing task when the provider is gone (its window closed under the caller).
Task *orphanTask(const QString &title)
{
    auto *task = new Task(title, {});
    QMetaObject::invokeMethod(task, [task] { task->fail(VmManager::tr("The connection was closed")); },
                              Qt::QueuedConnection);
    return task;
}

QString nameOf(const LibvirtProvider *provider, const ResourceId &vm)
{
    const QString name = provider ? provider->vmName(vm) : QString();
    return name.isEmpty() ? vm.nativeId() : name;
}

} // namespace

Task *VmManager::domainCapabilities(const QString &arch)
{
    const QString title = tr("Read what %1 offers new VMs").arg(m_provider ? m_provider->displayName() : QString());
    if (!m_provider)
        return orphanTask(title);
    return m_provider->runJob(title, m_provider->resourceId(),
                              [arch](JobContext &c) { return VmJobs::domainCapabilities(c.connection(), arch); }, false);
}

Task *VmManager::vmNames()
{
    if (!m_provider)
        return orphanTask(tr("List VMs"));
    return m_provider->runJob(tr("List the VMs of %1").arg(m_provider->displayName()), m_provider->resourceId(),
                              [](JobContext &c) { return VmJobs::vmNames(c.connection()); }, false);
}

Task *VmManager::createVm(const NewVmSpec &spec)
{
    const QString title = tr("Create VM %1").arg(spec.name);
    if (!m_provider)
        return orphanTask(title);
    return m_provider->runJob(title, m_provider->resourceId(),
                              [spec, host = m_provider->displayName()](JobContext &c) {
                                  return VmJobs::create(c, spec, host);
                              }, true, true);
}

Task *VmManager::cloneVm(const ResourceId &vm, const CloneSpec &spec)
{
    const QString title = tr("Clone %1 to %2").arg(nameOf(m_provider, vm), spec.newName);
    if (!m_provider)
        return orphanTask(title);
    return m_provider->runJob(title, vm,
                              [uuid = vm.nativeId(), spec, host = m_provider->displayName()](JobContext &c) {
                                  return VmJobs::clone(c, uuid, spec, host);
                              }, true, true);
}

Task *VmManager::renameVm(const ResourceId &vm, const QString &newName)
{
    const QString title = tr("Rename %1 to %2").arg(nameOf(m_provider, vm), newName);
    if (!m_provider)
        return orphanTask(title);
    return m_provider->runJob(title, vm,
                              [uuid = vm.nativeId(), newName, host = m_provider->displayName()](JobContext &c) {
                                  return VmJobs::rename(c.connection(), uuid, newName, host);
                              });
}

Task *VmManager::setAutostart(const ResourceId &vm, bool autostart)
{
    const QString name = nameOf(m_provider, vm);
    const QString title = autostart ? tr("Turn on autostart of %1").arg(name) : tr("Turn off autostart of %1").arg(name);
    if (!m_provider)
        return orphanTask(title);
    return m_provider->runJob(title, vm, [uuid = vm.nativeId(), autostart](JobContext &c) {
        return VmJobs::setAutostart(c.connection(), uuid, autostart);
    });
}

Task *VmManager::autostart(const ResourceId &vm)
{
    const QString title = tr("Read the autostart flag of %1").arg(nameOf(m_provider, vm));
    if (!m_provider)
        return orphanTask(title);
    return m_provider->runJob(title, vm, [uuid = vm.nativeId()](JobContext &c) {
        return VmJobs::autostart(c.connection(), uuid);
    }, false);
}

Task *VmManager::definition(const ResourceId &vm)
{
    const QString title = tr("Read the definition of %1").arg(nameOf(m_provider, vm));
    if (!m_provider)
        return orphanTask(title);
    return m_provider->runJob(title, vm, [uuid = vm.nativeId()](JobContext &c) {
        return VmJobs::definition(c.connection(), uuid);
    }, false);
}

Task *VmManager::redefine(const ResourceId &vm, const QString &xml)
{
    const QString title = tr("Change the definition of %1").arg(nameOf(m_provider, vm));
    if (!m_provider)
        return orphanTask(title);
    return m_provider->runJob(title, vm, [uuid = vm.nativeId(), xml](JobContext &c) {
        return VmJobs::redefine(c.connection(), uuid, xml);
    });
}

Task *VmManager::hardware(const ResourceId &vm)
{
    const QString title = tr("Read the hardware of %1").arg(nameOf(m_provider, vm));
    if (!m_provider)
        return orphanTask(title);
    return m_provider->runJob(title, vm, [uuid = vm.nativeId()](JobContext &c) {
        return VmJobs::hardware(c.connection(), uuid);
    }, false);
}

Task *VmManager::applyHardware(const ResourceId &vm, const HardwareEdit &edit)
{
    const QString title = tr("Change the hardware of %1").arg(nameOf(m_provider, vm));
    if (!m_provider)
        return orphanTask(title);
    return m_provider->runJob(title, vm, [uuid = vm.nativeId(), edit](JobContext &c) {
        return VmJobs::applyHardware(c.connection(), uuid, edit);
    });
}

Task *VmManager::snapshots(const ResourceId &vm)
{
    const QString title = tr("List the snapshots of %1").arg(nameOf(m_provider, vm));
    if (!m_provider)
        return orphanTask(title);
    return m_provider->runJob(title, vm, [uuid = vm.nativeId()](JobContext &c) {
        return VmJobs::snapshots(c.connection(), uuid);
    }, false);
}

Task *VmManager::createSnapshot(const ResourceId &vm, const SnapshotSpec &spec)
{
    const QString title = tr("Take snapshot %1 of %2").arg(spec.name, nameOf(m_provider, vm));
    if (!m_provider)
        return orphanTask(title);
    return m_provider->runJob(title, vm, [uuid = vm.nativeId(), spec](JobContext &c) {
        return VmJobs::createSnapshot(c.connection(), uuid, spec);
    });
}

Task *VmManager::revertSnapshot(const ResourceId &vm, const QString &name)
{
    const QString title = tr("Revert %1 to snapshot %2").arg(nameOf(m_provider, vm), name);
    if (!m_provider)
        return orphanTask(title);
    return m_provider->runJob(title, vm, [uuid = vm.nativeId(), name](JobContext &c) {
        return VmJobs::revertSnapshot(c.connection(), uuid, name);
    });
}

Task *VmManager::deleteSnapshot(const ResourceId &vm, const QString &name, bool withChildren)
{
    const QString vmName = nameOf(m_provider, vm);
    const QString title = withChildren ? tr("Delete snapshot %1 of %2 and its children").arg(name, vmName)
                                       : tr("Delete snapshot %1 of %2").arg(name, vmName);
    if (!m_provider)
        return orphanTask(title);
    return m_provider->runJob(title, vm, [uuid = vm.nativeId(), name, withChildren](JobContext &c) {
        return VmJobs::deleteSnapshot(c.connection(), uuid, name, withChildren);
    });
}

Task *VmManager::describeSnapshot(const ResourceId &vm, const QString &name, const QString &description)
{
    const QString title = tr("Describe snapshot %1 of %2").arg(name, nameOf(m_provider, vm));
    if (!m_provider)
        return orphanTask(title);
    return m_provider->runJob(title, vm, [uuid = vm.nativeId(), name, description](JobContext &c) {
        return VmJobs::describeSnapshot(c.connection(), uuid, name, description);
    });
}

Task *VmManager::disks(const ResourceId &vm)
{
    const QString title = tr("Read the disks of %1").arg(nameOf(m_provider, vm));
    if (!m_provider)
        return orphanTask(title);
    return m_provider->runJob(title, vm, [uuid = vm.nativeId()](JobContext &c) {
        return VmJobs::disks(c.connection(), uuid);
    }, false);
}

Task *VmManager::deleteVm(const ResourceId &vm, const QStringList &deletePaths)
{
    const QString title = tr("Delete VM %1").arg(nameOf(m_provider, vm));
    if (!m_provider)
        return orphanTask(title);
    return m_provider->runJob(title, vm, [uuid = vm.nativeId(), deletePaths](JobContext &c) {
        return VmJobs::remove(c.connection(), uuid, deletePaths);
    });
}

Task *VmManager::migrationPreflight(const ResourceId &vm, const QString &destinationUri, const MigrationOptions &options)
{
    const QString title = tr("Check the migration of %1").arg(nameOf(m_provider, vm));
    if (!m_provider)
        return orphanTask(title);
    return m_provider->runJob(title, vm, [uuid = vm.nativeId(), destinationUri, options](JobContext &c) {
        return VmJobs::migrationPreflight(c.connection(), uuid, destinationUri, options);
    }, false);
}

Task *VmManager::migrate(const ResourceId &vm, const QString &destinationUri, const QString &destinationName,
                         const MigrationOptions &options)
{
    const QString title = tr("Migrate %1 to %2").arg(nameOf(m_provider, vm), destinationName);
    if (!m_provider)
        return orphanTask(title);
    return m_provider->runJob(title, vm,
                              [uuid = vm.nativeId(), destinationUri, source = m_provider->displayName(), destinationName,
                               options](JobContext &c) {
                                  return VmJobs::migrate(c, uuid, destinationUri, source, destinationName, options);
                              }, true, true);
}

// ---- job side: shared ------------------------------------------------------------------------

namespace libvirt {

DomainHandle VmJobs::lookup(virConnectPtr conn, const QString &uuid, QString *error)
{
    DomainHandle domain(virDomainLookupByUUIDString(conn, uuid.toLatin1().constData()));
    if (!domain)
        *error = lastError().describe(tr("The VM %1 no longer exists").arg(uuid));
    return domain;
}

QString VmJobs::domainName(virDomainPtr domain)
{
    const char *name = virDomainGetName(domain);
    return name ? QString::fromUtf8(name) : QString();
}

QString VmJobs::activeState(virDomainPtr domain)
{
    if (virDomainIsActive(domain) == 0)
        return {};
    int state = VIR_DOMAIN_NOSTATE;
    int reason = 0;
    virDomainGetState(domain, &state, &reason, 0);
    switch (state) {
    case VIR_DOMAIN_PAUSED: return tr("paused");
    case VIR_DOMAIN_PMSUSPENDED: return tr("suspended");
    case VIR_DOMAIN_SHUTDOWN: return tr("shutting down");
    default: return tr("running");
    }
}

QString VmJobs::checkNewName(virConnectPtr conn, const QString &name, const QString &hostName)
{
    if (const QString bad = NameRules::check(NameRules::Kind::Vm, name); !bad.isEmpty())
        return bad;
    if (DomainHandle existing{virDomainLookupByName(conn, name.toUtf8().constData())})
        return tr("A VM named '%1' already exists on %2").arg(name, hostName);
    virResetLastError();
    return {};
}

QString VmJobs::undefine(virDomainPtr domain)
{
    const unsigned int all = VIR_DOMAIN_UNDEFINE_MANAGED_SAVE | VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA
        | VIR_DOMAIN_UNDEFINE_CHECKPOINTS_METADATA | VIR_DOMAIN_UNDEFINE_NVRAM;
    // Drivers refuse flags they do not know (the test driver: NVRAM, checkpoints): fewer, then none.
    const unsigned int attempts[] = {all, all & ~VIR_DOMAIN_UNDEFINE_NVRAM,
                                     VIR_DOMAIN_UNDEFINE_MANAGED_SAVE | VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA};
    for (const unsigned int flags : attempts) {
        if (virDomainUndefineFlags(domain, flags) == 0)
            return {};
        const LibvirtError error = lastError();
        if (error.isNoDomain()) // transient: it went with the destroy
            return {};
        if (!error.isUnsupported())
            return error.message;
    }
    if (virDomainUndefine(domain) == 0 || lastError().isNoDomain())
        return {};
    return lastError().message;
}

QString VmJobs::volumeFormat(virStorageVolPtr volume)
{
    TextHandle xml(virStorageVolGetXMLDesc(volume, 0));
    if (!xml)
        return {};
    StorageVolumeInfo info;
    QString error;
    if (!StorageXml::readVolume(QByteArray(xml.get()), &info, &error))
        return {};
    return info.format;
}

JobRollback::~JobRollback()
{
    if (!m_committed)
        undo();
}

QString JobRollback::undo()
{
    m_committed = true;
    QStringList problems;
    if (!m_domainUuid.isEmpty()) {
        if (DomainHandle domain{virDomainLookupByUUIDString(m_conn, m_domainUuid.toLatin1().constData())}) {
            if (virDomainIsActive(domain.get()) == 1)
                virDomainDestroy(domain.get());
            if (const QString error = VmJobs::undefine(domain.get()); !error.isEmpty())
                problems.append(tr("the new VM could not be undefined (%1)").arg(error));
        }
        virResetLastError();
    }
    for (qsizetype i = m_volumes.size() - 1; i >= 0; --i) {
        const JobOutcome deleted = deleteVolumeByPath(m_conn, m_volumes.at(i));
        if (!deleted.ok)
            problems.append(deleted.error);
    }
    m_volumes.clear();
    m_domainUuid.clear();
    return problems.join(u"; "_s);
}

JobOutcome JobRollback::fail(const QString &error)
{
    const QString left = undo();
    return JobOutcome::failure(left.isEmpty() ? error : error + u"; "_s + left);
}

// ---- job side: small jobs --------------------------------------------------------------------

JobOutcome VmJobs::domainCapabilities(virConnectPtr conn, const QString &arch)
{
    TextHandle caps(virConnectGetCapabilities(conn));
    if (!caps)
        return JobOutcome::failure(lastError().describe(tr("Could not read the host's capabilities")));
    const QByteArray capsXml(caps.get());
    const QString type = DomainCapsParser::hasDomainType(capsXml, arch, u"kvm"_s) ? u"kvm"_s : u"qemu"_s;
    TextHandle domcaps(virConnectGetDomainCapabilities(conn, nullptr, arch.toUtf8().constData(), nullptr,
                                                       type.toUtf8().constData(), 0));
    if (!domcaps)
        return JobOutcome::failure(lastError().describe(tr("Could not read the domain capabilities for %1").arg(arch)));
    DomainCapabilitiesInfo info;
    QString error;
    if (!DomainCapsParser::parseDomainCapabilities(QByteArray(domcaps.get()), &info, &error))
        return JobOutcome::failure(tr("Could not read the domain capabilities: %1").arg(error));
    if (info.domainType.isEmpty())
        info.domainType = type;
    info.machines = DomainCapsParser::machines(capsXml, arch, type);
    return JobOutcome::success(QVariant::fromValue(info));
}

JobOutcome VmJobs::vmNames(virConnectPtr conn)
{
    virDomainPtr *domains = nullptr;
    const int count = virConnectListAllDomains(conn, &domains, 0);
    if (count < 0)
        return JobOutcome::failure(lastError().describe(tr("Could not list the VMs")));
    QStringList names;
    for (int i = 0; i < count; ++i) {
        DomainHandle domain(domains[i]);
        names.append(domainName(domain.get()));
    }
    free(domains); // NOLINT: libvirt's malloc'd array
    return JobOutcome::success(names);
}

JobOutcome VmJobs::rename(virConnectPtr conn, const QString &uuid, const QString &newName, const QString &hostName)
{
    QString error;
    DomainHandle domain = lookup(conn, uuid, &error);
    if (!domain)
        return JobOutcome::failure(error);
    const QString name = domainName(domain.get());
    if (const QString state = activeState(domain.get()); !state.isEmpty())
        return JobOutcome::failure(tr("%1 is %2: shut it down before renaming it").arg(name, state));
    if (newName == name)
        return JobOutcome::success(newName);
    if (const QString bad = checkNewName(conn, newName, hostName); !bad.isEmpty())
        return JobOutcome::failure(bad);
    if (virDomainRename(domain.get(), newName.toUtf8().constData(), 0) < 0)
        return JobOutcome::failure(lastError().describe(tr("Could not rename %1 to %2").arg(name, newName)));
    return JobOutcome::success(newName);
}

JobOutcome VmJobs::setAutostart(virConnectPtr conn, const QString &uuid, bool autostart)
{
    QString error;
    DomainHandle domain = lookup(conn, uuid, &error);
    if (!domain)
        return JobOutcome::failure(error);
    if (virDomainSetAutostart(domain.get(), autostart ? 1 : 0) < 0) {
        const QString name = domainName(domain.get());
        return JobOutcome::failure(lastError().describe(
            autostart ? tr("Could not turn on autostart of %1").arg(name) : tr("Could not turn off autostart of %1").arg(name)));
    }
    return JobOutcome::success(autostart);
}

JobOutcome VmJobs::autostart(virConnectPtr conn, const QString &uuid)
{
    QString error;
    DomainHandle domain = lookup(conn, uuid, &error);
    if (!domain)
        return JobOutcome::failure(error);
    int autostart = 0;
    if (virDomainGetAutostart(domain.get(), &autostart) < 0)
        return JobOutcome::failure(lastError().describe(tr("Could not read the autostart flag of %1").arg(domainName(domain.get()))));
    return JobOutcome::success(autostart != 0);
}

JobOutcome VmJobs::definition(virConnectPtr conn, const QString &uuid)
{
    QString error;
    DomainHandle domain = lookup(conn, uuid, &error);
    if (!domain)
        return JobOutcome::failure(error);
    TextHandle xml(virDomainGetXMLDesc(domain.get(), VIR_DOMAIN_XML_INACTIVE));
    if (!xml)
        return JobOutcome::failure(lastError().describe(tr("Could not read the definition of %1").arg(domainName(domain.get()))));
    return JobOutcome::success(QString::fromUtf8(xml.get()));
}

JobOutcome VmJobs::redefine(virConnectPtr conn, const QString &uuid, const QString &xml)
{
    QString error;
    DomainHandle domain = lookup(conn, uuid, &error);
    if (!domain)
        return JobOutcome::failure(error);
    const QString name = domainName(domain.get());
    if (const auto problem = EditedDefinition::problem(xml, uuid))
        return JobOutcome::failure(tr("Could not change the definition of %1: %2").arg(name, problem->message));
    TextHandle secure(virDomainGetXMLDesc(domain.get(), VIR_DOMAIN_XML_INACTIVE | VIR_DOMAIN_XML_SECURE));
    if (!secure)
        return JobOutcome::failure(lastError().describe(tr("Could not read the definition of %1").arg(name)));
    const QByteArray text = EditedDefinition::withPasswordsOf(xml, QString::fromUtf8(secure.get())).toUtf8();
    DomainHandle defined(virDomainDefineXMLFlags(conn, text.constData(), VIR_DOMAIN_DEFINE_VALIDATE));
    if (!defined && lastError().isUnsupported()) // drivers without schema validation
        defined.reset(virDomainDefineXML(conn, text.constData()));
    if (!defined)
        return JobOutcome::failure(lastError().describe(tr("libvirt refused the definition of %1").arg(name)));
    TextHandle now(virDomainGetXMLDesc(defined.get(), VIR_DOMAIN_XML_INACTIVE));
    if (!now)
        return JobOutcome::failure(lastError().describe(tr("Could not read the definition of %1").arg(name)));
    return JobOutcome::success(QString::fromUtf8(now.get()));
}

JobOutcome VmJobs::disks(virConnectPtr conn, const QString &uuid)
{
    QString error;
    DomainHandle domain = lookup(conn, uuid, &error);
    if (!domain)
        return JobOutcome::failure(error);
    const QString name = domainName(domain.get());
    TextHandle xml(virDomainGetXMLDesc(domain.get(), VIR_DOMAIN_XML_INACTIVE));
    if (!xml)
        return JobOutcome::failure(lastError().describe(tr("Could not read the definition of %1").arg(name)));
    QList<DomainXmlEdit::Disk> parsed;
    if (!DomainXmlEdit::disks(QByteArray(xml.get()), &parsed, &error))
        return JobOutcome::failure(tr("Could not read the disks of %1: %2").arg(name, error));

    const QHash<QString, QStringList> users = volumeUsers(conn);
    QList<VmDiskInfo> result;
    for (const DomainXmlEdit::Disk &disk : std::as_const(parsed)) {
        VmDiskInfo info = disk.info;
        VolumeHandle volume;
        if (!info.pool.isEmpty()) { // <source pool= volume=>
            if (PoolHandle pool{virStoragePoolLookupByName(conn, info.pool.toUtf8().constData())})
                volume.reset(virStorageVolLookupByName(pool.get(), info.volume.toUtf8().constData()));
            if (volume) {
                if (TextHandle path{virStorageVolGetPath(volume.get())})
                    info.path = QString::fromUtf8(path.get());
            }
        } else if (!info.path.isEmpty()) {
            volume.reset(virStorageVolLookupByPath(conn, info.path.toUtf8().constData()));
            if (volume) {
                info.volume = QString::fromUtf8(virStorageVolGetName(volume.get()));
                if (PoolHandle pool{virStoragePoolLookupByVolume(volume.get())})
                    info.pool = QString::fromUtf8(virStoragePoolGetName(pool.get()));
            }
        }
        virResetLastError();
        info.alsoUsedBy = users.value(info.path);
        info.alsoUsedBy.removeAll(name);
        result.append(info);
    }
    return JobOutcome::success(QVariant::fromValue(result));
}

JobOutcome VmJobs::remove(virConnectPtr conn, const QString &uuid, const QStringList &deletePaths)
{
    QString error;
    DomainHandle domain = lookup(conn, uuid, &error);
    if (!domain)
        return JobOutcome::failure(error);
    const QString name = domainName(domain.get());
    // Forced off first: undefining a running VM would only make it transient.
    if (virDomainIsActive(domain.get()) == 1 && virDomainDestroy(domain.get()) < 0) {
        const LibvirtError destroyError = lastError();
        if (!destroyError.isNoDomain())
            return JobOutcome::failure(destroyError.describe(tr("Could not force %1 off").arg(name)));
    }
    if (const QString undefineError = undefine(domain.get()); !undefineError.isEmpty())
        return JobOutcome::failure(tr("Could not delete %1: %2").arg(name, undefineError));

    // Exactly the chosen volumes; one that fails does not stop the others. A volume another VM
    // still uses is kept: deleting it would break that VM.
    const QHash<QString, QStringList> users = deletePaths.isEmpty() ? QHash<QString, QStringList>() : volumeUsers(conn);
    QStringList problems;
    for (const QString &path : deletePaths) {
        if (const QStringList others = users.value(path); !others.isEmpty()) {
            problems.append(tr("%1 was kept: VM '%2' uses it").arg(path, others.join(u"', '"_s)));
            continue;
        }
        const JobOutcome deleted = deleteVolumeByPath(conn, path);
        if (!deleted.ok)
            problems.append(deleted.error);
    }
    if (!problems.isEmpty())
        return JobOutcome::failure(tr("Deleted %1, but not all of its disks: %2").arg(name, problems.join(u"; "_s)));
    return JobOutcome::success(name);
}

} // namespace libvirt

} // namespace welkin
