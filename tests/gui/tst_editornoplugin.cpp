// Without the syntax highlighting plugin (ui/syntaxplugin): editors show plain text, the main
// window says why once, nothing crashes. A process of its own, since the plugin is loaded (or
// not) once per process.
#include "editor/codeeditor.h"
#include "editor/editorarea.h"
#include "editor/editorhighlighter.h"
#include "editor/editortab.h"
#include "editor/syntaxengineloader.h"
#include "mainwindow.h"

#include "../common/eventcounter.h"

#include <QDir>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

using namespace Qt::StringLiterals;

namespace {
void writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}
} // namespace

class TestEditorNoPlugin : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"BerthTest"_s);
        QCoreApplication::setApplicationName(u"tst_editornoplugin"_s);
        QSettings().clear();
        QVERIFY(m_emptyPluginDir.isValid());
        QVERIFY(m_project.isValid());
        QVERIFY(m_brokenPluginDir.isValid());
        // Not a shared object at all: QPluginLoader refuses it, and its reason reaches the user.
        writeFile(m_brokenPluginDir.filePath(QStringLiteral(BERTH_SYNTAX_PLUGIN_FILE)), "not a plugin\n");
        // ctest points BERTH_PLUGIN_PATH at the built plugin; here at an empty folder and one with
        // a broken file (the other places searched, next to this test's executable, hold none).
        qputenv("BERTH_PLUGIN_PATH", QFile::encodeName(m_emptyPluginDir.path() + QDir::listSeparator()
                                                       + m_brokenPluginDir.path()));
    }
    void editorShowsPlainText();
    void mainWindowSaysSoOnce();

private:
    QTemporaryDir m_emptyPluginDir;
    QTemporaryDir m_brokenPluginDir;
    QTemporaryDir m_project;
};

void TestEditorNoPlugin::editorShowsPlainText()
{
    const QString path = m_project.filePath(u"docker-compose.yml"_s);
    writeFile(path, "services:\n  app:\n    image: \"x\"  # comment\n");
    Berth::EditorArea area;
    area.setThemeName(u"Breeze Dark"_s);
    Berth::EditorTab *tab = area.openFile(path, u"YAML"_s);
    QVERIFY(tab);
    QVERIFY(!Berth::syntaxEngineLoaded());
    const QString problem = Berth::syntaxEngineProblem();
    QVERIFY2(problem.contains(u"berthsyntax"_s), qPrintable(problem));
    QVERIFY2(problem.contains(QDir::toNativeSeparators(m_emptyPluginDir.path())), qPrintable(problem));
    const QString broken =
        QDir::toNativeSeparators(m_brokenPluginDir.filePath(QStringLiteral(BERTH_SYNTAX_PLUGIN_FILE)));
    QVERIFY2(problem.contains(broken + u": "_s), qPrintable(problem));

    Berth::CodeEditor *editor = tab->editor();
    QCOMPARE(editor->toPlainText(), u"services:\n  app:\n    image: \"x\"  # comment\n"_s);
    QVERIFY(!editor->highlighter()->isActive());
    QVERIFY(!editor->highlighter()->isBusy());
    editor->highlighter()->finish(); // a no-op, not a crash
    QVERIFY(editor->definitionName().isEmpty());
    QCOMPARE(editor->indentWidth(), 2); // YAML's indentation does not need the plugin
    QVERIFY(!editor->theme().isValid());
    EventCounter paints(editor->viewport(), QEvent::Paint);
    area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&area));
    // Painted: with a plugin, highlighting would have begun by now (it starts on attach).
    QTRY_VERIFY(paints.count() > 0);
    for (QTextBlock b = editor->document()->firstBlock(); b.isValid(); b = b.next())
        QVERIFY(b.layout()->formats().isEmpty());
    // Editing still works.
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, u"x: 1"_s);
    QVERIFY(tab->isModified());
    QVERIFY(area.saveCurrent());
}

void TestEditorNoPlugin::mainWindowSaysSoOnce()
{
    writeFile(m_project.filePath(u"Dockerfile"_s), "FROM python:3.13\n");
    Berth::MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    // Told after the first paint, when the window tries to load the plugin by itself.
    QTRY_VERIFY(!w.statusBar()->currentMessage().isEmpty());
    const QString message = w.statusBar()->currentMessage();
    QVERIFY2(message.startsWith(u"Syntax highlighting is off"_s), qPrintable(message));
    QVERIFY2(message.contains(QDir::toNativeSeparators(m_emptyPluginDir.path())), qPrintable(message));
    // And not again for every file.
    w.statusBar()->clearMessage();
    QVERIFY(w.openProject(m_project.path()));
    QVERIFY(w.openFile(u"Dockerfile"_s));
    QVERIFY(w.openFile(u"docker-compose.yml"_s));
    QVERIFY(w.statusBar()->currentMessage().isEmpty());
    QCOMPARE(w.editorArea()->tabs().size(), 2);
    QVERIFY(w.editorArea()->currentTab()->editor()->toPlainText().startsWith(u"services:\n"_s));

    // The theme menu says why it is empty instead of failing.
    QMenu *themes = w.menuBar()->findChild<QMenu *>(u"themeMenu"_s);
    QVERIFY(themes);
    Q_EMIT themes->aboutToShow();
    QVERIFY(themes->actions().size() >= 2);
    QVERIFY(!themes->actions().last()->isEnabled());
}

QTEST_MAIN(TestEditorNoPlugin)
#include "tst_editornoplugin.moc"
