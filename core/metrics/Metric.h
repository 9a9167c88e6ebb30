#pragma once

#include "MetricSample.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace welkin {

// A figure one can chart, search for (`cpu>80`) or alert on, read from a MetricSample.
enum class Metric : quint8 {
    Cpu,            // VMs: share of their own vCPUs (host share when unknown); hosts: utilisation
    CpuHost,        // VMs: share of the whole host; hosts: utilisation
    MemoryPercent,  // used / total
    MemoryUsedKiB,
    DiskBps,        // read + write
    DiskReadBps,
    DiskWriteBps,
    NetBps,         // rx + tx
    NetRxBps,
    NetTxBps,
    RunningVms,     // hosts, providers, groups
};

inline constexpr int metricCount = int(Metric::RunningVms) + 1;

// The value of `metric` in `sample`; NaN when the sample does not have it.
double metricValue(const MetricSample &sample, Metric metric);

QString metricName(Metric metric);              // stable, for queries and rules: "cpu", "diskread"
std::optional<Metric> metricFromName(const QString &name); // case-insensitive
QStringList metricNames();
QString metricDisplayName(Metric metric);       // translated: "CPU", "Disk read"
bool metricIsPercent(Metric metric);
bool metricIsRate(Metric metric);               // bytes per second

// "12.5 %", "3.2 MiB/s", "1.5 GiB" for read-outs and top-N tables.
QString formatMetric(Metric metric, double value);
QString formatBytes(double bytes);

} // namespace welkin
