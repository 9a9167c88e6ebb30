#pragma once

#include "MetricSample.h"
#include "MetricsHub.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace welkin {

// What the views (tree, tables, sparklines) read live figures through. It keeps none of its own
// once it shares the application's MetricsHub (setHub()): the hub is the one owner of live
// points. Until then (tests, a connection test, tools) it feeds a small private hub of
// `privateCapacity` points per resource. Announces each provider's batch once, so a stats cycle
// costs one notification, not one per VM.
class LiveSamples : public QObject
{
    Q_OBJECT
public:
    static constexpr int privateCapacity = 60; // what the sparklines show

    explicit LiveSamples(QObject *parent = nullptr);
    ~LiveSamples() override;

    // Reads from `hub` from now on and drops the private one. The hub is fed elsewhere
    // (MetricsHub::attach): apply() then does nothing.
    void setHub(MetricsHub *hub);
    MetricsHub *hub() const { return m_hub; }
    bool sharesHub() const { return !m_own; }

    // A provider's batch (ProviderManager connects it); fed to the private hub only.
    void apply(const MetricSamples &samples);
    // The newest sample, full precision; valid until the next batch. nullptr when none.
    const MetricSample *latest(const ResourceId &id) const;
    const LiveSeries *series(const ResourceId &id) const;
    void removeProvider(const QString &providerId);
    // Points this object holds itself (0 while it shares a hub).
    qsizetype ownPointCount() const;

Q_SIGNALS:
    void samplesUpdated(const QString &providerId);

private:
    std::unique_ptr<MetricsHub> m_own;
    QPointer<MetricsHub> m_hub;
    QMetaObject::Connection m_cycles;
};

} // namespace welkin
