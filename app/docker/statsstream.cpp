#include "statsstream.h"

#include "dockerenvironment.h"
#include "enginestats.h"
#include "process/groupedprocess.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace Berth {

StatsStream::StatsStream(const DockerEnvironment *environment, QObject *parent)
    : QObject(parent)
    , m_environment(environment)
    , m_process(new GroupedProcess(this))
    , m_api(new EngineStats(this))
    , m_restart(new QTimer(this))
{
    connect(m_api, &EngineStats::sampled, this, [this](const QHash<QString, ContainerUsage> &usage) {
        m_restartDelay = m_restartFirst;
        Q_EMIT sampled(usage);
    });
    connect(m_api, &EngineStats::unreachable, this, [this] {
        m_apiUnreachable = true;
        m_api->setContainers({}, {});
        apply(); // docker stats, which says in its own words what is wrong
    });
    m_process->setStopGrace(300);
    m_restart->setSingleShot(true);
    connect(m_restart, &QTimer::timeout, this, &StatsStream::apply);
    connect(m_process, &GroupedProcess::standardOutputRead, this, [this](const QByteArray &data) {
        m_pending += data;
        const QHash<QString, ContainerUsage> usage = ContainerUsage::takeLines(&m_pending);
        if (!usage.isEmpty()) {
            m_restartDelay = m_restartFirst;
            Q_EMIT sampled(usage);
        }
    });
    const auto ended = [this](bool stopRequested) {
        m_running.clear();
        Q_EMIT stopped();
        if (stopRequested) {
            apply(); // stopped by us for a new list of containers, or because nobody wants it
            return;
        }
        // Ended by itself (daemon gone, a container removed): again after a pause while wanted.
        if (m_wanted && !m_containers.isEmpty()) {
            m_restart->start(m_restartDelay);
            m_restartDelay = qMin(m_restartDelay * 2, m_restartMax);
        }
    };
    connect(m_process, &GroupedProcess::failedToStart, this, [ended] { ended(false); });
    connect(m_process, &GroupedProcess::finished, this,
            [ended](int, QProcess::ExitStatus, bool stopRequested) { ended(stopRequested); });
}

StatsStream::~StatsStream() = default;

void StatsStream::setRestartInterval(int first, int maximum)
{
    m_restartFirst = first;
    m_restartMax = maximum;
    m_restartDelay = first;
}

void StatsStream::setWanted(bool wanted)
{
    if (m_wanted == wanted)
        return;
    m_wanted = wanted;
    if (wanted)
        m_apiUnreachable = false;
    applyNow();
}

void StatsStream::setEngineApiAllowed(bool allowed)
{
    m_apiAllowed = allowed;
    applyNow();
}

bool StatsStream::usesEngineApi() const
{
    return m_api->isRunning();
}

void StatsStream::setContainers(const QStringList &containers)
{
    QStringList sorted = containers;
    sorted.sort();
    sorted.removeDuplicates();
    if (sorted == m_containers)
        return;
    m_containers = sorted;
    applyNow();
}

// A new wish is acted on at once, not after a pause left from an earlier failure.
void StatsStream::applyNow()
{
    m_restartDelay = m_restartFirst;
    m_restart->stop();
    apply();
}

bool StatsStream::isRunning() const
{
    return m_process->isRunning() || m_api->isRunning();
}

// Brings the measuring in line with what is wanted: stopped, or running for exactly
// m_containers. A process being stopped finishes first; its finished() calls this again.
void StatsStream::apply()
{
    const bool want = m_wanted && !m_containers.isEmpty();
    const QString socket = m_apiAllowed && !m_apiUnreachable ? m_environment->engineSocket() : QString();
    if (!socket.isEmpty() && !m_process->isRunning()) {
        const bool was = m_api->isRunning();
        m_api->setContainers(socket, want ? m_containers : QStringList{});
        if (was && !want)
            Q_EMIT stopped();
        return;
    }
    if (m_api->isRunning()) {
        m_api->setContainers({}, {});
        Q_EMIT stopped();
    }
    if (!socket.isEmpty()) {
        // The process ends first (its finished() comes back here, and the API takes over).
        if (!m_process->stopRequested())
            m_process->stop();
        return;
    }
    if (m_process->isRunning()) {
        if (!want || m_running != m_containers) {
            if (!m_process->stopRequested())
                m_process->stop();
        }
        return;
    }
    if (want && !m_restart->isActive())
        startProcess();
}

void StatsStream::startProcess()
{
    m_pending.clear();
    m_running = m_containers;
    m_process->setProgram(m_environment->cliPath());
    m_process->setArguments(QStringList{u"stats"_s, u"--format"_s, u"json"_s} + m_containers);
    m_process->setProcessEnvironment(m_environment->processEnvironment());
    m_process->start();
}

} // namespace Berth
