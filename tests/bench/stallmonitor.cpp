#include "stallmonitor.h"

#include <QEventLoop>
#include <QFile>
#include <QSocketNotifier>

#include <algorithm>
#include <cstdio>

#include <cerrno>
#include <cstring>

#include <sys/syscall.h>
#include <unistd.h>

namespace Berth::Bench {

namespace {

// The calling thread's nanoseconds on a processor and waiting on a run queue; -1 when unknown.
std::pair<qint64, qint64> schedulerTimes()
{
    QFile file(QStringLiteral("/proc/thread-self/schedstat"));
    if (!file.open(QIODevice::ReadOnly))
        return {-1, -1};
    const QList<QByteArray> fields = file.readAll().simplified().split(' ');
    if (fields.size() < 2)
        return {-1, -1};
    return {fields.at(0).toLongLong(), fields.at(1).toLongLong()};
}

} // namespace

void StallMonitor::start()
{
    m_stalls.clear();
    m_onCpu.clear();
    m_waiting.clear();
    std::tie(m_lastOnCpuNs, m_lastWaitingNs) = schedulerTimes();
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(IntervalMs);
    QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
        const qint64 now = m_clock.nsecsElapsed();
        const double gapMs = double(now - m_last) / 1e6;
        m_stalls.append(std::max(0.0, gapMs - IntervalMs));
        m_last = now;
        const auto [onCpu, waiting] = schedulerTimes();
        if (onCpu >= 0 && m_lastOnCpuNs >= 0) {
            m_onCpu.append(double(onCpu - m_lastOnCpuNs) / 1e6);
            m_waiting.append(double(waiting - m_lastWaitingNs) / 1e6);
        }
        m_lastOnCpuNs = onCpu;
        m_lastWaitingNs = waiting;
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

// The floor under any GUI thread's stalls: an event loop in a process of its own with nothing to
// do but the monitor's timer, until its standard input ends (or the given time at most). Prints
// "max over16 waiting" (ms, count, ms on a run queue in all) for the section that started it.
int tickWorker(int milliseconds)
{
    // BERTH_BENCH_SLICE_US: ask the scheduler for a shorter time slice (EEVDF, Linux 6.12 and
    // later: sched_attr.sched_runtime of a SCHED_OTHER thread), which gives a waking thread an
    // earlier deadline. The live section compares an idle process with and without it.
    bool sliceSet = false;
    if (const qint64 sliceUs = qEnvironmentVariableIntValue("BERTH_BENCH_SLICE_US"); sliceUs > 0) {
        struct Attr
        {
            quint32 size;
            quint32 policy;
            quint64 flags;
            qint32 nice;
            quint32 priority;
            quint64 runtime;
            quint64 deadline;
            quint64 period;
        } attr{};
        attr.size = sizeof attr;
        attr.policy = 0; // SCHED_OTHER
        attr.runtime = quint64(sliceUs) * 1000;
        sliceSet = ::syscall(SYS_sched_setattr, 0, &attr, 0) == 0;
        if (!sliceSet)
            std::fprintf(stderr, "sched_setattr: %s\n", std::strerror(errno));
    }
    StallMonitor stalls;
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &loop, [&] {
        char buffer[256];
        if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0)
            loop.quit();
    });
    stalls.start();
    loop.exec();
    stalls.stop();
    double waiting = 0;
    for (double ms : stalls.waitingMs())
        waiting += ms;
    std::printf("%.3f %d %.3f %d\n", stalls.maxStallMs(), stalls.stallsOver(16), waiting, int(sliceSet));
    return 0;
}

} // namespace Berth::Bench
