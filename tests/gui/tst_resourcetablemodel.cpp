// ResourceTableModel (the content area's VM and host tables) under QAbstractItemModelTester:
// inventory churn inside and outside the shown scope arrives as row insertions and removals,
// never a reset, so a selected row's persistent index survives; only a new scope resets.

#include "../unit/inventorytestdata.h"
#include "content/ResourceTableModel.h"
#include "inventory/Inventory.h"
#include "inventory/InventoryDiffer.h"
#include "inventory/InventoryModel.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace welkin;
using namespace welkin::testdata;
using namespace Qt::StringLiterals;

namespace {

const QString P = u"qemu+ssh://a/system"_s;
const QString Q = u"qemu+ssh://b/system"_s;

QList<ResourceId> rowsOf(const ResourceTableModel &model)
{
    QList<ResourceId> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.idAt(row));
    return ids;
}

QString describe(const QList<ResourceId> &ids)
{
    QStringList names;
    for (const ResourceId &id : ids)
        names.append(id.nativeId());
    return names.join(u' ');
}

} // namespace

class TstResourceTableModel : public QObject
{
    Q_OBJECT

private:
    struct Side {
        std::unique_ptr<InventoryDiffer> differ;
        QList<Resource> listing;
    };
    void apply(Side &side) { m_inventory->applyDelta(side.differ->diffFull(side.listing)); }

    // What a freshly built table of the same scope lists: the incremental model must match it.
    QList<ResourceId> freshRows(ResourceKind kind, const ResourceId &root) const
    {
        ResourceTableModel fresh(kind, m_inventory.get(), m_source.get(), nullptr);
        fresh.setRoot(root);
        return rowsOf(fresh);
    }
    // The model re-lists on a 50 ms coalescing timer.
    bool settlesTo(const ResourceTableModel &model, const QList<ResourceId> &expected) const
    {
        return QTest::qWaitFor([&] { return rowsOf(model) == expected; }, 2000);
    }

private Q_SLOTS:
    void init()
    {
        m_inventory = std::make_unique<Inventory>();
        m_source = std::make_unique<InventoryModel>(m_inventory.get());
        for (const QString &provider : {P, Q}) {
            m_inventory->addProviderNode(provider, u"kvm"_s);
            m_inventory->setProviderStatus(provider, {ProviderState::Connected, {}});
        }
        m_p.differ = std::make_unique<InventoryDiffer>(P);
        m_p.listing = listing(P, 3, 40);
        m_q.differ = std::make_unique<InventoryDiffer>(Q);
        m_q.listing = listing(Q, 2, 30);
        apply(m_p);
        apply(m_q);
    }

    void cleanup()
    {
        m_source.reset();
        m_inventory.reset();
    }

    void churnIsIncremental()
    {
        ResourceTableModel vms(ResourceKind::Vm, m_inventory.get(), m_source.get(), nullptr);
        QAbstractItemModelTester vmTester(&vms, QAbstractItemModelTester::FailureReportingMode::Fatal);
        ResourceTableModel hosts(ResourceKind::Host, m_inventory.get(), m_source.get(), nullptr);
        QAbstractItemModelTester hostTester(&hosts, QAbstractItemModelTester::FailureReportingMode::Fatal);
        vms.setRoot(ResourceId::provider(P));
        hosts.setRoot(ResourceId::provider(P));
        QCOMPARE(vms.rowCount(), 120);
        QCOMPARE(hosts.rowCount(), 3);

        QSignalSpy vmResets(&vms, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy hostResets(&hosts, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy inserted(&vms, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&vms, &QAbstractItemModel::rowsRemoved);

        // The selected row: a VM on the last host.
        const ResourceId selected = vmId(P, 100);
        QPersistentModelIndex current(vms.index(vms.rowOf(selected), 0));
        QCOMPARE(current.row(), 100);

        // A VM appears on the first host: one row inserted above the selection, which moves down.
        m_p.listing.append(vm(P, hostId(P, 0), 500));
        apply(m_p);
        QVERIFY2(settlesTo(vms, freshRows(ResourceKind::Vm, ResourceId::provider(P))), qPrintable(describe(rowsOf(vms))));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 40); // after host-0's 40 VMs
        QCOMPARE(inserted.at(0).at(2).toInt(), 40);
        QVERIFY(current.isValid());
        QCOMPARE(current.row(), 101);
        QCOMPARE(vms.idAt(current.row()), selected);

        // Churn elsewhere (the other connection): the table does not move at all.
        inserted.clear();
        removed.clear();
        for (int n = 600; n < 650; ++n)
            m_q.listing.append(vm(Q, hostId(Q, 1), n));
        removeFrom(m_q.listing, hostId(Q, 0));
        apply(m_q);
        QTest::qWait(120); // past the coalescing timer
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(current.row(), 101);

        // VMs go away on both sides of the selection, others come, states change.
        for (int n : {3, 4, 5, 41, 119})
            removeFrom(m_p.listing, vmId(P, n));
        for (int n = 700; n < 705; ++n)
            m_p.listing.append(vm(P, hostId(P, 1), n));
        find(m_p.listing, vmId(P, 10))->vm()->state = PowerState::Paused;
        QSignalSpy changed(&vms, &QAbstractItemModel::dataChanged);
        apply(m_p);
        QVERIFY2(settlesTo(vms, freshRows(ResourceKind::Vm, ResourceId::provider(P))), qPrintable(describe(rowsOf(vms))));
        QVERIFY(removed.count() >= 2);
        QVERIFY(inserted.count() >= 1);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(vms.idAt(current.row()), selected);
        QCOMPARE(current.row(), 101 - 4 + 5); // 4 removed above it, 5 inserted above it

        // A VM migrates to another host in the scope: it leaves one place and appears at the other.
        find(m_p.listing, vmId(P, 20))->parent = hostId(P, 2);
        apply(m_p);
        QVERIFY2(settlesTo(vms, freshRows(ResourceKind::Vm, ResourceId::provider(P))), qPrintable(describe(rowsOf(vms))));
        QCOMPARE(vms.idAt(current.row()), selected);

        // A whole host goes: its rows leave both tables, the selection stays.
        removeFrom(m_p.listing, hostId(P, 1));
        apply(m_p);
        QVERIFY2(settlesTo(vms, freshRows(ResourceKind::Vm, ResourceId::provider(P))), qPrintable(describe(rowsOf(vms))));
        QVERIFY(settlesTo(hosts, freshRows(ResourceKind::Host, ResourceId::provider(P))));
        QCOMPARE(hosts.rowCount(), 2);
        QVERIFY(current.isValid());
        QCOMPARE(vms.idAt(current.row()), selected);

        QCOMPARE(vmResets.count(), 0);
        QCOMPARE(hostResets.count(), 0);

        // The same scope again (the tree re-selects it): still no reset.
        vms.setRoot(ResourceId::provider(P));
        QCOMPARE(vmResets.count(), 0);
        // Another container: one reset.
        vms.setRoot(ResourceId::provider(Q));
        QCOMPARE(vmResets.count(), 1);
        QCOMPARE(rowsOf(vms), freshRows(ResourceKind::Vm, ResourceId::provider(Q)));
    }

    void selectedVmRowSurvivesInAGroup()
    {
        ResourceTableModel vms(ResourceKind::Vm, m_inventory.get(), m_source.get(), nullptr);
        QAbstractItemModelTester tester(&vms, QAbstractItemModelTester::FailureReportingMode::Fatal);
        const QList<ResourceId> members{vmId(P, 1), vmId(P, 2), vmId(Q, 5), vmId(P, 9)};
        vms.setIds(members);
        QCOMPARE(rowsOf(vms), members);
        QSignalSpy resets(&vms, &QAbstractItemModel::modelAboutToBeReset);
        QPersistentModelIndex current(vms.index(3, 0));

        removeFrom(m_p.listing, vmId(P, 2));
        apply(m_p);
        QVERIFY(settlesTo(vms, {vmId(P, 1), vmId(Q, 5), vmId(P, 9)}));
        QCOMPARE(current.row(), 2);
        m_p.listing.append(vm(P, hostId(P, 0), 2)); // back again
        apply(m_p);
        QVERIFY(settlesTo(vms, members));
        QCOMPARE(current.row(), 3);
        QCOMPARE(vms.idAt(current.row()), vmId(P, 9));
        QCOMPARE(resets.count(), 0);
    }

private:
    std::unique_ptr<Inventory> m_inventory;
    std::unique_ptr<InventoryModel> m_source;
    Side m_p;
    Side m_q;
};

QTEST_MAIN(TstResourceTableModel)
#include "tst_resourcetablemodel.moc"
