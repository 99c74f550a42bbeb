// Typing in a 10,000-line compose file with live validation on: the longest event-loop stall
// while the syntax check and `docker compose config` follow the typing (target: none over 16 ms).
#include "benchutil.h"
#include "stallmonitor.h"

#include "docker/dockerenvironment.h"
#include "editor/codeeditor.h"
#include "editor/editorarea.h"
#include "editor/editorhighlighter.h"
#include "editor/editortab.h"
#include "editor/editorvalidation.h"
#include "validation/documentvalidator.h"
#include "validation/syntaxcheck.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonObject>
#include <QKeyEvent>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Berth::Bench {

namespace {

void waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
}

// When the typing began (BERTH_BENCH_TRACE lines give times from it).
QElapsedTimer typingClock;

struct TypingRun {
    double maxStallMs = 0;
    double p99StallMs = 0;
    int stallsOver16 = 0;
};

// Five bursts of 15 keystrokes, 40 ms apart (fast typing: only the checks after the burst run)
// or 150 ms apart (slow: a syntax check starts between keys), each followed by 1.5 s of quiet in
// which the checks run; keys go into a comment line in the middle of the file, so the text stays
// as valid as it was and compose reads all of it.
TypingRun typeInto(CodeEditor *editor, int line)
{
    QTextCursor cursor(editor->document()->findBlockByNumber(line));
    cursor.insertText(u"# \n"_s);
    cursor.movePosition(QTextCursor::PreviousBlock);
    cursor.movePosition(QTextCursor::EndOfBlock);
    editor->setTextCursor(cursor);
    StallMonitor stalls;
    stalls.start();
    typingClock.start();
    for (int burst = 0; burst < 5; ++burst) {
        for (int key = 0; key < 15; ++key) {
            QKeyEvent press(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier, u"a"_s);
            QApplication::sendEvent(editor, &press);
            QKeyEvent release(QEvent::KeyRelease, Qt::Key_A, Qt::NoModifier, u"a"_s);
            QApplication::sendEvent(editor, &release);
            QEventLoop pause;
            QTimer::singleShot(burst % 2 ? 150 : 40, &pause, &QEventLoop::quit);
            pause.exec();
        }
        QEventLoop quiet;
        QTimer::singleShot(1500, &quiet, &QEventLoop::quit);
        quiet.exec();
    }
    stalls.stop();
    if (qEnvironmentVariableIsSet("BERTH_BENCH_TRACE")) {
        double at = 0;
        for (double stall : stalls.stalls()) {
            at += StallMonitor::IntervalMs + stall;
            if (stall > 8)
                report(u"  stall of %1 ms at %2 ms"_s.arg(stall, 0, 'f', 1).arg(at, 0, 'f', 0));
        }
    }
    return {stalls.maxStallMs(), stalls.percentileStallMs(99), stalls.stallsOver(16)};
}

} // namespace

QJsonObject runValidationBench()
{
    if (qEnvironmentVariableIsEmpty("BERTH_PLUGIN_PATH"))
        qputenv("BERTH_PLUGIN_PATH", BERTH_PLUGIN_DIR);
    QJsonObject result;
    const QString text = composeOfLines(10000);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"docker-compose.yml"_s);
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0)
            return result;
    }

    // The syntax check alone, as it runs on the pool.
    QList<double> syntax;
    for (int i = 0; i < Runs; ++i) {
        QElapsedTimer clock;
        clock.start();
        (void)Validation::yamlSyntaxProblem(path, text);
        syntax.append(double(clock.nsecsElapsed()) / 1e6);
    }

    DockerEnvironment env;
    bool probed = false;
    QObject::connect(&env, &DockerEnvironment::probeFinished, &env, [&probed] { probed = true; });
    env.probe();
    waitUntil([&probed] { return probed; }, 30000);
    const bool compose = env.composeFlavour() != DockerEnvironment::ComposeFlavour::None;

    EditorArea area;
    area.resize(1000, 700);
    area.show();
    area.validation()->setCompose(&env, ComposeProject{path, dir.path(), u"bench"_s});
    EditorTab *tab = area.openFile(path, u"YAML"_s);
    CodeEditor *editor = tab->editor();
    DocumentValidator *validator = area.validation()->validator(tab);
    waitUntil([&] { return !editor->isLoading() && !editor->highlighter()->isBusy() && validator->isIdle(); }, 60000);

    // The same typing without validation (the editor's own cost: layout, highlighting), then
    // with it.
    QObject::disconnect(editor, &QPlainTextEdit::textChanged, validator, nullptr);
    const TypingRun plain = typeInto(editor, 4000);
    QObject::connect(editor, &QPlainTextEdit::textChanged, validator, &DocumentValidator::textChanged);
    int composeRuns = 0;
    QTimer probe; // counts the compose runs that started (polling isComposeRunning every 5 ms)
    bool wasRunning = false;
    QObject::connect(&probe, &QTimer::timeout, &probe, [&] {
        const bool running = validator->isComposeRunning();
        if (running && !wasRunning)
            ++composeRuns;
        if (running != wasRunning && qEnvironmentVariableIsSet("BERTH_BENCH_TRACE"))
            report(u"  compose %1 at %2 ms"_s.arg(running ? u"started"_s : u"ended"_s).arg(typingClock.elapsed()));
        wasRunning = running;
    });
    probe.start(5);
    const TypingRun checked = typeInto(editor, 6000);
    probe.stop();
    waitUntil([validator] { return validator->isIdle(); }, 60000);

    report(u"validation 10k lines: syntax check %1 ms (on the pool); typing with validation on: longest stall "
           u"%2 ms, p99 %3 ms, %4 stalls over 16 ms (target: none); the same typing without validation: %5 ms, "
           u"p99 %6 ms, %7 over 16 ms; compose %8, %9 runs started"_s
               .arg(median(syntax), 0, 'f', 1)
               .arg(checked.maxStallMs, 0, 'f', 1)
               .arg(checked.p99StallMs, 0, 'f', 1)
               .arg(checked.stallsOver16)
               .arg(plain.maxStallMs, 0, 'f', 1)
               .arg(plain.p99StallMs, 0, 'f', 1)
               .arg(plain.stallsOver16)
               .arg(compose ? u"on"_s : u"not found"_s)
               .arg(composeRuns));
    for (const FileProblem &p : validator->problems())
        report(u"  problem on line %1: %2"_s.arg(p.line).arg(p.message));
    result.insert(u"validation_syntax_ms_10k"_s, median(syntax));
    result.insert(u"validation_typing_max_stall_ms_10k"_s, checked.maxStallMs);
    result.insert(u"validation_typing_reference_max_stall_ms_10k"_s, plain.maxStallMs);
    return result;
}

} // namespace Berth::Bench
