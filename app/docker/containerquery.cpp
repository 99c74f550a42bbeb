#include "containerquery.h"

#include "enginestream.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace Berth {

namespace {

// The API's list is bounded by what the daemon holds; a body past this is not its answer.
constexpr qsizetype maxBodyBytes = 64 * 1024 * 1024;

// "Up 3 minutes (healthy)", "Up 2 seconds (health: starting)": the health compose ps reports.
QString healthOf(const QString &status)
{
    if (status.endsWith("(healthy)"_L1))
        return u"healthy"_s;
    if (status.endsWith("(unhealthy)"_L1))
        return u"unhealthy"_s;
    if (status.endsWith("(health: starting)"_L1))
        return u"starting"_s;
    return {};
}

// "Exited (137) 5 seconds ago", "Restarting (1) 2 seconds ago": the code in brackets.
int exitCodeOf(const QString &status)
{
    static const QRegularExpression code(u"^(?:Exited|Restarting) \\((-?\\d+)\\)"_s);
    const QRegularExpressionMatch match = code.match(status);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

ContainerStatus fromSummary(const QJsonObject &object)
{
    ContainerStatus status;
    status.id = object.value("Id"_L1).toString().left(12);
    const QJsonArray names = object.value("Names"_L1).toArray();
    status.name = names.isEmpty() ? QString() : names.first().toString();
    if (status.name.startsWith(u'/'))
        status.name.remove(0, 1);
    status.service = object.value("Labels"_L1).toObject().value("com.docker.compose.service"_L1).toString();
    status.state = object.value("State"_L1).toString();
    status.status = object.value("Status"_L1).toString();
    status.health = healthOf(status.status);
    status.exitCode = exitCodeOf(status.status);
    for (const QJsonValue &value : object.value("Ports"_L1).toArray()) {
        const QJsonObject p = value.toObject();
        PortMapping port;
        port.hostIp = p.value("IP"_L1).toString();
        port.published = p.value("PublicPort"_L1).toInt();
        port.target = p.value("PrivatePort"_L1).toInt();
        port.protocol = p.value("Type"_L1).toString(u"tcp"_s);
        status.ports.append(port);
    }
    // Compose lists a container's ports by target, then host address.
    std::sort(status.ports.begin(), status.ports.end(), [](const PortMapping &a, const PortMapping &b) {
        return std::tie(a.target, a.published, a.hostIp, a.protocol) < std::tie(b.target, b.published, b.hostIp, b.protocol);
    });
    return status;
}

} // namespace

ContainerQuery::ContainerQuery(QObject *parent)
    : QObject(parent)
    , m_stream(new EngineStream(this))
{
    connect(m_stream, &EngineStream::standardOutputRead, this, [this](const QByteArray &data) {
        if (m_body.size() + data.size() <= maxBodyBytes) {
            m_body += data;
            return;
        }
        m_tooLarge = true;
        m_stream->cancel(); // reported below
    });
    connect(m_stream, &EngineStream::finished, this, [this] {
        m_outcome = m_stream->outcome();
        if (m_outcome == Outcome::Cancelled && !m_tooLarge)
            return; // cancel() asked for it: no finished()
        if (m_outcome == Outcome::Succeeded) {
            if (!parse(m_body, &m_statuses, &m_error))
                m_outcome = Outcome::Failed;
        } else if (m_tooLarge) {
            m_outcome = Outcome::Failed;
            m_error = tr("The Docker daemon's list of containers is larger than Berth reads.");
        } else {
            if (m_outcome != Outcome::FailedToConnect)
                m_outcome = Outcome::Failed;
            m_error = m_stream->errorMessage();
        }
        m_body.clear();
        Q_EMIT finished();
    });
}

ContainerQuery::~ContainerQuery() = default;

QString ContainerQuery::path(const QString &projectName)
{
    QJsonArray labels;
    labels.append(QString(u"com.docker.compose.project="_s + projectName));
    QJsonObject filters;
    filters.insert(u"label"_s, labels);
    const QByteArray json = QJsonDocument(filters).toJson(QJsonDocument::Compact);
    // EngineStream percent-encodes the request line.
    return u"/containers/json?all=1&filters="_s + QString::fromUtf8(json);
}

bool ContainerQuery::parse(const QByteArray &json, QList<ContainerStatus> *statuses, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray()) {
        *error = tr("The Docker daemon's list of containers is not the JSON array Berth expects (%1).")
                     .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString() : u"not an array"_s);
        return false;
    }
    QList<ContainerStatus> result;
    const QJsonArray array = document.array();
    result.reserve(array.size());
    for (const QJsonValue &value : array) {
        if (value.isObject())
            result.append(fromSummary(value.toObject()));
    }
    std::sort(result.begin(), result.end(),
              [](const ContainerStatus &a, const ContainerStatus &b) { return a.name < b.name; });
    *statuses = result;
    return true;
}

void ContainerQuery::start(const QString &socket, const QString &projectName)
{
    m_body.clear();
    m_statuses.clear();
    m_error.clear();
    m_tooLarge = false;
    m_outcome = Outcome::NotFinished;
    m_stream->get(socket, path(projectName));
}

void ContainerQuery::cancel()
{
    if (!m_stream->isRunning())
        return;
    m_outcome = Outcome::Cancelled;
    m_stream->cancel();
}

bool ContainerQuery::isRunning() const
{
    return m_stream->isRunning();
}

} // namespace Berth
