// Benchmark (not a test): the placement planners on a large synthetic pool.
//
//   bench_balance [--hosts 500] [--vms 50000] [--runs 7] [--seed 42]
//
// Hosts of 32 to 64 cores and 256 to 512 GiB; VMs spread evenly (18 % of them three to six times
// the size of the small ones, 2 % fifteen to thirty times), one host in ten over the CPU ceiling
// and one in twenty over the memory ceiling, 1 % of the VMs in keep-apart groups of
// three, 1 % not movable, 2 % moved within the cooldown. Times (median of --runs, inputs
// included in none of them):
//   plan_ms          planBalance with the default policy (5 moves per round)
//   plan_all_ms      planBalance allowed to move as much as it wants (a whole pool put right)
//   evacuate_ms      planEvacuation of the host with the most VMs
// Prints key=value lines.
#include "placement/BalancePlanner.h"
#include "placement/EvacuationPlanner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>

using namespace welkin;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Now = 1'700'000'000'000;
constexpr quint64 GiB = 1024 * 1024; // in KiB

void report(const char *key, double value, const char *unit)
{
    std::printf("%s=%.2f %s\n", key, value, unit);
    std::fflush(stdout);
}

struct Pool {
    QList<PlacementHost> hosts;
    QList<PlacementVm> vms;
};

Pool syntheticPool(int hostCount, int vmCount, quint32 seed)
{
    QRandomGenerator random(seed);
    const auto between = [&random](double low, double high) { return low + random.bounded(high - low); };
    Pool pool;
    pool.hosts.reserve(hostCount);
    pool.vms.reserve(vmCount);
    int group = 0;
    for (int h = 0; h < hostCount; ++h) {
        PlacementHost host;
        host.id = u"host@pool-%1"_s.arg(h, 4, 10, QChar(u'0'));
        host.name = u"kvm%1"_s.arg(h);
        host.cpus = 32 + 16 * int(random.bounded(3));
        host.memoryKiB = (256 + 128 * quint64(random.bounded(3))) * GiB;
        pool.hosts.append(host);

        const double cpuFill = h % 10 == 0 ? between(0.78, 0.95) : between(0.25, 0.6);
        const double memoryFill = h % 20 == 5 ? between(0.87, 0.95) : between(0.4, 0.75);
        const int here = vmCount / hostCount + (h < vmCount % hostCount ? 1 : 0);
        // Sizes: most VMs small, 18 % three to six times larger, 2 % fifteen to thirty times.
        std::vector<double> size(static_cast<size_t>(here));
        double total = 0;
        for (double &weight : size) {
            const quint32 kind = random.bounded(100u);
            weight = kind < 2 ? between(15.0, 30.0) : kind < 20 ? between(3.0, 6.0) : between(0.5, 1.5);
            total += weight;
        }
        for (int i = 0; i < here; ++i) {
            PlacementVm vm;
            vm.id = u"vm-%1-%2"_s.arg(h).arg(i);
            vm.name = vm.id;
            vm.hostId = host.id;
            const double share = size[size_t(i)] / total;
            vm.cpuCores = cpuFill * host.cpus * share * between(0.7, 1.3);
            vm.vcpus = std::max(1, int(std::ceil(vm.cpuCores)));
            vm.memoryKiB = quint64(memoryFill * double(host.memoryKiB) * share * between(0.8, 1.2));
            const quint32 dice = random.bounded(100u);
            if (dice == 0) {
                vm.groups = {u"apart-%1"_s.arg(group++ / 3)};
            } else if (dice == 1) {
                vm.movable = false;
                vm.immovableReason = u"uses a host device"_s;
            } else if (dice <= 3) {
                vm.lastMovedMs = Now - 10 * 60'000;
            }
            pool.vms.append(vm);
        }
    }
    return pool;
}

// Median wall time of `runs` calls, in ms.
double medianMs(int runs, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

int overCeiling(const QList<HostLoad> &loads, const BalancePolicy &policy)
{
    return int(std::count_if(loads.cbegin(), loads.cend(), [&policy](const HostLoad &load) {
        return load.cpuPercent > policy.cpuCeilingPercent || load.memoryPercent > policy.memoryCeilingPercent;
    }));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{u"hosts"_s, u"hosts in the pool"_s, u"n"_s, u"500"_s},
                       {u"vms"_s, u"VMs in the pool"_s, u"n"_s, u"50000"_s},
                       {u"runs"_s, u"runs per figure (the median is printed)"_s, u"n"_s, u"7"_s},
                       {u"seed"_s, u"seed of the synthetic pool"_s, u"n"_s, u"42"_s}});
    parser.process(app);
    const int hostCount = std::max(2, parser.value(u"hosts"_s).toInt());
    const int vmCount = std::max(1, parser.value(u"vms"_s).toInt());
    const int runs = std::max(1, parser.value(u"runs"_s).toInt());

    const Pool pool = syntheticPool(hostCount, vmCount, parser.value(u"seed"_s).toUInt());
    BalancePolicy policy;
    policy.keepApartGroups.reserve(vmCount / 300 + 1);
    for (int g = 0; g <= vmCount / 300; ++g)
        policy.keepApartGroups << u"apart-%1"_s.arg(g);
    report("hosts", hostCount, "");
    report("vms", vmCount, "");

    BalancePlan plan;
    report("plan_ms", medianMs(runs, [&] { plan = planBalance(pool.hosts, pool.vms, policy, Now); }), "ms");
    report("plan_moves", double(plan.moves.size()), "");
    report("hosts_over_ceiling_before", overCeiling(plan.before, policy), "");
    report("hosts_over_ceiling_after", overCeiling(plan.after, policy), "");

    BalancePolicy unbounded = policy;
    unbounded.maxMovesPerRound = vmCount;
    report("plan_all_ms", medianMs(runs, [&] { plan = planBalance(pool.hosts, pool.vms, unbounded, Now); }), "ms");
    report("plan_all_moves", double(plan.moves.size()), "");
    report("plan_all_hosts_over_ceiling_after", overCeiling(plan.after, unbounded), "");
    std::printf("plan_all_message=%s\n", qPrintable(plan.message));

    QHash<QString, int> perHost;
    for (const PlacementVm &vm : pool.vms)
        ++perHost[vm.hostId];
    QString busiest = pool.hosts.first().id;
    for (const PlacementHost &host : pool.hosts) {
        if (perHost.value(host.id) > perHost.value(busiest))
            busiest = host.id;
    }
    EvacuationPlan evacuation;
    report("evacuate_ms", medianMs(runs, [&] { evacuation = planEvacuation(busiest, pool.hosts, pool.vms, policy); }),
           "ms");
    report("evacuate_vms", perHost.value(busiest), "");
    report("evacuate_moves", double(evacuation.moves.size()), "");
    report("evacuate_stuck", double(evacuation.stuck.size()), "");
    return 0;
}
