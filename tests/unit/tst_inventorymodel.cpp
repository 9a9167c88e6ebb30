// InventoryModel: the Inventory as an incremental tree model, under QAbstractItemModelTester.

#include "inventory/Inventory.h"
#include "inventory/InventoryDiffer.h"
#include "inventory/InventoryModel.h"
#include "inventory/InventoryNode.h"
#include "metrics/LiveSamples.h"

#include "inventorytestdata.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QLocale>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include <cmath>

using namespace welkin;
using namespace welkin::testdata;
using namespace Qt::StringLiterals;

namespace {

const QString P = u"qemu:///system"_s;
using M = InventoryModel;

QModelIndex topLeftOf(const QSignalSpy &spy, qsizetype call) { return spy.at(call).at(0).value<QModelIndex>(); }
QModelIndex bottomRightOf(const QSignalSpy &spy, qsizetype call) { return spy.at(call).at(1).value<QModelIndex>(); }
QList<int> rolesOf(const QSignalSpy &spy, qsizetype call) { return spy.at(call).at(2).value<QList<int>>(); }

int runningIn(const QList<Resource> &list, const ResourceId &parent)
{
    int running = 0;
    for (const Resource &r : list)
        running += r.parent == parent && r.vm() && r.vm()->state == PowerState::Running;
    return running;
}

} // namespace

class TestInventoryModel : public QObject
{
    Q_OBJECT

private:
    QModelIndex idx(const ResourceId &id, int column = M::NameColumn) const { return m_model->indexOf(id, column); }
    QVariant cell(const ResourceId &id, int column, int role = Qt::DisplayRole) const
    {
        return m_model->data(idx(id, column), role);
    }
    void update() { m_inventory->applyDelta(m_differ->diffFull(m_listing)); }

    // A proxy as the tree view uses it, with its own model tester.
    void attachProxy()
    {
        m_proxy = std::make_unique<QSortFilterProxyModel>();
        m_proxy->setSourceModel(m_model.get());
        m_proxy->setRecursiveFilteringEnabled(true);
        m_proxy->setFilterRole(M::SearchTextRole);
        m_proxy->setSortRole(M::SortRole);
        m_proxy->setDynamicSortFilter(true);
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_proxyResets = std::make_unique<QSignalSpy>(m_proxy.get(), &QAbstractItemModel::modelAboutToBeReset);
    }
    QModelIndex proxyIdx(const ResourceId &id) const { return m_proxy->mapFromSource(idx(id)); }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void init()
    {
        m_inventory = std::make_unique<Inventory>();
        m_samples = std::make_unique<LiveSamples>();
        m_model = std::make_unique<InventoryModel>(m_inventory.get(), m_samples.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_resets = std::make_unique<QSignalSpy>(m_model.get(), &QAbstractItemModel::modelAboutToBeReset);
        m_differ = std::make_unique<InventoryDiffer>(P);
        m_inventory->addProviderNode(P, u"kvm"_s);
        m_inventory->setProviderStatus(P, {ProviderState::Connected, {}});
        m_listing = listing(P, 2, 50);
    }

    void cleanup()
    {
        QCOMPARE(m_resets->count(), 0); // never a reset, whatever happened
        if (m_proxyResets)
            QCOMPARE(m_proxyResets->count(), 0);
        m_proxyResets.reset();
        m_proxyTester.reset();
        m_proxy.reset();
        m_resets.reset();
        m_tester.reset();
        m_model.reset();
        m_samples.reset();
        m_differ.reset();
        m_inventory.reset();
    }

    void firstLoad()
    {
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        update();
        // Hosts under the provider, then each host's VMs: three insertions for 102 rows.
        QCOMPARE(inserted.count(), 3);
        QCOMPARE(inserted.at(0).at(0).value<QModelIndex>(), idx(ResourceId::provider(P)));
        QCOMPARE(inserted.at(2).at(0).value<QModelIndex>(), idx(hostId(P, 1)));
        QCOMPARE(inserted.at(2).at(2).toInt(), 49);

        QCOMPARE(m_model->rowCount(), 1);
        const QModelIndex provider = m_model->index(0, 0);
        QCOMPARE(m_model->rowCount(provider), 2);
        QCOMPARE(m_model->rowCount(m_model->index(1, 0, provider)), 50);
        QCOMPARE(m_model->rowCount(m_model->index(1, M::StateColumn, provider)), 0); // column 0 only
        QCOMPARE(m_model->columnCount(), int(M::ColumnCount));
        QVERIFY(!m_model->hasChildren(idx(vmId(P, 3))));
        QVERIFY(m_model->flags(idx(vmId(P, 3))).testFlag(Qt::ItemNeverHasChildren));
        QVERIFY(!m_model->flags(idx(hostId(P, 0))).testFlag(Qt::ItemNeverHasChildren));

        const ResourceId vm7 = vmId(P, 7);
        QCOMPARE(cell(vm7, M::NameColumn).toString(), u"vm-00007"_s);
        QCOMPARE(cell(vm7, M::StateColumn).toString(), u"Running"_s);
        QCOMPARE(cell(vm7, M::HostColumn).toString(), u"host-0"_s);
        QCOMPARE(cell(vm7, M::CpusColumn).toInt(), 2);
        QCOMPARE(cell(vm7, M::MemoryColumn).toString(), u"2 GiB"_s);
        QCOMPARE(cell(vm7, M::AddressesColumn).toString(), u"10.0.0.7"_s);
        QCOMPARE(cell(vm7, M::OsColumn).toString(), u"Debian 12"_s);
        QVERIFY(!cell(vm7, M::CpuUsageColumn).isValid()); // no sample yet
        QCOMPARE(cell(vmId(P, 8), M::StateColumn).toString(), u"Shut off"_s);

        const ResourceId host1 = hostId(P, 1);
        QCOMPARE(cell(host1, M::NameColumn).toString(), u"host-1"_s);
        QCOMPARE(cell(host1, M::StateColumn).toString(), u"Connected"_s);
        QCOMPARE(cell(host1, M::CpusColumn).toInt(), 32);
        QCOMPARE(cell(host1, M::MemoryColumn).toString(), u"128 GiB"_s);
        QCOMPARE(cell(host1, M::OsColumn).toString(), u"QEMU 7.2.0"_s);
        QVERIFY(cell(host1, M::HostColumn).toString().isEmpty());

        QCOMPARE(cell(ResourceId::provider(P), M::NameColumn).toString(), u"kvm"_s);
        QCOMPARE(cell(ResourceId::provider(P), M::StateColumn).toString(), u"Connected"_s);
    }

    void rolesAndTooltips()
    {
        Resource *r = find(m_listing, vmId(P, 7));
        r->vm()->nics.append(NicInfo{u"52:54:00:ff:00:07"_s, u"bridge"_s, u"br0"_s, u"virtio"_s, {}, {u"192.0.2.7/24"_s}});
        find(m_listing, vmId(P, 8))->vm()->osName.clear();
        update();
        const ResourceId vm7 = vmId(P, 7);
        QCOMPARE(cell(vm7, M::AddressesColumn).toString(), u"10.0.0.7, 192.0.2.7"_s);
        QCOMPARE(cell(vmId(P, 8), M::OsColumn).toString(), u"hvm"_s); // no OS name: the type
        QCOMPARE(cell(vm7, M::StateColumn, M::ResourceIdRole).value<ResourceId>(), vm7);
        QCOMPARE(cell(vm7, M::NameColumn, M::KindRole).toInt(), int(ResourceKind::Vm));
        QCOMPARE(cell(vm7, M::NameColumn, M::PowerStateRole).toInt(), int(PowerState::Running));
        QVERIFY(!cell(vm7, M::NameColumn, M::ProviderStateRole).isValid());
        QCOMPARE(cell(ResourceId::provider(P), M::NameColumn, M::ProviderStateRole).toInt(), int(ProviderState::Connected));
        QCOMPARE(cell(hostId(P, 0), M::NameColumn, M::KindRole).toInt(), int(ResourceKind::Host));
        QVERIFY(std::isnan(cell(vm7, M::CpuUsageColumn, M::CpuPercentRole).toDouble()));
        QCOMPARE(cell(vm7, M::NameColumn, M::SearchTextRole).toString(),
                 u"vm-00007 6695eb01-0000-4000-8000-000000000007 10.0.0.7 192.0.2.7 host-0 debian 12 hvm"_s);
        QCOMPARE(cell(vm7, M::NameColumn, Qt::ToolTipRole).toString(),
                 u"vm-00007\nRunning (booted)\nUUID: 6695eb01-0000-4000-8000-000000000007"_s);
        QCOMPARE(cell(vm7, M::MemoryColumn, Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
        QVERIFY(!cell(vm7, M::NameColumn, Qt::TextAlignmentRole).isValid());

        // Hosts and providers carry the count summary in their tooltips.
        const int running0 = runningIn(m_listing, hostId(P, 0));
        const int running1 = runningIn(m_listing, hostId(P, 1));
        QCOMPARE(cell(hostId(P, 0), M::NameColumn, Qt::ToolTipRole).toString(),
                 u"host-0\nQEMU 7.2.0\n50 VMs, %1 running"_s.arg(running0));
        m_inventory->setProviderStatus(P, {ProviderState::Connected, u"libvirt 9.0.0"_s});
        QCOMPARE(cell(ResourceId::provider(P), M::NameColumn, Qt::ToolTipRole).toString(),
                 u"kvm\nConnected: libvirt 9.0.0\n100 VMs, %1 running"_s.arg(running0 + running1));
        // ... the state column shows the detail only when something is wrong.
        QCOMPARE(cell(ResourceId::provider(P), M::StateColumn).toString(), u"Connected"_s);
    }

    void headerData()
    {
        const QStringList expected{u"Name"_s, u"State"_s, u"Host"_s, u"vCPUs"_s, u"Memory"_s,
                                   u"IP addresses"_s, u"OS"_s, u"CPU"_s};
        for (int c = 0; c < M::ColumnCount; ++c)
            QCOMPARE(m_model->headerData(c, Qt::Horizontal).toString(), expected.at(c));
        QCOMPARE(m_model->headerData(M::MemoryColumn, Qt::Horizontal, Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));
    }

    void columnSpans()
    {
        using F = ResourceField;
        QCOMPARE(M::columnSpan(F::Name), std::make_pair(0, 0));
        QCOMPARE(M::columnSpan(F::State), std::make_pair(0, int(M::ColumnCount) - 1));
        QCOMPARE(M::columnSpan(F::ProviderState), std::make_pair(0, 1));
        QCOMPARE(M::columnSpan(F::Parent), std::make_pair(2, 2));
        QCOMPARE(M::columnSpan(F::Cpus), std::make_pair(3, 3));
        QCOMPARE(M::columnSpan(F::Memory), std::make_pair(4, 4));
        QCOMPARE(M::columnSpan(F::Addresses), std::make_pair(5, 5));
        QCOMPARE(M::columnSpan(F::Os), std::make_pair(6, 6));
        QCOMPARE(M::columnSpan(F::Cpus | F::Memory), std::make_pair(3, 4));
        QCOMPARE(M::columnSpan(F::Addresses | F::Nics), std::make_pair(5, 5));
        QCOMPARE(M::columnSpan(F::Details), std::make_pair(0, 7));
        QCOMPARE(M::columnSpan(F::All), std::make_pair(0, 7));
        QCOMPARE(M::columnSpan(F::Disks | F::Graphics | F::Uptime | F::Nics), std::make_pair(-1, -1));
        QCOMPARE(M::columnSpan(F::None), std::make_pair(-1, -1));
    }

    void updatesEmitNarrowDataChanged_data()
    {
        QTest::addColumn<int>("what");
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("last");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("text");
        QTest::newRow("state") << 0 << 0 << int(M::ColumnCount) - 1 << int(M::StateColumn) << u"Paused"_s;
        QTest::newRow("name") << 1 << 0 << 0 << int(M::NameColumn) << u"renamed"_s;
        QTest::newRow("vcpus") << 2 << 3 << 3 << int(M::CpusColumn) << u"4"_s;
        QTest::newRow("memory") << 3 << 4 << 4 << int(M::MemoryColumn) << u"512 MiB"_s;
        QTest::newRow("addresses") << 4 << 5 << 5 << int(M::AddressesColumn) << u"192.0.2.10"_s;
        QTest::newRow("os") << 5 << 6 << 6 << int(M::OsColumn) << u"Ubuntu 22.04"_s;
        QTest::newRow("state+memory") << 6 << 0 << int(M::ColumnCount) - 1 << int(M::MemoryColumn) << u"512 MiB"_s;
        QTest::newRow("disks: no column") << 7 << -1 << -1 << int(M::NameColumn) << u"vm-00010"_s;
        QTest::newRow("title: details") << 8 << 0 << 7 << int(M::NameColumn) << u"vm-00010"_s;
    }

    void updatesEmitNarrowDataChanged()
    {
        QFETCH(int, what);
        QFETCH(int, first);
        QFETCH(int, last);
        QFETCH(int, column);
        QFETCH(QString, text);
        update();
        const ResourceId id = vmId(P, 10);
        Resource *r = find(m_listing, id);
        VmInfo *vm = r->vm();
        switch (what) {
        case 0: vm->state = PowerState::Paused; break;
        case 1: r->name = u"renamed"_s; break;
        case 2: vm->vcpus = 4; break;
        case 3: vm->memoryKiB = 512 * 1024; break;
        case 4: vm->nics[0].ips = {u"192.0.2.10/24"_s}; break;
        case 5: vm->osName = u"Ubuntu 22.04"_s; break;
        case 6: vm->state = PowerState::Paused; vm->memoryKiB = 512 * 1024; break;
        case 7: vm->disks.append(DiskInfo{u"vda"_s, u"disk"_s, u"virtio"_s, u"file"_s, u"/x.qcow2"_s, u"qcow2"_s, false}); break;
        case 8: vm->title = u"web frontend"_s; break;
        }
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        update();
        if (first < 0) {
            QCOMPARE(changed.count(), 0);
        } else {
            // A state change also tells the rows above whose "N VMs, N running" it changed
            // (its host and its connection), in the same delta.
            const bool counts = what == 0 || what == 6;
            QCOMPARE(changed.count(), counts ? 3 : 1);
            QCOMPARE(topLeftOf(changed, 0), idx(id, first));
            QCOMPARE(bottomRightOf(changed, 0), idx(id, last));
            if (counts) {
                QSet<QModelIndex> summaries{topLeftOf(changed, 1), topLeftOf(changed, 2)};
                QCOMPARE(summaries, (QSet<QModelIndex>{idx(hostId(P, 0), M::StateColumn),
                                                       idx(ResourceId::provider(P), M::StateColumn)}));
                QVERIFY(rolesOf(changed, 1).contains(M::SummaryRole));
            }
        }
        QCOMPARE(cell(id, column).toString(), text);
    }

    void hostRenameUpdatesVmHostColumn()
    {
        update();
        find(m_listing, hostId(P, 0))->name = u"kvm-a"_s;
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        update();
        QCOMPARE(changed.count(), 2);
        QCOMPARE(topLeftOf(changed, 0), idx(hostId(P, 0)));
        QCOMPARE(bottomRightOf(changed, 0), idx(hostId(P, 0)));
        // One signal for the host column of all its VMs.
        QCOMPARE(topLeftOf(changed, 1), idx(vmId(P, 0), M::HostColumn));
        QCOMPARE(bottomRightOf(changed, 1), idx(vmId(P, 49), M::HostColumn));
        QCOMPARE(cell(vmId(P, 3), M::HostColumn).toString(), u"kvm-a"_s);
        QVERIFY(cell(vmId(P, 3), M::NameColumn, M::SearchTextRole).toString().contains(u"kvm-a"_s));
    }

    void hostFiguresChangeRepaintsTheHostRow()
    {
        update();
        find(m_listing, hostId(P, 1))->host()->memoryKiB = 256ull * 1024 * 1024;
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        update();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(topLeftOf(changed, 0), idx(hostId(P, 1), 0));
        QCOMPARE(bottomRightOf(changed, 0), idx(hostId(P, 1), M::ColumnCount - 1));
        QCOMPARE(cell(hostId(P, 1), M::MemoryColumn).toString(), u"256 GiB"_s);
    }

    void removals()
    {
        update();
        const QPersistentModelIndex later = idx(vmId(P, 20));
        const QPersistentModelIndex gone = idx(vmId(P, 4));
        for (int n : {3, 4, 5, 10})
            removeFrom(m_listing, vmId(P, n));
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        update();
        QCOMPARE(removed.count(), 2);
        QCOMPARE(removed.at(0).at(0).value<QModelIndex>(), idx(hostId(P, 0)));
        QCOMPARE(removed.at(0).at(1).toInt(), 10);
        QCOMPARE(removed.at(1).at(1).toInt(), 3);
        QCOMPARE(removed.at(1).at(2).toInt(), 5);
        QVERIFY(!gone.isValid());
        QCOMPARE(later.row(), 16);
        QCOMPARE(later.data().toString(), u"vm-00020"_s);
        QCOMPARE(m_model->rowCount(idx(hostId(P, 0))), 46);
        QCOMPARE(cell(hostId(P, 0), M::NameColumn, Qt::ToolTipRole).toString().section(u'\n', 2),
                 u"46 VMs, %1 running"_s.arg(runningIn(m_listing, hostId(P, 0))));

        // A host and its VMs: one removal.
        removeFrom(m_listing, hostId(P, 1));
        removed.clear();
        update();
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(0).value<QModelIndex>(), idx(ResourceId::provider(P)));
        QCOMPARE(removed.at(0).at(1).toInt(), 1);
        QCOMPARE(m_model->rowCount(idx(ResourceId::provider(P))), 1);
        QVERIFY(!idx(vmId(P, 60)).isValid());
        QCOMPARE(cell(ResourceId::provider(P), M::NameColumn, Qt::ToolTipRole).toString().section(u'\n', 2),
                 u"46 VMs, %1 running"_s.arg(runningIn(m_listing, hostId(P, 0))));
    }

    void vmMove()
    {
        update();
        const QPersistentModelIndex before = idx(vmId(P, 5));
        find(m_listing, vmId(P, 5))->parent = hostId(P, 1);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        update();
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(0).value<QModelIndex>(), idx(hostId(P, 0)));
        QCOMPARE(removed.at(0).at(1).toInt(), 5);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(0).value<QModelIndex>(), idx(hostId(P, 1)));
        QCOMPARE(inserted.at(0).at(1).toInt(), 50);
        QVERIFY(!before.isValid());
        const QModelIndex after = idx(vmId(P, 5));
        QCOMPARE(after.parent(), idx(hostId(P, 1)));
        QCOMPARE(after.row(), 50);
        QCOMPARE(cell(vmId(P, 5), M::HostColumn).toString(), u"host-1"_s);
        QCOMPARE(m_model->rowCount(idx(hostId(P, 0))), 49);
        QCOMPARE(m_model->rowCount(idx(hostId(P, 1))), 51);
        QCOMPARE(idx(vmId(P, 6)).row(), 5);
        QVERIFY(cell(hostId(P, 1), 0, Qt::ToolTipRole).toString().endsWith(
            u"51 VMs, %1 running"_s.arg(runningIn(m_listing, hostId(P, 1)))));
    }

    void reconnect()
    {
        update();
        const ResourceId provider = ResourceId::provider(P);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy layout(m_model.get(), &QAbstractItemModel::layoutChanged);

        m_inventory->setProviderStatus(P, {ProviderState::Unreachable, u"Connection refused"_s});
        // The provider's row, its hosts' state, then the rows that go stale: one signal per
        // parent (the hosts, then each host's VMs).
        QCOMPARE(changed.count(), 5);
        QCOMPARE(topLeftOf(changed, 0), idx(provider, M::NameColumn));
        QCOMPARE(bottomRightOf(changed, 0), idx(provider, M::StateColumn));
        QCOMPARE(topLeftOf(changed, 1), idx(hostId(P, 0), M::StateColumn)); // hosts: one signal
        QCOMPARE(bottomRightOf(changed, 1), idx(hostId(P, 1), M::StateColumn));
        QCOMPARE(topLeftOf(changed, 2), idx(hostId(P, 0), M::NameColumn));
        QCOMPARE(bottomRightOf(changed, 2), idx(hostId(P, 1), M::ColumnCount - 1));
        QCOMPARE(topLeftOf(changed, 3).parent(), idx(hostId(P, 0)));
        QCOMPARE(topLeftOf(changed, 4).parent(), idx(hostId(P, 1)));
        QVERIFY(cell(vmId(P, 0), M::StateColumn).toString().startsWith(u"Unknown since "_s));
        QVERIFY(cell(vmId(P, 0), 0, M::StaleRole).toBool());
        QCOMPARE(cell(provider, M::StateColumn).toString(), u"Unreachable: Connection refused"_s);
        QCOMPARE(cell(provider, 0, M::ProviderStateRole).toInt(), int(ProviderState::Unreachable));
        QVERIFY(cell(hostId(P, 0), M::StateColumn).toString().isEmpty());
        QVERIFY(cell(provider, 0, Qt::ToolTipRole).toString().contains(u"Connection refused"_s));

        // Back: the provider lists everything again, through its differ (nothing new) and, had
        // it started over with a fresh differ, as all-new additions. Neither adds a row.
        m_inventory->setProviderStatus(P, {ProviderState::Connecting, {}});
        update();
        InventoryDiffer fresh(P);
        const InventoryDelta everything = fresh.diffFull(m_listing);
        QCOMPARE(everything.added.size(), 102);
        m_inventory->applyDelta(everything);
        m_inventory->setProviderStatus(P, {ProviderState::Connected, {}});
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(layout.count(), 0);
        // The three state changes (two each); back to live: the hosts' and each host's VM rows
        // once more (no longer stale); nothing from the re-listing.
        QCOMPARE(changed.count(), 12);
        QVERIFY(!cell(vmId(P, 0), 0, M::StaleRole).toBool());
        QCOMPARE(cell(vmId(P, 0), M::StateColumn).toString(), u"Running"_s);
        QCOMPARE(m_model->rowCount(idx(hostId(P, 0))), 50);
        QCOMPARE(m_model->rowCount(idx(hostId(P, 1))), 50);
        QCOMPARE(cell(provider, M::StateColumn).toString(), u"Connected"_s);
        QCOMPARE(cell(hostId(P, 1), M::StateColumn).toString(), u"Connected"_s);

        // What did change while away arrives as exactly that.
        removeFrom(m_listing, vmId(P, 60));
        m_listing.append(vm(P, hostId(P, 1), 500));
        find(m_listing, vmId(P, 61))->vm()->state = PowerState::Crashed;
        changed.clear();
        update();
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(changed.count(), 3); // the VM, then its host's and connection's counts once
        QCOMPARE(topLeftOf(changed, 0), idx(vmId(P, 61)));
        QCOMPARE(m_model->rowCount(idx(hostId(P, 1))), 50);
    }

    void providerRemoval()
    {
        const QString other = u"test:///default"_s;
        m_inventory->addProviderNode(other, u"Test"_s);
        update();
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        const QPersistentModelIndex otherIndex = idx(ResourceId::provider(other));
        m_inventory->removeProvider(P);
        QCOMPARE(removed.count(), 1);
        QVERIFY(!removed.at(0).at(0).value<QModelIndex>().isValid());
        QCOMPARE(removed.at(0).at(1).toInt(), 0);
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(otherIndex.row(), 0);
        QVERIFY(!idx(vmId(P, 1)).isValid());
        // Samples for a provider that is gone are ignored.
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_samples->apply({MetricSample{vmId(P, 1), 1, 5.0}});
        QCOMPARE(changed.count(), 0);
    }

    void groupSummaries()
    {
        // A cloud: provider -> region -> zone -> host -> VMs, and a project holding VMs directly.
        const QString C = u"https://cloud.example.org:5000"_s;
        m_inventory->addProviderNode(C, u"cloud"_s);
        const ResourceId region(C, ResourceKind::Region, u"r1"_s), zone(C, ResourceKind::Zone, u"z1"_s),
            project(C, ResourceKind::Project, u"p1"_s);
        QList<Resource> list{Resource{region, ResourceId::provider(C), u"RegionOne"_s, GroupInfo{u"main"_s, {}}},
                             Resource{zone, region, u"nova"_s, GroupInfo{}}, host(C, 0, zone),
                             Resource{project, ResourceId::provider(C), u"admin"_s, GroupInfo{}}};
        for (int n = 0; n < 4; ++n)
            list.append(vm(C, hostId(C, 0), n, n == 2 ? PowerState::ShutOff : PowerState::Running));
        list.append(vm(C, project, 10));
        list.append(vm(C, project, 11));
        InventoryDiffer differ(C);
        m_inventory->applyDelta(differ.diffFull(list));

        QCOMPARE(cell(region, M::StateColumn).toString(), u"4 VMs, 3 running"_s);
        QCOMPARE(cell(zone, M::StateColumn).toString(), u"4 VMs, 3 running"_s);
        QCOMPARE(cell(project, M::StateColumn).toString(), u"2 VMs, 2 running"_s);
        QCOMPARE(cell(region, M::StateColumn, M::SortRole), QVariant(qint64(4)));
        QCOMPARE(cell(region, 0, Qt::ToolTipRole).toString(), u"RegionOne\nmain\n4 VMs, 3 running"_s);
        QVERIFY(cell(ResourceId::provider(C), 0, Qt::ToolTipRole).toString().endsWith(u"6 VMs, 5 running"_s));

        // A state change: the VM's own span, then once per affected group at the end of the delta.
        find(list, vmId(C, 0))->vm()->state = PowerState::ShutOff;
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_inventory->applyDelta(differ.diffFull(list));
        // (host and connection too: the tree shows their summaries).
        QCOMPARE(changed.count(), 5);
        QCOMPARE(topLeftOf(changed, 0), idx(vmId(C, 0)));
        QSet<QModelIndex> groups{topLeftOf(changed, 1), topLeftOf(changed, 2), topLeftOf(changed, 3), topLeftOf(changed, 4)};
        QCOMPARE(groups, (QSet<QModelIndex>{idx(region, M::StateColumn), idx(zone, M::StateColumn),
                                            idx(hostId(C, 0), M::StateColumn), idx(ResourceId::provider(C), M::StateColumn)}));
        QVERIFY(rolesOf(changed, 1).contains(Qt::DisplayRole));
        QCOMPARE(cell(region, M::StateColumn).toString(), u"4 VMs, 2 running"_s);
        QCOMPARE(cell(project, M::StateColumn).toString(), u"2 VMs, 2 running"_s);

        // Insertions and removals keep the counts right.
        list.append(vm(C, hostId(C, 0), 4));
        list.append(vm(C, hostId(C, 0), 5, PowerState::Paused));
        removeFrom(list, vmId(C, 11));
        changed.clear();
        m_inventory->applyDelta(differ.diffFull(list));
        QCOMPARE(cell(region, M::StateColumn).toString(), u"6 VMs, 3 running"_s);
        QCOMPARE(cell(project, M::StateColumn).toString(), u"1 VM, 1 running"_s);
        QCOMPARE(changed.count(), 5); // region, zone, project, host, connection
        removeFrom(list, hostId(C, 0));
        m_inventory->applyDelta(differ.diffFull(list));
        QCOMPARE(cell(zone, M::StateColumn).toString(), u"No VMs"_s);
        QCOMPARE(cell(region, M::StateColumn).toString(), u"No VMs"_s);
        QVERIFY(cell(ResourceId::provider(C), 0, Qt::ToolTipRole).toString().endsWith(u"1 VM, 1 running"_s));
    }

    void liveSamples()
    {
        update();
        MetricSamples samples;
        for (int n = 0; n < 100; ++n) {
            if (n != 42)
                samples.append(MetricSample{vmId(P, n), 1000, n + 0.34});
        }
        samples.append(MetricSample{hostId(P, 0), 1000, 37.5});
        samples.append(MetricSample{hostId(P, 1), 1000, 12.25});
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_samples->apply(samples);
        // One signal per host for its VMs, one for the host rows: not one per VM.
        QCOMPARE(changed.count(), 3);
        QSet<QModelIndex> parents;
        for (qsizetype i = 0; i < changed.count(); ++i) {
            QCOMPARE(topLeftOf(changed, i).column(), int(M::CpuUsageColumn));
            QCOMPARE(bottomRightOf(changed, i).column(), int(M::CpuUsageColumn));
            QCOMPARE(topLeftOf(changed, i).row(), 0);
            QVERIFY(rolesOf(changed, i).contains(M::CpuPercentRole));
            parents.insert(topLeftOf(changed, i).parent());
            const int expectedLast = topLeftOf(changed, i).parent() == idx(ResourceId::provider(P)) ? 1 : 49;
            QCOMPARE(bottomRightOf(changed, i).row(), expectedLast);
        }
        QCOMPARE(parents, (QSet<QModelIndex>{idx(ResourceId::provider(P)), idx(hostId(P, 0)), idx(hostId(P, 1))}));

        QCOMPARE(cell(vmId(P, 12), M::CpuUsageColumn, M::CpuPercentRole).toDouble(), 12.34);
        QCOMPARE(cell(vmId(P, 12), M::CpuUsageColumn).toString(), u"12.3 %"_s);
        QCOMPARE(cell(vmId(P, 12), M::CpuUsageColumn, M::SortRole), QVariant(12.34));
        QVERIFY(std::isnan(cell(vmId(P, 42), M::CpuUsageColumn, M::CpuPercentRole).toDouble()));
        QVERIFY(!cell(vmId(P, 42), M::CpuUsageColumn).isValid());
        QCOMPARE(cell(vmId(P, 42), M::CpuUsageColumn, M::SortRole), QVariant(-1.0));
        QCOMPARE(cell(hostId(P, 0), M::CpuUsageColumn).toString(), u"37.5 %"_s);
        QCOMPARE(cell(hostId(P, 1), M::CpuUsageColumn, M::CpuPercentRole).toDouble(), 12.25);
        QVERIFY(std::isnan(cell(ResourceId::provider(P), M::CpuUsageColumn, M::CpuPercentRole).toDouble()));

        // Another provider's cycle touches only its own rows.
        const QString Q = u"qemu+ssh://root@kvm2/system"_s;
        m_inventory->addProviderNode(Q, u"kvm2"_s);
        InventoryDiffer other(Q);
        m_inventory->applyDelta(other.diffFull(listing(Q, 1, 5)));
        changed.clear();
        m_samples->apply({MetricSample{vmId(Q, 1), 2000, 99.0}, MetricSample{hostId(Q, 0), 2000, 50.0}});
        QCOMPARE(changed.count(), 2);
        for (qsizetype i = 0; i < changed.count(); ++i)
            QCOMPARE(m_model->nodeAt(topLeftOf(changed, i))->id().providerId(), Q);
        QCOMPARE(cell(vmId(Q, 1), M::CpuUsageColumn).toString(), u"99.0 %"_s);
    }

    void proxyFiltersAndSorts()
    {
        update();
        attachProxy();
        QCOMPARE(m_proxy->rowCount(), 1);

        // Recursive filtering on the search text: a VM's IP keeps it and its ancestors.
        m_proxy->setFilterFixedString(u"10.0.0.42"_s);
        QCOMPARE(m_proxy->rowCount(), 1);
        const QModelIndex proxyProvider = m_proxy->index(0, 0);
        QCOMPARE(m_proxy->rowCount(proxyProvider), 1);
        QCOMPARE(m_proxy->rowCount(m_proxy->index(0, 0, proxyProvider)), 1);
        QCOMPARE(m_proxy->mapToSource(proxyIdx(vmId(P, 42))), idx(vmId(P, 42)));
        QVERIFY(proxyIdx(vmId(P, 42)).isValid());

        // Its address changes: it no longer matches; under the new one it does again.
        find(m_listing, vmId(P, 42))->vm()->nics[0].ips = {u"192.0.2.42/24"_s};
        update();
        QCOMPARE(m_proxy->rowCount(), 0);
        m_proxy->setFilterFixedString(u"192.0.2.42"_s);
        QCOMPARE(m_proxy->rowCount(), 1);
        QCOMPARE(m_proxy->mapToSource(proxyIdx(vmId(P, 42))).data().toString(), u"vm-00042"_s);

        // By host name: the host and the VMs on it.
        m_proxy->setFilterFixedString(u"host-1"_s);
        QCOMPARE(m_proxy->rowCount(m_proxy->index(0, 0)), 1);
        QCOMPARE(m_proxy->rowCount(proxyIdx(hostId(P, 1))), 50);
        m_proxy->setFilterFixedString({});
        QCOMPARE(m_proxy->rowCount(m_proxy->index(0, 0)), 2);

        // Numeric sorting by memory: "512 MiB" < "1 GiB" < "2 GiB" < "16 GiB".
        find(m_listing, vmId(P, 0))->vm()->memoryKiB = 16ull * 1024 * 1024;
        find(m_listing, vmId(P, 1))->vm()->memoryKiB = 512 * 1024;
        find(m_listing, vmId(P, 3))->vm()->memoryKiB = 1024 * 1024;
        update();
        m_proxy->sort(M::MemoryColumn, Qt::AscendingOrder);
        const QModelIndex host0 = proxyIdx(hostId(P, 0));
        QCOMPARE(m_proxy->index(0, 0, host0).data().toString(), vmName(1));
        QCOMPARE(m_proxy->index(1, 0, host0).data().toString(), vmName(3));
        QCOMPARE(m_proxy->index(49, 0, host0).data().toString(), vmName(0));

        // Sorted by CPU, a stats cycle re-sorts through dataChanged alone.
        m_proxy->sort(M::CpuUsageColumn, Qt::DescendingOrder);
        MetricSamples samples;
        for (int n = 0; n < 100; ++n)
            samples.append(MetricSample{vmId(P, n), 1000, double(n)});
        m_samples->apply(samples);
        QCOMPARE(m_proxy->index(0, 0, proxyIdx(hostId(P, 0))).data().toString(), vmName(49));
        for (MetricSample &s : samples)
            s.cpuPercent = 100.0 - s.cpuPercent;
        m_samples->apply(samples);
        QCOMPARE(m_proxy->index(0, 0, proxyIdx(hostId(P, 0))).data().toString(), vmName(0));

        // Moves and removals through the proxy, under its model tester.
        find(m_listing, vmId(P, 7))->parent = hostId(P, 1);
        removeFrom(m_listing, vmId(P, 8));
        update();
        QCOMPARE(m_proxy->rowCount(proxyIdx(hostId(P, 1))), 51);
        QCOMPARE(m_proxy->rowCount(proxyIdx(hostId(P, 0))), 48);
        m_inventory->removeProvider(P);
        QCOMPARE(m_proxy->rowCount(), 0);
    }

    void indexOf()
    {
        update();
        const QModelIndex provider = m_model->index(0, 0);
        QCOMPARE(m_model->indexOf(ResourceId::provider(P)), provider);
        for (int n = 0; n < 100; ++n) {
            const QModelIndex index = m_model->indexOf(vmId(P, n));
            QVERIFY(index.isValid());
            QCOMPARE(index, m_model->index(n % 50, 0, m_model->index(n / 50, 0, provider)));
            QCOMPARE(index.data(M::ResourceIdRole).value<ResourceId>(), vmId(P, n));
            QCOMPARE(m_model->nodeAt(index)->id(), vmId(P, n));
        }
        const QModelIndex memory = m_model->indexOf(vmId(P, 3), M::MemoryColumn);
        QCOMPARE(memory.column(), int(M::MemoryColumn));
        QCOMPARE(memory.data().toString(), u"2 GiB"_s);
        QVERIFY(!m_model->indexOf(vmId(P, 1000)).isValid());
        QVERIFY(!m_model->indexOf(vmId(P, 3), M::ColumnCount).isValid());
        QVERIFY(!m_model->indexOf(vmId(P, 3), -1).isValid());
        QVERIFY(!m_model->indexOf(ResourceId()).isValid());
        QVERIFY(!m_model->nodeAt({}));
    }

    void sortRoleTypes()
    {
        find(m_listing, vmId(P, 7))->name = u"Web-01"_s;
        update();
        const ResourceId id = vmId(P, 7);
        QCOMPARE(cell(id, M::NameColumn, M::SortRole), QVariant(u"web-01"_s));
        QCOMPARE(cell(id, M::StateColumn, M::SortRole), QVariant(u"running"_s));
        QCOMPARE(cell(id, M::CpusColumn, M::SortRole), QVariant(qint64(2)));
        QCOMPARE(cell(id, M::MemoryColumn, M::SortRole), QVariant(qint64(2 * 1024 * 1024)));
        QCOMPARE(cell(id, M::CpuUsageColumn, M::SortRole).typeId(), QMetaType::Double);
        QCOMPARE(cell(hostId(P, 0), M::CpusColumn, M::SortRole), QVariant(qint64(32)));
        QCOMPARE(cell(id, M::HostColumn, M::SortRole), QVariant(u"host-0"_s));
    }

    void memoryFormatting_data()
    {
        QTest::addColumn<quint64>("kib");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << quint64(0) << u"0 KiB"_s;
        QTest::newRow("KiB") << quint64(1000) << u"1000 KiB"_s;
        QTest::newRow("1 MiB") << quint64(1024) << u"1 MiB"_s;
        QTest::newRow("1.5 MiB") << quint64(1536) << u"1.5 MiB"_s;
        QTest::newRow("512 MiB") << quint64(512 * 1024) << u"512 MiB"_s;
        QTest::newRow("2 GiB") << quint64(2 * 1024 * 1024) << u"2 GiB"_s;
        QTest::newRow("1.5 GiB") << quint64(1536 * 1024) << u"1.5 GiB"_s;
        QTest::newRow("3.1 GiB") << quint64(3 * 1024 * 1024 + 104858) << u"3.1 GiB"_s;
        QTest::newRow("just below 8 GiB") << quint64(8 * 1024 * 1024 - 1) << u"8 GiB"_s;
        QTest::newRow("1023.96 MiB") << quint64(1048540) << u"1 GiB"_s;
        QTest::newRow("1023.9 MiB") << quint64(1048500) << u"1023.9 MiB"_s;
        QTest::newRow("1 TiB") << quint64(1024ull * 1024 * 1024) << u"1 TiB"_s;
    }

    void memoryFormatting()
    {
        QFETCH(quint64, kib);
        QFETCH(QString, text);
        QCOMPARE(InventoryModel::formatMemoryKiB(kib), text);
    }

    // Not a timed test: prints what the first load of 10,000 VMs costs through the whole chain
    // (Inventory + model + a sorting, recursively filtering proxy, as the tree view uses it).
    void tenThousandVmFirstLoad()
    {
        const QString Q = u"qemu+tls://big/system"_s;
        Inventory inventory;
        LiveSamples samples;
        InventoryModel model(&inventory, &samples);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setRecursiveFilteringEnabled(true);
        proxy.setFilterRole(M::SearchTextRole);
        proxy.setSortRole(M::SortRole);
        proxy.setDynamicSortFilter(true);
        proxy.sort(M::NameColumn);
        QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);
        inventory.addProviderNode(Q, u"big"_s);
        QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 0); // the view shows the provider row

        InventoryDiffer differ(Q);
        const QList<Resource> list = listing(Q, 10, 1000);
        QElapsedTimer timer;
        timer.start();
        const InventoryDelta delta = differ.diffFull(list);
        const qint64 diffMs = timer.restart();
        inventory.applyDelta(delta);
        const qint64 applyMs = timer.restart();
        // An expanded view maps every host's children.
        const QModelIndex provider = proxy.index(0, 0);
        QCOMPARE(proxy.rowCount(provider), 10);
        int rows = 0;
        for (int h = 0; h < 10; ++h)
            rows += proxy.rowCount(proxy.index(h, 0, provider));
        const qint64 mapMs = timer.restart();
        QCOMPARE(rows, 10000);

        MetricSamples cycle;
        for (int n = 0; n < 10000; ++n)
            cycle.append(MetricSample{vmId(Q, n), 1000, n % 100 + 0.5});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        timer.restart();
        samples.apply(cycle);
        const qint64 samplesMs = timer.restart();
        const qsizetype signalsPerCycle = changed.count();
        QCOMPARE(signalsPerCycle, 11);

        QList<Resource> next = list;
        for (int n = 0; n < 10000; n += 100)
            find(next, vmId(Q, n))->vm()->state = PowerState::Paused;
        const InventoryDelta changes = differ.diffFull(next);
        QCOMPARE(changes.changed.size(), 100);
        timer.restart();
        inventory.applyDelta(changes);
        const qint64 changeMs = timer.restart();
        QCOMPARE(proxy.index(0, M::StateColumn, proxy.mapFromSource(model.indexOf(hostId(Q, 0)))).isValid(), true);
        QCOMPARE(resets.count(), 0);

        qInfo().noquote() << u"10,000 VMs / 10 hosts: diff %1 ms, apply (Inventory + model + sorted proxy) %2 ms, "
                             u"map all rows in the proxy %3 ms; stats cycle %4 ms (%5 dataChanged); "
                             u"100 state changes %6 ms"_s
                                 .arg(diffMs).arg(applyMs).arg(mapMs).arg(samplesMs).arg(signalsPerCycle).arg(changeMs);
    }

private:
    std::unique_ptr<Inventory> m_inventory;
    std::unique_ptr<LiveSamples> m_samples;
    std::unique_ptr<InventoryModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QSignalSpy> m_resets;
    std::unique_ptr<InventoryDiffer> m_differ;
    std::unique_ptr<QSortFilterProxyModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
    std::unique_ptr<QSignalSpy> m_proxyResets;
    QList<Resource> m_listing;
};

QTEST_GUILESS_MAIN(TestInventoryModel)
#include "tst_inventorymodel.moc"
