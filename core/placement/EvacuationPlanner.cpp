#include "placement/EvacuationPlanner.h"

#include "metrics/Metric.h"
#include "placement/BalancePlanner.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

// What a destination gives up, least first. Memory capacity is never given up; the ceilings are
// the softest rule, keeping groups apart the next.
enum Compromise { NoCompromise = 0, OverCeiling = 1, GroupTogether = 2 };

struct Choice {
    int host = -1;
    int compromise = 0; // Compromise flags
    quint64 freeKiB = 0;
    double cpuAfter = 0;
    double memoryAfter = 0;
};

QString percent(double value)
{
    return QLocale().toString(qRound(value));
}

class Evacuation
{
public:
    Evacuation(PoolLoad &pool, int host, const BalancePolicy &policy)
        : m_pool(pool)
        , m_host(host)
        , m_policy(policy)
    {
        for (int h = 0; h < pool.hostCount(); ++h) {
            if (h != host && pool.isPlaceable(h))
                m_targets.push_back(h);
        }
    }

    void place(int v);

    EvacuationPlan plan;

private:
    Choice choose(int v) const;
    bool better(const Choice &a, const Choice &b) const;
    QString reason(int v, const Choice &choice) const;
    void stuck(int v, const QString &reason) { plan.stuck.append({m_pool.vm(v).id, m_pool.vm(v).name, reason}); }

    PoolLoad &m_pool;
    int m_host;
    const BalancePolicy &m_policy;
    std::vector<int> m_targets;
};

bool Evacuation::better(const Choice &a, const Choice &b) const
{
    if (b.host < 0)
        return true;
    if (a.compromise != b.compromise)
        return a.compromise < b.compromise;
    if (a.freeKiB != b.freeKiB)
        return a.freeKiB > b.freeKiB;
    if (a.cpuAfter != b.cpuAfter)
        return a.cpuAfter < b.cpuAfter;
    return m_pool.host(a.host).id < m_pool.host(b.host).id;
}

Choice Evacuation::choose(int v) const
{
    Choice best;
    for (int h : m_targets) {
        if (!m_pool.memoryFits(v, h))
            continue;
        Choice choice;
        choice.host = h;
        choice.freeKiB = m_pool.memoryFreeKiB(h);
        choice.cpuAfter = m_pool.cpuPercentWith(h, v, +1);
        choice.memoryAfter = m_pool.memoryPercentWith(h, v, +1);
        if (choice.cpuAfter > m_policy.cpuCeilingPercent || choice.memoryAfter > m_policy.memoryCeilingPercent)
            choice.compromise |= OverCeiling;
        if (!m_pool.keptApart(v, h))
            choice.compromise |= GroupTogether;
        if (better(choice, best))
            best = choice;
    }
    return best;
}

QString Evacuation::reason(int v, const Choice &choice) const
{
    const QString &name = m_pool.host(choice.host).name;
    QString text;
    if (choice.compromise & OverCeiling)
        text = QCoreApplication::translate("welkin::EvacuationPlanner",
                                           "No host stays under the ceilings; %1 has room for its memory (CPU %2%, "
                                           "memory %3% after the move)")
                   .arg(name, percent(choice.cpuAfter), percent(choice.memoryAfter));
    else
        text = QCoreApplication::translate("welkin::EvacuationPlanner",
                                           "%1 has the most free memory: %2 (CPU %3%, memory %4% after the move)")
                   .arg(name, formatBytes(double(choice.freeKiB) * 1024.0), percent(choice.cpuAfter),
                        percent(choice.memoryAfter));
    if (choice.compromise & GroupTogether) {
        QStringList together;
        for (int g = 0; g < m_pool.keepApartGroupCount(); ++g) {
            if (m_pool.inGroup(v, g) && m_pool.groupCount(g, choice.host) > 0)
                together << m_pool.keepApartGroup(g);
        }
        text += u"; "_s
            + QCoreApplication::translate("welkin::EvacuationPlanner",
                                          "every host with room runs a VM of “%1”, which is kept apart")
                  .arg(together.join(u"”, “"_s));
    }
    return text;
}

void Evacuation::place(int v)
{
    const PlacementVm &vm = m_pool.vm(v);
    if (!vm.movable) {
        stuck(v, vm.immovableReason.isEmpty()
                     ? QCoreApplication::translate("welkin::EvacuationPlanner", "It cannot be migrated.")
                     : vm.immovableReason);
        return;
    }
    if (m_targets.empty()) {
        stuck(v, QCoreApplication::translate("welkin::EvacuationPlanner",
                                             "No other host of the pool can take VMs: they are in maintenance, not "
                                             "connected or of unknown size."));
        return;
    }
    const Choice choice = choose(v);
    if (choice.host < 0) {
        stuck(v, QCoreApplication::translate("welkin::EvacuationPlanner", "No other host has %1 of free memory.")
                     .arg(formatBytes(double(vm.memoryKiB) * 1024.0)));
        return;
    }
    plan.moves.append({vm.id, vm.name, m_pool.host(m_host).id, m_pool.host(choice.host).id, reason(v, choice)});
    m_pool.move(v, choice.host);
}

} // namespace

EvacuationPlan planEvacuation(const QString &hostId, const QList<PlacementHost> &hosts, const QList<PlacementVm> &vms,
                              const BalancePolicy &policy)
{
    EvacuationPlan none;
    if (const QString error = policy.validate(); !error.isEmpty()) {
        none.message = error;
        return none;
    }
    PoolLoad pool(hosts, vms, policy.keepApartGroups);
    const int host = pool.hostIndex(hostId);
    if (host < 0) {
        none.message = QCoreApplication::translate("welkin::EvacuationPlanner", "%1 is not a host of this pool.")
                           .arg(hostId);
        return none;
    }
    const QString &hostName = pool.host(host).name;
    std::vector<int> leaving = pool.runningOn(host);
    if (leaving.empty()) {
        none.message = QCoreApplication::translate("welkin::EvacuationPlanner",
                                                   "No VM runs on %1: it can enter maintenance now.")
                           .arg(hostName);
        return none;
    }
    // The biggest first, while the most room is left.
    std::sort(leaving.begin(), leaving.end(), [&pool](int a, int b) {
        const PlacementVm &x = pool.vm(a);
        const PlacementVm &y = pool.vm(b);
        if (x.memoryKiB != y.memoryKiB)
            return x.memoryKiB > y.memoryKiB;
        if (x.cpuCores != y.cpuCores)
            return x.cpuCores > y.cpuCores;
        return x.id < y.id;
    });

    Evacuation evacuation(pool, host, policy);
    for (int v : leaving)
        evacuation.place(v);
    EvacuationPlan plan = evacuation.plan;
    if (!plan.stuck.isEmpty())
        plan.message = plan.stuck.size() == 1
                           ? QCoreApplication::translate("welkin::EvacuationPlanner", "One VM cannot move and stays running on %1.")
                                 .arg(hostName)
                           : QCoreApplication::translate("welkin::EvacuationPlanner", "%1 VMs cannot move and stay running on %2.")
                                 .arg(plan.stuck.size())
                                 .arg(hostName);
    return plan;
}

} // namespace welkin
