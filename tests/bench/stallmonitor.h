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

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    QList<double> m_stalls;
};

} // namespace Berth::Bench
