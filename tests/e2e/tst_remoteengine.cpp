// The generated stack on a second engine that is really remote (packaging/remote-engine: a
// network namespace with its own dockerd behind a key-only sshd with MaxSessions and MaxStartups
// 3), through ProjectSession and its one ssh tunnel, with the engine chosen as a docker context
// and ssh's configuration from File ▸ Settings…: build, up, healthy, every long-running service's
// logs, tests, migrate, down, and sshd counts one login. Then the faults: the tunnel's ssh killed
// while the logs are followed (reconnecting, back, no line lost or shown twice: one more login),
// and the remote dockerd killed (the connection to the daemon is lost).
#include "../common/startproject.h"
#include "actions/projectaction.h"
#include "docker/dockerenvironment.h"
#include "docker/engineports.h"
#include "doctor/doctor.h"
#include "doctor/doctordialog.h"
#include "docker/sshtunnel.h"
#include "generate/generator.h"
#include "logs/logmodel.h"
#include "models/servicemodel.h"
#include "project/projectspec.h"
#include "session/projectsession.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Berth;

namespace {

QString sourceDir()
{
    return qEnvironmentVariable("BERTH_SOURCE_DIR");
}

// Runs program to its end (set-up and checks only); its output, merged.
bool run(const QString &program, const QStringList &arguments, QByteArray *output = nullptr,
         const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(), int timeoutMs = 120000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, arguments);
    const bool finished = p.waitForFinished(timeoutMs);
    if (output)
        *output = p.readAll();
    return finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// The worker's numbered lines in the log, in order.
QList<int> workerNumbers(const LogModel *logs)
{
    static const QRegularExpression numbered(u"^worker line (\\d+)$"_s);
    QList<int> numbers;
    for (int row = 0; row < logs->lineCount(); ++row) {
        const LogEntry &e = logs->entry(row);
        if (e.service != "worker"_L1)
            continue;
        const QRegularExpressionMatch m = numbered.match(e.text.trimmed());
        if (m.hasMatch())
            numbers.append(m.captured(1).toInt());
    }
    return numbers;
}

} // namespace

class TestRemoteEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void theStackThroughOneLogin();
    void portCheckAsksTheEngine();
    void tunnelKilledWhileFollowing();
    void downThroughTheTunnel();
    void remoteDaemonKilled();

private:
    int logins() const;
    static bool waitForAction(const ProjectSession &session, QSignalSpy &finished, int timeoutMs = 600000);

    QString m_state;
    QHash<QString, QString> m_remote;
    QTemporaryDir m_root;
    QTemporaryDir m_dockerConfig;
    QString m_project;
    std::unique_ptr<ProjectSession> m_session;
};

void TestRemoteEngine::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"BerthTest"_s);
    QCoreApplication::setApplicationName(u"tst_remoteengine"_s);
    QSettings().clear();
    QVERIFY(m_root.isValid() && m_dockerConfig.isValid());

    // The remote engine, and the stand-in images loaded into it through its own socket (set-up).
    m_state = u"/tmp/br-%1"_s.arg(QCoreApplication::applicationPid());
    QByteArray out;
    QVERIFY2(run(sourceDir() + u"/packaging/remote-engine"_s, {u"start"_s, m_state}, &out), out.constData());
    for (const QByteArray &line : out.split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (line.startsWith("REMOTE_") && eq > 0)
            m_remote.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    QVERIFY2(m_remote.contains(u"REMOTE_ADDRESS"_s) && m_remote.contains(u"REMOTE_SSH_CONFIG"_s), out.constData());
    QProcessEnvironment setup = QProcessEnvironment::systemEnvironment();
    setup.insert(u"DOCKER_HOST"_s, m_remote.value(u"REMOTE_DOCKER_HOST"_s));
    QVERIFY2(run(sourceDir() + u"/packaging/images/build-standins"_s, {}, &out, setup, 20 * 60 * 1000), out.constData());

    // The engine as a user has it: a docker context named after the host, reached over ssh; ssh's
    // configuration (host key, login key) from File ▸ Settings….
    qputenv("DOCKER_CONFIG", m_dockerConfig.path().toUtf8());
    qunsetenv("DOCKER_HOST");
    qunsetenv("DOCKER_CONTEXT");
    const QString endpoint = u"ssh://%1@%2"_s.arg(m_remote.value(u"REMOTE_USER"_s), m_remote.value(u"REMOTE_ADDRESS"_s));
    QVERIFY2(run(u"docker"_s, {u"context"_s, u"create"_s, u"build-box"_s, u"--docker"_s, u"host="_s + endpoint}, &out),
             out.constData());
    QSettings().setValue(ProjectSession::sshConfigKey(), m_remote.value(u"REMOTE_SSH_CONFIG"_s));

    // A Django project with Berth's setup, and a sixth service: a worker that numbers its lines.
    QVERIFY(BerthTest::startProject(m_root.path(), u"app"_s));
    ProjectSpec spec = ProjectSpec::defaults();
    QVERIFY(generate(spec, m_root.path()).write(m_root.path()).ok);
    QFile compose(m_root.filePath(u"docker-compose.yml"_s));
    QVERIFY(compose.open(QIODevice::ReadOnly));
    const QByteArray yaml = compose.readAll();
    compose.close();
    static const QRegularExpression appImage(u"\\n  app:\\n(?:    .*\\n)*?    image: (\"[^\"]+\")"_s);
    const QRegularExpressionMatch image = appImage.match(QString::fromUtf8(yaml));
    QVERIFY2(image.hasMatch(), yaml.constData());
    QVERIFY2(yaml.trimmed().endsWith("\"") || yaml.contains("\nservices:\n"), yaml.constData());
    const QByteArray worker = "\n  worker:\n"
                              "    image: " + image.captured(1).toUtf8() + "\n"
                              "    depends_on: [app]\n"
                              "    command: [\"python3\", \"-u\", \"-c\", \"import time\\nfor i in range(1000000):\\n"
                              "    print('worker line', i, flush=True); time.sleep(0.05)\"]\n";
    QVERIFY(compose.open(QIODevice::Append));
    QVERIFY(compose.write(worker) == worker.size());
    compose.close();
    m_project = m_root.path();
}

void TestRemoteEngine::cleanupTestCase()
{
    if (m_session)
        m_session->shutdown();
    m_session.reset();
    if (!m_state.isEmpty())
        run(sourceDir() + u"/packaging/remote-engine"_s, {u"stop"_s, m_state});
}

int TestRemoteEngine::logins() const
{
    QByteArray out;
    run(sourceDir() + u"/packaging/remote-engine"_s, {u"logins"_s, m_state}, &out);
    return out.trimmed().toInt();
}

bool TestRemoteEngine::waitForAction(const ProjectSession &session, QSignalSpy &finished, int timeoutMs)
{
    const qsizetype before = finished.size();
    return QTest::qWaitFor([&] { return finished.size() > before && !session.isBusy(); }, timeoutMs);
}

void TestRemoteEngine::theStackThroughOneLogin()
{
    m_session = std::make_unique<ProjectSession>();
    ProjectSession &session = *m_session;
    QSignalSpy finished(&session, &ProjectSession::actionFinished);
    session.open(m_project);
    session.setEngine(u"build-box"_s);
    session.start();
    QTRY_VERIFY_WITH_TIMEOUT(session.tunnel() && session.tunnel()->state() == SshTunnel::State::Up, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(session.isConfigLoaded(), 30000);
    ServiceModel *services = session.serviceModel();
    QCOMPARE(services->rowCount(), 6);

    const auto stateOf = [services](const QString &service) {
        const int row = services->rowOf(service);
        return row < 0 ? QString() : services->row(row).state;
    };
    session.run(ActionId::Build);
    QVERIFY(waitForAction(session, finished));
    QVERIFY2(finished.last().at(1).toBool(), qPrintable(finished.last().at(2).toString()));
    session.run(ActionId::Up);
    QVERIFY(waitForAction(session, finished));
    QVERIFY2(finished.last().at(1).toBool(), qPrintable(finished.last().at(2).toString()));
    for (const QString &service : {u"nginx"_s, u"database"_s, u"app"_s, u"worker"_s})
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(service), u"running"_s, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(services->row(services->rowOf(u"database"_s)).health, u"healthy"_s, 60000);

    // Every long-running service's log comes through the tunnel.
    QTRY_VERIFY_WITH_TIMEOUT(workerNumbers(session.logModel()).size() > 20, 30000);
    for (const QString &service : {u"nginx"_s, u"database"_s, u"app"_s, u"worker"_s})
        QTRY_VERIFY2_WITH_TIMEOUT(session.logModel()->services().contains(service), qPrintable(service), 30000);

    session.runTests();
    QVERIFY(waitForAction(session, finished));
    session.run(ActionId::Migrate);
    QVERIFY(waitForAction(session, finished));
    QVERIFY2(finished.last().at(1).toBool(), qPrintable(finished.last().at(2).toString()));

    // One login carried all of it: the engine probe, the event and log streams, docker stats,
    // the build, up, the tests and migrate.
    QCOMPARE(logins(), 1);
}

void TestRemoteEngine::portCheckAsksTheEngine()
{
    QVERIFY(m_session);
    ProjectSession &session = *m_session;
    // The stack is up there: the doctor's port check asks that engine, not this machine. The
    // project's own containers hold their ports rightly.
    const QString address = m_remote.value(u"REMOTE_ADDRESS"_s);
    const auto ask = [&](const QString &projectDir) {
        EnginePorts ports(session.environment());
        QSignalSpy finished(&ports, &EnginePorts::finished);
        ports.ask(projectDir, {u"postgres"_s});
        return finished.wait(60000) ? ports.result() : PortsInUse{};
    };
    const auto portProblems = [](const QString &projectDir, const PortsInUse &ports) {
        QStringList titles;
        for (const Doctor::Problem &p : Doctor::diagnose(Doctor::SetupFiles::read(projectDir), &ports))
            if (p.id == u"host-port-taken"_s)
                titles.append(p.title);
        return titles;
    };
    const PortsInUse own = ask(m_project);
    QVERIFY2(own.known, qPrintable(own.why));
    QCOMPARE(own.where, address);
    QVERIFY(own.listening.contains(22)); // its sshd, outside Docker
    QVERIFY(!own.own.isEmpty());
    QCOMPARE(portProblems(m_project, own), QStringList());

    // Another project that wants 22 (sshd's there), the app's 8000 (this stack's) and 8001 (free).
    QTemporaryDir other;
    QVERIFY(other.isValid());
    QFile compose(other.filePath(u"docker-compose.yml"_s));
    QVERIFY(compose.open(QIODevice::WriteOnly));
    compose.write("services:\n  web:\n    image: postgres\n    ports:\n      - \"22:80\"\n      - \"8000:8000\"\n"
                  "      - \"8001:8001\"\n");
    compose.close();
    const PortsInUse theirs = ask(other.path());
    QVERIFY2(theirs.known, qPrintable(theirs.why));
    const QStringList titles = portProblems(other.path(), theirs);
    QCOMPARE(titles.size(), 2);
    QVERIFY2(titles.at(0).contains(u"22"_s) && titles.at(0).contains(u"outside Docker"_s) && titles.at(0).contains(address),
             qPrintable(titles.at(0)));
    QVERIFY2(titles.at(1).contains(u"8000"_s) && titles.at(1).contains(u"-app-1"_s), qPrintable(titles.at(1)));

    // File ▸ Check Setup… does the same while the other checks show at once.
    DoctorDialog dialog(other.path(), session.environment());
    dialog.resize(900, 420);
    dialog.show();
    QVERIFY(dialog.isAskingEngine());
    auto *summary = dialog.findChild<QLabel *>(u"doctorSummary"_s);
    QVERIFY(summary && summary->text().contains(u"Asking"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isAskingEngine(), 60000);
    QVERIFY2(summary->text().contains(u"Ports were checked on "_s + address), qPrintable(summary->text()));
    int listed = 0;
    for (int row = 0; row < dialog.problems()->count(); ++row)
        listed += dialog.problems()->item(row)->text().contains(address) ? 1 : 0;
    QCOMPARE(listed, 2);
    const QString shots = qEnvironmentVariable("BERTH_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        QVERIFY(dialog.grab().save(shots + u"/check-setup-remote.png"_s));
    // Still the one login.
    QCOMPARE(logins(), 1);
}

void TestRemoteEngine::tunnelKilledWhileFollowing()
{
    QVERIFY(m_session);
    ProjectSession &session = *m_session;
    // The tunnel's ssh dies (its local socket's path names it uniquely): the session says
    // "reconnecting" and the tunnel comes back on the same socket.
    const QString socket = session.tunnel()->dockerHost().mid(qsizetype(qstrlen("unix://")));
    QVERIFY(!socket.isEmpty());
    const int before = workerNumbers(session.logModel()).size();
    QVERIFY(run(u"pkill"_s, {u"-KILL"_s, u"-f"_s, u"--"_s, socket + u':'}));
    QTRY_COMPARE_WITH_TIMEOUT(session.tunnel()->state(), SshTunnel::State::Reconnecting, 10000);
    QVERIFY(session.tunnel()->describe().contains(u"reconnecting"_s));
    QTRY_VERIFY_WITH_TIMEOUT(session.tunnel()->state() == SshTunnel::State::Up, 60000);
    // The worker's lines go on after the reconnect, each exactly once.
    QTRY_VERIFY_WITH_TIMEOUT(workerNumbers(session.logModel()).size() > before + 40, 60000);
    const QList<int> numbers = workerNumbers(session.logModel());
    for (qsizetype i = 1; i < numbers.size(); ++i)
        QVERIFY2(numbers.at(i) == numbers.at(i - 1) + 1,
                 qPrintable(u"line %1 follows line %2"_s.arg(numbers.at(i)).arg(numbers.at(i - 1))));
    QCOMPARE(logins(), 2);
}

void TestRemoteEngine::downThroughTheTunnel()
{
    QVERIFY(m_session);
    ProjectSession &session = *m_session;
    QSignalSpy finished(&session, &ProjectSession::actionFinished);
    session.run(ActionId::Down);
    QVERIFY(waitForAction(session, finished));
    QVERIFY2(finished.last().at(1).toBool(), qPrintable(finished.last().at(2).toString()));
    ServiceModel *services = session.serviceModel();
    for (const QString &service : {u"nginx"_s, u"database"_s, u"app"_s, u"worker"_s}) {
        QTRY_VERIFY2_WITH_TIMEOUT(services->row(services->rowOf(service)).state != u"running"_s,
                                  qPrintable(service), 30000);
    }
    // Still the one reconnect's login, no more.
    QCOMPARE(logins(), 2);
}

void TestRemoteEngine::remoteDaemonKilled()
{
    QVERIFY(m_session);
    ProjectSession &session = *m_session;
    QVERIFY(run(sourceDir() + u"/packaging/remote-engine"_s, {u"kill-daemon"_s, m_state}));
    QTRY_COMPARE_WITH_TIMEOUT(session.problem(), ProjectSession::Problem::ConnectionLost, 30000);
    // The tunnel itself is still up: it is the daemon behind it that is gone, and the panel says
    // so, naming that engine's host, not this machine.
    QCOMPARE(session.tunnel()->state(), SshTunnel::State::Up);
    QTRY_COMPARE_WITH_TIMEOUT(session.problem(), ProjectSession::Problem::Environment, 30000);
    const QString title = session.environment()->problemTitle();
    QVERIFY2(title.contains(u"not running"_s) && title.contains(m_remote.value(u"REMOTE_ADDRESS"_s)), qPrintable(title));
    QVERIFY2(!session.environment()->problemHint().contains(u"DOCKER_HOST"_s), qPrintable(session.environment()->problemHint()));
}

QTEST_MAIN(TestRemoteEngine)
#include "tst_remoteengine.moc"
