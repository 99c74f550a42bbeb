#include "eventwatcher.h"

#include "process/commandjob.h"
#include "containerquery.h"
#include "dockerenvironment.h"
#include "process/groupedprocess.h"

#include <QDateTime>
#include <QTimer>

#include <utility>

using namespace Qt::StringLiterals;

namespace Berth {

namespace {
// A `die` event is the container's exit itself: shown at once, not after the debounce and a
// `compose ps` (which together took 100-300 ms, docs/benchmarks.md). The query that follows
// still replaces the guess with Compose's own words.
bool applyDie(QList<ContainerStatus> &statuses, const DockerEvent &event)
{
    for (ContainerStatus &status : statuses) {
        if (status.name != event.name && status.id != event.id)
            continue;
        if (status.state == "exited"_L1 || status.state == "dead"_L1)
            return false;
        status.state = u"exited"_s;
        status.health.clear();
        if (event.exitCode >= 0)
            status.exitCode = event.exitCode;
        status.status = u"Exited (%1)"_s.arg(status.exitCode);
        return true;
    }
    return false;
}
} // namespace

EventWatcher::EventWatcher(const DockerEnvironment *environment, const ComposeProject &project, QObject *parent)
    : QObject(parent)
    , m_environment(environment)
    , m_project(project)
    , m_stream(new GroupedProcess(this))
    , m_debounce(new QTimer(this))
    , m_reconnect(new QTimer(this))
{
    m_stream->setStopGrace(500);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(75);
    connect(m_debounce, &QTimer::timeout, this, &EventWatcher::runQuery);
    m_reconnect->setSingleShot(true);
    connect(m_reconnect, &QTimer::timeout, this, &EventWatcher::startStream);
    connect(m_stream, &GroupedProcess::standardOutputRead, this, &EventWatcher::onStreamData);
    connect(m_stream, &GroupedProcess::standardErrorRead, this,
            [this](const QByteArray &data) { m_streamError += QString::fromUtf8(data); });
    connect(m_stream, &GroupedProcess::failedToStart, this, [this](const QString &message) {
        setConnected(false, message);
        scheduleReconnect();
    });
    connect(m_stream, &GroupedProcess::finished, this,
            [this](int, QProcess::ExitStatus, bool stopRequested) { onStreamFinished(stopRequested); });
}

EventWatcher::~EventWatcher()
{
    if (m_query)
        m_query->cancel();
}

bool EventWatcher::isQuerying() const
{
    return m_query || (m_apiQuery && m_apiQuery->isRunning());
}

void EventWatcher::setDebounceInterval(int milliseconds)
{
    m_debounce->setInterval(milliseconds);
}

void EventWatcher::setReconnectInterval(int first, int maximum)
{
    m_reconnectFirst = first;
    m_reconnectMax = maximum;
    m_reconnectDelay = first;
}

void EventWatcher::start()
{
    if (m_running)
        return;
    m_running = true;
    m_reconnectDelay = m_reconnectFirst;
    m_socket = m_apiAllowed ? m_environment->engineSocket() : QString();
    startStream();
}

void EventWatcher::stop()
{
    m_running = false;
    m_reconnect->stop();
    m_debounce->stop();
    m_stream->stop();
    if (m_query)
        m_query->cancel();
    if (m_apiQuery)
        m_apiQuery->cancel();
}

void EventWatcher::startStream()
{
    if (!m_running || m_stream->isRunning())
        return;
    QStringList arguments{u"events"_s, u"--format"_s, u"{{json .}}"_s, u"--filter"_s,
                          u"label=com.docker.compose.project="_s + m_project.name, u"--filter"_s, u"type=container"_s};
    if (m_lastEventNs > 0) {
        // Resume just after the last event seen: nothing missed, nothing twice.
        const qint64 next = m_lastEventNs + 1;
        arguments << u"--since"_s
                  << QString::number(next / 1000000000LL) + u'.' + QString::number(next % 1000000000LL).rightJustified(9, u'0');
    }
    m_pending.clear();
    m_streamError.clear();
    m_stream->setProgram(m_environment->cliPath());
    m_stream->setArguments(arguments);
    m_stream->setProcessEnvironment(m_environment->processEnvironment());
    m_stream->start();
    // Subscribed first, listed second: a change between the two is seen as an event.
    refresh();
}

void EventWatcher::onStreamData(const QByteArray &data)
{
    m_pending += data;
    bool relevant = false;
    bool died = false;
    DockerEvent::takeLines(
        &m_pending,
        [&](const DockerEvent &event) {
            if (!event.project.isEmpty() && event.project != m_project.name)
                return;
            m_lastEventNs = qMax(m_lastEventNs, event.timeNano);
            Q_EMIT eventReceived(event);
            if (event.action == "start"_L1)
                Q_EMIT containerStarted(event.service);
            if (event.changesState())
                relevant = true;
            if (event.action == "die"_L1 && m_hasStatuses && applyDie(m_statuses, event))
                died = true;
        },
        [this](QByteArrayView line) {
            Q_EMIT warning(u"events: skipped a line that is not an event: %1"_s.arg(QString::fromUtf8(line.left(120))));
        });
    if (died)
        Q_EMIT statusesChanged(m_statuses);
    if (relevant)
        m_debounce->start();
}

void EventWatcher::onStreamFinished(bool stopRequested)
{
    if (stopRequested || !m_running)
        return;
    QString message = m_streamError.trimmed();
    if (message.isEmpty())
        message = tr("The connection to the Docker daemon was lost.");
    setConnected(false, message);
    scheduleReconnect();
}

void EventWatcher::scheduleReconnect()
{
    if (!m_running)
        return;
    m_reconnect->start(m_reconnectDelay);
    m_reconnectDelay = qMin(m_reconnectDelay * 2, m_reconnectMax);
}

void EventWatcher::refresh()
{
    if (isQuerying()) {
        m_queryAgain = true;
        return;
    }
    runQuery();
}

void EventWatcher::runQuery()
{
    if (isQuerying()) {
        m_queryAgain = true;
        return;
    }
    m_queryAgain = false;
    if (!m_socket.isEmpty() && !std::exchange(m_cliOnce, false)) {
        if (!m_apiQuery) {
            m_apiQuery = new ContainerQuery(this);
            connect(m_apiQuery, &ContainerQuery::finished, this, [this] {
                switch (m_apiQuery->outcome()) {
                case ContainerQuery::Outcome::Succeeded:
                    queryFinished(m_apiQuery->statuses());
                    break;
                case ContainerQuery::Outcome::FailedToConnect:
                    // The daemon is down, or the socket is of no use (a stale context, a pipe
                    // not opened): this query is compose's, which says which in the CLI's words.
                    // The next one tries the socket again.
                    if (m_running) {
                        m_cliOnce = true;
                        runQuery();
                    }
                    return;
                default:
                    // An answer Berth cannot use (an old or unusual daemon): compose ps from now on.
                    Q_EMIT warning(u"events: the Engine API's listing failed (%1); using compose ps"_s
                                       .arg(m_apiQuery->errorMessage()));
                    m_socket.clear();
                    if (m_running)
                        runQuery();
                    return;
                }
                if (m_queryAgain && m_running)
                    runQuery();
            });
        }
        m_apiQuery->start(m_socket, m_project.name);
        return;
    }
    CommandJob *job = m_environment->composeJob(m_project, {u"ps"_s, u"--all"_s, u"--format"_s, u"json"_s}, this);
    job->setCollectStandardOutput(true);
    job->setTimeout(60000);
    job->setStopGrace(300);
    m_query = job;
    connect(job, &CommandJob::finished, this, [this, job] {
        job->deleteLater();
        m_query.clear();
        if (job->outcome() == CommandJob::Outcome::Succeeded) {
            QStringList warnings;
            const QList<ContainerStatus> statuses = ContainerStatus::parseList(job->standardOutput(), &warnings);
            for (const QString &w : warnings)
                Q_EMIT warning(w);
            queryFinished(statuses);
        } else if (job->outcome() != CommandJob::Outcome::Cancelled) {
            queryFailed(job->standardError().trimmed(), job->errorMessage());
        }
        if (m_queryAgain && m_running)
            runQuery();
    });
    job->start();
}

void EventWatcher::queryFinished(const QList<ContainerStatus> &statuses)
{
    // The stream may have died between start and now; connected means both answered.
    if (m_stream->isRunning()) {
        m_reconnectDelay = m_reconnectFirst;
        setConnected(true, QString());
    }
    if (!m_hasStatuses || statuses != m_statuses) {
        m_hasStatuses = true;
        m_statuses = statuses;
        Q_EMIT statusesChanged(m_statuses);
    }
}

void EventWatcher::queryFailed(const QString &daemonText, const QString &message)
{
    const DockerEnvironment::Problem problem = DockerEnvironment::classifyError(daemonText);
    if (problem == DockerEnvironment::Problem::DaemonDown || problem == DockerEnvironment::Problem::PermissionDenied)
        setConnected(false, daemonText);
    else
        Q_EMIT warning(message);
}

void EventWatcher::setConnected(bool connected, const QString &message)
{
    if (m_connection == int(connected))
        return;
    m_connection = int(connected);
    Q_EMIT connectedChanged(connected, message);
}

} // namespace Berth
