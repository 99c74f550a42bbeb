#include "statsstream.h"

#include "dockerenvironment.h"
#include "enginestats.h"
#include "process/groupedprocess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Berth {

namespace {

// Drops the terminal control sequences docker stats writes around its table (ESC [ ... letter:
// cursor home, erase line, erase screen), whatever version writes which.
QByteArray withoutControlSequences(QByteArrayView line)
{
    QByteArray out;
    out.reserve(line.size());
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line.at(i);
        if (c == '\x1b' && i + 1 < line.size() && line.at(i + 1) == '[') {
            i += 2;
            while (i < line.size() && !((line.at(i) >= 'A' && line.at(i) <= 'Z') || (line.at(i) >= 'a' && line.at(i) <= 'z')))
                ++i;
            continue;
        }
        if (c != '\r')
            out.append(c);
    }
    return out;
}

double parsePercent(const QString &text)
{
    bool ok = false;
    QString number = text.trimmed();
    if (number.endsWith(u'%'))
        number.chop(1);
    const double value = number.toDouble(&ok);
    return ok ? value : 0;
}

} // namespace

qint64 ContainerUsage::parseSize(QStringView text)
{
    text = text.trimmed();
    qsizetype end = 0;
    while (end < text.size() && (text.at(end).isDigit() || text.at(end) == u'.'))
        ++end;
    bool ok = false;
    const double number = text.left(end).toDouble(&ok);
    if (!ok)
        return -1;
    const QStringView unit = text.mid(end).trimmed();
    static const std::pair<QLatin1StringView, double> units[] = {
        {"B"_L1, 1},         {"kB"_L1, 1e3},          {"KB"_L1, 1e3},          {"MB"_L1, 1e6},
        {"GB"_L1, 1e9},      {"TB"_L1, 1e12},         {"KiB"_L1, 1024.0},      {"MiB"_L1, 1024.0 * 1024},
        {"GiB"_L1, 1024.0 * 1024 * 1024}, {"TiB"_L1, 1024.0 * 1024 * 1024 * 1024}};
    for (const auto &[name, factor] : units) {
        if (unit == name)
            return qint64(number * factor + 0.5);
    }
    return -1;
}

QHash<QString, ContainerUsage> ContainerUsage::takeLines(QByteArray *data, int *skipped)
{
    QHash<QString, ContainerUsage> usage;
    qsizetype start = 0;
    for (qsizetype newline = data->indexOf('\n'); newline >= 0; newline = data->indexOf('\n', start)) {
        const QByteArray line = withoutControlSequences(QByteArrayView(*data).sliced(start, newline - start)).trimmed();
        start = newline + 1;
        if (line.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        const QString id = o.value("ID"_L1).toString();
        if (id.isEmpty()) {
            if (skipped)
                ++*skipped;
            continue;
        }
        ContainerUsage u;
        u.cpuPercent = parsePercent(o.value("CPUPerc"_L1).toString());
        const QString memory = o.value("MemUsage"_L1).toString(); // "48.2MiB / 7.6GiB"
        const qsizetype slash = memory.indexOf(u'/');
        u.memoryBytes = qMax<qint64>(0, parseSize(QStringView(memory).left(slash < 0 ? memory.size() : slash)));
        if (slash >= 0)
            u.memoryLimitBytes = qMax<qint64>(0, parseSize(QStringView(memory).mid(slash + 1)));
        usage.insert(id, u);
    }
    data->remove(0, start);
    return usage;
}

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
