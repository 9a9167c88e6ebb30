#include "LiveSamples.h"

#include <QSet>

namespace welkin {

void LiveSamples::apply(const MetricSamples &samples)
{
    QSet<QString> providers;
    for (const MetricSample &sample : samples) {
        m_latest.insert(sample.id, sample);
        providers.insert(sample.id.providerId());
    }
    for (const QString &provider : std::as_const(providers))
        Q_EMIT samplesUpdated(provider);
}

const MetricSample *LiveSamples::latest(const ResourceId &id) const
{
    const auto it = m_latest.constFind(id);
    return it == m_latest.cend() ? nullptr : &*it;
}

void LiveSamples::removeProvider(const QString &providerId)
{
    m_latest.removeIf([&](auto it) { return it.key().providerId() == providerId; });
}

} // namespace welkin
