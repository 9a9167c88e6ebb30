// Server pools in the tree as the user handles them: New Server Pool, "Move to Pool", drag and
// drop through the tree's proxy (InventoryViewModel), refusals told to the user, and a host in
// maintenance saying so in its State column.
#include "InventoryViewModel.h"
#include "inventory/Inventory.h"
#include "inventory/InventoryDelta.h"
#include "inventory/InventoryModel.h"
#include "pools/PoolController.h"
#include "storage/PoolStore.h"

#include "../unit/inventorytestdata.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QMenu>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>

#include <memory>

using namespace welkin;
using namespace welkin::testdata;
using namespace Qt::StringLiterals;

namespace {
const QString A = u"qemu+ssh://a/system"_s;
const QString B = u"qemu+ssh://b/system"_s;
} // namespace

class TestPoolController : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<Inventory> m_inventory;
    std::unique_ptr<InventoryModel> m_model;
    std::unique_ptr<InventoryViewModel> m_view;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    PoolStore *m_store = nullptr;
    PoolController *m_pools = nullptr;
    QStringList m_names;   // answers to askName, in order
    QStringList m_refusals;

    QModelIndex viewIndex(const ResourceId &id, int column = 0) const
    {
        return m_view->mapFromSource(m_model->indexOf(id, column));
    }
    const InventoryNode *parentOf(const ResourceId &id) const { return m_inventory->node(id)->parent(); }

private Q_SLOTS:
    void init()
    {
        m_window = std::make_unique<QWidget>();
        m_inventory = std::make_unique<Inventory>();
        m_model = std::make_unique<InventoryModel>(m_inventory.get());
        m_view = std::make_unique<InventoryViewModel>();
        m_view->setSourceModel(m_model.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(m_view.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (const QString &p : {A, B}) {
            m_inventory->addProviderNode(p, p);
            InventoryDelta delta;
            delta.providerId = p;
            delta.added.append(host(p, 0));
            m_inventory->applyDelta(delta);
        }
        m_store = new PoolStore(nullptr, m_window.get());
        m_pools = new PoolController(m_store, m_inventory.get(), m_window.get());
        m_names.clear();
        m_refusals.clear();
        m_pools->askName = [this](const QString &, const QString &) { return m_names.isEmpty() ? QString() : m_names.takeFirst(); };
        m_pools->tellRefusal = [this](const QString &message) { m_refusals.append(message); };
        connect(m_view.get(), &InventoryViewModel::resourcesDropped, m_pools, &PoolController::moveToPool);
    }

    void cleanup()
    {
        m_tester.reset();
        m_view.reset();
        m_model.reset();
        m_window.reset();
        m_inventory.reset();
    }

    void newPoolAndMoveToPoolMenu()
    {
        m_names = {u"Datacenter"_s};
        QSignalSpy created(m_pools, &PoolController::poolCreated);
        const QString id = m_pools->createPool();
        QVERIFY(!id.isEmpty());
        QCOMPARE(created.count(), 1);
        QVERIFY(m_inventory->node(ServerPool::nodeId(id)));
        // A cancelled name makes nothing.
        QCOMPARE(m_pools->createPool(), QString());
        QCOMPARE(m_store->pools().size(), 1);

        QMenu menu;
        m_pools->populateMenu(&menu, {ResourceId::provider(A)});
        auto *move = menu.findChild<QMenu *>(u"moveToPoolMenu"_s);
        QVERIFY(move);
        QAction *target = nullptr;
        for (QAction *action : move->actions())
            if (action->data().toString() == id)
                target = action;
        QVERIFY(target);
        target->trigger();
        QCOMPARE(m_store->poolOf(A), id);
        QCOMPARE(parentOf(ResourceId::provider(A))->id(), ServerPool::nodeId(id));
        QCOMPARE(m_model->data(m_model->indexOf(ServerPool::nodeId(id), InventoryModel::StateColumn)).toString(),
                 u"1 host · No VMs"_s);
    }

    void dragAndDropOntoAPoolAndOut()
    {
        m_names = {u"Datacenter"_s, u"Rack"_s};
        const QString dc = m_pools->createPool();
        const QString rack = m_pools->createPool(dc);
        QVERIFY(!dc.isEmpty() && !rack.isEmpty());

        // A connection dragged onto the rack.
        std::unique_ptr<QMimeData> data(m_view->mimeData({viewIndex(ResourceId::provider(B))}));
        QVERIFY(data);
        QVERIFY(!m_view->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, viewIndex(ResourceId::provider(A))));
        QVERIFY(m_view->flags(viewIndex(ServerPool::nodeId(rack))).testFlag(Qt::ItemIsDropEnabled));
        QVERIFY(!m_view->flags(viewIndex(hostId(A, 0))).testFlag(Qt::ItemIsDragEnabled));
        m_view->dropMimeData(data.get(), Qt::MoveAction, -1, -1, viewIndex(ServerPool::nodeId(rack)));
        QCOMPARE(m_store->poolOf(B), rack);
        QCOMPARE(parentOf(ResourceId::provider(B))->id(), ServerPool::nodeId(rack));

        // The datacenter dropped into its own rack: refused, with the reason told.
        std::unique_ptr<QMimeData> pool(m_view->mimeData({viewIndex(ServerPool::nodeId(dc))}));
        m_view->dropMimeData(pool.get(), Qt::MoveAction, -1, -1, viewIndex(ServerPool::nodeId(rack)));
        QCOMPARE(m_refusals.size(), 1);
        QVERIFY2(m_refusals.first().contains(u"itself"_s), qPrintable(m_refusals.first()));
        QCOMPARE(m_store->pool(dc)->parentId, QString());

        // Dropped on the empty area: out of every pool.
        std::unique_ptr<QMimeData> again(m_view->mimeData({viewIndex(ResourceId::provider(B))}));
        m_view->dropMimeData(again.get(), Qt::MoveAction, -1, -1, QModelIndex());
        QCOMPARE(m_store->poolOf(B), QString());
        QCOMPARE(parentOf(ResourceId::provider(B)), m_inventory->root());
    }

    void deletingAPoolKeepsItsConnections()
    {
        m_names = {u"Datacenter"_s};
        const QString dc = m_pools->createPool();
        m_pools->moveToPool({ResourceId::provider(A), ResourceId::provider(B)}, dc);
        QCOMPARE(m_inventory->providersBelow(m_inventory->node(ServerPool::nodeId(dc))).size(), 2);
        QMenu menu;
        m_pools->populateMenu(&menu, {ServerPool::nodeId(dc)});
        QAction *remove = nullptr;
        for (QAction *action : menu.actions())
            if (action->text() == u"Delete Pool"_s)
                remove = action;
        QVERIFY(remove);
        remove->trigger();
        QVERIFY(!m_inventory->node(ServerPool::nodeId(dc)));
        QCOMPARE(m_inventory->root()->childCount(), 2);
        QCOMPARE(m_inventory->providersBelow(m_inventory->root()).size(), 2);
    }

    void hostInMaintenanceSaysSo()
    {
        m_view->setMaintenanceTest([this](const ResourceId &host) { return m_store->inMaintenance(host); });
        connect(m_store, &PoolStore::maintenanceChanged, m_view.get(), &InventoryViewModel::maintenanceChanged);
        const QModelIndex state = viewIndex(hostId(A, 0), InventoryModel::StateColumn);
        QVERIFY(!state.data().toString().startsWith(u"Maintenance"_s));
        QSignalSpy changed(m_view.get(), &QAbstractItemModel::dataChanged);
        m_store->setMaintenance(hostId(A, 0), true);
        QCOMPARE(changed.count(), 1);
        QVERIFY2(state.data().toString().startsWith(u"Maintenance"_s), qPrintable(state.data().toString()));
        QVERIFY(!viewIndex(hostId(B, 0), InventoryModel::StateColumn).data().toString().startsWith(u"Maintenance"_s));
        m_store->setMaintenance(hostId(A, 0), false);
        QVERIFY(!state.data().toString().startsWith(u"Maintenance"_s));
    }
};

QTEST_MAIN(TestPoolController)
#include "tst_poolcontroller.moc"
