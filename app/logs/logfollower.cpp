#include "logfollower.h"

#include "docker/dockerenvironment.h"
#include "docker/enginestream.h"
#include "process/commandjob.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Berth {

LogFollower::LogFollower(const DockerEnvironment *environment, const ComposeProject &project, QObject *parent)
    : QObject(parent)
    , m_environment(environment)
    , m_project(project)
    , m_lister(new CommandJob(QString(), {}, this))
    , m_batcher(new LogBatcher(this))
{
    m_lister->setObjectName(u"listing"_s); // the container listing (tests wait on it)
    m_lister->setStopGrace(300);
    m_lister->setCollectStandardOutput(true);
    connect(m_batcher, &LogBatcher::linesReady, this, &LogFollower::linesReceived);
    connect(m_lister, &CommandJob::finished, this, &LogFollower::onListFinished);
}

LogFollower::~LogFollower() = default;

void LogFollower::setBatchInterval(int milliseconds)
{
    m_batcher->setInterval(milliseconds);
}

void LogFollower::start()
{
    m_socket = m_apiAllowed ? m_environment->engineSocket() : QString();
    m_active = true;
    m_firstListing = true;
    m_errors.clear();
    list();
}

void LogFollower::resume()
{
    if (m_active)
        list();
}

void LogFollower::list()
{
    if (m_lister->isRunning()) {
        m_listAgain = true;
        return;
    }
    m_listAgain = false;
    m_lister->setProgram(program());
    m_lister->setArguments(listArguments());
    m_lister->setProcessEnvironment(m_environment->processEnvironment());
    m_lister->setWorkingDirectory(m_project.directory);
    Q_EMIT started(m_lister->program(), m_lister->arguments());
    m_lister->start();
}

void LogFollower::onListFinished()
{
    switch (m_lister->outcome()) {
    case CommandJob::Outcome::Cancelled:
        return;
    case CommandJob::Outcome::FailedToStart:
        m_errors.append(m_lister->errorMessage());
        endedIfIdle();
        return;
    default:
        onListed(m_lister->exitCode());
    }
}

void LogFollower::onListed(int exitCode)
{
    if (!m_active)
        return;
    if (exitCode != 0) {
        const QStringList lines = m_lister->standardError().split(u'\n', Qt::SkipEmptyParts);
        m_errors.append(lines.isEmpty() ? tr("docker ps exited with code %1").arg(exitCode) : lines.constLast().trimmed());
    } else {
        const QString output = QString::fromUtf8(m_lister->standardOutput());
        QSet<QString> listed;
        for (QStringView line : QStringView(output).split(u'\n', Qt::SkipEmptyParts)) {
            Container container;
            if (!parseContainer(line, m_project.name, &container))
                continue;
            if (!m_services.isEmpty() && !m_services.contains(container.service))
                continue;
            listed.insert(container.id);
            std::shared_ptr<ContainerLogStream> &stream = m_streams[container.id];
            const bool runs = container.runs();
            if (!stream) {
                stream = std::make_shared<ContainerLogStream>(container);
                if (m_firstListing && m_tail > 0) {
                    // Its last lines with their timestamps, then (running) follow it.
                    readStamped(stream.get(), historyArguments(container.id, m_tail), runs);
                } else if (m_firstListing && m_tail == 0) {
                    if (runs)
                        startLive(stream.get(), 0, true);
                    else
                        stream->skipToNow();
                } else if (runs) {
                    // All of it (tail -1), or a container that appeared since the first listing:
                    // all of its lines are new.
                    startLive(stream.get(), 0);
                } else {
                    // An exited container, all of its log: where it ends first (exactly, on the
                    // daemon's clock), then up to there without timestamps, the fast way.
                    stream->beginRead(Read::Probe);
                    run(stream.get(), historyArguments(container.id, 1));
                }
                continue;
            }
            stream->container = container;
            if (stream->busy()) {
                // Its start event can come before the old stream noticed the stop: then it
                // follows once that one has ended.
                if (runs)
                    stream->wantFollow();
                continue;
            }
            stream->forgetDie();
            if (runs)
                startLive(stream.get(), stream->resumeNs());
            else if (stream->state() == ContainerLogStream::State::Stopped)
                readStamped(stream.get(), readArguments(container.id, stream->resumeNs()), false);
        }
        // Containers that are gone (`down`, recreated): forget their ended streams.
        for (auto it = m_streams.begin(); it != m_streams.end();) {
            if (listed.contains(it.key()) || it.value()->busy()) {
                ++it;
                continue;
            }
            if (CommandJob *job = it.value()->job) {
                job->disconnect(this);
                job->deleteLater();
            }
            if (EngineStream *api = it.value()->api) {
                api->disconnect(this);
                api->deleteLater();
            }
            it = m_streams.erase(it);
        }
    }
    m_firstListing = false;
    if (m_listAgain)
        list();
    else
        endedIfIdle();
}

void LogFollower::readStamped(ContainerLogStream *stream, const QStringList &arguments, bool followAfter)
{
    stream->beginRead(Read::Stamped, followAfter);
    run(stream, arguments);
}

void LogFollower::readBulk(ContainerLogStream *stream, qint64 untilNs)
{
    stream->beginRead(Read::Bulk, false, untilNs);
    run(stream, bulkArguments(stream->container.id, untilNs));
}

void LogFollower::startLive(ContainerLogStream *stream, qint64 sinceNs, bool newLinesOnly)
{
    stream->beginRead(Read::Live, false, 0, sinceNs);
    run(stream, followArguments(stream->container.id, sinceNs, newLinesOnly));
}

void LogFollower::noteContainerDied(const QString &containerId, qint64 timeNs)
{
    const auto found = m_streams.constFind(containerId);
    if (!m_active || found == m_streams.constEnd() || timeNs <= 0)
        return;
    ContainerLogStream *stream = found.value().get();
    if (stream->noteDied(timeNs))
        readStamped(stream, readArguments(containerId, stream->resumeNs()), false);
}

void LogFollower::run(ContainerLogStream *stream, const QStringList &arguments)
{
    stream->arguments = arguments;
    Q_EMIT started(program(), arguments);
    if (m_socket.isEmpty())
        runCli(stream);
    else
        runApi(stream);
}

void LogFollower::runApi(ContainerLogStream *stream)
{
    if (!stream->api) {
        stream->api = new EngineStream(this);
        connect(stream->api, &EngineStream::standardOutputRead, this,
                [this, stream](const QByteArray &data) { onStreamData(stream, data, false); });
        connect(stream->api, &EngineStream::standardErrorRead, this,
                [this, stream](const QByteArray &data) { onStreamData(stream, data, true); });
        connect(stream->api, &EngineStream::finished, this, [this, stream] {
            if (stream->api->outcome() != EngineStream::Outcome::FailedToConnect) {
                onReadFinished(stream, true);
                return;
            }
            // No socket to be had (gone, or not this user's): `docker logs` from now on, which
            // finds the engine its own way or says why not.
            m_socket.clear();
            runCli(stream);
        });
    }
    stream->api->get(m_socket, apiPath(stream->arguments));
}

void LogFollower::runCli(ContainerLogStream *stream)
{
    if (!stream->job) {
        stream->job = new CommandJob(QString(), {}, this);
        stream->job->setForwardChunks(true);
        stream->job->setStopGrace(300);
        // `docker logs` writes each line with its own write(2); read them a few at a time.
        stream->job->setReadCoalescing(ReadCoalescingMs);
        connect(stream->job, &CommandJob::standardOutputRead, this,
                [this, stream](const QByteArray &data) { onStreamData(stream, data, false); });
        connect(stream->job, &CommandJob::standardErrorRead, this,
                [this, stream](const QByteArray &data) { onStreamData(stream, data, true); });
        connect(stream->job, &CommandJob::finished, this, [this, stream] { onReadFinished(stream, false); });
    }
    stream->job->setProgram(program());
    stream->job->setArguments(stream->arguments);
    stream->job->setProcessEnvironment(m_environment->processEnvironment());
    stream->job->setWorkingDirectory(m_project.directory);
    stream->job->start();
}

void LogFollower::onStreamData(ContainerLogStream *stream, const QByteArray &data, bool standardError)
{
    QList<LogLine> *lines = m_batcher->pending();
    const qsizetype before = lines->size();
    stream->decode(data, standardError, lines);
    for (qsizetype i = before; i < lines->size(); ++i)
        m_lastNs = qMax(m_lastNs, lines->at(i).timestampNs);
    m_batcher->added();
}

void LogFollower::onReadFinished(ContainerLogStream *stream, bool viaApi)
{
    CommandJob::Outcome outcome = CommandJob::Outcome::Succeeded;
    int exitCode = 0;
    if (viaApi) {
        switch (stream->api->outcome()) {
        case EngineStream::Outcome::Cancelled:
            outcome = CommandJob::Outcome::Cancelled;
            break;
        case EngineStream::Outcome::Failed:
            // As `docker logs` would have said it, on its stderr.
            outcome = CommandJob::Outcome::Failed;
            exitCode = 1;
            stream->setErrorText(stream->api->errorMessage());
            break;
        default:
            break;
        }
    } else {
        outcome = stream->job->outcome();
        exitCode = stream->job->exitCode();
        if (outcome == CommandJob::Outcome::FailedToStart) {
            stream->setErrorText(stream->job->errorMessage());
            exitCode = -1;
        }
    }
    QList<LogLine> *lines = m_batcher->pending();
    const qsizetype before = lines->size();
    stream->finishDecoding(lines);
    for (qsizetype i = before; i < lines->size(); ++i)
        m_lastNs = qMax(m_lastNs, lines->at(i).timestampNs);
    flush();
    if (outcome == CommandJob::Outcome::Cancelled) {
        stream->readStopped();
        return;
    }
    if (!m_active) {
        stream->readAbandoned();
        return;
    }
    if (exitCode != 0) {
        const QStringList errorLines = stream->errorText().split(u'\n', Qt::SkipEmptyParts);
        m_errors.append(errorLines.isEmpty() ? tr("docker logs exited with code %1").arg(exitCode)
                                             : errorLines.constLast().trimmed());
    }
    switch (stream->readEnded(exitCode)) {
    case ContainerLogStream::Next::ReadBulk:
        readBulk(stream, stream->lastStampNs());
        return;
    case ContainerLogStream::Next::Follow:
        // Listed as running while this read was going on: follow it from where it stopped.
        startLive(stream, stream->resumeNs());
        return;
    case ContainerLogStream::Next::Nothing:
        break;
    }
    endedIfIdle();
}

void LogFollower::endedIfIdle()
{
    if (isRunning())
        return;
    QStringList errors;
    errors.swap(m_errors);
    errors.removeDuplicates();
    Q_EMIT streamEnded(errors.join(u"; "_s));
}

void LogFollower::stop()
{
    m_active = false;
    m_listAgain = false;
    m_lister->cancel();
    for (const std::shared_ptr<ContainerLogStream> &stream : std::as_const(m_streams)) {
        stream->dropFollowWish();
        if (stream->busy()) {
            if (stream->api && stream->api->isRunning())
                stream->api->cancel();
            if (stream->job && stream->job->isRunning())
                stream->job->cancel();
        }
    }
    flush();
}

bool LogFollower::isRunning() const
{
    if (m_lister->isRunning())
        return true;
    for (const std::shared_ptr<ContainerLogStream> &stream : m_streams) {
        if (stream->busy())
            return true;
    }
    return false;
}

void LogFollower::flush()
{
    m_batcher->flush();
}

} // namespace Berth
