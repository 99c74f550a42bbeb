// A compose project driven through CommandJob and watched through EventWatcher, against the
// private engine of the docker_engine fixture.
#include "dockertest.h"

#include "docker/composeconfig.h"
#include "docker/containerquery.h"
#include "process/commandjob.h"
#include "docker/dockerenvironment.h"
#include "docker/eventwatcher.h"
#include "docker/statsstream.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <csignal>

using namespace Qt::StringLiterals;
using namespace Berth;

namespace {

ContainerStatus statusOf(const QList<ContainerStatus> &statuses, const QString &service)
{
    for (const ContainerStatus &status : statuses) {
        if (status.service == service)
            return status;
    }
    return {};
}

} // namespace

class TestDockerLifecycle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void probeFindsEngine();
    void configFromCompose();
    void listingMatchesComposePs();
    void lifecycleThroughEvents_data();
    void lifecycleThroughEvents();
    void oneOffFailureIsFailed();
    void portAlreadyAllocated();
    void cancelIsNotFailureAndLeavesNothing();
    void brokenStreamResumesWithSince();
    void statsStreamMeasuresWhileWanted_data();
    void statsStreamMeasuresWhileWanted();

private:
    bool runJob(CommandJob *job, int timeoutMs = 60000);
    DockerEnvironment m_env;
};

void TestDockerLifecycle::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString why;
    QVERIFY2(!DockerTest::dockerHost(&why).isEmpty(), qPrintable(why));
    QVERIFY2(DockerTest::probe(m_env), qPrintable(m_env.problemTitle() + u' ' + m_env.problemDetail()));
}

bool TestDockerLifecycle::runJob(CommandJob *job, int timeoutMs)
{
    QSignalSpy finished(job, &CommandJob::finished);
    job->start();
    return finished.wait(timeoutMs) || finished.size() == 1;
}

void TestDockerLifecycle::probeFindsEngine()
{
    QCOMPARE(m_env.daemonState(), DockerEnvironment::DaemonState::Up);
    QCOMPARE(m_env.problem(), DockerEnvironment::Problem::None);
    QCOMPARE(m_env.composeFlavour(), DockerEnvironment::ComposeFlavour::Plugin);
    QVERIFY(!m_env.serverVersion().isEmpty());
    QVERIFY(!m_env.composeVersion().isEmpty());
    QVERIFY(QFileInfo(m_env.cliPath()).isAbsolute());
}

void TestDockerLifecycle::configFromCompose()
{
    DockerTest::Project stack(DockerTest::stackYaml(DockerTest::freePort()));
    CommandJob *job = m_env.composeJob(stack.project(), {u"config"_s, u"--format"_s, u"json"_s}, this);
    job->setCollectStandardOutput(true);
    QVERIFY(runJob(job));
    QCOMPARE(job->outcome(), CommandJob::Outcome::Succeeded);
    ComposeConfig config;
    QString error;
    QVERIFY2(ComposeConfig::parse(job->standardOutput(), &config, &error), qPrintable(error));
    QCOMPARE(config.name, stack.project().name);
    QCOMPARE(config.serviceNames(), (QStringList{u"web"_s, u"worker"_s}));
    QVERIFY(config.service(u"web"_s)->hasHealthcheck);
    QCOMPARE(config.volumes, QStringList{stack.project().name + "_data"_L1});
    delete job;
}

// The Engine API's listing (ContainerQuery) says what `compose ps --all --format json` says, field
// for field: running and healthy with published ports (and one that is not published), exited
// with its code, created, and a one-off `run` container (which --all includes).
void TestDockerLifecycle::listingMatchesComposePs()
{
    const int port = DockerTest::freePort();
    const QByteArray yaml = "services:\n"
                            "  web:\n"
                            "    image: berth-test/busybox:latest\n"
                            "    command: [\"sh\", \"-c\", \"trap 'exit 0' TERM; while true; do sleep 1 & wait; done\"]\n"
                            "    ports: [\"127.0.0.1:" + QByteArray::number(port) + ":80\", \"9000\"]\n"
                            "    healthcheck: {test: [\"CMD\", \"true\"], interval: 1s}\n"
                            "  bad:\n"
                            "    image: berth-test/busybox:latest\n"
                            "    command: [\"sh\", \"-c\", \"exit 3\"]\n"
                            "  made:\n"
                            "    image: berth-test/busybox:latest\n"
                            "    command: [\"true\"]\n";
    DockerTest::Project stack(yaml);
    QCOMPARE(stack.compose({u"up"_s, u"-d"_s, u"web"_s, u"bad"_s}), 0);
    QCOMPARE(stack.compose({u"create"_s, u"made"_s}), 0);
    QCOMPARE(stack.compose({u"run"_s, u"-d"_s, u"--no-deps"_s, u"made"_s, u"sleep"_s, u"300"_s}), 0);
    const QString socket = m_env.engineSocket();
    QVERIFY2(!socket.isEmpty(), "the test engine's DOCKER_HOST is a unix socket");

    const auto apiList = [&](QList<ContainerStatus> *statuses) {
        ContainerQuery query;
        QSignalSpy finished(&query, &ContainerQuery::finished);
        query.start(socket, stack.project().name);
        if (!finished.wait(10000) || query.outcome() != ContainerQuery::Outcome::Succeeded) {
            qWarning("listing: %s", qPrintable(query.errorMessage()));
            return false;
        }
        *statuses = query.statuses();
        return true;
    };
    const auto composeList = [&](QList<ContainerStatus> *statuses) {
        QByteArray out;
        if (stack.compose({u"ps"_s, u"--all"_s, u"--format"_s, u"json"_s}, &out) != 0)
            return false;
        *statuses = ContainerStatus::parseList(out);
        std::sort(statuses->begin(), statuses->end(),
                  [](const ContainerStatus &a, const ContainerStatus &b) { return a.name < b.name; });
        return true;
    };
    // Both once web is healthy. The status text's age ("Up 9 seconds", "Exited (3) 2 minutes ago")
    // ticks between the two reads, so it is compared with the age taken out; the rest of the
    // text (state, exit code, health) exactly.
    QList<ContainerStatus> api;
    QList<ContainerStatus> compose;
    QTRY_VERIFY_WITH_TIMEOUT(apiList(&api) && statusOf(api, u"web"_s).health == "healthy"_L1, 20000);
    QVERIFY(apiList(&api));
    QVERIFY(composeList(&compose));
    static const QRegularExpression age(u"(Less than a second|About an? \\w+|\\d+ \\w+)(?= ago|$| \\()"_s);
    const auto ageless = [](QString status) { return status.replace(age, u"AGE"_s); };
    QCOMPARE(ageless(u"Up 9 seconds (healthy)"_s), u"Up AGE (healthy)"_s);
    QCOMPARE(ageless(u"Exited (3) About a minute ago"_s), u"Exited (3) AGE ago"_s);
    QCOMPARE(api.size(), 4);
    for (qsizetype i = 0; i < api.size(); ++i) {
        const ContainerStatus &a = api.at(i);
        const ContainerStatus &c = compose.value(i);
        QCOMPARE(a.id, c.id);
        QCOMPARE(a.name, c.name);
        QCOMPARE(a.service, c.service);
        QCOMPARE(a.state, c.state);
        QCOMPARE(a.health, c.health);
        QCOMPARE(ageless(a.status), ageless(c.status));
        QCOMPARE(a.exitCode, c.exitCode);
        QCOMPARE(PortMapping::listToString(a.ports), PortMapping::listToString(c.ports));
    }
    QCOMPARE(statusOf(api, u"bad"_s).exitCode, 3);
    QCOMPARE(statusOf(api, u"made"_s).state, u"created"_s); // made-1 sorts before made-run-…
    QCOMPARE(statusOf(api, u"web"_s).ports.size(), 3); // the port, and 9000 on IPv4 and IPv6
}

void TestDockerLifecycle::lifecycleThroughEvents_data()
{
    QTest::addColumn<bool>("api");
    QTest::newRow("engine api") << true;
    QTest::newRow("compose ps") << false;
}

void TestDockerLifecycle::lifecycleThroughEvents()
{
    QFETCH(bool, api);
    DockerTest::Project stack(DockerTest::stackYaml(DockerTest::freePort()));
    EventWatcher watcher(&m_env, stack.project());
    watcher.setEngineApiAllowed(api);
    QList<DockerEvent> events;
    connect(&watcher, &EventWatcher::eventReceived, this, [&events](const DockerEvent &e) { events.append(e); });
    QList<QList<ContainerStatus>> refreshes;
    connect(&watcher, &EventWatcher::statusesChanged, this,
            [&refreshes](const QList<ContainerStatus> &s) { refreshes.append(s); });
    QSignalSpy connected(&watcher, &EventWatcher::connectedChanged);
    watcher.start();
    QVERIFY(connected.wait(20000));
    QCOMPARE(connected.first().at(0).toBool(), true);
    QVERIFY(watcher.statuses().isEmpty());
    QCOMPARE(watcher.usesEngineApi(), api);

    auto state = [&watcher](const QString &service) { return statusOf(watcher.statuses(), service).state; };
    auto health = [&watcher](const QString &service) { return statusOf(watcher.statuses(), service).health; };

    // up: the command line carries -f, --project-directory and -p.
    CommandJob *up = m_env.composeJob(stack.project(), {u"up"_s, u"-d"_s}, this);
    QSignalSpy started(up, &CommandJob::started);
    QVERIFY(runJob(up));
    QCOMPARE(up->outcome(), CommandJob::Outcome::Succeeded);
    const QStringList args = started.first().at(1).toStringList();
    QCOMPARE(args.mid(0, 7), (QStringList{u"compose"_s, u"-f"_s, stack.project().composeFile, u"--project-directory"_s,
                                          stack.directory(), u"-p"_s, stack.project().name}));
    up->deleteLater();

    // Seen through events, not by asking: running, then health starting -> healthy.
    QTRY_COMPARE_WITH_TIMEOUT(state(u"web"_s), u"running"_s, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(state(u"worker"_s), u"running"_s, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(health(u"web"_s), u"healthy"_s, 20000);
    const auto sawHealthEvent = [&events](const QString &detail) {
        return std::any_of(events.cbegin(), events.cend(),
                           [&detail](const DockerEvent &e) { return e.action == "health_status"_L1 && e.detail == detail; });
    };
    QVERIFY(sawHealthEvent(u"healthy"_s));
    const int refreshesAfterUp = int(refreshes.size());

    // Health turns bad when the check starts failing.
    QVERIFY(QFile::remove(stack.directory() + "/healthy"_L1));
    QTRY_COMPARE_WITH_TIMEOUT(health(u"web"_s), u"unhealthy"_s, 20000);
    QVERIFY(sawHealthEvent(u"unhealthy"_s));

    // stop / start / restart one service.
    CommandJob *stop = m_env.composeJob(stack.project(), {u"stop"_s, u"web"_s}, this);
    QVERIFY(runJob(stop));
    QCOMPARE(stop->outcome(), CommandJob::Outcome::Succeeded);
    QTRY_COMPARE_WITH_TIMEOUT(state(u"web"_s), u"exited"_s, 15000);
    QCOMPARE(state(u"worker"_s), u"running"_s);

    CommandJob *start = m_env.composeJob(stack.project(), {u"start"_s, u"web"_s}, this);
    QVERIFY(runJob(start));
    QCOMPARE(start->outcome(), CommandJob::Outcome::Succeeded);
    QTRY_COMPARE_WITH_TIMEOUT(state(u"web"_s), u"running"_s, 15000);

    const qsizetype eventsBefore = events.size();
    CommandJob *restart = m_env.composeJob(stack.project(), {u"restart"_s, u"worker"_s}, this);
    QVERIFY(runJob(restart));
    QCOMPARE(restart->outcome(), CommandJob::Outcome::Succeeded);
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(events.cbegin() + eventsBefore, events.cend(),
                                         [](const DockerEvent &e) { return e.service == "worker"_L1 && e.action == "restart"_L1; }),
                             15000);
    QTRY_COMPARE_WITH_TIMEOUT(state(u"worker"_s), u"running"_s, 15000);

    // A burst of events costs one query per debounce window, not one per event.
    QVERIFY2(refreshes.size() - refreshesAfterUp < events.size() - eventsBefore + 10,
             qPrintable(u"%1 refreshes for %2 events"_s.arg(refreshes.size()).arg(events.size())));

    // down: containers gone, seen through events.
    CommandJob *down = m_env.composeJob(stack.project(), {u"down"_s, u"--timeout"_s, u"1"_s}, this);
    QVERIFY(runJob(down));
    QCOMPARE(down->outcome(), CommandJob::Outcome::Succeeded);
    QTRY_VERIFY_WITH_TIMEOUT(watcher.statuses().isEmpty(), 15000);
    QVERIFY(watcher.isConnected());
    watcher.stop();
}

void TestDockerLifecycle::oneOffFailureIsFailed()
{
    DockerTest::Project stack(DockerTest::stackYaml(DockerTest::freePort()));
    CommandJob *run = m_env.composeJob(stack.project(),
        {u"run"_s, u"--rm"_s, u"--no-deps"_s, u"worker"_s, u"sh"_s, u"-c"_s, u"echo about to fail >&2; exit 3"_s}, this);
    QSignalSpy failed(run, &CommandJob::failed);
    QStringList output;
    connect(run, &CommandJob::output, this, [&output](const QString &line) { output.append(line); });
    QVERIFY(runJob(run));
    QCOMPARE(run->outcome(), CommandJob::Outcome::Failed);
    QCOMPARE(run->exitCode(), 3);
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.first().at(0).toString().contains(u"exit code 3"_s), qPrintable(failed.first().at(0).toString()));
    QVERIFY2(output.contains(u"about to fail"_s), qPrintable(output.join(u'\n')));
    delete run;
}

void TestDockerLifecycle::portAlreadyAllocated()
{
    const int port = DockerTest::freePort();
    DockerTest::Project first(DockerTest::stackYaml(port));
    DockerTest::Project second(DockerTest::stackYaml(port));
    QCOMPARE(first.compose({u"up"_s, u"-d"_s, u"web"_s}), 0);
    CommandJob *up = m_env.composeJob(second.project(), {u"up"_s, u"-d"_s, u"web"_s}, this);
    QSignalSpy failed(up, &CommandJob::failed);
    QVERIFY(runJob(up));
    QCOMPARE(up->outcome(), CommandJob::Outcome::Failed);
    QCOMPARE(failed.size(), 1);
    const QString message = failed.first().at(0).toString();
    // The CLI's own words reach the user.
    QVERIFY2(message.contains(u"port is already allocated"_s) || message.contains(u"address already in use"_s),
             qPrintable(message));
    QVERIFY2(message.contains(QString::number(port)), qPrintable(message));
    delete up;
}

void TestDockerLifecycle::cancelIsNotFailureAndLeavesNothing()
{
    DockerTest::Project stack(DockerTest::stackYaml(DockerTest::freePort()));
    // A foreground `up` runs until interrupted, like `logs -f`: the compose plugin is a child
    // of `docker`, and both must go.
    CommandJob *up = m_env.composeJob(stack.project(), {u"up"_s, u"worker"_s}, this);
    QSignalSpy failed(up, &CommandJob::failed);
    QSignalSpy finished(up, &CommandJob::finished);
    bool ready = false;
    connect(up, &CommandJob::output, this, [&ready](const QString &line) { ready = ready || line.contains(u"worker ready"_s); });
    up->start();
    QTRY_VERIFY_WITH_TIMEOUT(ready, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(DockerTest::processesMentioning(stack.project().name).size() >= 2, 5000);
    up->cancel();
    QVERIFY(finished.wait(20000));
    QCOMPARE(up->outcome(), CommandJob::Outcome::Cancelled);
    QCOMPARE(failed.size(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(DockerTest::processesMentioning(stack.project().name).isEmpty(), 5000);
    delete up;
}

void TestDockerLifecycle::brokenStreamResumesWithSince()
{
    DockerTest::Project stack(DockerTest::stackYaml(DockerTest::freePort()));
    QCOMPARE(stack.compose({u"up"_s, u"-d"_s, u"worker"_s}), 0);
    EventWatcher watcher(&m_env, stack.project());
    watcher.setReconnectInterval(1500, 1500);
    QList<DockerEvent> events;
    connect(&watcher, &EventWatcher::eventReceived, this, [&events](const DockerEvent &e) { events.append(e); });
    QSignalSpy connected(&watcher, &EventWatcher::connectedChanged);
    watcher.start();
    QVERIFY(connected.wait(15000));
    // One event so the watcher has a point to resume from.
    QCOMPARE(stack.compose({u"restart"_s, u"worker"_s}), 0);
    QTRY_VERIFY_WITH_TIMEOUT(watcher.lastEventTimeNs() > 0, 15000);

    // The stream breaks (the daemon is fine); while it is away, the worker stops.
    QList<qint64> stream;
    for (qint64 pid : DockerTest::processesMentioning(stack.project().name)) {
        QFile cmdline(u"/proc/%1/cmdline"_s.arg(pid));
        if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(QByteArray("events\0", 7)))
            stream.append(pid);
    }
    QCOMPARE(stream.size(), 1);
    QVERIFY(::kill(pid_t(stream.first()), SIGKILL) == 0);
    QTRY_VERIFY_WITH_TIMEOUT(!watcher.isConnected(), 5000);
    const qsizetype before = events.size();
    QCOMPARE(stack.compose({u"stop"_s, u"worker"_s}), 0);

    // Reconnected with --since, the stop that happened in the gap arrives as events.
    QTRY_VERIFY_WITH_TIMEOUT(watcher.isConnected(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(events.cbegin() + before, events.cend(),
                                         [](const DockerEvent &e) { return e.service == "worker"_L1 && e.action == "die"_L1; }),
                             10000);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(watcher.statuses(), u"worker"_s).state, u"exited"_s, 10000);
    watcher.stop();
}

// One docker stats process for the containers named, only while wanted: the running containers'
// memory arrives under their short ids; a new list restarts it; not wanted, no process is left.
void TestDockerLifecycle::statsStreamMeasuresWhileWanted_data()
{
    QTest::addColumn<bool>("api");
    QTest::newRow("engine api") << true;
    QTest::newRow("docker stats") << false;
}

void TestDockerLifecycle::statsStreamMeasuresWhileWanted()
{
    QFETCH(bool, api);
    DockerTest::Project stack(DockerTest::stackYaml(DockerTest::freePort()));
    QByteArray output;
    QCOMPARE(stack.compose({u"up"_s, u"-d"_s}, &output), 0);
    QCOMPARE(stack.compose({u"ps"_s, u"-q"_s, u"--no-trunc"_s}, &output), 0);
    QStringList ids; // the output may have compose's warnings too
    for (const QString &line : QString::fromUtf8(output).split(u'\n', Qt::SkipEmptyParts)) {
        if (line.trimmed().size() == 64)
            ids.append(line.trimmed());
    }
    QCOMPARE(ids.size(), 2);

    StatsStream stats(&m_env);
    stats.setEngineApiAllowed(api);
    QHash<QString, ContainerUsage> seen;
    connect(&stats, &StatsStream::sampled, this, [&seen](const QHash<QString, ContainerUsage> &usage) {
        for (auto it = usage.cbegin(); it != usage.cend(); ++it)
            seen.insert(it.key(), it.value());
    });
    stats.setContainers({ids.at(0)});
    QVERIFY(!stats.isRunning()); // nobody wants it yet
    stats.setWanted(true);
    QVERIFY(stats.isRunning());
    const QString first = ids.at(0).left(12);
    QTRY_VERIFY_WITH_TIMEOUT(seen.contains(first) && seen.value(first).memoryBytes > 0, 30000);
    QVERIFY(seen.value(first).memoryLimitBytes >= seen.value(first).memoryBytes);
    QCOMPARE(seen.size(), 1); // only the container named
    QCOMPARE(stats.usesEngineApi(), api);
    if (api) {
        // The CLI's figures: the same limit, memory of the same order (both move a little).
        QByteArray cli;
        QCOMPARE(DockerTest::docker({u"stats"_s, u"--no-stream"_s, u"--format"_s, u"json"_s, ids.at(0)}, &cli), 0);
        const ContainerUsage reference = ContainerUsage::takeLines(&cli).value(first);
        // docker stats prints sizes rounded to three figures ("1.23GiB").
        QVERIFY2(qAbs(seen.value(first).memoryLimitBytes - reference.memoryLimitBytes) <= reference.memoryLimitBytes / 100,
                 qPrintable(u"limit %1 against the CLI's %2"_s.arg(seen.value(first).memoryLimitBytes).arg(reference.memoryLimitBytes)));
        QVERIFY2(seen.value(first).memoryBytes < reference.memoryBytes * 3 && reference.memoryBytes < seen.value(first).memoryBytes * 3,
                 qPrintable(u"memory %1 against the CLI's %2"_s.arg(seen.value(first).memoryBytes).arg(reference.memoryBytes)));
    }

    stats.setContainers(ids);
    const QString second = ids.at(1).left(12);
    QTRY_VERIFY_WITH_TIMEOUT(seen.contains(second) && seen.value(second).memoryBytes > 0, 30000);

    QSignalSpy stopped(&stats, &StatsStream::stopped);
    stats.setWanted(false);
    QTRY_VERIFY_WITH_TIMEOUT(!stats.isRunning(), 10000);
    QVERIFY(stopped.size() >= 1);
    QTRY_VERIFY_WITH_TIMEOUT(DockerTest::processesMentioning(first).isEmpty(), 10000);
}

QTEST_GUILESS_MAIN(TestDockerLifecycle)
#include "tst_dockerlifecycle.moc"
