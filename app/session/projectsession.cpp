#include "projectsession.h"

#include "docker/composejob.h"
#include "docker/djangochores.h"
#include "docker/dockerenvironment.h"
#include "docker/eventwatcher.h"
#include "docker/logfollower.h"
#include "docker/terminallauncher.h"
#include "models/logmodel.h"
#include "models/servicemodel.h"
#include "models/testresultmodel.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QSettings>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Berth {

ProjectSession::ProjectSession(QObject *parent)
    : QObject(parent)
    , m_env(new DockerEnvironment(this))
    , m_services(new ServiceModel(this))
    , m_logs(new LogModel(this))
    , m_tests(new TestResultModel(this))
    , m_reprobe(new QTimer(this))
    , m_configReload(new QTimer(this))
    , m_fileWatcher(new QFileSystemWatcher(this))
{
    m_env->setConfiguredCli(QSettings().value(u"docker/cli"_s).toString());
    connect(m_env, &DockerEnvironment::probeFinished, this, &ProjectSession::onEnvironmentProbed);
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
    // The site's URL follows the published ports.
    connect(m_services, &QAbstractItemModel::dataChanged, this, &ProjectSession::stateChanged);
    connect(m_services, &QAbstractItemModel::modelReset, this, &ProjectSession::stateChanged);
    connect(m_services, &QAbstractItemModel::rowsInserted, this, &ProjectSession::stateChanged);
}

ProjectSession::~ProjectSession()
{
    shutdown();
}

void ProjectSession::open(const QString &directory)
{
    close();
    m_project = ComposeProject::discover(directory);
    if (m_project.composeFile.isEmpty()) {
        setProblem(Problem::NoComposeFile);
        Q_EMIT stateChanged();
        return;
    }
    // The editor and the wizard change these files: read the config again when they do.
    m_fileWatcher->addPaths(QStringList{m_project.composeFile} + m_project.overrideFiles);
    Q_EMIT stateChanged();
}

void ProjectSession::start()
{
    if (m_started || !m_project.isValid())
        return;
    m_started = true;
    if (m_env->isReady())
        loadConfig();
    else
        m_env->probe();
}

void ProjectSession::close()
{
    shutdown();
    m_project = ComposeProject();
    m_config = ComposeConfig();
    m_configLoaded = false;
    m_started = false;
    m_configReload->stop();
    if (!m_fileWatcher->files().isEmpty())
        m_fileWatcher->removePaths(m_fileWatcher->files());
    m_reprobe->stop();
    m_reprobeDelay = 1000;
    m_services->clear();
    m_logs->clear();
    m_tests->clear();
    m_reportPath.clear();
    setProblem(Problem::None);
    Q_EMIT stateChanged();
}

void ProjectSession::shutdown()
{
    stopWatching();
    if (m_job)
        m_job->cancel();
    if (m_configJob)
        m_configJob->cancel();
}

bool ProjectSession::isWatching() const
{
    return m_watcher && m_watcher->isConnected();
}

bool ProjectSession::isBusy() const
{
    return m_job != nullptr;
}

bool ProjectSession::isReady() const
{
    return m_env->isReady() && m_configLoaded && !m_job;
}

bool ProjectSession::canRun(ActionId id, const QString &service) const
{
    const ProjectAction &action = ProjectActions::get(id);
    if (action.kind == ProjectAction::Kind::OpenSite)
        return siteUrl().isValid();
    return isReady() && (!action.needsService || !service.isEmpty());
}

void ProjectSession::setProblem(Problem problem, const QString &detail)
{
    // The environment's problem is the environment's to word, and it may change under one detail.
    if (problem == m_problem && detail == m_problemDetail && problem != Problem::Environment)
        return;
    m_problem = problem;
    m_problemDetail = detail;
    Q_EMIT problemChanged();
}

void ProjectSession::setResult(Result result, const QString &text)
{
    m_result = result;
    m_resultText = text;
    Q_EMIT resultChanged();
}

void ProjectSession::onEnvironmentProbed()
{
    if (!m_env->isReady()) {
        setProblem(Problem::Environment, m_env->problemDetail());
        // A daemon that is starting (Docker Desktop takes a while) is noticed without a click:
        // probe again with growing pauses while it is down and a project is open. With a
        // watcher running, its reconnects do this instead.
        if (m_env->problem() == DockerEnvironment::Problem::DaemonDown && m_project.isValid() && !m_watcher) {
            m_reprobe->start(m_reprobeDelay);
            m_reprobeDelay = qMin(m_reprobeDelay * 2, 10000);
        }
        Q_EMIT stateChanged();
        return;
    }
    m_reprobe->stop();
    m_reprobeDelay = 1000;
    setProblem(Problem::None);
    if (m_project.isValid() && !m_configLoaded && !m_configJob)
        loadConfig();
    Q_EMIT stateChanged();
}

void ProjectSession::loadConfig()
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
            setProblem(Problem::ConfigUnreadable,
                       job->outcome() == ComposeJob::Outcome::Succeeded ? error : job->errorMessage());
            return;
        }
        const bool reload = m_configLoaded;
        m_config = config;
        m_configLoaded = true;
        m_services->setDefinitions(config.services);
        if (reload)
            setProblem(Problem::None);
        Q_EMIT configLoaded();
        if (!m_watcher)
            startWatching();
        Q_EMIT stateChanged();
    });
    job->start();
}

void ProjectSession::startWatching()
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
                setProblem(Problem::None);
            m_follower->resume();
        } else {
            m_logs->appendNotice(tr("Lost the connection to Docker: %1").arg(message));
            setProblem(Problem::ConnectionLost, message);
            // Probe again so the problem can say what to do (daemon down, permission...).
            m_env->probe();
        }
        Q_EMIT stateChanged();
    });
    m_watcher->start();
    m_follower->start();
}

void ProjectSession::stopWatching()
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

void ProjectSession::run(ActionId id, const QString &service)
{
    const ProjectAction &action = ProjectActions::get(id);
    const QString title = action.needsService ? QString(action.title + u' ' + service) : action.title;
    switch (action.kind) {
    case ProjectAction::Kind::Compose:
    case ProjectAction::Kind::Manage:
        if (const QStringList arguments = ProjectActions::arguments(id, m_config, service); !arguments.isEmpty())
            runCompose(title, arguments);
        break;
    case ProjectAction::Kind::Tests:
        runTests(id == ActionId::RunFailedTests);
        break;
    case ProjectAction::Kind::Shell:
        openShell();
        break;
    case ProjectAction::Kind::Superuser: // needs its values: createSuperuser()
    case ProjectAction::Kind::OpenSite:  // the view opens siteUrl()
        break;
    }
}

void ProjectSession::runCompose(const QString &title, const QStringList &arguments,
                                const QHash<QString, QString> &extraEnvironment)
{
    launch(title, arguments, extraEnvironment, false);
}

void ProjectSession::launch(const QString &title, const QStringList &arguments,
                            const QHash<QString, QString> &extraEnvironment, bool tests)
{
    if (m_job || !m_project.isValid())
        return;
    ComposeJob *job = ComposeJob::compose(*m_env, m_project, arguments, this);
    for (auto it = extraEnvironment.cbegin(); it != extraEnvironment.cend(); ++it)
        job->setEnvironmentVariable(it.key(), it.value());
    m_job = job;
    m_lastCommand = job->commandLine();
    Q_EMIT actionStarted(title, m_lastCommand);
    setResult(Result::Running, tr("%1: running…").arg(title));
    connect(job, &ComposeJob::started, this, [this, job] { Q_EMIT outputLine(u"$ "_s + job->commandLine()); });
    connect(job, &ComposeJob::output, this, &ProjectSession::outputLine);
    connect(job, &ComposeJob::finished, this, [this, job, title, tests] {
        job->deleteLater();
        m_job.clear();
        bool ok = false;
        // pytest's exit code 5: it collected no tests, which a new project has not yet.
        if (tests && job->outcome() == ComposeJob::Outcome::Failed && job->exitCode() == 5) {
            ok = true;
            setResult(Result::Note, tr("%1: no tests yet (pytest found no test files).").arg(title));
        } else if (job->outcome() == ComposeJob::Outcome::Succeeded) {
            ok = true;
            setResult(Result::Succeeded, tr("%1: done.").arg(title));
        } else if (job->outcome() == ComposeJob::Outcome::Cancelled) {
            setResult(Result::Cancelled, tr("%1: cancelled.").arg(title));
        } else {
            setResult(Result::Failed, tr("%1 failed: %2").arg(title, job->errorMessage()));
        }
        Q_EMIT outputLine(ok ? u"✓ "_s + m_resultText : u"✗ "_s + m_resultText);
        if (tests)
            readTestReport();
        Q_EMIT actionFinished(title, ok, job->errorMessage());
        Q_EMIT stateChanged();
    });
    job->start();
    Q_EMIT stateChanged();
}

void ProjectSession::cancel()
{
    if (m_job)
        m_job->cancel();
}

void ProjectSession::manage(const QString &title, const QStringList &command)
{
    runCompose(title, DjangoChores::manage(m_config, command));
}

void ProjectSession::createSuperuser(const QString &username, const QString &email, const QString &password)
{
    runCompose(ProjectActions::get(ActionId::CreateSuperuser).title,
               DjangoChores::createSuperuser(m_config, username, email),
               {{QString::fromUtf16(DjangoChores::passwordVariable), password}});
}

void ProjectSession::runTests(bool failedOnly)
{
    if (m_job || !m_project.isValid())
        return;
    const DjangoChores::TestRun run = DjangoChores::runTests(m_config, m_project.directory, failedOnly);
    if (run.arguments.isEmpty()) {
        setResult(Result::Note, tr("This project has no tests service."));
        return;
    }
    // The report of this run is the file that exists after it: an earlier run's goes first, so
    // a run that writes none (pytest did not get that far) is not shown another run's results.
    m_reportPath = run.reportHostPath;
    if (!m_reportPath.isEmpty()) {
        QDir(m_project.directory).mkpath(u".berth"_s);
        QFile old(m_reportPath);
        if (old.exists() && !old.remove()) {
            setResult(Result::Failed, tr("Cannot remove the previous test report %1: %2").arg(m_reportPath, old.errorString()));
            return;
        }
    }
    Q_EMIT testsStarted();
    launch(ProjectActions::get(failedOnly ? ActionId::RunFailedTests : ActionId::RunTests).title, run.arguments, {}, true);
}

void ProjectSession::readTestReport()
{
    if (m_reportPath.isEmpty()) {
        Q_EMIT testReportRead(tr("No results: the tests service does not mount the project folder."));
        return;
    }
    if (!QFileInfo::exists(m_reportPath)) {
        Q_EMIT testReportRead(tr("The test run wrote no report; see the output pane."));
        return;
    }
    QString error;
    if (!m_tests->loadFile(m_reportPath, &error)) {
        Q_EMIT testReportRead(error);
        return;
    }
    if (m_tests->summary().tests == 0) {
        Q_EMIT testReportRead(tr("No tests yet: pytest found no test files (tests.py, test_*.py, *_tests.py)."));
        return;
    }
    Q_EMIT testReportRead(QString());
}

ProjectSession::ShellCommand ProjectSession::shellCommand() const
{
    return {m_env->composeProgram(),
            m_env->composePrefix() + m_project.arguments(ProjectActions::arguments(ActionId::Shell, m_config)),
            m_env->composeEnvironment(), m_project.directory};
}

void ProjectSession::openShell()
{
    const ShellCommand shell = shellCommand();
    m_lastCommand = ComposeJob::commandLine(shell.program, shell.arguments);
    const QString title = ProjectActions::get(ActionId::Shell).title;
    Q_EMIT actionStarted(title, m_lastCommand);
    Q_EMIT outputLine(u"$ "_s + m_lastCommand + tr("   (in a terminal window)"));
    QString error;
    if (TerminalLauncher::launch(shell.program, shell.arguments, shell.environment, shell.workingDirectory, &error))
        setResult(Result::Note, tr("%1: opened in a terminal window.").arg(title));
    else
        setResult(Result::Failed, tr("%1 failed: %2").arg(title, error));
}

QUrl ProjectSession::siteUrl() const
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

} // namespace Berth
