#include "GuiLatencyProbe.h"

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace welkin::bench {

GuiLatencyProbe::GuiLatencyProbe(QObject *parent) : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &GuiLatencyProbe::tick);
}

void GuiLatencyProbe::start()
{
    m_clock.start();
    m_originMs = 0;
    m_lastTickMs = 0;
    m_phaseAtLastTick = m_phase;
    m_timer.start();
}

void GuiLatencyProbe::setOrigin()
{
    m_originMs = m_clock.elapsed();
}

void GuiLatencyProbe::tick()
{
    const qint64 now = m_clock.elapsed();
    const qint64 lateMs = std::max<qint64>(0, now - m_lastTickMs - intervalMs);
    const qint64 previous = std::exchange(m_lastTickMs, now);
    const QString phaseBefore = std::exchange(m_phaseAtLastTick, m_phase);
    ++m_ticks;
    m_longestLateMs = std::max(m_longestLateMs, lateMs);
    if (lateMs <= stallThresholdMs)
        return;
    ++m_stallCount;
    const QString phase = phaseBefore == m_phase ? m_phase : phaseBefore + u" → "_s + m_phase;
    const Stall stall{lateMs, previous - m_originMs, now - m_originMs, phase};
    const auto at = std::find_if(m_worst.begin(), m_worst.end(), [lateMs](const Stall &s) { return s.lateMs < lateMs; });
    m_worst.insert(at, stall);
    if (m_worst.size() > worstKept)
        m_worst.removeLast();
}

} // namespace welkin::bench
