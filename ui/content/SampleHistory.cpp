#include "SampleHistory.h"

#include "metrics/LiveSamples.h"
#include "metrics/Metric.h"
#include "metrics/LiveSeries.h"
#include "metrics/MetricsHub.h"

#include <algorithm>

namespace welkin {

SampleHistory::SampleHistory(Inventory *inventory, LiveSamples *samples, QObject *parent)
    : QObject(parent), m_samples(samples)
{
    if (!samples)
        return;
    connect(samples, &LiveSamples::samplesUpdated, this, &SampleHistory::updated);
    if (MetricsHub *hub = samples->hub(); hub && inventory)
        hub->followInventory(inventory); // a long session must not keep dead series
}

QList<double> SampleHistory::cpuHistory(const ResourceId &id) const
{
    const LiveSeries *series = m_samples ? m_samples->series(id) : nullptr;
    if (!series)
        return {};
    QList<double> values;
    const int first = std::max(0, series->size() - capacity);
    values.reserve(series->size() - first);
    for (int i = first; i < series->size(); ++i) {
        MetricSample sample = series->sampleAt(i);
        sample.id = id; // metricValue() reads the kind
        values.append(metricValue(sample, Metric::Cpu)); // the figure the CPU column shows
    }
    return values;
}

} // namespace welkin
