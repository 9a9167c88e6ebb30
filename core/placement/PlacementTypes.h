#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <limits>

namespace welkin {

// One host of a pool as the planners see it: capacity, whether it may take VMs, and its load
// averaged over the policy's window.
struct PlacementHost {
    QString id;              // stable key (the host's ResourceId string); PlacementVm::hostId names it
    QString name;            // for reasons and messages
    int cpus = 0;            // host cores; 0 = unknown (the host then takes no VMs)
    quint64 memoryKiB = 0;   // capacity; 0 = unknown (the host then takes no VMs)
    bool maintenance = false; // neither source nor destination of balancing, never an evacuation target
    bool accepting = true;   // connected and placeable
    double cpuPercent = std::numeric_limits<double>::quiet_NaN(); // measured 0..100; NaN = sum of its VMs
    quint64 memoryUsedKiB = 0; // measured; 0 = sum of its running VMs

    friend bool operator==(const PlacementHost &, const PlacementHost &) = default;
};

struct PlacementVm {
    QString id;
    QString name;
    QString hostId;
    int vcpus = 1;
    quint64 memoryKiB = 0;
    double cpuCores = 0;     // average demand over the window in host cores (1.5 = one and a half)
    bool running = true;     // only running VMs load a host and move
    bool movable = true;
    QString immovableReason; // why not movable: "uses a host device"
    QStringList groups;      // user groups, matched against BalancePolicy::keepApartGroups
    qint64 lastMovedMs = 0;  // epoch ms of its last migration; 0 = never

    friend bool operator==(const PlacementVm &, const PlacementVm &) = default;
};

// Advisory balancing of one pool.
struct BalancePolicy {
    double cpuCeilingPercent = 70;
    double memoryCeilingPercent = 85;
    int windowMinutes = 15;          // the history the loads are averaged over
    double minBenefitPercent = 5;    // a move must lower its source's over-ceiling load by this many points
    int maxMovesPerRound = 5;
    int cooldownMinutes = 60;        // a VM moved less than this ago stays where it is
    QStringList keepApartGroups;     // no two running VMs of one of these groups on one host
    bool automatic = false;          // apply plans without asking (the planner itself only proposes)

    // A translated message naming the first bad value; empty when the policy is usable.
    // Defined in BalancePlanner.cpp.
    QString validate() const;

    friend bool operator==(const BalancePolicy &, const BalancePolicy &) = default;
};

struct PlannedMove {
    QString vmId;
    QString vmName;
    QString fromHostId;
    QString toHostId;
    QString reason; // "host-a CPU 92% → 61%"

    friend bool operator==(const PlannedMove &, const PlannedMove &) = default;
};

// A host's load in percent of its capacity; NaN where the capacity is unknown.
struct HostLoad {
    QString hostId;
    double cpuPercent = 0;
    double memoryPercent = 0;
};

struct BalancePlan {
    QList<PlannedMove> moves;  // in the order to run them
    QList<HostLoad> before;    // every host, in the order given
    QList<HostLoad> after;     // the same hosts with all moves applied
    QString message;           // why nothing (more) is proposed; empty when the moves settle every host
};

struct StuckVm {
    QString vmId;
    QString vmName;
    QString reason; // "uses a host device", "no other host has 32 GiB of free memory"

    friend bool operator==(const StuckVm &, const StuckVm &) = default;
};

// Where each running VM of a host entering maintenance goes; the stuck ones stay running there.
struct EvacuationPlan {
    QList<PlannedMove> moves;
    QList<StuckVm> stuck;
    QString message; // empty when every VM moves
};

} // namespace welkin

Q_DECLARE_METATYPE(welkin::BalancePlan)
Q_DECLARE_METATYPE(welkin::EvacuationPlan)
