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
    int composeRuns = 0;
    QObject::connect(validator, &DocumentValidator::checked, validator, [&composeRuns] { ++composeRuns; });

    // Five bursts of 15 keystrokes, 40 ms apart (fast typing: only the checks after the burst
    // run) or 150 ms apart (slow: a syntax check starts between keys), each followed by 1.5 s of
    // quiet in which the checks run; keys go into a comment line in the middle of the file, so the text stays valid
    // and compose reads all of it.
    QTextCursor cursor(editor->document()->findBlockByNumber(5000));
    cursor.insertText(u"# \n"_s);
    cursor.movePosition(QTextCursor::PreviousBlock);
    cursor.movePosition(QTextCursor::EndOfBlock);
    editor->setTextCursor(cursor);
    StallMonitor stalls;
    stalls.start();
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
    waitUntil([validator] { return validator->isIdle(); }, 60000);

    report(u"validation 10k lines: syntax check %1 ms (on the pool); typing with validation on: longest stall "
           u"%2 ms, p99 %3 ms, %4 stalls over 16 ms (target: none); %5 checks finished, compose %6, problems %7"_s
               .arg(median(syntax), 0, 'f', 1)
               .arg(stalls.maxStallMs(), 0, 'f', 1)
               .arg(stalls.percentileStallMs(99), 0, 'f', 1)
               .arg(stalls.stallsOver(16))
               .arg(composeRuns)
               .arg(compose ? u"on"_s : u"not found"_s)
               .arg(validator->problems().size()));
    result.insert(u"validation_syntax_ms_10k"_s, median(syntax));
    result.insert(u"validation_typing_max_stall_ms_10k"_s, stalls.maxStallMs());
    return result;
}

} // namespace Berth::Bench
