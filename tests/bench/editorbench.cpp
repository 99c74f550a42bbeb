#include "benchutil.h"
#include "stallmonitor.h"

#include "editor/codeeditor.h"
#include "editor/editorhighlighter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Berth::Bench {

namespace {
class PaintWatch : public QObject
{
public:
    explicit PaintWatch(QWidget *viewport)
    {
        viewport->installEventFilter(this);
    }
    bool painted = false;
    QEventLoop *loop = nullptr;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !painted) {
            painted = true;
            if (loop)
                QTimer::singleShot(0, loop, &QEventLoop::quit);
        }
        return QObject::eventFilter(watched, event);
    }
};

struct EditorRun {
    double firstPaintMs = -1;
    double highlightedMs = -1;
    double maxStallMs = -1;
};

EditorRun openOnce(const QString &text)
{
    EditorRun run;
    StallMonitor stalls;
    stalls.start();
    QElapsedTimer clock;
    clock.start();
    auto *editor = new CodeEditor;
    editor->resize(1000, 700);
    editor->setDefinition(u"YAML"_s);
    editor->setTheme(QString());
    PaintWatch watch(editor->viewport());
    editor->setContent(text);
    editor->show();
    QEventLoop loop;
    watch.loop = &loop;
    if (!watch.painted)
        loop.exec();
    run.firstPaintMs = double(clock.nsecsElapsed()) / 1e6;
    if (editor->isLoading()) {
        QEventLoop load;
        QObject::connect(editor, &CodeEditor::loaded, &load, &QEventLoop::quit);
        load.exec();
    }
    if (editor->highlighter()->isBusy()) {
        QEventLoop hl;
        QObject::connect(editor->highlighter(), &EditorHighlighter::finished, &hl, &QEventLoop::quit);
        hl.exec();
    }
    run.highlightedMs = double(clock.nsecsElapsed()) / 1e6;
    // Let the last repaint through before measuring ends.
    QEventLoop settle;
    QTimer::singleShot(20, &settle, &QEventLoop::quit);
    settle.exec();
    stalls.stop();
    run.maxStallMs = stalls.maxStallMs();
    if (qEnvironmentVariableIntValue("BERTH_BENCH_TRACE") == 1) {
        // Each stall over 16 ms, with when it ended (ms after the editor was made), beside the
        // first paint, the end of loading and the end of highlighting.
        QString line = u"  editor trace: paint %1 loaded-or-highlighted %2; stalls"_s.arg(run.firstPaintMs, 0, 'f', 1)
                           .arg(run.highlightedMs, 0, 'f', 1);
        double at = 0;
        for (double s : stalls.stalls()) {
            at += StallMonitor::IntervalMs + s;
            if (s > 16)
                line += u" %1@%2"_s.arg(s, 0, 'f', 1).arg(at, 0, 'f', 0);
        }
        report(line);
    }
    delete editor;
    return run;
}
} // namespace

// Opening a generated compose file of 1k, 10k and 100k lines: time to first paint, the longest
// event-loop stall, time until fully highlighted.
QJsonObject runEditorBench()
{
    // The highlighting plugin of the build tree (berth finds it next to itself; this program
    // lives elsewhere).
    if (qEnvironmentVariableIsEmpty("BERTH_PLUGIN_PATH"))
        qputenv("BERTH_PLUGIN_PATH", BERTH_PLUGIN_DIR);
    QJsonObject result;
    for (int lines : {1000, 10000, 100000}) {
        const QString text = composeOfLines(lines);
        openOnce(text); // warm-up: fonts, definitions
        QList<double> paint, highlighted, stall;
        for (int i = 0; i < Runs; ++i) {
            const EditorRun r = openOnce(text);
            paint.append(r.firstPaintMs);
            highlighted.append(r.highlightedMs);
            stall.append(r.maxStallMs);
        }
        const QString size = lines >= 1000 ? QString::number(lines / 1000) + u'k' : QString::number(lines);
        report(u"editor %1 lines: first paint %2 ms, longest stall %3 ms, fully highlighted %4 ms "
               u"(targets: paint <= 100, stall <= 50)"_s.arg(size)
                   .arg(median(paint), 0, 'f', 1).arg(median(stall), 0, 'f', 1).arg(median(highlighted), 0, 'f', 1));
        result.insert(u"editor_first_paint_ms_"_s + size, median(paint));
        result.insert(u"editor_max_stall_ms_"_s + size, median(stall));
        result.insert(u"editor_highlighted_ms_"_s + size, median(highlighted));
    }
    return result;
}

} // namespace Berth::Bench
