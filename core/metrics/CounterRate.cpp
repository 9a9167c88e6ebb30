#include "CounterRate.h"

#include <algorithm>
#include <cmath>

namespace welkin {

double counterRatePerSecond(const CounterReading &previous, const CounterReading &current)
{
    const qint64 dtNs = current.wallNs - previous.wallNs;
    if (dtNs <= 0 || previous.wallNs == 0 || current.value < previous.value)
        return NAN;
    return static_cast<double>(current.value - previous.value) * 1e9 / static_cast<double>(dtNs);
}

double cpuPercent(const CounterReading &previous, const CounterReading &current, int cpus)
{
    if (cpus <= 0)
        return NAN;
    const double nsPerSecond = counterRatePerSecond(previous, current);
    if (std::isnan(nsPerSecond))
        return NAN;
    const double percent = nsPerSecond / 1e9 * 100.0 / cpus;
    return std::clamp(percent, 0.0, 100.0);
}

} // namespace welkin
