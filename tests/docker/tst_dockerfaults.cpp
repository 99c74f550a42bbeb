// Faults: no CLI, no compose, a socket the user may not use, the daemon stopping while logs are
// followed and coming back. Real engines throughout; a stand-in docker program only where the
// real CLI cannot produce the fault on demand (compose plugin missing).
#include "dockertest.h"

#include "process/commandjob.h"
#include "docker/dockerenvironment.h"
#include "docker/eventwatcher.h"
#include "logs/logfollower.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Berth;

namespace {

bool writeScript(const QString &path, const QByteArray &text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(text);
    file.close();
    return file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther
                               | QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup);
}

} // namespace

class TestDockerFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cliMissing();
    void composeMissing();
    void socketNotPermitted();
    void daemonStopsWhileFollowingAndReturns();
};

void TestDockerFaults::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString why;
    QVERIFY2(!DockerTest::dockerHost(&why).isEmpty(), qPrintable(why));
    QVERIFY(!qEnvironmentVariable("BERTH_ENGINE_SCRIPT").isEmpty());
}

void TestDockerFaults::cliMissing()
{
    QTemporaryDir empty;
    DockerEnvironment env;
    QProcessEnvironment process = DockerTest::environment();
    process.insert(u"PATH"_s, empty.path());
    env.setProcessEnvironment(process);
    env.setInstallFolders({});
    env.setConfiguredCli(empty.filePath(u"docker"_s));
    QSignalSpy changed(&env, &DockerEnvironment::stateChanged);
    env.probe();
    QTRY_VERIFY(!env.isProbing());
    QCOMPARE(env.problem(), DockerEnvironment::Problem::CliMissing);
    QCOMPARE(env.daemonState(), DockerEnvironment::DaemonState::Unknown);
    QCOMPARE(changed.size(), 1);
    QVERIFY(env.cliPath().isEmpty());
    QVERIFY(env.problemHint().contains(u"settings"_s));

    // A job without a program fails to start, with a message, instead of running something.
    CommandJob job(env.composeProgram(), {u"ps"_s});
    QSignalSpy failed(&job, &CommandJob::failed);
    QSignalSpy finished(&job, &CommandJob::finished);
    job.start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(job.outcome(), CommandJob::Outcome::FailedToStart);
    QCOMPARE(failed.size(), 1);
}

void TestDockerFaults::composeMissing()
{
    // The real CLI always finds its plugin in the system folder, so a stand-in answers
    // `compose` the way docker does without the plugin and hands everything else on.
    const QString realDocker = QStandardPaths::findExecutable(u"docker"_s);
    QVERIFY(!realDocker.isEmpty());
    QTemporaryDir bin;
    QVERIFY(writeScript(bin.filePath(u"docker"_s), "#!/bin/sh\n"
                                                   "if [ \"$1\" = compose ]; then\n"
                                                   "  echo \"docker: 'compose' is not a docker command.\" >&2\n"
                                                   "  echo \"See 'docker --help'\" >&2\n"
                                                   "  exit 1\n"
                                                   "fi\n"
                                                   "exec " + realDocker.toUtf8() + " \"$@\"\n"));
    DockerEnvironment env;
    QProcessEnvironment process = DockerTest::environment();
    process.insert(u"PATH"_s, bin.path());
    env.setProcessEnvironment(process);
    env.setInstallFolders({});
    env.probe();
    QTRY_VERIFY_WITH_TIMEOUT(!env.isProbing(), 20000);
    QCOMPARE(env.daemonState(), DockerEnvironment::DaemonState::Up);
    QCOMPARE(env.problem(), DockerEnvironment::Problem::ComposeMissing);
    QCOMPARE(env.composeFlavour(), DockerEnvironment::ComposeFlavour::None);
    QVERIFY(env.problemHint().contains(u"Compose"_s));

    // With a standalone docker-compose next to it, that one is used, without a "compose" prefix.
    const QString standalone = QStandardPaths::findExecutable(u"docker-compose"_s);
    QVERIFY(!standalone.isEmpty());
    QVERIFY(QFile::link(standalone, bin.filePath(u"docker-compose"_s)));
    env.probe();
    QTRY_VERIFY_WITH_TIMEOUT(!env.isProbing(), 20000);
    QCOMPARE(env.problem(), DockerEnvironment::Problem::None);
    QCOMPARE(env.composeFlavour(), DockerEnvironment::ComposeFlavour::Standalone);
    QCOMPARE(env.composeProgram(), bin.filePath(u"docker-compose"_s));
    QVERIFY(env.composePrefix().isEmpty());
    DockerTest::Project stack(DockerTest::stackYaml(DockerTest::freePort()));
    CommandJob *ps = env.composeJob(stack.project(), {u"ps"_s, u"--format"_s, u"json"_s}, this);
    QSignalSpy finished(ps, &CommandJob::finished);
    ps->start();
    QVERIFY(finished.wait(20000));
    QCOMPARE(ps->outcome(), CommandJob::Outcome::Succeeded);
    QCOMPARE(ps->arguments().first(), u"-f"_s);
    delete ps;
}

void TestDockerFaults::socketNotPermitted()
{
    // The real CLI as an unprivileged user against the real socket (root:root, 0660).
    const QString realDocker = QStandardPaths::findExecutable(u"docker"_s);
    const QString setpriv = QStandardPaths::findExecutable(u"setpriv"_s);
    QVERIFY(!setpriv.isEmpty());
    QTemporaryDir bin;
    QVERIFY(QFile::setPermissions(bin.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther
                                                  | QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup));
    QVERIFY(writeScript(bin.filePath(u"docker"_s), "#!/bin/sh\nexec " + setpriv.toUtf8()
                                                       + " --reuid=65534 --regid=65534 --clear-groups env HOME=/tmp "
                                                       + realDocker.toUtf8() + " \"$@\"\n"));
    DockerEnvironment env;
    env.setProcessEnvironment(DockerTest::environment());
    env.setConfiguredCli(bin.filePath(u"docker"_s));
    env.probe();
    QTRY_VERIFY_WITH_TIMEOUT(!env.isProbing(), 20000);
    QCOMPARE(env.cliPath(), bin.filePath(u"docker"_s));
    QCOMPARE(env.daemonState(), DockerEnvironment::DaemonState::Down);
    QCOMPARE(env.problem(), DockerEnvironment::Problem::PermissionDenied);
    QVERIFY2(env.problemDetail().contains(u"permission denied"_s), qPrintable(env.problemDetail()));
    QVERIFY(env.problemHint().contains(u"docker group"_s));
    QVERIFY(!env.problemHint().contains(u"chmod"_s));
}

void TestDockerFaults::daemonStopsWhileFollowingAndReturns()
{
    DockerTest::OwnEngine engine;
    const QString host = engine.start();
    QVERIFY(!host.isEmpty());
    DockerEnvironment env;
    env.setProcessEnvironment(DockerTest::environment(host));
    env.probe();
    QTRY_VERIFY_WITH_TIMEOUT(!env.isProbing(), 20000);
    QVERIFY(env.isReady());

    DockerTest::Project stack(DockerTest::stackYaml(DockerTest::freePort()));
    stack.setEnvironment(DockerTest::environment(host));
    QCOMPARE(stack.compose({u"up"_s, u"-d"_s, u"worker"_s}), 0);

    EventWatcher watcher(&env, stack.project());
    watcher.setReconnectInterval(200, 1000);
    LogFollower follower(&env, stack.project());
    connect(&watcher, &EventWatcher::containerStarted, &follower, &LogFollower::resume);
    int ready = 0;
    connect(&follower, &LogFollower::linesReceived, this, [&ready](const QList<LogLine> &lines) {
        for (const LogLine &line : lines)
            ready += line.text == "worker ready"_L1;
    });
    QSignalSpy connected(&watcher, &EventWatcher::connectedChanged);
    QSignalSpy ended(&follower, &LogFollower::streamEnded);
    watcher.start();
    QVERIFY(connected.wait(15000));
    QVERIFY(watcher.isConnected());
    follower.start();
    QTRY_COMPARE_WITH_TIMEOUT(ready, 1, 15000);

    // The daemon goes away: the stream breaks, and the watcher says so with the CLI's words.
    QVERIFY(engine.stop());
    QTRY_VERIFY_WITH_TIMEOUT(!watcher.isConnected(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(ended.size() >= 1, 15000);
    QVERIFY(!follower.isRunning());
    const QString message = connected.last().at(1).toString();
    QVERIFY2(!message.isEmpty(), "no message for the lost connection");
    env.probe();
    QTRY_VERIFY_WITH_TIMEOUT(!env.isProbing(), 20000);
    QCOMPARE(env.problem(), DockerEnvironment::Problem::DaemonDown);
    QVERIFY(env.problemHint().contains(host));

    // It comes back: the watcher reconnects by itself, and logs resume when the service starts.
    QVERIFY(!engine.start().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(watcher.isConnected(), 20000);
    QCOMPARE(stack.compose({u"up"_s, u"-d"_s, u"worker"_s}), 0);
    QTRY_VERIFY_WITH_TIMEOUT(ready >= 2, 20000);
    env.probe();
    QTRY_VERIFY_WITH_TIMEOUT(!env.isProbing(), 20000);
    QVERIFY(env.isReady());
    follower.stop();
    watcher.stop();
}

QTEST_GUILESS_MAIN(TestDockerFaults)
#include "tst_dockerfaults.moc"
