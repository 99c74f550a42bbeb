// The ssh tunnel to a remote engine, against a private OpenSSH server (Debian's sshd, on
// 127.0.0.1, key-only, MaxSessions and MaxStartups 3) in front of the test engine's socket:
// one ssh login carries many docker processes at once, a dropped connection comes back by
// itself, and a refused key or an unknown host key fail fast with ssh's own line.
#include "docker/sshtunnel.h"
#include "dockertest.h"
#include "process/commandjob.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Berth;

namespace {
constexpr int waitMs = 30000;

// A program run to its end (setup only).
bool run(const QString &program, const QStringList &arguments, QByteArray *out = nullptr)
{
    CommandJob job(program, arguments);
    job.setCollectStandardOutput(true);
    QSignalSpy done(&job, &CommandJob::finished);
    job.start();
    if (!done.wait(waitMs))
        return false;
    if (out)
        *out = job.standardOutput();
    return job.outcome() == CommandJob::Outcome::Succeeded;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

// Six `docker version` at once through host, each of which must succeed (a test's check).
static void sixClientsAtOnce(const QString &host)
{
    std::vector<std::unique_ptr<CommandJob>> jobs;
    const QProcessEnvironment env = DockerTest::environment(host);
    for (int i = 0; i < 6; ++i) {
        auto job = std::make_unique<CommandJob>(u"docker"_s, QStringList{u"version"_s, u"--format"_s, u"{{.Server.Version}}"_s});
        job->setProcessEnvironment(env);
        job->setCollectStandardOutput(true);
        job->start();
        jobs.push_back(std::move(job));
    }
    for (const auto &job : jobs) {
        QTRY_VERIFY_WITH_TIMEOUT(!job->isRunning(), waitMs);
        QVERIFY2(job->outcome() == CommandJob::Outcome::Succeeded, qPrintable(job->standardError()));
        QVERIFY(!job->standardOutput().trimmed().isEmpty());
    }
}

class TestSshTunnel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_sshd.reset(); }
    void oneLoginCarriesManyClients();
    void droppedConnectionComesBack();
    void refusedKeyFailsFast();
    void unknownHostKeyFailsFast();
    void loopbackTcpForward();
    void loopbackTcpRefusedKeySaysWhy();
    void notAnSshAddress();

private:
    void startSshd();
    std::unique_ptr<SshTunnel> tunnel(const QString &user, const QString &knownHosts);
    int acceptedLogins() const;

    QTemporaryDir m_dir;
    QString m_engineSocket;
    int m_port = 0;
    std::unique_ptr<CommandJob> m_sshd;
};

void TestSshTunnel::initTestCase()
{
    QString why;
    const QString host = DockerTest::dockerHost(&why);
    if (host.isEmpty())
        QSKIP(qPrintable(why));
    m_engineSocket = host.mid(QStringLiteral("unix://").size());
    const QString sshd = QStandardPaths::findExecutable(u"sshd"_s, {u"/usr/sbin"_s, u"/usr/bin"_s});
    const QString keygen = QStandardPaths::findExecutable(u"ssh-keygen"_s);
    if (sshd.isEmpty() || keygen.isEmpty() || QStandardPaths::findExecutable(u"ssh"_s).isEmpty())
        QSKIP("no OpenSSH here");
    QVERIFY(m_dir.isValid());
    const auto path = [this](const char *name) { return m_dir.filePath(QString::fromLatin1(name)); };
    QVERIFY(run(keygen, {u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, QString(), u"-f"_s, path("host_key")}));
    QVERIFY(run(keygen, {u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, QString(), u"-f"_s, path("client_key")}));
    QVERIFY(run(keygen, {u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, QString(), u"-f"_s, path("other_key")}));
    QVERIFY(QFile::copy(path("client_key.pub"), path("authorized_keys")));
    m_port = DockerTest::freePort();
    const QByteArray hostKey = readFile(path("host_key.pub")).trimmed();
    const QByteArray otherKey = readFile(path("other_key.pub")).trimmed();
    const QByteArray where = "[127.0.0.1]:" + QByteArray::number(m_port) + ' ';
    QVERIFY(DockerTest::writeFile(path("known_hosts"), where + hostKey + '\n'));
    QVERIFY(DockerTest::writeFile(path("wrong_known_hosts"), where + otherKey + '\n'));
    const QByteArray config = "Port " + QByteArray::number(m_port) + "\nListenAddress 127.0.0.1\n"
                              "HostKey " + path("host_key").toUtf8() + "\n"
                              "AuthorizedKeysFile " + path("authorized_keys").toUtf8() + "\n"
                              "PidFile " + path("sshd.pid").toUtf8() + "\n"
                              "PasswordAuthentication no\nKbdInteractiveAuthentication no\nUsePAM no\n"
                              "PermitRootLogin prohibit-password\nStrictModes no\nAllowStreamLocalForwarding yes\n"
                              "MaxSessions 3\nMaxStartups 3\nLogLevel INFO\n";
    QVERIFY(DockerTest::writeFile(path("sshd_config"), config));
    QDir().mkpath(u"/run/sshd"_s); // its privilege separation folder
    startSshd();
}

void TestSshTunnel::startSshd()
{
    const QString sshd = QStandardPaths::findExecutable(u"sshd"_s, {u"/usr/sbin"_s, u"/usr/bin"_s});
    m_sshd = std::make_unique<CommandJob>(sshd, QStringList{u"-D"_s, u"-f"_s, m_dir.filePath(u"sshd_config"_s), u"-E"_s,
                                                             m_dir.filePath(u"sshd.log"_s)});
    m_sshd->start();
    // Listening once its pid file is written.
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_dir.filePath(u"sshd.pid"_s)) || !m_sshd->isRunning(), waitMs);
    QVERIFY2(m_sshd->isRunning(), qPrintable(m_sshd->standardError()));
}

std::unique_ptr<SshTunnel> TestSshTunnel::tunnel(const QString &user, const QString &knownHosts)
{
    auto t = std::make_unique<SshTunnel>(u"ssh://%1@127.0.0.1:%2"_s.arg(user).arg(m_port));
    t->setRemoteSocket(m_engineSocket);
    t->setMaxDelay(1000);
    t->setExtraOptions({u"-F"_s, u"/dev/null"_s, u"-i"_s, m_dir.filePath(u"client_key"_s), u"-o"_s, u"IdentitiesOnly=yes"_s,
                        u"-o"_s, u"StrictHostKeyChecking=yes"_s, u"-o"_s,
                        u"UserKnownHostsFile="_s + m_dir.filePath(knownHosts)});
    return t;
}

int TestSshTunnel::acceptedLogins() const
{
    return int(readFile(m_dir.filePath(u"sshd.log"_s)).count("Accepted publickey"));
}

void TestSshTunnel::oneLoginCarriesManyClients()
{
    const int before = acceptedLogins();
    auto t = tunnel(u"root"_s, u"known_hosts"_s);
    t->start();
    QTRY_COMPARE_WITH_TIMEOUT(t->state(), SshTunnel::State::Up, waitMs);
    QVERIFY(t->dockerHost().startsWith(u"unix://"_s));
    // Six docker processes at once, twice sshd's MaxSessions: through one login they all work.
    sixClientsAtOnce(t->dockerHost());
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(acceptedLogins() - before, 1);
    QCOMPARE(t->connections(), 1);
    t.reset(); // stops ssh and removes the socket's folder
}

void TestSshTunnel::droppedConnectionComesBack()
{
    const int before = acceptedLogins();
    auto t = tunnel(u"root"_s, u"known_hosts"_s);
    t->start();
    QTRY_COMPARE_WITH_TIMEOUT(t->state(), SshTunnel::State::Up, waitMs);
    const QString host = t->dockerHost();
    // The tunnel's ssh dies (its socket's path names it uniquely): the tunnel says so and
    // connects again by itself, on the same socket for the children.
    const QString socket = host.mid(QStringLiteral("unix://").size());
    QVERIFY(run(u"pkill"_s, {u"-KILL"_s, u"-f"_s, u"--"_s, socket + u':'}));
    QTRY_COMPARE_WITH_TIMEOUT(t->state(), SshTunnel::State::Reconnecting, waitMs);
    QVERIFY(t->dockerHost().isEmpty());
    QVERIFY(t->describe().contains(u"reconnecting"_s));
    QTRY_COMPARE_WITH_TIMEOUT(t->state(), SshTunnel::State::Up, waitMs);
    QCOMPARE(t->dockerHost(), host);
    QCOMPARE(t->connections(), 2);
    QCOMPARE(DockerTest::docker({u"version"_s, u"--format"_s, u"{{.Server.Version}}"_s}, nullptr,
                                DockerTest::environment(t->dockerHost())),
             0);
    QCOMPARE(acceptedLogins() - before, 2); // one login, and one for the reconnect
}

void TestSshTunnel::refusedKeyFailsFast()
{
    auto t = tunnel(u"nobody"_s, u"known_hosts"_s);
    t->start();
    QTRY_COMPARE_WITH_TIMEOUT(t->state(), SshTunnel::State::Failed, waitMs);
    QVERIFY2(t->error().contains(u"Permission denied"_s), qPrintable(t->error()));
    QVERIFY(t->describe().contains(u"retry"_s));
    QCOMPARE(t->connections(), 1); // a refused key is not tried again by itself
}

void TestSshTunnel::unknownHostKeyFailsFast()
{
    auto t = tunnel(u"root"_s, u"wrong_known_hosts"_s);
    t->start();
    QTRY_COMPARE_WITH_TIMEOUT(t->state(), SshTunnel::State::Failed, waitMs);
    QVERIFY2(t->error().contains(u"Host key verification failed"_s), qPrintable(t->error()));
}

void TestSshTunnel::loopbackTcpForward()
{
    // Windows' forward, on this machine: a loopback TCP port, DOCKER_HOST=tcp://127.0.0.1:PORT.
    const int before = acceptedLogins();
    auto t = tunnel(u"root"_s, u"known_hosts"_s);
    t->setForward(SshTunnel::Forward::LoopbackTcp);
    t->start();
    QTRY_COMPARE_WITH_TIMEOUT(t->state(), SshTunnel::State::Up, waitMs);
    const QString host = t->dockerHost();
    QVERIFY2(host.startsWith(u"tcp://127.0.0.1:"_s), qPrintable(host));
    sixClientsAtOnce(host);
    if (QTest::currentTestFailed())
        return;
    const QProcessEnvironment env = DockerTest::environment(host);
    QCOMPARE(acceptedLogins() - before, 1);
    // ssh -v's debug lines are not taken for an error.
    QVERIFY2(t->error().isEmpty(), qPrintable(t->error()));
    // Dropped: back on the same port, so the children's DOCKER_HOST stays right.
    QVERIFY(run(u"pkill"_s, {u"-KILL"_s, u"-f"_s, u"--"_s, host.mid(qsizetype(qstrlen("tcp://"))) + u':'}));
    QTRY_COMPARE_WITH_TIMEOUT(t->state(), SshTunnel::State::Reconnecting, waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(t->state(), SshTunnel::State::Up, waitMs);
    QCOMPARE(t->dockerHost(), host);
    QCOMPARE(DockerTest::docker({u"version"_s, u"--format"_s, u"{{.Server.Version}}"_s}, nullptr, env), 0);
    QCOMPARE(acceptedLogins() - before, 2);
}

void TestSshTunnel::loopbackTcpRefusedKeySaysWhy()
{
    auto t = tunnel(u"nobody"_s, u"known_hosts"_s);
    t->setForward(SshTunnel::Forward::LoopbackTcp);
    t->start();
    QTRY_COMPARE_WITH_TIMEOUT(t->state(), SshTunnel::State::Failed, waitMs);
    // ssh's own line, not one of -v's.
    QVERIFY2(t->error().contains(u"Permission denied"_s), qPrintable(t->error()));
    QCOMPARE(t->connections(), 1);
}

void TestSshTunnel::notAnSshAddress()
{
    QVERIFY(SshTunnel::arguments(u"tcp://host:2376"_s, u"/tmp/s"_s, u"/var/run/docker.sock"_s).isEmpty());
    const QStringList args = SshTunnel::arguments(u"ssh://dev@build.example:2222"_s, u"/tmp/s"_s, u"/var/run/docker.sock"_s);
    QVERIFY(args.contains(u"BatchMode=yes"_s));
    QCOMPARE(args.mid(args.size() - 2), (QStringList{u"--"_s, u"dev@build.example"_s}));
    QCOMPARE(args.at(args.indexOf(u"-p"_s) + 1), u"2222");
    QCOMPARE(args.at(args.indexOf(u"-L"_s) + 1), u"/tmp/s:/var/run/docker.sock");
    SshTunnel t(u"http://nowhere"_s);
    t.start();
    QCOMPARE(t.state(), SshTunnel::State::Failed);
}

QTEST_GUILESS_MAIN(TestSshTunnel)
#include "tst_sshtunnel.moc"
