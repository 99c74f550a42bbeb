#include "sshtunnel.h"

#include "platform/hostsystem.h"
#include "platform/systemprobes.h"
#include "process/commandjob.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Berth {

SshTunnel::SshTunnel(const QString &endpoint, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_watcher(new QFileSystemWatcher(this))
    , m_restart(new QTimer(this))
{
    m_restart->setSingleShot(true);
    connect(m_restart, &QTimer::timeout, this, &SshTunnel::launch);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &SshTunnel::checkSocket);
}

// The job is a child: destroying it stops ssh's process group without waiting.
SshTunnel::~SshTunnel() = default;

namespace {

// ssh -v says this once the forward listens (after the login): the tunnel is up.
constexpr QLatin1StringView TcpListening("Local forwarding listening on 127.0.0.1 port ");
constexpr int MaxPortAttempts = 8;

// A port in the dynamic range that nothing listens on now (as far as this platform can tell).
int freeLoopbackPort()
{
    const QSet<int> taken = Platform::listeningTcpPorts();
    for (;;) {
        const int port = int(QRandomGenerator::global()->bounded(49152, 65536));
        if (!taken.contains(port))
            return port;
    }
}

} // namespace

SshTunnel::Forward SshTunnel::platformForward()
{
    return Platform::currentOs() == Platform::Os::Windows ? Forward::LoopbackTcp : Forward::UnixSocket;
}

QStringList SshTunnel::arguments(const QString &endpoint, const QString &localSocket, const QString &remoteSocket,
                                 const QStringList &extraOptions)
{
    const QUrl url(endpoint);
    if (url.scheme() != "ssh"_L1 || url.host().isEmpty())
        return {};
    QStringList args = {u"-NT"_s,
                        u"-o"_s, u"BatchMode=yes"_s,
                        u"-o"_s, u"ExitOnForwardFailure=yes"_s,
                        u"-o"_s, u"ServerAliveInterval=15"_s,
                        u"-o"_s, u"ServerAliveCountMax=3"_s,
                        u"-o"_s, u"ConnectTimeout=15"_s,
                        u"-o"_s, u"StreamLocalBindUnlink=yes"_s,
                        u"-L"_s, localSocket + u':' + remoteSocket};
    if (url.port() > 0)
        args += {u"-p"_s, QString::number(url.port())};
    args += extraOptions;
    // "--" ends the options: a host name can never be taken for one.
    args += {u"--"_s, url.userName().isEmpty() ? url.host() : url.userName() + u'@' + url.host()};
    return args;
}

QString SshTunnel::dockerHost() const
{
    if (m_state != State::Up)
        return {};
    return (m_forward == Forward::LoopbackTcp ? u"tcp://"_s : u"unix://"_s) + m_socket;
}

void SshTunnel::start()
{
    if (m_state == State::Connecting || m_state == State::Up)
        return;
    m_delay = 1000;
    m_wasUp = false;
    m_portAttempts = 0;
    launch();
}

void SshTunnel::retry()
{
    m_restart->stop();
    start();
}

void SshTunnel::stop()
{
    m_restart->stop();
    if (m_job) {
        m_job->disconnect(this);
        m_job->deleteLater(); // stops ssh
        m_job = nullptr;
    }
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    m_dir.reset();
    m_socket.clear();
    setState(State::Stopped);
}

bool SshTunnel::prepareUnixSocket()
{
    if (!m_dir) {
        // A folder only this user can enter (QTemporaryDir makes it 0700), short enough for a
        // socket path (about 100 bytes at most).
        m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/berth-ssh-XXXXXX"_s);
        if (!m_dir->isValid()) {
            m_error = tr("cannot create a folder for the tunnel's socket: %1").arg(m_dir->errorString());
            m_dir.reset();
            return false;
        }
        m_socket = m_dir->filePath(u"docker.sock"_s);
        m_watcher->addPath(m_dir->path());
    }
    QFile::remove(m_socket);
    return true;
}

void SshTunnel::launch()
{
    QStringList options = m_extraOptions;
    if (m_forward == Forward::UnixSocket) {
        if (!prepareUnixSocket()) {
            setState(State::Failed);
            return;
        }
    } else {
        // The same port again after a drop (the children keep their DOCKER_HOST), unless it
        // was taken. Up is when ssh says the forward listens: ssh -v, whose debug lines are
        // not errors.
        if (m_socket.isEmpty() || m_portTaken)
            m_socket = u"127.0.0.1:%1"_s.arg(freeLoopbackPort());
        m_portTaken = false;
        options.prepend(u"-v"_s);
    }
    const QStringList args = arguments(m_endpoint, m_socket, m_remoteSocket, options);
    const QString ssh = m_program.isEmpty() ? QStandardPaths::findExecutable(u"ssh"_s) : m_program;
    if (args.isEmpty() || ssh.isEmpty()) {
        m_error = args.isEmpty() ? tr("%1 is not an ssh://[user@]host[:port] address").arg(m_endpoint)
                                 : tr("the ssh program was not found; install OpenSSH's client");
        setState(State::Failed);
        return;
    }
    if (m_job) {
        m_job->disconnect(this);
        m_job->deleteLater();
    }
    m_job = new CommandJob(ssh, args, this);
    m_job->setProcessEnvironment(m_environment);
    m_job->setStopGrace(300);
    m_error.clear();
    connect(m_job, &CommandJob::output, this, &SshTunnel::onLine);
    connect(m_job, &CommandJob::finished, this, &SshTunnel::onFinished);
    ++m_connections;
    setState(m_wasUp ? State::Reconnecting : State::Connecting);
    m_job->start();
}

void SshTunnel::onLine(const QString &line)
{
    const QString text = line.trimmed();
    // -v's own lines, and what it says about a session that went well, are not errors.
    static const QStringList verboseOnly{u"debug"_s, u"Authenticated to "_s, u"Transferred: "_s,
                                         u"Bytes per second: "_s};
    const bool verbose = m_forward == Forward::LoopbackTcp
        && std::any_of(verboseOnly.cbegin(), verboseOnly.cend(), [&text](const QString &p) { return text.startsWith(p); });
    if (verbose) {
        if (text.contains(TcpListening) && m_job && m_job->isRunning() && m_state != State::Up) {
            m_wasUp = true;
            m_delay = 1000;
            m_portAttempts = 0;
            m_error.clear(); // a warning on the way (a host key added) is no error
            setState(State::Up);
        }
        return;
    }
    if (text.contains(u"Address already in use"_s) || text.contains(u"cannot listen to port"_s))
        m_portTaken = true;
    if (!text.isEmpty())
        m_error = text; // ssh says one line about what went wrong
}

void SshTunnel::checkSocket()
{
    if (m_job && m_job->isRunning() && m_state != State::Up && QFileInfo::exists(m_socket)) {
        m_wasUp = true;
        m_delay = 1000;
        m_error.clear(); // a warning on the way (a host key added) is no error
        setState(State::Up);
    }
}

void SshTunnel::onFinished()
{
    if (m_error.isEmpty())
        m_error = m_job ? m_job->errorMessage() : QString();
    if (m_forward == Forward::LoopbackTcp) {
        // The port was taken between choosing it and ssh binding it: another one, at once.
        if (m_state != State::Up && m_portTaken && ++m_portAttempts < MaxPortAttempts) {
            launch();
            return;
        }
    } else {
        QFile::remove(m_socket);
    }
    if (!m_wasUp) {
        setState(State::Failed);
        return;
    }
    setState(State::Reconnecting);
    m_restart->start(m_delay);
    m_delay = qMin(m_delay * 2, m_maxDelay);
}

void SshTunnel::setState(State state)
{
    if (state == m_state && state != State::Reconnecting)
        return;
    m_state = state;
    Q_EMIT stateChanged();
}

QString SshTunnel::describe() const
{
    const QString host = QUrl(m_endpoint).host();
    switch (m_state) {
    case State::Stopped:
        return {};
    case State::Connecting:
        return tr("Connecting to %1 over ssh…").arg(host);
    case State::Up:
        return tr("Connected to %1 over one ssh connection.").arg(host);
    case State::Reconnecting:
        return m_error.isEmpty() ? tr("The ssh connection to %1 dropped; reconnecting…").arg(host)
                                 : tr("The ssh connection to %1 dropped (%2); reconnecting…").arg(host, m_error);
    case State::Failed:
        return tr("Cannot connect to %1 over ssh: %2. Check that `ssh %1` logs in without a question (a known "
                  "host key, a key the agent holds), then retry.")
            .arg(host, m_error.isEmpty() ? tr("ssh stopped") : m_error);
    }
    return {};
}

} // namespace Berth
