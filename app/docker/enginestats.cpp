#include "enginestats.h"

#include "enginestream.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <utility>

using namespace Qt::StringLiterals;

namespace Berth {

namespace {
// A sample is a few kilobytes; a line past this is not one.
constexpr qsizetype maxLineBytes = 1024 * 1024;
} // namespace

EngineStats::EngineStats(QObject *parent)
    : QObject(parent)
    , m_flush(new QTimer(this))
    , m_retry(new QTimer(this))
{
    m_flush->setSingleShot(true);
    m_flush->setInterval(500);
    connect(m_flush, &QTimer::timeout, this, [this] {
        if (!m_batch.isEmpty())
            Q_EMIT sampled(std::exchange(m_batch, {}));
    });
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &EngineStats::reconcile);
}

EngineStats::~EngineStats()
{
    for (const Stream &s : std::as_const(m_streams)) {
        s.stream->disconnect(this);
        s.stream->cancel();
    }
}

void EngineStats::setRetryInterval(int first, int maximum)
{
    m_retryFirst = first;
    m_retryMax = maximum;
    m_retryDelay = first;
}

void EngineStats::setContainers(const QString &socket, const QStringList &containers)
{
    if (socket != m_socket) {
        m_socket = socket;
        m_containers.clear();
        reconcile(); // every stream of the old socket ends
    }
    m_containers = containers;
    m_retryDelay = m_retryFirst;
    m_retry->stop();
    reconcile();
}

void EngineStats::reconcile()
{
    for (auto it = m_streams.begin(); it != m_streams.end();) {
        if (m_containers.contains(it.key())) {
            ++it;
            continue;
        }
        it->stream->disconnect(this);
        it->stream->cancel();
        it->stream->deleteLater();
        m_batch.remove(it.key().left(12));
        it = m_streams.erase(it);
    }
    for (const QString &container : std::as_const(m_containers)) {
        if (!m_streams.contains(container))
            startStream(container);
    }
}

void EngineStats::startStream(const QString &container)
{
    Stream &s = m_streams[container];
    s.stream = new EngineStream(this);
    connect(s.stream, &EngineStream::standardOutputRead, this,
            [this, container](const QByteArray &data) { onData(container, data); });
    connect(s.stream, &EngineStream::finished, this, [this, container] { onFinished(container); });
    s.stream->get(m_socket, u"/containers/%1/stats?stream=1"_s.arg(container));
}

void EngineStats::onData(const QString &container, const QByteArray &data)
{
    Stream &s = m_streams[container];
    s.pending += data;
    qsizetype from = 0;
    for (qsizetype end = s.pending.indexOf('\n'); end >= 0; end = s.pending.indexOf('\n', from)) {
        QString id;
        ContainerUsage usage;
        if (parseSample(QByteArrayView(s.pending).sliced(from, end - from), &id, &usage)) {
            m_batch.insert(id, usage);
            m_retryDelay = m_retryFirst;
            if (!m_flush->isActive())
                m_flush->start();
        }
        from = end + 1;
    }
    s.pending.remove(0, from);
    if (s.pending.size() > maxLineBytes)
        s.pending.clear();
}

void EngineStats::onFinished(const QString &container)
{
    const auto found = m_streams.find(container);
    if (found == m_streams.end())
        return;
    EngineStream *stream = found->stream;
    const bool unreachableSocket = stream->outcome() == EngineStream::Outcome::FailedToConnect;
    const QString message = stream->errorMessage();
    stream->deleteLater();
    m_streams.erase(found);
    if (unreachableSocket) {
        Q_EMIT unreachable(message);
        return;
    }
    // Ended by itself (the container stopped or went, the daemon restarted): again after a
    // pause while the container is still wanted.
    if (m_containers.contains(container) && !m_retry->isActive()) {
        m_retry->start(m_retryDelay);
        m_retryDelay = qMin(m_retryDelay * 2, m_retryMax);
    }
}

bool EngineStats::parseSample(QByteArrayView json, QString *id, ContainerUsage *usage)
{
    const QJsonObject sample = QJsonDocument::fromJson(json.toByteArray()).object();
    const QJsonObject cpu = sample.value("cpu_stats"_L1).toObject();
    const QJsonObject precpu = sample.value("precpu_stats"_L1).toObject();
    const QJsonObject memory = sample.value("memory_stats"_L1).toObject();
    *id = sample.value("id"_L1).toString().left(12);
    if (id->isEmpty() || cpu.isEmpty())
        return false;
    const double cpuDelta = cpu.value("cpu_usage"_L1).toObject().value("total_usage"_L1).toDouble()
                            - precpu.value("cpu_usage"_L1).toObject().value("total_usage"_L1).toDouble();
    const double systemDelta = cpu.value("system_cpu_usage"_L1).toDouble() - precpu.value("system_cpu_usage"_L1).toDouble();
    double cpus = cpu.value("online_cpus"_L1).toDouble();
    if (cpus <= 0)
        cpus = double(cpu.value("cpu_usage"_L1).toObject().value("percpu_usage"_L1).toArray().size());
    usage->cpuPercent = systemDelta > 0 && cpuDelta > 0 ? cpuDelta / systemDelta * cpus * 100.0 : 0.0;
    // Without the page cache the kernel can drop: cgroup v1 names it total_inactive_file, v2
    // inactive_file.
    const QJsonObject stats = memory.value("stats"_L1).toObject();
    const qint64 used = qint64(memory.value("usage"_L1).toDouble());
    const qint64 cache = qint64(stats.contains("total_inactive_file"_L1) ? stats.value("total_inactive_file"_L1).toDouble()
                                                                        : stats.value("inactive_file"_L1).toDouble());
    usage->memoryBytes = cache < used ? used - cache : used;
    usage->memoryLimitBytes = qint64(memory.value("limit"_L1).toDouble());
    return true;
}

} // namespace Berth
