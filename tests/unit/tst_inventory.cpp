// Inventory: the merged tree and its about-to/done signal pairs.

#include "inventory/Inventory.h"
#include "inventory/InventoryDiffer.h"
#include "providers/Provider.h"

#include "inventorytestdata.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace welkin;
using namespace welkin::testdata;
using namespace Qt::StringLiterals;

namespace {

const QString P = u"qemu:///system"_s;

class FakeProvider : public Provider
{
public:
    using Provider::Provider;
    void open() override {}
    void close() override {}
    Capabilities capabilities(const ResourceId &) const override { return {}; }
    Task *perform(const Action &) override { return nullptr; }
    void setState(ProviderState state, const QString &detail = {}) { setStatus(state, detail); }
};

const InventoryNode *nodeArg(const QSignalSpy &spy, qsizetype call)
{
    return spy.at(call).at(0).value<const InventoryNode *>();
}

// Every child knows its row and parent, and the index finds it.
bool rowsConsistent(const Inventory &inventory, const InventoryNode *node)
{
    for (int i = 0; i < node->childCount(); ++i) {
        const InventoryNode *child = node->child(i);
        if (child->row() != i || child->parent() != node || inventory.node(child->id()) != child
            || !rowsConsistent(inventory, child))
            return false;
    }
    return true;
}

} // namespace

class TestInventory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_inventory = std::make_unique<Inventory>();
        m_differ = std::make_unique<InventoryDiffer>(P);
        m_inventory->addProviderNode(P, u"kvm"_s);
    }

    void addProviderNode()
    {
        QSignalSpy inserted(m_inventory.get(), &Inventory::nodesInserted);
        m_inventory->addProviderNode(u"test:///default"_s, u"Test"_s);
        m_inventory->addProviderNode(u"test:///default"_s, u"Again"_s); // ignored
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(nodeArg(inserted, 0), m_inventory->root());
        QCOMPARE(inserted.at(0).at(1).toInt(), 1);
        QCOMPARE(m_inventory->root()->childCount(), 2);
        const InventoryNode *node = m_inventory->node(ResourceId::provider(u"test:///default"_s));
        QVERIFY(node);
        QCOMPARE(node->kind(), ResourceKind::Provider);
        QCOMPARE(node->resource().name, u"Test"_s);
        QCOMPARE(node->parent(), m_inventory->root());
        QCOMPARE(node->row(), 1);
        QCOMPARE(m_inventory->nodeCount(), 2);
    }

    void applyDeltaBuildsTree()
    {
        m_inventory->applyDelta(m_differ->diffFull(listing(P, 2, 5)));
        QCOMPARE(m_inventory->nodeCount(), 1 + 2 + 10);
        const InventoryNode *provider = m_inventory->node(ResourceId::provider(P));
        QCOMPARE(provider->childCount(), 2);
        for (int h = 0; h < 2; ++h) {
            const InventoryNode *host = m_inventory->node(hostId(P, h));
            QVERIFY(host);
            QCOMPARE(host->parent(), provider);
            QCOMPARE(host->row(), h);
            QCOMPARE(host->childCount(), 5);
            for (int i = 0; i < 5; ++i) {
                const InventoryNode *vm = m_inventory->node(vmId(P, h * 5 + i));
                QVERIFY(vm);
                QCOMPARE(vm->parent(), host);
                QCOMPARE(vm->row(), i);
                QCOMPARE(vm->resource().name, vmName(h * 5 + i));
            }
        }
        QVERIFY(rowsConsistent(*m_inventory, m_inventory->root()));
    }

    void thousandVmsAreOneInsertion()
    {
        QSignalSpy aboutToInsert(m_inventory.get(), &Inventory::nodesAboutToBeInserted);
        QSignalSpy inserted(m_inventory.get(), &Inventory::nodesInserted);
        QSignalSpy applied(m_inventory.get(), &Inventory::deltaApplied);
        m_inventory->applyDelta(m_differ->diffFull(listing(P, 1, 1000)));
        // One pair for the host, one for its 1,000 VMs.
        QCOMPARE(aboutToInsert.count(), 2);
        QCOMPARE(inserted.count(), 2);
        const InventoryNode *host = m_inventory->node(hostId(P, 0));
        QCOMPARE(nodeArg(inserted, 1), host);
        QCOMPARE(inserted.at(1).at(1).toInt(), 0);
        QCOMPARE(inserted.at(1).at(2).toInt(), 999);
        QCOMPARE(aboutToInsert.at(1), inserted.at(1));
        QCOMPARE(host->childCount(), 1000);
        QCOMPARE(applied.count(), 1);
        QCOMPARE(applied.at(0).at(0).toString(), P);
    }

    void interleavedAdditionsAreOneInsertionPerParent()
    {
        // A listing in the provider's own order, VMs of two hosts interleaved.
        QList<Resource> list{host(P, 0), host(P, 1)};
        for (int n = 0; n < 20; ++n)
            list.append(vm(P, hostId(P, n % 2), n));
        QSignalSpy inserted(m_inventory.get(), &Inventory::nodesInserted);
        m_inventory->applyDelta(m_differ->diffFull(list));
        QCOMPARE(inserted.count(), 3);
        QCOMPARE(m_inventory->node(hostId(P, 0))->childCount(), 10);
        QCOMPARE(m_inventory->node(hostId(P, 1))->childCount(), 10);
        QCOMPARE(m_inventory->node(vmId(P, 7))->row(), 3); // 1, 3, 5, 7 on host 1
        QVERIFY(rowsConsistent(*m_inventory, m_inventory->root()));
    }

    void removalsKeepRowsConsistent()
    {
        QList<Resource> list = listing(P, 2, 20);
        m_inventory->applyDelta(m_differ->diffFull(list));
        QSignalSpy aboutToRemove(m_inventory.get(), &Inventory::nodesAboutToBeRemoved);
        QSignalSpy removed(m_inventory.get(), &Inventory::nodesRemoved);
        for (int n : {0, 3, 4, 5, 10, 19})
            removeFrom(list, vmId(P, n));
        m_inventory->applyDelta(m_differ->diffFull(list));
        // Neighbours go as one range, highest first: 19, 10, 3-5, 0.
        QCOMPARE(removed.count(), 4);
        const QList<std::pair<int, int>> expected{{19, 19}, {10, 10}, {3, 5}, {0, 0}};
        for (qsizetype i = 0; i < removed.count(); ++i) {
            QCOMPARE(nodeArg(removed, i), m_inventory->node(hostId(P, 0)));
            QCOMPARE(removed.at(i).at(1).toInt(), expected.at(i).first);
            QCOMPARE(removed.at(i).at(2).toInt(), expected.at(i).second);
            QCOMPARE(aboutToRemove.at(i), removed.at(i));
        }
        QCOMPARE(m_inventory->node(hostId(P, 0))->childCount(), 14);
        QVERIFY(!m_inventory->node(vmId(P, 4)));
        QCOMPARE(m_inventory->node(vmId(P, 6))->row(), 2); // 1, 2, 6
        QCOMPARE(m_inventory->node(vmId(P, 18))->row(), 13);
        QCOMPARE(m_inventory->nodeCount(), 1 + 2 + 34);
        QVERIFY(rowsConsistent(*m_inventory, m_inventory->root()));
    }

    void removingAHostTakesItsVmsInOneRemoval()
    {
        QList<Resource> list = listing(P, 3, 10);
        m_inventory->applyDelta(m_differ->diffFull(list));
        removeFrom(list, hostId(P, 1));
        const InventoryDelta delta = m_differ->diffFull(list);
        QCOMPARE(delta.removed.size(), 11); // the differ names the VMs first, then the host
        QSignalSpy removed(m_inventory.get(), &Inventory::nodesRemoved);
        m_inventory->applyDelta(delta);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(nodeArg(removed, 0), m_inventory->node(ResourceId::provider(P)));
        QCOMPARE(removed.at(0).at(1).toInt(), 1);
        QCOMPARE(removed.at(0).at(2).toInt(), 1);
        QVERIFY(!m_inventory->node(vmId(P, 15)));
        QCOMPARE(m_inventory->node(hostId(P, 2))->row(), 1);
        QCOMPARE(m_inventory->nodeCount(), 1 + 2 + 20);
        QVERIFY(rowsConsistent(*m_inventory, m_inventory->root()));
    }

    void changesEmitNodeChanged()
    {
        QList<Resource> list = listing(P, 1, 10);
        m_inventory->applyDelta(m_differ->diffFull(list));
        find(list, vmId(P, 4))->vm()->state = PowerState::Paused;
        find(list, vmId(P, 5))->vm()->memoryKiB = 4ull * 1024 * 1024;
        find(list, vmId(P, 5))->vm()->nics[0].ips = {u"192.0.2.5/24"_s};
        QSignalSpy changed(m_inventory.get(), &Inventory::nodeChanged);
        QSignalSpy inserted(m_inventory.get(), &Inventory::nodesInserted);
        QSignalSpy removed(m_inventory.get(), &Inventory::nodesRemoved);
        m_inventory->applyDelta(m_differ->diffFull(list));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(nodeArg(changed, 0), m_inventory->node(vmId(P, 4)));
        QCOMPARE(changed.at(0).at(1).value<ResourceFields>(), ResourceFields(ResourceField::State));
        QCOMPARE(changed.at(1).at(1).value<ResourceFields>(), ResourceField::Memory | ResourceField::Addresses);
        QCOMPARE(m_inventory->node(vmId(P, 4))->resource().vm()->state, PowerState::Paused);
        QCOMPARE(m_inventory->node(vmId(P, 5))->resource().vm()->ipAddresses(), QStringList{u"192.0.2.5"_s});
    }

    void vmMovesBetweenHosts()
    {
        QList<Resource> list = listing(P, 2, 5);
        m_inventory->applyDelta(m_differ->diffFull(list));
        const InventoryNode *before = m_inventory->node(vmId(P, 2));
        Resource *moving = find(list, vmId(P, 2));
        moving->parent = hostId(P, 1);
        moving->vm()->state = PowerState::Migrating;
        const InventoryDelta delta = m_differ->diffFull(list);
        QCOMPARE(delta.changed.size(), 1);
        QVERIFY(delta.changed.first().fields.testFlag(ResourceField::Parent));

        QSignalSpy removed(m_inventory.get(), &Inventory::nodesRemoved);
        QSignalSpy inserted(m_inventory.get(), &Inventory::nodesInserted);
        m_inventory->applyDelta(delta);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(nodeArg(removed, 0), m_inventory->node(hostId(P, 0)));
        QCOMPARE(removed.at(0).at(1).toInt(), 2);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(nodeArg(inserted, 0), m_inventory->node(hostId(P, 1)));
        QCOMPARE(inserted.at(0).at(1).toInt(), 5);

        const InventoryNode *after = m_inventory->node(vmId(P, 2));
        QCOMPARE(after, before); // same node object, moved
        QCOMPARE(after->parent(), m_inventory->node(hostId(P, 1)));
        QCOMPARE(after->row(), 5);
        QCOMPARE(after->resource().vm()->state, PowerState::Migrating);
        QCOMPARE(m_inventory->node(hostId(P, 0))->childCount(), 4);
        QCOMPARE(m_inventory->node(vmId(P, 3))->row(), 2);
        QVERIFY(rowsConsistent(*m_inventory, m_inventory->root()));
    }

    void hostMovesWithItsVms()
    {
        // A cloud: provider -> zones -> hosts -> VMs; a host is reassigned to another zone.
        const ResourceId zoneA(P, ResourceKind::Zone, u"a"_s), zoneB(P, ResourceKind::Zone, u"b"_s);
        QList<Resource> list{Resource{zoneA, ResourceId::provider(P), u"zone-a"_s, GroupInfo{}},
                             Resource{zoneB, ResourceId::provider(P), u"zone-b"_s, GroupInfo{}},
                             host(P, 0, zoneA)};
        for (int n = 0; n < 4; ++n)
            list.append(vm(P, hostId(P, 0), n));
        m_inventory->applyDelta(m_differ->diffFull(list));
        find(list, hostId(P, 0))->parent = zoneB;
        QSignalSpy removed(m_inventory.get(), &Inventory::nodesRemoved);
        m_inventory->applyDelta(m_differ->diffFull(list));
        QCOMPARE(removed.count(), 1);
        const InventoryNode *host = m_inventory->node(hostId(P, 0));
        QCOMPARE(host->parent(), m_inventory->node(zoneB));
        QCOMPARE(host->childCount(), 4); // its VMs came along
        QCOMPARE(m_inventory->node(vmId(P, 3))->parent(), host);
        QCOMPARE(m_inventory->nodeCount(), 1 + 2 + 1 + 4);
        QCOMPARE(m_inventory->vmsBelow(m_inventory->node(zoneB)).size(), 4);
        QVERIFY(rowsConsistent(*m_inventory, m_inventory->root()));
    }

    void unknownParentAttachesToProvider()
    {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"unknown parent .*host-9.* attaching it to its provider"_s));
        m_inventory->applyDelta(m_differ->diffFull({vm(P, hostId(P, 9), 1)}));
        const InventoryNode *orphan = m_inventory->node(vmId(P, 1));
        QVERIFY(orphan);
        QCOMPARE(orphan->parent(), m_inventory->node(ResourceId::provider(P)));
    }

    void deltaOfUnknownProviderIsDropped()
    {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"dropping .*provider not in the inventory"_s));
        InventoryDiffer other(u"test:///nowhere"_s);
        m_inventory->applyDelta(other.diffFull({host(u"test:///nowhere"_s, 0)}));
        QCOMPARE(m_inventory->nodeCount(), 1);
    }

    void duplicatesInAddedBecomeChanges()
    {
        const QList<Resource> list = listing(P, 1, 3);
        m_inventory->applyDelta(m_differ->diffFull(list));
        // A provider that lost track re-sends everything as new, one VM with a new state, and
        // one VM twice.
        InventoryDelta again;
        again.providerId = P;
        again.added = list;
        again.added[2].vm()->state = PowerState::Paused;
        again.added.append(list.at(3));
        QSignalSpy inserted(m_inventory.get(), &Inventory::nodesInserted);
        QSignalSpy changed(m_inventory.get(), &Inventory::nodeChanged);
        m_inventory->applyDelta(again);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(m_inventory->node(hostId(P, 0))->childCount(), 3);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(nodeArg(changed, 0), m_inventory->node(list.at(2).id));
        QCOMPARE(changed.at(0).at(1).value<ResourceFields>(), ResourceFields(ResourceField::State));

        // The same new VM twice in one delta is one row.
        InventoryDelta twice;
        twice.providerId = P;
        twice.added = {vm(P, hostId(P, 0), 50), vm(P, hostId(P, 0), 50)};
        m_inventory->applyDelta(twice);
        QCOMPARE(m_inventory->node(hostId(P, 0))->childCount(), 4);
        QVERIFY(rowsConsistent(*m_inventory, m_inventory->root()));
    }

    void resentVmOnAnotherHostMoves()
    {
        // Re-sent as "added" after it migrated while the provider was away: it must move,
        // not stay behind on the old host.
        m_inventory->applyDelta(m_differ->diffFull(listing(P, 2, 2)));
        InventoryDelta again;
        again.providerId = P;
        again.added = {vm(P, hostId(P, 1), 0)};
        m_inventory->applyDelta(again);
        QCOMPARE(m_inventory->node(vmId(P, 0))->parent(), m_inventory->node(hostId(P, 1)));
        QCOMPARE(m_inventory->node(hostId(P, 0))->childCount(), 1);
        QCOMPARE(m_inventory->node(hostId(P, 1))->childCount(), 3);
        QVERIFY(rowsConsistent(*m_inventory, m_inventory->root()));
    }

    void moveBelowItselfIsRefused()
    {
        const ResourceId zone(P, ResourceKind::Zone, u"a"_s);
        QList<Resource> list{Resource{zone, ResourceId::provider(P), u"zone-a"_s, GroupInfo{}}, host(P, 0, zone)};
        m_inventory->applyDelta(m_differ->diffFull(list));
        list[0].parent = hostId(P, 0);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"refusing to move .* below itself"_s));
        m_inventory->applyDelta(m_differ->diffFull(list));
        QCOMPARE(m_inventory->node(zone)->parent(), m_inventory->node(ResourceId::provider(P)));
        QVERIFY(rowsConsistent(*m_inventory, m_inventory->root()));
    }

    void removeProviderRemovesSubtree()
    {
        m_inventory->addProviderNode(u"test:///default"_s, u"Test"_s);
        m_inventory->applyDelta(m_differ->diffFull(listing(P, 2, 10)));
        QSignalSpy removed(m_inventory.get(), &Inventory::nodesRemoved);
        m_inventory->removeProvider(P);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(nodeArg(removed, 0), m_inventory->root());
        QCOMPARE(removed.at(0).at(1).toInt(), 0);
        QCOMPARE(m_inventory->nodeCount(), 1);
        QVERIFY(!m_inventory->node(vmId(P, 3)));
        QVERIFY(!m_inventory->node(hostId(P, 0)));
        QCOMPARE(m_inventory->node(ResourceId::provider(u"test:///default"_s))->row(), 0);
        // Removals in a delta never take the provider node itself.
        InventoryDelta delta;
        delta.providerId = u"test:///default"_s;
        delta.removed = {ResourceId::provider(u"test:///default"_s)};
        m_inventory->applyDelta(delta);
        QCOMPARE(m_inventory->nodeCount(), 1);
    }

    void providerStatusEmitsNodeChanged()
    {
        QSignalSpy changed(m_inventory.get(), &Inventory::nodeChanged);
        const ProviderStatus unreachable{ProviderState::Unreachable, u"Connection refused"_s};
        m_inventory->setProviderStatus(P, unreachable);
        m_inventory->setProviderStatus(P, unreachable); // no change, no signal
        QCOMPARE(changed.count(), 1);
        const InventoryNode *provider = m_inventory->node(ResourceId::provider(P));
        QCOMPARE(nodeArg(changed, 0), provider);
        QCOMPARE(changed.at(0).at(1).value<ResourceFields>(), ResourceFields(ResourceField::ProviderState));
        QCOMPARE(provider->providerStatus(), unreachable);
        m_inventory->setProviderStatus(u"unknown"_s, unreachable);
        QCOMPARE(changed.count(), 1);
    }

    void vmsBelow()
    {
        const ResourceId zone(P, ResourceKind::Zone, u"a"_s);
        QList<Resource> list = listing(P, 2, 7);
        list.append(Resource{zone, ResourceId::provider(P), u"zone-a"_s, GroupInfo{}});
        list.append(host(P, 5, zone));
        list.append(vm(P, hostId(P, 5), 100));
        m_inventory->applyDelta(m_differ->diffFull(list));
        QCOMPARE(m_inventory->vmsBelow(m_inventory->node(ResourceId::provider(P))).size(), 15);
        QCOMPARE(m_inventory->vmsBelow(m_inventory->node(hostId(P, 1))).size(), 7);
        QCOMPARE(m_inventory->vmsBelow(m_inventory->node(zone)).size(), 1);
        QCOMPARE(m_inventory->vmsBelow(m_inventory->node(zone)).first()->id(), vmId(P, 100));
        QCOMPARE(m_inventory->vmsBelow(m_inventory->root()).size(), 15);
        QVERIFY(m_inventory->vmsBelow(m_inventory->node(vmId(P, 3))).isEmpty());
        QVERIFY(m_inventory->vmsBelow(nullptr).isEmpty());
    }

    void followsProviderUntilRemoved()
    {
        const ConnectionProfile profile{u"fake:///1"_s, u"fake"_s, u"Fake"_s, u"fake:///1"_s, {}};
        auto *old = new FakeProvider(profile);
        m_inventory->addProvider(old);
        InventoryDiffer differ(profile.id);
        Q_EMIT old->deltaReady(differ.diffFull(listing(profile.id, 1, 3)));
        QCOMPARE(m_inventory->vmsBelow(m_inventory->node(old->resourceId())).size(), 3);
        old->setState(ProviderState::Connected);
        QCOMPARE(m_inventory->node(old->resourceId())->providerStatus().state, ProviderState::Connected);

        m_inventory->removeProvider(profile.id);
        QVERIFY(!m_inventory->node(old->resourceId()));
        // A closing provider may still deliver a queued delta: ignored, without warnings.
        QTest::failOnWarning(QRegularExpression(u".*"_s));
        differ.clear();
        Q_EMIT old->deltaReady(differ.diffFull(listing(profile.id, 1, 3)));
        QCOMPARE(m_inventory->nodeCount(), 1);

        // Re-added under the same id (edited connection); the old object dies later and must
        // not take the new node with it.
        FakeProvider fresh(profile);
        m_inventory->addProvider(&fresh);
        delete old;
        QVERIFY(m_inventory->node(fresh.resourceId()));
        fresh.setState(ProviderState::Connecting);
        QCOMPARE(m_inventory->node(fresh.resourceId())->providerStatus().state, ProviderState::Connecting);
        m_inventory->removeProvider(profile.id);
    }

    void destroyedProviderLeaves()
    {
        auto provider = std::make_unique<FakeProvider>(ConnectionProfile{u"fake:///2"_s, u"fake"_s, {}, u"fake:///2"_s, {}});
        m_inventory->addProvider(provider.get());
        QCOMPARE(m_inventory->node(provider->resourceId())->resource().name, u"fake:///2"_s);
        provider.reset();
        QVERIFY(!m_inventory->node(ResourceId::provider(u"fake:///2"_s)));
        QCOMPARE(m_inventory->nodeCount(), 1);
    }

    void cleanup()
    {
        if (m_inventory)
            QVERIFY(rowsConsistent(*m_inventory, m_inventory->root()));
        m_differ.reset();
        m_inventory.reset();
    }

private:
    std::unique_ptr<Inventory> m_inventory;
    std::unique_ptr<InventoryDiffer> m_differ;
};

QTEST_GUILESS_MAIN(TestInventory)
#include "tst_inventory.moc"
