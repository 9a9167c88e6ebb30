#pragma once

#include "Metric.h"

#include <QList>

namespace welkin {

class MetricsHub;

struct RankedResource {
    ResourceId id;
    double value = 0;
};

// The `n` resources with the highest `metric` (newest live figure, metricValue()), highest
// first; resources without a figure are left out. Candidates are those that have figures now
// (callers leave out VMs that are not running). O(candidates) hash look-ups plus a partial sort.
QList<RankedResource> topResources(const MetricsHub &hub, const QList<ResourceId> &candidates, Metric metric, int n);

} // namespace welkin
