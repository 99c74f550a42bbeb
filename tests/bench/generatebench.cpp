#include "benchutil.h"

#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace Berth::Bench {

// `berth generate` of the default spec into an empty folder, against `berth --version` (the cost
// of starting the process at all).
QJsonObject runGenerateBench()
{
    QJsonObject result;
    const QString berth = QStringLiteral(BERTH_BINARY);
    QTemporaryDir dir;
    QProcess spec;
    spec.start(berth, {u"spec"_s, u"--defaults"_s});
    spec.waitForFinished(30000);
    const QString specPath = dir.filePath(u"berth-spec.yaml"_s);
    QFile f(specPath);
    if (!f.open(QIODevice::WriteOnly) || f.write(spec.readAllStandardOutput()) <= 0) {
        report(u"generate: could not write the default spec; not measured"_s);
        return result;
    }
    f.close();

    QList<double> generateTimes;
    for (int i = 0; i <= Runs; ++i) {
        QTemporaryDir out;
        const double t = timeProcess(berth, {u"generate"_s, u"--spec"_s, specPath, u"--out"_s, out.path()});
        if (t < 0) {
            report(u"generate: berth generate failed; not measured"_s);
            return result;
        }
        if (i > 0) // the first run warms the caches
            generateTimes.append(t);
    }
    const double generateMs = median(generateTimes);
    const double versionMs = medianProcessMs(berth, {u"--version"_s});
    report(u"generate: berth generate %1 ms, berth --version %2 ms, %3 ms above --version (target <= 50)"_s
               .arg(generateMs, 0, 'f', 1).arg(versionMs, 0, 'f', 1).arg(generateMs - versionMs, 0, 'f', 1));
    result.insert(u"generate_ms_above_version"_s, generateMs - versionMs);
    result.insert(u"generate_ms"_s, generateMs);
    result.insert(u"version_ms"_s, versionMs);
    return result;
}

} // namespace Berth::Bench
