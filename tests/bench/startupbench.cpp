#include "benchutil.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Berth::Bench {

// Process start to first paint of the main window, against the bare window, offscreen and under
// Xvfb. Both programs exit on their first paint (berth with --first-paint-exit).
QJsonObject runStartupBench()
{
    QJsonObject result;
    const QString berth = QStringLiteral(BERTH_BINARY);
    const QString bare = QStringLiteral(BERTH_BARE_WINDOW);
    const auto measure = [&](const QString &platform, const QStringList &env, const QString &key) {
        const double berthMs = medianProcessMs(berth, {u"--first-paint-exit"_s, u"-platform"_s, platform}, env);
        const double bareMs = medianProcessMs(bare, {u"-platform"_s, platform}, env);
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
