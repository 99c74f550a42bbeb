#include "stallmonitor.h"

#include <algorithm>

namespace Berth::Bench {

void StallMonitor::start()
{
    m_stalls.clear();
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(IntervalMs);
    QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
        const qint64 now = m_clock.nsecsElapsed();
        const double gapMs = double(now - m_last) / 1e6;
        m_stalls.append(std::max(0.0, gapMs - IntervalMs));
        m_last = now;
    });
    m_clock.start();
    m_last = 0;
    m_timer.start();
}

void StallMonitor::stop()
{
    m_timer.stop();
    QObject::disconnect(&m_timer, nullptr, this, nullptr);
    // The time since the last tick counts too: a stall still going on when measuring ends.
    const double tail = double(m_clock.nsecsElapsed() - m_last) / 1e6 - IntervalMs;
    if (tail > 0)
        m_stalls.append(tail);
}

double StallMonitor::maxStallMs() const
{
    return m_stalls.isEmpty() ? 0.0 : *std::max_element(m_stalls.cbegin(), m_stalls.cend());
}

double StallMonitor::percentileStallMs(double p) const
{
    if (m_stalls.isEmpty())
        return 0.0;
    QList<double> sorted = m_stalls;
    std::sort(sorted.begin(), sorted.end());
    const auto index = qsizetype(std::min<double>(double(sorted.size() - 1), p / 100.0 * double(sorted.size())));
    return sorted.at(index);
}

int StallMonitor::stallsOver(double ms) const
{
    return int(std::count_if(m_stalls.cbegin(), m_stalls.cend(), [ms](double s) { return s > ms; }));
}

} // namespace Berth::Bench
