#include "dockerenvironment.h"

#include "platform/dockerlocations.h"
#include "platform/hostsystem.h"
#include "process/commandjob.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Berth {

DockerEnvironment::DockerEnvironment(QObject *parent)
    : QObject(parent)
{
}

DockerEnvironment::~DockerEnvironment() = default;

QProcessEnvironment DockerEnvironment::composeEnvironment() const
{
    QProcessEnvironment env = m_environment;
    // Berth's compose files build the image for the user who runs them (HOST_UID/HOST_GID), so
    // that files manage.py writes into the bind-mounted project are the user's, not root's.
    // Docker Desktop maps ownership itself: the files' defaults stay there.
    if (const std::optional<Platform::HostUser> user = Platform::hostUser()) {
        if (!env.contains(u"HOST_UID"_s))
            env.insert(u"HOST_UID"_s, QString::number(user->uid));
        if (!env.contains(u"HOST_GID"_s))
            env.insert(u"HOST_GID"_s, QString::number(user->gid));
    }
    return env;
}

CommandJob *DockerEnvironment::composeJob(const ComposeProject &project, const QStringList &arguments,
                                          QObject *parent) const
{
    auto *job = new CommandJob(composeProgram(), composePrefix() + project.arguments(arguments), parent);
    job->setProcessEnvironment(composeEnvironment());
    job->setWorkingDirectory(project.directory);
    return job;
}

QStringList DockerEnvironment::knownInstallFolders()
{
    return Platform::dockerInstallFolders();
}

QString DockerEnvironment::findCli(const QString &configured, const QProcessEnvironment &environment,
                                   const QStringList &installFolders)
{
    if (!configured.isEmpty()) {
        const QFileInfo info(configured);
        if (info.isAbsolute() && info.isFile() && info.isExecutable())
            return info.absoluteFilePath();
    }
    const QStringList path = environment.value(u"PATH"_s).split(QDir::listSeparator(), Qt::SkipEmptyParts);
    for (const QString &program : {u"docker"_s, u"podman"_s}) {
        // Only absolute folders of PATH: a relative entry would resolve against the working
        // directory, which is how Windows finds a planted docker.exe.
        QStringList absolute;
        for (const QString &folder : path) {
            if (QDir::isAbsolutePath(folder))
                absolute.append(folder);
        }
        QString found = absolute.isEmpty() ? QString() : QStandardPaths::findExecutable(program, absolute);
        if (found.isEmpty())
            found = Platform::firstDockerCli(installFolders, Platform::currentOs(), {}, {program});
        // A .bat/.cmd docker would go through cmd.exe, which re-parses arguments (Windows).
        if (found.endsWith(".bat"_L1, Qt::CaseInsensitive) || found.endsWith(".cmd"_L1, Qt::CaseInsensitive))
            found.clear();
        if (!found.isEmpty())
            return QFileInfo(found).absoluteFilePath();
    }
    return {};
}

DockerEnvironment::Problem DockerEnvironment::classifyError(const QString &text)
{
    if (text.contains("permission denied while trying to connect"_L1, Qt::CaseInsensitive)
        || (text.contains("permission denied"_L1, Qt::CaseInsensitive) && text.contains("docker"_L1, Qt::CaseInsensitive)
            && text.contains(".sock"_L1)))
        return Problem::PermissionDenied;
    if (text.contains("Cannot connect to the Docker daemon"_L1, Qt::CaseInsensitive)
        || text.contains("failed to connect to the docker API"_L1, Qt::CaseInsensitive)
        || text.contains("Is the docker daemon running"_L1, Qt::CaseInsensitive)
        || text.contains("error during connect"_L1, Qt::CaseInsensitive))
        return Problem::DaemonDown;
    if (text.contains("is not a docker command"_L1) || text.contains("unknown command \"compose\""_L1)
        || text.contains("unknown shorthand flag"_L1))
        return Problem::ComposeMissing;
    return Problem::Other;
}

CommandJob *DockerEnvironment::makeJob(const QString &program, const QStringList &arguments)
{
    auto *job = new CommandJob(program, arguments, this);
    job->setProcessEnvironment(m_environment);
    job->setCollectStandardOutput(true);
    job->setTimeout(m_probeTimeout);
    job->setStopGrace(300);
    return job;
}

void DockerEnvironment::probe()
{
    if (m_probing) {
        m_probeAgain = true;
        return;
    }
    m_probing = true;
    m_probeAgain = false;
    m_daemonBefore = m_daemonState;
    m_serverVersion.clear();
    m_composeVersion.clear();
    m_daemonDetail.clear();
    m_daemonProblem = Problem::None;
    m_flavour = ComposeFlavour::None;
    m_cli = findCli(m_configuredCli, m_environment, m_installFolders);
    if (m_cli.isEmpty()) {
        m_daemonState = DaemonState::Unknown;
        m_daemonProblem = Problem::CliMissing;
        // Nothing to probe the daemon or compose with: the missing CLI is the problem shown. A
        // standalone docker-compose is not looked for (probeStandaloneCompose() runs only after
        // the CLI's own compose failed).
        finishProbe();
        return;
    }
    // The daemon and compose are asked at once: neither answer depends on the other.
    m_probeParts = 2;
    probeDaemon();
    probeCompose();
}

void DockerEnvironment::probePartDone()
{
    if (--m_probeParts == 0)
        finishProbe();
}

void DockerEnvironment::probeDaemon()
{
    CommandJob *job = makeJob(m_cli, {u"version"_s, u"--format"_s, u"{{.Server.Version}}"_s});
    connect(job, &CommandJob::finished, this, [this, job] {
        job->deleteLater();
        if (job->outcome() == CommandJob::Outcome::Succeeded) {
            m_daemonState = DaemonState::Up;
            m_serverVersion = QString::fromUtf8(job->standardOutput()).trimmed();
        } else {
            m_daemonState = DaemonState::Down;
            m_daemonDetail = job->standardError().trimmed();
            if (m_daemonDetail.isEmpty())
                m_daemonDetail = job->errorMessage();
            m_daemonProblem = classifyError(m_daemonDetail);
            if (m_daemonProblem == Problem::ComposeMissing)
                m_daemonProblem = Problem::Other;
            if (job->outcome() == CommandJob::Outcome::TimedOut)
                m_daemonProblem = Problem::DaemonDown;
        }
        probePartDone();
    });
    job->start();
}

void DockerEnvironment::probeCompose()
{
    const bool podman = QFileInfo(m_cli).baseName() == "podman"_L1;
    CommandJob *job = makeJob(m_cli, {u"compose"_s, u"version"_s, u"--short"_s});
    connect(job, &CommandJob::finished, this, [this, job, podman] {
        job->deleteLater();
        if (job->outcome() == CommandJob::Outcome::Succeeded) {
            m_flavour = podman ? ComposeFlavour::Podman : ComposeFlavour::Plugin;
            m_composeVersion = QString::fromUtf8(job->standardOutput()).trimmed().split(u'\n').value(0);
            probePartDone();
        } else {
            probeStandaloneCompose();
        }
    });
    job->start();
}

void DockerEnvironment::probeStandaloneCompose()
{
    // An empty list would make findExecutable search Berth's own PATH instead.
    const QStringList path = m_environment.value(u"PATH"_s).split(QDir::listSeparator(), Qt::SkipEmptyParts);
    m_standalone = path.isEmpty() ? QString() : QStandardPaths::findExecutable(u"docker-compose"_s, path);
    if (m_standalone.isEmpty() && !m_installFolders.isEmpty())
        m_standalone = QStandardPaths::findExecutable(u"docker-compose"_s, m_installFolders);
    if (m_standalone.isEmpty()) {
        probePartDone();
        return;
    }
    CommandJob *job = makeJob(m_standalone, {u"version"_s, u"--short"_s});
    connect(job, &CommandJob::finished, this, [this, job] {
        job->deleteLater();
        if (job->outcome() == CommandJob::Outcome::Succeeded) {
            m_flavour = ComposeFlavour::Standalone;
            m_composeVersion = QString::fromUtf8(job->standardOutput()).trimmed();
        }
        probePartDone();
    });
    job->start();
}

void DockerEnvironment::finishProbe()
{
    const Problem oldProblem = m_problem;
    const QString oldDetail = m_problemDetail;
    if (m_daemonProblem != Problem::None) {
        m_problem = m_daemonProblem;
        m_problemDetail = m_daemonDetail;
    } else if (m_flavour == ComposeFlavour::None) {
        m_problem = Problem::ComposeMissing;
        m_problemDetail.clear();
    } else {
        m_problem = Problem::None;
        m_problemDetail.clear();
    }
    m_probing = false;
    Q_EMIT probeFinished();
    if (oldProblem != m_problem || oldDetail != m_problemDetail || m_daemonBefore != m_daemonState)
        Q_EMIT stateChanged();
    if (m_probeAgain)
        probe();
}

QString DockerEnvironment::composeProgram() const
{
    return m_flavour == ComposeFlavour::Standalone ? m_standalone : m_cli;
}

QStringList DockerEnvironment::composePrefix() const
{
    return m_flavour == ComposeFlavour::Standalone ? QStringList{} : QStringList{u"compose"_s};
}

QString DockerEnvironment::problemTitle() const
{
    switch (m_problem) {
    case Problem::None:
        return m_daemonState == DaemonState::Up ? tr("Docker %1 is running.").arg(m_serverVersion)
                                                : tr("Docker has not been checked yet.");
    case Problem::CliMissing:
        return tr("The docker command line tool is not installed.");
    case Problem::DaemonDown:
        if (isRemoteEngine())
            return tr("The Docker daemon on %1 is not running.").arg(DockerContexts::siteHost(engineEndpoint()));
        return tr("The Docker daemon is not running.");
    case Problem::PermissionDenied:
        return tr("You may not use the Docker daemon's socket.");
    case Problem::ComposeMissing:
        return tr("Docker Compose is not installed.");
    case Problem::Other:
        return tr("Docker does not answer as expected.");
    }
    return {};
}

QString DockerEnvironment::problemHint() const
{
    switch (m_problem) {
    case Problem::None:
        return {};
    case Problem::CliMissing:
        if (Platform::currentOs() == Platform::Os::Linux)
            return tr("Install Docker Engine (Debian and Ubuntu: the docker.io and docker-compose packages), "
                      "or set the path of the docker program in the settings.");
        return tr("Install Docker Desktop, or set the path of the docker program in the settings.");
    case Problem::DaemonDown: {
        if (isRemoteEngine())
            return tr("Start it on %1 (for example \"sudo systemctl start docker\" there), or choose another engine. "
                      "Berth connects again by itself once it runs.")
                .arg(DockerContexts::siteHost(engineEndpoint()));
        const QString host = m_environment.value(u"DOCKER_HOST"_s);
        const QString where = host.isEmpty() ? QString() : tr(" (DOCKER_HOST is %1)").arg(host);
        if (Platform::currentOs() == Platform::Os::Linux)
            return tr("Start it with \"sudo systemctl start docker\"%1.").arg(where);
        return tr("Start Docker Desktop%1.").arg(where);
    }
    case Problem::PermissionDenied:
        if (Platform::currentOs() == Platform::Os::Linux)
            return tr("Add your user to the docker group (\"sudo usermod -aG docker $USER\"), log out and in "
                      "again. Members of the docker group can control the whole machine; "
                      "rootless Docker is the alternative. Do not make the socket writable for everyone.");
        return tr("Check that Docker Desktop runs as your user.");
    case Problem::ComposeMissing:
        if (Platform::currentOs() == Platform::Os::Linux)
            return tr("Install the Compose plugin (Debian and Ubuntu: the docker-compose or docker-compose-plugin "
                      "package).");
        return tr("Update Docker Desktop, which includes Compose.");
    case Problem::Other:
        return tr("Check what the docker command said.");
    }
    return {};
}

} // namespace Berth
