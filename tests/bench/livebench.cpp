// The live flood (issue #18): a running container prints numbered 115-byte lines as fast as it
// can for 20 s while Berth follows it (LogFollower -> LogModel -> LogView, as the Services
// panel does), and `docker logs -f CONTAINER > /dev/null` follows it at the same time. Keys:
// log_live_ratio (the reference's time to its end over Berth's time to its last line painted,
// both from the moment they were started, before the first line), log_live_lost_lines,
// log_live_doubled_lines (each line's number checked as it arrives), log_live_max_stall_ms.
#include "benchengine.h"
#include "benchutil.h"
#include "stallmonitor.h"

#include "docker/composeproject.h"
#include "docker/dockerenvironment.h"
#include "logs/logfollower.h"
#include "logs/logline.h"
#include "logs/logmodel.h"
#include "services/logview.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QJsonObject>
#include <QProcess>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Berth::Bench {

namespace {

// BERTH_BENCH_LIVE_SECONDS shortens (or lengthens) the flood for profiling; the figures are for 20.
int floodSeconds()
{
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("BERTH_BENCH_LIVE_SECONDS", &ok);
    return ok && seconds > 0 ? seconds : 20;
}

// With BERTH_BENCH_TRACE, what the GUI thread did (appending a batch, painting the view) with
// its start and length in ms from the clock's start, to name the work behind each long stall.
struct Work
{
    double startMs;
    double lengthMs;
    QString what;
};

class PaintTimer : public QObject
{
public:
    PaintTimer(const QElapsedTimer *clock, QList<Work> *work)
        : m_clock(clock)
        , m_work(work)
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            QElapsedTimer paint;
            paint.start();
            const double at = double(m_clock->nsecsElapsed()) / 1e6;
            watched->event(event);
            m_work->append({at, double(paint.nsecsElapsed()) / 1e6, u"paint"_s});
            return true;
        }
        return false;
    }

private:
    const QElapsedTimer *m_clock;
    QList<Work> *m_work;
};
constexpr int Width = 9; // seq -w 1 999999999: every number 9 digits wide

// busybox seq and sed as fast as they can for floodSeconds(), after a pause in which both
// readers attach. `timeout` ends seq; sed ends its last whole line. A number cut short by the
// kill is narrower than Width: that line is not counted (not lost either).
QByteArray liveCompose()
{
    QByteArray line = "INFO django.request: GET /api/orders/&/items?page=2 HTTP/1.1 200 4312 bytes in 12 ms "
                      "user=alice agent=curl/8.5.0 ";
    const int bytes = 114 - (Width - 1); // & is one character standing for Width digits
    while (line.size() < bytes)
        line += 'x';
    line.truncate(bytes);
    return "services:\n  flood:\n    image: berth-test/busybox:latest\n    restart: \"no\"\n"
           "    command: [\"sh\", \"-c\", \"sleep 3; timeout "
        + QByteArray::number(floodSeconds()) + " seq -w 1 999999999 | sed 's#.*#" + line + "#'\"]\n";
}

// The number in a flood line; -1 for another line (or one cut short).
qint64 numberOf(const QString &text)
{
    static const QLatin1StringView marker("/api/orders/");
    const qsizetype at = text.indexOf(marker);
    if (at < 0 || text.size() < at + marker.size() + Width + 1 || text.at(at + marker.size() + Width) != u'/')
        return -1;
    bool ok = false;
    const qint64 n = QStringView(text).mid(at + marker.size(), Width).toLongLong(&ok);
    return ok ? n : -1;
}

double msSince(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

struct LiveRun
{
    double berthMs = -1;     // start to the last line painted
    double referenceMs = -1; // start to `docker logs -f` ending
    qint64 lines = 0;        // numbered lines Berth showed
    qint64 first = 0;        // the first number (1 unless lines were lost at the start)
    qint64 last = 0;         // the highest number
    qint64 lost = 0;
    qint64 doubled = 0;
    double maxStallMs = -1;
    int over16 = 0;
    double floorMaxStallMs = -1; // an idle event loop in a process of its own, meanwhile
    double shortSliceMaxStallMs = -1; // the same with a 1 ms time slice (-1: not granted)
};

void traceStalls(const StallMonitor &stalls, const QList<Work> &work)
{
    double at = 0;
    for (qsizetype i = 0; i < stalls.stalls().size(); ++i) {
        const double stall = stalls.stalls().at(i);
        at += StallMonitor::IntervalMs + stall;
        if (stall <= 16)
            continue;
        const QString scheduler = i < stalls.onCpuMs().size()
            ? u"on a core %1 ms, waiting for one %2 ms; "_s.arg(stalls.onCpuMs().at(i), 0, 'f', 1)
                  .arg(stalls.waitingMs().at(i), 0, 'f', 1)
            : QString();
        // The tick came at `at`; the loop was blocked from at - stall - interval.
        const double from = at - stall - StallMonitor::IntervalMs;
        QStringList during;
        for (const Work &w : work) {
            if (w.startMs + w.lengthMs >= from && w.startMs <= at && w.lengthMs >= 1)
                during.append(u"%1 %2 ms"_s.arg(w.what).arg(w.lengthMs, 0, 'f', 1));
        }
        report(u"  trace: stall %1 ms at %2 ms: %3%4"_s.arg(stall, 0, 'f', 1).arg(at, 0, 'f', 0).arg(scheduler)
                   .arg(during.isEmpty() ? u"nothing timed"_s : during.join(u", "_s)));
    }
}

LiveRun liveRun(const DockerEnvironment &environment, int index)
{
    LiveRun run;
    BenchProject project(environment, liveCompose(), u"bl%1-"_s.arg(index));
    const ComposeProject compose = project.project();
    if (!Berth::Bench::compose(environment, compose, {u"up"_s, u"-d"_s})) {
        report(u"live: compose up failed"_s);
        return run;
    }
    const QString container = compose.name + u"-flood-1"_s;
    LogModel model;
    LogView view;
    view.setModel(&model);
    view.resize(1000, 600);
    view.show();
    LogFollower follower(&environment, compose);
    qint64 previous = 0;
    QElapsedTimer clock;
    double lastLineMs = -1;
    const bool trace = qEnvironmentVariableIsSet("BERTH_BENCH_TRACE");
    QList<Work> work;
    PaintTimer paintTimer(&clock, &work);
    if (trace)
        view.viewport()->installEventFilter(&paintTimer);
    QObject::connect(&follower, &LogFollower::linesReceived, &model, [&](const QList<LogLine> &lines) {
        for (const LogLine &line : lines) {
            const qint64 n = numberOf(line.text);
            if (n < 0)
                continue;
            ++run.lines;
            if (run.first == 0) {
                run.first = n;
                run.lost += n - 1;
            } else if (n <= previous)
                ++run.doubled;
            else if (n > previous + 1)
                run.lost += n - previous - 1;
            previous = qMax(previous, n);
        }
        const double appendAt = msSince(clock);
        model.append(lines);
        lastLineMs = msSince(clock);
        if (trace)
            work.append({appendAt, lastLineMs - appendAt, u"append of %1 lines"_s.arg(lines.size())});
    });
    QEventLoop loop;
    bool followerEnded = false;
    bool referenceEnded = false;
    QObject::connect(&follower, &LogFollower::streamEnded, &loop, [&] {
        followerEnded = true;
        if (referenceEnded)
            loop.quit();
    });
    QProcess reference;
    reference.setProcessEnvironment(environment.processEnvironment());
    reference.setStandardOutputFile(QProcess::nullDevice());
    QObject::connect(&reference, &QProcess::finished, &loop, [&] {
        run.referenceMs = msSince(clock);
        referenceEnded = true;
        if (followerEnded)
            loop.quit();
    });
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start((floodSeconds() + 120) * 1000);
    // The floor: how late an idle process's timer comes while the flood loads the machine.
    QProcess ticker;
    ticker.start(QCoreApplication::applicationFilePath(), {u"--tick-worker"_s, QString::number(600000)});
    // The same with a 1 ms time slice asked of the scheduler (what a GUI thread could ask).
    QProcess shortSlice;
    QProcessEnvironment sliceEnvironment = QProcessEnvironment::systemEnvironment();
    sliceEnvironment.insert(u"BERTH_BENCH_SLICE_US"_s, u"1000"_s);
    shortSlice.setProcessEnvironment(sliceEnvironment);
    shortSlice.start(QCoreApplication::applicationFilePath(), {u"--tick-worker"_s, QString::number(600000)});
    StallMonitor stalls;
    stalls.start();
    clock.start();
    reference.start(environment.cliPath(), {u"logs"_s, u"-f"_s, container});
    follower.start();
    loop.exec();
    stalls.stop();
    follower.stop();
    ticker.closeWriteChannel();
    shortSlice.closeWriteChannel();
    if (ticker.waitForFinished(10000))
        run.floorMaxStallMs = ticker.readAllStandardOutput().split(' ').value(0).toDouble();
    if (shortSlice.waitForFinished(10000)) {
        const QList<QByteArray> fields = shortSlice.readAllStandardOutput().trimmed().split(' ');
        if (fields.value(3) == "1")
            run.shortSliceMaxStallMs = fields.value(0).toDouble();
    }
    if (!followerEnded || !referenceEnded) {
        report(u"live: run %1 timed out (Berth's streams ended: %2, the reference: %3)"_s.arg(index).arg(followerEnded)
                   .arg(referenceEnded));
        reference.kill();
        reference.waitForFinished(5000);
        return run;
    }
    // The last batch painted: one more turn of the event loop after the model has it.
    QEventLoop settle;
    QTimer::singleShot(0, &settle, &QEventLoop::quit);
    settle.exec();
    run.berthMs = lastLineMs;
    run.last = previous;
    run.maxStallMs = stalls.maxStallMs();
    run.over16 = stalls.stallsOver(16);
    if (trace)
        traceStalls(stalls, work);
    return run;
}

} // namespace

QJsonObject runLiveBench()
{
    QJsonObject result;
    std::unique_ptr<DockerEnvironment> environment =
        qEnvironmentVariableIsEmpty("DOCKER_HOST") ? nullptr : probedEnvironment();
    if (!environment) {
        report(u"live: no usable engine; not measured"_s);
        return result;
    }
    QList<double> ratios, stallsMs, floorsMs, shortSlicesMs, rates;
    qint64 lost = 0, doubled = 0;
    for (int i = 0; i < Runs; ++i) {
        const LiveRun run = liveRun(*environment, i);
        if (run.berthMs <= 0 || run.referenceMs <= 0 || run.lines == 0) {
            report(u"live: run %1 left out"_s.arg(i));
            continue;
        }
        const double ratio = run.referenceMs / run.berthMs;
        report(u"live: run %1: %2 lines, Berth's last at %3 ms, docker logs -f ended at %4 ms (ratio %5); lost %6, "
               u"doubled %7, first number %8; longest stall %9 ms (an idle process's: %10 ms; with a 1 ms slice: %11 ms)"_s.arg(i).arg(run.lines)
                   .arg(run.berthMs, 0, 'f', 0).arg(run.referenceMs, 0, 'f', 0).arg(ratio, 0, 'f', 3).arg(run.lost)
                   .arg(run.doubled).arg(run.first)
                   .arg(run.maxStallMs, 0, 'f', 1).arg(run.floorMaxStallMs, 0, 'f', 1)
                   .arg(run.shortSliceMaxStallMs, 0, 'f', 1));
        ratios.append(ratio);
        stallsMs.append(run.maxStallMs);
        floorsMs.append(run.floorMaxStallMs);
        if (run.shortSliceMaxStallMs >= 0)
            shortSlicesMs.append(run.shortSliceMaxStallMs);
        rates.append(double(run.lines) / (run.berthMs / 1000.0));
        lost += run.lost;
        doubled += run.doubled;
    }
    if (ratios.isEmpty())
        return result;
    report(u"live flood (%1 s, %2 runs): ratio %3 (log_live_ratio, target >= 0.95), %4 lines lost and %5 doubled in all "
           u"(target 0), longest stall %6 ms (log_live_max_stall_ms, target <= 16; an idle process's meanwhile %8 ms); "
           u"about %7 lines/s"_s.arg(floodSeconds())
               .arg(ratios.size()).arg(median(ratios), 0, 'f', 3).arg(lost).arg(doubled)
               .arg(median(stallsMs), 0, 'f', 1).arg(median(rates), 0, 'f', 0).arg(median(floorsMs), 0, 'f', 1));
    result.insert(u"log_live_ratio"_s, median(ratios));
    result.insert(u"log_live_lost_lines"_s, double(lost));
    result.insert(u"log_live_doubled_lines"_s, double(doubled));
    result.insert(u"log_live_max_stall_ms"_s, median(stallsMs));
    result.insert(u"log_live_lines_per_s"_s, median(rates));
    result.insert(u"log_live_idle_process_max_stall_ms"_s, median(floorsMs));
    if (!shortSlicesMs.isEmpty())
        result.insert(u"log_live_idle_process_1ms_slice_max_stall_ms"_s, median(shortSlicesMs));
    return result;
}

} // namespace Berth::Bench
