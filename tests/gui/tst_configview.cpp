#include "appearance.h"
#include "config/iniconfigview.h"
#include "config/nginxconfigview.h"
#include "editor/codeeditor.h"
#include "editor/editortab.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

#include <memory>

using namespace Qt::StringLiterals;
using Berth::Config::NginxSite;

namespace {
QString corpus(const QString &name)
{
    QFile f(qEnvironmentVariable("BERTH_SOURCE_DIR") + u"/tests/unit/configcorpus/"_s + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    return QString::fromUtf8(f.readAll());
}

// An editor tab on a copy of a corpus file, showing its Configuration view.
struct Opened {
    QTemporaryDir dir;
    std::unique_ptr<Berth::EditorTab> tab;
    QString text; // as loaded

    Opened(const QString &corpusName, const QString &fileName, const QString &definition = u"INI Files"_s)
    {
        text = corpus(corpusName);
        const QString path = dir.filePath(fileName);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(text.toUtf8()) < 0)
            qFatal("cannot write %s", qPrintable(path));
        f.close();
        tab = std::make_unique<Berth::EditorTab>(path, definition);
        QString error;
        if (!tab->load(&error))
            qFatal("cannot load: %s", qPrintable(error));
        tab->resize(900, 760);
        tab->showConfiguration(true);
    }
    QString current() const { return tab->editor()->toPlainText(); }
    template<typename View> View *view() const { return qobject_cast<View *>(tab->configView()); }
};

void typeAtEndOfLine(Berth::CodeEditor *editor, const QString &lineStart, const QString &typed)
{
    QTextCursor cursor = editor->document()->find(lineStart);
    QVERIFY2(!cursor.isNull(), qPrintable(lineStart));
    cursor.movePosition(QTextCursor::EndOfBlock);
    editor->setTextCursor(cursor);
    const QStringList lines = typed.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(editor, Qt::Key_Return);
        QTest::keyClicks(editor, lines.at(i));
    }
}
} // namespace

// The smallest real Configuration view: it shows nothing and applies what it is given, so the
// mechanism every form relies on (one undo step per edit list, the re-read) is tested apart.
class PlainView : public Berth::ConfigView
{
public:
    using ConfigView::ConfigView;
    void apply(const QList<Berth::Config::TextEdit> &edits) { applyEdits(edits); }
    int reads = 0;

protected:
    QString readText(const QString &text) override
    {
        ++reads;
        return text.contains(u"broken"_s) ? u"it says broken"_s : QString();
    }
};

class TestConfigView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void oneUndoStepPerEditList();
    void formEditChangesTheText();
    void typingChangesTheForm();
    void undoAndRedoAcrossBothViews();
    void editsNeverUseStalePositions();
    void unknownAndRepeatedKeys();
    void brokenTextMakesTheFormReadOnly();
    void invalidValueIsRefused();
    void pytestForm();
    void nginxForm();
    void switchesWithF4();
    void screenshots();
};

void TestConfigView::oneUndoStepPerEditList()
{
    QTextDocument document;
    document.setPlainText(u"alpha\nbeta\ngamma\n"_s);
    PlainView view(&document);
    view.refresh();
    QCOMPARE(view.reads, 1);
    view.apply({{0, 5, u"ALPHA"_s}, {11, 16, u"GAMMA"_s}, {6, 6, u"new "_s}});
    QCOMPARE(document.toPlainText(), u"ALPHA\nnew beta\nGAMMA\n"_s);
    QCOMPARE(view.reads, 2); // read again at once, not after the debounce
    document.undo();
    QCOMPARE(document.toPlainText(), u"alpha\nbeta\ngamma\n"_s);
    document.redo();
    QCOMPARE(document.toPlainText(), u"ALPHA\nnew beta\nGAMMA\n"_s);
    // Typing is read after the debounce; while the text does not parse, edits are refused.
    QTextCursor(&document).insertText(u"broken "_s);
    QTRY_VERIFY(!view.problem().isEmpty());
    view.apply({{0, 0, u"x"_s}});
    QVERIFY(document.toPlainText().startsWith(u"broken ALPHA"_s));
}

void TestConfigView::formEditChangesTheText()
{
    Opened o(u"uwsgi-berth.ini"_s, u"uwsgi.ini"_s);
    auto *view = o.view<Berth::IniConfigView>();
    QVERIFY(view);
    QVERIFY(o.tab->isShowingConfiguration());
    auto *processes = qobject_cast<QSpinBox *>(view->field(u"processes"_s));
    QVERIFY(processes);
    QCOMPARE(processes->value(), 4);
    processes->setValue(6);
    QString expected = o.text;
    expected.replace(u"processes = 4\n"_s, u"processes = 6\n"_s);
    QCOMPARE(o.current(), expected);
    // A key that is not in the file: its default as the placeholder, a value adds the line.
    auto *lifetime = qobject_cast<QSpinBox *>(view->field(u"py-autoreload"_s, -1));
    QVERIFY(lifetime);
    QVERIFY(lifetime->specialValueText().contains(u"default: 0"_s));
    auto *threadsLine = view->field(u"threads"_s);
    QVERIFY(!threadsLine->accessibleName().isEmpty());
    QVERIFY(threadsLine->toolTip().contains(u"From 1 to 1024"_s));
    // The tab order goes from field to field, in the order of the rows.
    o.tab->show();
    o.tab->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(o.tab.get()));
    processes->setFocus();
    QTest::keyClick(processes, Qt::Key_Tab);
    QWidget *threads = view->field(u"threads"_s);
    QVERIFY2(QApplication::focusWidget() == threads || threads->isAncestorOf(QApplication::focusWidget()),
             qPrintable(QApplication::focusWidget()->accessibleName()));
    lifetime->setValue(2);
    QVERIFY2(o.current().endsWith(u"static-map = /media=/app/media\npy-autoreload = 2\n"_s), qPrintable(o.current()));
    // Back to "not set": the line goes.
    auto *added = qobject_cast<QSpinBox *>(view->field(u"py-autoreload"_s, 0));
    QVERIFY(added);
    added->setValue(added->minimum());
    QCOMPARE(o.current(), expected);
}

void TestConfigView::typingChangesTheForm()
{
    Opened o(u"uwsgi-berth.ini"_s, u"uwsgi.ini"_s);
    auto *view = o.view<Berth::IniConfigView>();
    auto *harakiri = qobject_cast<QSpinBox *>(view->field(u"harakiri"_s));
    QCOMPARE(harakiri->value(), 60);
    o.tab->showConfiguration(false);
    typeAtEndOfLine(o.tab->editor(), u"harakiri = "_s, u"0"_s);
    QVERIFY(o.current().contains(u"harakiri = 600\n"_s));
    QCOMPARE(harakiri->value(), 60); // not before the debounce has run
    QTRY_COMPARE(harakiri->value(), 600);
    // A key typed in appears as its row.
    typeAtEndOfLine(o.tab->editor(), u"vacuum = true"_s, u"\nlazy-apps = true"_s);
    QTRY_VERIFY(qobject_cast<QComboBox *>(view->field(u"lazy-apps"_s, 0)));
    QCOMPARE(qobject_cast<QComboBox *>(view->field(u"lazy-apps"_s, 0))->currentText(), u"true"_s);
}

void TestConfigView::undoAndRedoAcrossBothViews()
{
    Opened o(u"uwsgi-berth.ini"_s, u"uwsgi.ini"_s);
    auto *view = o.view<Berth::IniConfigView>();
    auto *module = qobject_cast<QLineEdit *>(view->field(u"module"_s));
    QVERIFY(module);
    module->setText(u"other.wsgi"_s);
    Q_EMIT module->editingFinished();
    QVERIFY(o.current().contains(u"\nmodule = other.wsgi\n"_s));
    // Undo in the text view: one step takes the whole form edit back.
    o.tab->editor()->undo();
    QCOMPARE(o.current(), o.text);
    QTRY_COMPARE(qobject_cast<QLineEdit *>(view->field(u"module"_s))->text(), u"mysite.wsgi"_s);
    // Redo from the form's field, with the keyboard.
    module = qobject_cast<QLineEdit *>(view->field(u"module"_s));
    QTest::keyClick(module, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(o.current().contains(u"\nmodule = other.wsgi\n"_s));
    QCOMPARE(module->text(), u"other.wsgi"_s);
    // Undo from the form, of an edit typed in the text.
    typeAtEndOfLine(o.tab->editor(), u"chdir = /app"_s, u"/src"_s);
    QTRY_COMPARE(qobject_cast<QLineEdit *>(view->field(u"chdir"_s))->text(), u"/app/src"_s);
    auto *chdir = qobject_cast<QLineEdit *>(view->field(u"chdir"_s));
    for (int i = 0; i < 4 && o.current().contains(u"/app/src"_s); ++i)
        QTest::keyClick(chdir, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(o.current().contains(u"\nchdir = /app\n"_s));
    QCOMPARE(chdir->text(), u"/app"_s);
}

void TestConfigView::editsNeverUseStalePositions()
{
    Opened o(u"uwsgi-berth.ini"_s, u"uwsgi.ini"_s);
    auto *view = o.view<Berth::IniConfigView>();
    // Typed in the text and not read yet (no event loop has run the debounce): a form edit made
    // on the old text must not patch its positions.
    QTextCursor cursor(o.tab->editor()->document());
    cursor.insertText(u"# a new first line\n"_s);
    qobject_cast<QSpinBox *>(view->field(u"processes"_s))->setValue(6);
    QVERIFY(o.current().startsWith(u"# a new first line\n# Generated"_s));
    QVERIFY(o.current().contains(u"\nprocesses = 4\n"_s));
    auto *processes = qobject_cast<QSpinBox *>(view->field(u"processes"_s));
    QCOMPARE(processes->value(), 4); // the form shows the text as it is
    processes->setValue(6);
    QCOMPARE(o.current(), u"# a new first line\n"_s + QString(o.text).replace(u"processes = 4\n"_s, u"processes = 6\n"_s));
}

void TestConfigView::unknownAndRepeatedKeys()
{
    Opened o(u"uwsgi-handwritten.ini"_s, u"uwsgi.ini"_s);
    auto *view = o.view<Berth::IniConfigView>();
    QVERIFY(view->problem().isEmpty());
    auto *stats = qobject_cast<QLineEdit *>(view->field(u"stats"_s));
    QVERIFY(stats);
    QVERIFY(stats->isReadOnly());
    QCOMPARE(stats->text(), u"127.0.0.1:9191"_s);
    for (int i = 0; i < 3; ++i)
        QVERIFY(!qobject_cast<QLineEdit *>(view->field(u"env"_s, i))->isReadOnly());
    auto *another = qobject_cast<QLineEdit *>(view->field(u"env"_s, -1));
    QVERIFY(another);
    another->setText(u"NEW=1"_s);
    Q_EMIT another->editingFinished();
    QString expected = o.text;
    expected.replace(u"env = PYTHONDONTWRITEBYTECODE=1\n"_s, u"env = PYTHONDONTWRITEBYTECODE=1\nenv = NEW=1\n"_s);
    QCOMPARE(o.current(), expected);
    QCOMPARE(qobject_cast<QLineEdit *>(view->field(u"env"_s, 3))->text(), u"NEW=1"_s);
}

void TestConfigView::brokenTextMakesTheFormReadOnly()
{
    Opened o(u"pytest-berth.ini"_s, u"pytest.ini"_s);
    auto *view = o.view<Berth::IniConfigView>();
    auto *form = view->findChild<QWidget *>(u"configForm"_s);
    QVERIFY(form && form->isEnabled());
    typeAtEndOfLine(o.tab->editor(), u"python_files"_s, u"\nthis line has no separator"_s);
    QTRY_VERIFY(!view->problem().isEmpty());
    QVERIFY2(view->problem().startsWith(u"line 5:"_s), qPrintable(view->problem()));
    form = view->findChild<QWidget *>(u"configForm"_s);
    QVERIFY(!form->isEnabled());
    auto *banner = view->findChild<QLabel *>(u"configProblem"_s);
    QVERIFY(banner->isVisibleTo(view));
    QVERIFY(banner->text().contains(u"read-only"_s));
    o.tab->editor()->undo();
    QTRY_VERIFY(view->problem().isEmpty());
    QVERIFY(view->findChild<QWidget *>(u"configForm"_s)->isEnabled());
    QVERIFY(!banner->isVisibleTo(view));
}

void TestConfigView::invalidValueIsRefused()
{
    Opened o(u"uwsgi-berth.ini"_s, u"uwsgi.ini"_s);
    auto *view = o.view<Berth::IniConfigView>();
    auto *socket = qobject_cast<QLineEdit *>(view->field(u"http-socket"_s));
    socket->setText(u":99999"_s);
    Q_EMIT socket->editingFinished();
    QCOMPARE(o.current(), o.text);
    bool shown = false;
    const QList<QLabel *> labels = view->findChildren<QLabel *>();
    for (const QLabel *label : labels)
        shown = shown || (label->isVisibleTo(view) && label->text().contains(u"port from 1 to 65535"_s));
    QVERIFY(shown);
}

void TestConfigView::pytestForm()
{
    Opened o(u"pytest-multiline.ini"_s, u"pytest.ini"_s);
    auto *view = o.view<Berth::IniConfigView>();
    QVERIFY(view->problem().isEmpty());
    auto *strict = qobject_cast<QComboBox *>(view->field(u"xfail_strict"_s));
    QVERIFY(strict);
    QCOMPARE(strict->currentText(), u"true"_s);
    // Several lines (addopts) and unknown keys are read-only rows.
    QVERIFY(qobject_cast<QLineEdit *>(view->field(u"addopts"_s))->isReadOnly());
    QVERIFY(qobject_cast<QLineEdit *>(view->field(u"unknown_plugin_setting"_s))->isReadOnly());
    auto *testpaths = qobject_cast<QLineEdit *>(view->field(u"testpaths"_s, -1));
    QVERIFY(testpaths);
    testpaths->setText(u"tests"_s);
    Q_EMIT testpaths->editingFinished();
    // After the section's last key, in its spacing.
    QVERIFY2(o.current().endsWith(u"unknown_plugin_setting = 42\ntestpaths = tests\n"_s), qPrintable(o.current()));
    strict = qobject_cast<QComboBox *>(view->field(u"xfail_strict"_s));
    strict->setCurrentIndex(2);
    Q_EMIT strict->activated(2);
    QVERIFY(o.current().contains(u"\nxfail_strict=false\n"_s));
}

void TestConfigView::nginxForm()
{
    Opened o(u"nginx-berth.conf"_s, u"data/nginx/app.conf"_s, u"nginx Configuration"_s);
    auto *view = o.view<Berth::NginxConfigView>();
    QVERIFY(view);
    QCOMPARE(view->serverChoice()->count(), 2);
    QVERIFY(view->serverChoice()->isEnabled());
    QCOMPARE(view->field(NginxSite::Field::ServerName)->text(), u"example.com www.example.com"_s);
    QCOMPARE(view->field(NginxSite::Field::Upstream)->text(), u"app:8000"_s);
    QCOMPARE(view->field(NginxSite::Field::StaticLocation)->text(), u"/app/static/"_s);
    QLineEdit *body = view->field(NginxSite::Field::ClientMaxBodySize);
    QCOMPARE(body->text(), u"20m"_s);
    body->setText(u"50m"_s);
    Q_EMIT body->editingFinished();
    QString expected = o.text;
    expected.replace(u"client_max_body_size 20m;"_s, u"client_max_body_size 50m;"_s);
    QCOMPARE(o.current(), expected);
    QLineEdit *upstream = view->field(NginxSite::Field::Upstream);
    upstream->setText(u"app:9000"_s);
    Q_EMIT upstream->editingFinished();
    expected.replace(u"server app:8000;"_s, u"server app:9000;"_s);
    QCOMPARE(o.current(), expected);
    // Undo from the form: the last edit goes, the field follows.
    QTest::keyClick(upstream, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(o.current().contains(u"server app:8000;"_s));
    QCOMPARE(upstream->text(), u"app:8000"_s);
    // The catch-all server block has no static location: not editable, and says why.
    view->serverChoice()->setCurrentIndex(0);
    Q_EMIT view->serverChoice()->activated(0);
    QCOMPARE(view->field(NginxSite::Field::ServerName)->text(), u"_"_s);
    QVERIFY(!view->field(NginxSite::Field::StaticLocation)->isEnabled());
    for (int f = 0; f < NginxSite::FieldCount; ++f)
        QVERIFY(!view->field(NginxSite::Field(f))->accessibleName().isEmpty());
}

void TestConfigView::switchesWithF4()
{
    Opened o(u"pytest-berth.ini"_s, u"pytest.ini"_s);
    o.tab->showConfiguration(false);
    o.tab->show();
    o.tab->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(o.tab.get()));
    o.tab->editor()->setFocus();
    QTest::keyClick(o.tab->editor(), Qt::Key_F4);
    QVERIFY(o.tab->isShowingConfiguration());
    QVERIFY(o.tab->configView()->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F4);
    QVERIFY(!o.tab->isShowingConfiguration());
    QVERIFY(o.tab->editor()->hasFocus());
}

// BERTH_CONFIG_SCREENSHOTS=DIR saves each form, light and dark (docs/architecture.md).
void TestConfigView::screenshots()
{
    const QString dir = qEnvironmentVariable("BERTH_CONFIG_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("BERTH_CONFIG_SCREENSHOTS is not set");
    QVERIFY(QDir().mkpath(dir));
    struct Shot { const char *name; QString corpus; QString file; QString definition; };
    const QList<Shot> shots = {{"uwsgi", u"uwsgi-berth.ini"_s, u"uwsgi.ini"_s, u"INI Files"_s},
                               {"pytest", u"pytest-multiline.ini"_s, u"pytest.ini"_s, u"INI Files"_s},
                               {"nginx", u"nginx-berth.conf"_s, u"nginx/app.conf"_s, u"nginx Configuration"_s}};
    for (const auto scheme : {Berth::ColorScheme::Light, Berth::ColorScheme::Dark}) {
        Berth::applyColorScheme(scheme);
        for (const Shot &shot : shots) {
            Opened o(shot.corpus, shot.file, shot.definition);
            o.tab->show();
            QVERIFY(QTest::qWaitForWindowExposed(o.tab.get()));
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
            const QString suffix = scheme == Berth::ColorScheme::Dark ? u"dark"_s : u"light"_s;
            const QString file = dir + u"/config-%1-%2.png"_s.arg(QLatin1StringView(shot.name), suffix);
            QVERIFY(o.tab->grab().save(file, "PNG"));
            if (QLatin1StringView(shot.name) == "uwsgi"_L1) {
                // And read-only, with the reason, while the text does not parse.
                QTextCursor(o.tab->editor()->document()).insertText(u"[uwsgi\n"_s);
                o.tab->configView()->refresh();
                QVERIFY(!o.tab->configView()->problem().isEmpty());
                QCoreApplication::processEvents();
                QVERIFY(o.tab->grab().save(dir + u"/config-uwsgi-broken-%1.png"_s.arg(suffix), "PNG"));
            }
        }
    }
}

QTEST_MAIN(TestConfigView)
#include "tst_configview.moc"
