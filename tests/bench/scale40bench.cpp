// Forty services (issue #18): a compose project of 40 small services, each printing a line a
// second, opened in the real Services panel, which follows every service's log in its merged
// view. Keys:
// - scale40_project_open_ms (and _ratio): from setProject() to all 40 rows showing "running",
//   against `docker compose ps --format json` alone (whole process), median of 5;
// - scale40_child_processes: Berth's long-running descendants once the panel has settled;
// - scale40_pss_mb: Berth plus its descendants, Pss from /proc/PID/smaps_rollup;
// - scale40_idle_cpu_pct: Berth plus its long-running descendants over the idle window (lines
//   keep arriving: one a second from each service), as a percentage of one core;
// - scale40_status_p95_ms_after_event: a `docker stop` shown, after the `die` event on a
//   reference `docker events` stream.
#include "benchengine.h"
#include "benchutil.h"
#include "processwatch.h"
#include "stoptimes.h"

#include "docker/dockerenvironment.h"
#include "logs/logmodel.h"
#include "models/servicemodel.h"
#include "services/servicespanel.h"

#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QJsonObject>
#include <QSet>
#include <QTimer>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Berth::Bench {

namespace {

constexpr int Services = 40;
constexpr int Repetitions = 20;
constexpr int IdleSeconds = 60;

QByteArray fortyServices()
{
    QByteArray yaml = "services:\n";
    for (int i = 1; i <= Services; ++i) {
        const QByteArray name = "s" + QByteArray::number(i).rightJustified(2, '0');
        // A line a second; the trap makes `docker stop` quick (a shell as PID 1 ignores SIGTERM).
        yaml += "  " + name + ":\n"
                "    image: berth-test/busybox:latest\n"
                "    command: [\"sh\", \"-c\", \"trap 'exit 0' TERM INT; i=0; while true; do i=$$((i+1)); "
                "echo " + name + " line $$i; sleep 1 & wait; done\"]\n";
    }
    return yaml;
}

int runningRows(const ServiceModel *model)
{
    int running = 0;
    for (int i = 0; i < model->rowCount(); ++i)
        running += model->row(i).state == "running"_L1;
    return running;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return -1.0;
    std::sort(values.begin(), values.end());
    return values.at(qsizetype(std::min<double>(double(values.size() - 1), std::ceil(p / 100.0 * double(values.size())) - 1)));
}

// Services whose lines the merged log shows.
QSet<QString> servicesWithLines(const LogModel *model)
{
    QSet<QString> services;
    for (int row = 0; row < model->lineCount(); ++row)
        services.insert(model->entry(row).service);
    return services;
}

// Counts paint events per widget class (the panel's children), to see what the idle cost paints.
class PaintCounter : public QObject
{
public:
    QHash<QString, int> counts;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            const QObject *owner = watched->parent() && watched->objectName() == "qt_scrollarea_viewport"_L1
                ? watched->parent()
                : watched;
            ++counts[QString::fromLatin1(owner->metaObject()->className())];
        }
        return false;
    }
};

} // namespace

QJsonObject runScale40Bench()
{
    QJsonObject result;
    std::unique_ptr<DockerEnvironment> environment =
        qEnvironmentVariableIsEmpty("DOCKER_HOST") ? nullptr : probedEnvironment();
    if (!environment) {
        report(u"scale40: no usable engine; not measured"_s);
        return result;
    }
    BenchProject project(*environment, fortyServices(), u"b40"_s);
    const ComposeProject compose = project.project();
    if (!Berth::Bench::compose(*environment, compose, {u"up"_s, u"-d"_s})) {
        report(u"scale40: compose up failed; not measured"_s);
        return result;
    }
    const QString cli = environment->cliPath();

    // --- Opening the project, against `docker compose ps --format json` alone.
    const double psMs = medianProcessMs(environment->composeProgram(),
                                        environment->composePrefix() + compose.arguments({u"ps"_s, u"--format"_s, u"json"_s}));
    QList<double> opens;
    for (int run = 0; run <= Runs; ++run) {
        auto *panel = new ServicesPanel;
        panel->resize(420, 900);
        panel->show();
        QElapsedTimer clock;
        clock.start();
        panel->setProject(compose.directory);
        ServiceModel *model = panel->serviceModel();
        const bool shown = waitFor([&] { return runningRows(model) == Services; }, 60000);
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        if (!shown)
            report(u"scale40: open %1 left out: %2 of %3 rows running after 60 s"_s.arg(run).arg(runningRows(model)).arg(Services));
        else if (run > 0) // the first is a warm-up
            opens.append(ms);
        panel->shutdown();
        waitFor([] { return false; }, 500);
        delete panel;
    }
    const double openMs = median(opens);
    report(u"scale40: project opened, 40 rows running, in %1 ms (median of %2); docker compose ps --format json alone "
           u"%3 ms: ratio %4 (scale40_project_open_ms, target <= 1.2 x)"_s.arg(openMs, 0, 'f', 1).arg(opens.size())
               .arg(psMs, 0, 'f', 1).arg(openMs / psMs, 0, 'f', 2));
    result.insert(u"scale40_project_open_ms"_s, openMs);
    result.insert(u"scale40_compose_ps_ms"_s, psMs);
    result.insert(u"scale40_project_open_ratio"_s, openMs / psMs);

    // --- The panel open, every service's log followed in the merged view.
    EventClock events;
    if (!events.start(cli, compose.name)) {
        report(u"scale40: cannot start the reference docker events stream"_s);
        return result;
    }
    const QSet<qint64> before = descendantPids(); // the reference stream
    auto *panel = new ServicesPanel;
    panel->resize(420, 900);
    panel->show();
    panel->setProject(compose.directory);
    ServiceModel *model = panel->serviceModel();
    LogModel *logs = panel->logModel();
    if (!waitFor([&] { return runningRows(model) == Services; }, 60000)
        || !waitFor([&] { return servicesWithLines(logs).size() == Services; }, 30000)) {
        report(u"scale40: the panel shows %1 running rows and lines of %2 services"_s.arg(runningRows(model))
                   .arg(servicesWithLines(logs).size()));
        delete panel;
        return result;
    }
    waitFor([] { return false; }, 3000); // start-up settles
    const auto ownDescendants = [&] {
        QSet<qint64> pids = descendantPids();
        for (qint64 pid : before) // the reference stream
            pids.remove(pid);
        return pids;
    };
    const QSet<qint64> first = ownDescendants();
    waitFor([] { return false; }, 2000);
    QSet<qint64> longRunning = ownDescendants();
    longRunning.intersect(first);
    QStringList commands;
    qint64 pss = pssKb();
    for (qint64 pid : longRunning) {
        commands.append(commandOf(pid).section(u' ', 0, 2));
        pss += std::max<qint64>(0, pssKb(pid));
    }
    commands.sort();
    report(u"scale40: %1 long-running child processes (target <= 8): %2; Berth and them %3 MB PSS (Berth %4 MB; "
           u"target <= 250)"_s.arg(longRunning.size()).arg(commands.join(u", "_s)).arg(double(pss) / 1024.0, 0, 'f', 1)
               .arg(double(pssKb()) / 1024.0, 0, 'f', 1));
    result.insert(u"scale40_child_processes"_s, int(longRunning.size()));
    result.insert(u"scale40_pss_mb"_s, double(pss) / 1024.0);
    result.insert(u"scale40_berth_pss_mb"_s, double(pssKb()) / 1024.0);

    // --- Idle: nothing but the services' lines for IdleSeconds.
    QHash<qint64, qint64> ticks;
    for (qint64 pid : longRunning)
        ticks.insert(pid, processTicks(pid));
    const quint64 linesBefore = logs->totalAppended();
    PaintCounter paints;
    for (QWidget *widget : panel->findChildren<QWidget *>())
        widget->installEventFilter(&paints);
    rusage selfBefore{};
    getrusage(RUSAGE_SELF, &selfBefore);
    QElapsedTimer wall;
    wall.start();
    {
        QEventLoop idle;
        QTimer::singleShot(IdleSeconds * 1000, Qt::PreciseTimer, &idle, &QEventLoop::quit);
        idle.exec();
    }
    rusage selfAfter{};
    getrusage(RUSAGE_SELF, &selfAfter);
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    // The reference stream's reader thread blocks on its pipe; its CPU is negligible but counted.
    const double berthCpu = cpuSeconds(selfAfter) - cpuSeconds(selfBefore);
    qint64 childTicks = 0;
    for (auto it = ticks.cbegin(); it != ticks.cend(); ++it) {
        const qint64 now = processTicks(it.key());
        if (now >= 0 && it.value() >= 0)
            childTicks += now - it.value();
    }
    const double childCpu = double(childTicks) / double(sysconf(_SC_CLK_TCK));
    const double idlePct = (berthCpu + childCpu) / seconds * 100.0;
    const quint64 lines = logs->totalAppended() - linesBefore;
    report(u"scale40: idle %1 s, %2 lines shown (%3 a second): Berth %4 %, its children %5 %, together %6 % of one "
           u"core (scale40_idle_cpu_pct, target <= 0.5)"_s.arg(seconds, 0, 'f', 0).arg(lines)
               .arg(double(lines) / seconds, 0, 'f', 1).arg(berthCpu / seconds * 100.0, 0, 'f', 3)
               .arg(childCpu / seconds * 100.0, 0, 'f', 3).arg(idlePct, 0, 'f', 3));
    QStringList painted;
    for (auto it = paints.counts.cbegin(); it != paints.counts.cend(); ++it)
        painted.append(u"%1 %2"_s.arg(it.key()).arg(it.value()));
    painted.sort();
    report(u"scale40: paint events while idle: "_s + painted.join(u", "_s));
    result.insert(u"scale40_idle_cpu_pct"_s, idlePct);
    result.insert(u"scale40_idle_berth_cpu_pct"_s, berthCpu / seconds * 100.0);
    result.insert(u"scale40_idle_children_cpu_pct"_s, childCpu / seconds * 100.0);

    // --- Status: a stop shown after the `die` event.
    const StopTimes times = measureStops(cli, compose, model, events, Services, Repetitions);
    events.stop();
    report(u"scale40: stop of one service shown %1 ms (median) / %2 ms (p95) / %3 ms (max) after the die event, %4 "
           u"repetitions (scale40_status_p95_ms_after_event, target <= 100)"_s.arg(median(times.afterEvent), 0, 'f', 1)
               .arg(percentile(times.afterEvent, 95), 0, 'f', 1).arg(percentile(times.afterEvent, 100), 0, 'f', 1)
               .arg(times.afterEvent.size()));
    result.insert(u"scale40_status_p95_ms_after_event"_s, percentile(times.afterEvent, 95));
    result.insert(u"scale40_status_repetitions_measured"_s, int(times.afterEvent.size()));

    panel->shutdown();
    waitFor([] { return false; }, 500);
    delete panel;
    return result;
}

} // namespace Berth::Bench
