#pragma once

#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QString>

#include <memory>

class QFileSystemWatcher;
class QTemporaryDir;
class QTimer;

namespace Berth {

class CommandJob;

// One ssh connection to a remote engine, however many docker processes use it. The docker CLI
// opens an ssh login for every process it runs on an ssh:// engine (docker/cli#2303), and
// Berth runs many at once (the event stream, a log stream per container, the actions), which
// sshd's MaxStartups and MaxSessions refuse. The tunnel forwards a private local socket to
// the engine's socket:
//   ssh -NT -o BatchMode=yes -o ExitOnForwardFailure=yes -o ServerAliveInterval=15
//       -L SOCKET:/var/run/docker.sock [-p PORT] [USER@]HOST
// and every docker child gets DOCKER_HOST=unix://SOCKET (dockerHost()). Where ssh cannot
// forward a unix socket (Windows' OpenSSH), it forwards a loopback TCP port instead:
//   -L 127.0.0.1:PORT:/var/run/docker.sock, DOCKER_HOST=tcp://127.0.0.1:PORT
// (any program of any user on this computer can reach that port while the tunnel is up). A
// port someone else took meanwhile makes ssh exit at once; another port is tried. BatchMode: a host key
// or a password prompt never waits for an answer; ssh's own error line is reported instead.
// When a tunnel that was up drops, it starts again after 1, 2, 4 ... 30 s; one that never came
// up stops at its first failure (a wrong key does not become right by retrying) until retry().
// Destroying it stops ssh and removes the socket's folder.
class SshTunnel : public QObject
{
    Q_OBJECT
public:
    enum class State { Stopped, Connecting, Up, Reconnecting, Failed };
    Q_ENUM(State)
    // What ssh forwards on this side: a private unix socket, or a loopback TCP port.
    enum class Forward { UnixSocket, LoopbackTcp };
    Q_ENUM(Forward)
    // Where ssh forwards unix sockets (not on Windows).
    static Forward platformForward();

    // endpoint: ssh://[USER@]HOST[:PORT]
    explicit SshTunnel(const QString &endpoint, QObject *parent = nullptr);
    ~SshTunnel() override;

    // The ssh program (found on PATH by default) and its environment.
    void setProgram(const QString &ssh) { m_program = ssh; }
    void setProcessEnvironment(const QProcessEnvironment &environment) { m_environment = environment; }
    // Options before the destination (tests: -i KEY, -o UserKnownHostsFile=...).
    void setExtraOptions(const QStringList &options) { m_extraOptions = options; }
    // The engine's socket on the remote machine.
    void setRemoteSocket(const QString &path) { m_remoteSocket = path; }
    void setMaxDelay(int milliseconds) { m_maxDelay = milliseconds; }
    // platformForward() unless set (tests use the TCP forward on Linux too).
    void setForward(Forward forward) { m_forward = forward; }
    Forward forward() const { return m_forward; }

    // The ssh arguments for endpoint, forwarding localSocket (a path, or 127.0.0.1:PORT); empty
    // when endpoint is no ssh URL.
    static QStringList arguments(const QString &endpoint, const QString &localSocket, const QString &remoteSocket,
                                 const QStringList &extraOptions = {});

    void start();
    void stop();
    // After Failed: try again now.
    void retry();

    State state() const { return m_state; }
    QString endpoint() const { return m_endpoint; }
    // unix://SOCKET or tcp://127.0.0.1:PORT while Up, else "".
    QString dockerHost() const;
    // ssh's last words when it failed or dropped ("Permission denied (publickey).").
    QString error() const { return m_error; }
    // How many times ssh was started (1 plus the reconnects).
    int connections() const { return m_connections; }
    // One sentence for the panel: the state, and what to do about a failure.
    QString describe() const;

Q_SIGNALS:
    void stateChanged();

private:
    void launch();
    bool prepareUnixSocket();
    void checkSocket();
    void onLine(const QString &line);
    void onFinished();
    void setState(State state);

    QString m_endpoint;
    QString m_program;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
    QStringList m_extraOptions;
    QString m_remoteSocket = QStringLiteral("/var/run/docker.sock");
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_socket; // the unix socket's path, or 127.0.0.1:PORT
    Forward m_forward = platformForward();
    int m_portAttempts = 0; // TCP: ports found taken in a row
    bool m_portTaken = false; // TCP: ssh could not listen on the port
    QPointer<CommandJob> m_job;
    QFileSystemWatcher *m_watcher;
    QTimer *m_restart;
    QString m_error;
    State m_state = State::Stopped;
    int m_delay = 1000;
    int m_maxDelay = 30000;
    int m_connections = 0;
    bool m_wasUp = false;
};

} // namespace Berth
