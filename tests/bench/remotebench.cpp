// The remote section: the status and log measures again, on an engine that is really remote
// (packaging/remote-engine: its own network namespace, dockerd and sshd), through Berth's one
// ssh tunnel (SshTunnel), as a project on an ssh:// engine runs. Keys: remote_ + the local ones.
#include "benchengine.h"
#include "benchutil.h"

#include "docker/sshtunnel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QJsonObject>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Berth::Bench {

QJsonObject runStatusBench(int idleSeconds);
QJsonObject runLogBench(qint64 lines, bool withPipe);

namespace {

QString script(const char *name)
{
    return QStringLiteral(BERTH_SOURCE_DIR) + u"/packaging/"_s + QLatin1StringView(name);
}

// Sets an environment variable for the scope's length (the measures read DOCKER_HOST).
class ScopedEnv
{
public:
    ScopedEnv(const char *name, const QByteArray &value)
        : m_name(name)
        , m_had(qEnvironmentVariableIsSet(name))
        , m_old(qgetenv(name))
    {
        qputenv(name, value);
    }
    ~ScopedEnv()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }
    ScopedEnv(const ScopedEnv &) = delete;
    ScopedEnv &operator=(const ScopedEnv &) = delete;

private:
    const char *m_name;
    bool m_had;
    QByteArray m_old;
};

} // namespace

QJsonObject runRemoteBench(qint64 logLines)
{
    QJsonObject result;
    const QString state = u"/tmp/bR-%1"_s.arg(QCoreApplication::applicationPid());
    QByteArray out;
    if (runProgram(script("remote-engine"), {u"start"_s, state}, &out, 300000) != 0) {
        report(u"remote: packaging/remote-engine start failed (it needs root and ip netns); not measured"_s);
        return result;
    }
    QHash<QString, QString> remote;
    for (const QByteArray &line : out.split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (line.startsWith("REMOTE_") && eq > 0)
            remote.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    const auto logins = [&] {
        QByteArray count;
        runProgram(script("remote-engine"), {u"logins"_s, state}, &count);
        return count.trimmed().toInt();
    };
    {
        // The busybox image, loaded through the engine's own socket (set-up, not measured).
        ScopedEnv setup("DOCKER_HOST", remote.value(u"REMOTE_DOCKER_HOST"_s).toUtf8());
        if (runProgram(script("engine"), {u"image"_s, u"busybox"_s}) != 0) {
            report(u"remote: importing the busybox image failed; not measured"_s);
            runProgram(script("remote-engine"), {u"stop"_s, state});
            return result;
        }
    }
    SshTunnel tunnel(u"ssh://%1@%2"_s.arg(remote.value(u"REMOTE_USER"_s), remote.value(u"REMOTE_ADDRESS"_s)));
    tunnel.setExtraOptions({u"-F"_s, remote.value(u"REMOTE_SSH_CONFIG"_s)});
    tunnel.start();
    if (!waitFor([&] { return tunnel.state() == SshTunnel::State::Up || tunnel.state() == SshTunnel::State::Failed; },
                   30000)
        || tunnel.state() != SshTunnel::State::Up) {
        report(u"remote: the ssh tunnel did not come up: %1; not measured"_s.arg(tunnel.describe()));
        tunnel.stop();
        runProgram(script("remote-engine"), {u"stop"_s, state});
        return result;
    }
    report(u"remote: engine at %1 in its own network namespace, reached through one ssh tunnel (%2)"_s
               .arg(remote.value(u"REMOTE_ADDRESS"_s), tunnel.dockerHost()));
    QJsonObject measured;
    {
        ScopedEnv through("DOCKER_HOST", tunnel.dockerHost().toUtf8());
        const QJsonObject status = runStatusBench(0);
        for (auto it = status.begin(); it != status.end(); ++it)
            measured.insert(it.key(), it.value());
        const QJsonObject log = runLogBench(logLines, false);
        for (auto it = log.begin(); it != log.end(); ++it)
            measured.insert(it.key(), it.value());
    }
    for (auto it = measured.begin(); it != measured.end(); ++it)
        result.insert(u"remote_"_s + it.key(), it.value());
    report(u"remote: status p95 %1 ms after the event (target <= 150), log ingest ratio %2 against docker logs -f "
           u"> /dev/null over the same tunnel (target >= 0.85); sshd accepted %3 login(s), the tunnel made %4 "
           u"connection(s)"_s
               .arg(measured.value(u"status_p95_ms_after_event"_s).toDouble(), 0, 'f', 1)
               .arg(measured.value(u"log_ingest_ratio"_s).toDouble(), 0, 'f', 2)
               .arg(logins())
               .arg(tunnel.connections()));
    result.insert(u"remote_ssh_logins"_s, logins());
    tunnel.stop();
    runProgram(script("remote-engine"), {u"stop"_s, state});
    return result;
}

} // namespace Berth::Bench
