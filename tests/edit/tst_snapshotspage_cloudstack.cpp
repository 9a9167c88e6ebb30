// The Snapshots tab on a CloudStack VM, against the local CloudStack server
// (tests/cloudstack/fake_cloudstack.py, CloudStack's VM snapshot rules and texts): take with
// memory, CloudStack's refusals shown where the user looks, the parent/current tree, revert,
// delete of a snapshot with a child. The tree model stays under QAbstractItemModelTester and is
// never reset.
#include "CloudStackTestSupport.h"
#include "FakeCloudStackServer.h"

#include "inventory/Inventory.h"
#include "inventory/InventoryNode.h"
#include "manage/SnapshotTreeModel.h"
#include "manage/VmSnapshotsPage.h"
#include "metrics/LiveSamples.h"
#include "providers/ProviderManager.h"
#include "providers/Task.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace welkin;
using namespace welkin::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int timeoutMs = 20000;

} // namespace

class TstSnapshotsPageCloudStack : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void takeRevertDeleteOnARunningVm();
    void revertRefusedWhenItWouldChangeTheVmsState();
    void cleanupTestCase();

private:
    ResourceId vmNamed(const QString &name) const;
    const VmSnapshot *named(const QString &name) const;
    QString message() const { return m_page->messageLabel()->text(); }

    FakeCloudStackServer m_server;
    Inventory m_inventory;
    LiveSamples m_samples;
    std::unique_ptr<ProviderManager> m_providers;
    std::unique_ptr<VmSnapshotsPage> m_page;
    Provider *m_provider = nullptr;
};

ResourceId TstSnapshotsPageCloudStack::vmNamed(const QString &name) const
{
    const InventoryNode *node = findByName(m_inventory.root(), name);
    return node ? node->id() : ResourceId();
}

const VmSnapshot *TstSnapshotsPageCloudStack::named(const QString &name) const
{
    SnapshotTreeModel *model = m_page->model();
    QList<QModelIndex> pending;
    for (int row = 0; row < model->rowCount(); ++row)
        pending.append(model->index(row, 0));
    while (!pending.isEmpty()) {
        const QModelIndex index = pending.takeLast();
        if (model->snapshot(index)->name == name)
            return model->snapshot(index);
        for (int row = 0; row < model->rowCount(index); ++row)
            pending.append(model->index(row, 0, index));
    }
    return nullptr;
}

void TstSnapshotsPageCloudStack::initTestCase()
{
    const QString started = m_server.start({u"--job-seconds"_s, u"0.3"_s});
    QVERIFY2(started.isEmpty(), qPrintable(started));
    m_providers = std::make_unique<ProviderManager>(&m_inventory, &m_samples);
    registerBuiltinProviders(*m_providers);
    ConnectionProfile profile;
    profile.id = u"cs-snapshots"_s;
    profile.kind = u"cloudstack"_s;
    profile.displayName = u"Snapshot cloud"_s;
    profile.uri = m_server.uri();
    profile.options = {{u"pollIntervalMs"_s, 600000}, {u"jobPollIntervalMs"_s, 50},
                       {u"apiKey"_s, QString::fromLatin1(FakeCloudStackServer::adminKey)},
                       {u"secretKey"_s, QString::fromLatin1(FakeCloudStackServer::adminSecret)}};
    m_provider = m_providers->addConnection(profile);
    QVERIFY(m_provider);
    QTRY_VERIFY_WITH_TIMEOUT(m_provider->state() == ProviderState::Connected && vmNamed(u"vm-0001"_s).isValid(), timeoutMs);

    m_page = std::make_unique<VmSnapshotsPage>(VmPageContext{&m_inventory, m_providers.get(), &m_samples});
    new QAbstractItemModelTester(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_page.get());
    m_page->resize(900, 500);
    m_page->show();
}

void TstSnapshotsPageCloudStack::takeRevertDeleteOnARunningVm()
{
    const ResourceId vm = vmNamed(u"vm-0001"_s);
    QCOMPARE(m_inventory.node(vm)->resource().vm()->state, PowerState::Running);
    SnapshotTreeModel *model = m_page->model();
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    m_page->setVm(vm);
    // CloudStack's panel: revert yes, descriptions fixed once taken, no images, no sizes.
    QVERIFY(m_page->revertButton()->isVisibleTo(m_page.get()));
    QVERIFY(!m_page->describeButton()->isVisibleTo(m_page.get()));
    QVERIFY(!m_page->imagesNote()->isVisibleTo(m_page.get()));
    QVERIFY(m_page->view()->isColumnHidden(SnapshotTreeModel::SizeColumn));
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy() && m_page->takeButton()->isEnabled(), timeoutMs);
    QCOMPARE(model->count(), 0);

    SnapshotSpec next;
    SnapshotSupport supportSeen;
    bool runningSeen = false;
    QStringList takenSeen;
    m_page->askSpec = [&](const QString &, bool running, const QStringList &taken,
                          const SnapshotSupport &support) -> std::optional<SnapshotSpec> {
        runningSeen = running;
        takenSeen = taken;
        supportSeen = support;
        return next;
    };
    next = SnapshotSpec{u"before upgrade"_s, u"kernel 6.1"_s, false, true};
    m_page->takeButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy() && model->count() == 1, timeoutMs);
    QVERIFY(runningSeen);
    QVERIFY(supportSeen.memory && supportSeen.revert && !supportSeen.libvirtNames && !supportSeen.diskOnly);
    QVERIFY2(message().contains(u"Snapshot before upgrade taken"_s), qPrintable(message()));
    const VmSnapshot *first = named(u"before upgrade"_s);
    QVERIFY(first);
    QVERIFY(first->current);
    QVERIFY(first->ready);
    QCOMPARE(first->description, u"kernel 6.1"_s);
    const QString state = model->data(model->indexOf(first->id, SnapshotTreeModel::StateColumn)).toString();
    QVERIFY2(state.contains(u"with memory"_s), qPrintable(state));
    const QString firstId = first->id;

    // Without memory, CloudStack refuses a running KVM VM; its text is shown, nothing is added.
    next = SnapshotSpec{u"disk only"_s, {}, false, false};
    m_page->takeButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy() && m_page->messageLabel()->isVisible()
                                 && message().contains(u"disk-only snapshot"_s), timeoutMs);
    QVERIFY2(message().contains(u"KVM VM does not allow to take a disk-only snapshot when VM is in running state"_s),
             qPrintable(message()));
    QTRY_COMPARE_WITH_TIMEOUT(model->count(), 1, timeoutMs);

    // A second one hangs below the first and becomes current.
    next = SnapshotSpec{u"after upgrade"_s, {}, false, true};
    m_page->takeButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy() && model->count() == 2, timeoutMs);
    QCOMPARE(takenSeen, QStringList{u"before upgrade"_s});
    QTRY_VERIFY_WITH_TIMEOUT(named(u"after upgrade"_s) && named(u"after upgrade"_s)->current, timeoutMs);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->rowCount(model->index(0, 0)), 1);
    QCOMPARE(model->snapshot(model->index(0, 0, model->index(0, 0)))->name, u"after upgrade"_s);
    QVERIFY(!named(u"before upgrade"_s)->current);
    if (const QString shot = qEnvironmentVariable("WELKIN_SNAPSHOTS_SCREENSHOT"); !shot.isEmpty()) {
        m_page->view()->expandAll();
        m_page->selectSnapshot(firstId);
        m_page->resize(900, 260);
        QTest::qWait(100);
        m_page->grab().save(shot);
        m_page->resize(900, 500);
        qInfo("screenshot of the Snapshots tab on CloudStack: %s", qPrintable(shot));
    }

    // Revert to the first: asked first, then it is current again.
    QString question;
    m_page->confirm = [&](const QString &, const QString &text, const QString &) {
        question = text;
        return true;
    };
    QVERIFY(m_page->selectSnapshot(firstId));
    QVERIFY(m_page->revertButton()->isEnabled());
    m_page->revertButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), timeoutMs);
    QVERIFY2(question.contains(u"before upgrade"_s) && question.contains(u"lost"_s) && question.contains(u"running"_s),
             qPrintable(question));
    QVERIFY2(message().contains(u"reverted to snapshot before upgrade"_s), qPrintable(message()));
    QTRY_VERIFY_WITH_TIMEOUT(named(u"before upgrade"_s)->current, timeoutMs);

    // Delete the first: CloudStack keeps its child, which moves up to the root.
    question.clear();
    QVERIFY(m_page->selectSnapshot(firstId));
    m_page->deleteButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy() && model->count() == 1, timeoutMs);
    QVERIFY2(question.contains(u"stay"_s), qPrintable(question));
    QCOMPARE(model->snapshot(model->index(0, 0))->name, u"after upgrade"_s);
    QCOMPARE(resets.count(), 0);
}

void TstSnapshotsPageCloudStack::revertRefusedWhenItWouldChangeTheVmsState()
{
    // A stopped VM's snapshot holds its disks only; once the VM runs, CloudStack refuses to go back.
    const ResourceId vm = vmNamed(u"vm-0003"_s);
    QCOMPARE(m_inventory.node(vm)->resource().vm()->state, PowerState::ShutOff);
    m_page->setVm(vm);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy() && m_page->takeButton()->isEnabled(), timeoutMs);
    bool runningSeen = true;
    m_page->askSpec = [&](const QString &, bool running, const QStringList &, const SnapshotSupport &) -> std::optional<SnapshotSpec> {
        runningSeen = running;
        return SnapshotSpec{u"cold"_s, {}, false, false};
    };
    m_page->takeButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy() && m_page->model()->count() == 1, timeoutMs);
    QVERIFY(!runningSeen);
    const VmSnapshot *cold = named(u"cold"_s);
    QVERIFY(cold);
    QVERIFY(!cold->hasMemory());
    const QString coldId = cold->id;
    QCOMPARE(m_page->model()->data(m_page->model()->indexOf(coldId, SnapshotTreeModel::StateColumn)).toString(),
             u"Disks only"_s);

    Task *start = m_provider->perform(Action{ActionType::Start, vm, {}});
    QTRY_VERIFY_WITH_TIMEOUT(start->isFinished(), timeoutMs);
    QCOMPARE(start->state(), Task::State::Succeeded);
    QTRY_COMPARE_WITH_TIMEOUT(m_inventory.node(vm)->resource().vm()->state, PowerState::Running, timeoutMs);
    m_page->confirm = [](const QString &, const QString &, const QString &) { return true; };
    QVERIFY(m_page->selectSnapshot(coldId));
    QTRY_VERIFY_WITH_TIMEOUT(m_page->revertButton()->isEnabled(), timeoutMs);
    m_page->revertButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy() && message().contains(u"revert"_s, Qt::CaseInsensitive), timeoutMs);
    QVERIFY2(message().contains(u"You can revert running VM to disk and memory type snapshot and stopped VM to disk type snapshot"_s),
             qPrintable(message()));
    QCOMPARE(m_inventory.node(vm)->resource().vm()->state, PowerState::Running);
}

void TstSnapshotsPageCloudStack::cleanupTestCase()
{
    m_page.reset();
    if (m_providers)
        m_providers->closeAll();
}

QTEST_MAIN(TstSnapshotsPageCloudStack)
#include "tst_snapshotspage_cloudstack.moc"
