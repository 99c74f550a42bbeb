#include "core/textfile.h"
#include "editor/codeeditor.h"
#include "editor/editorarea.h"
#include "editor/editorhighlighter.h"
#include "editor/editortab.h"
#include "editor/findbar.h"
#include "editor/syntaxengine.h"
#include "editor/syntaxengineloader.h"
#include "setupfiles.h"

#include "../common/eventcounter.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
void writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Clicks the given button of the next message box that appears; records its text.
void answerNextMessageBox(QMessageBox::StandardButton button, QString *text = nullptr)
{
    QTimer::singleShot(0, qApp, [button, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            answerNextMessageBox(button, text); // not shown yet: try again on the next turn
            return;
        }
        if (text)
            *text = box->text();
        box->button(button)->click();
    });
}

// The highlighting plugin, loaded the way berth loads it (BERTH_PLUGIN_PATH from ctest).
Berth::SyntaxEngine &engine()
{
    Berth::SyntaxEngine *e = Berth::syntaxEngine();
    if (!e)
        qFatal("tst_editor: the syntax plugin did not load: %s", qUtf8Printable(Berth::syntaxEngineProblem()));
    return *e;
}
} // namespace

class TestEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"BerthTest"_s);
        QCoreApplication::setApplicationName(u"tst_editor"_s);
        QSettings().clear();
        QVERIFY2(Berth::syntaxEngine(), qPrintable(Berth::syntaxEngineProblem()));
        QVERIFY(Berth::syntaxEngineLoaded());
        QVERIFY(Berth::syntaxEngineProblem().isEmpty());
    }
    void definitionByRole_data();
    void definitionByRole();
    void envFileDefinitionShipsWithBerth();
    void themeSwitchRecoloursEveryEditor();
    void saveRoundTripIsAtomicAndLf();
    void saveKeepsCrlfAndByteOrderMark();
    void saveKeepsAFileThatIsNotUtf8();
    void saveKeepsUtf16();
    void modifiedMarkerInTab();
    void unsavedChangesPromptCancelKeepsTab();
    void unsavedChangesPromptDiscardCloses();
    void changedOnDiskIsNoticedAndNotOverwritten();
    void findAndReplace();
    void yamlIndentsWithSpaces();
    void largeFileHighlightsInSlices();
    void editsRehighlightLikeAFullPass();
    void largeFileLoadsInSlices();
    void followsSystemPaletteChange();

private:
    QTemporaryDir m_dir;
};

void TestEditor::definitionByRole_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("definition");
    QTest::newRow("Dockerfile") << u"Dockerfile"_s << u"Dockerfile"_s;
    QTest::newRow("compose") << u"docker-compose.yml"_s << u"YAML"_s;
    QTest::newRow("override") << u"docker-compose.override.yml"_s << u"YAML"_s;
    QTest::newRow("spec") << u"berth.yaml"_s << u"YAML"_s;
    // By file name alone KSyntaxHighlighting picks TOML for *.conf; the role says nginx.
    QTest::newRow("nginx site") << u"data/nginx/app.conf"_s << u"nginx Configuration"_s;
    QTest::newRow("uwsgi.ini") << u"app/uwsgi.ini"_s << u"INI Files"_s;
    QTest::newRow("pytest.ini") << u"app/pytest.ini"_s << u"INI Files"_s;
    QTest::newRow("database env") << u"data/postgres/database_env"_s << u"Env File"_s;
    QTest::newRow(".dockerignore") << u".dockerignore"_s << u"Git Ignore"_s;
}

void TestEditor::definitionByRole()
{
    QFETCH(QString, path);
    QFETCH(QString, definition);
    QCOMPARE(Berth::definitionNameForSetupFile(path), definition);
    QVERIFY2(engine().hasDefinition(definition), qPrintable(definition));
    QVERIFY(engine().definitionNames().contains(definition));
    QCOMPARE(engine().definitionNameForFileName(u"app.conf"_s), u"TOML"_s);
}

void TestEditor::envFileDefinitionShipsWithBerth()
{
    // From the plugin's resources (:/berth/syntax/envfile.xml): KSyntaxHighlighting has none.
    QVERIFY(engine().hasDefinition(u"Env File"_s));
    // It really colours: a key and a quoted value get different formats.
    Berth::CodeEditor editor;
    editor.setDefinition(u"Env File"_s);
    QCOMPARE(editor.definitionName(), u"Env File"_s);
    editor.setTheme(u"Breeze Light"_s);
    editor.setPlainText(u"POSTGRES_PASSWORD=\"abc\"\n# comment\n"_s);
    QTRY_VERIFY(!editor.document()->firstBlock().layout()->formats().isEmpty());
    const auto formats = editor.document()->firstBlock().layout()->formats();
    QSet<QRgb> colours;
    for (const auto &range : formats)
        colours.insert(range.format.foreground().color().rgba());
    QVERIFY2(colours.size() >= 2, "key and value should be coloured differently");
}

void TestEditor::themeSwitchRecoloursEveryEditor()
{
    writeFile(m_dir.filePath(u"a.yml"_s), "services:\n  app:\n    image: x\n");
    writeFile(m_dir.filePath(u"Dockerfile"_s), "FROM python:3.13\n");
    Berth::EditorArea area;
    QVERIFY(area.openFile(m_dir.filePath(u"a.yml"_s), u"YAML"_s));
    QVERIFY(area.openFile(m_dir.filePath(u"Dockerfile"_s), u"Dockerfile"_s));
    area.setThemeName(u"Breeze Dark"_s);
    const QRgb darkBackground = engine().theme(u"Breeze Dark"_s).background.rgba();
    for (Berth::EditorTab *tab : area.tabs()) {
        QCOMPARE(tab->editor()->theme().name, u"Breeze Dark"_s);
        QCOMPARE(tab->editor()->palette().color(QPalette::Base).rgba(), darkBackground);
    }
    QCOMPARE(QSettings().value(u"editor/theme"_s).toString(), u"Breeze Dark"_s);
    area.setThemeName(u"Breeze Light"_s);
    for (Berth::EditorTab *tab : area.tabs())
        QCOMPARE(tab->editor()->theme().name, u"Breeze Light"_s);
    // A new area starts with the stored theme.
    Berth::EditorArea second;
    QCOMPARE(second.themeName(), u"Breeze Light"_s);
    area.setThemeName(QString()); // follow the palette again
    QVERIFY(area.tabs().first()->editor()->theme().isValid());
}

void TestEditor::saveRoundTripIsAtomicAndLf()
{
    const QString path = m_dir.filePath(u"uwsgi.ini"_s);
    writeFile(path, "[uwsgi]\nmaster = 1\n");
    Berth::EditorArea area;
    Berth::EditorTab *tab = area.openFile(path, u"INI Files"_s);
    QVERIFY(tab);
    QCOMPARE(tab->editor()->toPlainText(), u"[uwsgi]\nmaster = 1\n"_s);
    QTextCursor c(tab->editor()->document());
    c.movePosition(QTextCursor::End);
    c.insertText(u"processes = 4\n"_s);
    QVERIFY(tab->isModified());
    QVERIFY(area.saveCurrent());
    QVERIFY(!tab->isModified());
    QCOMPARE(readFile(path), QByteArray("[uwsgi]\nmaster = 1\nprocesses = 4\n"));
    QVERIFY(!readFile(path).contains('\r'));
    // No temporary files left next to it.
    QCOMPARE(QDir(m_dir.path()).entryList({u"uwsgi.ini*"_s}, QDir::Files | QDir::Hidden), QStringList{u"uwsgi.ini"_s});
}

void TestEditor::saveKeepsCrlfAndByteOrderMark()
{
    // A file of the user's with CRLF and a BOM: an edit changes only the edited line's bytes.
    const QString path = m_dir.filePath(u"docker-compose.yml"_s);
    writeFile(path, "\xEF\xBB\xBFservices:\r\n  web:\r\n    image: nginx\r\n");
    Berth::EditorArea area;
    Berth::EditorTab *tab = area.openFile(path, u"YAML"_s);
    QVERIFY(tab);
    QCOMPARE(tab->editor()->toPlainText(), u"services:\n  web:\n    image: nginx\n"_s);
    QTextCursor c = tab->editor()->document()->find(u"nginx"_s);
    c.insertText(u"nginx:1.27"_s);
    QVERIFY(area.saveCurrent());
    QCOMPARE(readFile(path), QByteArray("\xEF\xBB\xBFservices:\r\n  web:\r\n    image: nginx:1.27\r\n"));
}

void TestEditor::saveKeepsAFileThatIsNotUtf8()
{
    // An env file written by a Latin-1 tool: 0xE9 is "é" there and no UTF-8 at all. Saving
    // after an edit elsewhere gives those bytes back; a character Latin-1 has no byte for is
    // refused with where it is, and nothing is written.
    const QString path = m_dir.filePath(u"database_env"_s);
    const QByteArray original("POSTGRES_PASSWORD=caf\xE9\r\nPOSTGRES_USER=app\r\n");
    writeFile(path, original);
    Berth::EditorArea area;
    area.show();
    Berth::EditorTab *tab = area.openFile(path, u"Env File"_s);
    QVERIFY(tab);
    QCOMPARE(tab->format().encoding, Berth::TextFormat::Encoding::Latin1);
    auto *notice = tab->findChild<QWidget *>(u"encodingNotice"_s);
    QVERIFY(notice && notice->isVisible());
    QCOMPARE(tab->editor()->toPlainText(), u"POSTGRES_PASSWORD=caf\u00e9\nPOSTGRES_USER=app\n"_s);
    QTextCursor c = tab->editor()->document()->find(u"=app"_s);
    c.insertText(u"=django"_s);
    QVERIFY(area.saveCurrent());
    QCOMPARE(readFile(path), QByteArray("POSTGRES_PASSWORD=caf\xE9\r\nPOSTGRES_USER=django\r\n"));
    c.insertText(u"\u20ac"_s);
    QString error;
    QCOMPARE(tab->save(&error), Berth::EditorTab::SaveResult::Failed);
    QVERIFY2(error.contains(u"line 2") && error.contains(u"\u20ac") && error.contains(u"UTF-8"), qPrintable(error));
    QCOMPARE(readFile(path), QByteArray("POSTGRES_PASSWORD=caf\xE9\r\nPOSTGRES_USER=django\r\n"));
    QVERIFY(tab->isModified());
    // Save as UTF-8: from now on the file is UTF-8, line breaks kept.
    QTest::mouseClick(notice->findChild<QPushButton *>(u"saveAsUtf8Button"_s), Qt::LeftButton);
    QVERIFY(!notice->isVisible());
    QVERIFY(area.saveCurrent());
    QCOMPARE(readFile(path), QByteArray("POSTGRES_PASSWORD=caf\xC3\xA9\r\nPOSTGRES_USER=django\xE2\x82\xAC\r\n"));
}

void TestEditor::saveKeepsUtf16()
{
    // UTF-16 LE with its byte-order mark, as some Windows editors save: read as text, saved so.
    const QString path = m_dir.filePath(u"notes.txt"_s);
    const QString text = u"DEBUG=1\r\nNAME=Zo\u00eb\r\n"_s;
    QByteArray bytes("\xFF\xFE");
    for (QChar ch : text)
        bytes.append(char(ch.unicode() & 0xFF)).append(char(ch.unicode() >> 8));
    writeFile(path, bytes);
    Berth::EditorArea area;
    Berth::EditorTab *tab = area.openFile(path, u"Env File"_s);
    QVERIFY(tab);
    QCOMPARE(tab->format().encoding, Berth::TextFormat::Encoding::Utf16LE);
    QCOMPARE(tab->editor()->toPlainText(), u"DEBUG=1\nNAME=Zo\u00eb\n"_s);
    QTextCursor c = tab->editor()->document()->find(u"=1"_s);
    c.insertText(u"=0"_s);
    QVERIFY(area.saveCurrent());
    QByteArray expected("\xFF\xFE");
    const QString edited = QString(text).replace(u"=1"_s, u"=0"_s);
    for (QChar ch : edited)
        expected.append(char(ch.unicode() & 0xFF)).append(char(ch.unicode() >> 8));
    QCOMPARE(readFile(path), expected);
}

void TestEditor::modifiedMarkerInTab()
{
    const QString path = m_dir.filePath(u"marker.yml"_s);
    writeFile(path, "a: 1\n");
    Berth::EditorArea area;
    Berth::EditorTab *tab = area.openFile(path, u"YAML"_s);
    QCOMPARE(area.tabWidget()->tabText(0), u"marker.yml"_s);
    tab->editor()->insertPlainText(u"b: 2\n"_s);
    QVERIFY(area.tabWidget()->tabText(0).endsWith(u"●"_s));
    tab->editor()->document()->undo();
    QCOMPARE(area.tabWidget()->tabText(0), u"marker.yml"_s);
}

void TestEditor::unsavedChangesPromptCancelKeepsTab()
{
    const QString path = m_dir.filePath(u"keep.yml"_s);
    writeFile(path, "a: 1\n");
    Berth::EditorArea area;
    Berth::EditorTab *tab = area.openFile(path, u"YAML"_s);
    tab->editor()->insertPlainText(u"x: 0\n"_s);
    QString asked;
    answerNextMessageBox(QMessageBox::Cancel, &asked);
    QVERIFY(!area.closeTab(0));
    QVERIFY(asked.contains(u"keep.yml"_s));
    QCOMPARE(area.tabs().size(), 1);
    QCOMPARE(readFile(path), QByteArray("a: 1\n"));

    answerNextMessageBox(QMessageBox::Save);
    QVERIFY(area.maybeSaveAll());
    QCOMPARE(readFile(path), QByteArray("x: 0\na: 1\n"));
}

void TestEditor::unsavedChangesPromptDiscardCloses()
{
    const QString path = m_dir.filePath(u"discard.yml"_s);
    writeFile(path, "a: 1\n");
    Berth::EditorArea area;
    Berth::EditorTab *tab = area.openFile(path, u"YAML"_s);
    tab->editor()->insertPlainText(u"x: 0\n"_s);
    answerNextMessageBox(QMessageBox::Discard);
    QVERIFY(area.closeTab(0));
    QCOMPARE(area.tabWidget()->count(), 0);
    QCOMPARE(readFile(path), QByteArray("a: 1\n"));
}

void TestEditor::changedOnDiskIsNoticedAndNotOverwritten()
{
    const QString path = m_dir.filePath(u"disk.yml"_s);
    writeFile(path, "a: 1\n");
    Berth::EditorArea area;
    Berth::EditorTab *tab = area.openFile(path, u"YAML"_s);
    tab->editor()->insertPlainText(u"mine: 1\n"_s);
    QSignalSpy changed(tab, &Berth::EditorTab::changedOnDisk);
    writeFile(path, "theirs: 2\n");
    QVERIFY(changed.wait(5000));
    QVERIFY(tab->isChangedOnDisk());
    auto *notice = tab->findChild<QWidget *>(u"changedOnDiskNotice"_s);
    QVERIFY(notice && !notice->isHidden());
    // Saving asks first; cancelling keeps their version on disk.
    answerNextMessageBox(QMessageBox::Cancel);
    QVERIFY(!area.saveCurrent());
    QCOMPARE(readFile(path), QByteArray("theirs: 2\n"));
    // Reload takes theirs.
    tab->reloadFromDisk();
    QCOMPARE(tab->editor()->toPlainText(), u"theirs: 2\n"_s);
    QVERIFY(!tab->isModified());

    // Unmodified tabs follow the disk by themselves.
    QSignalSpy again(tab, &Berth::EditorTab::changedOnDisk);
    writeFile(path, "third: 3\n");
    QVERIFY(again.wait(5000));
    QCOMPARE(tab->editor()->toPlainText(), u"third: 3\n"_s);
}

void TestEditor::findAndReplace()
{
    const QString path = m_dir.filePath(u"find.ini"_s);
    writeFile(path, "processes = 2\nthreads = 2\n# processes\n");
    Berth::EditorArea area;
    Berth::EditorTab *tab = area.openFile(path, u"INI Files"_s);
    Berth::FindBar *bar = area.findBar();
    area.showFind();
    bar->findField()->setText(u"processes"_s);
    QVERIFY(bar->findNext());
    QCOMPARE(tab->editor()->textCursor().blockNumber(), 0);
    QVERIFY(bar->findNext());
    QCOMPARE(tab->editor()->textCursor().blockNumber(), 2);
    QVERIFY(bar->findNext()); // wraps
    QCOMPARE(tab->editor()->textCursor().blockNumber(), 0);
    bar->findField()->setText(u"nothing-like-this"_s);
    QVERIFY(!bar->findNext());

    bar->setRegularExpression(true);
    bar->findField()->setText(u"= (\\d)"_s);
    bar->replaceField()->setText(u"= 1\\1"_s);
    QCOMPARE(bar->replaceAll(), 2);
    QCOMPARE(tab->editor()->toPlainText(), u"processes = 12\nthreads = 12\n# processes\n"_s);
    tab->editor()->undo(); // one undo step for the whole replace
    QCOMPARE(tab->editor()->toPlainText(), u"processes = 2\nthreads = 2\n# processes\n"_s);
}

void TestEditor::yamlIndentsWithSpaces()
{
    const QString path = m_dir.filePath(u"indent.yml"_s);
    writeFile(path, "services:");
    Berth::EditorArea area;
    Berth::EditorTab *tab = area.openFile(path, u"YAML"_s);
    Berth::CodeEditor *editor = tab->editor();
    QCOMPARE(editor->indentWidth(), 2);
    editor->moveCursor(QTextCursor::End);
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClicks(editor, u"app:"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClick(editor, Qt::Key_Tab);
    QTest::keyClicks(editor, u"x"_s);
    QCOMPARE(editor->toPlainText(), u"services:\n  app:\n      x"_s);
    QVERIFY(!editor->toPlainText().contains(u'\t'));
}

namespace {
QList<QList<QTextLayout::FormatRange>> allFormats(QTextDocument *doc)
{
    QList<QList<QTextLayout::FormatRange>> result;
    for (QTextBlock b = doc->firstBlock(); b.isValid(); b = b.next())
        result.append(b.layout()->formats());
    return result;
}
} // namespace

void TestEditor::largeFileHighlightsInSlices()
{
    QString text;
    for (int i = 0; i < 100000; ++i)
        text += u"  service_%1:\n    image: \"nginx:1.27\"  # comment\n"_s.arg(i);
    Berth::CodeEditor editor;
    editor.setDefinition(u"YAML"_s);
    editor.setTheme(u"Breeze Light"_s);
    editor.setPlainText(text);
    // The first slice has run (the top is coloured) but the document is not done: the window
    // gets control back long before the 200,000th line.
    Berth::EditorHighlighter *h = editor.highlighter();
    QVERIFY(h->isActive());
    QVERIFY(h->isBusy());
    QTRY_VERIFY(!editor.document()->firstBlock().layout()->formats().isEmpty());
    QVERIFY(h->isBusy());
    QVERIFY(editor.document()->lastBlock().previous().layout()->formats().isEmpty());
    QSignalSpy finished(h, &Berth::EditorHighlighter::finished);
    QVERIFY(finished.wait(90000)); // a time-out, not a speed: under ASan on a busy machine it takes 20 s or more
    QVERIFY(!h->isBusy());
    QVERIFY(!editor.document()->lastBlock().previous().layout()->formats().isEmpty());
}

void TestEditor::editsRehighlightLikeAFullPass()
{
    // Python: opening a triple-quoted string changes the colour of every later line.
    const QString text = u"def f():\n    x = 1\n    return x\n\nclass A:\n    pass\n"_s.repeated(50);
    Berth::CodeEditor editor;
    editor.setDefinition(u"Python"_s);
    editor.setTheme(u"Breeze Light"_s);
    editor.setPlainText(text);
    editor.highlighter()->finish();
    const auto before = allFormats(editor.document());

    QTextCursor c(editor.document()->findBlockByNumber(3));
    c.insertText(u"\"\"\""_s);
    editor.highlighter()->finish();
    const auto edited = allFormats(editor.document());
    QVERIFY(edited != before);

    Berth::CodeEditor fresh;
    fresh.setDefinition(u"Python"_s);
    fresh.setTheme(u"Breeze Light"_s);
    fresh.setPlainText(editor.toPlainText());
    fresh.highlighter()->finish();
    QCOMPARE(edited.size(), allFormats(fresh.document()).size());
    QVERIFY(edited == allFormats(fresh.document()));

    // And closing it again restores the original colours.
    c.insertText(u"\"\"\""_s);
    editor.highlighter()->finish();
    QVERIFY(allFormats(editor.document()).mid(5) == before.mid(5));
}

void TestEditor::largeFileLoadsInSlices()
{
    QString text;
    for (int i = 0; i < 60000; ++i)
        text += u"line %1 of a large file\n"_s.arg(i);
    const QString path = m_dir.filePath(u"large.yml"_s);
    writeFile(path, text.toUtf8());
    Berth::EditorArea area;
    Berth::EditorTab *tab = area.openFile(path, u"YAML"_s);
    Berth::CodeEditor *editor = tab->editor();
    // Shown at once with its first part, read-only and not "modified" while the rest arrives.
    QVERIFY(editor->isLoading());
    QVERIFY(editor->isReadOnly());
    QVERIFY(editor->document()->blockCount() < 60000);
    QVERIFY(!tab->isModified());
    // The line numbers are as wide as 60,000 needs from the first part on: a width changing at
    // 10,000 lines would lay the whole document out again while it loads.
    const int margin = editor->viewport()->x();
    QList<int> margins;
    connect(editor, &QPlainTextEdit::blockCountChanged, this, [&] { margins.append(editor->viewport()->x()); });
    QSignalSpy loaded(editor, &Berth::CodeEditor::loaded);
    QVERIFY(loaded.wait(30000));
    QVERIFY(!margins.isEmpty());
    QCOMPARE(margins, QList<int>(margins.size(), margin));
    QCOMPARE(editor->viewport()->x(), margin);
    QCOMPARE(editor->toPlainText(), text);
    QVERIFY(!editor->isReadOnly());
    QVERIFY(!tab->isModified());
    QVERIFY(!editor->document()->isUndoAvailable());
    QCOMPARE(area.tabWidget()->tabText(0), u"large.yml"_s);
    // Saving what was loaded writes the file back byte for byte.
    editor->insertPlainText(u"x"_s);
    QVERIFY(area.saveCurrent());
    QCOMPARE(readFile(path), ("x"_L1 + text).toUtf8());
}

void TestEditor::followsSystemPaletteChange()
{
    const QString path = m_dir.filePath(u"palette.yml"_s);
    writeFile(path, "a: 1\n");
    Berth::EditorArea area;
    area.setThemeName(QString()); // follow the palette
    Berth::EditorTab *tab = area.openFile(path, u"YAML"_s);
    area.show();
    const QPalette original = QApplication::palette();
    QPalette dark = original;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    QApplication::setPalette(dark);
    QTRY_VERIFY(tab->editor()->theme().background.lightness() < 128);
    QApplication::setPalette(original);
    QTRY_VERIFY(tab->editor()->theme().background.lightness() >= 128);
    // A theme the user picked stays, whatever the palette does.
    area.setThemeName(u"Solarized Light"_s);
    EventCounter paletteChanges(&area, QEvent::PaletteChange);
    QApplication::setPalette(dark);
    QTRY_VERIFY(paletteChanges.count() > 0); // the area has had its chance to follow the palette
    QCOMPARE(tab->editor()->theme().name, u"Solarized Light"_s);
    QApplication::setPalette(original);
}

QTEST_MAIN(TestEditor)
#include "tst_editor.moc"
