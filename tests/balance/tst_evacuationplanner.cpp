// Host maintenance: every running VM of the host gets a destination (biggest first, most free
// memory, never past a host's memory capacity, never a host in maintenance or not connected),
// ceilings and keep-apart groups give way only when nothing else is left, and the VMs that cannot
// move are named with the reason.
#include "placement/EvacuationPlanner.h"

#include "PlacementFixtures.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace welkin;
using namespace welkin::fixtures;

namespace {

// Memory of running VMs per host once the plan ran.
QHash<QString, quint64> memoryAfter(const QList<PlacementVm> &vms, const QList<PlannedMove> &moves)
{
    QHash<QString, QString> placed;
    for (const PlannedMove &move : moves)
        placed.insert(move.vmId, move.toHostId);
    QHash<QString, quint64> used;
    for (const PlacementVm &v : vms) {
        if (v.running)
            used[placed.value(v.id, v.hostId)] += v.memoryKiB;
    }
    return used;
}

QStringList movedIds(const EvacuationPlan &plan)
{
    QStringList ids;
    for (const PlannedMove &move : plan.moves)
        ids << move.vmId;
    return ids;
}

} // namespace

class TestEvacuationPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptiesTheHostWithinCapacity()
    {
        QList<PlacementHost> hosts{host(u"host-m"_s), host(u"host-a"_s, 16, 48), host(u"host-b"_s, 16, 32),
                                   host(u"host-c"_s), host(u"host-x"_s), host(u"host-d"_s)};
        hosts[0].maintenance = true;
        hosts[4].maintenance = true; // idle, but in maintenance itself
        hosts[5].accepting = false;  // idle, but not connected
        QList<PlacementVm> vms;
        for (int i = 0; i < 10; ++i)
            vms.append(vm(u"m%1"_s.arg(i), u"host-m"_s, 0.5 + i * 0.1, 1 + quint64(i % 5) * 2));
        vms.append(vm(u"off"_s, u"host-m"_s, 0, 8));
        vms.last().running = false;
        vms.append(vm(u"a0"_s, u"host-a"_s, 2, 24));
        vms.append(vm(u"c0"_s, u"host-c"_s, 2, 40));

        const EvacuationPlan plan = planEvacuation(u"host-m"_s, hosts, vms, BalancePolicy{});
        QCOMPARE(plan.moves.size(), 10);
        QVERIFY(plan.stuck.isEmpty());
        QVERIFY2(plan.message.isEmpty(), qPrintable(plan.message));
        QVERIFY(!movedIds(plan).contains(u"off"_s)); // stopped VMs stay defined where they are
        for (const PlannedMove &move : plan.moves) {
            QCOMPARE(move.fromHostId, u"host-m"_s);
            QVERIFY2(move.toHostId == u"host-a"_s || move.toHostId == u"host-b"_s || move.toHostId == u"host-c"_s,
                     qPrintable(move.toHostId));
        }
        const QHash<QString, quint64> used = memoryAfter(vms, plan.moves);
        for (const PlacementHost &h : hosts)
            QVERIFY2(used.value(h.id) <= h.memoryKiB, qPrintable(h.id));
        QCOMPARE(used.value(u"host-m"_s), quint64(0)); // only the stopped VM is left, and it uses none

        // Biggest first (9 GiB VMs: m4 and m9, the busier one first), to the most free memory.
        QCOMPARE(plan.moves[0].vmId, u"m9"_s);
        QCOMPARE(plan.moves[0].toHostId, u"host-b"_s); // 32 GiB free, more than host-a's 24 and host-c's 24
        QCOMPARE(plan.moves[1].vmId, u"m4"_s);
        QVERIFY2(plan.moves[0].reason.startsWith(u"host-b has the most free memory"_s), qPrintable(plan.moves[0].reason));
    }

    void immovableAndTooBigVmsAreStuck()
    {
        const QList<PlacementHost> hosts{host(u"host-m"_s, 32, 256), host(u"host-a"_s), host(u"host-b"_s)};
        QList<PlacementVm> vms{vm(u"gpu"_s, u"host-m"_s, 2, 8), vm(u"huge"_s, u"host-m"_s, 4, 128),
                               vm(u"small"_s, u"host-m"_s, 1, 4), vm(u"pinned"_s, u"host-m"_s, 1, 4)};
        vms[0].movable = false;
        vms[0].immovableReason = u"uses a host device"_s;
        vms[3].movable = false;

        const EvacuationPlan plan = planEvacuation(u"host-m"_s, hosts, vms, BalancePolicy{});
        QCOMPARE(movedIds(plan), QStringList{u"small"_s});
        QCOMPARE(plan.stuck.size(), 3);
        QCOMPARE(plan.stuck[0].vmId, u"huge"_s);
        QVERIFY2(plan.stuck[0].reason.startsWith(u"No other host has 128"_s), qPrintable(plan.stuck[0].reason));
        QCOMPARE(plan.stuck[1], (StuckVm{u"gpu"_s, u"gpu"_s, u"uses a host device"_s}));
        QCOMPARE(plan.stuck[2].vmId, u"pinned"_s);
        QCOMPARE(plan.stuck[2].reason, u"It cannot be migrated."_s);
        QCOMPARE(plan.message, u"3 VMs cannot move and stay running on host-m."_s);
    }

    void ceilingsGiveWayBeforeAnyoneIsStuck()
    {
        // Both hosts are over the CPU ceiling already; the VM still goes, and the reason says so.
        const QList<PlacementHost> hosts{host(u"host-m"_s), host(u"host-a"_s), host(u"host-b"_s)};
        const QList<PlacementVm> vms{vm(u"m1"_s, u"host-m"_s, 2, 8), vm(u"a1"_s, u"host-a"_s, 13, 8),
                                     vm(u"b1"_s, u"host-b"_s, 12, 16)};
        EvacuationPlan plan = planEvacuation(u"host-m"_s, hosts, vms, BalancePolicy{});
        QCOMPARE(plan.moves.size(), 1);
        QCOMPARE(plan.moves[0].toHostId, u"host-a"_s); // the most free memory
        QVERIFY2(plan.moves[0].reason.startsWith(u"No host stays under the ceilings; host-a has room"_s),
                 qPrintable(plan.moves[0].reason));

        // A host under the ceilings wins over one with more free memory that is over them.
        QList<PlacementHost> withRoom = hosts;
        withRoom.append(host(u"host-c"_s, 16, 24));
        plan = planEvacuation(u"host-m"_s, withRoom, vms, BalancePolicy{});
        QCOMPARE(plan.moves.size(), 1);
        QCOMPARE(plan.moves[0].toHostId, u"host-c"_s);
    }

    void keepApartWherePossible()
    {
        // host-a has the most free memory but runs db2: db1 goes to host-b.
        const QList<PlacementHost> hosts{host(u"host-m"_s), host(u"host-a"_s, 16, 128), host(u"host-b"_s)};
        const QList<PlacementVm> vms{vm(u"db1"_s, u"host-m"_s, 1, 8, {u"db"_s}), vm(u"db2"_s, u"host-a"_s, 1, 8, {u"db"_s}),
                                     vm(u"db3"_s, u"host-m"_s, 1, 4, {u"db"_s})};
        BalancePolicy policy;
        policy.keepApartGroups = {u"db"_s};
        const EvacuationPlan plan = planEvacuation(u"host-m"_s, hosts, vms, policy);
        QCOMPARE(plan.moves.size(), 2);
        QCOMPARE(plan.moves[0].vmId, u"db1"_s);
        QCOMPARE(plan.moves[0].toHostId, u"host-b"_s);
        QVERIFY(!plan.moves[0].reason.contains(u"kept apart"_s));
        // db3 has no host left without a db VM: it still moves, and the reason names the group.
        QCOMPARE(plan.moves[1].vmId, u"db3"_s);
        QCOMPARE(plan.moves[1].toHostId, u"host-a"_s);
        QVERIFY2(plan.moves[1].reason.contains(u"“db”, which is kept apart"_s), qPrintable(plan.moves[1].reason));

        // Without the policy db1 takes the most free memory.
        QCOMPARE(planEvacuation(u"host-m"_s, hosts, vms, BalancePolicy{}).moves[0].toHostId, u"host-a"_s);
    }

    void nowhereToGo()
    {
        QList<PlacementHost> hosts{host(u"host-m"_s), host(u"host-x"_s)};
        hosts[1].maintenance = true;
        const QList<PlacementVm> vms{vm(u"m1"_s, u"host-m"_s, 1, 4), vm(u"m2"_s, u"host-m"_s, 1, 2)};
        const EvacuationPlan plan = planEvacuation(u"host-m"_s, hosts, vms, BalancePolicy{});
        QVERIFY(plan.moves.isEmpty());
        QCOMPARE(plan.stuck.size(), 2);
        QVERIFY2(plan.stuck[0].reason.startsWith(u"No other host of the pool can take VMs"_s),
                 qPrintable(plan.stuck[0].reason));
        QCOMPARE(plan.message, u"2 VMs cannot move and stay running on host-m."_s);
    }

    void messagesForNothingToDo()
    {
        const QList<PlacementHost> hosts{host(u"host-m"_s), host(u"host-a"_s)};
        QList<PlacementVm> vms{vm(u"a1"_s, u"host-a"_s, 1, 4)};
        EvacuationPlan plan = planEvacuation(u"host-m"_s, hosts, vms, BalancePolicy{});
        QVERIFY(plan.moves.isEmpty() && plan.stuck.isEmpty());
        QCOMPARE(plan.message, u"No VM runs on host-m: it can enter maintenance now."_s);

        plan = planEvacuation(u"host-z"_s, hosts, vms, BalancePolicy{});
        QCOMPARE(plan.message, u"host-z is not a host of this pool."_s);

        vms.append(vm(u"m1"_s, u"host-m"_s, 1, 4));
        BalancePolicy bad;
        bad.memoryCeilingPercent = 0;
        plan = planEvacuation(u"host-m"_s, hosts, vms, bad);
        QVERIFY(plan.moves.isEmpty());
        QCOMPARE(plan.message, bad.validate());
        QVERIFY(!plan.message.isEmpty());
        QCOMPARE(planEvacuation(u"host-m"_s, hosts, vms, BalancePolicy{}).moves.size(), 1);
    }

    void cooldownDoesNotHoldAnEvacuation()
    {
        const QList<PlacementHost> hosts{host(u"host-m"_s), host(u"host-a"_s)};
        QList<PlacementVm> vms{vm(u"m1"_s, u"host-m"_s, 1, 4)};
        vms[0].lastMovedMs = 1'700'000'000'000;
        const EvacuationPlan plan = planEvacuation(u"host-m"_s, hosts, vms, BalancePolicy{});
        QCOMPARE(movedIds(plan), QStringList{u"m1"_s});
    }
};

QTEST_GUILESS_MAIN(TestEvacuationPlanner)
#include "tst_evacuationplanner.moc"
