#pragma once

#include "MetricSample.h"

namespace welkin {

// Adds up member samples into one sample for a provider, a group or the whole estate:
// rates and memory are sums, CPU shares are averages over the members that have them,
// runningVms counts VM members (plus hosts' own counts). NaN/-1 where no member has a figure.
class Aggregator
{
public:
    void add(const MetricSample &member);
    bool isEmpty() const { return m_members == 0; }
    MetricSample result(const ResourceId &id, qint64 timestampMs) const;

private:
    struct Mean {
        double sum = 0;
        int n = 0;
        void add(double v) { if (!std::isnan(v)) { sum += v; ++n; } }
        double value() const { return n ? sum / n : NAN; }
    };
    struct Sum {
        double sum = 0;
        bool any = false;
        void add(double v) { if (!std::isnan(v)) { sum += v; any = true; } }
        double value() const { return any ? sum : NAN; }
    };
    int m_members = 0;
    Mean m_hostCpu, m_vmCpu, m_vmCpuGuest;
    Sum m_memUsed, m_memTotal, m_vmMemUsed, m_vmMemTotal, m_diskRead, m_diskWrite, m_netRx, m_netTx;
    int m_vms = 0, m_hostVms = 0;
    bool m_anyHostVms = false;
};

// One provider's aggregate from its batch: CPU and memory of its hosts (or of its VMs when no
// host has figures), disk and network of its VMs.
MetricSample aggregateProvider(const QString &providerId, const MetricSamples &batch);

} // namespace welkin
