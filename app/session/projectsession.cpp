#include "projectsession.h"

#include "process/commandjob.h"
#include "docker/composeprogress.h"
#include "docker/containerquery.h"
#include "docker/dockerenvironment.h"
#include "docker/sshtunnel.h"
#include "docker/statsstream.h"
#include "docker/eventwatcher.h"
#include "logs/logfollower.h"
#include "logs/logmodel.h"
#include "models/servicemodel.h"
#include "models/testresultmodel.h"

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
    , m_stats(new StatsStream(m_env, this))
    , m_snapshot(new ContainerQuery(this))
{
    m_env->setConfiguredCli(QSettings().value(u"docker/cli"_s).toString());
    connect(m_env, &DockerEnvironment::probeFinished, this, &ProjectSession::onEnvironmentProbed);
    connect(m_env, &DockerEnvironment::contextsListed, this, &ProjectSession::engineKnown);
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
    connect(m_snapshot, &ContainerQuery::finished, this, [this] {
        // A failure is the probe's to explain; the watcher's own listing is newer.
        if (m_snapshot->outcome() == ContainerQuery::Outcome::Succeeded && !m_watcherListed)
            m_services->setStatuses(m_snapshot->statuses());
    });
    connect(m_stats, &StatsStream::sampled, m_services, &ServiceModel::setUsage);
    connect(m_stats, &StatsStream::stopped, this, [this] {
        if (!m_stats->isWanted())
            m_services->clearUsage();
    });
    // The site's URL follows the published ports.
    connect(m_services, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        if (topLeft.column() < ServiceModel::UsageColumn) // CPU and memory are no state
            Q_EMIT stateChanged();
    });
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
    m_directory = directory;
    m_env->setContext(savedEngine(directory));
    m_discovered = ComposeProject::discover(directory);
    applyEngineToProject();
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
    m_env->listContexts(); // which engine this is, for the header, Open Site, the override, a tunnel
    takeSnapshot();
    // A chosen context may be an ssh engine: the first docker call waits for its tunnel, so it
    // is never one more ssh login of the CLI's own.
    m_probeWaitsForEngine = !m_env->context().isEmpty()
                            || DockerContexts::isSsh(m_env->processEnvironment().value(u"DOCKER_HOST"_s));
    if (m_probeWaitsForEngine)
        return;
    if (m_env->isReady())
        loadConfig();
    else
        m_env->probe();
}

void ProjectSession::close()
{
    shutdown();
    m_project = ComposeProject();
    m_discovered = ComposeProject();
    m_directory.clear();
    m_engineNote.clear();
    m_probeWaitsForEngine = false;
    delete m_tunnel; // stops its ssh
    m_tunnel = nullptr;
    m_env->setTunnelHost({});
    m_config = ComposeConfig();
    m_configLoaded = false;
    m_started = false;
    m_snapshot->cancel();
    m_snapshotTaken = false;
    m_watcherListed = false;
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
    CommandJob *job = m_env->composeJob(m_project,
                                          {u"--profile"_s, u"*"_s, u"config"_s, u"--format"_s, u"json"_s}, this);
    job->setCollectStandardOutput(true);
    m_configJob = job;
    connect(job, &CommandJob::finished, this, [this, job] {
        job->deleteLater();
        if (job->outcome() == CommandJob::Outcome::Cancelled)
            return;
        ComposeConfig config;
        QString error;
        if (job->outcome() != CommandJob::Outcome::Succeeded || !ComposeConfig::parse(job->standardOutput(), &config, &error)) {
            if (!m_watcher)
                m_services->setStatuses({}); // the snapshot's: nothing would keep them current
            setProblem(Problem::ConfigUnreadable,
                       job->outcome() == CommandJob::Outcome::Succeeded ? error : job->errorMessage());
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
    connect(m_watcher, &EventWatcher::statusesChanged, this, [this](const QList<ContainerStatus> &statuses) {
        m_watcherListed = true;
        m_services->setStatuses(statuses);
        m_stats->setContainers(m_services->runningContainerIds());
    });
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

void ProjectSession::takeSnapshot()
{
    if (!m_started || m_snapshotTaken || m_watcherListed)
        return;
    const QString socket = m_env->engineSocket();
    if (socket.isEmpty())
        return; // not known yet (contexts not listed, a tunnel not up), or none: the watcher lists
    m_snapshotTaken = true;
    m_snapshot->start(socket, m_project.name);
}

void ProjectSession::setUsageWanted(bool wanted)
{
    m_stats->setWanted(wanted);
}

void ProjectSession::stopWatching()
{
    m_stats->setContainers({});
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

} // namespace Berth
