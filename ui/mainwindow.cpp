#include "mainwindow.h"

#include "aboutdialog.h"
#include "project/recentprojects.h"
#include "startpage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Berth {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Berth"));
    setObjectName(u"mainWindow"_s);

    m_startPage = new StartPage(this);
    connect(m_startPage, &StartPage::newSetupRequested, this, &MainWindow::newSetup);
    connect(m_startPage, &StartPage::openProjectRequested, this, &MainWindow::chooseProject);
    connect(m_startPage, &StartPage::recentProjectActivated, this, &MainWindow::openProject);

    m_fileList = new QListWidget(this);
    m_fileList->setObjectName(u"setupFiles"_s);
    m_editorTabs = new QTabWidget(this);
    m_editorTabs->setObjectName(u"editorTabs"_s);
    m_editorTabs->setDocumentMode(true);
    m_editorTabs->setTabsClosable(true);
    m_editorTabs->setMovable(true);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_fileList);
    splitter->addWidget(m_editorTabs);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 800});
    m_projectView = splitter;

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_startPage);
    m_stack->addWidget(m_projectView);
    setCentralWidget(m_stack);

    createDocks();
    createActions();

    m_projectLabel = new QLabel(tr("No project open"), this);
    statusBar()->addWidget(m_projectLabel, 1);

    refreshRecentProjects();
    updateActions();
    resize(1200, 780);
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    m_servicesDock = new QDockWidget(tr("Services"), this);
    m_servicesDock->setObjectName(u"servicesDock"_s);
    auto *noServices = new QLabel(tr("Open a project to see its services."), m_servicesDock);
    noServices->setAlignment(Qt::AlignCenter);
    noServices->setWordWrap(true);
    m_servicesDock->setWidget(noServices);
    addDockWidget(Qt::RightDockWidgetArea, m_servicesDock);

    m_outputDock = new QDockWidget(tr("Output"), this);
    m_outputDock->setObjectName(u"outputDock"_s);
    m_output = new QPlainTextEdit(m_outputDock);
    m_output->setObjectName(u"output"_s);
    m_output->setReadOnly(true);
    m_output->setMaximumBlockCount(10000);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setPlaceholderText(tr("Commands Berth runs, and what they print, appear here."));
    m_outputDock->setWidget(m_output);
    addDockWidget(Qt::BottomDockWidgetArea, m_outputDock);
    resizeDocks({m_servicesDock}, {340}, Qt::Horizontal);
    resizeDocks({m_outputDock}, {170}, Qt::Vertical);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newSetupAction = file->addAction(tr("&New Docker Setup…"), this, &MainWindow::newSetup);
    newSetupAction->setShortcut(QKeySequence::New);
    QAction *openAction = file->addAction(tr("&Open Project…"), this, &MainWindow::chooseProject);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    QAction *closeAction = file->addAction(tr("&Close Project"), this, &MainWindow::closeProject);
    closeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    m_projectActions.append(closeAction);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *services = m_servicesDock->toggleViewAction();
    services->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    view->addAction(services);
    QAction *output = m_outputDock->toggleViewAction();
    output->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));
    view->addAction(output);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Berth"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::refreshRecentProjects()
{
    QSettings settings;
    const QStringList paths = RecentProjects(settings).paths();
    m_startPage->setRecentProjects(paths);
    m_recentMenu->clear();
    for (const QString &path : paths) {
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openProject(path); });
    }
    m_recentMenu->setEnabled(!paths.isEmpty());
}

void MainWindow::chooseProject()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Project"), QDir::homePath());
    if (!dir.isEmpty())
        openProject(dir);
}

void MainWindow::newSetup()
{
    statusBar()->showMessage(tr("The setup wizard is not part of this build yet."), 5000);
}

bool MainWindow::openProject(const QString &directory)
{
    const QFileInfo info(directory);
    if (!info.isDir()) {
        statusBar()->showMessage(tr("Cannot open %1: not a folder.").arg(QDir::toNativeSeparators(directory)), 8000);
        QSettings settings;
        RecentProjects(settings).remove(directory);
        refreshRecentProjects();
        return false;
    }
    m_projectDir = QDir::cleanPath(info.absoluteFilePath());
    {
        QSettings settings;
        RecentProjects(settings).add(m_projectDir);
    }
    refreshRecentProjects();
    m_stack->setCurrentWidget(m_projectView);
    setWindowTitle(tr("%1 — Berth").arg(info.fileName()));
    m_projectLabel->setText(QDir::toNativeSeparators(m_projectDir));
    updateActions();
    Q_EMIT projectOpened(m_projectDir);
    return true;
}

void MainWindow::closeProject()
{
    if (m_projectDir.isEmpty())
        return;
    m_projectDir.clear();
    m_fileList->clear();
    while (m_editorTabs->count() > 0) {
        QWidget *w = m_editorTabs->widget(0);
        m_editorTabs->removeTab(0);
        w->deleteLater();
    }
    m_stack->setCurrentWidget(m_startPage);
    setWindowTitle(tr("Berth"));
    m_projectLabel->setText(tr("No project open"));
    updateActions();
    Q_EMIT projectClosed();
}

void MainWindow::appendOutput(const QString &text)
{
    m_output->appendPlainText(text);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::updateActions()
{
    const bool hasProject = !m_projectDir.isEmpty();
    for (QAction *a : std::as_const(m_projectActions))
        a->setEnabled(hasProject);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    event->accept();
}

} // namespace Berth
