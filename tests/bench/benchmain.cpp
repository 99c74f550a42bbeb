// berth-bench: Berth's figures against references measured in the same run, median of 5 runs.
// The last line is one JSON object (keys listed in docs/benchmarks.md) for other tooling.
#include "benchengine.h"
#include "benchutil.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <optional>

using namespace Qt::StringLiterals;

namespace Berth::Bench {
QJsonObject runStartupBench();
QJsonObject runEditorBench();
QJsonObject runConfigBench();
QJsonObject runValidationBench();
QJsonObject runGenerateBench();
QJsonObject runLogBench(qint64 lines, bool withPipe = true);
QJsonObject runRemoteBench(qint64 logLines);
QJsonObject runLiveBench();
QJsonObject runMemoryBench();
QJsonObject runStatusBench(int idleSeconds);
QJsonObject runScale40Bench();
QJsonObject runSearchBench();
int generateLog(qint64 lines);
int memoryWorker();
int tickWorker(int milliseconds);
} // namespace Berth::Bench

int main(int argc, char *argv[])
{
    // Helper modes the sections start as processes of their own.
    if (argc == 3 && qstrcmp(argv[1], "--generate-log") == 0)
        return Berth::Bench::generateLog(QByteArray(argv[2]).toLongLong());
    // The in-process parts (editor, log view) measure widgets offscreen unless told otherwise.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc == 2 && qstrcmp(argv[1], "--memory-worker") == 0)
        return Berth::Bench::memoryWorker();
    if (argc == 3 && qstrcmp(argv[1], "--tick-worker") == 0)
        return Berth::Bench::tickWorker(QByteArray(argv[2]).toInt());
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Berth's benchmarks"_s);
    parser.addHelpOption();
    const QCommandLineOption only(u"only"_s, u"Run only these sections (generate, startup, editor, config, validation, "
                                                  u"log, live, search, memory, status, scale40, remote), comma-separated."_s,
                                  u"SECTIONS"_s);
    parser.addOption(only);
    const QCommandLineOption idle(u"idle-seconds"_s, u"How long the status section measures idle cost (default 120)."_s,
                                  u"SECONDS"_s, u"120"_s);
    parser.addOption(idle);
    const QCommandLineOption logLines(u"log-lines"_s,
                                      u"Lines the log section's container prints (default 500000, runs of ~3 s; "
                                      u"at 200000 the ratio spread 0.78-1.08)."_s,
                                      u"LINES"_s, u"500000"_s);
    parser.addOption(logLines);
    parser.process(app);
    const QStringList sections = parser.isSet(only) ? parser.value(only).split(u',') : QStringList{};
    const auto wanted = [&](const QString &s) { return sections.isEmpty() || sections.contains(s); };

    using namespace Berth::Bench;
    report(u"berth-bench: %1 cores, Qt %2, median of %3 runs"_s.arg(QThread::idealThreadCount())
               .arg(QString::fromLatin1(qVersion())).arg(Runs));
    QJsonObject all;
    all.insert(u"cores"_s, QThread::idealThreadCount());
    // Keys other tooling reads; null until their section has run.
    for (const char *key : {"log_ingest_ratio", "log_max_stall_ms", "log_p99_stall_ms", "rss_ratio_to_retained",
                            "rss_growth_2m_to_5m_pct", "startup_ratio_offscreen", "startup_ratio_xvfb",
                            "status_p95_ms_after_event", "idle_cpu_pct", "idle_processes_spawned",
                            "editor_first_paint_ms_100k", "editor_max_stall_ms_100k", "generate_ms_above_version",
                            "config_edit_ms_10k", "config_form_refresh_ms_10k", "remote_status_p95_ms_after_event",
                            "remote_log_ingest_ratio", "log_live_ratio", "log_live_lost_lines", "log_live_max_stall_ms",
                            "scale40_child_processes", "scale40_pss_mb", "scale40_idle_cpu_pct",
                            "scale40_status_p95_ms_after_event", "scale40_project_open_ms",
                            "log_search_first_hit_ms_100k", "log_search_max_stall_ms"})
        all.insert(QLatin1StringView(key), QJsonValue::Null);
    const auto merge = [&](const QJsonObject &part) {
        for (auto it = part.begin(); it != part.end(); ++it)
            all.insert(it.key(), it.value());
    };
    if (wanted(u"generate"_s))
        merge(runGenerateBench());
    if (wanted(u"startup"_s))
        merge(runStartupBench());
    if (wanted(u"editor"_s))
        merge(runEditorBench());
    if (wanted(u"config"_s))
        merge(runConfigBench());
    if (wanted(u"validation"_s))
        merge(runValidationBench());
    if (wanted(u"search"_s))
        merge(runSearchBench());
    // One engine for the sections that need one: DOCKER_HOST's, or a private one stopped below.
    std::optional<BenchEngine> engine;
    if (wanted(u"log"_s) || wanted(u"status"_s) || wanted(u"live"_s) || wanted(u"scale40"_s))
        engine.emplace();
    if (wanted(u"log"_s))
        merge(runLogBench(qMax(1000LL, parser.value(logLines).toLongLong())));
    if (wanted(u"live"_s))
        merge(runLiveBench());
    if (wanted(u"memory"_s))
        merge(runMemoryBench());
    if (wanted(u"status"_s))
        merge(runStatusBench(qMax(1, parser.value(idle).toInt())));
    if (wanted(u"scale40"_s))
        merge(runScale40Bench());
    engine.reset();
    // Its own engine, behind ssh in a network namespace (packaging/remote-engine).
    if (wanted(u"remote"_s))
        merge(runRemoteBench(qMax(1000LL, parser.value(logLines).toLongLong())));
    report(QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact)));
    return 0;
}
