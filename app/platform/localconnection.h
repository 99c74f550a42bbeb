#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

class QSocketNotifier;

namespace Berth {

// A stream connection to a local socket: a unix socket's path (Linux, macOS), read without
// blocking as data comes. Berth's own, not QLocalSocket, so that Berth does not load Qt Network
// (and with it Kerberos and libproxy) at every start for the Engine API's socket alone.
// On Windows, where the engine listens on a named pipe, it is not available yet: connectTo()
// fails, and the caller uses the docker CLI.
class LocalConnection : public QObject
{
    Q_OBJECT
public:
    explicit LocalConnection(QObject *parent = nullptr);
    ~LocalConnection() override;

    // connected() or failed() follows, never within this call.
    void connectTo(const QString &path);
    // Sends all of data (a request: small); false when the connection is gone.
    bool write(const QByteArray &data);
    // What has arrived since the last call.
    QByteArray readAll();
    void close();
    bool isOpen() const { return m_fd >= 0; }

Q_SIGNALS:
    void connected();
    void readyRead();
    // The other end closed the connection (after a last readyRead), or it broke.
    void disconnected();
    void failed(const QString &error);

private:
    void onReadable();

    qintptr m_fd = -1;
    QSocketNotifier *m_notifier = nullptr;
    QByteArray m_pending;
};

} // namespace Berth
