#pragma once

#include "MetricSample.h"

#include <QHash>
#include <QObject>

namespace welkin {

// The latest sample of every resource, on the GUI thread. Views read from it; it announces
// each provider's batch once, so a stats cycle costs one notification, not one per VM.
// (The monitoring work replaces this with ring buffers and history.)
class LiveSamples : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    void apply(const MetricSamples &samples);
    const MetricSample *latest(const ResourceId &id) const;
    void removeProvider(const QString &providerId);

Q_SIGNALS:
    void samplesUpdated(const QString &providerId);

private:
    QHash<ResourceId, MetricSample> m_latest;
};

} // namespace welkin
