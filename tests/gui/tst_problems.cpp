// Live validation in the editor: typing a YAML error marks its line in the gutter and lists it
// in the Problems pane, a double-click there goes to the line, and fixing it clears both.
#include "editor/codeeditor.h"
#include "editor/editorarea.h"
#include "editor/editortab.h"
#include "editor/editorvalidation.h"
#include "palettecolours.h"
#include "problemsdock.h"
#include "validation/documentvalidator.h"
#include "validation/problemmodel.h"

#include <QFile>
#include <QMainWindow>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Berth;

class TestProblems : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void typingAnErrorMarksItsLineAndFixingItClears();

private:
    // The colour of the gutter's mark column in the middle of a 1-based line.
    static QColor markPixel(CodeEditor *editor, int line)
    {
        const QTextBlock block = editor->document()->findBlockByNumber(line - 1);
        const QRect row = editor->cursorRect(QTextCursor(block));
        const QImage gutter = editor->gutter()->grab().toImage();
        const qreal ratio = gutter.devicePixelRatio();
        return gutter.pixelColor(int(ProblemMarks::Width / 2 * ratio), int(row.center().y() * ratio));
    }
    static bool near(const QColor &a, const QColor &b)
    {
        return qAbs(a.red() - b.red()) < 24 && qAbs(a.green() - b.green()) < 24 && qAbs(a.blue() - b.blue()) < 24;
    }
};

void TestProblems::typingAnErrorMarksItsLineAndFixingItClears()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"settings.yaml"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("services:\n  web:\n    image: nginx\n    ports:\n      - 80\n");
    }
    QMainWindow window;
    auto *editors = new EditorArea(&window);
    window.setCentralWidget(editors);
    auto *dock = new ProblemsDock(editors, &window);
    window.addDockWidget(Qt::BottomDockWidgetArea, dock);
    window.resize(900, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    EditorTab *tab = editors->openFile(path, u"YAML"_s);
    QVERIFY(tab);
    CodeEditor *editor = tab->editor();
    DocumentValidator *validator = editors->validation()->validator(tab);
    QVERIFY(validator);
    ProblemModel *model = editors->validation()->model();
    QTRY_VERIFY(validator->isIdle());
    QCOMPARE(model->rowCount(), 0);
    const QColor error = errorText(editor->palette());
    QVERIFY(!near(markPixel(editor, 4), error));

    // Delete the first space of "    ports:": line 4 no longer lines up with its siblings.
    QTextCursor cursor(editor->document()->findBlockByNumber(3));
    editor->setTextCursor(cursor);
    QTest::keyClick(editor, Qt::Key_Delete);
    QCOMPARE(editor->document()->findBlockByNumber(3).text(), u"   ports:"_s);

    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->problem(0).line, 4);
    QCOMPARE(model->problem(0).file, tab->path());
    QVERIFY(model->problem(0).message.startsWith(u"YAML syntax error"_s));
    QVERIFY(editor->problemMarks().worstOn(4));
    QVERIFY(editor->problemMarks().toolTip(4).startsWith(u"YAML syntax error"_s));
    QVERIFY(!editor->problemMarks().worstOn(2));
    QTRY_VERIFY(near(markPixel(editor, 4), error));
    QVERIFY(!near(markPixel(editor, 2), error));
    QCOMPARE(dock->windowTitle(), u"Problems (1)"_s);

    // A double-click on the problem takes the cursor to its line.
    editor->setTextCursor(QTextCursor(editor->document()));
    QCOMPARE(editor->textCursor().blockNumber(), 0);
    QTreeView *view = dock->view();
    const QModelIndex row = view->model()->index(0, ProblemModel::MessageColumn);
    const QPoint at = view->visualRect(row).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
    QTRY_COMPARE(editor->textCursor().blockNumber(), 3);

    // Put the space back: the mark and the row go.
    editor->setTextCursor(QTextCursor(editor->document()->findBlockByNumber(3)));
    QTest::keyClick(editor, Qt::Key_Space);
    QCOMPARE(editor->document()->findBlockByNumber(3).text(), u"    ports:"_s);
    QTRY_COMPARE(model->rowCount(), 0);
    QVERIFY(!editor->problemMarks().worstOn(4));
    QTRY_VERIFY(!near(markPixel(editor, 4), error));
    QCOMPARE(dock->windowTitle(), u"Problems"_s);
}

QTEST_MAIN(TestProblems)
#include "tst_problems.moc"
