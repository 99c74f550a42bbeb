#include "benchengine.h"
#include "benchutil.h"

#include "docker/dockerenvironment.h"
#include "models/servicemodel.h"
#include "services/servicespanel.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <cerrno>
#include <thread>

#include <csignal>
#include <ctime>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

using namespace Qt::StringLiterals;

namespace Berth::Bench {

namespace {

constexpr int Services = 10;
constexpr int Repetitions = 20;

qint64 steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

QByteArray tenServices()
{
    QByteArray yaml = "services:\n";
    for (int i = 1; i <= Services; ++i) {
        // The trap makes `docker stop` quick: a shell as PID 1 ignores SIGTERM otherwise.
        yaml += "  s" + QByteArray::number(i).rightJustified(2, '0') + ":\n"
                "    image: berth-test/busybox:latest\n"
                "    command: [\"sh\", \"-c\", \"trap 'exit 0' TERM INT; sleep 86400 & wait\"]\n";
    }
    return yaml;
}

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

    bool start(const QString &cli, const QString &project)
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

    void stop()
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

    ~EventClock() { stop(); }

    int count() const
    {
        std::lock_guard lock(m_mutex);
        return int(m_events.size());
    }

    // The first event with this action for the service at index `from` or later; 0 when none.
    qint64 find(int from, const QString &action, const QString &service) const
    {
        std::lock_guard lock(m_mutex);
        for (std::size_t i = std::size_t(from); i < m_events.size(); ++i) {
            if (m_events[i].action == action && m_events[i].service == service)
                return m_events[i].receivedNs;
        }
        return 0;
    }

private:
    void readLoop()
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

    pid_t m_pid = 0;
    int m_fd = -1;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::vector<Event> m_events;
};

QString stateOf(const ServiceModel *model, const QString &service)
{
    const int row = model->rowOf(service);
    return row < 0 ? QString() : model->row(row).state;
}

bool allRunning(const ServiceModel *model)
{
    int running = 0;
    for (int i = 0; i < model->rowCount(); ++i)
        running += model->row(i).state == "running"_L1;
    return running == Services;
}

// Direct children of this process, from every thread's children list (Linux 3.5+).
QSet<qint64> childPids(qint64 pid = 0)
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

// utime + stime of a process in clock ticks; -1 when gone.
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

// Polls for new direct children of this process every 100 ms from a thread of its own, and
// measures its own CPU so the caller can take it out of the process's figure.
class SpawnWatch
{
public:
    void start()
    {
        m_known = childPids();
        m_thread = std::thread([this] {
            while (!m_stop.load()) {
                const QSet<qint64> now = childPids();
                for (qint64 pid : now) {
                    if (!m_known.contains(pid)) {
                        m_known.insert(pid);
                        m_spawned.append(commandOf(pid).isEmpty() ? QString::number(pid) : commandOf(pid));
                    }
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
            }
            timespec ts{};
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
            m_cpuSeconds = double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
        });
    }
    void stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    QStringList spawned() const { return m_spawned; }
    double cpuSeconds() const { return m_cpuSeconds; }

private:
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    QSet<qint64> m_known;
    QStringList m_spawned;
    double m_cpuSeconds = 0;
};

} // namespace

// Status freshness: `docker stop` of one service from outside, from the die event on a separate
// `docker events` stream to the services panel's model showing the service not running. Idle
// cost: the panel watching 10 running services for idleSeconds (0: not measured).
QJsonObject runStatusBench(int idleSeconds)
{
    QJsonObject result;
    std::unique_ptr<DockerEnvironment> environment =
        qEnvironmentVariableIsEmpty("DOCKER_HOST") ? nullptr : probedEnvironment();
    if (!environment) {
        report(u"status: no usable engine; not measured"_s);
        return result;
    }
    BenchProject project(*environment, tenServices(), u"bs"_s);
    const ComposeProject compose = project.project();
    if (!Berth::Bench::compose(*environment, compose, {u"up"_s, u"-d"_s})) {
        report(u"status: compose up failed; not measured"_s);
        return result;
    }
    const QString cli = environment->cliPath();
    EventClock clock;
    if (!clock.start(cli, compose.name)) {
        report(u"status: cannot start the reference docker events stream"_s);
        return result;
    }

    auto *panel = new ServicesPanel;
    panel->resize(420, 900);
    panel->show();
    panel->setProject(compose.directory);
    ServiceModel *model = panel->serviceModel();
    if (!waitFor([&] { return model->rowCount() == Services && allRunning(model); }, 60000)) {
        report(u"status: the panel did not show %1 running services (it shows %2 rows)"_s.arg(Services).arg(model->rowCount()));
        delete panel;
        return result;
    }
    waitFor([] { return false; }, 1000); // the event stream's start-up settles

    QList<double> afterEvent, afterStopEvent, afterCommand;
    for (int rep = 0; rep < Repetitions; ++rep) {
        const QString service = u"s%1"_s.arg(rep % Services + 1, 2, 10, QChar(u'0'));
        const QString container = compose.name + u'-' + service + u"-1"_s;
        const int from = clock.count();
        qint64 shownNs = 0;
        const auto check = [&] {
            if (!shownNs && stateOf(model, service) != "running"_L1)
                shownNs = steadyNs();
        };
        const QMetaObject::Connection c1 = QObject::connect(model, &QAbstractItemModel::dataChanged, model, check);
        const QMetaObject::Connection c2 = QObject::connect(model, &QAbstractItemModel::rowsInserted, model, check);
        QProcess stop;
        const qint64 commandNs = steadyNs();
        stop.start(cli, {u"stop"_s, u"--time"_s, u"5"_s, container});
        const bool seen = waitFor([&] { return shownNs && stop.state() == QProcess::NotRunning; }, 30000);
        QObject::disconnect(c1);
        QObject::disconnect(c2);
        waitFor([&] { return clock.find(from, u"die"_s, service) != 0 && clock.find(from, u"stop"_s, service) != 0; },
                10000);
        const qint64 dieNs = clock.find(from, u"die"_s, service);
        const qint64 stopNs = clock.find(from, u"stop"_s, service);
        if (!seen || !dieNs) {
            report(u"status: repetition %1 (%2) left out: panel saw the stop %3, reference stream had the die event %4 "
                   u"(%5 events since the stop)"_s.arg(rep).arg(service).arg(shownNs != 0).arg(dieNs != 0)
                       .arg(clock.count() - from));
        } else {
            afterEvent.append(double(shownNs - dieNs) / 1e6);
            if (stopNs)
                afterStopEvent.append(double(shownNs - stopNs) / 1e6);
            afterCommand.append(double(shownNs - commandNs) / 1e6);
        }
        QProcess start;
        start.start(cli, {u"start"_s, container});
        waitFor([&] { return start.state() == QProcess::NotRunning && stateOf(model, service) == "running"_L1; }, 30000);
        waitFor([] { return false; }, 300); // the follow-up query of the start settles
    }
    clock.stop();
    const auto percentile = [](QList<double> v, double p) {
        if (v.isEmpty())
            return -1.0;
        std::sort(v.begin(), v.end());
        return v.at(qsizetype(std::min<double>(double(v.size() - 1), std::ceil(p / 100.0 * double(v.size())) - 1)));
    };
    report(u"status: stop of one service shown %1 ms (median) / %2 ms (p95) / %3 ms (max) after the die event on "
           u"docker events, p95 %4 ms after the stop event; %5 ms (median) after the docker stop command started; "
           u"%6 repetitions (target p95 <= 100 ms after the event)"_s
               .arg(median(afterEvent), 0, 'f', 1).arg(percentile(afterEvent, 95), 0, 'f', 1)
               .arg(percentile(afterEvent, 100), 0, 'f', 1).arg(percentile(afterStopEvent, 95), 0, 'f', 1)
               .arg(median(afterCommand), 0, 'f', 1).arg(afterEvent.size()));
    QStringList each;
    for (double ms : afterEvent)
        each.append(QString::number(ms, 'f', 0));
    report(u"status: each repetition, ms after the die event: "_s + each.join(u' '));
    result.insert(u"status_repetitions_measured"_s, int(afterEvent.size()));
    result.insert(u"status_p95_ms_after_event"_s, percentile(afterEvent, 95));
    result.insert(u"status_median_ms_after_event"_s, median(afterEvent));
    result.insert(u"status_max_ms_after_event"_s, percentile(afterEvent, 100));
    result.insert(u"status_p95_ms_after_stop_event"_s, percentile(afterStopEvent, 95));
    result.insert(u"status_median_ms_after_command"_s, median(afterCommand));

    // --- Idle: nothing happens; what does Berth cost? (0 s: not measured, the remote section)
    if (idleSeconds <= 0) {
        panel->shutdown();
        waitFor([] { return false; }, 500);
        delete panel;
        return result;
    }
    waitFor([] { return false; }, 2000);
    const QSet<qint64> streams = descendantPids();
    QHash<qint64, qint64> streamTicks;
    for (qint64 pid : streams)
        streamTicks.insert(pid, processTicks(pid));
    SpawnWatch watch;
    rusage selfBefore{}, childrenBefore{};
    getrusage(RUSAGE_SELF, &selfBefore);
    getrusage(RUSAGE_CHILDREN, &childrenBefore);
    QElapsedTimer wall;
    wall.start();
    watch.start();
    {
        // One timer for the whole window: the benchmark's own polling must not count as Berth's.
        QEventLoop idle;
        QTimer::singleShot(idleSeconds * 1000, Qt::PreciseTimer, &idle, &QEventLoop::quit);
        idle.exec();
    }
    watch.stop();
    rusage selfAfter{}, childrenAfter{};
    getrusage(RUSAGE_SELF, &selfAfter);
    getrusage(RUSAGE_CHILDREN, &childrenAfter);
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    const double berthCpu = cpuSeconds(selfAfter) - cpuSeconds(selfBefore) - watch.cpuSeconds();
    qint64 ticks = 0;
    for (auto it = streamTicks.cbegin(); it != streamTicks.cend(); ++it) {
        const qint64 now = processTicks(it.key());
        if (now >= 0 && it.value() >= 0)
            ticks += now - it.value();
    }
    const double streamCpu = double(ticks) / double(sysconf(_SC_CLK_TCK));
    const long reapedFaults = childrenAfter.ru_minflt - childrenBefore.ru_minflt;
    const QStringList spawned = watch.spawned();
    report(u"status idle %1 s with %2 services: Berth %3 % of one core (its own threads; the 100 ms child watcher's "
           u"%4 s taken out), its %5 long-running docker processes %6 %; processes spawned: %7 (children seen by a "
           u"100 ms /proc poll%8; page faults of reaped children %9) (targets: 0 spawned, <= 0.5 %)"_s
               .arg(seconds, 0, 'f', 0).arg(Services).arg(berthCpu / seconds * 100.0, 0, 'f', 3)
               .arg(watch.cpuSeconds(), 0, 'f', 3).arg(streams.size()).arg(streamCpu / seconds * 100.0, 0, 'f', 3)
               .arg(spawned.size()).arg(spawned.isEmpty() ? QString() : u": "_s + spawned.join(u"; "_s))
               .arg(reapedFaults));
    result.insert(u"idle_seconds"_s, seconds);
    result.insert(u"idle_cpu_pct"_s, berthCpu / seconds * 100.0);
    result.insert(u"idle_stream_processes_cpu_pct"_s, streamCpu / seconds * 100.0);
    result.insert(u"idle_processes_spawned"_s, int(spawned.size()));
    result.insert(u"idle_reaped_children_minflt"_s, double(reapedFaults));

    panel->shutdown();
    waitFor([] { return false; }, 500);
    delete panel;
    return result;
}

} // namespace Berth::Bench
