#pragma once

// Watching processes for the status and forty-services sections: a reference `docker events`
// clock read by a thread of its own, this process's children and their CPU and memory.
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

#include <sys/resource.h>
#include <sys/types.h>

namespace Berth::Bench {

qint64 steadyNs();
// Direct children of a process (0: this one), from every thread's children list (Linux 3.5+).
QSet<qint64> childPids(qint64 pid = 0);
// Every descendant of this process.
QSet<qint64> descendantPids();
// utime + stime of a process in clock ticks; -1 when gone.
qint64 processTicks(qint64 pid);
QString commandOf(qint64 pid);
double cpuSeconds(const rusage &r);
// Proportional set size of a process in kB (/proc/PID/smaps_rollup; 0: this one); -1 when unknown.
qint64 pssKb(qint64 pid = 0);

// The reference clock: a `docker events` stream of its own, read by a thread that blocks on the
// pipe and stamps each line the moment it arrives (independent of Berth's event loop).
class EventClock
{
public:
    struct Event
    {
        QString action;
        QString service;
        qint64 receivedNs = 0;
    };

    bool start(const QString &cli, const QString &project);
    void stop();
    ~EventClock() { stop(); }
    int count() const;
    // The first event with this action for the service at index `from` or later; 0 when none.
    qint64 find(int from, const QString &action, const QString &service) const;

private:
    void readLoop();

    pid_t m_pid = 0;
    int m_fd = -1;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::vector<Event> m_events;
};

// Polls for new direct children of this process every 100 ms from a thread of its own, and
// measures its own CPU so the caller can take it out of the process's figure.
class SpawnWatch
{
public:
    void start();
    void stop();
    QStringList spawned() const { return m_spawned; }
    double cpuSeconds() const { return m_cpuSeconds; }

private:
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_stopped;
    bool m_stop = false;
    QSet<qint64> m_known;
    QStringList m_spawned;
    double m_cpuSeconds = 0;
};

} // namespace Berth::Bench
