#include "mainwindow.h"

#include "aboutdialog.h"
#include "editor/editorarea.h"
#include "editor/editortab.h"
#include "editor/editorvalidation.h"
#include "editor/syntaxengine.h"
#include "editor/syntaxengineloader.h"
#include "mainmenus.h"
#include "opentabs.h"
#include "problemsdock.h"
#include "project/recentprojects.h"
#include "session/projectsession.h"
#include "services/enginebar.h"
#include "services/servicespanel.h"
#include "services/sessionactions.h"
#include "setupfilelist.h"
#include "setupfiles.h"
#include "startpage.h"
#include "focusorder.h"
#include "wizard/setupwizard.h"

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
#include <QPlainTextEdit>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

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
    m_fileList->setAccessibleName(tr("Setup files"));
    m_fileList->setToolTip(tr("The files of the Docker setup; Enter or double-click opens one"));
    connect(m_fileList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        openFile(item->data(Qt::UserRole).toString());
    });
    m_editors = new EditorArea(this);
    connect(m_editors, &EditorArea::message, this, [this](const QString &text) { statusBar()->showMessage(text, 5000); });

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_fileList);
    splitter->addWidget(m_editors);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 800});
    m_projectView = splitter;

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_startPage);
    m_stack->addWidget(m_projectView);
    setCentralWidget(m_stack);

    // The docks come with the first project (or the View menu): the first paint does not wait for them.
    connect(this, &MainWindow::projectOpened, this, [this](const QString &dir) {
        ensureDocks(true);
        servicesPanel()->setProject(dir);
        m_editors->validation()->setCompose(m_servicesPanel->environment(), m_servicesPanel->project());
    });
    connect(this, &MainWindow::projectClosed, this, [this] {
        if (m_servicesPanel)
            m_servicesPanel->closeProject();
    });
    createActions();

    m_projectLabel = new QLabel(tr("No project open"), this);
    statusBar()->addWidget(m_projectLabel, 1);

    refreshRecentProjects();
    updateActions();
    resize(1200, 780);
}

MainWindow::~MainWindow() = default;

ServicesPanel *MainWindow::servicesPanel()
{
    if (!m_servicesPanel) {
        ensureDocks(true);
        m_servicesPanel = new ServicesPanel(m_sessionActions, m_servicesDock);
        connect(m_servicesPanel, &ServicesPanel::outputLine, this, &MainWindow::appendOutput);
        statusBar()->addPermanentWidget(m_servicesPanel->engineBar()->createStatusLabel(this));
        m_servicesPanel->engineBar()->setTitledWindow(this); // "PROJECT — ENGINE — Berth"
        QWidget *placeholder = m_servicesDock->widget();
        m_servicesDock->setWidget(m_servicesPanel);
        delete placeholder;
        // Tab reads the window as it is laid out: the files and editor, Services, then the bottom docks.
        followInTabOrder(m_servicesPanel, {m_output, findChild<QWidget *>(u"problemsView"_s)});
    }
    return m_servicesPanel;
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
    QAction *save = file->addAction(tr("&Save"), m_editors, &EditorArea::saveCurrent);
    save->setShortcut(QKeySequence::Save);
    m_projectActions.append(save);
    QAction *saveAll = file->addAction(tr("Save A&ll"), m_editors, &EditorArea::saveAll);
    saveAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_projectActions.append(saveAll);
    QAction *closeTab = file->addAction(tr("Close &Tab"), this, [this] {
        m_editors->closeTab(m_editors->tabWidget()->currentIndex());
    });
    closeTab->setShortcut(QKeySequence::Close);
    m_projectActions.append(closeTab);
    file->addSeparator();
    QAction *change = file->addAction(tr("C&hange Setup…"), this, &MainWindow::changeSetup);
    change->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    change->setToolTip(tr("Reopen the wizard with this project's answers and see what would change"));
    m_projectActions.append(change);
    m_projectActions.append(addCheckSetupAction(file, this, [this] { return m_projectDir; }, [this] {
        const ProjectSession *session = m_sessionActions->session();
        return session ? static_cast<const DockerEnvironment *>(session->environment()) : nullptr;
    }));
    addSettingsAction(file, this, [this] { return m_servicesPanel ? m_servicesPanel->environment() : nullptr; });
    QAction *closeAction = file->addAction(tr("&Close Project"), this, &MainWindow::closeProject);
    closeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    m_projectActions.append(closeAction);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    m_projectActions += addEditMenu(menuBar(), m_editors);
    // The services panel's actions, the same QActions as its buttons, with their shortcuts.
    m_sessionActions = new SessionActions(this);
    addStackMenu(menuBar(), m_sessionActions);

    QMenu *view = m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_showServices = view->addAction(tr("Services"));
    m_showServices->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    m_showOutput = view->addAction(tr("Output"));
    m_showOutput->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));
    for (QAction *action : {m_showServices, m_showOutput}) {
        action->setCheckable(true);
        connect(action, &QAction::triggered, this, [this, action](bool shown) {
            ensureDocks(false);
            (action == m_showServices ? m_servicesDock : m_outputDock)->setVisible(shown);
        });
    }
    view->addSeparator();
    addThemeMenu(view, m_editors, [this] { return loadSyntaxEngine(); });

    addHelpMenu(menuBar(), this, [this] { showAbout(); });
}

SyntaxEngine *MainWindow::loadSyntaxEngine()
{
    SyntaxEngine *engine = syntaxEngine();
    if (!engine && !m_toldSyntaxEngineProblem) {
        // Once: every editor shows plain text from now on, and saying so per file would be noise.
        m_toldSyntaxEngineProblem = true;
        statusBar()->showMessage(tr("Syntax highlighting is off: %1").arg(syntaxEngineProblem()), 30000);
    }
    return engine;
}

bool MainWindow::event(QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_firstPaintSeen) {
        m_firstPaintSeen = true;
        // The highlighting plugin (KF6 SyntaxHighlighting and ~40 libraries) loads once the window is
        // on screen: startup costs what a bare window does. An editor opened earlier loads it then.
        QTimer::singleShot(SyntaxEngineDelayMs, this, [this] { loadSyntaxEngine(); });
    }
    return QMainWindow::event(event);
}

bool MainWindow::openFile(const QString &path)
{
    const QString absolute = QDir::isAbsolutePath(path) ? path : QDir(m_projectDir).filePath(path);
    const QString relative = m_projectDir.isEmpty() ? absolute : QDir(m_projectDir).relativeFilePath(absolute);
    QString error;
    // The editor would load the plugin anyway; loading it here says once when it cannot be.
    loadSyntaxEngine();
    if (!m_editors->openFile(absolute, definitionNameForSetupFile(relative), &error)) {
        statusBar()->showMessage(tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(absolute), error), 8000);
        return false;
    }
    return true;
}

void MainWindow::refreshFileList()
{
    fillSetupFileList(m_fileList, m_projectDir); // grouped by role, with icons and "edited"
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
    runWizard(QString());
}

void MainWindow::changeSetup()
{
    if (!m_projectDir.isEmpty())
        runWizard(m_projectDir);
}

void MainWindow::runWizard(const QString &projectDir)
{
    // Unsaved edits of setup files would be overwritten or conflict: settle them first.
    if (!m_editors->maybeSaveAll())
        return;
    loadSyntaxEngine(); // the review page's editors need it
    auto *wizard = new SetupWizard(projectDir, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QDialog::accepted, this, [this, wizard] {
        const WriteResult result = wizard->writeResult();
        const QString dir = wizard->projectDir();
        for (const QString &path : result.written)
            appendOutput(tr("wrote %1").arg(QDir::toNativeSeparators(QDir(dir).filePath(path))));
        for (const QString &path : result.backups)
            appendOutput(tr("kept a backup: %1").arg(QDir::toNativeSeparators(QDir(dir).filePath(path))));
        for (const QString &warning : result.warnings)
            appendOutput(tr("warning: %1").arg(warning));
        if (dir == m_projectDir)
            refreshFileList();
        else
            openProject(dir);
        statusBar()->showMessage(tr("Wrote %n file(s) of the Docker setup.", nullptr, int(result.written.size())), 8000);
    });
    wizard->open();
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
    if (!m_projectDir.isEmpty()) {
        if (!m_editors->maybeSaveAll())
            return false;
        saveOpenTabs(m_projectDir, m_editors);
        m_editors->closeAll();
    }
    m_projectDir = QDir::cleanPath(info.absoluteFilePath());
    refreshFileList();
    restoreOpenTabs(m_projectDir, m_editors, [this](const QString &file) { return openFile(file); });
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
    if (m_projectDir.isEmpty() || !m_editors->maybeSaveAll())
        return;
    saveOpenTabs(m_projectDir, m_editors);
    m_projectDir.clear();
    m_fileList->clear();
    m_editors->closeAll();
    m_stack->setCurrentWidget(m_startPage);
    setWindowTitle(tr("Berth"));
    m_projectLabel->setText(tr("No project open"));
    updateActions();
    Q_EMIT projectClosed();
}

void MainWindow::appendOutput(const QString &text)
{
    ensureDocks(false);
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
    if (!m_editors->maybeSaveAll()) {
        event->ignore();
        return;
    }
    saveOpenTabs(m_projectDir, m_editors);
    event->accept();
}

} // namespace Berth
