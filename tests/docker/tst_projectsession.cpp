// A day with the stack through ProjectSession alone, on the private engine: no widget and no
// QApplication, so everything a view shows comes from the session's models and signals.
#include "dockertest.h"

#include "docker/dockerenvironment.h"
#include "logs/logmodel.h"
#include "models/servicemodel.h"
#include "models/testresultmodel.h"
#include "session/projectsession.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Berth;

namespace {

// A pytest stand-in that stops before it writes a report.
const char crashingTests[] = "echo 'INTERNALERROR> conftest.py could not be imported' >&2\nexit 3\n";

const char noTestsYet[] = "for a in \"$@\"; do case \"$a\" in --junitxml=*) f=\"${a#--junitxml=}\" ;; esac; done\n"
                          "echo 'collected 0 items'\n"
                          "echo '<?xml version=\"1.0\"?><testsuites><testsuite name=\"pytest\" tests=\"0\"/></testsuites>' > \"$f\"\n"
                          "exit 5\n";

} // namespace

class TestProjectSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void aDayWithTheStack();
    void runningStackShowsBeforeItsConfig();

private:
    // Waits for the next actionFinished and for the session to be idle again.
    static bool waitForAction(const ProjectSession &session, QSignalSpy &finished, int timeoutMs = 60000);
};

void TestProjectSession::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString why;
    QVERIFY2(!DockerTest::dockerHost(&why).isEmpty(), qPrintable(why));
}

// A stack that runs shows its containers' states from the Engine API's listing as soon as the
// socket is known: before the probe and `compose config` have answered, so before the event
// watcher (which starts after the config) has listed anything.
void TestProjectSession::runningStackShowsBeforeItsConfig()
{
    DockerTest::Project stack(DockerTest::stackYaml(DockerTest::freePort()));
    QCOMPARE(stack.compose({u"up"_s, u"-d"_s}), 0);
    ProjectSession session;
    session.environment()->setProcessEnvironment(DockerTest::environment());
    ServiceModel *services = session.serviceModel();
    QStringList atConfig;
    connect(&session, &ProjectSession::configLoaded, this, [&] {
        for (int i = 0; i < services->rowCount(); ++i)
            atConfig.append(services->row(i).service + u'=' + services->row(i).state);
    });
    session.open(stack.directory());
    QCOMPARE(services->rowCount(), 0);
    session.start();
    QTRY_VERIFY_WITH_TIMEOUT(session.isConfigLoaded(), 20000);
    atConfig.sort();
    QCOMPARE(atConfig, (QStringList{u"web=running"_s, u"worker=running"_s}));
    QTRY_VERIFY_WITH_TIMEOUT(session.isWatching(), 20000);
    session.close();
}

bool TestProjectSession::waitForAction(const ProjectSession &session, QSignalSpy &finished, int timeoutMs)
{
    const qsizetype before = finished.size();
    return QTest::qWaitFor([&] { return finished.size() > before && !session.isBusy(); }, timeoutMs);
}

void TestProjectSession::aDayWithTheStack()
{
    const int port = DockerTest::freePort();
    DockerTest::Project stack(DockerTest::toolsYaml(port));
    QVERIFY(DockerTest::writeFile(stack.directory() + "/manage.sh"_L1, DockerTest::manageScript));
    QVERIFY(DockerTest::writeFile(stack.directory() + "/tests.sh"_L1, DockerTest::testsScript));
    const QString name = stack.project().name;

    ProjectSession session;
    session.environment()->setProcessEnvironment(DockerTest::environment());
    QStringList output;
    connect(&session, &ProjectSession::outputLine, this, [&output](const QString &line) { output.append(line); });
    QSignalSpy finished(&session, &ProjectSession::actionFinished);
    QSignalSpy reports(&session, &ProjectSession::testReportRead);
    ServiceModel *services = session.serviceModel();
    const auto cell = [services](const QString &service, int column) {
        return services->index(services->rowOf(service), column).data().toString();
    };
    // How many lines of the service end with text.
    const auto logged = [&session](const QString &service, const QString &text) {
        int count = 0;
        for (int i = 0; i < session.logModel()->lineCount(); ++i) {
            const LogEntry &entry = session.logModel()->entry(i);
            count += entry.service == service && entry.text.endsWith(text);
        }
        return count;
    };

    // Opening makes no docker call; start() does: the config, then events and logs.
    session.open(stack.directory());
    QVERIFY(!session.environment()->isProbing());
    QVERIFY(!session.canRun(ActionId::Up));
    session.start();
    QTRY_VERIFY_WITH_TIMEOUT(session.isConfigLoaded(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(session.isWatching(), 20000);
    QCOMPARE(session.problem(), ProjectSession::Problem::None);
    QCOMPARE(services->serviceNames(), (QStringList{u"manage"_s, u"tests"_s, u"web"_s, u"worker"_s}));
    QVERIFY(session.canRun(ActionId::Up));
    QVERIFY(!session.canRun(ActionId::UpService));
    QVERIFY(session.canRun(ActionId::UpService, u"worker"_s));

    // The shell's terminal gets the compose environment, with the user's ids like every action.
    const ProjectSession::ShellCommand shell = session.shellCommand();
    QCOMPARE(shell.environment.value(u"HOST_UID"_s), QString::number(::getuid()));
    QCOMPARE(shell.environment.value(u"HOST_GID"_s), QString::number(::getgid()));
    QCOMPARE(shell.environment.value(u"DOCKER_HOST"_s), DockerTest::dockerHost());
    QVERIFY(shell.arguments.join(u' ').endsWith(u" -p "_s + name + u" run --rm manage shell"_s));
    QCOMPARE(shell.workingDirectory, stack.directory());

    // Up: the exact command line goes to the output, the events fill in the state.
    session.run(ActionId::Up);
    QVERIFY(session.isBusy());
    QVERIFY(!session.canRun(ActionId::Migrate));
    QVERIFY(waitForAction(session, finished));
    QVERIFY2(finished.last().at(1).toBool(), qPrintable(finished.last().at(2).toString()));
    QCOMPARE(finished.last().at(0).toString(), u"Up"_s);
    QCOMPARE(session.result(), ProjectSession::Result::Succeeded);
    QVERIFY(session.lastCommandLine().endsWith(u" -p "_s + name + u" up -d"_s));
    QVERIFY(output.contains(u"$ "_s + session.lastCommandLine()));
    QTRY_COMPARE_WITH_TIMEOUT(cell(u"web"_s, ServiceModel::StateColumn), u"running"_s, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(cell(u"web"_s, ServiceModel::HealthColumn), u"healthy"_s, 20000);
    QCOMPARE(cell(u"manage"_s, ServiceModel::StateColumn), u"not created"_s);
    QCOMPARE(session.siteUrl(), QUrl(u"http://localhost:%1/"_s.arg(port)));
    QVERIFY(session.canRun(ActionId::OpenSite));

    // Logs: each service's lines under its name, ANSI colours taken out of the text.
    QTRY_COMPARE_WITH_TIMEOUT(logged(u"web"_s, u"web line 12"_s), 1, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(logged(u"worker"_s, u"worker ready"_s), 1, 15000);
    for (int i = 0; i < session.logModel()->lineCount(); ++i)
        QVERIFY(!session.logModel()->entry(i).text.contains(u'\x1b'));

    // Restarting the worker: its log stream follows the new start, without repeating the old one.
    session.run(ActionId::RestartService, u"worker"_s);
    QVERIFY(waitForAction(session, finished));
    QVERIFY2(finished.last().at(1).toBool(), qPrintable(finished.last().at(2).toString()));
    QCOMPARE(finished.last().at(0).toString(), u"Restart worker"_s);
    QVERIFY(session.lastCommandLine().endsWith(u" restart worker"_s));
    QTRY_COMPARE_WITH_TIMEOUT(logged(u"worker"_s, u"worker ready"_s), 2, 20000);

    // Migrate: manage.py through the manage service; then a command manage.py does not know.
    session.run(ActionId::Migrate);
    QVERIFY(waitForAction(session, finished));
    QVERIFY2(finished.last().at(1).toBool(), qPrintable(finished.last().at(2).toString()));
    QVERIFY(output.contains(u"Applying migrations... OK"_s));
    QVERIFY(session.lastCommandLine().endsWith(u" run --rm manage migrate"_s));
    session.manage(u"Bogus"_s, {u"bogus"_s});
    QVERIFY(waitForAction(session, finished));
    QVERIFY(!finished.last().at(1).toBool());
    QCOMPARE(session.result(), ProjectSession::Result::Failed);
    QVERIFY2(session.resultText().contains(u"Unknown command: 'bogus'"_s), qPrintable(session.resultText()));

    // The password reaches the container through the environment, never a command line.
    const QString password = u"s3cret-Pw-77"_s;
    session.createSuperuser(u"admin"_s, QString(), password);
    QVERIFY(waitForAction(session, finished));
    QVERIFY2(finished.last().at(1).toBool(), qPrintable(finished.last().at(2).toString()));
    QVERIFY(output.contains(u"Superuser created successfully."_s));
    QVERIFY(!session.lastCommandLine().contains(password));
    QVERIFY(!output.join(u'\n').contains(password));

    // Tests: a failing run is a failed action; its report is read before actionFinished.
    QSignalSpy testsStarted(&session, &ProjectSession::testsStarted);
    session.run(ActionId::RunTests);
    QCOMPARE(testsStarted.size(), 1);
    QVERIFY(waitForAction(session, finished));
    QVERIFY(!finished.last().at(1).toBool());
    QCOMPARE(reports.size(), 1);
    QCOMPARE(reports.last().at(0).toString(), QString());
    QCOMPARE(session.testResults()->summary().tests, 2);
    QCOMPARE(session.testResults()->summary().failed, 1);
    QVERIFY(QFile::exists(session.testReportPath()));

    // Failed tests again: --last-failed. A run that ends before pytest writes its report shows
    // no results, not the report the run before left (it was written seconds ago).
    QVERIFY(DockerTest::writeFile(stack.directory() + "/tests.sh"_L1, crashingTests));
    session.run(ActionId::RunFailedTests);
    QVERIFY(waitForAction(session, finished));
    QVERIFY(!finished.last().at(1).toBool());
    QVERIFY(session.lastCommandLine().endsWith(u" --last-failed"_s));
    QCOMPARE(reports.size(), 2);
    QVERIFY2(reports.last().at(0).toString().contains(u"wrote no report"_s), qPrintable(reports.last().at(0).toString()));

    // A project without tests yet: pytest exits 5, which is not a failure.
    QVERIFY(DockerTest::writeFile(stack.directory() + "/tests.sh"_L1, noTestsYet));
    session.run(ActionId::RunTests);
    QVERIFY(waitForAction(session, finished));
    QVERIFY2(finished.last().at(1).toBool(), qPrintable(finished.last().at(2).toString()));
    QCOMPARE(session.result(), ProjectSession::Result::Note);
    QVERIFY2(session.resultText().contains(u"no tests yet"_s), qPrintable(session.resultText()));
    QCOMPARE(reports.size(), 3);
    QVERIFY(reports.last().at(0).toString().startsWith(u"No tests yet"_s));

    // Stop keeps the containers; down removes them.
    session.run(ActionId::Stop);
    QVERIFY(waitForAction(session, finished));
    QVERIFY2(finished.last().at(1).toBool(), qPrintable(finished.last().at(2).toString()));
    QTRY_VERIFY_WITH_TIMEOUT(cell(u"web"_s, ServiceModel::StateColumn).startsWith(u"exited"_s), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(cell(u"worker"_s, ServiceModel::StateColumn).startsWith(u"exited"_s), 15000);
    session.run(ActionId::Down);
    QVERIFY(waitForAction(session, finished));
    QVERIFY2(finished.last().at(1).toBool(), qPrintable(finished.last().at(2).toString()));
    QTRY_COMPARE_WITH_TIMEOUT(cell(u"web"_s, ServiceModel::StateColumn), u"not created"_s, 15000);
    QByteArray volumes;
    QCOMPARE(DockerTest::docker({u"volume"_s, u"ls"_s, u"-q"_s}, &volumes), 0);
    QVERIFY(volumes.contains(QByteArray(name.toUtf8() + "_data")));

    // Down with volumes: the view asks first, naming volumesToDelete(); the session deletes them.
    QCOMPARE(session.volumesToDelete(), QStringList{name + u"_data"_s});
    session.run(ActionId::DownWithVolumes);
    QVERIFY(waitForAction(session, finished));
    QVERIFY2(finished.last().at(1).toBool(), qPrintable(finished.last().at(2).toString()));
    QVERIFY(session.lastCommandLine().endsWith(u" down --volumes"_s));
    QCOMPARE(DockerTest::docker({u"volume"_s, u"ls"_s, u"-q"_s}, &volumes), 0);
    QVERIFY(!volumes.contains(QByteArray(name.toUtf8() + "_data")));

    // Closing stops the event stream and the log followers.
    QVERIFY(!DockerTest::processesMentioning(name).isEmpty());
    session.close();
    QVERIFY(!session.isWatching());
    QCOMPARE(services->rowCount(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(DockerTest::processesMentioning(name).isEmpty(), 10000);
}

QTEST_GUILESS_MAIN(TestProjectSession)
#include "tst_projectsession.moc"
