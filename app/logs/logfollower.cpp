#include "logfollower.h"

#include "docker/dockerenvironment.h"
#include "docker/groupedprocess.h"
#include "logstreamdecoder.h"

#include <QSet>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Berth {

namespace {
constexpr qsizetype maxErrorChars = 16384;
} // namespace

struct LogFollower::Stream
{
    Container container;
    GroupedProcess *process = nullptr; // made with the first read
    LogStreamDecoder out;
    LogStreamDecoder err;
    Read read = Read::Stamped; // what the process (running or last run) does
    bool followAfter = false;  // a stamped read of a running container: follow it afterwards
    qint64 bulkUntilNs = 0;    // Bulk: up to this line
    // Everything the container printed before this has been shown, on the daemon's clock (the
    // clock its lines are stamped with); 0: nothing yet. After a timestamped read, just after
    // its last line; after a followed run, the daemon's time of the `die` that ended it (after
    // its last line, before the first of the next run); without that event, when the stream
    // ended, on this machine's clock.
    qint64 resumeNs = 0;
    qint64 dieWhileRunningNs = 0; // the first `die` while a read ran
    bool awaitingDie = false;     // a followed run ended; its `die` has not come yet
    bool followAgain = false;     // listed as running while the old stream was still ending
    bool stopped = false;         // stop() ended it: it has lines to catch up on
    QString errorText; // the CLI's own messages, or the last stderr line of a live stream

    bool busy() const { return process && process->isRunning(); }
    static bool runs(const Container &container)
    {
        return container.state == "running"_L1 || container.state == "restarting"_L1;
    }
};

LogFollower::LogFollower(const DockerEnvironment *environment, const ComposeProject &project, QObject *parent)
    : QObject(parent)
    , m_environment(environment)
    , m_project(project)
    , m_lister(new GroupedProcess(this))
    , m_batchTimer(new QTimer(this))
{
    m_lister->setObjectName(u"listing"_s); // the container listing (tests wait on it)
    m_lister->setStopGrace(300);
    m_batchTimer->setSingleShot(true);
    m_batchTimer->setInterval(30);
    connect(m_batchTimer, &QTimer::timeout, this, &LogFollower::flush);
    connect(m_lister, &GroupedProcess::standardOutputRead, this, [this](const QByteArray &data) { m_listOutput += data; });
    connect(m_lister, &GroupedProcess::standardErrorRead, this, [this](const QByteArray &data) {
        if (m_listError.size() < maxErrorChars)
            m_listError += QString::fromUtf8(data);
    });
    connect(m_lister, &GroupedProcess::failedToStart, this, [this](const QString &message) {
        m_errors.append(message);
        endedIfIdle();
    });
    connect(m_lister, &GroupedProcess::finished, this, [this](int exitCode, QProcess::ExitStatus, bool stopRequested) {
        if (!stopRequested)
            onListed(exitCode);
    });
}

LogFollower::~LogFollower() = default;

void LogFollower::setBatchInterval(int milliseconds)
{
    m_batchTimer->setInterval(milliseconds);
}

QString LogFollower::program() const
{
    return m_environment->cliPath();
}

QStringList LogFollower::listArguments() const
{
    return {u"ps"_s,
            u"--all"_s,
            u"--no-trunc"_s,
            u"--filter"_s,
            u"label=com.docker.compose.project="_s + m_project.name,
            u"--filter"_s,
            u"label=com.docker.compose.oneoff=False"_s,
            u"--format"_s,
            u"{{.ID}}\t{{.Names}}\t{{.Label \"com.docker.compose.service\"}}\t"
            u"{{.Label \"com.docker.compose.container-number\"}}\t{{.State}}"_s};
}

QStringList LogFollower::historyArguments(const QString &containerId, int tail) const
{
    return {u"logs"_s, u"--timestamps"_s, u"--tail"_s, QString::number(tail), containerId};
}

QStringList LogFollower::bulkArguments(const QString &containerId, qint64 untilNs) const
{
    return {u"logs"_s, u"--until"_s, LogLine::formatTimestamp(untilNs), containerId};
}

QStringList LogFollower::readArguments(const QString &containerId, qint64 sinceNs) const
{
    QStringList arguments{u"logs"_s, u"--timestamps"_s};
    if (sinceNs > 0)
        arguments << u"--since"_s << LogLine::formatTimestamp(sinceNs);
    return arguments << containerId;
}

QStringList LogFollower::followArguments(const QString &containerId, qint64 sinceNs, bool newLinesOnly) const
{
    QStringList arguments{u"logs"_s, u"--follow"_s};
    if (sinceNs > 0)
        arguments << u"--since"_s << LogLine::formatTimestamp(sinceNs);
    else if (newLinesOnly)
        arguments << u"--tail"_s << u"0"_s;
    arguments << containerId;
    return arguments;
}

bool LogFollower::parseContainer(QStringView line, const QString &projectName, Container *container)
{
    const QList<QStringView> fields = line.trimmed().split(u'\t');
    if (fields.size() != 5 || fields.at(0).isEmpty() || fields.at(2).isEmpty())
        return false;
    container->id = fields.at(0).toString();
    container->service = fields.at(2).toString();
    container->state = fields.at(4).toString();
    // Compose prefixes a container's lines with SERVICE-NUMBER; a container_name has no number.
    const QStringView number = fields.at(3);
    if (!number.isEmpty())
        container->prefix = container->service + u'-' + number;
    else {
        QStringView name = fields.at(1);
        if (name.size() > projectName.size() && name.startsWith(projectName) && name.at(projectName.size()) == u'-')
            name = name.mid(projectName.size() + 1);
        container->prefix = name.toString();
    }
    return true;
}

void LogFollower::start()
{
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
    m_listOutput.clear();
    m_listError.clear();
    m_lister->setProgram(program());
    m_lister->setArguments(listArguments());
    m_lister->setProcessEnvironment(m_environment->processEnvironment());
    m_lister->setWorkingDirectory(m_project.directory);
    Q_EMIT started(m_lister->program(), m_lister->arguments());
    m_lister->start();
}

void LogFollower::onListed(int exitCode)
{
    if (!m_active)
        return;
    if (exitCode != 0) {
        const QStringList lines = m_listError.split(u'\n', Qt::SkipEmptyParts);
        m_errors.append(lines.isEmpty() ? tr("docker ps exited with code %1").arg(exitCode) : lines.constLast().trimmed());
    } else {
        const QString output = QString::fromUtf8(m_listOutput);
        QSet<QString> listed;
        for (QStringView line : QStringView(output).split(u'\n', Qt::SkipEmptyParts)) {
            Container container;
            if (!parseContainer(line, m_project.name, &container))
                continue;
            if (!m_services.isEmpty() && !m_services.contains(container.service))
                continue;
            listed.insert(container.id);
            std::shared_ptr<Stream> &stream = m_streams[container.id];
            const bool runs = Stream::runs(container);
            if (!stream) {
                stream = std::make_shared<Stream>();
                stream->container = container;
                if (m_firstListing && m_tail > 0) {
                    // Its last lines with their timestamps, then (running) follow it.
                    readStamped(stream.get(), historyArguments(container.id, m_tail), runs);
                } else if (m_firstListing && m_tail == 0) {
                    if (runs)
                        startLive(stream.get(), 0, true);
                    else
                        stream->resumeNs = LogLine::wallClockNs();
                } else if (runs) {
                    // All of it (tail -1), or a container that appeared since the first listing:
                    // all of its lines are new.
                    startLive(stream.get(), 0);
                } else {
                    // An exited container, all of its log: where it ends first (exactly, on the
                    // daemon's clock), then up to there without timestamps, the fast way.
                    run(stream.get(), Read::Probe, historyArguments(container.id, 1));
                }
                continue;
            }
            stream->container = container;
            if (stream->busy()) {
                // Its start event can come before the old stream noticed the stop: then it
                // follows once that one has ended.
                if (runs)
                    stream->followAgain = true;
                continue;
            }
            stream->dieWhileRunningNs = 0;
            if (runs)
                startLive(stream.get(), stream->resumeNs);
            else if (stream->stopped)
                readStamped(stream.get(), readArguments(container.id, stream->resumeNs), false);
        }
        // Containers that are gone (`down`, recreated): forget their ended streams.
        for (auto it = m_streams.begin(); it != m_streams.end();) {
            if (listed.contains(it.key()) || it.value()->busy()) {
                ++it;
                continue;
            }
            if (GroupedProcess *process = it.value()->process) {
                process->disconnect(this);
                process->deleteLater();
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

void LogFollower::readStamped(Stream *stream, const QStringList &arguments, bool followAfter)
{
    stream->followAfter = followAfter;
    run(stream, Read::Stamped, arguments);
}

void LogFollower::readBulk(Stream *stream, qint64 untilNs)
{
    stream->bulkUntilNs = untilNs;
    run(stream, Read::Bulk, bulkArguments(stream->container.id, untilNs));
}

void LogFollower::startLive(Stream *stream, qint64 sinceNs, bool newLinesOnly)
{
    stream->awaitingDie = false;
    run(stream, Read::Live, followArguments(stream->container.id, sinceNs, newLinesOnly));
}

void LogFollower::noteContainerDied(const QString &containerId, qint64 timeNs)
{
    const auto found = m_streams.constFind(containerId);
    if (!m_active || found == m_streams.constEnd() || timeNs <= 0)
        return;
    Stream &stream = *found.value();
    if (stream.stopped)
        return;
    if (stream.busy()) {
        // Usually before the stream notices the stop: this ends the run being shown.
        if (stream.dieWhileRunningNs == 0)
            stream.dieWhileRunningNs = timeNs;
        return;
    }
    if (stream.awaitingDie) {
        // The `die` of the run the stream followed, after the stream ended.
        stream.awaitingDie = false;
        stream.resumeNs = timeNs;
        return;
    }
    // A later one, with no stream running: the container ran again and died before a listing
    // found it running (a crash loop: restarted, failed within milliseconds). Show that run now.
    if (timeNs > stream.resumeNs) {
        stream.dieWhileRunningNs = 0;
        readStamped(&stream, readArguments(containerId, stream.resumeNs), false);
    }
}

void LogFollower::run(Stream *stream, Read read, const QStringList &arguments)
{
    stream->read = read;
    if (read != Read::Stamped)
        stream->followAfter = false;
    if (read != Read::Bulk)
        stream->bulkUntilNs = 0;
    // Stamped and Probe read the daemon's timestamps; Live stamps lines when they arrive; Bulk
    // lines are old, and the time they arrive would be wrong, so they carry none.
    const bool timestamps = read == Read::Stamped || read == Read::Probe;
    stream->out.setTimestamps(timestamps, read == Read::Live);
    stream->err.setTimestamps(timestamps, read == Read::Live);
    // A wish to follow, made while an earlier read ran, holds until a follow starts: a probe
    // that goes on to its bulk read must not drop it (the container was started meanwhile, and
    // no other start event will come for it).
    if (read == Read::Live)
        stream->followAgain = false;
    stream->stopped = false;
    stream->out.restart();
    stream->err.restart();
    stream->out.setSource(stream->container.service, stream->container.prefix);
    stream->err.setSource(stream->container.service, stream->container.prefix);
    stream->errorText.clear();
    if (!stream->process) {
        stream->process = new GroupedProcess(this);
        stream->process->setStopGrace(300);
        // `docker logs` writes each line with its own write(2); read them a few at a time.
        stream->process->setReadCoalescing(ReadCoalescingMs);
        connect(stream->process, &GroupedProcess::standardOutputRead, this,
                [this, stream](const QByteArray &data) { onStreamData(stream, data, false); });
        connect(stream->process, &GroupedProcess::standardErrorRead, this,
                [this, stream](const QByteArray &data) { onStreamData(stream, data, true); });
        connect(stream->process, &GroupedProcess::failedToStart, this, [this, stream](const QString &message) {
            stream->errorText = message;
            onStreamFinished(stream, -1, false);
        });
        connect(stream->process, &GroupedProcess::finished, this,
                [this, stream](int exitCode, QProcess::ExitStatus, bool stopRequested) {
                    onStreamFinished(stream, exitCode, stopRequested);
                });
    }
    stream->process->setProgram(program());
    stream->process->setArguments(arguments);
    stream->process->setProcessEnvironment(m_environment->processEnvironment());
    stream->process->setWorkingDirectory(m_project.directory);
    Q_EMIT started(stream->process->program(), stream->process->arguments());
    stream->process->start();
}

void LogFollower::onStreamData(Stream *stream, const QByteArray &data, bool standardError)
{
    QStringList untimed;
    if (stream->read == Read::Probe) {
        // Only its timestamp matters (the decoder keeps it); the line comes with the bulk read.
        QList<LogLine> ignored;
        (standardError ? stream->err : stream->out).decode(data, &ignored, &untimed);
        afterDecode(stream, m_batch.size(), untimed, standardError);
        return;
    }
    const qsizetype before = m_batch.size();
    (standardError ? stream->err : stream->out).decode(data, &m_batch, &untimed);
    afterDecode(stream, before, untimed, standardError);
}

void LogFollower::afterDecode(Stream *stream, qsizetype before, const QStringList &untimed, bool standardError)
{
    for (qsizetype i = before; i < m_batch.size(); ++i)
        m_lastNs = qMax(m_lastNs, m_batch.at(i).timestampNs);
    if (standardError && stream->read == Read::Live && m_batch.size() > before) {
        // Following, the container's stderr and the CLI's messages share the pipe: keep the
        // last line in case the stream fails.
        stream->errorText = m_batch.constLast().text;
    }
    for (const QString &text : untimed) {
        if (!standardError) {
            // Not expected with --timestamps; shown rather than lost.
            m_batch.append(LogLine{stream->container.service, stream->container.prefix, 0, text});
        } else if (stream->errorText.size() < maxErrorChars) {
            stream->errorText += text + u'\n';
        }
    }
    if (m_batch.size() >= MaxBatchLines)
        flush();
    else if (!m_batch.isEmpty() && !m_batchTimer->isActive())
        m_batchTimer->start();
}

void LogFollower::onStreamFinished(Stream *stream, int exitCode, bool stopRequested)
{
    // A last line without its newline is still a line.
    for (bool standardError : {false, true}) {
        QStringList untimed;
        QList<LogLine> ignored;
        const qsizetype before = m_batch.size();
        (standardError ? stream->err : stream->out).finish(stream->read == Read::Probe ? &ignored : &m_batch, &untimed);
        afterDecode(stream, before, untimed, standardError);
    }
    flush();
    const bool stamped = stream->read == Read::Stamped || stream->read == Read::Probe;
    const qint64 lastStamp = stamped ? qMax(stream->out.lastTimestampNs(), stream->err.lastTimestampNs()) : 0;
    if (stopRequested) {
        // Shown up to about now (following), or up to the last stamped line read.
        stream->stopped = true;
        if (stream->read == Read::Live)
            stream->resumeNs = LogLine::wallClockNs();
        else if (stream->read == Read::Stamped && lastStamp > 0)
            stream->resumeNs = lastStamp + 1;
        return;
    }
    if (!m_active)
        return;
    if (exitCode != 0) {
        const QStringList lines = stream->errorText.split(u'\n', Qt::SkipEmptyParts);
        m_errors.append(lines.isEmpty() ? tr("docker logs exited with code %1").arg(exitCode) : lines.constLast().trimmed());
    }
    bool follow = false;
    switch (stream->read) {
    case Read::Probe:
        // The log ends at lastStamp: read up to there (nothing to read when it is empty).
        if (exitCode == 0 && lastStamp > 0) {
            readBulk(stream, lastStamp);
            return;
        }
        follow = exitCode == 0 && stream->followAgain;
        break;
    case Read::Stamped:
        // Shown up to just after its last line (the daemon compares with full precision).
        if (lastStamp > 0)
            stream->resumeNs = lastStamp + 1;
        follow = exitCode == 0 && (stream->followAfter || stream->followAgain);
        break;
    case Read::Bulk:
        if (exitCode == 0)
            stream->resumeNs = stream->bulkUntilNs + 1;
        follow = exitCode == 0 && stream->followAgain;
        break;
    case Read::Live:
        // The run followed has ended: resume from its `die` when that has come; else from now,
        // until it comes (none to wait for when the container was not running at the start).
        stream->awaitingDie = stream->dieWhileRunningNs == 0 && exitCode == 0 && Stream::runs(stream->container);
        stream->resumeNs = stream->dieWhileRunningNs > 0 ? stream->dieWhileRunningNs : LogLine::wallClockNs();
        follow = stream->followAgain;
        break;
    }
    if (follow) {
        // Listed as running while this read was going on: follow it from where it stopped.
        if (stream->read == Read::Live)
            stream->dieWhileRunningNs = 0;
        startLive(stream, stream->resumeNs);
        return;
    }
    stream->followAgain = false;
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
    m_lister->stop();
    for (const std::shared_ptr<Stream> &stream : std::as_const(m_streams)) {
        stream->followAgain = false;
        if (stream->busy())
            stream->process->stop();
    }
    flush();
}

bool LogFollower::isRunning() const
{
    if (m_lister->isRunning())
        return true;
    for (const std::shared_ptr<Stream> &stream : m_streams) {
        if (stream->busy())
            return true;
    }
    return false;
}

void LogFollower::flush()
{
    m_batchTimer->stop();
    while (!m_batch.isEmpty()) {
        QList<LogLine> batch;
        if (m_batch.size() <= MaxBatchLines) {
            batch.swap(m_batch);
        } else {
            batch = m_batch.first(MaxBatchLines);
            m_batch.remove(0, MaxBatchLines);
        }
        Q_EMIT linesReceived(batch);
    }
}

} // namespace Berth
