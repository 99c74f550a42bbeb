#include "localconnection.h"

#include <QSocketNotifier>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#ifndef MSG_NOSIGNAL // macOS: SO_NOSIGPIPE on the socket instead
#define MSG_NOSIGNAL 0
#endif

namespace Berth {

LocalConnection::LocalConnection(QObject *parent)
    : QObject(parent)
{
}

LocalConnection::~LocalConnection()
{
    close();
}

void LocalConnection::connectTo(const QString &path)
{
    close();
    const auto failLater = [this](const QString &error) {
        QMetaObject::invokeMethod(this, [this, error] { Q_EMIT failed(error); }, Qt::QueuedConnection);
    };
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray encoded = path.toLocal8Bit();
    if (encoded.isEmpty() || std::size_t(encoded.size()) >= sizeof address.sun_path) {
        failLater(tr("The socket's path is too long for this system: %1").arg(path));
        return;
    }
    std::memcpy(address.sun_path, encoded.constData(), std::size_t(encoded.size()));
#ifdef SOCK_CLOEXEC
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
#else
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
#endif
    if (fd < 0) {
        failLater(QString::fromLocal8Bit(std::strerror(errno)));
        return;
    }
    int rc;
    do {
        rc = ::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address);
    } while (rc != 0 && errno == EINTR);
    if (rc != 0) {
        const QString error = QString::fromLocal8Bit(std::strerror(errno));
        ::close(fd);
        failLater(error);
        return;
    }
#ifndef SOCK_CLOEXEC
    ::fcntl(fd, F_SETFD, FD_CLOEXEC);
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
#endif
#ifdef SO_NOSIGPIPE
    const int on = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &on, sizeof on);
#endif
    m_fd = fd;
    m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &LocalConnection::onReadable);
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_fd >= 0)
                Q_EMIT connected();
        },
        Qt::QueuedConnection);
}

bool LocalConnection::write(const QByteArray &data)
{
    qsizetype sent = 0;
    while (m_fd >= 0 && sent < data.size()) {
        const ssize_t n = ::send(int(m_fd), data.constData() + sent, std::size_t(data.size() - sent), MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            // A request is far smaller than a socket's buffer; wait for room if it ever is not.
            fd_set writable;
            FD_ZERO(&writable);
            FD_SET(int(m_fd), &writable);
            timeval timeout{5, 0};
            if (::select(int(m_fd) + 1, nullptr, &writable, nullptr, &timeout) <= 0)
                return false;
            continue;
        }
        if (n <= 0)
            return false;
        sent += n;
    }
    return m_fd >= 0;
}

QByteArray LocalConnection::readAll()
{
    return std::exchange(m_pending, {});
}

void LocalConnection::onReadable()
{
    bool ended = false;
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(int(m_fd), buffer, sizeof buffer);
        if (n > 0) {
            m_pending.append(buffer, n);
            if (std::size_t(n) < sizeof buffer)
                break; // drained for now
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            break;
        ended = true; // 0: closed by the other end; < 0: broken
        break;
    }
    if (!m_pending.isEmpty())
        Q_EMIT readyRead();
    if (ended && m_fd >= 0) {
        close();
        Q_EMIT disconnected();
    }
}

void LocalConnection::close()
{
    if (m_notifier) {
        m_notifier->setEnabled(false);
        m_notifier->deleteLater();
        m_notifier = nullptr;
    }
    if (m_fd >= 0) {
        ::close(int(m_fd));
        m_fd = -1;
    }
}

} // namespace Berth
