// DockerEnvironment's choice of engine: the docker contexts and the one every child uses.
#include "dockerenvironment.h"

#include "enginestream.h"
#include "process/commandjob.h"

using namespace Qt::StringLiterals;

namespace Berth {

namespace {

QProcessEnvironment engineEnvironment(const QProcessEnvironment &base, const QString &context, const QString &tunnel)
{
    if (tunnel.isEmpty())
        return DockerContexts::withContext(base, context);
    QProcessEnvironment env = base;
    env.remove(u"DOCKER_CONTEXT"_s);
    env.insert(u"DOCKER_HOST"_s, tunnel);
    return env;
}

} // namespace

void DockerEnvironment::setProcessEnvironment(const QProcessEnvironment &environment)
{
    m_baseEnvironment = environment;
    m_environment = engineEnvironment(environment, m_context, m_tunnelHost);
}

void DockerEnvironment::setContext(const QString &context)
{
    m_context = context;
    m_tunnelHost.clear(); // a tunnel belongs to the engine it was made for
    m_environment = engineEnvironment(m_baseEnvironment, context, m_tunnelHost);
    Q_EMIT stateChanged();
}

void DockerEnvironment::setTunnelHost(const QString &dockerHost)
{
    if (dockerHost == m_tunnelHost)
        return;
    m_tunnelHost = dockerHost;
    m_environment = engineEnvironment(m_baseEnvironment, m_context, m_tunnelHost);
    Q_EMIT stateChanged();
}

void DockerEnvironment::listContexts()
{
    if (m_contextJob && m_contextJob->isRunning())
        return; // its contextsListed() answers this call too
    const QString cli = m_cli.isEmpty() ? findCli(m_configuredCli, m_baseEnvironment, m_installFolders) : m_cli;
    if (cli.isEmpty()) {
        m_contexts.clear();
        m_contextsError = tr("the docker command line tool was not found");
        QMetaObject::invokeMethod(this, &DockerEnvironment::contextsListed, Qt::QueuedConnection);
        return;
    }
    // The user's own environment: "Current" is then the context a terminal would use.
    auto *job = new CommandJob(cli, {u"context"_s, u"ls"_s, u"--format"_s, u"json"_s}, this);
    job->setProcessEnvironment(m_baseEnvironment);
    job->setCollectStandardOutput(true);
    job->setTimeout(m_probeTimeout);
    job->setStopGrace(300);
    m_contextJob = job;
    connect(job, &CommandJob::finished, this, [this, job] {
        job->deleteLater();
        QList<DockerContext> found;
        QString error;
        if (job->outcome() != CommandJob::Outcome::Succeeded)
            error = job->errorMessage().isEmpty() ? job->standardError().trimmed() : job->errorMessage();
        else if (!DockerContexts::parse(job->standardOutput(), &found, &error))
            error = tr("docker context ls printed something Berth cannot read: %1").arg(error);
        m_contexts = found;
        m_contextsError = error;
        Q_EMIT contextsListed();
    });
    job->start();
}

bool DockerEnvironment::isListingContexts() const
{
    return m_contextJob && m_contextJob->isRunning();
}

QString DockerEnvironment::engineName() const
{
    if (!m_context.isEmpty())
        return m_context;
    if (m_baseEnvironment.contains(u"DOCKER_HOST"_s))
        return u"DOCKER_HOST"_s;
    for (const DockerContext &c : m_contexts) {
        if (c.current)
            return c.name;
    }
    return m_baseEnvironment.value(u"DOCKER_CONTEXT"_s);
}

QString DockerEnvironment::engineEndpoint() const
{
    if (m_context.isEmpty() && m_baseEnvironment.contains(u"DOCKER_HOST"_s))
        return m_baseEnvironment.value(u"DOCKER_HOST"_s);
    const QString name = engineName();
    for (const DockerContext &c : m_contexts) {
        if (c.name == name)
            return c.endpoint;
    }
    return {};
}

QString DockerEnvironment::engineSocket() const
{
    const QString host = m_environment.value(u"DOCKER_HOST"_s);
    if (!host.isEmpty())
        return EngineStream::socketOf(host);
    return EngineStream::socketOf(engineEndpoint());
}

} // namespace Berth
