#include "Metric.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

double sumOf(double a, double b)
{
    // One side unknown: the sum is unknown, not the known half.
    return std::isnan(a) || std::isnan(b) ? NAN : a + b;
}

} // namespace

double metricValue(const MetricSample &s, Metric metric)
{
    switch (metric) {
    case Metric::Cpu:
        // Clouds that know only one CPU figure for a VM report it as its own share.
        if (s.id.kind() == ResourceKind::Vm && !std::isnan(s.cpuGuestPercent))
            return s.cpuGuestPercent;
        return s.cpuPercent;
    case Metric::CpuHost: return s.cpuPercent;
    case Metric::MemoryPercent:
        if (s.memoryUsedKiB < 0 || s.memoryTotalKiB <= 0)
            return NAN;
        return std::min(100.0, 100.0 * double(s.memoryUsedKiB) / double(s.memoryTotalKiB));
    case Metric::MemoryUsedBytes:
        if (s.memoryUsedKiB >= 0)
            return double(s.memoryUsedKiB) * 1024.0;
        // A VM whose guest says nothing holds its allocation on its host.
        if (s.id.kind() == ResourceKind::Vm && s.memoryTotalKiB > 0)
            return double(s.memoryTotalKiB) * 1024.0;
        return NAN;
    case Metric::DiskBps: return sumOf(s.diskReadBps, s.diskWriteBps);
    case Metric::DiskReadBps: return s.diskReadBps;
    case Metric::DiskWriteBps: return s.diskWriteBps;
    case Metric::NetBps: return sumOf(s.netRxBps, s.netTxBps);
    case Metric::NetRxBps: return s.netRxBps;
    case Metric::NetTxBps: return s.netTxBps;
    case Metric::RunningVms: return s.runningVms < 0 ? NAN : double(s.runningVms);
    }
    return NAN;
}

bool powerStateHasFigures(PowerState state)
{
    switch (state) {
    case PowerState::Running:
    case PowerState::Blocked:
    case PowerState::ShuttingDown:
    case PowerState::Migrating: return true;
    default: return false;
    }
}

double shownMetricValue(const MetricSample *latest, Metric metric, PowerState vmState)
{
    if (!latest || (latest->id.kind() == ResourceKind::Vm && !powerStateHasFigures(vmState)))
        return NAN;
    return metricValue(*latest, metric);
}

QString metricName(Metric metric)
{
    switch (metric) {
    case Metric::Cpu: return u"cpu"_s;
    case Metric::CpuHost: return u"hostcpu"_s;
    case Metric::MemoryPercent: return u"mem"_s;
    case Metric::MemoryUsedBytes: return u"memused"_s;
    case Metric::DiskBps: return u"disk"_s;
    case Metric::DiskReadBps: return u"diskread"_s;
    case Metric::DiskWriteBps: return u"diskwrite"_s;
    case Metric::NetBps: return u"net"_s;
    case Metric::NetRxBps: return u"netrx"_s;
    case Metric::NetTxBps: return u"nettx"_s;
    case Metric::RunningVms: return u"vms"_s;
    }
    return {};
}

std::optional<Metric> metricFromName(const QString &name)
{
    const QString lower = name.toLower();
    for (int i = 0; i < metricCount; ++i) {
        if (metricName(Metric(i)) == lower)
            return Metric(i);
    }
    if (lower == "memory"_L1)
        return Metric::MemoryPercent;
    return std::nullopt;
}

QStringList metricNames()
{
    QStringList names;
    for (int i = 0; i < metricCount; ++i)
        names.append(metricName(Metric(i)));
    return names;
}

QString metricDisplayName(Metric metric)
{
    const char *text = "";
    switch (metric) {
    case Metric::Cpu: text = QT_TRANSLATE_NOOP("Metric", "CPU"); break;
    case Metric::CpuHost: text = QT_TRANSLATE_NOOP("Metric", "Host share"); break;
    case Metric::MemoryPercent: text = QT_TRANSLATE_NOOP("Metric", "Memory"); break;
    case Metric::MemoryUsedBytes: text = QT_TRANSLATE_NOOP("Metric", "Memory used"); break;
    case Metric::DiskBps: text = QT_TRANSLATE_NOOP("Metric", "Disk I/O"); break;
    case Metric::DiskReadBps: text = QT_TRANSLATE_NOOP("Metric", "Disk read"); break;
    case Metric::DiskWriteBps: text = QT_TRANSLATE_NOOP("Metric", "Disk write"); break;
    case Metric::NetBps: text = QT_TRANSLATE_NOOP("Metric", "Network I/O"); break;
    case Metric::NetRxBps: text = QT_TRANSLATE_NOOP("Metric", "Network received"); break;
    case Metric::NetTxBps: text = QT_TRANSLATE_NOOP("Metric", "Network sent"); break;
    case Metric::RunningVms: text = QT_TRANSLATE_NOOP("Metric", "Running VMs"); break;
    }
    return QCoreApplication::translate("Metric", text);
}

QString metricDisplayName(Metric metric, ResourceKind kind)
{
    if (metric == Metric::Cpu && kind == ResourceKind::Vm)
        return QCoreApplication::translate("Metric", "CPU (of its vCPUs)");
    if (metric == Metric::Cpu && kind == ResourceKind::Host)
        return QCoreApplication::translate("Metric", "CPU (utilisation)");
    if (metric == Metric::MemoryPercent && kind == ResourceKind::Host)
        return QCoreApplication::translate("Metric", "Memory used (%)");
    return metricDisplayName(metric);
}

QString metricDescription(Metric metric)
{
    const char *text = "";
    switch (metric) {
    case Metric::Cpu:
        text = QT_TRANSLATE_NOOP("Metric", "VMs: how busy their own vCPUs are (100 % = every vCPU busy). "
                                           "Hosts: utilisation of all their CPUs. Paused and stopped VMs have none.");
        break;
    case Metric::CpuHost:
        text = QT_TRANSLATE_NOOP("Metric", "VMs: the share of their host's CPUs they take (100 % = the whole host). "
                                           "Hosts: utilisation.");
        break;
    case Metric::MemoryPercent:
        text = QT_TRANSLATE_NOOP("Metric", "VMs: the share of their memory the guest uses, when the guest reports it "
                                           "(balloon driver). Hosts: used share of their memory.");
        break;
    case Metric::MemoryUsedBytes:
        text = QT_TRANSLATE_NOOP("Metric", "VMs: the memory the guest uses, or its allocation when the guest does not "
                                           "report it. Hosts: memory in use. In bytes: memused>4G means over 4 GiB.");
        break;
    case Metric::DiskBps: text = QT_TRANSLATE_NOOP("Metric", "Bytes read and written per second."); break;
    case Metric::DiskReadBps: text = QT_TRANSLATE_NOOP("Metric", "Bytes read per second."); break;
    case Metric::DiskWriteBps: text = QT_TRANSLATE_NOOP("Metric", "Bytes written per second."); break;
    case Metric::NetBps: text = QT_TRANSLATE_NOOP("Metric", "Bytes received and sent per second."); break;
    case Metric::NetRxBps: text = QT_TRANSLATE_NOOP("Metric", "Bytes received per second."); break;
    case Metric::NetTxBps: text = QT_TRANSLATE_NOOP("Metric", "Bytes sent per second."); break;
    case Metric::RunningVms: text = QT_TRANSLATE_NOOP("Metric", "Running VMs of a host, connection or group."); break;
    }
    return QCoreApplication::translate("Metric", text);
}

bool metricIsPercent(Metric metric)
{
    return metric == Metric::Cpu || metric == Metric::CpuHost || metric == Metric::MemoryPercent;
}

bool metricIsRate(Metric metric)
{
    switch (metric) {
    case Metric::DiskBps:
    case Metric::DiskReadBps:
    case Metric::DiskWriteBps:
    case Metric::NetBps:
    case Metric::NetRxBps:
    case Metric::NetTxBps: return true;
    default: return false;
    }
}

QString formatBytes(double bytes)
{
    return QLocale().formattedDataSize(qint64(std::llround(bytes)), 1, QLocale::DataSizeIecFormat);
}

QString formatMetric(Metric metric, double value)
{
    if (std::isnan(value))
        return QCoreApplication::translate("Metric", "n/a");
    if (metricIsPercent(metric))
        return QLocale().toString(value, 'f', 1) + u" %"_s;
    if (metricIsRate(metric))
        return QCoreApplication::translate("Metric", "%1/s").arg(formatBytes(value));
    if (metric == Metric::MemoryUsedBytes)
        return formatBytes(value);
    return QLocale().toString(value, 'f', 0);
}

} // namespace welkin
