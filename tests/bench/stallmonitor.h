#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

namespace Berth::Bench {

// Measures how long the event loop is blocked: a precise 4 ms timer records the gap between its
// ticks; a gap beyond the interval is a stall of (gap - interval).
class StallMonitor : public QObject
{
public:
    static constexpr int IntervalMs = 4;

    void start();
    void stop();

    double maxStallMs() const;
    double percentileStallMs(double p) const; // over every tick, stall 0 when on time
    int stallsOver(double ms) const;
    // Each tick's stall, in order (tick n came about n * IntervalMs + the stalls before it after start()).
    const QList<double> &stalls() const { return m_stalls; }
    // Per tick, the GUI thread's time on a processor and its time waiting for one (runnable but
    // not running: the scheduler gave the cores to other processes), in ms since the tick before,
    // from /proc/thread-self/schedstat; empty where that file is missing.
    const QList<double> &onCpuMs() const { return m_onCpu; }
    const QList<double> &waitingMs() const { return m_waiting; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    QList<double> m_stalls;
    QList<double> m_onCpu;
    QList<double> m_waiting;
    qint64 m_lastOnCpuNs = -1;
    qint64 m_lastWaitingNs = -1;
};

} // namespace Berth::Bench
