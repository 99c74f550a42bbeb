#include "servicespanel.h"

#include "logpane.h"
#include "logview.h"
#include "dockerbanner.h"
#include "superuserdialog.h"
#include "testresultspane.h"

#include "docker/composejob.h"
#include "docker/djangochores.h"
#include "docker/dockerenvironment.h"
#include "docker/eventwatcher.h"
#include "docker/logfollower.h"
#include "docker/terminallauncher.h"
#include "models/logmodel.h"
#include "models/servicemodel.h"
#include "models/testresultmodel.h"

#include <QDateTime>
#include <QEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Berth {

ServicesPanel::ServicesPanel(QWidget *parent)
    : QWidget(parent)
    , m_env(new DockerEnvironment(this))
    , m_services(new ServiceModel(this))
    , m_logs(new LogModel(this))
    , m_tests(new TestResultModel(this))
    , m_reprobe(new QTimer(this))
    , m_configReload(new QTimer(this))
    , m_fileWatcher(new QFileSystemWatcher(this))
{
    setObjectName(u"servicesPanel"_s);
    m_env->setConfiguredCli(QSettings().value(u"docker/cli"_s).toString());
    connect(m_env, &DockerEnvironment::probeFinished, this, &ServicesPanel::onEnvironmentProbed);
    m_reprobe->setSingleShot(true);
    connect(m_reprobe, &QTimer::timeout, m_env, &DockerEnvironment::probe);
    // Saving replaces a file (QSaveFile renames), which drops it from the watcher: add it again.
    m_configReload->setSingleShot(true);
    m_configReload->setInterval(300);
    connect(m_fileWatcher, &QFileSystemWatcher::fileChanged, this, [this](const QString &path) {
        if (QFileInfo::exists(path) && !m_fileWatcher->files().contains(path))
            m_fileWatcher->addPath(path);
        m_configReload->start();
    });
    connect(m_configReload, &QTimer::timeout, this, [this] {
        if (m_configLoaded && !m_configJob && m_env->isReady())
            loadConfig();
    });
    buildUi();
    updateButtons();
}

ServicesPanel::~ServicesPanel()
{
    shutdown();
}

LogView *ServicesPanel::logView() const
{
    return m_logPane->view();
}

void ServicesPanel::buildUi()
{
    m_banner = new DockerBanner(m_env, this);

    m_table = new QTableView(this);
    m_table->setObjectName(u"serviceTable"_s);
    m_table->setModel(m_services);
    m_table->viewport()->installEventFilter(this);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ServicesPanel::updateButtons);

    m_command = new QLabel(this);
    m_command->setObjectName(u"commandLine"_s);
    m_command->setTextFormat(Qt::PlainText);
    m_command->setWordWrap(true);
    m_command->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_result = new QLabel(this);
    m_result->setObjectName(u"actionResult"_s);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(u"cancelAction"_s);
    m_cancel->setEnabled(false);
    connect(m_cancel, &QPushButton::clicked, this, &ServicesPanel::cancelAction);
    auto *commandRow = new QHBoxLayout;
    auto *commandText = new QVBoxLayout;
    commandText->addWidget(m_command);
    commandText->addWidget(m_result);
    commandRow->addLayout(commandText, 1);
    commandRow->addWidget(m_cancel, 0, Qt::AlignTop);

    m_logPane = new LogPane(m_logs, this);
    m_testPane = new TestResultsPane(m_tests, this);
    connect(m_testPane, &TestResultsPane::runFailedAgainRequested, this, [this] { runTests(true); });
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"servicesTabs"_s);
    m_tabs->addTab(m_logPane, tr("Logs"));
    m_tabs->addTab(m_testPane, tr("Tests"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(splitter);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    m_actions = new ActionBar(this);
    connect(m_actions, &ActionBar::stackAction, this, [this](ActionBar::Action a) { runStackAction(a); });
    connect(m_actions, &ActionBar::serviceAction, this, [this](ActionBar::Action a) {
        if (const QString service = selectedService(); !service.isEmpty())
            runStackAction(a, service);
    });
    connect(m_actions, &ActionBar::chore, this, &ServicesPanel::onChore);
    topLayout->addWidget(m_actions);
    topLayout->addWidget(m_table, 1);
    topLayout->addLayout(commandRow);
    splitter->addWidget(top);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
}

void ServicesPanel::runStackAction(ActionBar::Action action, const QString &service)
{
    if (action == ActionBar::Action::DownWithVolumes) {
        downWithVolumes();
        return;
    }
    struct Command
    {
        QString title;
        QStringList arguments;
    };
    // In ActionBar::Action order.
    const Command commands[] = {
        {tr("Build"), {u"build"_s}},     {tr("Up"), {u"up"_s, u"-d"_s}},    {tr("Start"), {u"start"_s}},
        {tr("Stop"), {u"stop"_s}},       {tr("Restart"), {u"restart"_s}}, {tr("Down"), {u"down"_s}},
    };
    const Command &command = commands[int(action)];
    if (service.isEmpty())
        runAction(command.title, command.arguments);
    else
        runAction(command.title + u' ' + service, command.arguments + QStringList{service});
}

void ServicesPanel::onChore(ActionBar::Chore chore)
{
    switch (chore) {
    case ActionBar::Chore::RunTests:
        runTests(false);
        break;
    case ActionBar::Chore::Migrate:
        manage(tr("Migrate"), {u"migrate"_s});
        break;
    case ActionBar::Chore::MakeMigrations:
        manage(tr("Make migrations"), {u"makemigrations"_s});
        break;
    case ActionBar::Chore::ShowMigrations:
        manage(tr("Show migrations"), {u"showmigrations"_s});
        break;
    case ActionBar::Chore::CollectStatic:
        manage(tr("Collect static files"), {u"collectstatic"_s, u"--noinput"_s});
        break;
    case ActionBar::Chore::CheckDeploy:
        manage(tr("Deployment check"), {u"check"_s, u"--deploy"_s});
        break;
    case ActionBar::Chore::Superuser: {
        SuperuserDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted)
            createSuperuser(dialog.username(), dialog.email(), dialog.password());
        break;
    }
    case ActionBar::Chore::Shell:
        openShell();
        break;
    case ActionBar::Chore::OpenSite:
        if (const QUrl url = siteUrl(); url.isValid())
            QDesktopServices::openUrl(url);
        break;
    }
}

void ServicesPanel::setProject(const QString &directory)
{
    closeProject();
    m_project = ComposeProject::discover(directory);
    if (m_project.composeFile.isEmpty()) {
        showBanner(tr("This project has no compose file."),
                   tr("Create the Docker setup with File → New Docker Setup…, then the services appear here."), QString());
        updateButtons();
        return;
    }
    // The editor and the wizard change these files: read the config again when they do.
    const QStringList files = QStringList{m_project.composeFile} + m_project.overrideFiles;
    m_fileWatcher->addPaths(files);
    // No docker call before the panel has painted once (PERFORMANCE.md: the first frame comes
    // first); a project opened from the command line waits for it.
    m_startPending = true;
    if (m_painted)
        startDocker();
    updateButtons();
}

void ServicesPanel::startDocker()
{
    if (!m_startPending || !m_project.isValid())
        return;
    m_startPending = false;
    if (m_env->isReady())
        loadConfig();
    else
        m_env->probe();
}

bool ServicesPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_painted && event->type() == QEvent::Paint && watched == m_table->viewport()) {
        m_painted = true;
        QTimer::singleShot(0, this, &ServicesPanel::startDocker);
    }
    return QWidget::eventFilter(watched, event);
}

void ServicesPanel::closeProject()
{
    stopWatching();
    if (m_job)
        m_job->cancel();
    if (m_configJob)
        m_configJob->cancel();
    m_project = ComposeProject();
    m_config = ComposeConfig();
    m_configLoaded = false;
    m_startPending = false;
    m_configReload->stop();
    if (!m_fileWatcher->files().isEmpty())
        m_fileWatcher->removePaths(m_fileWatcher->files());
    m_reprobe->stop();
    m_reprobeDelay = 1000;
    m_services->clear();
    m_logs->clear();
    m_logPane->clearServices();
    m_tests->clear();
    hideBanner();
    updateButtons();
}

bool ServicesPanel::isWatching() const
{
    return m_watcher && m_watcher->isConnected();
}

void ServicesPanel::onEnvironmentProbed()
{
    if (!m_env->isReady()) {
        m_banner->showEnvironmentProblem();
        // A daemon that is starting (Docker Desktop takes a while) is noticed without a click:
        // probe again with growing pauses while it is down and a project is open. With a
        // watcher running, its reconnects do this instead.
        if (m_env->problem() == DockerEnvironment::Problem::DaemonDown && m_project.isValid() && !m_watcher) {
            m_reprobe->start(m_reprobeDelay);
            m_reprobeDelay = qMin(m_reprobeDelay * 2, 10000);
        }
        updateButtons();
        return;
    }
    m_reprobe->stop();
    m_reprobeDelay = 1000;
    hideBanner();
    if (m_project.isValid() && !m_configLoaded && !m_configJob)
        loadConfig();
    updateButtons();
}

void ServicesPanel::loadConfig()
{
    // The effective model, as Compose reads it (overrides, interpolation), with every profile:
    // without `--profile *` the tool services (manage, tests) would be left out.
    ComposeJob *job = ComposeJob::compose(*m_env, m_project,
                                          {u"--profile"_s, u"*"_s, u"config"_s, u"--format"_s, u"json"_s}, this);
    job->setCollectStandardOutput(true);
    m_configJob = job;
    connect(job, &ComposeJob::finished, this, [this, job] {
        job->deleteLater();
        if (job->outcome() == ComposeJob::Outcome::Cancelled)
            return;
        ComposeConfig config;
        QString error;
        if (job->outcome() != ComposeJob::Outcome::Succeeded || !ComposeConfig::parse(job->standardOutput(), &config, &error)) {
            showBanner(tr("Compose cannot read this project's compose file."),
                       tr("Fix the file in the editor, then press Retry."),
                       job->outcome() == ComposeJob::Outcome::Succeeded ? error : job->errorMessage());
            return;
        }
        const bool reload = m_configLoaded;
        m_config = config;
        m_configLoaded = true;
        m_services->setDefinitions(config.services);
        for (const ServiceDefinition &service : config.services)
            m_logPane->addService(service.name);
        if (reload)
            hideBanner();
        if (!m_watcher)
            startWatching();
        updateButtons();
    });
    job->start();
}

void ServicesPanel::startWatching()
{
    stopWatching();
    m_watcher = new EventWatcher(m_env, m_project, this);
    m_follower = new LogFollower(m_env, m_project, this);
    connect(m_watcher, &EventWatcher::statusesChanged, m_services, &ServiceModel::setStatuses);
    connect(m_watcher, &EventWatcher::containerStarted, m_follower, &LogFollower::resume);
    connect(m_watcher, &EventWatcher::eventReceived, m_follower, [follower = m_follower](const DockerEvent &event) {
        // Where its log resumes when it starts again.
        if (event.type == "container"_L1 && event.action == "die"_L1)
            follower->noteContainerDied(event.id, event.timeNano);
    });
    connect(m_follower, &LogFollower::linesReceived, m_logs, &LogModel::append);
    connect(m_follower, &LogFollower::streamEnded, this, [this](const QString &message) {
        if (!message.isEmpty())
            m_logs->appendNotice(tr("Log stream ended: %1").arg(message));
    });
    connect(m_watcher, &EventWatcher::connectedChanged, this, [this](bool connected, const QString &message) {
        if (connected) {
            if (!m_env->isReady())
                m_env->probe();
            else
                hideBanner();
            m_follower->resume();
        } else {
            m_logs->appendNotice(tr("Lost the connection to Docker: %1").arg(message));
            showBanner(tr("Lost the connection to the Docker daemon."),
                       tr("Berth reconnects by itself when the daemon is back."), message);
            // Re-probe so the banner can say what to do (daemon down, permission...).
            m_env->probe();
        }
        updateButtons();
    });
    m_watcher->start();
    m_follower->start();
}

void ServicesPanel::stopWatching()
{
    if (m_watcher) {
        m_watcher->stop();
        m_watcher->deleteLater();
        m_watcher = nullptr;
    }
    if (m_follower) {
        m_follower->stop();
        m_follower->deleteLater();
        m_follower = nullptr;
    }
}

void ServicesPanel::showBanner(const QString &title, const QString &hint, const QString &detail)
{
    m_banner->showProblem(title, hint, detail);
}

void ServicesPanel::hideBanner()
{
    m_banner->clear();
}

QString ServicesPanel::bannerText() const
{
    return m_banner->text();
}

QString ServicesPanel::statusText() const
{
    return m_result->text();
}

QString ServicesPanel::selectedService() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(ServiceModel::ServiceNameRole).toString();
}

void ServicesPanel::updateButtons()
{
    const bool ready = m_env->isReady() && m_configLoaded && !m_job;
    m_actions->setStackEnabled(ready);
    m_actions->setServiceEnabled(ready && !selectedService().isEmpty());
    m_actions->setChoresEnabled(ready, siteUrl().isValid());
    m_cancel->setEnabled(m_job != nullptr);
}

void ServicesPanel::runAction(const QString &title, const QStringList &arguments,
                              const QHash<QString, QString> &extraEnvironment)
{
    if (m_job || !m_project.isValid())
        return;
    ComposeJob *job = ComposeJob::compose(*m_env, m_project, arguments, this);
    for (auto it = extraEnvironment.cbegin(); it != extraEnvironment.cend(); ++it)
        job->setEnvironmentVariable(it.key(), it.value());
    m_job = job;
    m_lastCommand = job->commandLine();
    m_command->setText(u"$ "_s + m_lastCommand);
    m_result->setText(tr("%1: running…").arg(title));
    m_result->setStyleSheet(QString());
    connect(job, &ComposeJob::started, this, [this, job] { Q_EMIT outputLine(u"$ "_s + job->commandLine()); });
    connect(job, &ComposeJob::output, this, &ServicesPanel::outputLine);
    const bool tests = m_runningTests;
    m_runningTests = false;
    connect(job, &ComposeJob::finished, this, [this, job, title, tests] {
        job->deleteLater();
        m_job.clear();
        QString message;
        bool ok = false;
        // pytest's exit code 5: it collected no tests, which a new project has not yet.
        const bool noTests = tests && job->outcome() == ComposeJob::Outcome::Failed && job->exitCode() == 5;
        if (noTests) {
            ok = true;
            message = tr("%1: no tests yet (pytest found no test files).").arg(title);
            m_result->setStyleSheet(QString());
        } else {
            switch (job->outcome()) {
            case ComposeJob::Outcome::Succeeded:
                ok = true;
                message = tr("%1: done.").arg(title);
                m_result->setStyleSheet(u"color: #2a7a2a;"_s);
                break;
            case ComposeJob::Outcome::Cancelled:
                message = tr("%1: cancelled.").arg(title);
                m_result->setStyleSheet(QString());
                break;
            default:
                message = tr("%1 failed: %2").arg(title, job->errorMessage());
                m_result->setStyleSheet(u"color: #b00020;"_s);
                break;
            }
        }
        m_result->setText(message);
        Q_EMIT outputLine(ok ? u"✓ "_s + message : u"✗ "_s + message);
        Q_EMIT actionFinished(title, ok, job->errorMessage());
        updateButtons();
    });
    job->start();
    updateButtons();
}

void ServicesPanel::cancelAction()
{
    if (m_job)
        m_job->cancel();
}

void ServicesPanel::downWithVolumes()
{
    QMessageBox box(QMessageBox::Warning, tr("Delete Volumes"), QString(), QMessageBox::Cancel, this);
    box.setObjectName(u"confirmDownVolumes"_s);
    box.setTextFormat(Qt::PlainText);
    if (m_config.volumes.isEmpty()) {
        box.setText(tr("Stop and remove the containers. This project has no named volumes to delete."));
    } else {
        box.setText(tr("Stop and remove the containers, and delete these volumes with everything in them "
                       "(databases included):\n\n%1\n\nThis cannot be undone.")
                        .arg(m_config.volumes.join(u'\n')));
    }
    QPushButton *confirm = box.addButton(tr("Delete Volumes"), QMessageBox::DestructiveRole);
    confirm->setObjectName(u"confirmDelete"_s);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != confirm)
        return;
    runAction(tr("Down with volumes"), {u"down"_s, u"--volumes"_s});
}

void ServicesPanel::manage(const QString &title, const QStringList &command)
{
    runAction(title, DjangoChores::manage(m_config, command));
}

void ServicesPanel::createSuperuser(const QString &username, const QString &email, const QString &password)
{
    runAction(tr("Create superuser"), DjangoChores::createSuperuser(m_config, username, email),
              {{QString::fromUtf16(DjangoChores::passwordVariable), password}});
}

void ServicesPanel::runTests(bool failedOnly)
{
    const DjangoChores::TestRun run = DjangoChores::runTests(m_config, m_project.directory, failedOnly);
    if (run.arguments.isEmpty()) {
        m_result->setText(tr("This project has no tests service."));
        return;
    }
    m_junitHostPath = run.reportHostPath;
    if (!m_junitHostPath.isEmpty())
        QDir(m_project.directory).mkpath(u".berth"_s);
    m_testsStartedMs = QDateTime::currentMSecsSinceEpoch();
    m_testPane->setRunning(true);
    m_tabs->setCurrentWidget(m_testPane);
    m_runningTests = true;
    runAction(failedOnly ? tr("Run failed tests again") : tr("Run tests"), run.arguments);
    m_runningTests = false;
    if (!m_job)
        return;
    connect(m_job, &ComposeJob::finished, this, &ServicesPanel::loadTestResults);
}

void ServicesPanel::loadTestResults()
{
    if (m_junitHostPath.isEmpty()) {
        m_testPane->showSummary(tr("No results: the tests service does not mount the project folder."));
        return;
    }
    const QFileInfo report(m_junitHostPath);
    // A report older than this run belongs to another run (pytest did not get to write one).
    if (!report.exists() || report.lastModified().toMSecsSinceEpoch() < m_testsStartedMs - 2000) {
        m_testPane->showSummary(tr("The test run wrote no report; see the output pane."));
        return;
    }
    QString error;
    if (!m_tests->loadFile(m_junitHostPath, &error)) {
        m_testPane->showSummary(error);
        return;
    }
    if (m_tests->summary().tests == 0) {
        m_testPane->showSummary(tr("No tests yet: pytest found no test files (tests.py, test_*.py, *_tests.py)."));
        return;
    }
    m_testPane->showSummary();
}

void ServicesPanel::openShell()
{
    const QString program = m_env->composeProgram();
    const QStringList arguments = m_env->composePrefix() + m_project.arguments(DjangoChores::manage(m_config, {u"shell"_s}));
    m_lastCommand = ComposeJob::commandLine(program, arguments);
    m_command->setText(u"$ "_s + m_lastCommand);
    Q_EMIT outputLine(u"$ "_s + m_lastCommand + tr("   (in a terminal window)"));
    QString error;
    if (TerminalLauncher::launch(program, arguments, m_env->processEnvironment(), m_project.directory, &error)) {
        m_result->setStyleSheet(QString());
        m_result->setText(tr("Django shell: opened in a terminal window."));
    } else {
        m_result->setStyleSheet(u"color: #b00020;"_s);
        m_result->setText(tr("Django shell failed: %1").arg(error));
    }
}

QUrl ServicesPanel::siteUrl() const
{
    for (const QString &service : {u"nginx"_s, u"app"_s, u"web"_s}) {
        const int row = m_services->rowOf(service);
        if (row < 0)
            continue;
        const int port = m_services->index(row, 0).data(ServiceModel::PublishedPortRole).toInt();
        if (port > 0)
            return QUrl(u"http://localhost:%1/"_s.arg(port));
    }
    return {};
}

void ServicesPanel::shutdown()
{
    stopWatching();
    if (m_job)
        m_job->cancel();
    if (m_configJob)
        m_configJob->cancel();
}

} // namespace Berth
