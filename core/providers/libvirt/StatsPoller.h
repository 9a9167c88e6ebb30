#pragma once

#include "LibvirtStats.h"
#include "StatsBudget.h"
#include "metrics/MetricSample.h"

#include <QObject>

class QTimer;

namespace welkin::libvirt {

class DomainCache;
class LibvirtSession;

// Measures the host and its active domains every interval (LibvirtStatsCollector does one
// cycle) once the first listing after an open is done, until the connection closes. When the
// driver needs calls per domain, a StatsBudget chooses which domains each cycle measures.
// Worker thread.
class StatsPoller : public QObject
{
    Q_OBJECT
public:
    StatsPoller(LibvirtSession &session, const DomainCache &cache, QString providerId, int intervalMs,
                QObject *parent = nullptr);

    // Starts the cycles (none when the interval is 0), the first one at once as the baseline.
    void start(const HostInfo &host);
    // The connection closes: no more cycles; previous counters mean nothing any more.
    void stop();
    // The domains the user looks at (UUIDs): measured every cycle even when others take turns.
    void setWatched(QSet<QString> uuids) { m_budget.setWatched(std::move(uuids)); }
    const StatsBudget &budget() const { return m_budget; }

Q_SIGNALS:
    void samplesReady(const welkin::MetricSamples &samples);

private:
    void collect();

    LibvirtSession &m_session;
    const DomainCache &m_cache;
    int m_intervalMs;
    bool m_running = false;
    HostInfo m_host;
    LibvirtStatsCollector m_collector;
    StatsBudget m_budget;
    QTimer *m_timer = nullptr;
};

} // namespace welkin::libvirt
