// ProjectSession's engine: which docker context the project runs on, per project and machine.
#include "projectsession.h"

#include "docker/dockerenvironment.h"
#include "docker/sshtunnel.h"
#include "logs/logmodel.h"
#include "models/servicemodel.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Berth {

namespace {

// QSettings keys are paths themselves: the project's folder goes in percent-encoded.
QString settingsKey(const QString &group, const QString &directory)
{
    const QString absolute = QDir::cleanPath(QFileInfo(directory).absoluteFilePath());
    return group + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(absolute));
}

} // namespace

QString ProjectSession::savedEngine(const QString &directory)
{
    return QSettings().value(settingsKey(u"engines"_s, directory)).toString();
}

QString ProjectSession::engine() const
{
    return m_env->context();
}

void ProjectSession::setEngine(const QString &context)
{
    if (context == m_env->context())
        return;
    if (!m_directory.isEmpty()) {
        QSettings settings;
        if (context.isEmpty())
            settings.remove(settingsKey(u"engines"_s, m_directory));
        else
            settings.setValue(settingsKey(u"engines"_s, m_directory), context);
    }
    // Everything that ran belongs to the old engine: start again on the new one.
    const QString directory = m_directory;
    const bool started = m_started;
    close();
    m_env->setContext(context);
    if (!directory.isEmpty()) {
        open(directory); // reads the engine just saved
        m_env->setContext(context);
        if (started) {
            start();
            m_env->probe();
        }
    }
    Q_EMIT engineChanged();
}

void ProjectSession::setOverrideOnRemote(bool use)
{
    if (m_directory.isEmpty() || use == overrideOnRemote())
        return;
    QSettings().setValue(settingsKey(u"overrideOnRemote"_s, m_directory), use);
    const QString context = m_env->context();
    const QString directory = m_directory;
    const bool started = m_started;
    close();
    open(directory);
    m_env->setContext(context);
    if (started)
        start();
    Q_EMIT engineChanged();
}

QString ProjectSession::sshConfigKey()
{
    return u"ssh/config"_s;
}

bool ProjectSession::overrideOnRemote() const
{
    return !m_directory.isEmpty() && QSettings().value(settingsKey(u"overrideOnRemote"_s, m_directory)).toBool();
}

void ProjectSession::engineKnown()
{
    const ComposeProject before = m_project;
    applyEngineToProject();
    const QString endpoint = m_env->engineEndpoint();
    if (m_started && DockerContexts::isSsh(endpoint)) {
        if (!m_tunnel || m_tunnel->endpoint() != endpoint) {
            delete m_tunnel;
            m_tunnel = new SshTunnel(endpoint, this);
            m_tunnel->setProcessEnvironment(m_env->processEnvironment());
            const QString sshConfig = QSettings().value(sshConfigKey()).toString();
            if (!sshConfig.isEmpty())
                m_tunnel->setExtraOptions({u"-F"_s, sshConfig});
            connect(m_tunnel, &SshTunnel::stateChanged, this, &ProjectSession::onTunnelState);
            m_tunnel->start();
        }
    } else if (m_tunnel) {
        delete m_tunnel;
        m_tunnel = nullptr;
        m_env->setTunnelHost({});
    }
    Q_EMIT engineChanged();
    takeSnapshot();
    if (!m_started || m_tunnel)
        return; // the tunnel's state change probes
    if (m_probeWaitsForEngine) {
        m_probeWaitsForEngine = false;
        m_env->probe();
    } else if (before.overrideFiles != m_project.overrideFiles) {
        // The engine turned out remote (or local): the config and streams follow the files.
        stopWatching();
        m_configLoaded = false;
        if (m_env->isReady())
            loadConfig();
    }
}

void ProjectSession::onTunnelState()
{
    switch (m_tunnel->state()) {
    case SshTunnel::State::Up:
        // After a reconnect the socket is the same: the event and log streams reconnect by
        // themselves, as after a daemon restart, and resume where they stopped.
        if (m_env->tunnelHost() == m_tunnel->dockerHost())
            break;
        m_env->setTunnelHost(m_tunnel->dockerHost());
        m_probeWaitsForEngine = false;
        takeSnapshot();
        m_env->probe();
        break;
    case SshTunnel::State::Failed:
        setProblem(Problem::ConnectionLost, m_tunnel->describe());
        break;
    case SshTunnel::State::Connecting:
    case SshTunnel::State::Reconnecting:
    case SshTunnel::State::Stopped:
        break;
    }
    Q_EMIT engineChanged();
}

void ProjectSession::applyEngineToProject()
{
    m_project = m_discovered;
    m_engineNote.clear();
    if (!m_env->isRemoteEngine() || m_discovered.overrideFiles.isEmpty())
        return;
    QStringList names;
    for (const QString &f : std::as_const(m_discovered.overrideFiles))
        names << QFileInfo(f).fileName();
    if (overrideOnRemote()) {
        m_engineNote = tr("%1 is a remote engine; %2 is used as you chose, and its bind mounts refer to that "
                          "machine's folders, not this one's.")
                           .arg(m_env->engineName(), names.join(u", "_s));
        return;
    }
    m_project.overrideFiles.clear();
    m_engineNote = tr("%1 is a remote engine: Berth runs %2 only. The development override (%3) mounts this "
                      "computer's folders, which the remote engine does not have.")
                       .arg(m_env->engineName(), QFileInfo(m_discovered.composeFile).fileName(), names.join(u", "_s));
}

} // namespace Berth
