#include "benchutil.h"

#include "config/composemodel.h"
#include "config/textedit.h"
#include "config/yamlreparser.h"
#include "config/yamlsymbols.h"
#include "config/yamleditor.h"
#include "config/yamltree.h"
#include "config/composeconfigview.h"
#include "editor/codeeditor.h"
#include "stallmonitor.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QTextBlock>
#include <QTextCursor>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Berth::Bench {

namespace {

// Applies edits to the editor's document as the Configuration view does: one edit block, so
// one undo step.
void applyToDocument(QTextDocument *document, const QList<Config::TextEdit> &edits)
{
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    for (qsizetype i = edits.size() - 1; i >= 0; --i) {
        const Config::TextEdit &e = edits.at(i);
        cursor.setPosition(int(e.start));
        cursor.setPosition(int(e.end), QTextCursor::KeepAnchor);
        cursor.insertText(e.text);
    }
    cursor.endEditBlock();
}

class FirstPaint : public QObject
{
public:
    explicit FirstPaint(QWidget *viewport) { viewport->installEventFilter(this); }
    QEventLoop *loop = nullptr;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && loop)
            QTimer::singleShot(0, loop, &QEventLoop::quit);
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

// A visual edit on a 10,000-line compose file: from the edit to its text painted in the
// editor (the form keeps the tree of its last refresh, so the edit needs no parse); typing until
// the form is current; and the full parse.
QJsonObject runConfigBench()
{
    if (qEnvironmentVariableIsEmpty("BERTH_PLUGIN_PATH"))
        qputenv("BERTH_PLUGIN_PATH", BERTH_PLUGIN_DIR);
    const QString text = composeOfLines(10000);
    auto *editor = new CodeEditor;
    editor->resize(1000, 700);
    editor->setContent(text);
    editor->show();
    QList<double> edit, parse, compute;
    for (int i = 0; i < Runs + 1; ++i) {
        QElapsedTimer parsing;
        parsing.start();
        const Config::YamlTree tree = Config::YamlTree::parse(editor->toPlainText());
        const double parseMs = double(parsing.nsecsElapsed()) / 1e6;
        // A service in the middle of the file, scrolled into view as the form would.
        const QString service = u"app_"_s + QString::number(60 + i);
        const Config::YamlEditor yaml(tree);
        // The service in view, as when the form and the text show the same service side by side.
        const int line = int(tree.lineOf(tree.text().indexOf(u"\n  "_s + service + u":\n"_s)));
        QTextCursor at(editor->document()->findBlockByNumber(line));
        editor->setTextCursor(at);
        editor->ensureCursorVisible();
        QCoreApplication::processEvents();
        QElapsedTimer clock;
        clock.start();
        const Config::YamlEditResult r = yaml.set(*Config::YamlPath::parse(u"services."_s + service + u".environment.BENCH"_s),
                                                  u"\"value %1\""_s.arg(i));
        const double computeMs = double(clock.nsecsElapsed()) / 1e6;
        if (!r.ok()) {
            report(u"config: the edit failed: "_s + r.message);
            return {};
        }
        FirstPaint paint(editor->viewport());
        QEventLoop loop;
        paint.loop = &loop;
        applyToDocument(editor->document(), r.edits);
        loop.exec();
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        if (i > 0) { // the first is a warm-up
            edit.append(ms);
            compute.append(computeMs);
            parse.append(parseMs);
        }
    }
    // Typing until the form is current: a keystroke in the text, then what the end of the form's
    // debounce does (the debounce is not counted) until the form shows the text, and the longest
    // stall while it happens. Beside it, in the same run: the read on the GUI thread as it was
    // before the reader thread (a full parse and the model), and the form's synchronous re-read
    // after a keystroke as a form edit, undo or redo makes it (incremental, on the GUI thread).
    auto *view = new ComposeConfigView(editor->document());
    view->resize(1000, 700);
    view->show();
    view->refresh();
    QList<double> refresh, stall, fullRead, syncRead;
    const auto keystroke = [&] {
        // A value in the middle of the file (the text stays valid YAML).
        QTextCursor at = editor->document()->find(u"POSTGRES_HOST: database"_s,
                                                  editor->document()->findBlockByNumber(5000).position());
        at.movePosition(QTextCursor::EndOfBlock);
        at.insertText(u"x"_s);
    };
    for (int i = 0; i < Runs + 1; ++i) {
        keystroke();
        StallMonitor stalls;
        stalls.start();
        QElapsedTimer clock;
        clock.start();
        QEventLoop shown;
        QObject::connect(view, &ConfigView::refreshed, &shown, &QEventLoop::quit);
        view->refreshInBackground();
        if (!view->isCurrent())
            shown.exec();
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        QEventLoop settle;
        QTimer::singleShot(20, &settle, &QEventLoop::quit);
        settle.exec();
        stalls.stop();
        clock.restart();
        const Config::ComposeModel model = Config::ComposeModel::read(Config::YamlTree::parse(editor->toPlainText()));
        const double fullMs = double(clock.nsecsElapsed()) / 1e6;
        keystroke();
        clock.restart();
        view->refresh();
        const double syncMs = double(clock.nsecsElapsed()) / 1e6;
        if (i > 0 && model.error.isEmpty()) {
            refresh.append(ms);
            stall.append(stalls.maxStallMs());
            fullRead.append(fullMs);
            syncRead.append(syncMs);
        }
    }
    // Where the reader's time goes, on this thread: tree-sitter's full parse alone, the reparser
    // after a keystroke (tree-sitter's incremental parse and Berth's index), and the model.
    QList<double> treeSitterFull, treeSitterIncremental, reparse, modelRead;
    {
        Config::YamlReparser reparser;
        QString text = editor->toPlainText();
        reparser.parse(text);
        TSParser *parser = ts_parser_new();
        ts_parser_set_language(parser, tree_sitter_yaml());
        for (int i = 0; i < Runs + 1; ++i) {
            QElapsedTimer clock;
            clock.start();
            TSTree *syntax = ts_parser_parse_string_encoding(parser, nullptr, reinterpret_cast<const char *>(text.utf16()),
                                                             uint32_t(text.size() * 2), TSInputEncodingUTF16);
            const double tsMs = double(clock.nsecsElapsed()) / 1e6;
            // tree-sitter's incremental parse alone, after the same one-character edit.
            const qsizetype at = text.indexOf(u"POSTGRES_HOST: database"_s, text.size() / 2) + 23;
            const QString before = text;
            text.insert(at, u'y');
            const auto row = uint32_t(QStringView(before).first(at).count(u'\n'));
            const auto column = uint32_t((at - before.lastIndexOf(u'\n', at - 1) - 1) * 2);
            TSInputEdit edit{uint32_t(at * 2), uint32_t(at * 2), uint32_t(at * 2 + 2), {row, column}, {row, column},
                             {row, column + 2}};
            ts_tree_edit(syntax, &edit);
            clock.restart();
            TSTree *again = ts_parser_parse_string_encoding(parser, syntax, reinterpret_cast<const char *>(text.utf16()),
                                                            uint32_t(text.size() * 2), TSInputEncodingUTF16);
            const double tsIncrementalMs = double(clock.nsecsElapsed()) / 1e6;
            ts_tree_delete(again);
            ts_tree_delete(syntax);
            clock.restart();
            const Config::YamlTree tree = reparser.parse(text);
            const double reparseMs = double(clock.nsecsElapsed()) / 1e6;
            clock.restart();
            const Config::ComposeModel model = Config::ComposeModel::read(tree);
            const double modelMs = double(clock.nsecsElapsed()) / 1e6;
            if (i > 0 && reparser.lastWasIncremental() && model.error.isEmpty()) {
                treeSitterFull.append(tsMs);
                treeSitterIncremental.append(tsIncrementalMs);
                reparse.append(reparseMs);
                modelRead.append(modelMs);
            }
        }
        ts_parser_delete(parser);
    }
    report(u"config 10k lines, the reader's parts: tree-sitter's full parse %1 ms, its incremental parse after "
           u"a keystroke %4 ms; the reparser after the keystroke (incremental parse and index) %2 ms, the model "
           u"%3 ms"_s
               .arg(median(treeSitterFull), 0, 'f', 1).arg(median(reparse), 0, 'f', 1).arg(median(modelRead), 0, 'f', 1)
               .arg(median(treeSitterIncremental), 0, 'f', 2));

    if (!view->problem().isEmpty())
        report(u"config: the form did not read the text: "_s + view->problem());
    delete view;
    delete editor;
    report(u"config 10k lines: typing until the form is current %1 ms (target <= 50), longest stall %2 ms "
           u"(target <= 16); on the GUI thread a full parse and model %3 ms (the read before the reader "
           u"thread), the form's synchronous incremental re-read %4 ms"_s
               .arg(median(refresh), 0, 'f', 1).arg(median(stall), 0, 'f', 1).arg(median(fullRead), 0, 'f', 1)
               .arg(median(syncRead), 0, 'f', 1));
    report(u"config 10k lines: form edit until painted %1 ms (target <= 5; the edit's own computing %2 ms), "
           u"full parse %3 ms"_s
               .arg(median(edit), 0, 'f', 2).arg(median(compute), 0, 'f', 2).arg(median(parse), 0, 'f', 1));
    QJsonObject result;
    result.insert(u"config_reparse_ms_10k"_s, median(reparse));
    result.insert(u"config_ts_incremental_ms_10k"_s, median(treeSitterIncremental));
    result.insert(u"config_edit_ms_10k"_s, median(edit));
    result.insert(u"config_parse_ms_10k"_s, median(parse));
    result.insert(u"config_form_refresh_ms_10k"_s, median(refresh));
    result.insert(u"config_form_refresh_stall_ms_10k"_s, median(stall));
    result.insert(u"config_form_full_read_ms_10k"_s, median(fullRead));
    result.insert(u"config_form_sync_reread_ms_10k"_s, median(syncRead));
    return result;
}

} // namespace Berth::Bench
