#include "TopN.h"

#include "MetricsHub.h"

#include <algorithm>

namespace welkin {

QList<RankedResource> topResources(const MetricsHub &hub, const QList<ResourceId> &candidates, Metric metric, int n)
{
    QList<RankedResource> ranked;
    ranked.reserve(candidates.size());
    for (const ResourceId &id : candidates) {
        const LiveSeries *series = hub.series(id);
        if (!series || series->isEmpty())
            continue;
        MetricSample s = series->latest();
        s.id = id; // metricValue looks at the kind
        const double v = metricValue(s, metric);
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
