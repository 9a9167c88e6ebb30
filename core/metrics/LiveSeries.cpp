#include "LiveSeries.h"

#include <algorithm>
#include <limits>

namespace welkin {

namespace {

float toFloat(double v) { return static_cast<float>(v); }
float kibToFloat(qint64 v) { return v < 0 ? NAN : static_cast<float>(v); }

} // namespace

LiveSeries::LiveSeries(int capacity) : m_points(size_t(std::max(capacity, 1))), m_capacity(std::max(capacity, 1))
{
}

void LiveSeries::rebase(qint64 timestampMs)
{
    // Offsets are 32-bit: after ~24 days (or a clock jump) move the base to the oldest point.
    const qint64 newBase = m_size > 0 ? std::min(timestampAt(0), timestampMs) : timestampMs;
    const qint64 newest = m_size > 0 ? std::max(timestampAt(m_size - 1), timestampMs) : timestampMs;
    if (newest - newBase > std::numeric_limits<qint32>::max()) {
        clear(); // a jump beyond the window: nothing old is worth keeping
        m_baseMs = timestampMs;
        return;
    }
    for (int i = 0; i < m_size; ++i) {
        Point &p = m_points[size_t((m_head + i) % m_capacity)];
        p.offsetMs = qint32(m_baseMs + p.offsetMs - newBase);
    }
    m_baseMs = newBase;
}

void LiveSeries::append(const MetricSample &s)
{
    if (m_size == 0)
        m_baseMs = s.timestampMs;
    const qint64 offset = s.timestampMs - m_baseMs;
    if (offset < 0 || offset > std::numeric_limits<qint32>::max())
        rebase(s.timestampMs);
    const Point point{qint32(s.timestampMs - m_baseMs), toFloat(s.cpuPercent), toFloat(s.cpuGuestPercent),
                      kibToFloat(s.memoryUsedKiB), toFloat(s.diskReadBps), toFloat(s.diskWriteBps),
                      toFloat(s.netRxBps), toFloat(s.netTxBps)};
    if (m_size < m_capacity) {
        m_points[size_t((m_head + m_size) % m_capacity)] = point;
        ++m_size;
    } else {
        m_points[size_t(m_head)] = point;
        m_head = (m_head + 1) % m_capacity;
    }
    if (s.memoryTotalKiB >= 0)
        m_memoryTotalKiB = s.memoryTotalKiB;
    if (s.runningVms >= 0)
        m_runningVms = s.runningVms;
}

qint64 LiveSeries::timestampAt(int i) const
{
    return m_baseMs + at(i).offsetMs;
}

MetricSample LiveSeries::sampleAt(int i) const
{
    MetricSample s;
    if (i < 0 || i >= m_size)
        return s;
    const Point &p = at(i);
    s.timestampMs = m_baseMs + p.offsetMs;
    s.cpuPercent = p.cpu;
    s.cpuGuestPercent = p.cpuGuest;
    s.memoryUsedKiB = std::isnan(p.memoryUsedKiB) ? -1 : qint64(p.memoryUsedKiB);
    s.memoryTotalKiB = m_memoryTotalKiB;
    s.diskReadBps = p.diskRead;
    s.diskWriteBps = p.diskWrite;
    s.netRxBps = p.netRx;
    s.netTxBps = p.netTx;
    s.runningVms = m_runningVms;
    return s;
}

} // namespace welkin
