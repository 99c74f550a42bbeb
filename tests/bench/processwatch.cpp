#include "processwatch.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <ctime>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

using namespace Qt::StringLiterals;

namespace Berth::Bench {

qint64 steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

QSet<qint64> childPids(qint64 pid)
{
    QSet<qint64> pids;
    const QString base = pid ? u"/proc/%1/task"_s.arg(pid) : u"/proc/self/task"_s;
    const QStringList tasks = QDir(base).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &task : tasks) {
        QFile file(base + u'/' + task + u"/children"_s);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &p : file.readAll().split(' ')) {
            bool ok = false;
            const qint64 child = p.trimmed().toLongLong(&ok);
            if (ok)
                pids.insert(child);
        }
    }
    return pids;
}

QSet<qint64> descendantPids()
{
    QSet<qint64> all;
    QList<qint64> todo = childPids().values();
    while (!todo.isEmpty()) {
        const qint64 pid = todo.takeLast();
        if (all.contains(pid))
            continue;
        all.insert(pid);
        todo += childPids(pid).values();
    }
    return all;
}

qint64 processTicks(qint64 pid)
{
    QFile file(u"/proc/%1/stat"_s.arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = file.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    // After "pid (comm) ": state is field 0, utime field 11, stime field 12.
    return fields.size() > 12 ? fields.at(11).toLongLong() + fields.at(12).toLongLong() : -1;
}

QString commandOf(qint64 pid)
{
    QFile file(u"/proc/%1/cmdline"_s.arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return u"?"_s;
    return QString::fromLocal8Bit(file.readAll().replace('\0', ' ').trimmed().left(100));
}

double cpuSeconds(const rusage &r)
{
    return double(r.ru_utime.tv_sec + r.ru_stime.tv_sec) + double(r.ru_utime.tv_usec + r.ru_stime.tv_usec) / 1e6;
}

qint64 pssKb(qint64 pid)
{
    QFile file(pid ? u"/proc/%1/smaps_rollup"_s.arg(pid) : u"/proc/self/smaps_rollup"_s);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith("Pss:"))
            return line.mid(4).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

bool EventClock::start(const QString &cli, const QString &project)
{
    int fds[2];
    if (::pipe(fds) != 0)
        return false;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, fds[0]);
    posix_spawn_file_actions_addclose(&actions, fds[1]);
    const QByteArray program = cli.toLocal8Bit();
    const QByteArray filter = "label=com.docker.compose.project=" + project.toUtf8();
    QList<QByteArray> args{program, "events", "--format", "{{json .}}", "--filter", filter, "--filter", "type=container"};
    std::vector<char *> argv;
    for (QByteArray &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    const int rc = posix_spawn(&m_pid, program.constData(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(fds[1]);
    if (rc != 0) {
        ::close(fds[0]);
        return false;
    }
    m_fd = fds[0];
    m_thread = std::thread([this] { readLoop(); });
    return true;
}

void EventClock::stop()
{
    if (m_pid > 0) {
        ::kill(m_pid, SIGTERM);
        ::waitpid(m_pid, nullptr, 0);
        m_pid = 0;
    }
    if (m_thread.joinable())
        m_thread.join();
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

int EventClock::count() const
{
    std::lock_guard lock(m_mutex);
    return int(m_events.size());
}

qint64 EventClock::find(int from, const QString &action, const QString &service) const
{
    std::lock_guard lock(m_mutex);
    for (std::size_t i = std::size_t(from); i < m_events.size(); ++i) {
        if (m_events[i].action == action && m_events[i].service == service)
            return m_events[i].receivedNs;
    }
    return 0;
}

void EventClock::readLoop()
{
    QByteArray pending;
    char buffer[8192];
    for (;;) {
        const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
        // A signal (SIGCHLD of Berth's finished docker processes) interrupts the read: go on.
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return;
        const qint64 now = steadyNs();
        pending.append(buffer, n);
        qsizetype newline;
        while ((newline = pending.indexOf('\n')) >= 0) {
            const QJsonObject o = QJsonDocument::fromJson(pending.left(newline)).object();
            pending.remove(0, newline + 1);
            Event e;
            e.action = o.value(u"Action"_s).toString();
            e.service = o.value(u"Actor"_s).toObject().value(u"Attributes"_s).toObject()
                            .value(u"com.docker.compose.service"_s).toString();
            e.receivedNs = now;
            std::lock_guard lock(m_mutex);
            m_events.push_back(e);
        }
    }
}

void SpawnWatch::start()
{
    m_known = childPids();
    m_thread = std::thread([this] {
        std::unique_lock lock(m_mutex);
        for (;;) {
            const QSet<qint64> now = childPids();
            for (qint64 pid : now) {
                if (!m_known.contains(pid)) {
                    m_known.insert(pid);
                    m_spawned.append(commandOf(pid).isEmpty() ? QString::number(pid) : commandOf(pid));
                }
            }
            // The next look in 100 ms, or at once when stop() says so.
            if (m_stopped.wait_for(lock, std::chrono::milliseconds(100), [this] { return m_stop; }))
                break;
        }
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        m_cpuSeconds = double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
    });
}

void SpawnWatch::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_stopped.notify_one();
    if (m_thread.joinable())
        m_thread.join();
}

} // namespace Berth::Bench
