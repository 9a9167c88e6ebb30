#pragma once

#include "MetricSample.h"

#include <vector>

namespace welkin {

// The last `capacity` samples of one resource in a fixed block allocated once: appending never
// allocates, and the oldest sample is overwritten when full.
//
// Memory: one point is 32 bytes (a 32-bit ms offset from the series' base time and seven
// floats: CPU, guest CPU, memory used, disk read/write, net rx/tx). Memory total and running VMs
// change rarely and are kept once per series (latest value). At the default 300 points (10 min
// at a 2 s poll) a series takes 300 x 32 = 9,600 bytes plus a ~64-byte header and the hash entry: about 9.5 KiB
// per VM, ~95 MiB for 10,000 VMs.
class LiveSeries
{
public:
    explicit LiveSeries(int capacity);

    void append(const MetricSample &sample);
    void clear() { m_size = 0; m_head = 0; }

    int size() const { return m_size; }
    int capacity() const { return m_capacity; }
    bool isEmpty() const { return m_size == 0; }

    // i = 0 is the oldest. The returned sample has no id (the caller knows whose it is).
    qint64 timestampAt(int i) const;
    MetricSample sampleAt(int i) const;
    MetricSample latest() const { return sampleAt(m_size - 1); }

    static constexpr qsizetype bytesPerPoint = 32;

private:
    struct Point {
        qint32 offsetMs;   // from m_baseMs
        float cpu, cpuGuest, memoryUsedKiB, diskRead, diskWrite, netRx, netTx;
    };
    static_assert(sizeof(Point) == bytesPerPoint);
    const Point &at(int i) const { return m_points[size_t((m_head + i) % m_capacity)]; }
    void rebase(qint64 timestampMs);

    std::vector<Point> m_points; // sized once, never grows
    int m_capacity;
    int m_head = 0;   // index of the oldest point
    int m_size = 0;
    qint64 m_baseMs = 0;
    qint64 m_memoryTotalKiB = -1;
    int m_runningVms = -1;
};

} // namespace welkin
