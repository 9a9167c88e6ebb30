#include "TopN.h"

#include "MetricsHub.h"

#include <algorithm>

namespace welkin {

QList<RankedResource> topResources(const MetricsHub &hub, const QList<ResourceId> &candidates, Metric metric, int n)
{
    QList<RankedResource> ranked;
    ranked.reserve(candidates.size());
    for (const ResourceId &id : candidates) {
        // The newest sample in full precision, as the tables show it (the series keeps floats).
        const MetricSample *s = hub.newest(id);
        if (!s)
            continue;
        const double v = metricValue(*s, metric);
        if (!std::isnan(v))
            ranked.append({id, v});
    }
    const auto byValue = [](const RankedResource &a, const RankedResource &b) { return a.value > b.value; };
    const qsizetype keep = std::min<qsizetype>(n, ranked.size());
    std::partial_sort(ranked.begin(), ranked.begin() + keep, ranked.end(), byValue);
    ranked.resize(keep);
    return ranked;
}

} // namespace welkin
