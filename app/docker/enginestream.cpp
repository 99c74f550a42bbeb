#include "enginestream.h"

#include "platform/localconnection.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Berth {

namespace {

constexpr qsizetype maxHeadBytes = 64 * 1024;
constexpr qsizetype maxErrorBodyBytes = 64 * 1024;

// The value of a header line "Name: value" when its name is `name` (any case).
bool headerValue(QByteArrayView line, QByteArrayView name, QByteArray *value)
{
    const qsizetype colon = line.indexOf(':');
    if (colon < 0 || line.first(colon).trimmed().compare(name, Qt::CaseInsensitive) != 0)
        return false;
    *value = line.sliced(colon + 1).trimmed().toByteArray();
    return true;
}

} // namespace

EngineStream::EngineStream(QObject *parent)
    : QObject(parent)
{
}

EngineStream::~EngineStream()
{
    if (m_socket)
        m_socket->disconnect(this);
}

void EngineStream::dropSocket()
{
    if (!m_socket)
        return;
    m_socket->disconnect(this);
    m_socket->close();
    m_socket->deleteLater();
    m_socket = nullptr;
}

QString EngineStream::socketOf(const QString &endpoint)
{
    if (endpoint.startsWith("unix://"_L1, Qt::CaseInsensitive)) {
        const QString path = endpoint.mid(7);
        return path.startsWith(u'/') ? path : QString();
    }
    if (endpoint.startsWith("npipe://"_L1, Qt::CaseInsensitive)) {
        // npipe:////./pipe/docker_engine: the path after the scheme, slashes as backslashes.
        QString path = endpoint.mid(8);
        path.replace(u'/', u'\\');
        return path.startsWith("\\\\.\\pipe\\"_L1) ? path : QString();
    }
    return {};
}

void EngineStream::get(const QString &socket, const QString &path)
{
    dropSocket();
    ++m_generation;
    m_buffer.clear();
    m_frame.clear();
    m_out.clear();
    m_err.clear();
    m_body = Body::Head;
    m_left = 0;
    m_chunkCrlf = 0;
    m_frameLeft = 0;
    m_framing = Framing::Unknown;
    m_status = 0;
    m_outcome = Outcome::NotFinished;
    m_error.clear();
    m_running = true;
    m_socket = new LocalConnection(this);
    connect(m_socket, &LocalConnection::connected, this, [this, path] {
        const QByteArray request = "GET " + QUrl::toPercentEncoding(path, "/?&=.:-_~")
                                   + " HTTP/1.1\r\nHost: docker\r\nUser-Agent: Berth\r\nConnection: close\r\n\r\n";
        if (!m_socket->write(request))
            finish(Outcome::FailedToConnect, tr("Could not send the request to the Docker daemon."));
    });
    connect(m_socket, &LocalConnection::readyRead, this, &EngineStream::onReadyRead);
    connect(m_socket, &LocalConnection::disconnected, this, &EngineStream::onDisconnected);
    connect(m_socket, &LocalConnection::failed, this, [this, socket](const QString &error) {
        finish(Outcome::FailedToConnect, tr("Cannot connect to the Docker daemon at %1: %2").arg(socket, error));
    });
    m_socket->connectTo(socket);
}

void EngineStream::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    dropSocket();
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, generation] {
            if (generation != m_generation)
                return; // a new read has started since
            m_outcome = Outcome::Cancelled;
            Q_EMIT finished();
        },
        Qt::QueuedConnection);
}

void EngineStream::onReadyRead()
{
    if (!m_socket)
        return;
    m_buffer += m_socket->readAll();
    parse();
    // This read's output, one call per stream (before finished(), which parse() may emit).
    if (!m_out.isEmpty()) {
        const QByteArray out = std::exchange(m_out, {});
        Q_EMIT standardOutputRead(out);
    }
    if (!m_err.isEmpty()) {
        const QByteArray err = std::exchange(m_err, {});
        Q_EMIT standardErrorRead(err);
    }
    if (m_body == Body::Done && m_running)
        finishBody();
}

void EngineStream::parse()
{
    qsizetype at = 0;
    while (at < m_buffer.size() && m_body != Body::Done) {
        if (m_body == Body::Head) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n", at);
            if (end < 0) {
                if (m_buffer.size() - at > maxHeadBytes)
                    failLater(tr("The Docker daemon's answer has no end to its headers."));
                break;
            }
            if (!parseHead(QByteArrayView(m_buffer).sliced(at, end - at)))
                break;
            at = end + 4;
            continue;
        }
        if (m_body == Body::Chunked) {
            if (m_chunkCrlf > 0) {
                const qsizetype skip = qMin<qsizetype>(m_chunkCrlf, m_buffer.size() - at);
                at += skip;
                m_chunkCrlf -= int(skip);
                continue;
            }
            if (m_left == 0) {
                const qsizetype end = m_buffer.indexOf("\r\n", at);
                if (end < 0)
                    break;
                QByteArrayView size = QByteArrayView(m_buffer).sliced(at, end - at);
                if (const qsizetype semicolon = size.indexOf(';'); semicolon >= 0)
                    size = size.first(semicolon);
                bool ok = false;
                m_left = size.trimmed().toLongLong(&ok, 16);
                at = end + 2;
                if (!ok || m_left < 0) {
                    failLater(tr("The Docker daemon's answer is not valid HTTP (a chunk's size)."));
                    break;
                }
                if (m_left == 0)
                    m_body = Body::Done; // the last chunk (trailers are of no interest)
                continue;
            }
            const qsizetype take = qMin<qsizetype>(m_left, m_buffer.size() - at);
            takeBody(m_buffer.constData() + at, take);
            at += take;
            m_left -= take;
            if (m_left == 0)
                m_chunkCrlf = 2;
            continue;
        }
        // Length or UntilClose.
        const qsizetype take = m_body == Body::Length ? qMin<qsizetype>(m_left, m_buffer.size() - at) : m_buffer.size() - at;
        takeBody(m_buffer.constData() + at, take);
        at += take;
        if (m_body == Body::Length) {
            m_left -= take;
            if (m_left == 0)
                m_body = Body::Done;
        }
    }
    m_buffer.remove(0, at);
}

bool EngineStream::parseHead(QByteArrayView head)
{
    const QList<QByteArrayView> lines = [&] {
        QList<QByteArrayView> result;
        qsizetype from = 0;
        while (from <= head.size()) {
            const qsizetype end = head.indexOf("\r\n", from);
            result.append(head.sliced(from, (end < 0 ? head.size() : end) - from));
            if (end < 0)
                break;
            from = end + 2;
        }
        return result;
    }();
    // HTTP/1.1 200 OK
    const QByteArrayView statusLine = lines.value(0);
    const qsizetype space = statusLine.indexOf(' ');
    bool ok = false;
    m_status = space > 0 ? statusLine.sliced(space + 1).first(qMin<qsizetype>(3, statusLine.size() - space - 1)).toInt(&ok) : 0;
    if (!statusLine.startsWith("HTTP/") || !ok) {
        failLater(tr("The Docker daemon's answer is not valid HTTP."));
        return false;
    }
    bool chunked = false;
    qint64 length = -1;
    QByteArray contentType;
    QByteArray apiVersion;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray value;
        if (headerValue(lines.at(i), "Transfer-Encoding", &value))
            chunked = value.toLower().contains("chunked");
        else if (headerValue(lines.at(i), "Content-Length", &value))
            length = value.toLongLong();
        else if (headerValue(lines.at(i), "Content-Type", &value))
            contentType = value.toLower();
        else if (headerValue(lines.at(i), "Api-Version", &value))
            apiVersion = value;
    }
    m_body = chunked ? Body::Chunked : length >= 0 ? Body::Length : Body::UntilClose;
    m_left = chunked ? 0 : length;
    if (m_body == Body::Length && m_left == 0)
        m_body = Body::Done;
    // Since API 1.42 the type says whether a container's output is multiplexed; before, both
    // were "raw-stream" and the first bytes tell (demultiplex() sniffs).
    if (contentType.startsWith("application/vnd.docker.multiplexed-stream"))
        m_framing = Framing::Multiplexed;
    else if (contentType.startsWith("application/vnd.docker.raw-stream")) {
        const QList<QByteArray> version = apiVersion.split('.');
        const bool typed = version.size() == 2 && (version.at(0).toInt() > 1 || version.at(1).toInt() >= 42);
        m_framing = typed ? Framing::Raw : Framing::Unknown;
    } else {
        m_framing = Framing::Raw;
    }
    return true;
}

void EngineStream::takeBody(const char *data, qsizetype size)
{
    if (size <= 0)
        return;
    if (m_status >= 300) {
        // An error: its JSON body, read whole (but bounded).
        if (m_frame.size() < maxErrorBodyBytes)
            m_frame.append(data, qMin(size, maxErrorBodyBytes - m_frame.size()));
        return;
    }
    if (m_framing == Framing::Unknown) {
        // A multiplexed stream starts with a frame header: 0, 1 or 2, then three zero bytes.
        m_frame.append(data, size);
        if (m_frame.size() < 4)
            return;
        const QByteArray pending = std::exchange(m_frame, {});
        const bool header = quint8(pending.at(0)) <= 2 && pending.at(1) == 0 && pending.at(2) == 0 && pending.at(3) == 0;
        m_framing = header ? Framing::Multiplexed : Framing::Raw;
        takeBody(pending.constData(), pending.size());
        return;
    }
    if (m_framing == Framing::Raw) {
        m_out.append(data, size);
        return;
    }
    demultiplex(data, size);
}

void EngineStream::demultiplex(const char *data, qsizetype size)
{
    while (size > 0) {
        if (m_frameLeft == 0) {
            const qsizetype need = qMin<qsizetype>(8 - m_frame.size(), size);
            m_frame.append(data, need);
            data += need;
            size -= need;
            if (m_frame.size() < 8)
                return;
            const auto byte = [this](int i) { return quint32(quint8(m_frame.at(i))); };
            m_frameStderr = m_frame.at(0) == 2;
            m_frameLeft = qint64((byte(4) << 24) | (byte(5) << 16) | (byte(6) << 8) | byte(7));
            m_frame.clear();
            continue;
        }
        const qsizetype take = qMin<qsizetype>(m_frameLeft, size);
        (m_frameStderr ? m_err : m_out).append(data, take);
        data += take;
        size -= take;
        m_frameLeft -= take;
    }
}

void EngineStream::onDisconnected()
{
    if (!m_running)
        return;
    if (!m_running)
        return;
    if (m_body == Body::UntilClose || m_body == Body::Done)
        finishBody();
    else
        finish(Outcome::Failed, tr("The connection to the Docker daemon ended in the middle of the stream."));
}

void EngineStream::finishBody()
{
    if (m_status >= 300) {
        const QString message = QJsonDocument::fromJson(m_frame).object().value(u"message"_s).toString();
        finish(Outcome::Failed, u"Error response from daemon: "_s
                                    + (message.isEmpty() ? QString::fromUtf8(m_frame).trimmed() : message));
        return;
    }
    finish(Outcome::Succeeded);
}

void EngineStream::failLater(const QString &error)
{
    m_body = Body::Done;
    m_status = 0;
    m_pendingError = error;
}

void EngineStream::finish(Outcome outcome, const QString &error)
{
    if (!m_pendingError.isEmpty()) {
        outcome = Outcome::Failed;
        m_error = std::exchange(m_pendingError, {});
    } else {
        m_error = error;
    }
    m_running = false;
    m_outcome = outcome;
    dropSocket();
    Q_EMIT finished();
}

} // namespace Berth
