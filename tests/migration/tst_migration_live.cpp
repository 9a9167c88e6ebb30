// Live migration of the fixture's running TCG guest between two libvirt hosts on this machine
// (tests/scripts/migration-fixture.sh), through VmManager as the application does it: the
// pre-flight checks and their blockers, A -> B with its disk copied and back, with proof that
// the guest kept running (libvirt's state reason, a CMOS byte written before the move and read
// after it, the downtime libvirt measured), the inventory rows moving between the providers, and
// the offline move of the shut-off guest's definition.
#include "MigrationTestHosts.h"

#include "manage/MigrationTypes.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

using namespace Qt::StringLiterals;
using namespace welkin;
using Hosts = welkin::test::MigrationTestHosts;

namespace {
constexpr int reflectTimeoutMs = 15000;
constexpr int cmosMarker = 0x4f; // an NVRAM byte neither QEMU nor SeaBIOS uses
const QString unreachableUri = u"qemu:///system?socket=/tmp/welkin-test-mgx/sock/libvirt-sock"_s;

const char *outcomeName(MigrationCheck::Outcome outcome)
{
    switch (outcome) {
    case MigrationCheck::Outcome::Passed: return "passed";
    case MigrationCheck::Outcome::Warning: return "warning";
    case MigrationCheck::Outcome::Blocker: return "BLOCKER";
    }
    return "?";
}

// The check about `subject`, or an empty one.
MigrationCheck checkOf(const MigrationPreflight &preflight, const QString &subject)
{
    for (const MigrationCheck &check : preflight.checks) {
        if (check.subject == subject)
            return check;
    }
    return {};
}

MigrationOptions moveWithDisks()
{
    MigrationOptions options;
    options.live = true;
    options.storage = MigrationOptions::Storage::CopyFull;
    options.persistOnDestination = true;
    options.undefineSource = true;
    return options;
}

} // namespace

class TstMigrationLive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void preflightPasses();
    void preflightBlockers();
    void unreachableDestination();
    void refusedMigration();
    void liveThereAndBack();
    void offlineMovesDefinition();
    void cleanupTestCase();

private:
    Task *preflight(LibvirtProvider *from, const QString &to, const MigrationOptions &options, MigrationPreflight *out);
    // Moves the running guest from `from` to `to` and checks it arrived running, with the marker.
    void moveLive(LibvirtProvider *from, _virConnect *fromConn, LibvirtProvider *to, _virConnect *toConn,
                  const QString &toUri, int marker, const MigrationOptions &options);

    Hosts m_hosts;
};

void TstMigrationLive::initTestCase()
{
    QString error = m_hosts.open();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    error = m_hosts.guestRunningOnA();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(m_hosts.guestRowState(m_hosts.providerA()), PowerState::Running, reflectTimeoutMs);
}

Task *TstMigrationLive::preflight(LibvirtProvider *from, const QString &to, const MigrationOptions &options,
                                  MigrationPreflight *out)
{
    Task *task = Hosts::run(VmManager(from).migrationPreflight(Hosts::vmId(from), to, options));
    *out = task->result().value<MigrationPreflight>();
    for (const MigrationCheck &check : std::as_const(out->checks))
        qInfo("  %s: %s: %s", outcomeName(check.outcome), qPrintable(check.subject), qPrintable(check.message));
    return task;
}

void TstMigrationLive::preflightPasses()
{
    MigrationPreflight result;
    Task *task = preflight(m_hosts.providerA(), m_hosts.uriB(), moveWithDisks(), &result);
    QVERIFY2(task->state() == Task::State::Succeeded, qPrintable(Hosts::describe(task)));
    QCOMPARE(task->title(), u"Check the migration of welkin-tiny"_s);
    QVERIFY(result.canMigrate());
    QStringList subjects;
    for (const MigrationCheck &check : std::as_const(result.checks)) {
        subjects.append(check.subject);
        QVERIFY2(check.outcome == MigrationCheck::Outcome::Passed, qPrintable(check.subject + u": "_s + check.message));
    }
    QCOMPARE(subjects, (QStringList{u"Destination host"_s, u"Hypervisor"_s, u"State"_s, u"Name"_s, u"CPU"_s, u"Memory"_s,
                                    u"Storage pool 'welkin-mig'"_s}));
    QCOMPARE(checkOf(result, u"Destination host"_s).message, u"Another host (host UUID c0ffee00-0000-4000-8000-00000000000b)"_s);
    QCOMPARE(checkOf(result, u"Hypervisor"_s).message, u"QEMU on both hosts"_s);
    QVERIFY(checkOf(result, u"CPU"_s).message.startsWith(u"Emulated by QEMU (TCG)"_s));
    QVERIFY(checkOf(result, u"Memory"_s).message.endsWith(u"the VM needs 64.0 MiB"_s));
    QCOMPARE(checkOf(result, u"Storage pool 'welkin-mig'"_s).message, u"vda: copied into pool 'welkin-mig' on the destination"_s);

    // With shared storage the disk would have to be on B already, and it is not.
    MigrationOptions shared = moveWithDisks();
    shared.storage = MigrationOptions::Storage::Shared;
    task = preflight(m_hosts.providerA(), m_hosts.uriB(), shared, &result);
    QVERIFY2(task->state() == Task::State::Succeeded, qPrintable(Hosts::describe(task)));
    QVERIFY(!result.canMigrate());
    const MigrationCheck disk = checkOf(result, u"Storage pool 'welkin-mig'"_s);
    QCOMPARE(disk.outcome, MigrationCheck::Outcome::Blocker);
    QCOMPARE(disk.message, u"vda: %1 is not on the destination, and with shared storage both hosts must see the same file"_s
                               .arg(QString::fromLatin1(Hosts::disk)));
}

void TstMigrationLive::preflightBlockers()
{
    // The same host: libvirt would refuse it (both ends report one host UUID).
    MigrationPreflight result;
    Task *task = preflight(m_hosts.providerA(), m_hosts.uriA(), moveWithDisks(), &result);
    QVERIFY2(task->state() == Task::State::Succeeded, qPrintable(Hosts::describe(task)));
    QVERIFY(!result.canMigrate());
    MigrationCheck host = checkOf(result, u"Destination host"_s);
    QCOMPARE(host.outcome, MigrationCheck::Outcome::Blocker);
    QCOMPARE(host.message, u"This is the host welkin-tiny runs on (host UUID c0ffee00-0000-4000-8000-00000000000a): "
                           "a VM moves only to another host"_s);
    QCOMPARE(checkOf(result, u"Name"_s).message, u"The destination already has this VM (same UUID)"_s);

    // Another VM of the same name on B.
    const QByteArray other = "<domain type='qemu'><name>welkin-tiny</name><uuid>c0ffee00-7e57-4d1e-9a11-0000000000ff</uuid>"
                             "<memory unit='MiB'>64</memory><os><type arch='x86_64'>hvm</type></os></domain>";
    virDomainPtr namesake = virDomainDefineXML(m_hosts.connB(), other.constData());
    QVERIFY2(namesake, virGetLastErrorMessage());
    task = preflight(m_hosts.providerA(), m_hosts.uriB(), moveWithDisks(), &result);
    virDomainUndefine(namesake);
    virDomainFree(namesake);
    QVERIFY2(task->state() == Task::State::Succeeded, qPrintable(Hosts::describe(task)));
    const MigrationCheck name = checkOf(result, u"Name"_s);
    QCOMPARE(name.outcome, MigrationCheck::Outcome::Blocker);
    QCOMPARE(name.message, u"A VM named 'welkin-tiny' already exists on the destination"_s);
    QCOMPARE(checkOf(result, u"Destination host"_s).outcome, MigrationCheck::Outcome::Passed);

    // Post-copy of a non-live migration.
    MigrationOptions postCopy = moveWithDisks();
    postCopy.live = false;
    postCopy.allowPostCopy = true;
    task = preflight(m_hosts.providerA(), m_hosts.uriB(), postCopy, &result);
    QCOMPARE(checkOf(result, u"Options"_s).message, u"Post-copy needs a live migration of a running VM"_s);
}

void TstMigrationLive::unreachableDestination()
{
    // No daemon behind the socket: libvirt's reason, and the guest stays where it is.
    Task *check = Hosts::run(m_hosts.managerA().migrationPreflight(Hosts::vmId(m_hosts.providerA()), unreachableUri, moveWithDisks()));
    QCOMPARE(check->state(), Task::State::Failed);
    const QString prefix = u"Could not connect to the destination %1: "_s.arg(unreachableUri);
    QVERIFY2(check->errorText().startsWith(prefix), qPrintable(check->errorText()));
    QVERIFY2(check->errorText().contains(u"No such file or directory"_s), qPrintable(check->errorText()));
    qInfo("unreachable destination: %s", qPrintable(check->errorText()));

    Task *move = Hosts::run(m_hosts.managerA().migrate(Hosts::vmId(m_hosts.providerA()), unreachableUri, u"Nowhere"_s, moveWithDisks()));
    QCOMPARE(move->state(), Task::State::Failed);
    QCOMPARE(move->title(), u"Migrate welkin-tiny to Nowhere"_s);
    QVERIFY2(move->errorText().startsWith(u"Could not migrate welkin-tiny to Nowhere: "_s + prefix), qPrintable(move->errorText()));
    QCOMPARE(Hosts::guestState(m_hosts.connA()), int(VIR_DOMAIN_RUNNING));
}

void TstMigrationLive::refusedMigration()
{
    // Peer to peer: A's daemon opens B's URI itself, and a socket URI is its own driver to it
    // (two local daemons can only do it through a TCP or TLS listener).
    MigrationOptions p2p = moveWithDisks();
    p2p.peerToPeer = true;
    MigrationPreflight result;
    preflight(m_hosts.providerA(), m_hosts.uriB(), p2p, &result);
    QCOMPARE(checkOf(result, u"Peer to peer"_s).outcome, MigrationCheck::Outcome::Blocker);
    // Started anyway: libvirt refuses, in its words, and the guest stays.
    Task *move = Hosts::run(m_hosts.managerA().migrate(Hosts::vmId(m_hosts.providerA()), m_hosts.uriB(), u"Migration B"_s, p2p));
    QCOMPARE(move->state(), Task::State::Failed);
    QCOMPARE(move->errorText(), u"Could not migrate welkin-tiny to Migration B: Attempt to migrate guest to the same host. "
                                "welkin-tiny is still running on Migration A"_s);
    QVERIFY(!Hosts::hasGuest(m_hosts.connB()));
    QVERIFY(!Hosts::hasDisk(m_hosts.connB()));
}

void TstMigrationLive::moveLive(LibvirtProvider *from, _virConnect *fromConn, LibvirtProvider *to, _virConnect *toConn,
                                const QString &toUri, int marker, const MigrationOptions &options)
{
    QStringList details;
    int lastProgress = -1;
    QElapsedTimer clock;
    clock.start();
    Task *task = VmManager(from).migrate(Hosts::vmId(from), toUri, to->displayName(), options);
    QVERIFY(task->isCancellable());
    QCOMPARE(task->title(), u"Migrate welkin-tiny to %1"_s.arg(to->displayName()));
    connect(task, &Task::detailChanged, this, [&details](const QString &detail) { details.append(detail); });
    connect(task, &Task::progressChanged, this, [&lastProgress](int percent) { lastProgress = percent; });
    Hosts::run(task);
    const qint64 taskMs = clock.elapsed();
    QVERIFY2(task->state() == Task::State::Succeeded, qPrintable(Hosts::describe(task)));
    QCOMPARE(task->result().toString(), QString::fromLatin1(Hosts::guestUuid));
    QCOMPARE(lastProgress, 100);
    QVERIFY2(QRegularExpression(u"^moved in [0-9.]+ m?s, downtime [0-9]+ ms$"_s).match(task->detail()).hasMatch(),
             qPrintable(task->detail()));
    qInfo("%s -> %s: task %lld ms, \"%s\"; progress seen: %s", qPrintable(from->displayName()), qPrintable(to->displayName()),
          taskMs, qPrintable(task->detail()), qPrintable(details.mid(0, details.size() - 1).join(u" | "_s)));

    // Running on the destination because it migrated there (not booted), gone from the source.
    int reason = -1;
    QCOMPARE(Hosts::guestState(toConn, &reason), int(VIR_DOMAIN_RUNNING));
    QCOMPARE(reason, int(VIR_DOMAIN_RUNNING_MIGRATED));
    QVERIFY(!Hosts::hasGuest(fromConn));
    virDomainPtr arrived = virDomainLookupByName(toConn, Hosts::guest);
    QVERIFY(arrived);
    QCOMPARE(virDomainIsPersistent(arrived), 1);
    // What libvirt measured on the destination.
    int type = 0;
    virTypedParameterPtr params = nullptr;
    int count = 0;
    QCOMPARE(virDomainGetJobStats(arrived, &type, &params, &count, VIR_DOMAIN_JOB_STATS_COMPLETED), 0);
    QCOMPARE(type, int(VIR_DOMAIN_JOB_COMPLETED));
    unsigned long long downtime = 0;
    unsigned long long elapsed = 0;
    unsigned long long total = 0;
    virTypedParamsGetULLong(params, count, VIR_DOMAIN_JOB_DOWNTIME, &downtime);
    virTypedParamsGetULLong(params, count, VIR_DOMAIN_JOB_TIME_ELAPSED, &elapsed);
    virTypedParamsGetULLong(params, count, VIR_DOMAIN_JOB_DATA_TOTAL, &total);
    virTypedParamsFree(params, count);
    virDomainFree(arrived);
    qInfo("  libvirt on %s: job %llu ms, downtime %llu ms, %llu bytes", qPrintable(to->displayName()), elapsed, downtime, total);
    QVERIFY(downtime > 0 && downtime < 5000);

    // The guest's own state came along: a restarted guest would have a fresh CMOS.
    QString error;
    const std::optional<int> read = Hosts::readCmos(toUri, cmosMarker, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(*read, marker);

    // The row moves from one host to the other.
    QTRY_COMPARE_WITH_TIMEOUT(m_hosts.guestRowState(to), PowerState::Running, reflectTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!m_hosts.guestRow(from), reflectTimeoutMs);
}

void TstMigrationLive::liveThereAndBack()
{
    QString error;
    const std::optional<int> before = Hosts::readCmos(m_hosts.uriA(), cmosMarker, &error);
    QVERIFY2(before, qPrintable(error));
    int marker = 0;
    do
        marker = int(QRandomGenerator::global()->bounded(1, 255));
    while (marker == *before);
    QVERIFY2(Hosts::writeCmos(m_hosts.uriA(), cmosMarker, marker, &error), qPrintable(error));
    QVERIFY(!Hosts::hasDisk(m_hosts.connB()));

    moveLive(m_hosts.providerA(), m_hosts.connA(), m_hosts.providerB(), m_hosts.connB(), m_hosts.uriB(), marker, moveWithDisks());
    if (QTest::currentTestFailed())
        return;
    QVERIFY(Hosts::hasDisk(m_hosts.connB())); // the copy libvirt made
    // Back with auto-converge and post-copy allowed: the daemons take those flags too (this idle
    // guest converges in pre-copy, so post-copy is allowed, not needed).
    MigrationOptions back = moveWithDisks();
    back.autoConverge = true;
    back.allowPostCopy = true;
    moveLive(m_hosts.providerB(), m_hosts.connB(), m_hosts.providerA(), m_hosts.connA(), m_hosts.uriA(), marker, back);
    // libvirt leaves the source's disk where it was: a move with copied storage keeps the old copy.
    QVERIFY(Hosts::hasDisk(m_hosts.connB()));
}

void TstMigrationLive::offlineMovesDefinition()
{
    virDomainPtr guest = virDomainLookupByName(m_hosts.connA(), Hosts::guest);
    QVERIFY(guest);
    QCOMPARE(virDomainDestroy(guest), 0);
    virDomainFree(guest);
    QTRY_COMPARE_WITH_TIMEOUT(m_hosts.guestRowState(m_hosts.providerA()), PowerState::ShutOff, reflectTimeoutMs);

    MigrationPreflight result;
    preflight(m_hosts.providerA(), m_hosts.uriB(), moveWithDisks(), &result);
    QCOMPARE(checkOf(result, u"State"_s).message,
             u"welkin-tiny is shut off: a live migration needs it running. Migrate it offline to move only its definition"_s);
    Task *refused = Hosts::run(m_hosts.managerA().migrate(Hosts::vmId(m_hosts.providerA()), m_hosts.uriB(), u"Migration B"_s, moveWithDisks()));
    QCOMPARE(refused->errorText(), u"Could not migrate welkin-tiny to Migration B: it is shut off, and a live migration needs it running"_s);

    MigrationOptions offline = moveWithDisks();
    offline.live = false;
    preflight(m_hosts.providerA(), m_hosts.uriB(), offline, &result);
    QCOMPARE(checkOf(result, u"State"_s).message,
             u"welkin-tiny is shut off, and libvirt copies disks only while a VM runs: start it, or migrate with shared "
             "storage to move only its definition"_s);

    // Only the definition moves; B has a disk at the same path (left by the move back).
    offline.storage = MigrationOptions::Storage::Shared;
    Task *check = preflight(m_hosts.providerA(), m_hosts.uriB(), offline, &result);
    QVERIFY2(check->state() == Task::State::Succeeded, qPrintable(Hosts::describe(check)));
    QVERIFY(result.canMigrate());
    QCOMPARE(checkOf(result, u"Storage pool 'welkin-mig'"_s).message,
             u"vda: %1 is on the destination too"_s.arg(QString::fromLatin1(Hosts::disk)));
    for (const auto &[from, fromConn, to, toConn] :
         {std::tuple{m_hosts.providerA(), m_hosts.connA(), m_hosts.providerB(), m_hosts.connB()},
          std::tuple{m_hosts.providerB(), m_hosts.connB(), m_hosts.providerA(), m_hosts.connA()}}) {
        QElapsedTimer clock;
        clock.start();
        Task *move = Hosts::run(VmManager(from).migrate(Hosts::vmId(from), to->profile().uri, to->displayName(), offline));
        QVERIFY2(move->state() == Task::State::Succeeded, qPrintable(Hosts::describe(move)));
        qInfo("offline %s -> %s: %lld ms, \"%s\"", qPrintable(from->displayName()), qPrintable(to->displayName()),
              clock.elapsed(), qPrintable(move->detail()));
        QCOMPARE(Hosts::guestState(toConn), int(VIR_DOMAIN_SHUTOFF));
        QVERIFY(!Hosts::hasGuest(fromConn));
        QTRY_COMPARE_WITH_TIMEOUT(m_hosts.guestRowState(to), PowerState::ShutOff, reflectTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!m_hosts.guestRow(from), reflectTimeoutMs);
    }
}

void TstMigrationLive::cleanupTestCase()
{
    // The fixture's state for the next test: on A, and no copy on B.
    const QString error = m_hosts.guestRunningOnA();
    m_hosts.close();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

QTEST_GUILESS_MAIN(TstMigrationLive)
#include "tst_migration_live.moc"
