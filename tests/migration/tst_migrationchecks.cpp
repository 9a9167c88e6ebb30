// The pure parts of live migration: the pre-flight rules on made-up facts (MigrationChecks), the
// definition and capabilities readers, the job's figures and texts (MigrationStats, keyed by
// libvirt's own field names), and the flags and typed parameters of the job side.
#include "manage/MigrationChecks.h"
#include "manage/MigrationStats.h"
#include "providers/libvirt/VmJobs.h"

#include <QTest>

#include <libvirt/libvirt.h>

using namespace Qt::StringLiterals;
using namespace welkin;
using Outcome = MigrationCheck::Outcome;
using State = MigrationVmFacts::State;

namespace {

MigrationHostFacts host(const QString &uuid, const QString &uri = u"qemu:///system"_s)
{
    return MigrationHostFacts{uri, u"QEMU"_s, uuid, 8ull << 30};
}

// welkin-tiny as the fixture runs it: TCG, 64 MiB, one disk in pool "images" that B also has.
MigrationVmFacts tiny()
{
    MigrationVmFacts vm;
    vm.name = u"tiny"_s;
    vm.domainType = u"qemu"_s;
    vm.arch = u"x86_64"_s;
    vm.state = State::Running;
    vm.memoryBytes = 64ull << 20;
    MigrationDiskFacts disk;
    disk.target = u"vda"_s;
    disk.device = u"disk"_s;
    disk.type = u"file"_s;
    disk.path = u"/var/lib/libvirt/images/tiny.qcow2"_s;
    disk.sourcePool = u"images"_s;
    disk.destinationPool = u"images"_s;
    disk.destinationPoolActive = true;
    vm.disks = {disk};
    return vm;
}

MigrationOptions copyAll()
{
    MigrationOptions options;
    options.storage = MigrationOptions::Storage::CopyFull;
    return options;
}

MigrationCheck checkOf(const QList<MigrationCheck> &checks, const QString &subject)
{
    for (const MigrationCheck &check : checks) {
        if (check.subject == subject)
            return check;
    }
    return {};
}

QList<MigrationCheck> evaluate(const MigrationVmFacts &vm, const MigrationOptions &options = copyAll(),
                               const MigrationHostFacts &destination = host(u"bbbb"_s))
{
    return MigrationChecks::evaluate(vm, host(u"aaaa"_s), destination, options);
}

} // namespace

class TstMigrationChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void allPassForTcgGuest();
    void sameHostAndHypervisor();
    void stateAndOptions();
    void cpuOfKvmGuests();
    void memory();
    void networksAndBridges();
    void copiedDisks();
    void sharedDisks();
    void peerToPeer();
    void readDomain();
    void capabilities();
    void progressFromJobStats();
    void texts();
    void flags();
    void typedParameters();
};

void TstMigrationChecks::allPassForTcgGuest()
{
    const QList<MigrationCheck> checks = evaluate(tiny());
    QStringList subjects;
    for (const MigrationCheck &check : checks) {
        subjects.append(check.subject);
        QCOMPARE(check.outcome, Outcome::Passed);
    }
    QCOMPARE(subjects, (QStringList{u"Destination host"_s, u"Hypervisor"_s, u"State"_s, u"Name"_s, u"CPU"_s, u"Memory"_s,
                                    u"Storage pool 'images'"_s}));
    QCOMPARE(checkOf(checks, u"CPU"_s).message,
             u"Emulated by QEMU (TCG): the guest gets the same CPU on any host, whatever the host's"_s);
    QCOMPARE(checkOf(checks, u"Memory"_s).message, u"The destination has 8.0 GiB free, the VM needs 64.0 MiB"_s);
    QCOMPARE(checkOf(checks, u"Storage pool 'images'"_s).message, u"vda: copied into pool 'images' on the destination"_s);
    MigrationPreflight preflight{checks};
    QVERIFY(preflight.canMigrate());
}

void TstMigrationChecks::sameHostAndHypervisor()
{
    QList<MigrationCheck> checks = evaluate(tiny(), copyAll(), host(u"aaaa"_s));
    QCOMPARE(checkOf(checks, u"Destination host"_s),
             (MigrationCheck{u"Destination host"_s, Outcome::Blocker,
                             u"This is the host tiny runs on (host UUID aaaa): a VM moves only to another host"_s}));
    QVERIFY(!MigrationPreflight{checks}.canMigrate());

    MigrationHostFacts xen = host(u"bbbb"_s);
    xen.hypervisor = u"Xen"_s;
    checks = evaluate(tiny(), copyAll(), xen);
    QCOMPARE(checkOf(checks, u"Hypervisor"_s).message,
             u"The destination runs Xen and this host QEMU: a VM moves only between hosts of the same hypervisor"_s);

    MigrationVmFacts kvm = tiny();
    kvm.domainType = u"kvm"_s;
    kvm.destinationOffersDomainType = false;
    checks = evaluate(kvm);
    QCOMPARE(checkOf(checks, u"Hypervisor"_s),
             (MigrationCheck{u"Hypervisor"_s, Outcome::Blocker, u"The destination cannot run kvm guests for x86_64"_s}));

    MigrationVmFacts taken = tiny();
    taken.nameTakenOnDestination = true;
    QCOMPARE(checkOf(evaluate(taken), u"Name"_s).message, u"A VM named 'tiny' already exists on the destination"_s);
    taken.uuidTakenOnDestination = true;
    QCOMPARE(checkOf(evaluate(taken), u"Name"_s).message, u"The destination already has this VM (same UUID)"_s);
}

void TstMigrationChecks::stateAndOptions()
{
    MigrationVmFacts vm = tiny();
    MigrationOptions options = copyAll();
    options.live = false;
    QCOMPARE(checkOf(evaluate(vm, options), u"State"_s).message,
             u"Running: it is paused while it moves, and resumes on the destination"_s);
    vm.state = State::Paused;
    QCOMPARE(checkOf(evaluate(vm), u"State"_s).outcome, Outcome::Passed);

    vm.state = State::ShutOff;
    QCOMPARE(checkOf(evaluate(vm), u"State"_s),
             (MigrationCheck{u"State"_s, Outcome::Blocker,
                             u"tiny is shut off: a live migration needs it running. Migrate it offline to move only its "
                             "definition"_s}));
    QCOMPARE(checkOf(evaluate(vm, options), u"State"_s).outcome, Outcome::Blocker); // copying disks offline
    options.storage = MigrationOptions::Storage::Shared;
    options.persistOnDestination = false;
    QCOMPARE(checkOf(evaluate(vm, options), u"State"_s).message,
             u"tiny is shut off, so only its definition moves: it must be kept on the destination"_s);
    options.persistOnDestination = true;
    QCOMPARE(checkOf(evaluate(vm, options), u"State"_s).outcome, Outcome::Passed);

    vm.state = State::Other;
    vm.stateName = u"crashed"_s;
    QCOMPARE(checkOf(evaluate(vm), u"State"_s).message, u"tiny is crashed: only running, paused or shut-off VMs can move"_s);

    MigrationOptions postCopy = copyAll();
    postCopy.allowPostCopy = true;
    QVERIFY(checkOf(evaluate(tiny(), postCopy), u"Options"_s).subject.isEmpty());
    postCopy.live = false;
    QCOMPARE(checkOf(evaluate(tiny(), postCopy), u"Options"_s).outcome, Outcome::Blocker);
}

void TstMigrationChecks::cpuOfKvmGuests()
{
    MigrationVmFacts vm = tiny();
    vm.domainType = u"kvm"_s;
    vm.cpuMode = u"host-model"_s;
    vm.cpu = {MigrationCpuComparison::Result::Superset, {}};
    QCOMPARE(checkOf(evaluate(vm), u"CPU"_s),
             (MigrationCheck{u"CPU"_s, Outcome::Passed, u"The destination provides the VM's CPU model and more"_s}));
    vm.cpuMode = u"host-passthrough"_s;
    vm.cpu = {MigrationCpuComparison::Result::Incompatible, u"Host CPU does not provide required features: avx512f"_s};
    QCOMPARE(checkOf(evaluate(vm), u"CPU"_s),
             (MigrationCheck{u"CPU"_s, Outcome::Blocker,
                             u"The destination cannot provide this host's CPU (the VM passes it through): Host CPU does not "
                             "provide required features: avx512f"_s}));
    vm.cpu = {MigrationCpuComparison::Result::Failed, u"no support"_s};
    QCOMPARE(checkOf(evaluate(vm), u"CPU"_s).outcome, Outcome::Warning);
    vm.state = State::ShutOff;
    MigrationOptions offline;
    offline.live = false;
    QCOMPARE(checkOf(evaluate(vm, offline), u"CPU"_s).message,
             u"Shut off: its CPU is set up when it starts on the destination"_s);
}

void TstMigrationChecks::memory()
{
    MigrationVmFacts vm = tiny();
    vm.memoryBytes = 16ull << 30;
    QCOMPARE(checkOf(evaluate(vm), u"Memory"_s),
             (MigrationCheck{u"Memory"_s, Outcome::Blocker, u"The destination has 8.0 GiB free, the VM needs 16.0 GiB"_s}));
    vm.state = State::ShutOff;
    MigrationOptions offline;
    offline.live = false;
    QCOMPARE(checkOf(evaluate(vm, offline), u"Memory"_s).outcome, Outcome::Warning);
    MigrationHostFacts unknown = host(u"bbbb"_s);
    unknown.freeMemoryBytes = 0;
    QCOMPARE(checkOf(evaluate(tiny(), copyAll(), unknown), u"Memory"_s).outcome, Outcome::Warning);
}

void TstMigrationChecks::networksAndBridges()
{
    MigrationVmFacts vm = tiny();
    vm.nics = {{u"network"_s, u"default"_s, MigrationPresence::Present},
               {u"network"_s, u"default"_s, MigrationPresence::Present}, // one check per network
               {u"network"_s, u"lab"_s, MigrationPresence::Absent},
               {u"network"_s, u"dmz"_s, MigrationPresence::Inactive},
               {u"bridge"_s, u"br0"_s, MigrationPresence::Unknown},
               {u"user"_s, {}, MigrationPresence::Unknown}};
    const QList<MigrationCheck> checks = evaluate(vm);
    QCOMPARE(checks.size(), 7 + 4);
    QCOMPARE(checkOf(checks, u"Network 'default'"_s).outcome, Outcome::Passed);
    QCOMPARE(checkOf(checks, u"Network 'lab'"_s),
             (MigrationCheck{u"Network 'lab'"_s, Outcome::Blocker, u"The destination has no network of that name"_s}));
    QCOMPARE(checkOf(checks, u"Network 'dmz'"_s).message, u"Defined on the destination but not active: start it there"_s);
    QCOMPARE(checkOf(checks, u"Bridge 'br0'"_s).outcome, Outcome::Warning);

    vm.state = State::ShutOff; // needed only to start there
    MigrationOptions offline;
    offline.live = false;
    QCOMPARE(checkOf(evaluate(vm, offline), u"Network 'lab'"_s).outcome, Outcome::Warning);
}

void TstMigrationChecks::copiedDisks()
{
    MigrationVmFacts vm = tiny();
    MigrationDiskFacts &disk = vm.disks.first();
    disk.onDestination = true;
    QCOMPARE(checkOf(evaluate(vm), u"Storage pool 'images'"_s),
             (MigrationCheck{u"Storage pool 'images'"_s, Outcome::Warning,
                             u"vda: /var/lib/libvirt/images/tiny.qcow2 already exists on the destination: the copy "
                             "overwrites it"_s}));
    disk.onDestination = false;
    disk.destinationPoolActive = false;
    QCOMPARE(checkOf(evaluate(vm), u"Storage pool 'images'"_s).message,
             u"vda: storage pool 'images' on the destination is not active"_s);
    disk.destinationPool.clear();
    QCOMPARE(checkOf(evaluate(vm), u"Storage pool 'images'"_s).message,
             u"vda: no storage pool on the destination has the directory /var/lib/libvirt/images, and libvirt creates the "
             "copy only in one: define a pool with that path there"_s);
    disk.sourcePool.clear();
    QCOMPARE(checkOf(evaluate(vm), u"Disk vda"_s).outcome, Outcome::Blocker);
    disk.type = u"block"_s;
    disk.path = u"/dev/vg/tiny"_s;
    QCOMPARE(checkOf(evaluate(vm), u"Disk vda"_s).message,
             u"vda: libvirt cannot create block device /dev/vg/tiny on the destination: create it there first"_s);

    // Read-only disks are never copied: the ISO must be there.
    MigrationVmFacts withCd = tiny();
    MigrationDiskFacts cd;
    cd.target = u"sda"_s;
    cd.device = u"cdrom"_s;
    cd.type = u"file"_s;
    cd.path = u"/srv/iso/debian.iso"_s;
    cd.readOnly = true;
    cd.destinationPool = u"iso"_s;
    cd.destinationPoolActive = true;
    withCd.disks.append(cd);
    QCOMPARE(checkOf(evaluate(withCd), u"Disk sda"_s).message,
             u"sda: /srv/iso/debian.iso is not on the destination, and read-only or shared disks are not copied"_s);
    MigrationDiskFacts empty;
    empty.target = u"sdb"_s;
    empty.device = u"cdrom"_s;
    withCd.disks.append(empty);
    QVERIFY(checkOf(evaluate(withCd), u"Disk sdb"_s).subject.isEmpty());

    QVERIFY(MigrationChecks::isCopied(tiny().disks.first(), copyAll(), State::Paused));
    QVERIFY(!MigrationChecks::isCopied(tiny().disks.first(), copyAll(), State::ShutOff));
    QVERIFY(!MigrationChecks::isCopied(tiny().disks.first(), MigrationOptions(), State::Running));
    QVERIFY(!MigrationChecks::isCopied(cd, copyAll(), State::Running));
}

void TstMigrationChecks::sharedDisks()
{
    MigrationVmFacts vm = tiny();
    const MigrationOptions shared;
    QCOMPARE(checkOf(evaluate(vm, shared), u"Storage pool 'images'"_s).message,
             u"vda: /var/lib/libvirt/images/tiny.qcow2 is not on the destination, and with shared storage both hosts must "
             "see the same file"_s);
    vm.disks.first().onDestination = true;
    QCOMPARE(checkOf(evaluate(vm, shared), u"Storage pool 'images'"_s),
             (MigrationCheck{u"Storage pool 'images'"_s, Outcome::Passed,
                             u"vda: /var/lib/libvirt/images/tiny.qcow2 is on the destination too"_s}));
    vm.disks.first().onDestination = false;
    vm.disks.first().destinationPool.clear(); // nothing there to ask
    QCOMPARE(checkOf(evaluate(vm, shared), u"Storage pool 'images'"_s),
             (MigrationCheck{u"Storage pool 'images'"_s, Outcome::Warning,
                             u"vda: could not check that the destination has /var/lib/libvirt/images/tiny.qcow2 (no "
                             "active storage pool there has the directory /var/lib/libvirt/images)"_s}));
}

void TstMigrationChecks::peerToPeer()
{
    MigrationOptions p2p = copyAll();
    p2p.peerToPeer = true;
    // Without a host name the source daemon would open its own driver.
    QCOMPARE(checkOf(evaluate(tiny(), p2p), u"Peer to peer"_s),
             (MigrationCheck{u"Peer to peer"_s, Outcome::Blocker,
                             u"The source host opens qemu:///system itself, and without a host name that is its own "
                             "daemon: connect to the destination through its address (qemu+ssh://, qemu+tls://)"_s}));
    QVERIFY(checkOf(evaluate(tiny()), u"Peer to peer"_s).subject.isEmpty());
    MigrationOptions tunnel = copyAll();
    tunnel.tunnelled = true;
    QCOMPARE(checkOf(MigrationChecks::evaluate(tiny(), host(u"aaaa"_s, u"qemu+ssh://root@a/system"_s),
                                               host(u"bbbb"_s, u"qemu+tls://b/system"_s), tunnel),
                     u"Peer to peer"_s),
             (MigrationCheck{u"Peer to peer"_s, Outcome::Passed,
                             u"The source host opens qemu+tls://b/system itself, with its own credentials"_s}));
    QVERIFY(MigrationChecks::isLocalUri(u"qemu:///system?socket=/tmp/x/libvirt-sock"_s));
    QVERIFY(!MigrationChecks::isLocalUri(u"qemu+ssh://b/system"_s));
}

void TstMigrationChecks::readDomain()
{
    const QByteArray xml = "<domain type='kvm'><name>w</name><os><type arch='x86_64' machine='pc-q35-7.2'>hvm</type></os>"
                           "<cpu mode='custom' match='exact'><model fallback='forbid'>Skylake-Client</model>"
                           "<feature policy='require' name='ssbd'/></cpu>"
                           "<devices><emulator>/usr/bin/qemu-system-x86_64</emulator></devices></domain>";
    MigrationDomainXml parts;
    QString error;
    QVERIFY2(MigrationChecks::readDomain(xml, &parts, &error), qPrintable(error));
    QCOMPARE(parts.domainType, u"kvm"_s);
    QCOMPARE(parts.arch, u"x86_64"_s);
    QCOMPARE(parts.machine, u"pc-q35-7.2"_s);
    QCOMPARE(parts.emulator, u"/usr/bin/qemu-system-x86_64"_s);
    QCOMPARE(parts.cpuMode, u"custom"_s);
    QCOMPARE(parts.cpuXml, QByteArray("<cpu mode=\"custom\" match=\"exact\"><model fallback=\"forbid\">Skylake-Client</model>"
                                      "<feature policy=\"require\" name=\"ssbd\"/></cpu>"));

    QVERIFY(MigrationChecks::readDomain("<domain type='qemu'><os><type arch='x86_64'>hvm</type></os></domain>", &parts, &error));
    QVERIFY(parts.cpuMode.isEmpty() && parts.cpuXml.isEmpty());
    QVERIFY(!MigrationChecks::readDomain("<network/>", &parts, &error));
    QCOMPARE(error, u"The definition's root is <network>, not <domain>"_s);
    QVERIFY(!MigrationChecks::readDomain("<domain><cpu>", &parts, &error));
    QVERIFY2(error.startsWith(u"Line 1, column "_s), qPrintable(error));
}

void TstMigrationChecks::capabilities()
{
    const QByteArray caps = "<capabilities><host><uuid> c0ffee00-0000-4000-8000-00000000000a </uuid>"
                            "<cpu><arch>x86_64</arch><model>EPYC</model><vendor>AMD</vendor></cpu></host>"
                            "<guest><arch name='x86_64'><domain type='qemu'/></arch></guest></capabilities>";
    QCOMPARE(MigrationChecks::hostUuid(caps), u"c0ffee00-0000-4000-8000-00000000000a"_s);
    QCOMPARE(MigrationChecks::hostCpuXml(caps), QByteArray("<cpu><arch>x86_64</arch><model>EPYC</model><vendor>AMD</vendor></cpu>"));
    QVERIFY(MigrationChecks::hostUuid("<capabilities/>").isEmpty());
    QVERIFY(MigrationChecks::hostCpuXml("garbage<").isEmpty());
}

void TstMigrationChecks::progressFromJobStats()
{
    // Keys as libvirt names them, through its own macros.
    const QVariantMap running{{QString::fromLatin1(VIR_DOMAIN_JOB_TIME_ELAPSED), 4200ull},
                              {QString::fromLatin1(VIR_DOMAIN_JOB_DATA_TOTAL), 2147483648ull},
                              {QString::fromLatin1(VIR_DOMAIN_JOB_DATA_PROCESSED), 2684354560ull}, // pages sent again
                              {QString::fromLatin1(VIR_DOMAIN_JOB_DATA_REMAINING), 858993459ull},
                              {QString::fromLatin1(VIR_DOMAIN_JOB_MEMORY_DIRTY_RATE), 120ull},
                              {QString::fromLatin1(VIR_DOMAIN_JOB_DOWNTIME), 300ull},
                              {QString::fromLatin1(VIR_DOMAIN_JOB_MEMORY_ITERATION), 3ull},
                              {QString::fromLatin1(VIR_DOMAIN_JOB_MEMORY_BPS), 36700160ull},
                              {QString::fromLatin1(VIR_DOMAIN_JOB_DISK_BPS), 1048576ull}};
    MigrationProgress progress = MigrationStats::fromJobStats(running, false);
    QCOMPARE(progress.elapsedMs, 4200);
    QCOMPARE(progress.dataTotal, 2147483648ll);
    QCOMPARE(progress.dataRemaining, 858993459ll);
    QCOMPARE(progress.dirtyRate, 120);
    QCOMPARE(progress.expectedDowntimeMs, 300);
    QCOMPARE(progress.downtimeMs, -1);
    QCOMPARE(progress.iteration, 3);
    QCOMPARE(progress.bandwidthBps, 36700160);
    QCOMPARE(progress.percent(), 60); // (total - remaining) / total, not processed / total
    QVERIFY(MigrationStats::postCopyDue(progress));

    // The disk copy comes first: no memory figures yet, the disks' rate.
    const QVariantMap disks{{u"data_total"_s, 100}, {u"data_processed"_s, 16}, {u"memory_bps"_s, 0}, {u"disk_bps"_s, 1048576}};
    progress = MigrationStats::fromJobStats(disks, false);
    QCOMPARE(progress.percent(), 16);
    QCOMPARE(progress.bandwidthBps, 1048576);
    QCOMPARE(progress.iteration, -1);
    QVERIFY(!MigrationStats::postCopyDue(progress));

    const QVariantMap done{{u"downtime"_s, 38}, {u"time_elapsed"_s, 1240}};
    progress = MigrationStats::fromJobStats(done, true);
    QVERIFY(progress.completed);
    QCOMPARE(progress.downtimeMs, 38);
    QCOMPARE(progress.expectedDowntimeMs, -1);
    QCOMPARE(MigrationStats::fromJobStats({}, false).percent(), -1);
}

void TstMigrationChecks::texts()
{
    MigrationProgress progress;
    progress.dataTotal = 2147483648ll;
    progress.dataRemaining = 858993459ll;
    progress.bandwidthBps = 36700160;
    progress.dirtyRate = 120;
    progress.iteration = 3;
    progress.expectedDowntimeMs = 300;
    QCOMPARE(MigrationStats::progressText(progress),
             u"1.2 GiB of 2.0 GiB · 35.0 MiB/s · dirty 120 pages/s · iteration 3 · expected downtime 300 ms"_s);
    MigrationProgress disks;
    disks.dataTotal = 101318656;
    disks.dataProcessed = 16777216;
    disks.bandwidthBps = 1048576;
    QCOMPARE(MigrationStats::progressText(disks), u"16.0 MiB of 96.6 MiB · 1.0 MiB/s"_s);
    QVERIFY(MigrationStats::progressText({}).isEmpty());

    MigrationProgress done;
    done.downtimeMs = 38;
    QCOMPARE(MigrationStats::completedText(4210, done), u"moved in 4.2 s, downtime 38 ms"_s);
    QCOMPARE(MigrationStats::completedText(90, {}), u"moved in 90 ms"_s);
}

void TstMigrationChecks::flags()
{
    using libvirt::VmJobs;
    MigrationOptions options; // live, shared storage, persistent there, undefined here
    QCOMPARE(VmJobs::migrationFlags(options, true),
             unsigned(VIR_MIGRATE_LIVE | VIR_MIGRATE_PERSIST_DEST | VIR_MIGRATE_UNDEFINE_SOURCE));
    options.storage = MigrationOptions::Storage::CopyFull;
    options.autoConverge = true;
    options.allowPostCopy = true;
    QCOMPARE(VmJobs::migrationFlags(options, true),
             unsigned(VIR_MIGRATE_LIVE | VIR_MIGRATE_PERSIST_DEST | VIR_MIGRATE_UNDEFINE_SOURCE | VIR_MIGRATE_NON_SHARED_DISK
                      | VIR_MIGRATE_AUTO_CONVERGE | VIR_MIGRATE_POSTCOPY));
    options = {};
    options.live = false;
    options.storage = MigrationOptions::Storage::CopyIncremental;
    options.tunnelled = true;
    options.persistOnDestination = false;
    options.undefineSource = false;
    QCOMPARE(VmJobs::migrationFlags(options, true),
             unsigned(VIR_MIGRATE_NON_SHARED_INC | VIR_MIGRATE_PEER2PEER | VIR_MIGRATE_TUNNELLED));
    options.tunnelled = false;
    options.peerToPeer = true;
    QCOMPARE(VmJobs::migrationFlags(options, true), unsigned(VIR_MIGRATE_NON_SHARED_INC | VIR_MIGRATE_PEER2PEER));
    // Shut off: only the definition, which libvirt wants persistent there; the job undefines the
    // source itself (libvirt would do it without an event).
    QCOMPARE(VmJobs::migrationFlags(options, false), unsigned(VIR_MIGRATE_OFFLINE | VIR_MIGRATE_PERSIST_DEST));
    options.undefineSource = true;
    QCOMPARE(VmJobs::migrationFlags(options, false), unsigned(VIR_MIGRATE_OFFLINE | VIR_MIGRATE_PERSIST_DEST));
}

void TstMigrationChecks::typedParameters()
{
    virTypedParameterPtr params = nullptr;
    int count = 0;
    int capacity = 0;
    QCOMPARE(virTypedParamsAddULLong(&params, &count, &capacity, VIR_DOMAIN_JOB_DATA_TOTAL, 123456789012ull), 0);
    QCOMPARE(virTypedParamsAddInt(&params, &count, &capacity, "int", -3), 0);
    QCOMPARE(virTypedParamsAddBoolean(&params, &count, &capacity, VIR_DOMAIN_JOB_SUCCESS, 1), 0);
    QCOMPARE(virTypedParamsAddString(&params, &count, &capacity, VIR_DOMAIN_JOB_ERRMSG, "gone"), 0);
    QCOMPARE(virTypedParamsAddDouble(&params, &count, &capacity, "d", 0.5), 0);
    const QVariantMap map = libvirt::VmJobs::typedParameters(params, count);
    virTypedParamsFree(params, count);
    QCOMPARE(map.size(), 5);
    QCOMPARE(map.value(u"data_total"_s).toULongLong(), 123456789012ull);
    QCOMPARE(map.value(u"int"_s).toInt(), -3);
    QCOMPARE(map.value(u"success"_s).toBool(), true);
    QCOMPARE(map.value(u"errmsg"_s).toString(), u"gone"_s);
    QCOMPARE(map.value(u"d"_s).toDouble(), 0.5);
    QCOMPARE(MigrationStats::fromJobStats(map, false).dataTotal, 123456789012ll);
}

QTEST_GUILESS_MAIN(TstMigrationChecks)
#include "tst_migrationchecks.moc"
