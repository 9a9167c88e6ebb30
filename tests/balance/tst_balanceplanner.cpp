// Advisory balancing on synthetic pools: an overloaded host is relieved, memory capacity is never
// exceeded, nothing ping-pongs over 20 rounds of changing load, maintenance hosts are left alone,
// keep-apart groups stay apart, the cooldown and the minimum benefit hold, bad policies and
// one-host pools get their message, and the plan does not depend on the order of the input.
#include "placement/BalancePlanner.h"

#include "PlacementFixtures.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using namespace welkin;
using namespace welkin::fixtures;

namespace {

constexpr qint64 T0 = 1'700'000'000'000;
constexpr qint64 Minute = 60'000;

const HostLoad &loadOf(const QList<HostLoad> &loads, const QString &hostId)
{
    for (const HostLoad &load : loads) {
        if (load.hostId == hostId)
            return load;
    }
    static const HostLoad none{{}, std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::quiet_NaN()};
    return none;
}

// The VMs where the plan puts them, marked as moved at `nowMs`.
void applyPlan(QList<PlacementVm> &vms, const QList<PlannedMove> &moves, qint64 nowMs)
{
    for (const PlannedMove &move : moves) {
        for (PlacementVm &v : vms) {
            if (v.id == move.vmId) {
                QCOMPARE(v.hostId, move.fromHostId);
                v.hostId = move.toHostId;
                v.lastMovedMs = nowMs;
            }
        }
    }
}

// Sum of running VMs' memory per host never above its capacity; returns the worst host, if any.
QString overCommitted(const QList<PlacementHost> &hosts, const QList<PlacementVm> &vms)
{
    for (const PlacementHost &h : hosts) {
        quint64 used = 0;
        for (const PlacementVm &v : vms) {
            if (v.running && v.hostId == h.id)
                used += v.memoryKiB;
        }
        if (used > h.memoryKiB)
            return h.id;
    }
    return {};
}

// `hostCount` hosts of 16 cores / 64 GiB, `perHost` VMs each with random demands: about 35 % CPU
// and 65 % memory per host, except the first, which gets 2.5 times the CPU and starts over the
// CPU ceiling.
struct Pool {
    QList<PlacementHost> hosts;
    QList<PlacementVm> vms;
};

Pool randomPool(quint32 seed, int hostCount, int perHost)
{
    QRandomGenerator random(seed);
    Pool pool;
    for (int h = 0; h < hostCount; ++h)
        pool.hosts.append(host(u"host-%1"_s.arg(h, 2, 10, QChar(u'0')), 16, 64));
    for (int h = 0; h < hostCount; ++h) {
        for (int i = 0; i < perHost; ++i) {
            const double cores = (0.2 + random.bounded(1.0)) * 8.0 / perHost * (h == 0 ? 2.5 : 1.0);
            const quint64 memory = 1 + random.bounded(std::max(1, 72 / perHost)); // about 65 % of 64 GiB
            pool.vms.append(vm(u"vm-%1-%2"_s.arg(h).arg(i), pool.hosts[h].id, cores, memory));
        }
    }
    return pool;
}

} // namespace

class TestBalancePlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void overloadedHostIsRelievedBySmallestSufficientVm()
    {
        // host-a: 12 of 16 cores = 75 %. Every VM of 1 core or more brings it under 70 %; the
        // smallest of those goes, to the host with the most headroom.
        const QList<PlacementHost> hosts{host(u"host-a"_s), host(u"host-b"_s), host(u"host-c"_s)};
        const QList<PlacementVm> vms{
            vm(u"a1"_s, u"host-a"_s, 4, 8), vm(u"a2"_s, u"host-a"_s, 3, 4), vm(u"a3"_s, u"host-a"_s, 2, 4),
            vm(u"a4"_s, u"host-a"_s, 2, 2), vm(u"a5"_s, u"host-a"_s, 1, 1),
            vm(u"b1"_s, u"host-b"_s, 4, 8), vm(u"c1"_s, u"host-c"_s, 2, 4),
        };
        const BalancePlan plan = planBalance(hosts, vms, BalancePolicy{}, T0);
        QCOMPARE(plan.moves.size(), 1);
        const PlannedMove &move = plan.moves.first();
        QCOMPARE(move.vmId, u"a5"_s);
        QCOMPARE(move.fromHostId, u"host-a"_s);
        QCOMPARE(move.toHostId, u"host-c"_s);
        QCOMPARE(move.reason, u"host-a CPU 75% → 69%"_s);
        QCOMPARE(loadOf(plan.before, u"host-a"_s).cpuPercent, 75.0);
        QCOMPARE(loadOf(plan.after, u"host-a"_s).cpuPercent, 68.75);
        QCOMPARE(loadOf(plan.after, u"host-c"_s).cpuPercent, 18.75);
        QCOMPARE(loadOf(plan.after, u"host-b"_s).cpuPercent, 25.0);
        QVERIFY2(plan.message.isEmpty(), qPrintable(plan.message));
        QCOMPARE(loadsAfter(hosts, vms, plan.moves).size(), 3);
        QCOMPARE(loadOf(loadsAfter(hosts, vms, plan.moves), u"host-a"_s).cpuPercent, 68.75);
    }

    void heavyOverloadTakesSeveralMoves()
    {
        // 15.2 of 16 cores (95 %) on host-a: no single VM suffices, so the biggest reliefs go first.
        QList<PlacementHost> hosts{host(u"host-a"_s), host(u"host-b"_s), host(u"host-c"_s), host(u"host-d"_s)};
        QList<PlacementVm> vms;
        for (int i = 0; i < 8; ++i)
            vms.append(vm(u"a%1"_s.arg(i), u"host-a"_s, 1.9, 4));
        vms.append(vm(u"b0"_s, u"host-b"_s, 6, 16));
        const BalancePlan plan = planBalance(hosts, vms, BalancePolicy{}, T0);
        QCOMPARE(plan.moves.size(), 3); // 95 → 83 → 71 → 59
        for (const PlannedMove &move : plan.moves) {
            QCOMPARE(move.fromHostId, u"host-a"_s);
            QVERIFY(move.toHostId != u"host-a"_s);
            QVERIFY2(loadOf(plan.after, move.toHostId).cpuPercent <= 70, qPrintable(move.toHostId));
        }
        QCOMPARE(plan.moves[0].reason, u"host-a CPU 95% → 83%"_s);
        QVERIFY(loadOf(plan.after, u"host-a"_s).cpuPercent <= 70);
        QVERIFY(plan.message.isEmpty());
    }

    void memoryOverloadAndCapacity()
    {
        // host-a is over the memory ceiling (60 of 64 GiB). host-b has CPU room but only 12 GiB
        // free: the 16 GiB VM must not go there even though nothing else would relieve host-a.
        const QList<PlacementHost> hosts{host(u"host-a"_s), host(u"host-b"_s)};
        QList<PlacementVm> vms{vm(u"big"_s, u"host-a"_s, 1, 16), vm(u"mid"_s, u"host-a"_s, 1, 44),
                               vm(u"full"_s, u"host-b"_s, 1, 52)};
        BalancePlan plan = planBalance(hosts, vms, BalancePolicy{}, T0);
        QVERIFY(plan.moves.isEmpty());
        QVERIFY2(plan.message.contains(u"host-a"_s), qPrintable(plan.message));
        QCOMPARE(loadOf(plan.after, u"host-b"_s).memoryPercent, 81.25);

        // With room on host-c, the smaller VM that brings host-a under 85 % goes there.
        QList<PlacementHost> three = hosts;
        three.append(host(u"host-c"_s));
        plan = planBalance(three, vms, BalancePolicy{}, T0);
        QCOMPARE(plan.moves.size(), 1);
        QCOMPARE(plan.moves[0].vmId, u"big"_s);
        QCOMPARE(plan.moves[0].toHostId, u"host-c"_s);
        QCOMPARE(plan.moves[0].reason, u"host-a memory 94% → 69%"_s);
        applyPlan(vms, plan.moves, T0);
        QCOMPARE(overCommitted(three, vms), QString());
    }

    void memoryCapacityHoldsForAHeavilyLoadedSource()
    {
        // host-a stays far over the CPU ceiling whatever leaves it, so a destination loaded less
        // than it would pass the other tests: only memory capacity keeps the 40 GiB VM off host-b
        // (30 of 64 GiB used).
        const QList<PlacementHost> hosts{host(u"host-a"_s), host(u"host-b"_s)};
        QList<PlacementVm> vms{vm(u"big"_s, u"host-a"_s, 1, 40), vm(u"hog"_s, u"host-a"_s, 15, 4),
                               vm(u"b1"_s, u"host-b"_s, 1, 30)};
        vms[1].movable = false;
        BalancePolicy policy;
        policy.memoryCeilingPercent = 100;
        BalancePlan plan = planBalance(hosts, vms, policy, T0);
        QVERIFY(plan.moves.isEmpty());
        QCOMPARE(loadOf(plan.after, u"host-b"_s).memoryPercent, 46.875);

        QList<PlacementHost> three = hosts;
        three.append(host(u"host-c"_s));
        plan = planBalance(three, vms, policy, T0);
        QCOMPARE(plan.moves.size(), 1);
        QCOMPARE(plan.moves[0].toHostId, u"host-c"_s);
    }

    void memoryNeverExceededOnRandomPools()
    {
        BalancePolicy policy;
        policy.maxMovesPerRound = 50;
        policy.memoryCeilingPercent = 100; // only the capacity itself guards memory here
        int totalMoves = 0;
        for (quint32 seed = 1; seed <= 40; ++seed) {
            Pool pool = randomPool(seed, 8, 14);
            // host-00 far over the CPU ceiling: it stays the most loaded host while it sheds VMs.
            for (PlacementVm &v : pool.vms) {
                if (v.hostId == u"host-00")
                    v.cpuCores *= 1.6;
            }
            // Crowd memory: hosts of different sizes, some nearly full.
            for (int h = 0; h < pool.hosts.size(); ++h)
                pool.hosts[h].memoryKiB = (40 + 8 * quint64(h % 4)) * GiB;
            const BalancePlan plan = planBalance(pool.hosts, pool.vms, policy, T0);
            totalMoves += int(plan.moves.size());
            applyPlan(pool.vms, plan.moves, T0);
            // Hosts that were over capacity already (the random fill) may only have shed VMs.
            for (const PlannedMove &move : plan.moves) {
                const HostLoad &to = loadOf(plan.after, move.toHostId);
                QVERIFY2(to.memoryPercent <= 100.0, qPrintable(u"seed %1 %2"_s.arg(seed).arg(move.toHostId)));
                QVERIFY2(to.cpuPercent <= policy.cpuCeilingPercent, qPrintable(move.toHostId));
            }
        }
        QVERIFY(totalMoves > 40); // the pools did need balancing
    }

    void noPingPongOver20Rounds_data()
    {
        QTest::addColumn<int>("cooldownMinutes");
        QTest::addColumn<double>("wobble"); // each VM's demand moves by up to this share each round
        QTest::addColumn<double>("busy");   // every VM's demand times this
        QTest::addColumn<bool>("settles");  // no moves in the last ten rounds
        QTest::newRow("cooldown 60 min") << 60 << 0.03 << 1.0 << true;
        // The hysteresis alone must hold, also when hosts near the ceiling wobble across it.
        QTest::newRow("no cooldown") << 0 << 0.03 << 1.0 << true;
        QTest::newRow("no cooldown, busy pool") << 0 << 0.10 << 1.7 << false;
    }

    void noPingPongOver20Rounds()
    {
        QFETCH(int, cooldownMinutes);
        QFETCH(double, wobble);
        QFETCH(double, busy);
        QFETCH(bool, settles);
        Pool pool = randomPool(7, 6, 12);
        for (PlacementVm &v : pool.vms)
            v.cpuCores *= busy;
        const QList<PlacementVm> base = pool.vms;
        BalancePolicy policy;
        policy.cooldownMinutes = cooldownMinutes;
        QHash<QString, QStringList> path; // hosts each VM went through
        int lateMoves = 0;
        int totalMoves = 0;
        for (int round = 0; round < 20; ++round) {
            const qint64 now = T0 + round * 15 * Minute;
            // Loads wobble around their base each round, as averages do.
            for (int i = 0; i < pool.vms.size(); ++i)
                pool.vms[i].cpuCores = base[i].cpuCores * (1.0 + wobble * std::sin(round * 1.7 + i));
            const BalancePlan plan = planBalance(pool.hosts, pool.vms, policy, now);
            for (const PlannedMove &move : plan.moves) {
                QStringList &hops = path[move.vmId];
                if (hops.isEmpty())
                    hops << move.fromHostId;
                QVERIFY2(!hops.contains(move.toHostId),
                         qPrintable(u"round %1: %2 back to %3 (%4)"_s.arg(round).arg(move.vmId, move.toHostId,
                                                                                   hops.join(u" → "_s))));
                hops << move.toHostId;
            }
            totalMoves += int(plan.moves.size());
            if (round >= 10)
                lateMoves += int(plan.moves.size());
            applyPlan(pool.vms, plan.moves, now);
            QCOMPARE(overCommitted(pool.hosts, pool.vms), QString());
        }
        QVERIFY(totalMoves > 0);
        if (settles)
            QCOMPARE(lateMoves, 0); // wobble alone does not cause moves
    }

    void maintenanceAndDisconnectedHostsUntouched()
    {
        // host-m is in maintenance and idle (the best destination otherwise), host-x is in
        // maintenance and overloaded, host-d is not connected and idle.
        QList<PlacementHost> hosts{host(u"host-a"_s), host(u"host-b"_s), host(u"host-m"_s), host(u"host-x"_s),
                                   host(u"host-d"_s)};
        hosts[2].maintenance = true;
        hosts[3].maintenance = true;
        hosts[4].accepting = false;
        QList<PlacementVm> vms;
        for (int i = 0; i < 6; ++i) {
            vms.append(vm(u"a%1"_s.arg(i), u"host-a"_s, 2.2, 4));
            vms.append(vm(u"x%1"_s.arg(i), u"host-x"_s, 2.5, 4));
        }
        vms.append(vm(u"b0"_s, u"host-b"_s, 4, 8));
        const BalancePlan plan = planBalance(hosts, vms, BalancePolicy{}, T0);
        QVERIFY(!plan.moves.isEmpty());
        for (const PlannedMove &move : plan.moves) {
            QCOMPARE(move.fromHostId, u"host-a"_s);
            QCOMPARE(move.toHostId, u"host-b"_s);
        }
        QCOMPARE(loadOf(plan.after, u"host-x"_s).cpuPercent, loadOf(plan.before, u"host-x"_s).cpuPercent);
        QCOMPARE(loadOf(plan.after, u"host-m"_s).cpuPercent, 0.0);
    }

    void keepApartGroupsAreSeparated()
    {
        // db1 and db2 share host-a; host-b already runs db3, so the one that moves goes to host-c
        // although host-b is less loaded.
        const QList<PlacementHost> hosts{host(u"host-a"_s), host(u"host-b"_s), host(u"host-c"_s)};
        QList<PlacementVm> vms{vm(u"db1"_s, u"host-a"_s, 1, 8, {u"db"_s}), vm(u"db2"_s, u"host-a"_s, 1, 4, {u"db"_s}),
                               vm(u"db3"_s, u"host-b"_s, 0.5, 2, {u"db"_s}), vm(u"web1"_s, u"host-c"_s, 4, 8),
                               vm(u"web2"_s, u"host-a"_s, 1, 2)};
        BalancePolicy policy;
        policy.keepApartGroups = {u"db"_s};
        BalancePlan plan = planBalance(hosts, vms, policy, T0);
        QCOMPARE(plan.moves.size(), 1);
        QCOMPARE(plan.moves[0].vmId, u"db2"_s); // the smaller of the two
        QCOMPARE(plan.moves[0].toHostId, u"host-c"_s);
        QVERIFY2(plan.moves[0].reason.contains(u"“db”"_s) && plan.moves[0].reason.contains(u"host-a"_s),
                 qPrintable(plan.moves[0].reason));

        // Without the policy nothing is wrong with this pool.
        plan = planBalance(hosts, vms, BalancePolicy{}, T0);
        QVERIFY(plan.moves.isEmpty());
        QCOMPARE(plan.message, u"Every host is below its ceilings."_s);

        // Balancing does not break the groups either: host-a is overloaded, its best candidate is
        // a db VM, and the least loaded host (host-b) runs one already.
        QList<PlacementVm> loaded{vm(u"db1"_s, u"host-a"_s, 1.2, 2, {u"db"_s}), vm(u"a1"_s, u"host-a"_s, 5, 8),
                                  vm(u"a2"_s, u"host-a"_s, 6, 8), vm(u"db2"_s, u"host-b"_s, 0.2, 2, {u"db"_s}),
                                  vm(u"c1"_s, u"host-c"_s, 3, 4)};
        plan = planBalance(hosts, loaded, policy, T0);
        QCOMPARE(plan.moves.size(), 1);
        QCOMPARE(plan.moves[0].vmId, u"db1"_s);
        QCOMPARE(plan.moves[0].toHostId, u"host-c"_s);
        applyPlan(loaded, plan.moves, T0);
        QHash<QString, int> dbPerHost;
        for (const PlacementVm &v : loaded) {
            if (v.groups.contains(u"db"_s))
                ++dbPerHost[v.hostId];
        }
        for (auto it = dbPerHost.cbegin(); it != dbPerHost.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
    }

    void groupThatCannotSeparateIsNamed()
    {
        const QList<PlacementHost> hosts{host(u"host-a"_s), host(u"host-b"_s)};
        const QList<PlacementVm> vms{vm(u"db1"_s, u"host-a"_s, 1, 8, {u"db"_s}), vm(u"db2"_s, u"host-a"_s, 1, 4, {u"db"_s}),
                                     vm(u"db3"_s, u"host-b"_s, 1, 4, {u"db"_s})};
        BalancePolicy policy;
        policy.keepApartGroups = {u"db"_s};
        const BalancePlan plan = planBalance(hosts, vms, policy, T0);
        QVERIFY(plan.moves.isEmpty());
        QVERIFY2(plan.message.contains(u"“db”"_s) && plan.message.contains(u"host-a"_s), qPrintable(plan.message));
    }

    void onePoolHostHasNowhereToMove()
    {
        QList<PlacementHost> hosts{host(u"host-a"_s, 4)};
        const QList<PlacementVm> vms{vm(u"a1"_s, u"host-a"_s, 4, 8)};
        BalancePlan plan = planBalance(hosts, vms, BalancePolicy{}, T0);
        QVERIFY(plan.moves.isEmpty());
        QCOMPARE(plan.message, u"The pool has only one host: there is nowhere to move VMs."_s);
        QCOMPARE(plan.before.size(), 1);
        QCOMPARE(plan.before[0].cpuPercent, 100.0);
        QCOMPARE(plan.after[0].cpuPercent, 100.0);

        hosts.append(host(u"host-m"_s));
        hosts.last().maintenance = true;
        plan = planBalance(hosts, vms, BalancePolicy{}, T0);
        QVERIFY(plan.moves.isEmpty());
        QVERIFY2(plan.message.startsWith(u"Fewer than two hosts"_s), qPrintable(plan.message));

        plan = planBalance({}, {}, BalancePolicy{}, T0);
        QCOMPARE(plan.message, u"The pool has no hosts."_s);
    }

    void badPolicyIsRefusedWithItsMessage_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("expected");
        const QString cpu = u"The CPU ceiling must be above 0% and at most 100%; it is %1%."_s;
        const QString memory = u"The memory ceiling must be above 0% and at most 100%; it is %1%."_s;
        QTest::newRow("cpu 0") << u"cpu"_s << 0.0 << cpu.arg(0);
        QTest::newRow("cpu 101") << u"cpu"_s << 101.0 << cpu.arg(101);
        QTest::newRow("cpu -5") << u"cpu"_s << -5.0 << cpu.arg(-5);
        QTest::newRow("memory 0") << u"memory"_s << 0.0 << memory.arg(0);
        QTest::newRow("memory 150") << u"memory"_s << 150.0 << memory.arg(150);
        QTest::newRow("window 0") << u"window"_s << 0.0
                                  << u"The averaging window must be at least one minute; it is 0."_s;
        QTest::newRow("benefit -1") << u"benefit"_s << -1.0
                                    << u"The minimum benefit of a move must be between 0 and 100 percentage points; it is -1."_s;
        QTest::newRow("moves 0") << u"moves"_s << 0.0
                                 << u"At least one move per round must be allowed; the maximum is 0."_s;
        QTest::newRow("cooldown -10") << u"cooldown"_s << -10.0
                                      << u"The time before a moved VM may move again cannot be negative; it is -10 minutes."_s;
    }

    void badPolicyIsRefusedWithItsMessage()
    {
        QFETCH(QString, field);
        QFETCH(double, value);
        QFETCH(QString, expected);
        BalancePolicy policy;
        QCOMPARE(policy.validate(), QString());
        if (field == u"cpu")
            policy.cpuCeilingPercent = value;
        else if (field == u"memory")
            policy.memoryCeilingPercent = value;
        else if (field == u"window")
            policy.windowMinutes = int(value);
        else if (field == u"benefit")
            policy.minBenefitPercent = value;
        else if (field == u"moves")
            policy.maxMovesPerRound = int(value);
        else if (field == u"cooldown")
            policy.cooldownMinutes = int(value);
        QCOMPARE(policy.validate(), expected);

        // A pool that needs balancing gets no moves, only the message.
        const QList<PlacementHost> hosts{host(u"host-a"_s), host(u"host-b"_s)};
        const QList<PlacementVm> vms{vm(u"a1"_s, u"host-a"_s, 8, 8), vm(u"a2"_s, u"host-a"_s, 6, 8)};
        QVERIFY(!planBalance(hosts, vms, BalancePolicy{}, T0).moves.isEmpty());
        const BalancePlan plan = planBalance(hosts, vms, policy, T0);
        QVERIFY(plan.moves.isEmpty());
        QCOMPARE(plan.message, expected);
        QCOMPARE(plan.before.size(), 2);
    }

    void ceilingOf100AndNaNCeiling()
    {
        BalancePolicy policy;
        policy.cpuCeilingPercent = 100;
        policy.memoryCeilingPercent = 100;
        QCOMPARE(policy.validate(), QString());
        policy.cpuCeilingPercent = std::numeric_limits<double>::quiet_NaN();
        QVERIFY(policy.validate().startsWith(u"The CPU ceiling"_s));
    }

    void cooldownKeepsRecentlyMovedVmsInPlace()
    {
        // Only a1 relieves host-a by 5 points or more; it moved 10 minutes ago.
        const QList<PlacementHost> hosts{host(u"host-a"_s), host(u"host-b"_s)};
        QList<PlacementVm> vms{vm(u"a1"_s, u"host-a"_s, 2, 4), vm(u"a2"_s, u"host-a"_s, 9.6, 8)};
        vms[1].movable = false;
        vms[1].immovableReason = u"uses a host device"_s;
        vms[0].lastMovedMs = T0 - 10 * Minute;
        BalancePlan plan = planBalance(hosts, vms, BalancePolicy{}, T0);
        QVERIFY(plan.moves.isEmpty());
        QVERIFY2(plan.message.startsWith(u"No move within the policy relieves host-a"_s), qPrintable(plan.message));

        vms[0].lastMovedMs = T0 - 61 * Minute;
        plan = planBalance(hosts, vms, BalancePolicy{}, T0);
        QCOMPARE(plan.moves.size(), 1);
        QCOMPARE(plan.moves[0].vmId, u"a1"_s);
    }

    void stoppedAndUnknownVmsStay()
    {
        const QList<PlacementHost> hosts{host(u"host-a"_s), host(u"host-b"_s)};
        QList<PlacementVm> vms{vm(u"a1"_s, u"host-a"_s, 8, 8), vm(u"a2"_s, u"host-a"_s, 6, 8),
                               vm(u"ghost"_s, u"host-z"_s, 16, 8)};
        vms[0].running = false; // does not load host-a: 6 cores = 37.5 %
        const BalancePlan plan = planBalance(hosts, vms, BalancePolicy{}, T0);
        QVERIFY(plan.moves.isEmpty());
        QCOMPARE(loadOf(plan.before, u"host-a"_s).cpuPercent, 37.5);
        QCOMPARE(plan.message, u"Every host is below its ceilings."_s);
    }

    void minimumBenefitFiltersTinyMoves()
    {
        // 71.1 % made of VMs worth 0.78 points each: below a 5-point benefit none is worth moving.
        const QList<PlacementHost> hosts{host(u"host-a"_s), host(u"host-b"_s)};
        QList<PlacementVm> vms;
        for (int i = 0; i < 91; ++i)
            vms.append(vm(u"a%1"_s.arg(i, 3, 10, QChar(u'0')), u"host-a"_s, 0.125, 0));
        BalancePlan plan = planBalance(hosts, vms, BalancePolicy{}, T0);
        QVERIFY(plan.moves.isEmpty());
        QVERIFY2(plan.message.contains(u"host-a"_s), qPrintable(plan.message));

        BalancePolicy any;
        any.minBenefitPercent = 0;
        plan = planBalance(hosts, vms, any, T0);
        QCOMPARE(plan.moves.size(), 2); // 71.09 → 70.31 → 69.53
        QCOMPARE(plan.moves[0].vmId, u"a000"_s); // equal VMs: by id
        QCOMPARE(plan.moves[1].vmId, u"a001"_s);
    }

    void destinationNeverEndsAboveItsSource()
    {
        // host-a (16 cores) at 72.5 %: only a1 (3.2 cores, 20 points) is worth moving, leaving
        // 52.5 %. host-b has 8 cores: +3.2 cores is +40 points on it.
        const QList<PlacementHost> hosts{host(u"host-a"_s), host(u"host-b"_s, 8)};
        QList<PlacementVm> vms{vm(u"a1"_s, u"host-a"_s, 3.2, 4), vm(u"a2"_s, u"host-a"_s, 8.4, 4),
                               vm(u"b1"_s, u"host-b"_s, 2, 4)};
        vms[1].movable = false;
        // host-b would end at 65 %: under its ceiling, but above host-a's 52.5 %.
        BalancePlan plan = planBalance(hosts, vms, BalancePolicy{}, T0);
        QVERIFY(plan.moves.isEmpty());

        vms[2].cpuCores = 0.4; // host-b now ends at 45 %
        plan = planBalance(hosts, vms, BalancePolicy{}, T0);
        QCOMPARE(plan.moves.size(), 1);
        QCOMPARE(plan.moves[0].vmId, u"a1"_s);
    }

    void measuredHostLoadIsUsed()
    {
        // host-a's own figure (90 %) counts, not the sum of its VMs (25 %).
        QList<PlacementHost> hosts{host(u"host-a"_s), host(u"host-b"_s)};
        hosts[0].cpuPercent = 90;
        hosts[1].memoryUsedKiB = 32 * GiB;
        const QList<PlacementVm> vms{vm(u"a1"_s, u"host-a"_s, 4, 8)};
        const BalancePlan plan = planBalance(hosts, vms, BalancePolicy{}, T0);
        QCOMPARE(loadOf(plan.before, u"host-a"_s).cpuPercent, 90.0);
        QCOMPARE(loadOf(plan.before, u"host-b"_s).memoryPercent, 50.0);
        QCOMPARE(plan.moves.size(), 1);
        QCOMPARE(plan.moves[0].reason, u"host-a CPU 90% → 65%"_s);
        QCOMPARE(loadOf(plan.after, u"host-b"_s).memoryPercent, 62.5);
    }

    void maxMovesPerRoundIsHonoured()
    {
        const Pool pool = randomPool(3, 6, 20);
        BalancePolicy policy;
        policy.maxMovesPerRound = 2;
        const BalancePlan plan = planBalance(pool.hosts, pool.vms, policy, T0);
        QCOMPARE(plan.moves.size(), 2);
        QVERIFY(loadOf(plan.after, u"host-00"_s).cpuPercent > 70);
        QVERIFY2(plan.message.contains(u"2 moves per round"_s), qPrintable(plan.message));
    }

    void planIsDeterministicWhateverTheInputOrder()
    {
        // Three hosts over the ceiling; two keep-apart groups scattered over the pool, one of
        // them crowded on host-04 and host-06.
        Pool pool = randomPool(11, 10, 15);
        for (int i = 0; i < pool.vms.size(); ++i) {
            PlacementVm &v = pool.vms[i];
            if (v.hostId == u"host-01" || v.hostId == u"host-02")
                v.cpuCores *= 2.2;
            if (i % 14 == 0)
                v.groups = {i % 28 ? u"g1"_s : u"g2"_s};
            if (v.id == u"vm-4-0" || v.id == u"vm-4-1" || v.id == u"vm-6-0" || v.id == u"vm-6-1")
                v.groups = {u"g1"_s};
        }
        BalancePolicy policy;
        policy.maxMovesPerRound = 20;
        policy.keepApartGroups = {u"g1"_s, u"g2"_s};
        const BalancePlan first = planBalance(pool.hosts, pool.vms, policy, T0);
        QVERIFY(first.moves.size() >= 5);
        QCOMPARE(planBalance(pool.hosts, pool.vms, policy, T0).moves, first.moves);

        QList<PlacementHost> hosts(pool.hosts.crbegin(), pool.hosts.crend());
        QList<PlacementVm> vms(pool.vms.crbegin(), pool.vms.crend());
        QCOMPARE(planBalance(hosts, vms, policy, T0).moves, first.moves);
    }
};

QTEST_GUILESS_MAIN(TestBalancePlanner)
#include "tst_balanceplanner.moc"
