#pragma once

#include "LibvirtDomainReader.h"
#include "LibvirtErrors.h"
#include "metrics/CounterRate.h"
#include "metrics/MetricSample.h"
#include "model/Resource.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <cmath>

namespace welkin::libvirt {

// An active domain the stats cycle should measure, with what the cached XML knows of it.
struct StatsTarget {
    QString uuid;
    DomainRef domain;
    int vcpus = 0;        // fallback when the driver does not report vcpu.current
    QStringList disks;    // block device targets ("vda")
    QStringList nics;     // interface targets ("vnet3") or, when unknown, MAC addresses
};

struct StatsResult {
    MetricSamples samples;      // active VMs, then the host
    bool connectionLost = false;
    LibvirtError error;         // what failed when connectionLost
};

// One stats cycle of a connection: bulk virConnectGetAllDomainStats when the driver fills it,
// otherwise (test driver, old daemons) per-domain virDomainGetInfo / BlockStats /
// InterfaceStats. The cycle that finds bulk stats without CPU time measures no domain, so the
// caller can choose targets for per-domain cycles (StatsBudget) from the next one on.
// Remembers the previous counters to turn them into rates. Worker thread only.
class LibvirtStatsCollector
{
public:
    explicit LibvirtStatsCollector(QString providerId);

    // Measures `targets` (all active domains, or those a budget chose: `activeIds` are all the
    // active ones, whose counters are kept) and the host.
    StatsResult collect(_virConnect *conn, const QList<StatsTarget> &targets, const QSet<QString> &activeIds,
                        const HostInfo &host, const ResourceId &hostId, int runningVms);

    // New connection: previous counters mean nothing any more. The bulk decision is redone too.
    void reset();
    // A VM went inactive or away: its next counters start afresh.
    void forget(const QString &uuid) { m_vms.remove(uuid); }

    enum class BulkMode { Unknown, Bulk, PerDomain };
    BulkMode bulkMode() const { return m_bulkMode; }

private:
    struct VmCounters {
        CounterReading cpu, diskRead, diskWrite, netRx, netTx;
        double cpuPercent = NAN;     // of the host, at its last measurement (NaN while paused)
        qint64 memoryKiB = -1;       // its allocation, at its last measurement
        bool noBlockStats = false;   // the driver refused: do not ask again
        bool noInterfaceStats = false;
    };
    struct Totals {
        qint64 wallMs = 0;
        qint64 monoNs = 0;
        quint64 cpuTimeNs = 0;
        bool hasCpu = false;
        bool runsGuest = true;       // false while paused or suspended: no CPU share then
        int vcpus = 0;
        qint64 memoryUsedKiB = -1, memoryTotalKiB = -1;
        bool hasDisk = false, hasNet = false;
        quint64 diskRead = 0, diskWrite = 0, netRx = 0, netTx = 0;
    };

    bool collectBulk(_virConnect *conn, const QList<StatsTarget> &active, int hostCpus, StatsResult &result);
    bool collectPerDomain(_virConnect *conn, const QList<StatsTarget> &active, int hostCpus, StatsResult &result);
    MetricSample vmSample(const QString &uuid, const Totals &totals, int hostCpus);
    bool hostSample(_virConnect *conn, const HostInfo &host, const ResourceId &hostId, int runningVms,
                    StatsResult &result);

    QString m_providerId;
    BulkMode m_bulkMode = BulkMode::Unknown;
    QHash<QString, VmCounters> m_vms;
    // Host CPU: previous cumulative busy/total ns from virNodeGetCPUStats.
    quint64 m_hostBusy = 0, m_hostTotal = 0;
    bool m_hostHasPrevious = false;
    bool m_hostCpuUnsupported = false;
    bool m_nodeMemoryStatsUnsupported = false;
};

} // namespace welkin::libvirt
