#pragma once

#include "metrics/CounterRate.h"
#include "metrics/MetricSample.h"
#include "model/ResourceId.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QString>

namespace welkin::cloudstack {

// Host figures from a listHostsMetrics object: cpuused ("12.5%"), memoryusedgb / memorytotalgb
// ("6.00 GB", the metrics plugin's strings) else memoryused / memorytotal (bytes), instances
// ("2 / 3" running / total).
MetricSample hostMetricsSample(const ResourceId &host, const QJsonObject &object, qint64 timestampMs);

// The number a formatted metrics value starts with: "6.00 GB" -> 6, "1.5 Ghz" -> 1.5, 7 -> 7;
// NaN when there is none.
double leadingNumber(const QJsonValue &value);

// listCapacity rows -> zone id -> detail rows ("CPU" -> "3.20 GHz / 16.00 GHz (20.0 %)").
// Rows of a pod or cluster (podid / clusterid set) are left out: the zone total is wanted.
QHash<QString, QMap<QString, QString>> zoneCapacityDetails(const QJsonArray &capacities);
// "used / total (pct %)" in the unit the capacity type counts in (bytes, MHz or items).
QString capacityText(int type, double used, double total, double percent);
// The label of a capacity type ("Memory", "CPU", "Primary storage"…); empty for unknown types.
QString capacityLabel(int type);

// CloudStack reports network and disk traffic of a VM as cumulative KiB (networkkbsread,
// networkkbswrite, diskkbsread, diskkbswrite). This remembers the last reading per VM and turns
// the next one into bytes per second. One instance per poll sequence; not thread-safe.
class VmTrafficRates
{
public:
    // Fills netRxBps/netTxBps/diskReadBps/diskWriteBps of `sample` where a previous reading exists.
    void apply(MetricSample &sample, const QJsonObject &vm);
    // Forgets VMs not in `present` (removed or stopped reporting).
    void retain(const QSet<ResourceId> &present);
    void clear() { m_previous.clear(); }
    bool hasCounters(const QJsonObject &vm) const;

private:
    enum Counter { NetRx, NetTx, DiskRead, DiskWrite, CounterCount };
    struct Readings {
        CounterReading counter[CounterCount];
        bool known[CounterCount] = {};
    };
    QHash<ResourceId, Readings> m_previous;
};

} // namespace welkin::cloudstack
