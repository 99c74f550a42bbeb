#include "benchengine.h"
#include "benchutil.h"
#include "stallmonitor.h"

#include "docker/dockerenvironment.h"
#include "logs/logbatcher.h"
#include "logs/logfollower.h"
#include "logs/logline.h"
#include "logs/logstreamdecoder.h"
#include "logs/logmodel.h"
#include "services/logview.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QProcess>
#include <QStringDecoder>
#include <QTimer>

#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;

namespace Berth::Bench {

namespace {

constexpr int LineBytes = 115; // what the container prints per line, newline included

// The text of line `number` (digits wide), padded to LineBytes - 1 characters: a request log
// line of the kind a Django service prints.
QByteArray payload(const QByteArray &number)
{
    QByteArray line = "INFO django.request: GET /api/orders/" + number
        + "/items?page=2 HTTP/1.1 200 4312 bytes in 12 ms user=alice agent=curl/8.5.0 ";
    while (line.size() < LineBytes - 1)
        line += 'x';
    return line.left(LineBytes - 1);
}

int digitsOf(qint64 n)
{
    return int(QByteArray::number(n).size());
}

// The container: busybox seq and sed print the N lines as fast as they can, then it exits.
QByteArray floodCompose(qint64 lines)
{
    const QByteArray sed = "s#.*#" + payload(QByteArray(digitsOf(lines), '0')).replace(QByteArray(digitsOf(lines), '0'), "&") + "#";
    return "services:\n  flood:\n    image: berth-test/busybox:latest\n    restart: \"no\"\n"
           "    command: [\"sh\", \"-c\", \"seq -w 1 " + QByteArray::number(lines) + " | sed '" + sed + "'\"]\n";
}

double nowMs(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

// Records the first paint of a widget after a condition holds.
class PaintAfter : public QObject
{
public:
    PaintAfter(QWidget *viewport, std::function<bool()> condition)
        : m_condition(std::move(condition))
    {
        viewport->installEventFilter(this);
    }
    std::function<void()> onPainted;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done && m_condition()) {
            m_done = true;
            // After the paint itself has run.
            QTimer::singleShot(0, this, [this] {
                if (onPainted)
                    onPainted();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<bool()> m_condition;
    bool m_done = false;
};

struct IngestRun
{
    double firstToLastMs = -1; // first line in the model to the last line painted
    double startToLastMs = -1; // process start to the last line painted
    double maxStallMs = -1;
    double p99StallMs = -1;
    int over16 = 0;
    int over50 = 0;
    double cpuPercent = -1; // this process's CPU (every thread) from start to the last line painted
};

double processCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

// A LogView shown offscreen on a LogModel with the default capacity; `feed` starts whatever
// delivers lines into the model. Ends when `lines` lines were appended and painted.
IngestRun ingest(qint64 lines, const std::function<void(LogModel *)> &feed, const std::function<void()> &stop)
{
    IngestRun run;
    LogModel model;
    LogView view;
    view.setModel(&model);
    view.resize(1000, 600);
    view.show();
    {
        QEventLoop settle;
        QTimer::singleShot(100, &settle, &QEventLoop::quit);
        settle.exec();
    }
    QEventLoop loop;
    QElapsedTimer clock;
    double first = -1;
    QObject::connect(&model, &LogModel::linesAppended, &loop, [&] {
        if (first < 0)
            first = nowMs(clock);
    });
    PaintAfter watch(view.viewport(), [&] { return model.totalAppended() >= quint64(lines); });
    watch.onPainted = [&] {
        run.startToLastMs = nowMs(clock);
        loop.quit();
    };
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(300000);
    StallMonitor stalls;
    stalls.start();
    clock.start();
    const double cpuBefore = processCpuMs();
    feed(&model);
    loop.exec();
    const double cpuMs = processCpuMs() - cpuBefore;
    stalls.stop();
    stop();
    if (run.startToLastMs < 0) {
        report(u"log: timed out with %1 of %2 lines in the model"_s.arg(model.totalAppended()).arg(lines));
        run.startToLastMs = -1;
        return run;
    }
    run.firstToLastMs = run.startToLastMs - first;
    run.cpuPercent = cpuMs / run.startToLastMs * 100.0;
    if (qEnvironmentVariableIsSet("BERTH_BENCH_TRACE")) {
        // Where the long stalls were, against the first line and the end.
        double at = 0;
        QStringList longOnes;
        for (double stall : stalls.stalls()) {
            at += StallMonitor::IntervalMs + stall;
            if (stall > 16)
                longOnes.append(u"%1 ms at %2 ms"_s.arg(stall, 0, 'f', 1).arg(at, 0, 'f', 0));
        }
        report(u"  trace: first line at %1 ms, last painted at %2 ms; stalls over 16 ms: %3"_s.arg(first, 0, 'f', 0)
                   .arg(run.startToLastMs, 0, 'f', 0).arg(longOnes.isEmpty() ? u"none"_s : longOnes.join(u", "_s)));
    }
    run.maxStallMs = stalls.maxStallMs();
    run.p99StallMs = stalls.percentileStallMs(99);
    run.over16 = stalls.stallsOver(16);
    run.over50 = stalls.stallsOver(50);
    return run;
}

struct ReadRun
{
    double firstToLastMs = -1;
    double startToEndMs = -1;
};

// A reference reader: the program's stdout read and its newlines counted, nothing else.
ReadRun readLines(const QString &program, const QStringList &arguments, qint64 lines, QProcess *upstream = nullptr)
{
    ReadRun run;
    QProcess process;
    QElapsedTimer clock;
    qint64 seen = 0;
    double first = -1;
    QObject::connect(&process, &QProcess::readyReadStandardOutput, &process, [&] {
        const QByteArray data = process.readAllStandardOutput();
        if (first < 0)
            first = nowMs(clock);
        seen += data.count('\n');
        if (seen >= lines && run.firstToLastMs < 0)
            run.firstToLastMs = nowMs(clock) - first;
    });
    clock.start();
    if (upstream)
        upstream->start();
    process.start(program, arguments);
    process.waitForStarted();
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    run.startToEndMs = nowMs(clock);
    if (seen < lines) {
        report(u"log: %1 read %2 of %3 lines"_s.arg(program).arg(seen).arg(lines));
        run.firstToLastMs = -1;
    }
    if (upstream)
        upstream->waitForFinished(10000);
    return run;
}

// The same with stdout to /dev/null: the whole process's wall time.
double devNullMs(const QString &program, const QStringList &arguments, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    if (!process.waitForFinished(300000) || process.exitCode() != 0)
        return -1;
    return nowMs(clock);
}

// Hands a byte stream to the model as LogFollower does with each container's pipe: its
// LogStreamDecoder, then LogFollower's own LogBatcher (the 30 ms interval, at most
// LogBatcher::MaxBatchLines per append).
class PipeFeeder : public QObject
{
public:
    explicit PipeFeeder(LogModel *model)
        : m_model(model)
        , m_batcher(new LogBatcher(this))
    {
        m_decoder.setSource(u"flood"_s, u"flood-1"_s);
        m_decoder.setTimestamps(true); // as LogFollower follows
        QObject::connect(m_batcher, &LogBatcher::linesReady, this, [this](const QList<LogLine> &lines) { m_model->append(lines); });
    }
    void onData(const QByteArray &data)
    {
        QStringList untimed;
        m_decoder.decode(data, m_batcher->pending(), &untimed);
        m_batcher->added();
    }
    void flush() { m_batcher->flush(); }

private:
    LogModel *m_model;
    LogBatcher *m_batcher;
    LogStreamDecoder m_decoder;
};

QString rate(qint64 lines, double ms)
{
    return ms > 0 ? QString::number(double(lines) / ms * 1000.0, 'f', 0) : u"-"_s;
}

double perSecond(qint64 lines, double ms)
{
    return ms > 0 ? double(lines) / ms * 1000.0 : -1;
}

} // namespace

// berth-bench --generate-log N: N lines as `docker logs --follow --timestamps` prints them (as
// LogFollower follows), as fast as stdio allows (the synthetic source of the pipe measure).
int generateLog(qint64 lines)
{
    const int width = digitsOf(lines);
    static char buffer[1 << 16];
    std::setvbuf(stdout, buffer, _IOFBF, sizeof buffer);
    const qint64 startNs = LogLine::wallClockNs();
    for (qint64 i = 1; i <= lines; ++i) {
        const QByteArray number = QByteArray::number(i).rightJustified(width, '0');
        const QByteArray line = LogLine::formatTimestamp(startNs + i * 1000).toLatin1() + ' ' + payload(number) + '\n';
        std::fwrite(line.constData(), 1, std::size_t(line.size()), stdout);
    }
    std::fflush(stdout);
    return 0;
}

QJsonObject runLogBench(qint64 lines, bool withPipe)
{
    QJsonObject result;
    std::unique_ptr<DockerEnvironment> environment =
        qEnvironmentVariableIsEmpty("DOCKER_HOST") ? nullptr : probedEnvironment();

    // --- The real engine: a container that printed N lines, read by each reader.
    if (environment) {
        BenchProject project(*environment, floodCompose(lines), u"bl"_s);
        const ComposeProject compose = project.project();
        const QString container = compose.name + u"-flood-1"_s;
        QElapsedTimer printing;
        printing.start();
        if (Berth::Bench::compose(*environment, compose, {u"up"_s, u"-d"_s}) && docker({u"wait"_s, container}) == 0) {
            report(u"log: container printed %1 lines of %2 bytes in %3 ms (up to exit)"_s.arg(lines).arg(LineBytes)
                       .arg(printing.elapsed()));
            QList<double> berthCpu, berthFirst, berthWall, dockerFirst, dockerWall, stampedWall, ownFirst, ownWall, composeFirst, composeWall, maxStall, p99, over16, over50;
            const QString cli = environment->cliPath();
            // Warm-up: the log file in the page cache, the CLI binaries loaded.
            devNullMs(cli, {u"logs"_s, u"-f"_s, container}, environment->processEnvironment());
            // What Compose would run to follow the project, and what Berth runs for the container.
            const QString composeProgram = environment->composeProgram();
            const QStringList composeArguments = environment->composePrefix()
                + compose.arguments({u"logs"_s, u"--follow"_s, u"--timestamps"_s, u"--no-color"_s});
            LogFollower probeFollower(environment.get(), compose);
            probeFollower.setTail(-1);
            // The container has exited: LogFollower finds where its log ends (`--tail 1` with
            // timestamps), then reads up to there without timestamps. The second is the bulk.
            QByteArray lastLine;
            docker({u"logs"_s, u"--timestamps"_s, u"--tail"_s, u"1"_s, container}, &lastLine);
            const qint64 logEndNs = LogLine::parseTimestamp(QString::fromUtf8(lastLine).section(u' ', 0, 0));
            const QStringList berthArguments = probeFollower.bulkArguments(container, logEndNs);
            for (int i = 0; i < Runs; ++i) {
                LogFollower *follower = nullptr;
                const IngestRun b = ingest(
                    lines,
                    [&](LogModel *model) {
                        follower = new LogFollower(environment.get(), compose);
                        follower->setTail(-1);
                        QObject::connect(follower, &LogFollower::linesReceived, model, &LogModel::append);
                        follower->start();
                    },
                    [&] {
                        follower->stop();
                        follower->deleteLater();
                    });
                QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
                berthFirst.append(b.firstToLastMs);
                berthCpu.append(b.cpuPercent);
                berthWall.append(b.startToLastMs);
                maxStall.append(b.maxStallMs);
                p99.append(b.p99StallMs);
                over16.append(b.over16);
                over50.append(b.over50);
                dockerFirst.append(readLines(cli, {u"logs"_s, u"-f"_s, container}, lines).firstToLastMs);
                dockerWall.append(devNullMs(cli, {u"logs"_s, u"-f"_s, container}, environment->processEnvironment()));
                stampedWall.append(devNullMs(cli, {u"logs"_s, u"-f"_s, u"--timestamps"_s, container},
                                             environment->processEnvironment()));
                ownFirst.append(readLines(cli, berthArguments, lines).firstToLastMs);
                ownWall.append(devNullMs(cli, berthArguments, environment->processEnvironment()));
                composeFirst.append(readLines(composeProgram, composeArguments, lines).firstToLastMs);
                composeWall.append(devNullMs(composeProgram, composeArguments, environment->processEnvironment()));
            }
            const double berthRate = perSecond(lines, median(berthFirst));
            const double dockerRate = perSecond(lines, median(dockerFirst));
            const double ratio = berthRate > 0 && dockerRate > 0 ? berthRate / dockerRate : -1;
            const double wallRatio = median(berthWall) > 0 && median(dockerWall) > 0 ? median(dockerWall) / median(berthWall) : -1;
            const double devNullRate = perSecond(lines, median(dockerWall));
            const double devNullRatio = berthRate > 0 && devNullRate > 0 ? berthRate / devNullRate : -1;
            report(u"log ingest (engine, %1 lines): Berth %2 lines/s first-to-last painted (%3 lines/s from follower "
                   u"start), docker logs -f %4 lines/s first-to-last read (%5 lines/s > /dev/null, whole process); "
                   u"ratio %6 to the read, %7 to > /dev/null (log_ingest_ratio; start to end %8) (target >= 0.9)"_s.arg(lines)
                       .arg(rate(lines, median(berthFirst)), rate(lines, median(berthWall)), rate(lines, median(dockerFirst)),
                            rate(lines, median(dockerWall)))
                       .arg(ratio, 0, 'f', 2).arg(devNullRatio, 0, 'f', 2).arg(wallRatio, 0, 'f', 2));
            report(u"log ingest, the commands alone: what Berth runs (%1) %2 lines/s read, %3 lines/s > /dev/null; "
                   u"docker compose logs -f --timestamps %4 lines/s read, %5 lines/s > /dev/null; docker logs -f "
                   u"--timestamps %6 lines/s > /dev/null"_s
                       .arg(berthArguments.join(u' '), rate(lines, median(ownFirst)), rate(lines, median(ownWall)),
                            rate(lines, median(composeFirst)), rate(lines, median(composeWall)),
                            rate(lines, median(stampedWall))));
            report(u"log ingest: Berth's process used %1 % of one core meanwhile"_s.arg(median(berthCpu), 0, 'f', 1));
            result.insert(u"log_berth_cpu_pct"_s, median(berthCpu));
            report(u"log ingest stalls: longest %1 ms, p99 %2 ms, over 16 ms %3, over 50 ms %4 (targets: longest <= 33, "
                   u"p99 <= 16)"_s.arg(median(maxStall), 0, 'f', 1).arg(median(p99), 0, 'f', 1)
                       .arg(median(over16)).arg(median(over50)));
            result.insert(u"log_lines"_s, double(lines));
            // The issue's figure: Berth's rate against `docker logs -f CONTAINER > /dev/null`.
            result.insert(u"log_ingest_ratio"_s, devNullRatio);
            result.insert(u"log_ingest_ratio_start_to_end"_s, wallRatio);
            result.insert(u"log_ingest_ratio_to_read"_s, ratio);
            result.insert(u"log_docker_logs_timestamps_devnull_lines_per_s"_s, perSecond(lines, median(stampedWall)));
            result.insert(u"log_berth_command_lines_per_s"_s, perSecond(lines, median(ownFirst)));
            result.insert(u"log_berth_command_devnull_lines_per_s"_s, perSecond(lines, median(ownWall)));
            result.insert(u"log_berth_lines_per_s"_s, berthRate);
            result.insert(u"log_berth_lines_per_s_from_start"_s, perSecond(lines, median(berthWall)));
            result.insert(u"log_docker_logs_lines_per_s"_s, dockerRate);
            result.insert(u"log_docker_logs_devnull_lines_per_s"_s, perSecond(lines, median(dockerWall)));
            result.insert(u"log_compose_logs_lines_per_s"_s, perSecond(lines, median(composeFirst)));
            result.insert(u"log_compose_logs_devnull_lines_per_s"_s, perSecond(lines, median(composeWall)));
            result.insert(u"log_max_stall_ms"_s, median(maxStall));
            result.insert(u"log_p99_stall_ms"_s, median(p99));
            result.insert(u"log_stalls_over_16ms"_s, median(over16));
            result.insert(u"log_stalls_over_50ms"_s, median(over50));
        } else {
            report(u"log: the flood container did not run; engine part not measured"_s);
        }
    } else {
        report(u"log: no usable engine; engine part not measured"_s);
    }

    if (!withPipe)
        return result;
    // --- No dockerd: generator | cat, into the model directly, against reading the pipe.
    // Five times the lines: the pipe is fast enough that N alone would last well under a second.
    const qint64 pipeLines = lines * 5;
    const QString self = QCoreApplication::applicationFilePath();
    const QStringList generator{u"--generate-log"_s, QString::number(pipeLines)};
    QList<double> pipeBerth, pipeRead, pipeDevNull, maxStall, p99, over16, over50;
    for (int i = 0; i < Runs; ++i) {
        QProcess gen;
        QProcess cat;
        gen.setStandardOutputProcess(&cat);
        PipeFeeder *feeder = nullptr;
        const IngestRun b = ingest(
            pipeLines,
            [&](LogModel *model) {
                feeder = new PipeFeeder(model);
                QObject::connect(&cat, &QProcess::readyReadStandardOutput, feeder,
                                 [&cat, feeder] { feeder->onData(cat.readAllStandardOutput()); });
                QObject::connect(&cat, &QProcess::finished, feeder, [feeder] { feeder->flush(); });
                gen.start(self, generator);
                cat.start(u"cat"_s, {});
            },
            [&] {
                gen.waitForFinished(10000);
                cat.waitForFinished(10000);
                delete feeder;
            });
        pipeBerth.append(b.firstToLastMs);
        maxStall.append(b.maxStallMs);
        p99.append(b.p99StallMs);
        over16.append(b.over16);
        over50.append(b.over50);
        // The reference reader is `cat` itself, fed by the generator.
        {
            QProcess g;
            QProcess c;
            g.setProgram(self);
            g.setArguments(generator);
            g.setStandardOutputProcess(&c);
            g.start();
            ReadRun r;
            QElapsedTimer clock;
            qint64 seen = 0;
            double first = -1;
            QObject::connect(&c, &QProcess::readyReadStandardOutput, &c, [&] {
                const QByteArray data = c.readAllStandardOutput();
                if (first < 0)
                    first = nowMs(clock);
                seen += data.count('\n');
                if (seen >= pipeLines && r.firstToLastMs < 0)
                    r.firstToLastMs = nowMs(clock) - first;
            });
            clock.start();
            c.start(u"cat"_s, {});
            QEventLoop loop;
            QObject::connect(&c, &QProcess::finished, &loop, &QEventLoop::quit);
            loop.exec();
            g.waitForFinished(10000);
            pipeRead.append(r.firstToLastMs);
        }
        {
            QProcess g;
            QProcess c;
            g.setProgram(self);
            g.setArguments(generator);
            g.setStandardOutputProcess(&c);
            c.setStandardOutputFile(QProcess::nullDevice());
            QElapsedTimer clock;
            clock.start();
            g.start();
            c.start(u"cat"_s, {});
            g.waitForFinished(300000);
            c.waitForFinished(300000);
            pipeDevNull.append(nowMs(clock));
        }
    }
    const double berthRate = perSecond(pipeLines, median(pipeBerth));
    const double readRate = perSecond(pipeLines, median(pipeRead));
    const double ratio = berthRate > 0 && readRate > 0 ? berthRate / readRate : -1;
    report(u"log ingest (generator | cat, %1 lines): Berth's model and view %2 lines/s first-to-last painted, "
           u"the pipe read by a QProcess %3 lines/s, generator | cat > /dev/null %4 lines/s; ratio %5; stalls: longest "
           u"%6 ms, p99 %7 ms, over 16 ms %8, over 50 ms %9"_s.arg(pipeLines)
               .arg(rate(pipeLines, median(pipeBerth)), rate(pipeLines, median(pipeRead)), rate(pipeLines, median(pipeDevNull)))
               .arg(ratio, 0, 'f', 2).arg(median(maxStall), 0, 'f', 1).arg(median(p99), 0, 'f', 1)
               .arg(median(over16)).arg(median(over50)));
    result.insert(u"log_pipe_lines"_s, double(pipeLines));
    result.insert(u"log_pipe_ratio"_s, ratio);
    result.insert(u"log_pipe_berth_lines_per_s"_s, berthRate);
    result.insert(u"log_pipe_read_lines_per_s"_s, readRate);
    result.insert(u"log_pipe_devnull_lines_per_s"_s, perSecond(pipeLines, median(pipeDevNull)));
    result.insert(u"log_pipe_max_stall_ms"_s, median(maxStall));
    result.insert(u"log_pipe_p99_stall_ms"_s, median(p99));
    result.insert(u"log_pipe_stalls_over_16ms"_s, median(over16));
    result.insert(u"log_pipe_stalls_over_50ms"_s, median(over50));
    return result;
}

} // namespace Berth::Bench
