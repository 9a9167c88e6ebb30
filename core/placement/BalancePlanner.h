#pragma once

#include "placement/PlacementTypes.h"

#include <QHash>

#include <vector>

namespace welkin {

// The load of a pool's hosts as VMs move between them, the working figures of both planners.
// Hosts and VMs are addressed by their index in the lists given; only running VMs of hosts in
// the list count. A host's own measured figure is the starting point where it has one, else the
// sum of its running VMs; a move takes the VM's demand off its host and puts it on the other.
class PoolLoad
{
public:
    PoolLoad(const QList<PlacementHost> &hosts, const QList<PlacementVm> &vms, const QStringList &keepApartGroups = {});

    int hostCount() const { return int(m_hosts.size()); }
    int vmCount() const { return int(m_vms.size()); }
    const PlacementHost &host(int h) const { return m_hosts[h]; }
    const PlacementVm &vm(int v) const { return m_vms[v]; }
    int hostIndex(const QString &hostId) const { return m_hostIndex.value(hostId, -1); }
    int hostOf(int v) const { return m_vmHost[size_t(v)]; }
    const std::vector<int> &runningOn(int h) const { return m_running[size_t(h)]; }

    // Cores and memory are known: the host can be measured and can take VMs.
    bool hasCapacity(int h) const { return m_hosts[h].cpus > 0 && m_hosts[h].memoryKiB > 0; }
    // Not in maintenance, accepting, with known capacity.
    bool isPlaceable(int h) const { return hasCapacity(h) && !m_hosts[h].maintenance && m_hosts[h].accepting; }

    double cpuPercent(int h) const { return m_cpuPercent[size_t(h)]; }
    double memoryPercent(int h) const { return percentOf(double(m_memoryUsedKiB[size_t(h)]), m_hosts[h].memoryKiB); }
    quint64 memoryFreeKiB(int h) const;
    // The host's figures with VM `v` added (+1) or taken off (-1).
    double cpuPercentWith(int h, int v, int sign) const;
    double memoryPercentWith(int h, int v, int sign) const;
    bool memoryFits(int v, int h) const { return m_vms[v].memoryKiB <= memoryFreeKiB(h); }

    // No other running VM of one of v's keep-apart groups is on h.
    bool keptApart(int v, int h) const;
    int keepApartGroupCount() const { return int(m_groups.size()); }
    const QString &keepApartGroup(int g) const { return m_groups[size_t(g)]; }
    int groupCount(int g, int h) const { return m_groupCount[size_t(g) * size_t(hostCount()) + size_t(h)]; }
    bool inGroup(int v, int g) const;
    const std::vector<int> &keepApartGroupsOf(int v) const { return m_vmGroups[size_t(v)]; }

    void move(int v, int toHost);
    QList<HostLoad> loads() const;

private:
    static double percentOf(double used, quint64 capacity) { return capacity ? used * 100.0 / double(capacity) : 0.0; }

    QList<PlacementHost> m_hosts;
    QList<PlacementVm> m_vms;
    QHash<QString, int> m_hostIndex;
    std::vector<int> m_vmHost;                // -1: not running or not on a host of the list
    std::vector<std::vector<int>> m_running;  // running VM indices per host
    std::vector<double> m_cpuPercent;
    std::vector<quint64> m_memoryUsedKiB;
    std::vector<QString> m_groups;            // the keep-apart groups
    std::vector<std::vector<int>> m_vmGroups; // keep-apart group indices per VM
    std::vector<int> m_groupCount;            // [group * hostCount + host]
};

// Recommends up to policy.maxMovesPerRound migrations that bring hosts over a ceiling back under
// it and separate keep-apart groups. Pure and deterministic; `nowMs` only serves the cooldown.
BalancePlan planBalance(const QList<PlacementHost> &hosts, const QList<PlacementVm> &vms, const BalancePolicy &policy,
                        qint64 nowMs);

// Every host's load (order of `hosts`) after `moves` (some of a plan's, as the user picked them);
// moves that name an unknown VM or host are passed over.
QList<HostLoad> loadsAfter(const QList<PlacementHost> &hosts, const QList<PlacementVm> &vms,
                           const QList<PlannedMove> &moves);

} // namespace welkin
