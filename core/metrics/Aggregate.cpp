#include "Aggregate.h"

#include <algorithm>

namespace welkin {

void Aggregator::add(const MetricSample &s)
{
    ++m_members;
    const auto kib = [](qint64 v) { return v < 0 ? NAN : double(v); };
    if (s.id.kind() == ResourceKind::Vm) {
        ++m_vms;
        m_vmCpu.add(s.cpuPercent);
        m_vmCpuGuest.add(s.cpuGuestPercent);
        m_vmMemUsed.add(kib(s.memoryUsedKiB));
        m_vmMemTotal.add(kib(s.memoryTotalKiB));
        m_diskRead.add(s.diskReadBps);
        m_diskWrite.add(s.diskWriteBps);
        m_netRx.add(s.netRxBps);
        m_netTx.add(s.netTxBps);
    } else {
        // Hosts, providers, groups: their own figures already cover their VMs.
        m_hostCpu.add(s.cpuPercent);
        m_memUsed.add(kib(s.memoryUsedKiB));
        m_memTotal.add(kib(s.memoryTotalKiB));
        if (s.runningVms >= 0) {
            m_hostVms += s.runningVms;
            m_anyHostVms = true;
        }
        if (s.id.kind() != ResourceKind::Host) {
            m_diskRead.add(s.diskReadBps);
            m_diskWrite.add(s.diskWriteBps);
            m_netRx.add(s.netRxBps);
            m_netTx.add(s.netTxBps);
        }
    }
}

MetricSample Aggregator::result(const ResourceId &id, qint64 timestampMs) const
{
    MetricSample r;
    r.id = id;
    r.timestampMs = timestampMs;
    const bool hostFigures = m_hostCpu.n > 0;
    r.cpuPercent = hostFigures ? m_hostCpu.value() : m_vmCpu.value();
    r.cpuGuestPercent = m_vmCpuGuest.value();
    const bool hostMemory = m_memUsed.any && m_memTotal.any;
    const double used = hostMemory ? m_memUsed.value() : m_vmMemUsed.value();
    const double total = hostMemory ? m_memTotal.value() : (m_memTotal.any ? m_memTotal.value() : m_vmMemTotal.value());
    r.memoryUsedKiB = std::isnan(used) ? -1 : qint64(used);
    r.memoryTotalKiB = std::isnan(total) ? -1 : qint64(total);
    r.diskReadBps = m_diskRead.value();
    r.diskWriteBps = m_diskWrite.value();
    r.netRxBps = m_netRx.value();
    r.netTxBps = m_netTx.value();
    r.runningVms = m_anyHostVms ? m_hostVms : (m_vms > 0 ? m_vms : -1);
    return r;
}

MetricSample aggregateProvider(const QString &providerId, const MetricSamples &batch)
{
    Aggregator all;
    qint64 latest = 0;
    double vmCpuSum = 0;
    bool anyVmCpu = false, anyHostCpu = false;
    int hosts = 0;
    for (const MetricSample &s : batch) {
        all.add(s);
        latest = std::max(latest, s.timestampMs);
        if (s.id.kind() == ResourceKind::Vm && !std::isnan(s.cpuPercent)) {
            vmCpuSum += s.cpuPercent;
            anyVmCpu = true;
        } else if (s.id.kind() == ResourceKind::Host) {
            ++hosts;
            anyHostCpu = anyHostCpu || !std::isnan(s.cpuPercent);
        }
    }
    MetricSample r = all.result(ResourceId::provider(providerId), latest);
    // Hosts without a CPU figure (test driver): what their VMs use of them, as host-relative
    // VM shares add up per host.
    if (!anyHostCpu && anyVmCpu && hosts > 0)
        r.cpuPercent = std::min(100.0, vmCpuSum / hosts);
    return r;
}

} // namespace welkin
