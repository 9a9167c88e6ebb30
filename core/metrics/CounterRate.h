#pragma once

#include <QtGlobal>

namespace welkin {

// Turning cumulative counters into rates. A counter that went backwards (VM restarted, counter
// wrapped or reset) yields NaN for that cycle instead of a spike; the new value becomes the base.
struct CounterReading {
    qint64 wallNs = 0;   // monotonic or wall time of the reading, ns
    quint64 value = 0;   // cumulative counter (ns of CPU, bytes, ...)
};

// Increase per second between two readings; NaN when it cannot be computed.
double counterRatePerSecond(const CounterReading &previous, const CounterReading &current);

// CPU share in percent of `cpus` CPUs from cumulative CPU time in ns, clamped to [0, 100].
// cpus = the host's CPU count gives the host-relative figure, the VM's vCPUs the guest figure.
double cpuPercent(const CounterReading &previous, const CounterReading &current, int cpus);

} // namespace welkin
