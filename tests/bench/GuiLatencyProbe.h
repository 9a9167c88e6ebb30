#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

namespace welkin::bench {

// How long the GUI thread was unable to serve its event loop: a 100 ms precise timer on that
// thread, whose every tick records its lateness (time since the previous tick minus 100 ms).
// A tick late by more than 50 ms is a stall a user notices. The worst stalls are kept with
// where they happened (ms since the origin, usually provider.open(), and the phase the
// benchmark named at that time) so they can be located.
class GuiLatencyProbe : public QObject
{
public:
    struct Stall {
        qint64 lateMs = 0;  // lateness of the tick that ended it
        qint64 fromMs = 0;  // previous tick, since the origin: the GUI thread was busy in between
        qint64 toMs = 0;    // this tick, since the origin
        QString phase;      // at the previous tick, "→ phase at this tick" when it changed meanwhile
    };

    static constexpr int intervalMs = 100;
    static constexpr int stallThresholdMs = 50;
    static constexpr int worstKept = 5;

    explicit GuiLatencyProbe(QObject *parent = nullptr);

    // Starts ticking; stall times are counted from now until setOrigin() moves the origin.
    void start();
    void stop() { m_timer.stop(); }
    // Times in stalls are relative to this moment (call it just before provider.open()).
    void setOrigin();
    // A label for what the benchmark is doing now ("rows", "details", "steady"); kept with stalls.
    void setPhase(const QString &phase) { m_phase = phase; }

    qint64 longestLateMs() const { return m_longestLateMs; }
    int stallCount() const { return m_stallCount; }
    qint64 ticks() const { return m_ticks; }
    // Longest first.
    const QList<Stall> &worstStalls() const { return m_worst; }

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_originMs = 0;  // on m_clock
    qint64 m_lastTickMs = 0; // on m_clock
    qint64 m_longestLateMs = 0;
    int m_stallCount = 0;
    qint64 m_ticks = 0;
    QString m_phase;
    QString m_phaseAtLastTick;
    QList<Stall> m_worst;
};

} // namespace welkin::bench
