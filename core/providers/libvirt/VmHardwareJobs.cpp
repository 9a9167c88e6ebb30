// The hardware jobs of VmManager (VmJobs), on a job thread: read what the Details tab shows, and
// apply an edit to the persistent definition first (one validated define: all or nothing), then
// to the running VM as far as libvirt allows.
#include "LibvirtErrors.h"
#include "StorageOps.h"
#include "VmJobs.h"
#include "manage/VmHardwareState.h"

#include <QSet>
#include <QVariant>

#include <algorithm>

#include <libvirt/virterror.h>

namespace welkin::libvirt {

using namespace Qt::StringLiterals;

namespace {

bool readHardware(virDomainPtr domain, unsigned int flags, VmHardware *hardware, QString *error)
{
    TextHandle xml(virDomainGetXMLDesc(domain, flags));
    if (!xml) {
        *error = lastError().describe(VmJobs::tr("Could not read the definition of %1").arg(VmJobs::domainName(domain)));
        return false;
    }
    QString parseError;
    if (!VmHardwareXml::parse(QByteArray(xml.get()), hardware, &parseError)) {
        *error = VmJobs::tr("Could not read the hardware of %1: %2").arg(VmJobs::domainName(domain), parseError);
        return false;
    }
    return true;
}

// The host's memory and the hypervisor's vCPU limit for the domain's type (0 when unknown).
HardwareLimits hostLimits(virConnectPtr conn, virDomainPtr domain)
{
    HardwareLimits limits;
    virNodeInfo node{};
    limits.hostMemoryKiB = virNodeGetInfo(conn, &node) == 0 ? node.memory : 0;
    TextHandle xml(virDomainGetXMLDesc(domain, VIR_DOMAIN_XML_INACTIVE));
    const char *type = xml && QByteArray(xml.get()).startsWith("<domain type='kvm'") ? "kvm" : "qemu";
    const int maxVcpus = virConnectGetMaxVcpus(conn, type);
    limits.maxVcpus = maxVcpus > 0 ? maxVcpus : 0;
    virResetLastError();
    return limits;
}

// Read with VIR_DOMAIN_XML_SECURE so that whether a graphics password is set is known; the
// password itself stays on this thread (VmHardware has only the flag).
constexpr unsigned int persistentFlags = VIR_DOMAIN_XML_INACTIVE | VIR_DOMAIN_XML_SECURE;
constexpr unsigned int liveFlags = VIR_DOMAIN_XML_SECURE;

bool readState(virConnectPtr conn, virDomainPtr domain, VmHardwareState *state, QString *error)
{
    if (!readHardware(domain, persistentFlags, &state->persistent, error))
        return false;
    state->live.reset();
    if (virDomainIsActive(domain) == 1) {
        VmHardware live;
        if (!readHardware(domain, liveFlags, &live, error))
            return false;
        state->live = live;
    }
    int autostart = 0;
    state->autostart = virDomainGetAutostart(domain, &autostart) == 0 && autostart != 0;
    state->limits = hostLimits(conn, domain);
    return true;
}

// MACs of the host's other VMs, for the duplicate check.
QStringList otherMacs(virConnectPtr conn, const QString &uuid)
{
    QStringList macs;
    virDomainPtr *domains = nullptr;
    const int count = virConnectListAllDomains(conn, &domains, 0);
    for (int i = 0; i < count; ++i) {
        DomainHandle domain(domains[i]);
        char id[VIR_UUID_STRING_BUFLEN];
        if (virDomainGetUUIDString(domain.get(), id) == 0 && QString::fromLatin1(id) == uuid)
            continue;
        VmHardware hardware;
        QString ignored;
        if (readHardware(domain.get(), VIR_DOMAIN_XML_INACTIVE, &hardware, &ignored)) {
            for (const VmHardwareNic &nic : std::as_const(hardware.nics))
                macs.append(nic.mac);
        }
    }
    free(domains);
    virResetLastError();
    return macs;
}

// The NICs of `after` that `before` does not have, with the MACs libvirt gave them on define.
QList<VmHardwareNic> addedNics(const VmHardware &before, const VmHardware &defined)
{
    QList<VmHardwareNic> added;
    for (const VmHardwareNic &nic : defined.nics) {
        if (!before.nic(nic.mac))
            added.append(nic);
    }
    return added;
}

} // namespace

JobOutcome VmJobs::hardware(virConnectPtr conn, const QString &uuid)
{
    QString error;
    DomainHandle domain = lookup(conn, uuid, &error);
    if (!domain)
        return JobOutcome::failure(error);
    VmHardwareState state;
    if (!readState(conn, domain.get(), &state, &error))
        return JobOutcome::failure(error);
    return JobOutcome::success(QVariant::fromValue(state));
}

JobOutcome VmJobs::applyHardware(virConnectPtr conn, const QString &uuid, HardwareEdit edit)
{
    QString error;
    DomainHandle domain = lookup(conn, uuid, &error);
    if (!domain)
        return JobOutcome::failure(error);
    const QString name = domainName(domain.get());
    const auto refused = [&name](const QString &why) {
        return JobOutcome::failure(tr("Could not change the hardware of %1: %2").arg(name, why));
    };

    // Another client may have changed the definition since the form was loaded.
    VmHardware current;
    if (!readHardware(domain.get(), persistentFlags, &current, &error))
        return JobOutcome::failure(error);
    if (!(current == edit.before))
        return refused(tr("its definition was changed elsewhere since it was loaded; reload and edit again"));

    HardwareLimits limits = hostLimits(conn, domain.get());
    const HardwareDelta delta = VmHardwareXml::delta(edit.before, edit.after);
    QSet<QString> knownMacs;
    for (const VmHardwareNic &nic : std::as_const(edit.before.nics))
        knownMacs.insert(nic.mac);
    bool newMacs = false;
    for (const VmHardwareNic &nic : std::as_const(edit.after.nics))
        newMacs = newMacs || (!nic.mac.isEmpty() && !knownMacs.contains(nic.mac));
    if (newMacs)
        limits.otherMacs = otherMacs(conn, uuid);
    if (const QList<HardwareProblem> problems = newProblems(edit.before, withPlannedVolumes(edit.after, edit.newVolumes), limits);
        !problems.isEmpty())
        return refused(problems.constFirst().message);

    // New volumes for added disks; deleted again when the define fails.
    JobRollback rollback(conn);
    for (const HardwareEdit::NewVolume &wanted : std::as_const(edit.newVolumes)) {
        const auto disk = std::find_if(edit.after.disks.begin(), edit.after.disks.end(),
                                       [&wanted](const VmHardwareDisk &d) { return d.target == wanted.target; });
        if (disk == edit.after.disks.end())
            continue;
        StorageVolumeSpec spec;
        spec.name = wanted.name;
        spec.format = wanted.format;
        spec.capacity = wanted.capacityBytes;
        const JobOutcome created = createVolume(conn, wanted.pool, spec);
        if (!created.ok)
            return rollback.fail(created.error);
        rollback.addVolume(created.value.toString());
        disk->path = created.value.toString();
        disk->type = disk->path.startsWith("/dev/"_L1) ? u"block"_s : u"file"_s;
        disk->pool.clear();
        disk->volume.clear();
        disk->format = spec.format;
    }

    TextHandle secure(virDomainGetXMLDesc(domain.get(), VIR_DOMAIN_XML_INACTIVE | VIR_DOMAIN_XML_SECURE));
    if (!secure)
        return rollback.fail(lastError().describe(tr("Could not read the definition of %1").arg(name)));
    QByteArray rewritten;
    if (!VmHardwareXml::rewrite(QByteArray(secure.get()), edit, &rewritten, &error))
        return rollback.fail(tr("Could not change the hardware of %1: %2").arg(name, error));
    rewritten.detach();
    DomainHandle defined(virDomainDefineXMLFlags(conn, rewritten.constData(), VIR_DOMAIN_DEFINE_VALIDATE));
    if (!defined && lastError().isUnsupported()) // drivers without schema validation
        defined.reset(virDomainDefineXML(conn, rewritten.constData()));
    // The password may be in the text: overwrite it before it is freed.
    rewritten.fill('\0');
    if (!defined)
        return rollback.fail(lastError().describe(tr("libvirt refused the new hardware of %1").arg(name)));
    rollback.commit();

    VmHardwareState state;
    if (!readState(conn, domain.get(), &state, &error))
        return JobOutcome::failure(error);

    // The running VM: what libvirt can change live. What it refuses waits for the next start.
    QList<HardwareProblem> refusedLive;
    if (state.live) {
        const VmHardware &live = *state.live;
        const auto attempt = [&refusedLive](HardwareSection section, const QString &what, int result) {
            if (result < 0)
                refusedLive.append({section, tr("%1 waits for the next start: %2").arg(what, lastError().message)});
        };
        constexpr unsigned int liveOnly = VIR_DOMAIN_AFFECT_LIVE;
        if (delta.vcpus && edit.after.vcpus <= live.maxVcpus && edit.after.vcpus != live.vcpus)
            attempt(HardwareSection::Processor, tr("Changing the vCPUs of the running VM"),
                    virDomainSetVcpusFlags(domain.get(), unsigned(edit.after.vcpus), liveOnly));
        if (delta.memory && edit.after.memoryKiB <= live.maxMemoryKiB && edit.after.memoryKiB != live.memoryKiB)
            attempt(HardwareSection::Memory, tr("Changing the memory of the running VM"),
                    virDomainSetMemoryFlags(domain.get(), edit.after.memoryKiB, liveOnly));
        for (const VmHardwareDisk &removed : std::as_const(delta.removedDisks)) {
            if (const VmHardwareDisk *running = live.disk(removed.target))
                attempt(HardwareSection::Disks, tr("Removing %1 from the running VM").arg(removed.target),
                        virDomainDetachDeviceFlags(domain.get(), VmHardwareXml::diskXml(*running).constData(), liveOnly));
        }
        for (const VmHardwareDisk &added : std::as_const(delta.addedDisks)) {
            const VmHardwareDisk *wanted = state.persistent.disk(added.target); // with its new volume
            if (wanted && !live.disk(added.target))
                attempt(HardwareSection::Disks, tr("Adding %1 to the running VM").arg(added.target),
                        virDomainAttachDeviceFlags(domain.get(), VmHardwareXml::diskXml(*wanted).constData(), liveOnly));
        }
        for (const VmHardwareDisk &media : std::as_const(delta.changedMedia)) {
            const VmHardwareDisk *running = live.disk(media.target);
            if (!running)
                continue;
            VmHardwareDisk inserted = *running;
            inserted.type = media.type;
            inserted.path = media.path;
            inserted.pool = media.pool;
            inserted.volume = media.volume;
            inserted.format = media.format;
            // A guest may lock the tray; the user asked for the medium to go.
            attempt(HardwareSection::Disks,
                    media.path.isEmpty() && media.volume.isEmpty() ? tr("Ejecting the medium of %1").arg(media.target)
                                                                   : tr("Inserting the medium into %1").arg(media.target),
                    virDomainUpdateDeviceFlags(domain.get(), VmHardwareXml::diskXml(inserted).constData(),
                                               liveOnly | VIR_DOMAIN_DEVICE_MODIFY_FORCE));
        }
        for (const VmHardwareNic &removed : std::as_const(delta.removedNics)) {
            if (const VmHardwareNic *running = live.nic(removed.mac))
                attempt(HardwareSection::Nics, tr("Removing NIC %1 from the running VM").arg(removed.mac),
                        virDomainDetachDeviceFlags(domain.get(), VmHardwareXml::nicXml(*running).constData(), liveOnly));
        }
        for (const VmHardwareNic &added : addedNics(edit.before, state.persistent)) {
            if (!live.nic(added.mac))
                attempt(HardwareSection::Nics, tr("Adding NIC %1 to the running VM").arg(added.mac),
                        virDomainAttachDeviceFlags(domain.get(), VmHardwareXml::nicXml(added).constData(), liveOnly));
        }
        for (const VmHardwareNic &link : std::as_const(delta.changedLinks)) {
            const VmHardwareNic *running = live.nic(link.mac);
            if (!running || running->linkUp == link.linkUp)
                continue;
            VmHardwareNic changed = *running;
            changed.linkUp = link.linkUp;
            attempt(HardwareSection::Nics,
                    link.linkUp ? tr("Bringing the link of %1 up").arg(link.mac) : tr("Taking the link of %1 down").arg(link.mac),
                    virDomainUpdateDeviceFlags(domain.get(), VmHardwareXml::nicXml(changed).constData(), liveOnly));
        }
        if (!readState(conn, domain.get(), &state, &error))
            return JobOutcome::failure(error);
    }
    return JobOutcome::success(QVariant::fromValue(HardwareApplied{state, refusedLive}));
}

} // namespace welkin::libvirt
