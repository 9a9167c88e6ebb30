// Server pools: tree levels above the connections (Inventory + InventoryModel, incremental under
// QAbstractItemModelTester) and their storage (PoolStore on a real SQLite file).

#include "inventory/Inventory.h"
#include "inventory/InventoryDelta.h"
#include "inventory/InventoryModel.h"
#include "inventory/InventoryNode.h"
#include "metrics/LiveSamples.h"
#include "storage/PoolStore.h"
#include "storage/ProfileStore.h"
#include "storage/Storage.h"

#include "inventorytestdata.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace welkin;
using namespace welkin::testdata;
using namespace Qt::StringLiterals;

namespace {

const QString A = u"qemu+ssh://a/system"_s;
const QString B = u"qemu+ssh://b/system"_s;
const QString C = u"qemu+ssh://c/system"_s;

ServerPool pool(const QString &id, const QString &name, const QStringList &providers, const QString &parent = {})
{
    return ServerPool{.id = id, .name = name, .parentId = parent, .providerIds = providers, .balancePolicy = {}};
}

InventoryDelta listingDelta(const QString &provider, int firstVm, int vms)
{
    InventoryDelta delta;
    delta.providerId = provider;
    delta.added.append(host(provider, 0));
    for (int n = firstVm; n < firstVm + vms; ++n)
        delta.added.append(vm(provider, hostId(provider, 0), n, n % 2 ? PowerState::Running : PowerState::ShutOff));
    return delta;
}

} // namespace

class TestServerPools : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Inventory> m_inventory;
    std::unique_ptr<LiveSamples> m_samples;
    std::unique_ptr<InventoryModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    const InventoryNode *node(const ResourceId &id) const { return m_inventory->node(id); }
    const InventoryNode *parentOf(const ResourceId &id) const { return node(id) ? node(id)->parent() : nullptr; }
    QString cell(const ResourceId &id, int column) const
    {
        return m_model->data(m_model->indexOf(id, column)).toString();
    }

private Q_SLOTS:
    void init()
    {
        m_inventory = std::make_unique<Inventory>();
        m_samples = std::make_unique<LiveSamples>();
        m_model = std::make_unique<InventoryModel>(m_inventory.get(), m_samples.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (const QString &p : {A, B, C}) {
            m_inventory->addProviderNode(p, p);
            m_inventory->applyDelta(listingDelta(p, p == A ? 0 : p == B ? 100 : 200, 4));
        }
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_samples.reset();
        m_inventory.reset();
    }

    void poolsBecomeLevelsAboveTheirConnections()
    {
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy moves(m_model.get(), &QAbstractItemModel::rowsInserted);
        m_inventory->setServerPools({pool(u"dc1"_s, u"Datacenter 1"_s, {A, B}), pool(u"rack"_s, u"Rack 7"_s, {C}, u"dc1"_s)});

        const ResourceId dc1 = ServerPool::nodeId(u"dc1"_s), rack = ServerPool::nodeId(u"rack"_s);
        QCOMPARE(parentOf(ResourceId::provider(A))->id(), dc1);
        QCOMPARE(parentOf(ResourceId::provider(B))->id(), dc1);
        QCOMPARE(parentOf(ResourceId::provider(C))->id(), rack);
        QCOMPARE(parentOf(rack)->id(), dc1);
        QCOMPARE(m_inventory->root()->childCount(), 1);
        QCOMPARE(resets.count(), 0);
        QVERIFY(moves.count() >= 4);
        // The providers kept their subtrees (moved, not rebuilt).
        QCOMPARE(m_inventory->vmsBelow(node(dc1)).size(), 12);
        QCOMPARE(m_inventory->providersBelow(m_inventory->root()).size(), 3);
        QCOMPARE(m_inventory->providersBelow(node(rack)).size(), 1);
        QCOMPARE(m_inventory->hostsBelow(node(dc1)).size(), 3);
        QCOMPARE(m_inventory->hostsBelow(node(rack)).size(), 1);
        QCOMPARE(m_inventory->hostsBelow(node(rack)).first()->id(), hostId(C, 0));

        // The pool row: hosts, VMs, running (odd VM numbers run), CPUs and memory of its hosts.
        QCOMPARE(cell(dc1, InventoryModel::StateColumn), u"3 hosts · 12 VMs, 6 running"_s);
        QCOMPARE(cell(rack, InventoryModel::StateColumn), u"1 host · 4 VMs, 2 running"_s);
        QCOMPARE(cell(dc1, InventoryModel::CpusColumn), u"96"_s);
        QCOMPARE(cell(dc1, InventoryModel::MemoryColumn), u"384 GiB"_s);
        QCOMPARE(m_model->data(m_model->indexOf(dc1), InventoryModel::KindRole).toInt(), int(ResourceKind::Pool));
    }

    void poolRowsFollowTheirHostsLoad()
    {
        m_inventory->setServerPools({pool(u"dc1"_s, u"Datacenter 1"_s, {A, B})});
        const ResourceId dc1 = ServerPool::nodeId(u"dc1"_s);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        MetricSample a;
        a.id = hostId(A, 0);
        a.timestampMs = 1000;
        a.cpuPercent = 90;
        a.memoryUsedKiB = 96ll * 1024 * 1024;
        a.memoryTotalKiB = 128ll * 1024 * 1024;
        MetricSample b = a;
        b.id = hostId(B, 0);
        b.cpuPercent = 30;
        b.memoryUsedKiB = 32ll * 1024 * 1024;
        m_samples->apply({a});
        m_samples->apply({b});
        QCOMPARE(m_model->data(m_model->indexOf(dc1), InventoryModel::CpuPercentRole).toDouble(), 60.0);
        QCOMPARE(cell(dc1, InventoryModel::MemoryColumn), u"50 % of 256 GiB"_s);
        bool poolTold = false;
        for (const QList<QVariant> &args : std::as_const(changed)) {
            const QModelIndex topLeft = args.at(0).value<QModelIndex>();
            const QModelIndex bottomRight = args.at(1).value<QModelIndex>();
            poolTold |= topLeft.internalPointer() == node(dc1) && bottomRight.column() == InventoryModel::CpuUsageColumn;
        }
        QVERIFY(poolTold);
    }

    void poolsRenameMoveAndGoIncrementally()
    {
        m_inventory->setServerPools({pool(u"dc1"_s, u"Datacenter 1"_s, {A}), pool(u"dc2"_s, u"Datacenter 2"_s, {B}),
                                     pool(u"rack"_s, u"Rack"_s, {C}, u"dc1"_s)});
        const ResourceId dc1 = ServerPool::nodeId(u"dc1"_s), dc2 = ServerPool::nodeId(u"dc2"_s),
                         rack = ServerPool::nodeId(u"rack"_s);
        const InventoryNode *rackNode = node(rack);
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);

        // Rename, move the rack to dc2, take A out of every pool.
        m_inventory->setServerPools({pool(u"dc1"_s, u"Primary"_s, {}), pool(u"dc2"_s, u"Datacenter 2"_s, {B}),
                                     pool(u"rack"_s, u"Rack"_s, {C}, u"dc2"_s)});
        QCOMPARE(cell(dc1, InventoryModel::NameColumn), u"Primary"_s);
        QCOMPARE(parentOf(rack)->id(), dc2);
        QCOMPARE(node(rack), rackNode);
        QCOMPARE(parentOf(ResourceId::provider(A)), m_inventory->root());
        QCOMPARE(cell(dc1, InventoryModel::StateColumn), u"0 hosts · No VMs"_s);

        // Swap nesting: dc2 under the rack that was under it is refused by the store; here the
        // tree gets a loop, which puts the looping pools at the root rather than losing them.
        m_inventory->setServerPools({pool(u"dc2"_s, u"Datacenter 2"_s, {B}, u"rack"_s),
                                     pool(u"rack"_s, u"Rack"_s, {C}, u"dc2"_s)});
        QVERIFY(!node(dc1));
        QVERIFY(node(dc2) && node(rack));
        QCOMPARE(m_inventory->providersBelow(m_inventory->root()).size(), 3);

        // Every pool gone: the connections are top-level again, with their VMs.
        m_inventory->setServerPools({});
        QVERIFY(!node(dc2) && !node(rack));
        QCOMPARE(m_inventory->root()->childCount(), 3);
        QCOMPARE(m_inventory->vmsBelow(m_inventory->root()).size(), 12);
        QCOMPARE(resets.count(), 0);
    }

    void aConnectionAddedLaterLandsInItsPool()
    {
        const QString D = u"qemu+ssh://d/system"_s;
        m_inventory->setServerPools({pool(u"dc1"_s, u"Datacenter 1"_s, {D})});
        m_inventory->addProviderNode(D, D);
        QCOMPARE(parentOf(ResourceId::provider(D))->id(), ServerPool::nodeId(u"dc1"_s));
        m_inventory->applyDelta(listingDelta(D, 300, 2));
        QCOMPARE(cell(ServerPool::nodeId(u"dc1"_s), InventoryModel::StateColumn), u"1 host · 2 VMs, 1 running"_s);
        m_inventory->removeProvider(D);
        QCOMPARE(cell(ServerPool::nodeId(u"dc1"_s), InventoryModel::StateColumn), u"0 hosts · No VMs"_s);
    }

    void storeKeepsPoolsMembersAndMaintenance()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"welkin.sqlite"_s);
        const ResourceId hostA = hostId(A, 0);
        {
            Storage storage(path);
            QVERIFY(storage.open());
            PoolStore *pools = storage.pools();
            QSignalSpy changed(pools, &PoolStore::poolsChanged);
            QCOMPARE(pools->save(pool(u"dc1"_s, u"  Datacenter 1 "_s, {A, B})), QString());
            QCOMPARE(pools->save(pool(u"rack"_s, u"Rack"_s, {C}, u"dc1"_s)), QString());
            // Bad input, each refused with its reason and nothing changed.
            QVERIFY(pools->save(pool(u"x"_s, u"  "_s, {})).contains(u"name"_s));
            QVERIFY(pools->save(pool(u"x"_s, u"X"_s, {}, u"nope"_s)).contains(u"parent"_s));
            QVERIFY(pools->save(pool(u"dc1"_s, u"Datacenter 1"_s, {A, B}, u"rack"_s)).contains(u"itself"_s));
            QCOMPARE(pools->pools().size(), 2);
            QCOMPARE(changed.count(), 2);
            // One pool per connection: moving B takes it out of dc1.
            pools->moveProvider(B, u"rack"_s);
            QCOMPARE(pools->poolOf(B), u"rack"_s);
            QCOMPARE(pools->pool(u"dc1"_s)->providerIds, QStringList{A});
            pools->setMaintenance(hostA, true);
            QVERIFY(pools->inMaintenance(hostA));
            storage.flush();
        }
        {
            Storage storage(path);
            QVERIFY(storage.open());
            PoolStore *pools = storage.pools();
            QCOMPARE(pools->pools().size(), 2);
            QCOMPARE(pools->pool(u"dc1"_s)->name, u"Datacenter 1"_s);
            QCOMPARE(pools->pool(u"rack"_s)->parentId, u"dc1"_s);
            QCOMPARE(pools->pool(u"rack"_s)->providerIds, (QStringList{C, B}));
            QCOMPARE(pools->subtree(u"dc1"_s), (QStringList{u"dc1"_s, u"rack"_s}));
            QVERIFY(pools->inMaintenance(hostA));
            // Removing dc1: the rack moves up to the top and keeps its connections; dc1's go to
            // no pool.
            pools->remove(u"dc1"_s);
            QCOMPARE(pools->pool(u"rack"_s)->parentId, QString());
            QCOMPARE(pools->poolOf(A), QString());
            pools->setMaintenance(hostA, false);
            storage.flush();
        }
        {
            Storage storage(path);
            QVERIFY(storage.open());
            QCOMPARE(storage.pools()->pools().size(), 1);
            QVERIFY(!storage.pools()->inMaintenance(hostA));
            // A removed connection leaves its pool.
            storage.profiles()->remove(C);
            QCOMPARE(storage.pools()->poolOf(C), QString());
        }
    }
};

QTEST_GUILESS_MAIN(TestServerPools)
#include "tst_serverpools.moc"
