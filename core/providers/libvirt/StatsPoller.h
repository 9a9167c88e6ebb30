#pragma once

#include "LibvirtStats.h"
#include "metrics/MetricSample.h"

#include <QObject>

class QTimer;

namespace welkin::libvirt {

class DomainCache;
class LibvirtSession;

// Measures the host and its active domains every interval (LibvirtStatsCollector does one
// cycle) once the first listing after an open is done, until the connection closes. Worker thread.
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
    QTimer *m_timer = nullptr;
};

} // namespace welkin::libvirt
