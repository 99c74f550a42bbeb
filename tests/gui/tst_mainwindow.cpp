#include "aboutdialog.h"
#include "editor/codeeditor.h"
#include "editor/editorarea.h"
#include "editor/editortab.h"
#include "editor/syntaxengineloader.h"
#include "mainwindow.h"
#include "logs/logmodel.h"
#include "services/logview.h"
#include "services/servicespanel.h"

#include <QDockWidget>

#include <QFile>
#include <QFontMetricsF>
#include <QLineEdit>

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"BerthTest"_s);
        QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
        QSettings().clear();
    }
    void startPageOffersBothWaysIn();
    void docksComeWithTheFirstProjectOrTheViewMenu();
    void openProjectShowsItAndRemembersIt();
    void openingAMissingFolderFails();
    void menusHaveShortcuts();
    void reopenedProjectRestoresOpenFiles();
    void aboutNamesLibraryVersions();
    void servicesActionsFitTheDefaultWindow();
    void logPaneHighlightsMixedWidthLines();
};

void TestMainWindow::startPageOffersBothWaysIn()
{
    Berth::MainWindow w;
    // The highlighting plugin is not loaded on the way to the first paint (startup would cost
    // what its ~40 libraries cost), but soon after it.
    QVERIFY(!Berth::syntaxEngineLoaded());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTRY_VERIFY2(Berth::syntaxEngineLoaded(), qPrintable(Berth::syntaxEngineProblem()));
    auto *newSetup = w.findChild<QPushButton *>(u"newSetupButton"_s);
    auto *open = w.findChild<QPushButton *>(u"openProjectButton"_s);
    QVERIFY(newSetup && newSetup->isVisible());
    QVERIFY(open && open->isVisible());
    QCOMPARE(newSetup->text(), u"New Docker setup…"_s);
}

void TestMainWindow::docksComeWithTheFirstProjectOrTheViewMenu()
{
    auto viewAction = [](Berth::MainWindow &w, const QString &text) -> QAction * {
        for (QAction *action : w.findChildren<QAction *>()) {
            if (action->text() == text && action->isCheckable())
                return action;
        }
        return nullptr;
    };
    {
        // The start page has no docks: they are not made before the first paint.
        Berth::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(!w.findChild<QDockWidget *>(u"servicesDock"_s));
        QVERIFY(!w.findChild<QDockWidget *>(u"outputDock"_s));
        // View > Output (Alt+2) makes them and shows only Output; the menu follows the docks.
        QAction *output = viewAction(w, u"Output"_s);
        QAction *services = viewAction(w, u"Services"_s);
        QVERIFY(output && services);
        QCOMPARE(output->shortcut(), QKeySequence(Qt::ALT | Qt::Key_2));
        QVERIFY(!output->isChecked());
        output->trigger();
        auto *outputDock = w.findChild<QDockWidget *>(u"outputDock"_s);
        auto *servicesDock = w.findChild<QDockWidget *>(u"servicesDock"_s);
        QVERIFY(outputDock && servicesDock);
        QTRY_VERIFY(outputDock->isVisible());
        QVERIFY(!servicesDock->isVisible());
        QVERIFY(output->isChecked());
        QVERIFY(!services->isChecked());
        outputDock->close(); // its title bar's close button
        QTRY_VERIFY(!output->isChecked());
    }
    {
        // Opening a project shows both.
        QTemporaryDir project;
        Berth::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openProject(project.path()));
        QTRY_VERIFY(w.findChild<QDockWidget *>(u"servicesDock"_s)->isVisible());
        QVERIFY(w.findChild<QDockWidget *>(u"outputDock"_s)->isVisible());
        QVERIFY(viewAction(w, u"Services"_s)->isChecked());
    }
    {
        // Output before any project (the wizard's list of the files it wrote) makes the docks
        // hidden; the first project still shows them, as it does for a newcomer after the wizard.
        QTemporaryDir project;
        Berth::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.appendOutput(u"wrote Dockerfile"_s);
        auto *servicesDock = w.findChild<QDockWidget *>(u"servicesDock"_s);
        auto *outputDock = w.findChild<QDockWidget *>(u"outputDock"_s);
        QVERIFY(servicesDock && outputDock);
        QVERIFY(!servicesDock->isVisible());
        QVERIFY(w.openProject(project.path()));
        QTRY_VERIFY(servicesDock->isVisible());
        QVERIFY(outputDock->isVisible());
        QVERIFY(viewAction(w, u"Services"_s)->isChecked() && viewAction(w, u"Output"_s)->isChecked());
    }
}

void TestMainWindow::openProjectShowsItAndRemembersIt()
{
    QTemporaryDir project;
    Berth::MainWindow w;
    QSignalSpy opened(&w, &Berth::MainWindow::projectOpened);
    // The services panel is made with the first project, not at startup.
    QVERIFY(!w.findChild<Berth::ServicesPanel *>());
    QVERIFY(w.openProject(project.path()));
    auto *panel = w.findChild<Berth::ServicesPanel *>();
    QVERIFY(panel);
    QCOMPARE(panel->parentWidget(), w.findChild<QDockWidget *>(u"servicesDock"_s));
    QCOMPARE(opened.count(), 1);
    QCOMPARE(w.projectDirectory(), project.path());
    QVERIFY(w.windowTitle().contains(QFileInfo(project.path()).fileName()));
    auto *stack = w.findChild<QStackedWidget *>();
    QVERIFY(stack->currentWidget()->findChild<QWidget *>(u"editorTabs"_s));

    // A new window lists it on its start page.
    Berth::MainWindow second;
    auto *recent = second.findChild<QListWidget *>(u"recentProjects"_s);
    QVERIFY(recent);
    QVERIFY(recent->count() >= 1);
    QCOMPARE(recent->item(0)->data(Qt::UserRole).toString(), project.path());

    w.closeProject();
    QVERIFY(w.projectDirectory().isEmpty());
    QVERIFY(stack->currentWidget()->findChild<QPushButton *>(u"newSetupButton"_s));
}

void TestMainWindow::openingAMissingFolderFails()
{
    Berth::MainWindow w;
    QSignalSpy opened(&w, &Berth::MainWindow::projectOpened);
    QVERIFY(!w.openProject(u"/nonexistent/berth/project"_s));
    QCOMPARE(opened.count(), 0);
    QVERIFY(w.projectDirectory().isEmpty());

    // The status bar says why in place of the project's name, not drawn over it.
    QTemporaryDir project;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openProject(project.path()));
    QVERIFY(!w.openFile(u"missing.yml"_s));
    QVERIFY(w.statusBar()->currentMessage().contains(u"missing.yml"_s));
    const QList<QLabel *> labels = w.statusBar()->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->text().contains(QDir::toNativeSeparators(project.path())))
            QVERIFY2(!label->isVisible(), "the project label shows under the message");
    }
    w.statusBar()->clearMessage();
    bool projectShown = false;
    for (QLabel *label : labels)
        projectShown |= label->isVisible() && label->text().contains(QDir::toNativeSeparators(project.path()));
    QVERIFY(projectShown);
}

void TestMainWindow::menusHaveShortcuts()
{
    Berth::MainWindow w;
    QHash<QString, QKeySequence> byText;
    const auto actions = w.findChildren<QAction *>();
    for (QAction *a : actions)
        byText.insert(a->text().remove(u'&'), a->shortcut());
    QCOMPARE(byText.value(u"New Docker Setup…"_s), QKeySequence(QKeySequence::New));
    QCOMPARE(byText.value(u"Open Project…"_s), QKeySequence(QKeySequence::Open));
    QCOMPARE(byText.value(u"Quit"_s), QKeySequence(QKeySequence::Quit));
    QCOMPARE(byText.value(u"Save"_s), QKeySequence(QKeySequence::Save));
    QCOMPARE(byText.value(u"Find…"_s), QKeySequence(QKeySequence::Find));
    QCOMPARE(byText.value(u"Up"_s), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    QCOMPARE(byText.value(u"Run Tests"_s), QKeySequence(Qt::CTRL | Qt::Key_T));
    QCOMPARE(byText.value(u"Migrate"_s), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    // No two actions share a shortcut.
    QHash<QKeySequence, QString> seen;
    for (QAction *a : actions) {
        if (a->shortcut().isEmpty())
            continue;
        QVERIFY2(!seen.contains(a->shortcut()),
                 qPrintable(a->text() + u" and "_s + seen.value(a->shortcut()) + u" share "_s + a->shortcut().toString()));
        seen.insert(a->shortcut(), a->text());
    }
    // Stack actions wait for a project.
    for (QAction *a : actions) {
        if (a->text().remove(u'&') == u"Up"_s)
            QVERIFY(!a->isEnabled());
    }
}

void TestMainWindow::reopenedProjectRestoresOpenFiles()
{
    QTemporaryDir project;
    for (const char *name : {"Dockerfile", "docker-compose.yml"}) {
        QFile f(project.filePath(QString::fromLatin1(name)));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x\n");
    }
    {
        Berth::MainWindow w;
        QVERIFY(w.openProject(project.path()));
        auto *files = w.findChild<QListWidget *>(u"setupFiles"_s);
        QCOMPARE(files->count(), 3); // the two files under their heading
        QCOMPARE(files->item(0)->text(), u"Docker");
        QCOMPARE(files->item(1)->data(Qt::UserRole).toString(), u"Dockerfile");
        QCOMPARE(files->item(2)->data(Qt::UserRole).toString(), u"docker-compose.yml");
        QVERIFY(w.openFile(u"Dockerfile"_s));
        QVERIFY(w.openFile(u"docker-compose.yml"_s));
        QVERIFY(w.close());
    }
    Berth::MainWindow again;
    QVERIFY(again.openProject(project.path()));
    const auto tabs = again.editorArea()->tabs();
    QCOMPARE(tabs.size(), 2);
    QCOMPARE(again.editorArea()->currentTab()->title(), u"docker-compose.yml"_s);
    // Restored tabs are highlighted (the plugin is loaded for them if it was not yet).
    QCOMPARE(tabs.at(0)->editor()->definitionName(), u"Dockerfile"_s);
    QCOMPARE(tabs.at(1)->editor()->definitionName(), u"YAML"_s);
    QVERIFY(tabs.at(1)->editor()->theme().isValid());
}

// In the default window (1200×780) with a project open, no action of the Services dock hides
// behind a tool bar's overflow arrow, and every action button has an icon and says what it does.
void TestMainWindow::servicesActionsFitTheDefaultWindow()
{
    QTemporaryDir project;
    Berth::MainWindow w;
    w.resize(1200, 780);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openProject(project.path()));
    auto *panel = w.findChild<Berth::ServicesPanel *>();
    QVERIFY(panel);
    QTRY_VERIFY(panel->isVisible());
    const QList<QToolBar *> bars = panel->findChildren<QToolBar *>();
    QStringList names;
    for (QToolBar *bar : bars) {
        if (!bar->objectName().endsWith(u"Actions"))
            continue;
        names << bar->objectName();
        for (QToolButton *b : bar->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly)) {
            if (b->objectName() == u"qt_toolbar_ext_button") {
                QVERIFY2(!b->isVisible(), qPrintable(bar->objectName() + u" overflows at 1200×780: %1 wide, needs %2"_s.arg(bar->width()).arg(bar->sizeHint().width())));
                continue;
            }
            QVERIFY2(b->isVisible(), qPrintable(b->objectName()));
            if (bar->objectName().startsWith(u"log"))
                continue;
            QVERIFY2(!b->icon().isNull() && !b->toolTip().isEmpty() && !b->accessibleName().isEmpty(),
                     qPrintable(b->objectName()));
            QVERIFY2(b->geometry().right() <= bar->width(), qPrintable(b->objectName()));
        }
    }
    names.sort();
    QCOMPARE(names, (QStringList{u"choreActions"_s, u"logActions"_s, u"logSearchActions"_s, u"serviceActions"_s,
                                 u"stackActions"_s}));
}

void TestMainWindow::aboutNamesLibraryVersions()
{
    Berth::AboutDialog dialog;
    auto *versions = dialog.findChild<QLabel *>(u"versions"_s);
    QVERIFY(versions);
    const QString text = versions->text();
    QVERIFY2(text.contains(u"Qt "_s + QString::fromLatin1(qVersion())), qPrintable(text));
    QVERIFY2(text.contains(QRegularExpression(u"KF6 SyntaxHighlighting 6\\.\\d+"_s)), qPrintable(text));
    QVERIFY2(text.contains(QRegularExpression(u"yaml-cpp \\d+\\.\\d+"_s)), qPrintable(text));
}

// The log pane as it sits in the window, with lines whose characters are not one column each;
// BERTH_SCREENSHOT=FILE saves the window (docs/architecture.md, the log view).
void TestMainWindow::logPaneHighlightsMixedWidthLines()
{
    QTemporaryDir project;
    Berth::MainWindow w;
    w.resize(1400, 860);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openProject(project.path()));
    Berth::LogModel *model = w.servicesPanel()->logModel();
    const QStringList texts = {u"GET /health\t200\t3 ms error=none"_s,
                               u"\u4e2d\u6587\u65e5\u5fd7: error in \u6a21\u5757"_s,
                               u"\U0001F680 deploy done, no error"_s,
                               u"\x1b[1;31mERROR\x1b[0m caf\u00e9 re\u0301sume\u0301 error"_s,
                               u"plain ascii line with an error at the end: error"_s};
    QList<Berth::LogLine> lines;
    for (const QString &text : texts) {
        Berth::LogLine line;
        line.service = lines.size() % 2 ? u"worker"_s : u"web"_s;
        line.timestampNs = 1795780813000000000LL + lines.size();
        line.text = text;
        lines.append(line);
    }
    model->append(lines);
    auto *view = w.findChild<Berth::LogView *>();
    QVERIFY(view);
    QTRY_COMPARE(view->rowCount(), texts.size());
    auto *search = w.findChild<QLineEdit *>(u"logSearch"_s);
    QVERIFY(search);
    search->setText(u"error"_s);
    const QFontMetricsF regular(view->font());
    QFont boldFont = view->font();
    boldFont.setBold(true);
    const QFontMetricsF bold(boldFont);
    for (int row = 0; row < texts.size(); ++row) {
        const QList<QRectF> rects = view->matchRectangles(row);
        QVERIFY2(!rects.isEmpty(), qPrintable(texts.at(row)));
        // Each highlight is as wide as the word it marks (bold where the word is bold), and
        // starts where the text before it ends, however wide its characters are.
        for (const QRectF &rect : rects) {
            const bool regularWidth = qAbs(rect.width() - regular.horizontalAdvance(u"error"_s)) <= 1.0;
            QVERIFY2(regularWidth || qAbs(rect.width() - bold.horizontalAdvance(u"ERROR"_s)) <= 1.0,
                     qPrintable(texts.at(row)));
            QVERIFY(rect.left() >= view->textLeft());
        }
    }
    const QString file = qEnvironmentVariable("BERTH_SCREENSHOT");
    if (!file.isEmpty()) {
        // Posted layout and paint requests first, so the picture shows the settled window.
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QVERIFY(w.grab().save(file, "PNG"));
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
