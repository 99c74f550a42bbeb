#include "benchengine.h"
#include "benchutil.h"
#include "processwatch.h"
#include "stoptimes.h"

#include "docker/dockerenvironment.h"
#include "models/servicemodel.h"
#include "services/servicespanel.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QProcess>
#include <QTimer>


#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Berth::Bench {

namespace {

constexpr int Services = 10;
constexpr int Repetitions = 20;

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

} // namespace

StopTimes measureStops(const QString &cli, const ComposeProject &compose, const ServiceModel *model,
                       const EventClock &clock, int services, int repetitions)
{
    StopTimes times;
    QList<double> &afterEvent = times.afterEvent, &afterStopEvent = times.afterStopEvent,
                  &afterCommand = times.afterCommand;
    for (int rep = 0; rep < repetitions; ++rep) {
        const QString service = u"s%1"_s.arg(rep % services + 1, 2, 10, QChar(u'0'));
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
    return times;
}

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

    const StopTimes times = measureStops(cli, compose, model, clock, Services, Repetitions);
    const QList<double> &afterEvent = times.afterEvent, &afterStopEvent = times.afterStopEvent,
                        &afterCommand = times.afterCommand;
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
