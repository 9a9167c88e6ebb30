#pragma once

#include "MetricSample.h"
#include "model/PowerState.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace welkin {

// A figure one can chart, search for (`cpu>80`) or alert on, read from a MetricSample. Every
// view (tree, tables, charts, dashboard, search, alerts) reads a figure through metricValue() or
// shownMetricValue(), so one name means one number everywhere; metricDescription() says what it is.
enum class Metric : quint8 {
    Cpu,            // VMs: busy share of their own vCPUs; hosts: utilisation of all their CPUs
    CpuHost,        // VMs: share of their host's CPUs; hosts: utilisation
    MemoryPercent,  // VMs: guest-reported use of their memory (unknown without balloon stats); hosts: used / total
    MemoryUsedBytes, // VMs: guest-reported use, else their allocation; hosts: used
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

// Whether a VM in `state` has figures now: paused, suspended, stopped or failed VMs have none
// (their last sample is history, not what they use).
bool powerStateHasFigures(PowerState state);
// What a view shows for a resource now: metricValue() of its newest sample, NaN when there is
// none or the resource is a VM in a state without figures (`vmState`; ignored for hosts).
double shownMetricValue(const MetricSample *latest, Metric metric, PowerState vmState = PowerState::Running);

QString metricName(Metric metric);              // stable, for queries and rules: "cpu", "diskread"
std::optional<Metric> metricFromName(const QString &name); // case-insensitive
QStringList metricNames();
QString metricDisplayName(Metric metric);       // translated: "CPU", "Host share", "Disk read"
// The name with its meaning for one kind of resource: "CPU (of its vCPUs)" for VMs,
// "CPU (utilisation)" for hosts; otherwise metricDisplayName().
QString metricDisplayName(Metric metric, ResourceKind kind);
QString metricDescription(Metric metric);       // translated: the definition, for tooltips and help
bool metricIsPercent(Metric metric);
bool metricIsRate(Metric metric);               // bytes per second

// "12.5 %", "3.2 MiB/s", "1.5 GiB" for read-outs and top-N tables.
QString formatMetric(Metric metric, double value);
QString formatBytes(double bytes);

} // namespace welkin
