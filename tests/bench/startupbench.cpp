#include "benchutil.h"

#include <QJsonObject>
#include <QProcess>

#include <ctime>

using namespace Qt::StringLiterals;

namespace Berth::Bench {

namespace {
qint64 monotonicNs()
{
    timespec now {};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

// From just before the process starts to its first paint (the program prints the
// CLOCK_MONOTONIC time of that paint); the process's exit is not part of it.
double firstPaintMs(const QString &program, const QStringList &arguments, const QStringList &env)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &kv : env)
        environment.insert(kv.section(u'=', 0, 0), kv.section(u'=', 1));
    process.setProcessEnvironment(environment);
    const qint64 start = monotonicNs();
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return -1;
    const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("first-paint-ns "))
            return double(line.mid(15).toLongLong() - start) / 1e6;
    }
    return -1;
}

double medianFirstPaintMs(const QString &program, const QStringList &arguments, const QStringList &env)
{
    if (firstPaintMs(program, arguments, env) < 0) // warm-up
        return -1;
    QList<double> times;
    for (int i = 0; i < Runs; ++i) {
        const double t = firstPaintMs(program, arguments, env);
        if (t < 0)
            return -1;
        times.append(t);
    }
    return median(times);
}
} // namespace

// Process start to first paint of the main window, against the bare window, offscreen and under
// Xvfb. Both programs print the monotonic time of their first paint and exit (berth with
// --first-paint-exit).
QJsonObject runStartupBench()
{
    QJsonObject result;
    const QString berth = QStringLiteral(BERTH_BINARY);
    const QString bare = QStringLiteral(BERTH_BARE_WINDOW);
    const auto measure = [&](const QString &platform, const QStringList &env, const QString &key) {
        const double berthMs = medianFirstPaintMs(berth, {u"--first-paint-exit"_s, u"-platform"_s, platform}, env);
        const double bareMs = medianFirstPaintMs(bare, {u"-platform"_s, platform}, env);
        const double ratio = berthMs > 0 && bareMs > 0 ? berthMs / bareMs : -1;
        report(u"startup %1: berth %2 ms, bare window %3 ms, ratio %4 (target <= 1.5)"_s.arg(platform)
                   .arg(berthMs, 0, 'f', 1).arg(bareMs, 0, 'f', 1).arg(ratio, 0, 'f', 2));
        result.insert(key, ratio);
        result.insert(key + u"_berth_ms"_s, berthMs);
        result.insert(key + u"_bare_ms"_s, bareMs);
    };
    measure(u"offscreen"_s, {}, u"startup_ratio_offscreen"_s);
    Xvfb xvfb;
    if (xvfb.isRunning())
        measure(u"xcb"_s, {u"DISPLAY="_s + xvfb.display()}, u"startup_ratio_xvfb"_s);
    else
        report(u"startup xvfb: Xvfb could not be started; not measured"_s);
    return result;
}

} // namespace Berth::Bench
