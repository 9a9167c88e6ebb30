#include "inventory/InventoryDiffer.h"

#include <QSet>
#include <QTest>

using namespace welkin;
using namespace Qt::StringLiterals;

namespace welkin {
// Readable QCOMPARE failures (found by argument-dependent lookup).
char *toString(const ResourceId &id)
{
    return QTest::toString(id.isValid() ? id.toString() : u"<invalid>"_s);
}
} // namespace welkin

namespace {

const QString Pid = u"test:///default"_s;

ResourceId hostId(int n)
{
    return ResourceId(Pid, ResourceKind::Host, u"host-%1"_s.arg(n));
}

ResourceId vmId(int n)
{
    return ResourceId(Pid, ResourceKind::Vm, u"00000000-0000-4000-8000-%1"_s.arg(n, 12, 10, QLatin1Char('0')));
}

Resource host(int n)
{
    Resource r;
    r.id = hostId(n);
    r.parent = ResourceId::provider(Pid);
    r.name = u"host%1"_s.arg(n);
    HostInfo info;
    info.hostname = r.name;
    info.cpus = 16;
    info.memoryKiB = 64ull << 20;
    r.info = info;
    return r;
}

Resource vm(int n, int hostN)
{
    Resource r;
    r.id = vmId(n);
    r.parent = hostId(hostN);
    r.name = u"vm-%1"_s.arg(n);
    VmInfo info;
    info.uuid = r.id.nativeId();
    info.state = PowerState::Running;
    info.stateReason = u"booted"_s;
    info.vcpus = 2;
    info.memoryKiB = 2ull << 20;
    info.maxMemoryKiB = 4ull << 20;
    info.osType = u"hvm"_s;
    NicInfo nic;
    nic.mac = u"52:54:00:00:00:%1"_s.arg(n % 256, 2, 16, QLatin1Char('0'));
    nic.type = u"network"_s;
    nic.source = u"default"_s;
    nic.model = u"virtio"_s;
    nic.ips = {u"192.168.122.%1/24"_s.arg(10 + n % 200)};
    info.nics = {nic};
    r.info = info;
    return r;
}

// Two hosts with three VMs each, parents before children.
QList<Resource> estate()
{
    QList<Resource> list;
    for (int h = 0; h < 2; ++h) {
        list.append(host(h));
        for (int v = 0; v < 3; ++v)
            list.append(vm(h * 3 + v, h));
    }
    return list;
}

QList<ResourceId> ids(const QList<Resource> &resources)
{
    QList<ResourceId> out;
    for (const Resource &r : resources)
        out.append(r.id);
    return out;
}

Resource *findIn(QList<Resource> &list, const ResourceId &id)
{
    for (Resource &r : list) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

// Every resource appears after its parent (or its parent is not part of the list).
bool parentsFirst(const QList<Resource> &list)
{
    QSet<ResourceId> all, seen;
    for (const Resource &r : list)
        all.insert(r.id);
    for (const Resource &r : list) {
        if (all.contains(r.parent) && !seen.contains(r.parent))
            return false;
        seen.insert(r.id);
    }
    return true;
}

} // namespace

class TestInventoryDiffer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstDiffAddsAll();
    void unchangedIsEmpty();
    void stateChange();
    void stateReasonChange();
    void addressChangeOnly();
    void nicChange();
    void nicAddedFlagsBoth();
    void multipleFields();
    void nameChange();
    void hostChangeIsDetails();
    void vmAddedAndRemoved();
    void hostRemovalRemovesChildrenFirst();
    void everythingRemoved();
    void partialAddUpdateRemove();
    void partialRemoveUnknownAndDuplicates();
    void partialLeavesOthersAlone();
    void migrationFlagsParent();
    void migrationThenSourceHostRemoved();
    void clearThenFullReAddsAll();
    void providerIdInDelta();
    void manyRemovalsAndMovesFromOneHost();
    void movedTwiceInOneListing();
};

void TestInventoryDiffer::firstDiffAddsAll()
{
    InventoryDiffer differ(Pid);
    const QList<Resource> current = estate();
    const InventoryDelta delta = differ.diffFull(current);
    QCOMPARE(delta.added.size(), current.size());
    QCOMPARE(ids(delta.added), ids(current)); // order kept: parents before children
    QVERIFY(parentsFirst(delta.added));
    QVERIFY(delta.changed.isEmpty());
    QVERIFY(delta.removed.isEmpty());
    QCOMPARE(differ.sent().size(), current.size());
    QVERIFY(differ.find(vmId(4)));
    QCOMPARE(*differ.find(vmId(4)), vm(4, 1));
    QVERIFY(!differ.find(vmId(99)));
}

void TestInventoryDiffer::unchangedIsEmpty()
{
    InventoryDiffer differ(Pid);
    differ.diffFull(estate());
    const InventoryDelta delta = differ.diffFull(estate());
    QVERIFY(delta.isEmpty());
    QCOMPARE(delta.providerId, Pid);
    // Again: still nothing, and the remembered state did not drift.
    QVERIFY(differ.diffFull(estate()).isEmpty());
    QCOMPARE(differ.sent().size(), estate().size());
}

void TestInventoryDiffer::stateChange()
{
    InventoryDiffer differ(Pid);
    differ.diffFull(estate());
    QList<Resource> current = estate();
    findIn(current, vmId(2))->vm()->state = PowerState::ShutOff;
    const InventoryDelta delta = differ.diffFull(current);
    QVERIFY(delta.added.isEmpty());
    QVERIFY(delta.removed.isEmpty());
    QCOMPARE(delta.changed.size(), 1);
    QCOMPARE(delta.changed[0].resource.id, vmId(2));
    QCOMPARE(delta.changed[0].resource.vm()->state, PowerState::ShutOff);
    QCOMPARE(delta.changed[0].fields, ResourceFields(ResourceField::State));
    QCOMPARE(differ.find(vmId(2))->vm()->state, PowerState::ShutOff);
    QVERIFY(differ.diffFull(current).isEmpty());
}

void TestInventoryDiffer::stateReasonChange()
{
    InventoryDiffer differ(Pid);
    differ.diffFull(estate());
    QList<Resource> current = estate();
    findIn(current, vmId(0))->vm()->stateReason = u"migrated"_s;
    const InventoryDelta delta = differ.diffFull(current);
    QCOMPARE(delta.changed.size(), 1);
    QCOMPARE(delta.changed[0].fields, ResourceFields(ResourceField::State));
}

void TestInventoryDiffer::addressChangeOnly()
{
    InventoryDiffer differ(Pid);
    differ.diffFull(estate());
    QList<Resource> current = estate();
    findIn(current, vmId(3))->vm()->nics[0].ips = {u"192.168.122.250/24"_s, u"fe80::1/64"_s};
    const InventoryDelta delta = differ.diffFull(current);
    QCOMPARE(delta.changed.size(), 1);
    QCOMPARE(delta.changed[0].resource.id, vmId(3));
    QCOMPARE(delta.changed[0].fields, ResourceFields(ResourceField::Addresses));
    QCOMPARE(delta.changed[0].resource.vm()->ipAddresses(), (QStringList{u"192.168.122.250"_s, u"fe80::1"_s}));
}

void TestInventoryDiffer::nicChange()
{
    InventoryDiffer differ(Pid);
    differ.diffFull(estate());
    QList<Resource> current = estate();
    findIn(current, vmId(1))->vm()->nics[0].model = u"e1000"_s;
    InventoryDelta delta = differ.diffFull(current);
    QCOMPARE(delta.changed.size(), 1);
    QCOMPARE(delta.changed[0].fields, ResourceFields(ResourceField::Nics));

    // The live target device appearing is a NIC change too, addresses untouched.
    findIn(current, vmId(1))->vm()->nics[0].target = u"vnet7"_s;
    delta = differ.diffFull(current);
    QCOMPARE(delta.changed.size(), 1);
    QCOMPARE(delta.changed[0].fields, ResourceFields(ResourceField::Nics));
}

void TestInventoryDiffer::nicAddedFlagsBoth()
{
    InventoryDiffer differ(Pid);
    differ.diffFull(estate());
    QList<Resource> current = estate();
    NicInfo second;
    second.mac = u"52:54:00:ff:00:01"_s;
    second.type = u"bridge"_s;
    second.source = u"br0"_s;
    findIn(current, vmId(5))->vm()->nics.append(second);
    const InventoryDelta delta = differ.diffFull(current);
    QCOMPARE(delta.changed.size(), 1);
    QCOMPARE(delta.changed[0].fields, ResourceField::Nics | ResourceField::Addresses);
}

void TestInventoryDiffer::multipleFields()
{
    InventoryDiffer differ(Pid);
    differ.diffFull(estate());
    QList<Resource> current = estate();
    VmInfo *info = findIn(current, vmId(0))->vm();
    info->vcpus = 8;
    info->memoryKiB = 8ull << 20;
    info->osName = u"Debian 12"_s;
    DiskInfo disk;
    disk.target = u"vda"_s;
    info->disks = {disk};
    GraphicsInfo vnc;
    vnc.type = u"vnc"_s;
    info->graphics = {vnc};
    info->startedAtMs = 1700000000000;
    info->title = u"web"_s;
    const InventoryDelta delta = differ.diffFull(current);
    QCOMPARE(delta.changed.size(), 1);
    QCOMPARE(delta.changed[0].fields,
             ResourceField::Cpus | ResourceField::Memory | ResourceField::Os | ResourceField::Disks
                 | ResourceField::Graphics | ResourceField::Uptime | ResourceField::Details);
}

void TestInventoryDiffer::nameChange()
{
    InventoryDiffer differ(Pid);
    differ.diffFull(estate());
    QList<Resource> current = estate();
    findIn(current, vmId(2))->name = u"renamed"_s;
    const InventoryDelta delta = differ.diffFull(current);
    QCOMPARE(delta.changed.size(), 1);
    QCOMPARE(delta.changed[0].fields, ResourceFields(ResourceField::Name));
    QCOMPARE(delta.changed[0].resource.name, u"renamed"_s);
}

void TestInventoryDiffer::hostChangeIsDetails()
{
    InventoryDiffer differ(Pid);
    differ.diffFull(estate());
    QList<Resource> current = estate();
    findIn(current, hostId(1))->host()->cpus = 32;
    const InventoryDelta delta = differ.diffFull(current);
    QCOMPARE(delta.changed.size(), 1);
    QCOMPARE(delta.changed[0].resource.id, hostId(1));
    QCOMPARE(delta.changed[0].fields, ResourceFields(ResourceField::Details));
}

void TestInventoryDiffer::vmAddedAndRemoved()
{
    InventoryDiffer differ(Pid);
    differ.diffFull(estate());
    QList<Resource> current = estate();
    current.removeIf([](const Resource &r) { return r.id == vmId(1); });
    current.append(vm(10, 0));
    const InventoryDelta delta = differ.diffFull(current);
    QCOMPARE(ids(delta.added), QList<ResourceId>{vmId(10)});
    QCOMPARE(delta.removed, QList<ResourceId>{vmId(1)});
    QVERIFY(delta.changed.isEmpty());
    QVERIFY(!differ.find(vmId(1)));
    QVERIFY(differ.find(vmId(10)));
}

void TestInventoryDiffer::hostRemovalRemovesChildrenFirst()
{
    InventoryDiffer differ(Pid);
    differ.diffFull(estate());
    QList<Resource> current = estate();
    current.removeIf([](const Resource &r) { return r.id == hostId(0) || r.parent == hostId(0); });
    const InventoryDelta delta = differ.diffFull(current);
    QVERIFY(delta.added.isEmpty());
    QVERIFY(delta.changed.isEmpty());
    QCOMPARE(delta.removed.size(), 4);
    // Children before their parent, each exactly once.
    QCOMPARE(delta.removed.last(), hostId(0));
    QCOMPARE(QSet<ResourceId>(delta.removed.cbegin(), delta.removed.cend()),
             (QSet<ResourceId>{vmId(0), vmId(1), vmId(2), hostId(0)}));
    QCOMPARE(differ.sent().size(), 4);
    QVERIFY(differ.diffFull(current).isEmpty());

    // The host coming back brings its VMs back as additions, parents first.
    const InventoryDelta back = differ.diffFull(estate());
    QCOMPARE(back.added.size(), 4);
    QVERIFY(parentsFirst(back.added));
    QCOMPARE(back.added.first().id, hostId(0));
    QVERIFY(back.removed.isEmpty());
}

void TestInventoryDiffer::everythingRemoved()
{
    InventoryDiffer differ(Pid);
    differ.diffFull(estate());
    const InventoryDelta delta = differ.diffFull({});
    QCOMPARE(delta.removed.size(), estate().size());
    // Whatever the order of the hosts, no VM comes after its host.
    for (int h = 0; h < 2; ++h) {
        const qsizetype hostPos = delta.removed.indexOf(hostId(h));
        QVERIFY(hostPos >= 0);
        for (int v = 0; v < 3; ++v) {
            const qsizetype vmPos = delta.removed.indexOf(vmId(h * 3 + v));
            QVERIFY(vmPos >= 0);
            QVERIFY(vmPos < hostPos);
        }
    }
    QVERIFY(differ.sent().isEmpty());
}

void TestInventoryDiffer::partialAddUpdateRemove()
{
    InventoryDiffer differ(Pid);
    differ.diffFull(estate());

    Resource changed = vm(4, 1);
    changed.vm()->state = PowerState::Paused;
    const InventoryDelta delta = differ.diffPartial({changed, vm(20, 1)}, {vmId(5)});
    QCOMPARE(delta.providerId, Pid);
    QCOMPARE(ids(delta.added), QList<ResourceId>{vmId(20)});
    QCOMPARE(delta.changed.size(), 1);
    QCOMPARE(delta.changed[0].resource.id, vmId(4));
    QCOMPARE(delta.changed[0].fields, ResourceFields(ResourceField::State));
    QCOMPARE(delta.removed, QList<ResourceId>{vmId(5)});

    QCOMPARE(differ.sent().size(), estate().size()); // +1 -1
    QCOMPARE(differ.find(vmId(4))->vm()->state, PowerState::Paused);
    QVERIFY(differ.find(vmId(20)));
    QVERIFY(!differ.find(vmId(5)));

    // Unchanged resources in a partial update produce nothing.
    QVERIFY(differ.diffPartial({vm(0, 0), host(0)}).isEmpty());

    // A partial removal of a host takes its VMs along, children first.
    const InventoryDelta gone = differ.diffPartial({}, {hostId(1)});
    QCOMPARE(gone.removed.size(), 4); // vms 3, 4, 20 and the host
    QCOMPARE(gone.removed.last(), hostId(1));
}

void TestInventoryDiffer::partialRemoveUnknownAndDuplicates()
{
    InventoryDiffer differ(Pid);
    differ.diffFull(estate());
    // Unknown ids are ignored; a VM named together with its host is removed once.
    const InventoryDelta delta = differ.diffPartial({}, {vmId(77), vmId(0), hostId(0), vmId(0)});
    QCOMPARE(delta.removed.size(), 4);
    QCOMPARE(QSet<ResourceId>(delta.removed.cbegin(), delta.removed.cend()).size(), 4);
    QVERIFY(!delta.removed.contains(vmId(77)));
    QVERIFY(delta.removed.indexOf(vmId(0)) < delta.removed.indexOf(hostId(0)));
    QCOMPARE(delta.removed.last(), hostId(0));
}

void TestInventoryDiffer::partialLeavesOthersAlone()
{
    InventoryDiffer differ(Pid);
    differ.diffFull(estate());
    // Only one VM looked at: the others are not "missing".
    const InventoryDelta delta = differ.diffPartial({vm(0, 0)});
    QVERIFY(delta.isEmpty());
    QCOMPARE(differ.sent().size(), estate().size());
}

void TestInventoryDiffer::migrationFlagsParent()
{
    InventoryDiffer differ(Pid);
    differ.diffFull(estate());
    QList<Resource> current = estate();
    findIn(current, vmId(0))->parent = hostId(1);
    const InventoryDelta delta = differ.diffFull(current);
    QVERIFY(delta.added.isEmpty());
    QVERIFY(delta.removed.isEmpty());
    QCOMPARE(delta.changed.size(), 1);
    QCOMPARE(delta.changed[0].resource.id, vmId(0));
    QCOMPARE(delta.changed[0].resource.parent, hostId(1));
    QVERIFY(delta.changed[0].fields.testFlag(ResourceField::Parent));
    QCOMPARE(delta.changed[0].fields, ResourceFields(ResourceField::Parent));

    // The differ now files the VM under its new host: removing the old host leaves it alone ...
    current.removeIf([](const Resource &r) { return r.id == hostId(0) || r.parent == hostId(0); });
    const InventoryDelta hostGone = differ.diffFull(current);
    QCOMPARE(hostGone.removed.size(), 3); // vm 1, vm 2, host 0
    QVERIFY(!hostGone.removed.contains(vmId(0)));
    QVERIFY(differ.find(vmId(0)));

    // ... and removing the new host takes it along.
    const InventoryDelta newHostGone = differ.diffPartial({}, {hostId(1)});
    QVERIFY(newHostGone.removed.contains(vmId(0)));
    QCOMPARE(newHostGone.removed.last(), hostId(1));
    QVERIFY(differ.sent().isEmpty());
}

void TestInventoryDiffer::migrationThenSourceHostRemoved()
{
    // A VM migrates away from a host that disappears in the same poll. The consumer applies
    // removals first and drops the old host's whole subtree, so a "changed, Parent" entry would
    // name a node that is already gone: the VM has to come back as an addition. Whatever the
    // delta's exact shape, applying it in the documented order must leave the VM under its new host.
    InventoryDiffer differ(Pid);
    differ.diffFull(estate());
    QList<Resource> current = estate();
    current.removeIf([](const Resource &r) { return r.id == hostId(0) || r.id == vmId(1) || r.id == vmId(2); });
    findIn(current, vmId(0))->parent = hostId(1);
    const InventoryDelta delta = differ.diffFull(current);

    QSet<ResourceId> shown{hostId(0), hostId(1)};
    for (int i = 0; i < 6; ++i)
        shown.insert(vmId(i));
    QHash<ResourceId, ResourceId> parentOf;
    for (const Resource &r : estate())
        parentOf.insert(r.id, r.parent);
    for (const ResourceId &id : delta.removed)
        shown.remove(id);
    for (const Resource &r : delta.added) {
        shown.insert(r.id);
        parentOf.insert(r.id, r.parent);
    }
    for (const ResourceChange &c : delta.changed)
        parentOf.insert(c.resource.id, c.resource.parent);

    QVERIFY(shown.contains(vmId(0)));
    QCOMPARE(parentOf.value(vmId(0)), hostId(1));
    QVERIFY(!shown.contains(hostId(0)));
    QVERIFY(!shown.contains(vmId(1)));
    QCOMPARE(shown.size(), 5); // host 1, vms 0, 3, 4, 5
    QCOMPARE(differ.find(vmId(0))->parent, hostId(1));
    QVERIFY(differ.diffFull(current).isEmpty());
}

void TestInventoryDiffer::clearThenFullReAddsAll()
{
    InventoryDiffer differ(Pid);
    differ.diffFull(estate());
    differ.clear();
    QVERIFY(differ.sent().isEmpty());
    QVERIFY(!differ.find(hostId(0)));
    const InventoryDelta delta = differ.diffFull(estate());
    QCOMPARE(ids(delta.added), ids(estate()));
    QVERIFY(delta.removed.isEmpty());
    QVERIFY(delta.changed.isEmpty());

    // The child bookkeeping was rebuilt too: removing a host still removes its VMs.
    const InventoryDelta gone = differ.diffPartial({}, {hostId(1)});
    QCOMPARE(gone.removed.size(), 4);
}

void TestInventoryDiffer::providerIdInDelta()
{
    InventoryDiffer differ(u"qemu+ssh://root@h/system"_s);
    QCOMPARE(differ.diffFull({}).providerId, u"qemu+ssh://root@h/system"_s);
    QCOMPARE(differ.diffPartial({}).providerId, u"qemu+ssh://root@h/system"_s);
    QVERIFY(differ.diffFull({}).isEmpty());
}

void TestInventoryDiffer::manyRemovalsAndMovesFromOneHost()
{
    // 20,000 VMs on one host; every other one goes, every tenth of the rest moves to a second
    // host. One pass per parent keeps this linear; the child lists must stay exact.
    constexpr int count = 20000;
    InventoryDiffer differ(Pid);
    QList<Resource> current{host(0), host(1)};
    for (int n = 0; n < count; ++n)
        current.append(vm(n, 0));
    differ.diffFull(current);

    QList<Resource> next{host(0), host(1)};
    QSet<ResourceId> gone, moved, stayed;
    for (int n = 0; n < count; ++n) {
        if (n % 2 == 0) {
            gone.insert(vmId(n));
            continue;
        }
        Resource r = vm(n, 0);
        if (n % 20 == 1) {
            r.parent = hostId(1);
            moved.insert(r.id);
        } else {
            stayed.insert(r.id);
        }
        next.append(r);
    }
    const InventoryDelta delta = differ.diffFull(next);
    QCOMPARE(QSet<ResourceId>(delta.removed.cbegin(), delta.removed.cend()), gone);
    QCOMPARE(delta.removed.size(), gone.size());
    QCOMPARE(delta.changed.size(), moved.size());
    QVERIFY(delta.added.isEmpty());
    QCOMPARE(differ.sent().size(), 2 + moved.size() + stayed.size());

    // The child lists say exactly who is where: removing each host removes its own VMs once.
    const InventoryDelta host0Gone = differ.diffPartial({}, {hostId(0)});
    QCOMPARE(host0Gone.removed.last(), hostId(0));
    QSet<ResourceId> expected0 = stayed;
    expected0.insert(hostId(0));
    QCOMPARE(QSet<ResourceId>(host0Gone.removed.cbegin(), host0Gone.removed.cend()), expected0);
    QCOMPARE(host0Gone.removed.size(), expected0.size());
    const InventoryDelta host1Gone = differ.diffPartial({}, {hostId(1)});
    QSet<ResourceId> expected1 = moved;
    expected1.insert(hostId(1));
    QCOMPARE(QSet<ResourceId>(host1Gone.removed.cbegin(), host1Gone.removed.cend()), expected1);
    QCOMPARE(host1Gone.removed.size(), expected1.size());
    QVERIFY(differ.sent().isEmpty());
}

void TestInventoryDiffer::movedTwiceInOneListing()
{
    // A listing that names a VM twice (host 0 -> 1, then back): it ends where it was named last,
    // filed under that host only.
    InventoryDiffer differ(Pid);
    differ.diffFull(estate());
    Resource there = vm(0, 1);
    const InventoryDelta delta = differ.diffPartial({there, vm(0, 0)});
    QCOMPARE(delta.changed.size(), 2);
    QCOMPARE(differ.find(vmId(0))->parent, hostId(0));
    const InventoryDelta host1Gone = differ.diffPartial({}, {hostId(1)});
    QVERIFY(!host1Gone.removed.contains(vmId(0)));
    QCOMPARE(host1Gone.removed.size(), 4);
    const InventoryDelta host0Gone = differ.diffPartial({}, {hostId(0)});
    QCOMPARE(host0Gone.removed.count(vmId(0)), 1);
    QCOMPARE(host0Gone.removed.size(), 4);
}

QTEST_GUILESS_MAIN(TestInventoryDiffer)
#include "tst_inventorydiffer.moc"
