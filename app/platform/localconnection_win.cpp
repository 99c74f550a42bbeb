#include "localconnection.h"

namespace Berth {

// Docker Desktop on Windows listens on a named pipe, which this class does not open yet: the
// caller reads with the docker CLI instead.

LocalConnection::LocalConnection(QObject *parent)
    : QObject(parent)
{
}

LocalConnection::~LocalConnection() = default;

void LocalConnection::connectTo(const QString &path)
{
    // Never shown: EngineStream's caller goes on with the docker CLI on this failure.
    QMetaObject::invokeMethod(
        this, [this, path] { Q_EMIT failed(QStringLiteral("named pipe %1 not opened directly").arg(path)); },
        Qt::QueuedConnection);
}

bool LocalConnection::write(const QByteArray &)
{
    return false;
}

QByteArray LocalConnection::readAll()
{
    return std::exchange(m_pending, {});
}

void LocalConnection::onReadable()
{
}

void LocalConnection::close()
{
}

} // namespace Berth
