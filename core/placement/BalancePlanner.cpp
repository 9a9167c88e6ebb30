#include "placement/BalancePlanner.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>
#include <queue>
#include <set>

namespace welkin {

using namespace Qt::StringLiterals;

QString BalancePolicy::validate() const
{
    // Written as "not inside" so that NaN is refused as well.
    if (!(cpuCeilingPercent > 0 && cpuCeilingPercent <= 100))
        return QCoreApplication::translate("welkin::BalancePlanner",
                                           "The CPU ceiling must be above 0% and at most 100%; it is %L1%.")
            .arg(cpuCeilingPercent);
    if (!(memoryCeilingPercent > 0 && memoryCeilingPercent <= 100))
        return QCoreApplication::translate("welkin::BalancePlanner",
                                           "The memory ceiling must be above 0% and at most 100%; it is %L1%.")
            .arg(memoryCeilingPercent);
    if (windowMinutes < 1)
        return QCoreApplication::translate("welkin::BalancePlanner",
                                           "The averaging window must be at least one minute; it is %L1.")
            .arg(windowMinutes);
    if (!(minBenefitPercent >= 0 && minBenefitPercent <= 100))
        return QCoreApplication::translate("welkin::BalancePlanner",
                                           "The minimum benefit of a move must be between 0 and 100 percentage "
                                           "points; it is %L1.")
            .arg(minBenefitPercent);
    if (maxMovesPerRound < 1)
        return QCoreApplication::translate("welkin::BalancePlanner",
                                           "At least one move per round must be allowed; the maximum is %L1.")
            .arg(maxMovesPerRound);
    if (cooldownMinutes < 0)
        return QCoreApplication::translate("welkin::BalancePlanner",
                                           "The time before a moved VM may move again cannot be negative; it is "
                                           "%L1 minutes.")
            .arg(cooldownMinutes);
    return {};
}

PoolLoad::PoolLoad(const QList<PlacementHost> &hosts, const QList<PlacementVm> &vms, const QStringList &keepApartGroups)
    : m_hosts(hosts)
    , m_vms(vms)
{
    // Only read from here on (at() and const members), so the lists stay shared with the caller's.
    const size_t hostCount = size_t(m_hosts.size());
    m_hostIndex.reserve(m_hosts.size());
    for (int h = 0; h < m_hosts.size(); ++h)
        m_hostIndex.insert(m_hosts.at(h).id, h);

    QHash<QString, int> groupIndex;
    for (const QString &group : keepApartGroups) {
        if (!group.isEmpty() && !groupIndex.contains(group)) {
            groupIndex.insert(group, int(m_groups.size()));
            m_groups.push_back(group);
        }
    }

    m_running.resize(hostCount);
    m_memoryUsedKiB.assign(hostCount, 0);
    m_groupCount.assign(m_groups.size() * hostCount, 0);
    m_vmHost.assign(size_t(m_vms.size()), -1);
    m_vmGroups.resize(size_t(m_vms.size()));
    std::vector<double> cores(hostCount, 0.0);
    for (int v = 0; v < m_vms.size(); ++v) {
        const PlacementVm &vm = m_vms.at(v);
        if (!vm.running)
            continue;
        const int h = hostIndex(vm.hostId);
        if (h < 0)
            continue;
        m_vmHost[size_t(v)] = h;
        m_running[size_t(h)].push_back(v);
        cores[size_t(h)] += vm.cpuCores;
        m_memoryUsedKiB[size_t(h)] += vm.memoryKiB;
        for (const QString &group : vm.groups) {
            const int g = groupIndex.value(group, -1);
            std::vector<int> &mine = m_vmGroups[size_t(v)];
            if (g >= 0 && std::find(mine.begin(), mine.end(), g) == mine.end()) {
                mine.push_back(g);
                ++m_groupCount[size_t(g) * hostCount + size_t(h)];
            }
        }
    }

    m_cpuPercent.resize(hostCount);
    for (size_t h = 0; h < hostCount; ++h) {
        const PlacementHost &host = m_hosts.at(qsizetype(h));
        if (std::isfinite(host.cpuPercent))
            m_cpuPercent[h] = host.cpuPercent;
        else
            m_cpuPercent[h] = host.cpus > 0 ? cores[h] * 100.0 / host.cpus : 0.0;
        if (host.memoryUsedKiB > 0)
            m_memoryUsedKiB[h] = host.memoryUsedKiB;
    }
}

quint64 PoolLoad::memoryFreeKiB(int h) const
{
    const quint64 used = m_memoryUsedKiB[size_t(h)];
    const quint64 capacity = m_hosts[h].memoryKiB;
    return capacity > used ? capacity - used : 0;
}

double PoolLoad::cpuPercentWith(int h, int v, int sign) const
{
    const int cpus = m_hosts[h].cpus;
    if (cpus <= 0)
        return m_cpuPercent[size_t(h)];
    return std::max(0.0, m_cpuPercent[size_t(h)] + sign * m_vms[v].cpuCores * 100.0 / cpus);
}

double PoolLoad::memoryPercentWith(int h, int v, int sign) const
{
    const quint64 used = m_memoryUsedKiB[size_t(h)];
    const quint64 vmKiB = m_vms[v].memoryKiB;
    const quint64 with = sign > 0 ? used + vmKiB : used - std::min(used, vmKiB);
    return percentOf(double(with), m_hosts[h].memoryKiB);
}

bool PoolLoad::keptApart(int v, int h) const
{
    for (int g : m_vmGroups[size_t(v)]) {
        const int others = groupCount(g, h) - (hostOf(v) == h ? 1 : 0);
        if (others > 0)
            return false;
    }
    return true;
}

bool PoolLoad::inGroup(int v, int g) const
{
    const std::vector<int> &mine = m_vmGroups[size_t(v)];
    return std::find(mine.begin(), mine.end(), g) != mine.end();
}

void PoolLoad::move(int v, int toHost)
{
    const int from = hostOf(v);
    if (from < 0 || from == toHost)
        return;
    const double fromCpu = cpuPercentWith(from, v, -1);
    const double toCpu = cpuPercentWith(toHost, v, +1);
    m_cpuPercent[size_t(from)] = fromCpu;
    m_cpuPercent[size_t(toHost)] = toCpu;
    const quint64 vmKiB = m_vms.at(v).memoryKiB;
    m_memoryUsedKiB[size_t(from)] -= std::min(m_memoryUsedKiB[size_t(from)], vmKiB);
    m_memoryUsedKiB[size_t(toHost)] += vmKiB;

    std::vector<int> &left = m_running[size_t(from)];
    left.erase(std::find(left.begin(), left.end(), v));
    m_running[size_t(toHost)].push_back(v);
    const size_t hostCount = size_t(m_hosts.size());
    for (int g : m_vmGroups[size_t(v)]) {
        --m_groupCount[size_t(g) * hostCount + size_t(from)];
        ++m_groupCount[size_t(g) * hostCount + size_t(toHost)];
    }
    m_vmHost[size_t(v)] = toHost;
}

QList<HostLoad> PoolLoad::loads() const
{
    constexpr double unknown = std::numeric_limits<double>::quiet_NaN();
    QList<HostLoad> loads;
    loads.reserve(m_hosts.size());
    for (int h = 0; h < m_hosts.size(); ++h) {
        const PlacementHost &host = m_hosts[h];
        const bool cpuKnown = host.cpus > 0 || std::isfinite(host.cpuPercent);
        loads.append({host.id, cpuKnown ? cpuPercent(h) : unknown, host.memoryKiB ? memoryPercent(h) : unknown});
    }
    return loads;
}

namespace {

QString percent(double value)
{
    return QLocale().toString(qRound(value));
}

// "a, b, c, …": host names in a message that stays one line.
QString nameList(const QStringList &names)
{
    constexpr int shown = 3;
    QString list = names.mid(0, shown).join(u", "_s);
    if (names.size() > shown)
        list += u", …"_s;
    return list;
}

// Smaller VMs first (less to copy), then by id so that equal VMs come out the same way every time.
bool smallerVm(const PlacementVm &a, const PlacementVm &b)
{
    if (a.memoryKiB != b.memoryKiB)
        return a.memoryKiB < b.memoryKiB;
    if (a.cpuCores != b.cpuCores)
        return a.cpuCores < b.cpuCores;
    return a.id < b.id;
}

// One round of balancing over a PoolLoad. Destinations are kept ordered by their pressure (the
// larger of CPU and memory load relative to its ceiling), so the host with the most headroom is
// found without scanning the pool; sources come from a heap of hosts over a ceiling.
class BalanceRound
{
public:
    BalanceRound(PoolLoad &pool, const BalancePolicy &policy, qint64 nowMs)
        : m_pool(pool)
        , m_policy(policy)
        , m_nowMs(nowMs)
        , m_moved(size_t(pool.vmCount()), 0)
    {
        rankHosts();
    }

    void separateGroups();
    void relieveOverloads();
    QString message() const;

    QList<PlannedMove> moves;

private:
    struct Slot {
        double pressure;
        int rank;
        int host;
        bool operator<(const Slot &other) const
        {
            return pressure != other.pressure ? pressure < other.pressure : rank < other.rank;
        }
    };

    void rankHosts();
    double pressure(int h) const;
    double excess(int h) const;
    bool full() const { return moves.size() >= m_policy.maxMovesPerRound; }
    bool canMove(int v) const;
    int destinationFor(int v, int from, double pressureBound) const;
    void apply(int v, int to, const QString &reason);
    void reslot(int h);

    PoolLoad &m_pool;
    const BalancePolicy &m_policy;
    qint64 m_nowMs;
    std::vector<char> m_moved;
    std::vector<int> m_rank;       // position of each host in id order: ties go the same way every time
    std::vector<int> m_byRank;
    std::vector<double> m_slotted; // the pressure each placeable host is filed under
    std::set<Slot> m_destinations;
    QStringList m_notes;
    bool m_stoppedAtMax = false;
};

void BalanceRound::rankHosts()
{
    const int hostCount = m_pool.hostCount();
    m_byRank.resize(size_t(hostCount));
    for (int h = 0; h < hostCount; ++h)
        m_byRank[size_t(h)] = h;
    std::stable_sort(m_byRank.begin(), m_byRank.end(),
                     [this](int a, int b) { return m_pool.host(a).id < m_pool.host(b).id; });
    m_rank.resize(size_t(hostCount));
    m_slotted.assign(size_t(hostCount), 0.0);
    for (int r = 0; r < hostCount; ++r) {
        const int h = m_byRank[size_t(r)];
        m_rank[size_t(h)] = r;
        if (m_pool.isPlaceable(h)) {
            m_slotted[size_t(h)] = pressure(h);
            m_destinations.insert({m_slotted[size_t(h)], r, h});
        }
    }
}

double BalanceRound::pressure(int h) const
{
    return std::max(m_pool.cpuPercent(h) / m_policy.cpuCeilingPercent,
                    m_pool.memoryPercent(h) / m_policy.memoryCeilingPercent);
}

// How far the host is over its ceilings, in points of the worse of the two; positive when over one.
double BalanceRound::excess(int h) const
{
    return std::max(m_pool.cpuPercent(h) - m_policy.cpuCeilingPercent,
                    m_pool.memoryPercent(h) - m_policy.memoryCeilingPercent);
}

bool BalanceRound::canMove(int v) const
{
    const PlacementVm &vm = m_pool.vm(v);
    const int h = m_pool.hostOf(v);
    if (h < 0 || !vm.movable || m_moved[size_t(v)] || !m_pool.isPlaceable(h))
        return false;
    const qint64 cooldownMs = qint64(m_policy.cooldownMinutes) * 60'000;
    return vm.lastMovedMs <= 0 || m_nowMs - vm.lastMovedMs >= cooldownMs;
}

// The placeable host that ends least loaded with `v` on it, under both ceilings, within memory
// capacity, keeping v's groups apart and ending no more loaded than `pressureBound`; -1 if none.
// A host's pressure only grows by taking the VM, so the walk stops at the first host already
// loaded beyond the bound or the best found.
int BalanceRound::destinationFor(int v, int from, double pressureBound) const
{
    const double limit = std::min(pressureBound, 1.0);
    double best = std::numeric_limits<double>::infinity();
    int bestHost = -1;
    for (const Slot &slot : m_destinations) {
        if (slot.pressure > limit || slot.pressure >= best)
            break;
        const int h = slot.host;
        if (h == from || !m_pool.memoryFits(v, h) || !m_pool.keptApart(v, h))
            continue;
        const double cpu = m_pool.cpuPercentWith(h, v, +1);
        const double memory = m_pool.memoryPercentWith(h, v, +1);
        if (cpu > m_policy.cpuCeilingPercent || memory > m_policy.memoryCeilingPercent)
            continue;
        const double after = std::max(cpu / m_policy.cpuCeilingPercent, memory / m_policy.memoryCeilingPercent);
        if (after <= pressureBound && after < best) {
            best = after;
            bestHost = h;
        }
    }
    return bestHost;
}

void BalanceRound::reslot(int h)
{
    if (!m_pool.isPlaceable(h))
        return;
    m_destinations.erase({m_slotted[size_t(h)], m_rank[size_t(h)], h});
    m_slotted[size_t(h)] = pressure(h);
    m_destinations.insert({m_slotted[size_t(h)], m_rank[size_t(h)], h});
}

void BalanceRound::apply(int v, int to, const QString &reason)
{
    const int from = m_pool.hostOf(v);
    const PlacementVm &vm = m_pool.vm(v);
    moves.append({vm.id, vm.name, m_pool.host(from).id, m_pool.host(to).id, reason});
    m_moved[size_t(v)] = 1;
    m_pool.move(v, to);
    reslot(from);
    reslot(to);
}

// Keep-apart groups first: a host running two VMs of one gives one of them up (the smallest that
// can go somewhere), whatever the loads.
void BalanceRound::separateGroups()
{
    // The crowded (group, host) pairs, found from the VMs rather than by trying every pair. A move
    // only takes a VM to a host without its groups, so no pair becomes crowded on the way.
    std::vector<std::pair<int, int>> crowded; // (group, host rank)
    for (int v = 0; v < m_pool.vmCount(); ++v) {
        const int h = m_pool.hostOf(v);
        if (h < 0 || !m_pool.isPlaceable(h))
            continue;
        for (int g : m_pool.keepApartGroupsOf(v)) {
            if (m_pool.groupCount(g, h) > 1)
                crowded.emplace_back(g, m_rank[size_t(h)]);
        }
    }
    std::sort(crowded.begin(), crowded.end());
    crowded.erase(std::unique(crowded.begin(), crowded.end()), crowded.end());

    for (const auto &[g, rank] : crowded) {
        const int h = m_byRank[size_t(rank)];
        while (m_pool.groupCount(g, h) > 1) {
            if (full()) {
                m_stoppedAtMax = true;
                return;
            }
            std::vector<int> members;
            for (int v : m_pool.runningOn(h)) {
                if (m_pool.inGroup(v, g) && canMove(v))
                    members.push_back(v);
            }
            std::sort(members.begin(), members.end(),
                      [this](int a, int b) { return smallerVm(m_pool.vm(a), m_pool.vm(b)); });
            const int together = m_pool.groupCount(g, h);
            bool moved = false;
            for (int v : members) {
                const int to = destinationFor(v, h, std::numeric_limits<double>::infinity());
                if (to < 0)
                    continue;
                apply(v, to,
                      // Two at least: one group member alone on a host is nothing to separate.
                      QCoreApplication::translate("welkin::BalancePlanner",
                                                  "%1 runs %2 VMs of group “%3”, which is kept apart")
                          .arg(m_pool.host(h).name)
                          .arg(together)
                          .arg(m_pool.keepApartGroup(g)));
                moved = true;
                break;
            }
            if (!moved) {
                m_notes << QCoreApplication::translate("welkin::BalancePlanner",
                                                       "Group “%1” stays together on %2: none of its VMs there can "
                                                       "move to a host that keeps them apart.")
                               .arg(m_pool.keepApartGroup(g), m_pool.host(h).name);
                break;
            }
        }
    }
}

// The most overloaded host first; from it the smallest VM whose departure brings it under its
// ceilings, else the one that brings it furthest down. A move must lower an over-ceiling load by
// the minimum benefit, and its destination must end no more loaded than its source: the VM then
// has no reason to come back.
void BalanceRound::relieveOverloads()
{
    struct Overload {
        double excess;
        int rank;
        int host;
        bool operator<(const Overload &other) const // for std::priority_queue: the top is the largest
        {
            return excess != other.excess ? excess < other.excess : rank > other.rank;
        }
    };
    std::priority_queue<Overload> overloaded;
    for (int h = 0; h < m_pool.hostCount(); ++h) {
        if (m_pool.isPlaceable(h) && excess(h) > 0)
            overloaded.push({excess(h), m_rank[size_t(h)], h});
    }

    struct Candidate {
        int vm;
        double cpuAfter;
        double memoryAfter;
        double excessAfter;
    };
    const double cpuCeiling = m_policy.cpuCeilingPercent;
    const double memoryCeiling = m_policy.memoryCeilingPercent;
    QStringList unrelieved;
    while (!overloaded.empty()) {
        if (full()) {
            m_stoppedAtMax = true;
            break;
        }
        const int h = overloaded.top().host;
        overloaded.pop();
        const double cpu = m_pool.cpuPercent(h);
        const double memory = m_pool.memoryPercent(h);
        const bool cpuOver = cpu > cpuCeiling;
        const bool memoryOver = memory > memoryCeiling;

        std::vector<Candidate> candidates;
        for (int v : m_pool.runningOn(h)) {
            if (!canMove(v))
                continue;
            const double cpuAfter = m_pool.cpuPercentWith(h, v, -1);
            const double memoryAfter = m_pool.memoryPercentWith(h, v, -1);
            const double benefit = std::max(cpuOver ? cpu - cpuAfter : 0.0, memoryOver ? memory - memoryAfter : 0.0);
            if (benefit <= 0 || benefit < m_policy.minBenefitPercent)
                continue;
            candidates.push_back({v, cpuAfter, memoryAfter, std::max(cpuAfter - cpuCeiling, memoryAfter - memoryCeiling)});
        }
        std::sort(candidates.begin(), candidates.end(), [this](const Candidate &a, const Candidate &b) {
            const bool aSuffices = a.excessAfter <= 0;
            const bool bSuffices = b.excessAfter <= 0;
            if (aSuffices != bSuffices)
                return aSuffices;
            if (!aSuffices && a.excessAfter != b.excessAfter)
                return a.excessAfter < b.excessAfter;
            return smallerVm(m_pool.vm(a.vm), m_pool.vm(b.vm));
        });

        bool moved = false;
        for (const Candidate &c : candidates) {
            const double sourceAfter = std::max(c.cpuAfter / cpuCeiling, c.memoryAfter / memoryCeiling);
            const int to = destinationFor(c.vm, h, sourceAfter);
            if (to < 0)
                continue;
            const QString &name = m_pool.host(h).name;
            QString reason;
            if (cpuOver && memoryOver)
                reason = QCoreApplication::translate("welkin::BalancePlanner", "%1 CPU %2% → %3%, memory %4% → %5%")
                             .arg(name, percent(cpu), percent(c.cpuAfter), percent(memory), percent(c.memoryAfter));
            else if (cpuOver)
                reason = QCoreApplication::translate("welkin::BalancePlanner", "%1 CPU %2% → %3%")
                             .arg(name, percent(cpu), percent(c.cpuAfter));
            else
                reason = QCoreApplication::translate("welkin::BalancePlanner", "%1 memory %2% → %3%")
                             .arg(name, percent(memory), percent(c.memoryAfter));
            apply(c.vm, to, reason);
            moved = true;
            break;
        }
        if (moved && excess(h) > 0)
            overloaded.push({excess(h), m_rank[size_t(h)], h});
        else if (!moved)
            unrelieved << m_pool.host(h).name;
    }
    if (!unrelieved.isEmpty())
        m_notes << QCoreApplication::translate("welkin::BalancePlanner",
                                               "No move within the policy relieves %1: its VMs cannot move, moved "
                                               "recently, gain less than the minimum benefit, or fit on no other "
                                               "host under the ceilings.")
                       .arg(nameList(unrelieved));
}

QString BalanceRound::message() const
{
    QStringList parts = m_notes;
    if (m_stoppedAtMax)
        parts << (m_policy.maxMovesPerRound == 1
                      ? QCoreApplication::translate("welkin::BalancePlanner",
                                                    "The policy allows one move per round; what is still over a ceiling "
                                                    "waits for the next round.")
                      : QCoreApplication::translate("welkin::BalancePlanner",
                                                    "The policy allows %1 moves per round; what is still over a ceiling "
                                                    "waits for the next round.")
                            .arg(m_policy.maxMovesPerRound));
    if (moves.isEmpty() && parts.isEmpty())
        return QCoreApplication::translate("welkin::BalancePlanner", "Every host is below its ceilings.");
    return parts.join(u' ');
}

} // namespace

BalancePlan planBalance(const QList<PlacementHost> &hosts, const QList<PlacementVm> &vms, const BalancePolicy &policy,
                        qint64 nowMs)
{
    PoolLoad pool(hosts, vms, policy.keepApartGroups);
    BalancePlan plan;
    plan.before = pool.loads();
    plan.after = plan.before;
    if (const QString error = policy.validate(); !error.isEmpty()) {
        plan.message = error;
        return plan;
    }
    if (hosts.isEmpty()) {
        plan.message = QCoreApplication::translate("welkin::BalancePlanner", "The pool has no hosts.");
        return plan;
    }
    if (hosts.size() == 1) {
        plan.message = QCoreApplication::translate("welkin::BalancePlanner",
                                                   "The pool has only one host: there is nowhere to move VMs.");
        return plan;
    }
    int placeable = 0;
    for (int h = 0; h < pool.hostCount(); ++h)
        placeable += pool.isPlaceable(h) ? 1 : 0;
    if (placeable < 2) {
        plan.message = QCoreApplication::translate("welkin::BalancePlanner",
                                                   "Fewer than two hosts of the pool can take VMs (the others are in "
                                                   "maintenance, not connected or of unknown size): there is nowhere "
                                                   "to move VMs.");
        return plan;
    }

    BalanceRound round(pool, policy, nowMs);
    round.separateGroups();
    round.relieveOverloads();
    plan.moves = round.moves;
    plan.after = pool.loads();
    plan.message = round.message();
    return plan;
}

QList<HostLoad> loadsAfter(const QList<PlacementHost> &hosts, const QList<PlacementVm> &vms,
                           const QList<PlannedMove> &moves)
{
    PoolLoad pool(hosts, vms);
    QHash<QString, int> vmIndex;
    for (const PlannedMove &move : moves)
        vmIndex.insert(move.vmId, -1);
    for (int v = 0; v < vms.size(); ++v) {
        const auto it = vmIndex.find(vms[v].id);
        if (it != vmIndex.end() && it.value() < 0)
            it.value() = v;
    }
    for (const PlannedMove &move : moves) {
        const int v = vmIndex.value(move.vmId, -1);
        const int to = pool.hostIndex(move.toHostId);
        if (v >= 0 && to >= 0)
            pool.move(v, to);
    }
    return pool.loads();
}

} // namespace welkin
