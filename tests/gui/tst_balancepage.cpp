// The Balance view of a server pool with real parts: two libvirt test-driver hosts in one pool,
// their loads averaged from a real HistoryStore file, the plan on screen, Apply through an injected
// starter and through the real MigrationController (the test driver cannot migrate: the failure
// must show), the one-host pool, bad ceilings, the dry-run automatic mode, Dismiss, the policy
// surviving a restart of the storage, and the window's "Balance" tab for pools.
#include "MainWindowFixture.h"
#include "content/ContentArea.h"
#include "content/ResourceTableView.h"
#include "inventory/Inventory.h"
#include "manage/PageSupport.h"
#include "manage/StorageModels.h"
#include "metrics/HistoryStore.h"
#include "migration/MigrationController.h"
#include "placement/BalancePlanner.h"
#include "placement/PoolLoadReader.h"
#include "pools/BalanceModels.h"
#include "pools/BalancePage.h"
#include "pools/BalancePolicyForm.h"
#include "providers/Task.h"
#include "storage/GroupStore.h"
#include "storage/PoolStore.h"
#include "storage/Storage.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

using namespace welkin;
using namespace welkin::guitest;
using namespace Qt::StringLiterals;

namespace {

constexpr int readTimeoutMs = 30000;
constexpr qint64 minuteMs = 60'000;
constexpr quint64 gibKiB = quint64(1) << 20;

int running(int) { return 1; }

QString cell(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

int moveRowOf(const MoveModel *model, const QString &vmName)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->rowAt(row)->move.vmName == vmName)
            return row;
    }
    return -1;
}

QString moveStatus(const MoveModel *model, const QString &vmName)
{
    const int row = moveRowOf(model, vmName);
    return row < 0 ? u"<no row>"_s : cell(model, row, MoveModel::StatusColumn);
}

struct StartedMigration {
    ResourceId vm;
    QString destination;
    MigrationOptions options;
};

} // namespace

class TestBalancePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<MainWindowFixture>();
        m_fixture->start();
        m_pools = std::make_unique<PoolStore>();
        m_groups = std::make_unique<GroupStore>();
        connect(m_pools.get(), &PoolStore::poolsChanged, m_fixture->inventory.get(),
                [this] { m_fixture->inventory->setServerPools(m_pools->pools()); });
        m_window = std::make_unique<QWidget>();
        m_now = QDateTime::currentMSecsSinceEpoch();
    }

    void cleanup()
    {
        m_page.reset();
        m_reader.reset();
        m_window.reset();
        m_history.reset();
        m_fixture->close();
        m_groups.reset();
        m_pools.reset();
        m_fixture.reset();
    }

    void recommendsAMoveAndAppliesIt()
    {
        makeHotPool();
        makePage();
        QAbstractItemModelTester hostTester(m_page->hostModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester moveTester(m_page->moveModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_page->setPool(u"rack"_s);

        // Host A averages 95 % CPU over the window; moving web-01 (30 % of A) alone brings it under 70 %.
        const MoveModel *moves = m_page->moveModel();
        QTRY_COMPARE_WITH_TIMEOUT(moves->rowCount(), 1, readTimeoutMs);
        QCOMPARE(cell(moves, 0, MoveModel::VmColumn), u"web-01"_s);
        QVERIFY2(cell(moves, 0, MoveModel::FromColumn).contains(u"host-a"_s), qPrintable(cell(moves, 0, MoveModel::FromColumn)));
        QVERIFY(cell(moves, 0, MoveModel::ToColumn).contains(u"host-b"_s));
        const QString reason = cell(moves, 0, MoveModel::ReasonColumn);
        QVERIFY2(reason.contains(u"CPU"_s) && reason.contains(u"95"_s) && reason.contains(u"65"_s), qPrintable(reason));
        QCOMPARE(moveStatus(moves, u"web-01"_s), QString());
        QCOMPARE(m_page->planMessage(), BalancePage::tr("One migration brings every host under its ceilings."));

        const HostLoadModel *hosts = m_page->hostModel();
        QCOMPARE(hosts->rowCount(), 2);
        const int a = hosts->rowOf(hostA().toString());
        const int b = hosts->rowOf(hostB().toString());
        QVERIFY(a >= 0 && b >= 0);
        QCOMPARE(cell(hosts, a, HostLoadModel::CpuNowColumn), HostLoadModel::percentText(95));
        QCOMPARE(cell(hosts, a, HostLoadModel::CpuAfterColumn), HostLoadModel::percentText(65));
        QCOMPARE(cell(hosts, b, HostLoadModel::CpuNowColumn), HostLoadModel::percentText(5));
        QCOMPARE(cell(hosts, b, HostLoadModel::CpuAfterColumn), HostLoadModel::percentText(35));
        QCOMPARE(cell(hosts, a, HostLoadModel::MemoryNowColumn), HostLoadModel::percentText(25));
        QCOMPARE(hosts->index(a, HostLoadModel::CpuNowColumn).data(UsageFractionRole).toDouble(), 0.95);
        QVERIFY(button(u"applyAll"_s)->isEnabled());
        saveScreenshot();

        // Apply the selected move: the starter gets the VM, the destination connection and the options.
        const auto realStarter = m_page->startMigration;
        QList<StartedMigration> started;
        QPointer<Task> task;
        m_page->startMigration = [&](const ResourceId &vm, const QString &destination, const MigrationOptions &options) {
            started.append({vm, destination, options});
            task = new Task(u"Migrate"_s, vm, this);
            return task.data();
        };
        selectMove(u"web-01"_s);
        QVERIFY(button(u"applySelected"_s)->isEnabled());
        button(u"applySelected"_s)->click();
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.first().vm, vmId(u"web-01"_s));
        QCOMPARE(started.first().destination, u"host-b"_s);
        QVERIFY(started.first().options.live);
        QCOMPARE(started.first().options.storage, MigrationOptions::Storage::Shared);
        QCOMPARE(moveStatus(moves, u"web-01"_s), MoveModel::tr("moving…"));
        QVERIFY(!button(u"applyAll"_s)->isEnabled()); // nothing else proposed while it runs

        task->succeed();
        QTRY_COMPARE(moveStatus(moves, u"web-01"_s), MoveModel::tr("moved"));
        QVERIFY(m_page->logText().contains(u"moved web-01"_s));
        // The round after the move: web-01 stays in view as moved, and its cooldown holds (the
        // test driver did not really move it, so without the cooldown it would be proposed again).
        QTRY_VERIFY_WITH_TIMEOUT(moveRowOf(moves, u"web-00"_s) >= 0, readTimeoutMs);
        QCOMPARE(moves->rowCount(), 2);
        QCOMPARE(moveStatus(moves, u"web-01"_s), MoveModel::tr("moved"));
        task->deleteLater();

        // The real MigrationController: the test driver cannot migrate, so the task fails and the
        // row says why, in libvirt's words; the VM is still on host A.
        QPointer<Task> real;
        m_page->startMigration = [&](const ResourceId &vm, const QString &destination, const MigrationOptions &options) {
            real = realStarter(vm, destination, options);
            return real.data();
        };
        selectMove(u"web-00"_s);
        button(u"applySelected"_s)->click();
        QVERIFY(real);
        const QString failedPrefix = MoveModel::tr("failed: %1").arg(QString());
        QTRY_VERIFY_WITH_TIMEOUT(moveStatus(moves, u"web-00"_s).startsWith(failedPrefix), readTimeoutMs);
        const QString failure = moveStatus(moves, u"web-00"_s);
        if (real) {
            QCOMPARE(real->state(), Task::State::Failed);
            QCOMPARE(failure, MoveModel::tr("failed: %1").arg(hostpage::failureText(real)));
        }
        QVERIFY2(failure.contains(u"web-00"_s), qPrintable(failure));
        QVERIFY(m_page->logText().contains(u"could not move web-00"_s));
        const InventoryNode *web00 = m_fixture->inventory->node(vmId(u"web-00"_s));
        QVERIFY(web00);
        QCOMPARE(web00->parent()->id(), hostA());
        QCOMPARE(m_fixture->inventory->vmsBelow(m_fixture->inventory->node(hostB())).size(), 1);
        // Failed is not lost by the next round, and may be tried again.
        selectMove(u"web-00"_s);
        QVERIFY(button(u"applySelected"_s)->isEnabled());
    }

    void oneHostPoolAndBadCeilingsAreExplained()
    {
        connectTo(u"host-a"_s, writeNode(*m_fixture->dir, u"a.xml"_s, 2, u"web"_s, running));
        QVERIFY(m_pools->save(pool(u"solo"_s, {u"host-a"_s})).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(m_fixture->inventory->node(hostA()), readTimeoutMs);
        makeReader();
        makePage();
        m_page->setPool(u"solo"_s);

        const QString nowhere = planBalance({PlacementHost{}}, {}, BalancePolicy{}, 0).message;
        QVERIFY(nowhere.contains(u"nowhere to move"_s));
        QTRY_COMPARE_WITH_TIMEOUT(m_page->planMessage(), nowhere, readTimeoutMs);
        QCOMPARE(m_page->moveModel()->rowCount(), 0);
        QVERIFY(button(u"recalculate"_s)->isEnabled());
        QVERIFY(!button(u"applyAll"_s)->isEnabled());

        auto *cpu = m_page->findChild<QDoubleSpinBox *>(u"cpuCeiling"_s);
        auto *problem = m_page->findChild<QLabel *>(u"policyProblem"_s);
        QVERIFY(cpu && problem);
        QVERIFY(!problem->isVisibleTo(m_page.get()));
        for (const double bad : {0.0, 101.0}) {
            cpu->setValue(bad);
            BalancePolicy policy;
            policy.cpuCeilingPercent = bad;
            const QString expected = policy.validate();
            QVERIFY(expected.contains(u"CPU ceiling"_s));
            QCOMPARE(problem->text(), expected);
            QVERIFY(problem->isVisibleTo(m_page.get()));
            QCOMPARE(m_page->planMessage(), expected);
            QVERIFY(!button(u"recalculate"_s)->isEnabled());
            QVERIFY(!button(u"applyAll"_s)->isEnabled());
            QVERIFY(!button(u"applySelected"_s)->isEnabled());
        }
        cpu->setValue(70);
        QVERIFY(!problem->isVisibleTo(m_page.get()));
        QVERIFY(button(u"recalculate"_s)->isEnabled());

        // A ceiling stored out of range (by hand, by another version) is shown as it is, with the message.
        ServerPool stored = pool(u"odd"_s, {});
        stored.balancePolicy = QJsonObject{{u"memoryCeilingPercent"_s, 101}};
        QVERIFY(m_pools->save(stored).isEmpty());
        m_page->setPool(u"odd"_s);
        auto *memory = m_page->findChild<QDoubleSpinBox *>(u"memoryCeiling"_s);
        QCOMPARE(memory->value(), 101.0);
        BalancePolicy policy;
        policy.memoryCeilingPercent = 101;
        QCOMPARE(problem->text(), policy.validate());
        QVERIFY(problem->text().contains(u"101"_s));
        QVERIFY(!button(u"recalculate"_s)->isEnabled());
    }

    void automaticModeLogsAppliesAndDismissClears()
    {
        makeHotPool();
        makePage();
        int starts = 0;
        QPointer<Task> task;
        m_page->startMigration = [&](const ResourceId &vm, const QString &, const MigrationOptions &) -> Task * {
            ++starts;
            task = new Task(u"Migrate"_s, vm, this);
            return task.data();
        };
        m_page->setAutomaticIntervalMs(200);
        m_page->setPool(u"rack"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_page->moveModel()->rowCount(), 1, readTimeoutMs);

        // Dry run: every round logs what it would do and moves nothing.
        auto *automatic = m_page->findChild<QCheckBox *>(u"automatic"_s);
        auto *dryRun = m_page->findChild<QCheckBox *>(u"dryRun"_s);
        QVERIFY(automatic && dryRun);
        QVERIFY(!automatic->isChecked()); // off by default
        QVERIFY(dryRun->isChecked());
        QVERIFY(!dryRun->isEnabled()); // it belongs to the automatic mode
        automatic->click();
        QVERIFY(dryRun->isEnabled());
        const QRegularExpression wouldMove(u"^\\d\\d:\\d\\d would move web-01 .*host-a.* → .*host-b.* \\(.*CPU.*\\)$"_s,
                                           QRegularExpression::MultilineOption);
        QTRY_VERIFY_WITH_TIMEOUT(wouldMove.match(m_page->logText()).hasMatch(), readTimeoutMs);
        QCOMPARE(starts, 0);
        QCOMPARE(moveStatus(m_page->moveModel(), u"web-01"_s), QString()); // still only proposed
        QTRY_VERIFY(m_pools->pool(u"rack"_s)->balancePolicy.value(u"automatic"_s).toBool()); // saved

        // Not a dry run: the next round applies its plan and logs the outcome.
        dryRun->click();
        QTRY_COMPARE_WITH_TIMEOUT(starts, 1, readTimeoutMs);
        automatic->click(); // off again: no more rounds
        QVERIFY(!automatic->isChecked());
        QCOMPARE(moveStatus(m_page->moveModel(), u"web-01"_s), MoveModel::tr("moving…"));
        task->succeed();
        const QRegularExpression moved(u"^\\d\\d:\\d\\d moved web-01 .*host-a.* → .*host-b.* \\(.*CPU.*\\)$"_s,
                                       QRegularExpression::MultilineOption);
        QTRY_VERIFY(moved.match(m_page->logText()).hasMatch());

        // The next proposal (web-00: web-01 is cooling down), then Dismiss.
        button(u"recalculate"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(m_page->moveModel()->rowCount() == 1 && moveRowOf(m_page->moveModel(), u"web-00"_s) == 0,
                                 readTimeoutMs);
        QVERIFY(button(u"dismiss"_s)->isEnabled());
        button(u"dismiss"_s)->click();
        QCOMPARE(m_page->moveModel()->rowCount(), 0);
        QVERIFY(!button(u"applyAll"_s)->isEnabled());
        QVERIFY(!button(u"dismiss"_s)->isEnabled());
        const HostLoadModel *hosts = m_page->hostModel();
        const int a = hosts->rowOf(hostA().toString());
        QCOMPARE(cell(hosts, a, HostLoadModel::CpuAfterColumn), cell(hosts, a, HostLoadModel::CpuNowColumn));
        QCOMPARE(starts, 1);
    }

    void policySurvivesRestart()
    {
        const QString path = m_fixture->dir->filePath(u"welkin.db"_s);
        PoolSettings expected;
        expected.policy.cpuCeilingPercent = 60;
        expected.policy.memoryCeilingPercent = 80;
        expected.policy.windowMinutes = 10;
        expected.policy.minBenefitPercent = 8;
        expected.policy.maxMovesPerRound = 3;
        expected.policy.cooldownMinutes = 30;
        expected.policy.keepApartGroups = {u"web tier"_s};
        expected.policy.automatic = true;
        expected.copyDisks = true;
        expected.dryRun = false;
        makeReader();
        {
            Storage storage(path);
            QVERIFY(storage.open());
            QVERIFY(storage.pools()->save(pool(u"rack"_s, {})).isEmpty());
            QVERIFY(storage.pools()->save(pool(u"other"_s, {})).isEmpty());
            storage.groups()->save({u"g1"_s, u"web tier"_s, {}});
            storage.groups()->save({u"g2"_s, u"databases"_s, {}});
            BalancePage page(m_fixture->inventory.get(), storage.pools(), m_reader.get(), nullptr, storage.groups());
            page.show();
            page.setPool(u"rack"_s);
            QCOMPARE(page.policyForm()->settings(), PoolSettings());

            page.findChild<QDoubleSpinBox *>(u"cpuCeiling"_s)->setValue(60);
            page.findChild<QDoubleSpinBox *>(u"memoryCeiling"_s)->setValue(80);
            page.findChild<QSpinBox *>(u"windowMinutes"_s)->setValue(10);
            page.findChild<QDoubleSpinBox *>(u"minBenefit"_s)->setValue(8);
            page.findChild<QSpinBox *>(u"maxMoves"_s)->setValue(3);
            page.findChild<QSpinBox *>(u"cooldownMinutes"_s)->setValue(30);
            auto *groups = page.findChild<QListWidget *>(u"keepApartGroups"_s);
            QCOMPARE(groups->count(), 2);
            const QList<QListWidgetItem *> webTier = groups->findItems(u"web tier"_s, Qt::MatchExactly);
            QCOMPARE(webTier.size(), 1);
            webTier.first()->setCheckState(Qt::Checked);
            page.findChild<QCheckBox *>(u"copyDisks"_s)->click();
            page.findChild<QCheckBox *>(u"automatic"_s)->click();
            page.findChild<QCheckBox *>(u"dryRun"_s)->click();
            QCOMPARE(page.policyForm()->settings(), expected);
            QTRY_COMPARE(storage.pools()->pool(u"rack"_s)->balancePolicy, expected.toJson());

            // Shown for another pool and back: the form has each pool's own policy.
            page.setPool(u"other"_s);
            QCOMPARE(page.policyForm()->settings(), PoolSettings());
            page.setPool(u"rack"_s);
            QCOMPARE(page.policyForm()->settings(), expected);
        }
        Storage reopened(path);
        QVERIFY(reopened.open());
        QCOMPARE(PoolSettings::fromJson(reopened.pools()->pool(u"rack"_s)->balancePolicy), expected);
        BalancePage page(m_fixture->inventory.get(), reopened.pools(), m_reader.get(), nullptr, reopened.groups());
        page.setPool(u"rack"_s);
        QCOMPARE(page.policyForm()->settings(), expected);
        QCOMPARE(page.findChild<QDoubleSpinBox *>(u"cpuCeiling"_s)->value(), 60.0);
        const auto webTier = page.findChild<QListWidget *>(u"keepApartGroups"_s)->findItems(u"web tier"_s, Qt::MatchExactly);
        QCOMPARE(webTier.size(), 1);
        QCOMPARE(webTier.first()->checkState(), Qt::Checked);
    }

    void poolsHaveABalanceTabInTheWindow()
    {
        connectTo(u"host-a"_s, writeNode(*m_fixture->dir, u"a.xml"_s, 2, u"web"_s, running));
        QVERIFY(m_pools->save(pool(u"rack"_s, {u"host-a"_s})).isEmpty());
        MainWindowServices services;
        services.pools = m_pools.get();
        services.groups = m_groups.get();
        QVERIFY(m_fixture->open(services));
        MainWindow &window = *m_fixture->window;
        QTRY_VERIFY_WITH_TIMEOUT(m_fixture->inventory->node(hostA()), readTimeoutMs);

        ContentArea *content = window.contentArea();
        BalancePage *page = content->balancePage();
        QVERIFY(page);
        QTabWidget *tabs = content->containerTabs();
        QVERIFY(window.selectResource(ResourceId::provider(u"host-a"_s)));
        QTRY_COMPARE(tabs->indexOf(page), -1); // only pools have it
        QVERIFY(window.selectResource(ServerPool::nodeId(u"rack"_s)));
        QTRY_VERIFY(tabs->indexOf(page) >= 0);
        QCOMPARE(tabs->tabText(tabs->indexOf(page)), ContentArea::tr("Balance"));
        QCOMPARE(tabs->indexOf(page), tabs->indexOf(content->hostTable()) + 1);
        QCOMPARE(page->poolId(), u"rack"_s);
        tabs->setCurrentWidget(page);
        QTRY_VERIFY_WITH_TIMEOUT(page->planMessage().contains(u"nowhere to move"_s), readTimeoutMs);

        QVERIFY(window.selectResource(hostA()));
        QTRY_COMPARE(tabs->indexOf(page), -1);
    }

private:
    static ServerPool pool(const QString &id, const QStringList &providerIds)
    {
        return ServerPool{.id = id, .name = id, .parentId = {}, .providerIds = providerIds, .balancePolicy = {}};
    }
    static ResourceId hostA() { return ResourceId(u"host-a"_s, ResourceKind::Host, u"host"_s); }
    static ResourceId hostB() { return ResourceId(u"host-b"_s, ResourceKind::Host, u"host"_s); }

    void connectTo(const QString &id, const QString &uri)
    {
        QVERIFY(!uri.isEmpty());
        // No live statistics: the loads come from the stored history alone.
        QVERIFY(m_fixture->providers->addConnection({id, u"libvirt"_s, id, uri, {{u"statsIntervalMs"_s, 0}}}));
    }

    ResourceId vmId(const QString &name) const
    {
        for (const InventoryNode *vm : m_fixture->inventory->vmsBelow(m_fixture->inventory->root())) {
            if (vm->resource().name == name)
                return vm->id();
        }
        return {};
    }

    // Two 8-core, 16 GiB hosts in pool "rack": A runs web-00..03 at 95 % CPU (the VMs 40, 30, 15
    // and 10 % of the host) and 4 GiB of memory; B runs db-00 at 5 % and 2 GiB. Stored every 30 s
    // over the last quarter hour.
    void makeHotPool()
    {
        connectTo(u"host-a"_s, writeNode(*m_fixture->dir, u"a.xml"_s, 4, u"web"_s, running));
        connectTo(u"host-b"_s, writeNode(*m_fixture->dir, u"b.xml"_s, 1, u"db"_s, running));
        QVERIFY(m_pools->save(pool(u"rack"_s, {u"host-a"_s, u"host-b"_s})).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(vmId(u"web-03"_s).isValid() && vmId(u"db-00"_s).isValid(), readTimeoutMs);
        QTRY_VERIFY(m_fixture->inventory->node(ServerPool::nodeId(u"rack"_s))
                    && m_fixture->inventory->providersBelow(m_fixture->inventory->node(ServerPool::nodeId(u"rack"_s))).size()
                           == 2);

        m_history = std::make_unique<HistoryStore>(m_fixture->dir->filePath(u"metrics.db"_s));
        m_history->start();
        const QList<std::pair<ResourceId, double>> vmLoads = {
            {vmId(u"web-00"_s), 40}, {vmId(u"web-01"_s), 30}, {vmId(u"web-02"_s), 15}, {vmId(u"web-03"_s), 10},
            {vmId(u"db-00"_s), 5}};
        MetricSamples batch;
        for (qint64 t = m_now - 14 * minuteMs; t <= m_now; t += minuteMs / 2) {
            for (const auto &[host, cpu, memoryKiB] : {std::tuple(hostA(), 95.0, 4 * gibKiB), std::tuple(hostB(), 5.0, 2 * gibKiB)}) {
                MetricSample s;
                s.id = host;
                s.timestampMs = t;
                s.cpuPercent = cpu;
                s.memoryUsedKiB = qint64(memoryKiB);
                s.memoryTotalKiB = qint64(16 * gibKiB);
                batch.append(s);
            }
            for (const auto &[vm, cpu] : vmLoads) {
                MetricSample s;
                s.id = vm;
                s.timestampMs = t;
                s.cpuPercent = cpu;
                batch.append(s);
            }
        }
        m_history->enqueue(batch);
        QVERIFY(m_history->sync());
        makeReader();
    }

    void makeReader()
    {
        m_reader = std::make_unique<PoolLoadReader>(m_fixture->inventory.get(), m_pools.get(), m_history.get(),
                                                    m_fixture->samples.get());
        m_reader->clock = [now = m_now] { return now; };
    }

    void makePage()
    {
        m_migration = new MigrationController(m_fixture->providers.get(), m_fixture->inventory.get(), m_pools.get(),
                                              m_window.get());
        m_page = std::make_unique<BalancePage>(m_fixture->inventory.get(), m_pools.get(), m_reader.get(), m_migration,
                                               m_groups.get());
        m_page->resize(1180, 760);
        m_page->show();
    }

    QPushButton *button(const QString &name) const
    {
        auto *push = m_page->findChild<QPushButton *>(name);
        if (!push)
            qFatal("no button %s", qPrintable(name));
        return push;
    }

    void selectMove(const QString &vmName)
    {
        const int row = moveRowOf(m_page->moveModel(), vmName);
        QVERIFY(row >= 0);
        m_page->moveView()->selectionModel()->setCurrentIndex(
            m_page->moveModel()->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }

    // For the README: WELKIN_BALANCE_SCREENSHOT=file.png (run under Xvfb for real fonts).
    void saveScreenshot()
    {
        const QString path = qEnvironmentVariable("WELKIN_BALANCE_SCREENSHOT");
        if (!path.isEmpty())
            QVERIFY(m_page->grab().save(path));
    }

    std::unique_ptr<MainWindowFixture> m_fixture;
    std::unique_ptr<PoolStore> m_pools;
    std::unique_ptr<GroupStore> m_groups;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<PoolLoadReader> m_reader;
    std::unique_ptr<QWidget> m_window;
    MigrationController *m_migration = nullptr; // owned by m_window
    std::unique_ptr<BalancePage> m_page;
    qint64 m_now = 0;
};

QTEST_MAIN(TestBalancePage)
#include "tst_balancepage.moc"
