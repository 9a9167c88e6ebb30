#include "LiveSamples.h"

#include "MetricsHub.h"

namespace welkin {

LiveSamples::LiveSamples(QObject *parent) : QObject(parent), m_own(std::make_unique<MetricsHub>(privateCapacity))
{
    m_hub = m_own.get();
    m_cycles = connect(m_hub, &MetricsHub::cycleIngested, this, &LiveSamples::samplesUpdated);
}

LiveSamples::~LiveSamples() = default;

void LiveSamples::setHub(MetricsHub *hub)
{
    if (!hub || hub == m_hub)
        return;
    disconnect(m_cycles);
    m_hub = hub;
    m_own.reset();
    // Views refresh after the hub took the batch in, whoever connected to the provider first.
    m_cycles = connect(hub, &MetricsHub::cycleIngested, this, &LiveSamples::samplesUpdated);
}

void LiveSamples::apply(const MetricSamples &samples)
{
    if (m_own)
        m_own->ingest(samples);
}

const MetricSample *LiveSamples::latest(const ResourceId &id) const
{
    return m_hub ? m_hub->newest(id) : nullptr;
}

const LiveSeries *LiveSamples::series(const ResourceId &id) const
{
    return m_hub ? m_hub->series(id) : nullptr;
}

void LiveSamples::removeProvider(const QString &providerId)
{
    if (m_own)
        m_own->removeProvider(providerId);
}

qsizetype LiveSamples::ownPointCount() const
{
    return m_own ? m_own->pointCount() : 0;
}

} // namespace welkin
