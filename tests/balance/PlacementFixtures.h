#pragma once

// Hosts and VMs for the planner tests: whole cores and GiB, the id doubling as the name.
#include "placement/PlacementTypes.h"

#include <algorithm>
#include <cmath>

namespace welkin::fixtures {

inline constexpr quint64 GiB = 1024 * 1024; // in KiB

inline PlacementHost host(const QString &id, int cpus = 16, quint64 memoryGiB = 64)
{
    PlacementHost h;
    h.id = id;
    h.name = id;
    h.cpus = cpus;
    h.memoryKiB = memoryGiB * GiB;
    return h;
}

inline PlacementVm vm(const QString &id, const QString &hostId, double cores, quint64 memoryGiB,
                      const QStringList &groups = {})
{
    PlacementVm v;
    v.id = id;
    v.name = id;
    v.hostId = hostId;
    v.vcpus = std::max(1, int(std::ceil(cores)));
    v.cpuCores = cores;
    v.memoryKiB = memoryGiB * GiB;
    v.groups = groups;
    return v;
}

} // namespace welkin::fixtures
