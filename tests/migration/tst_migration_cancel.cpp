// A migration that does not finish, on the two-host fixture (tests/scripts/migration-fixture.sh):
// cancelled mid-flight, and failing half-way because the destination's QEMU goes away. Both are
// throttled to 1 MiB/s so they last (libvirt applies the limit to the disk copy too: the guest's
// 32 MiB disk then takes about half a minute). Afterwards the guest still runs on A, nothing of it
// is left on B (no definition, no disk copy), and A's stats kept flowing meanwhile.
#include "MigrationTestHosts.h"

#include "manage/MigrationTypes.h"

#include <QElapsedTimer>
#include <QTest>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

using namespace Qt::StringLiterals;
using namespace welkin;
using Hosts = welkin::test::MigrationTestHosts;

namespace {
constexpr int reflectTimeoutMs = 15000;
constexpr int progressTimeoutMs = 30000;

MigrationOptions throttled()
{
    MigrationOptions options;
    options.live = true;
    options.storage = MigrationOptions::Storage::CopyFull;
    options.bandwidthMiBps = 1;
    return options;
}
} // namespace

class TstMigrationCancel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cancelMidFlight();
    void destinationDiesHalfWay();
    void cleanupTestCase();

private:
    // Starts the throttled migration and waits for its first figures (or its end).
    Task *startThrottled(QStringList *details);
    void checkStillOnA();

    Hosts m_hosts;
    int m_samples = 0;
};

void TstMigrationCancel::initTestCase()
{
    // Stats every 500 ms: they must keep coming while the migration job runs.
    const QString error = m_hosts.open(500);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    connect(m_hosts.providerA(), &Provider::samplesReady, this, [this] { ++m_samples; });
}

void TstMigrationCancel::init()
{
    const QString error = m_hosts.guestRunningOnA();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!Hosts::hasDisk(m_hosts.connB()));
    QTRY_COMPARE_WITH_TIMEOUT(m_hosts.guestRowState(m_hosts.providerA()), PowerState::Running, reflectTimeoutMs);
}

Task *TstMigrationCancel::startThrottled(QStringList *details)
{
    Task *task = m_hosts.managerA().migrate(Hosts::vmId(m_hosts.providerA()), m_hosts.uriB(), u"Migration B"_s, throttled());
    connect(task, &Task::detailChanged, this, [details](const QString &detail) { details->append(detail); });
    // The figures of the disk copy: "16.0 MiB of 96.6 MiB · 1.0 MiB/s".
    if (!QTest::qWaitFor([&] { return !details->isEmpty() || task->isFinished(); }, progressTimeoutMs))
        return task;
    qInfo("first progress: %s (%d%%)", qPrintable(details->constFirst()), task->progress());
    return task;
}

void TstMigrationCancel::checkStillOnA()
{
    QCOMPARE(Hosts::guestState(m_hosts.connA()), int(VIR_DOMAIN_RUNNING));
    QVERIFY(!Hosts::hasGuest(m_hosts.connB()));
    QVERIFY2(!Hosts::hasDisk(m_hosts.connB()), "the disk copy libvirt made on B is still there");
    QTRY_COMPARE_WITH_TIMEOUT(m_hosts.guestRowState(m_hosts.providerA()), PowerState::Running, reflectTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!m_hosts.guestRow(m_hosts.providerB()), reflectTimeoutMs);
}

void TstMigrationCancel::cancelMidFlight()
{
    QStringList details;
    Task *task = startThrottled(&details);
    QVERIFY2(!task->isFinished(), qPrintable(Hosts::describe(task)));
    QVERIFY2(!details.isEmpty(), "no progress within 30 s");
    QVERIFY2(details.constFirst().contains(u" of "_s), qPrintable(details.constFirst()));
    QVERIFY(task->progress() >= 0 && task->progress() < 100);
    // B has the incoming guest, paused until it arrives.
    QVERIFY(Hosts::hasGuest(m_hosts.connB()));

    // The source host's listing and stats keep flowing while the job runs.
    const int samples = m_samples;
    QTRY_VERIFY_WITH_TIMEOUT(m_samples >= samples + 2, 5000);
    QVERIFY(!task->isFinished());

    QElapsedTimer clock;
    clock.start();
    task->requestCancel();
    Hosts::run(task, 60000);
    QCOMPARE(task->state(), Task::State::Failed);
    QCOMPARE(task->errorText(), u"Cancelled: welkin-tiny is still running on Migration A"_s);
    qInfo("cancelled after %d progress updates; task ended %lld ms after the cancel", int(details.size()), clock.elapsed());
    checkStillOnA();
}

void TstMigrationCancel::destinationDiesHalfWay()
{
    QStringList details;
    Task *task = startThrottled(&details);
    QVERIFY2(!task->isFinished(), qPrintable(Hosts::describe(task)));
    // The destination's QEMU goes away mid-copy (as when its host fails).
    virDomainPtr incoming = virDomainLookupByName(m_hosts.connB(), Hosts::guest);
    QVERIFY(incoming);
    QVERIFY2(virDomainDestroy(incoming) == 0, virGetLastErrorMessage());
    virDomainFree(incoming);

    Hosts::run(task, 60000);
    QCOMPARE(task->state(), Task::State::Failed);
    QVERIFY2(task->errorText().startsWith(u"Could not migrate welkin-tiny to Migration B: "_s), qPrintable(task->errorText()));
    QVERIFY2(task->errorText().endsWith(u". welkin-tiny is still running on Migration A"_s), qPrintable(task->errorText()));
    qInfo("failed half-way: %s", qPrintable(task->errorText()));
    checkStillOnA();
}

void TstMigrationCancel::cleanupTestCase()
{
    const QString error = m_hosts.guestRunningOnA();
    m_hosts.close();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

QTEST_GUILESS_MAIN(TstMigrationCancel)
#include "tst_migration_cancel.moc"
