// The migration jobs of VmManager (VmJobs), on a job thread of the source host. The client holds
// both connections (libvirt's "managed direct" migration) unless peer to peer is asked for.
#include "LibvirtErrors.h"
#include "VmJobs.h"
#include "manage/DomainCapsParser.h"
#include "manage/MigrationChecks.h"
#include "manage/MigrationStats.h"
#include "manage/VmHardware.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

#include <libvirt/virterror.h>

namespace welkin::libvirt {

using namespace Qt::StringLiterals;

namespace {

constexpr auto pollInterval = std::chrono::milliseconds(300);

struct ConnectionClose {
    void operator()(virConnectPtr conn) const { virConnectClose(conn); }
};
using ConnectionHandle = std::unique_ptr<virConnect, ConnectionClose>;
struct InterfaceFree {
    void operator()(virInterfacePtr iface) const { virInterfaceFree(iface); }
};
using InterfaceHandle = std::unique_ptr<virInterface, InterfaceFree>;

ConnectionHandle openDestination(const QString &uri, LibvirtError *error)
{
    ConnectionHandle conn(virConnectOpenAuth(uri.toUtf8().constData(), virConnectAuthPtrDefault, 0));
    if (!conn) {
        *error = lastError();
        return conn;
    }
    // A destination that vanishes mid-migration ends the call instead of hanging it.
    virConnectSetKeepAlive(conn.get(), 5, 3);
    return conn;
}

QString connectFailure(const QString &uri, const LibvirtError &error)
{
    return error.describe(VmJobs::tr("Could not connect to the destination %1").arg(uri));
}

MigrationVmFacts::State stateOf(virDomainPtr domain, QString *name)
{
    int state = VIR_DOMAIN_NOSTATE;
    int reason = 0;
    if (virDomainGetState(domain, &state, &reason, 0) < 0) {
        *name = QCoreApplication::translate("welkin::VmManager", "unknown");
        return MigrationVmFacts::State::Other;
    }
    switch (state) {
    case VIR_DOMAIN_RUNNING:
    case VIR_DOMAIN_BLOCKED: return MigrationVmFacts::State::Running;
    case VIR_DOMAIN_PAUSED: return MigrationVmFacts::State::Paused;
    case VIR_DOMAIN_SHUTOFF: return MigrationVmFacts::State::ShutOff;
    case VIR_DOMAIN_CRASHED: *name = QCoreApplication::translate("welkin::VmManager", "crashed"); break;
    default: *name = VmJobs::activeState(domain); break;
    }
    return MigrationVmFacts::State::Other;
}

QByteArray domainXml(virDomainPtr domain, bool active)
{
    // A running VM's live definition: what it uses now (host-model CPUs expanded, for one).
    TextHandle xml(virDomainGetXMLDesc(domain, active ? 0 : VIR_DOMAIN_XML_INACTIVE));
    return xml ? QByteArray(xml.get()) : QByteArray();
}

// The destination's pool for a disk, as libvirt picks it when it precreates the copy: by target
// path (the file's directory) for files and block devices, by name for pool volumes.
PoolHandle destinationPoolFor(virConnectPtr destination, const MigrationDiskFacts &disk)
{
    PoolHandle pool(disk.type == "volume"_L1
                        ? virStoragePoolLookupByName(destination, disk.sourcePool.toUtf8().constData())
                        : virStoragePoolLookupByTargetPath(destination, QFileInfo(disk.path).path().toUtf8().constData()));
    virResetLastError();
    return pool;
}

// Each disk with its pool on the source and what the destination has at its place.
QList<MigrationDiskFacts> diskFacts(virConnectPtr source, virConnectPtr destination, const VmHardware &hardware)
{
    QList<MigrationDiskFacts> facts;
    for (const VmHardwareDisk &disk : hardware.disks) {
        MigrationDiskFacts fact;
        fact.target = disk.target;
        fact.device = disk.device;
        fact.type = disk.type;
        fact.path = disk.path;
        fact.readOnly = disk.readOnly;
        fact.shareable = disk.shareable;
        if (disk.type == "volume"_L1) {
            fact.sourcePool = disk.pool;
            if (PoolHandle pool{virStoragePoolLookupByName(source, disk.pool.toUtf8().constData())}) {
                if (VolumeHandle volume{virStorageVolLookupByName(pool.get(), disk.volume.toUtf8().constData())}) {
                    if (TextHandle path{virStorageVolGetPath(volume.get())})
                        fact.path = QString::fromUtf8(path.get());
                }
            }
        } else if (!disk.path.isEmpty() && disk.type != "network"_L1) {
            if (VolumeHandle volume{virStorageVolLookupByPath(source, disk.path.toUtf8().constData())}) {
                if (PoolHandle pool{virStoragePoolLookupByVolume(volume.get())})
                    fact.sourcePool = QString::fromUtf8(virStoragePoolGetName(pool.get()));
            }
        }
        virResetLastError();
        if (!fact.path.isEmpty() && fact.type != "network"_L1) {
            if (PoolHandle pool = destinationPoolFor(destination, fact)) {
                fact.destinationPool = QString::fromUtf8(virStoragePoolGetName(pool.get()));
                fact.destinationPoolActive = virStoragePoolIsActive(pool.get()) == 1;
                if (fact.destinationPoolActive) {
                    virStoragePoolRefresh(pool.get(), 0); // files made outside libvirt count too
                    VolumeHandle there(virStorageVolLookupByPath(destination, fact.path.toUtf8().constData()));
                    fact.onDestination = there != nullptr;
                }
            }
            virResetLastError();
        }
        facts.append(fact);
    }
    return facts;
}

MigrationPresence presence(int active, int missingCode)
{
    if (active >= 0)
        return active == 1 ? MigrationPresence::Present : MigrationPresence::Inactive;
    return lastError().code == missingCode ? MigrationPresence::Absent : MigrationPresence::Unknown;
}

QList<MigrationNicFacts> nicFacts(virConnectPtr destination, const VmHardware &hardware)
{
    QList<MigrationNicFacts> facts;
    for (const VmHardwareNic &nic : hardware.nics) {
        MigrationNicFacts fact{nic.type, nic.source, MigrationPresence::Unknown};
        const QByteArray name = nic.source.toUtf8();
        if (nic.type == "network"_L1) {
            NetworkHandle network(virNetworkLookupByName(destination, name.constData()));
            fact.onDestination = presence(network ? virNetworkIsActive(network.get()) : -1, VIR_ERR_NO_NETWORK);
        } else if (nic.type == "bridge"_L1) {
            // Needs the destination's interface driver; Unknown where it has none.
            InterfaceHandle iface(virInterfaceLookupByName(destination, name.constData()));
            fact.onDestination = presence(iface ? virInterfaceIsActive(iface.get()) : -1, VIR_ERR_NO_INTERFACE);
        }
        virResetLastError();
        facts.append(fact);
    }
    return facts;
}

MigrationCpuComparison compareCpu(virConnectPtr destination, const MigrationDomainXml &domain, const QByteArray &sourceCaps)
{
    MigrationCpuComparison comparison;
    // A passed-through CPU is the source host's own: compare that with the destination host's.
    const bool passthrough = domain.cpuMode == "host-passthrough"_L1 || domain.cpuMode == "maximum"_L1;
    const QByteArray cpu = passthrough ? MigrationChecks::hostCpuXml(sourceCaps) : domain.cpuXml;
    if (cpu.isEmpty()) {
        comparison.result = MigrationCpuComparison::Result::Failed;
        comparison.message = VmJobs::tr("the definition describes no CPU");
        return comparison;
    }
    const unsigned int flags = VIR_CONNECT_COMPARE_CPU_FAIL_INCOMPATIBLE;
    int result = VIR_CPU_COMPARE_ERROR;
    if (passthrough) {
        result = virConnectCompareCPU(destination, cpu.constData(), flags);
    } else {
        // What the destination's hypervisor can give this machine type, not only its bare CPU.
        result = virConnectCompareHypervisorCPU(destination, domain.emulator.toUtf8().constData(),
                                                domain.arch.toUtf8().constData(), domain.machine.toUtf8().constData(),
                                                domain.domainType.toUtf8().constData(), cpu.constData(), flags);
        if (result == VIR_CPU_COMPARE_ERROR && lastError().isUnsupported())
            result = virConnectCompareCPU(destination, cpu.constData(), flags);
    }
    switch (result) {
    case VIR_CPU_COMPARE_IDENTICAL: comparison.result = MigrationCpuComparison::Result::Identical; break;
    case VIR_CPU_COMPARE_SUPERSET: comparison.result = MigrationCpuComparison::Result::Superset; break;
    case VIR_CPU_COMPARE_INCOMPATIBLE: comparison.result = MigrationCpuComparison::Result::Incompatible; break;
    default: {
        const LibvirtError error = lastError();
        comparison.result = error.code == VIR_ERR_CPU_INCOMPATIBLE ? MigrationCpuComparison::Result::Incompatible
                                                                   : MigrationCpuComparison::Result::Failed;
        comparison.message = error.message;
        break;
    }
    }
    virResetLastError();
    return comparison;
}

void readHost(virConnectPtr conn, MigrationHostFacts *facts, QByteArray *caps)
{
    if (const char *type = virConnectGetType(conn)) // static string
        facts->hypervisor = QString::fromUtf8(type);
    if (TextHandle uri{virConnectGetURI(conn)})
        facts->uri = QString::fromUtf8(uri.get());
    if (TextHandle xml{virConnectGetCapabilities(conn)})
        *caps = QByteArray(xml.get());
    facts->hostUuid = MigrationChecks::hostUuid(*caps);
    facts->freeMemoryBytes = virNodeGetFreeMemory(conn);
    virResetLastError();
}

// Where the VM is after a failed or cancelled migration, for the task's message.
QString whereIs(virConnectPtr source, virConnectPtr destination, const QString &uuid, const QString &name,
                const QString &sourceName, const QString &destinationName)
{
    const QByteArray id = uuid.toLatin1();
    if (DomainHandle here{virDomainLookupByUUIDString(source, id.constData())}) {
        const QString state = VmJobs::activeState(here.get());
        return state.isEmpty() ? VmJobs::tr("%1 is still defined, shut off, on %2").arg(name, sourceName)
                               : VmJobs::tr("%1 is still %2 on %3").arg(name, state, sourceName);
    }
    if (DomainHandle there{virDomainLookupByUUIDString(destination, id.constData())}) {
        const QString state = VmJobs::activeState(there.get());
        return VmJobs::tr("%1 is %2 on %3").arg(name, state.isEmpty() ? VmJobs::tr("shut off") : state, destinationName);
    }
    virResetLastError();
    return VmJobs::tr("%1 is on neither %2 nor %3 now").arg(name, sourceName, destinationName);
}

// The copies libvirt made on the destination for a migration that failed there: they did not
// exist before it (`made`), and the VM is not on the destination. Empty when all went.
QString removeCopies(virConnectPtr destination, const QString &uuid, const QList<MigrationDiskFacts> &made,
                     const QString &destinationName)
{
    if (DomainHandle there{virDomainLookupByUUIDString(destination, uuid.toLatin1().constData())})
        return {};
    virResetLastError();
    QStringList problems;
    for (const MigrationDiskFacts &disk : made) {
        if (PoolHandle pool = destinationPoolFor(destination, disk))
            virStoragePoolRefresh(pool.get(), 0);
        VolumeHandle copy(virStorageVolLookupByPath(destination, disk.path.toUtf8().constData()));
        if (copy && virStorageVolDelete(copy.get(), 0) < 0)
            problems.append(lastError().describe(VmJobs::tr("the copy of %1 on %2 could not be removed").arg(disk.path, destinationName)));
        virResetLastError();
    }
    return problems.join(u"; "_s);
}

// virDomainGetJobStats as a map; `type` is VIR_DOMAIN_JOB_NONE when there is no job (or the call
// failed).
QVariantMap jobStats(virDomainPtr domain, unsigned int flags, int *type)
{
    *type = VIR_DOMAIN_JOB_NONE;
    virTypedParameterPtr params = nullptr;
    int count = 0;
    if (virDomainGetJobStats(domain, type, &params, &count, flags) < 0) {
        *type = VIR_DOMAIN_JOB_NONE;
        virResetLastError();
        return {};
    }
    const QVariantMap stats = VmJobs::typedParameters(params, count);
    virTypedParamsFree(params, count);
    return stats;
}

// Polls the source domain's job while the migration call blocks: progress and detail to the task,
// the user's cancel to virDomainAbortJob, and the switch to post-copy when allowed and due.
// Its thread is joined in stop() (or the destructor), before the job returns.
class MigrationWatcher
{
public:
    MigrationWatcher(const JobContext &context, virDomainPtr domain, bool postCopy)
        : m_context(context), m_domain(domain), m_postCopy(postCopy), m_thread([this] { run(); })
    {
    }
    ~MigrationWatcher() { stop(); }
    MigrationWatcher(const MigrationWatcher &) = delete;
    MigrationWatcher &operator=(const MigrationWatcher &) = delete;

    void stop()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        if (m_thread.joinable())
            m_thread.join();
    }
    // After stop(): whether the cancel reached libvirt, or why it did not.
    bool aborted() const { return m_aborted; }
    const QString &abortError() const { return m_abortError; }

private:
    void run()
    {
        bool switched = false;
        QString shown;
        int shownPercent = -1;
        std::unique_lock lock(m_mutex);
        while (!m_stop) {
            lock.unlock();
            // Until libvirt takes it: before the source's job begins there is nothing to abort.
            if (m_context.isCancelRequested() && !m_aborted) {
                if (virDomainAbortJob(m_domain) == 0)
                    m_aborted = true;
                else
                    m_abortError = lastError().message;
            }
            const MigrationProgress progress = poll();
            if (m_postCopy && !switched && !m_context.isCancelRequested() && MigrationStats::postCopyDue(progress))
                switched = virDomainMigrateStartPostCopy(m_domain, 0) == 0;
            QString text = MigrationStats::progressText(progress);
            if (switched && !text.isEmpty())
                text += VmJobs::tr(" · post-copy");
            if (m_context.isCancelRequested())
                text = VmJobs::tr("Cancelling…");
            if (!text.isEmpty() && text != shown) {
                shown = text;
                m_context.setDetail(text);
            }
            if (const int percent = progress.percent(); percent >= 0 && percent != shownPercent) {
                shownPercent = percent;
                m_context.setProgress(percent);
            }
            lock.lock();
            m_wake.wait_for(lock, pollInterval, [this] { return m_stop; });
        }
    }

    MigrationProgress poll()
    {
        int type = VIR_DOMAIN_JOB_NONE;
        const QVariantMap stats = jobStats(m_domain, 0, &type);
        return type == VIR_DOMAIN_JOB_NONE ? MigrationProgress() : MigrationStats::fromJobStats(stats, false);
    }

    const JobContext &m_context;
    virDomainPtr m_domain;
    bool m_postCopy;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::atomic<bool> m_aborted{false};
    QString m_abortError; // written by the watcher thread only, read after the join
    std::thread m_thread;
};

// libvirt 9.0 undefines the source of an offline migration without an "undefined" event, so
// the source host's listing would keep the VM until its next full listing. Undefined here
// instead, with the event; snapshot metadata goes with it, NVRAM stays (as libvirt leaves it).
// Empty when done, else why not.
QString undefineMovedSource(virDomainPtr domain)
{
    const unsigned int flags = VIR_DOMAIN_UNDEFINE_MANAGED_SAVE | VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA
        | VIR_DOMAIN_UNDEFINE_CHECKPOINTS_METADATA | VIR_DOMAIN_UNDEFINE_KEEP_NVRAM;
    if (virDomainUndefineFlags(domain, flags) == 0 || lastError().isNoDomain())
        return {};
    return lastError().message;
}

MigrationProgress completedStats(virDomainPtr domain)
{
    int type = VIR_DOMAIN_JOB_NONE;
    // Kept for others to read too (virsh domjobinfo --completed): reading would drop them.
    const QVariantMap stats = jobStats(domain, VIR_DOMAIN_JOB_STATS_COMPLETED | VIR_DOMAIN_JOB_STATS_KEEP_COMPLETED, &type);
    return type == VIR_DOMAIN_JOB_NONE ? MigrationProgress() : MigrationStats::fromJobStats(stats, true);
}

} // namespace

unsigned int VmJobs::migrationFlags(const MigrationOptions &options, bool active)
{
    // Only the definition of a shut-off VM moves, and libvirt wants it persistent there. Its
    // source definition is undefined by the job (undefineMovedSource), not by libvirt.
    if (!active)
        return VIR_MIGRATE_OFFLINE | VIR_MIGRATE_PERSIST_DEST;
    unsigned int flags = 0;
    if (options.persistOnDestination)
        flags |= VIR_MIGRATE_PERSIST_DEST;
    if (options.undefineSource)
        flags |= VIR_MIGRATE_UNDEFINE_SOURCE;
    if (options.live)
        flags |= VIR_MIGRATE_LIVE;
    if (options.storage == MigrationOptions::Storage::CopyFull)
        flags |= VIR_MIGRATE_NON_SHARED_DISK;
    else if (options.storage == MigrationOptions::Storage::CopyIncremental)
        flags |= VIR_MIGRATE_NON_SHARED_INC;
    if (options.peerToPeer || options.tunnelled)
        flags |= VIR_MIGRATE_PEER2PEER;
    if (options.tunnelled)
        flags |= VIR_MIGRATE_TUNNELLED;
    if (options.autoConverge)
        flags |= VIR_MIGRATE_AUTO_CONVERGE;
    if (options.allowPostCopy)
        flags |= VIR_MIGRATE_POSTCOPY;
    return flags;
}

QVariantMap VmJobs::typedParameters(const virTypedParameter *params, int count)
{
    QVariantMap map;
    for (int i = 0; i < count; ++i) {
        const virTypedParameter &p = params[i];
        QVariant value;
        switch (p.type) {
        case VIR_TYPED_PARAM_INT: value = p.value.i; break;
        case VIR_TYPED_PARAM_UINT: value = p.value.ui; break;
        case VIR_TYPED_PARAM_LLONG: value = qint64(p.value.l); break;
        case VIR_TYPED_PARAM_ULLONG: value = quint64(p.value.ul); break;
        case VIR_TYPED_PARAM_DOUBLE: value = p.value.d; break;
        case VIR_TYPED_PARAM_BOOLEAN: value = p.value.b != 0; break;
        case VIR_TYPED_PARAM_STRING: value = QString::fromUtf8(p.value.s); break;
        default: continue;
        }
        map.insert(QString::fromUtf8(p.field), value);
    }
    return map;
}

JobOutcome VmJobs::migrationPreflight(virConnectPtr conn, const QString &uuid, const QString &destinationUri,
                                      const MigrationOptions &options)
{
    QString error;
    DomainHandle domain = lookup(conn, uuid, &error);
    if (!domain)
        return JobOutcome::failure(error);
    LibvirtError openError;
    ConnectionHandle destination = openDestination(destinationUri, &openError);
    if (!destination)
        return JobOutcome::failure(connectFailure(destinationUri, openError));

    MigrationHostFacts source;
    MigrationHostFacts there;
    QByteArray sourceCaps;
    QByteArray destinationCaps;
    readHost(conn, &source, &sourceCaps);
    readHost(destination.get(), &there, &destinationCaps);

    MigrationVmFacts vm;
    vm.name = domainName(domain.get());
    vm.state = stateOf(domain.get(), &vm.stateName);
    const bool active = vm.state == MigrationVmFacts::State::Running || vm.state == MigrationVmFacts::State::Paused;
    virDomainInfo info{};
    if (virDomainGetInfo(domain.get(), &info) == 0)
        vm.memoryBytes = quint64(info.memory) * 1024;
    const QByteArray xml = domainXml(domain.get(), active);
    if (xml.isEmpty())
        return JobOutcome::failure(lastError().describe(tr("Could not read the definition of %1").arg(vm.name)));
    VmHardware hardware;
    MigrationDomainXml parts;
    if (!VmHardwareXml::parse(xml, &hardware, &error) || !MigrationChecks::readDomain(xml, &parts, &error))
        return JobOutcome::failure(tr("Could not read the definition of %1: %2").arg(vm.name, error));
    vm.domainType = parts.domainType;
    vm.arch = parts.arch;
    vm.cpuMode = parts.cpuMode;
    vm.destinationOffersDomainType = DomainCapsParser::hasDomainType(destinationCaps, parts.arch, parts.domainType);
    vm.disks = diskFacts(conn, destination.get(), hardware);
    vm.nics = nicFacts(destination.get(), hardware);
    if (parts.domainType == "kvm"_L1 && active)
        vm.cpu = compareCpu(destination.get(), parts, sourceCaps);
    vm.uuidTakenOnDestination = DomainHandle(virDomainLookupByUUIDString(destination.get(), uuid.toLatin1().constData())) != nullptr;
    vm.nameTakenOnDestination = DomainHandle(virDomainLookupByName(destination.get(), vm.name.toUtf8().constData())) != nullptr;
    virResetLastError();

    MigrationPreflight preflight;
    preflight.checks = MigrationChecks::evaluate(vm, source, there, options);
    return JobOutcome::success(QVariant::fromValue(preflight));
}

JobOutcome VmJobs::migrate(const JobContext &context, const QString &uuid, const QString &destinationUri,
                           const QString &sourceName, const QString &destinationName, const MigrationOptions &options)
{
    virConnectPtr conn = context.connection();
    QString error;
    DomainHandle domain = lookup(conn, uuid, &error);
    if (!domain)
        return JobOutcome::failure(error);
    const QString name = domainName(domain.get());
    const QString what = tr("Could not migrate %1 to %2").arg(name, destinationName);
    LibvirtError openError;
    ConnectionHandle destination = openDestination(destinationUri, &openError);
    if (!destination)
        return JobOutcome::failure(what + u": "_s + connectFailure(destinationUri, openError));

    QString stateName;
    const MigrationVmFacts::State state = stateOf(domain.get(), &stateName);
    const bool active = state == MigrationVmFacts::State::Running || state == MigrationVmFacts::State::Paused;
    if (state == MigrationVmFacts::State::Other)
        return JobOutcome::failure(tr("%1: it is %2").arg(what, stateName));
    if (!active && options.live)
        return JobOutcome::failure(tr("%1: it is shut off, and a live migration needs it running").arg(what));
    if (!active && options.storage != MigrationOptions::Storage::Shared)
        return JobOutcome::failure(tr("%1: it is shut off, and libvirt copies disks only while a VM runs").arg(what));

    // The disks libvirt will create on the destination: removed again if the migration fails.
    QList<MigrationDiskFacts> made;
    if (active && options.storage != MigrationOptions::Storage::Shared) {
        VmHardware hardware;
        if (!VmHardwareXml::parse(domainXml(domain.get(), true), &hardware, &error))
            return JobOutcome::failure(tr("%1: could not read its definition: %2").arg(what, error));
        for (const MigrationDiskFacts &disk : diskFacts(conn, destination.get(), hardware)) {
            if (MigrationChecks::isCopied(disk, options, state) && !disk.onDestination && disk.destinationPoolActive)
                made.append(disk);
        }
    }

    virTypedParameterPtr params = nullptr;
    int count = 0;
    int capacity = 0;
    if (options.bandwidthMiBps > 0)
        virTypedParamsAddULLong(&params, &count, &capacity, VIR_MIGRATE_PARAM_BANDWIDTH, options.bandwidthMiBps);
    const unsigned int flags = migrationFlags(options, active);

    if (context.isCancelRequested()) {
        virTypedParamsFree(params, count);
        return JobOutcome::failure(tr("Cancelled: %1").arg(whereIs(conn, destination.get(), uuid, name, sourceName, destinationName)));
    }

    QElapsedTimer clock;
    clock.start();
    bool ok = false;
    DomainHandle moved;
    LibvirtError failure;
    bool aborted = false;
    QString abortError;
    {
        // An offline migration only moves the definition: nothing to watch or cancel.
        std::optional<MigrationWatcher> watcher;
        if (active)
            watcher.emplace(context, domain.get(), options.allowPostCopy);
        if (flags & VIR_MIGRATE_PEER2PEER) {
            // The source daemon opens the destination itself; virDomainMigrate3 refuses this.
            ok = virDomainMigrateToURI3(domain.get(), destinationUri.toUtf8().constData(), params, count, flags) == 0;
            if (!ok)
                failure = lastError();
            else
                moved.reset(virDomainLookupByUUIDString(destination.get(), uuid.toLatin1().constData()));
        } else {
            moved.reset(virDomainMigrate3(domain.get(), destination.get(), params, count, flags));
            ok = moved != nullptr;
            if (!ok)
                failure = lastError();
        }
        if (watcher) {
            watcher->stop();
            aborted = watcher->aborted();
            abortError = watcher->abortError();
        }
    }
    const qint64 wallMs = clock.elapsed();
    virTypedParamsFree(params, count);

    if (ok) {
        QString detail = MigrationStats::completedText(wallMs, active && moved ? completedStats(moved.get()) : MigrationProgress());
        if (!active && options.undefineSource) {
            if (const QString kept = undefineMovedSource(domain.get()); !kept.isEmpty())
                detail = tr("%1; its definition on %2 is kept: %3").arg(detail, sourceName, kept);
        }
        if (context.isCancelRequested() && !aborted) // too late, or in post-copy (which cannot go back)
            detail = tr("%1; not cancelled: %2").arg(detail, abortError.isEmpty() ? tr("it had finished") : abortError);
        context.setProgress(100);
        context.setDetail(detail);
        return JobOutcome::success(uuid);
    }

    const QString where = whereIs(conn, destination.get(), uuid, name, sourceName, destinationName);
    const QString leftovers = removeCopies(destination.get(), uuid, made, destinationName);
    QString reason = failure.describe(what);
    if (reason.endsWith(u'.'))
        reason.chop(1);
    QString message = aborted || context.isCancelRequested() ? tr("Cancelled: %1").arg(where) : tr("%1. %2").arg(reason, where);
    if (!leftovers.isEmpty())
        message += u"; "_s + leftovers;
    return JobOutcome::failure(message);
}

} // namespace welkin::libvirt
