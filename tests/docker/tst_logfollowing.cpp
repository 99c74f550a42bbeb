// LogFollower against the private engine: prefixes and ANSI, following across a restart,
// a flooding service, and no docker process left after stop.
#include "dockertest.h"

#include "docker/dockerenvironment.h"
#include "docker/eventwatcher.h"
#include "logs/logfollower.h"
#include "logs/logmodel.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Berth;

class TestLogFollowing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void linesWithServiceAndColour();
    void followsAcrossRestart();
    void floodStaysBoundedAndResponsive();
    void stopLeavesNoProcess_data();
    void stopLeavesNoProcess();
    void stopThenStartShowsEachLineOnce();
    void crashLoopShowsEveryRun();

private:
    DockerEnvironment m_env;
};

void TestLogFollowing::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString why;
    QVERIFY2(!DockerTest::dockerHost(&why).isEmpty(), qPrintable(why));
    QVERIFY2(DockerTest::probe(m_env), qPrintable(m_env.problemTitle() + u' ' + m_env.problemDetail()));
}

void TestLogFollowing::linesWithServiceAndColour()
{
    DockerTest::Project stack(DockerTest::stackYaml(DockerTest::freePort()));
    QCOMPARE(stack.compose({u"up"_s, u"-d"_s}), 0);
    LogFollower follower(&m_env, stack.project());
    LogModel model;
    connect(&follower, &LogFollower::linesReceived, &model, &LogModel::append);
    QSignalSpy started(&follower, &LogFollower::started);
    follower.start();
    // First the listing of the project's containers, then one `docker logs -f` per container.
    QCOMPARE(started.size(), 1);
    QVERIFY(started.first().at(1).toStringList().contains(u"label=com.docker.compose.project="_s + stack.project().name));
    // Per container: its last 500 lines with the daemon's timestamps, then following it from
    // just after them.
    QTRY_COMPARE_WITH_TIMEOUT(started.size(), 5, 15000);
    int history = 0, live = 0;
    for (int i = 1; i < 5; ++i) {
        const QStringList args = started.at(i).at(1).toStringList();
        history += args.mid(0, 4) == QStringList{u"logs"_s, u"--timestamps"_s, u"--tail"_s, u"500"_s};
        live += args.mid(0, 4) == QStringList{u"logs"_s, u"--follow"_s, u"--timestamps"_s, u"--since"_s};
    }
    QCOMPARE(history, 2);
    QCOMPARE(live, 2);
    auto find = [&model](const QString &service, const QString &text) {
        for (int i = 0; i < model.lineCount(); ++i) {
            if (model.entry(i).service == service && model.entry(i).text.contains(text))
                return i;
        }
        return -1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(find(u"web"_s, u"web line 3"_s) >= 0, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(find(u"worker"_s, u"worker ready"_s) >= 0, 15000);
    const LogEntry &line = model.entry(find(u"web"_s, u"web line 3"_s));
    // printf '\033[32mweb\033[0m line N': the escape became a green span over "web".
    QCOMPARE(line.text, u"web line 3"_s);
    QCOMPARE(line.spans.size(), 1);
    QCOMPARE(line.spans.at(0).start, 0);
    QCOMPARE(line.spans.at(0).length, 3);
    QCOMPARE(line.spans.at(0).foreground, 2);
    QVERIFY(line.timestampNs > 0);
    QVERIFY(!line.text.contains(u'\x1b'));
    follower.stop();
}

void TestLogFollowing::followsAcrossRestart()
{
    DockerTest::Project stack(DockerTest::stackYaml(DockerTest::freePort()));
    QCOMPARE(stack.compose({u"up"_s, u"-d"_s, u"worker"_s}), 0);
    EventWatcher watcher(&m_env, stack.project());
    LogFollower follower(&m_env, stack.project());
    follower.setTail(-1);
    connect(&watcher, &EventWatcher::containerStarted, &follower, &LogFollower::resume);
    QList<qint64> deaths;
    connect(&watcher, &EventWatcher::eventReceived, &follower, [&](const DockerEvent &event) {
        if (event.type == "container"_L1 && event.action == "die"_L1) {
            deaths.append(event.timeNano);
            follower.noteContainerDied(event.id, event.timeNano);
        }
    });
    QStringList lines;
    connect(&follower, &LogFollower::linesReceived, this, [&lines](const QList<LogLine> &batch) {
        for (const LogLine &line : batch)
            lines.append(line.service + u'|' + line.text);
    });
    QSignalSpy started(&follower, &LogFollower::started);
    QSignalSpy connected(&watcher, &EventWatcher::connectedChanged);
    watcher.start();
    QVERIFY(connected.wait(15000));
    follower.start();
    QTRY_COMPARE_WITH_TIMEOUT(lines.count(u"worker|worker ready"_s), 1, 15000);

    // `docker logs -f` ends when its container stops; the start event resumes it, from just
    // before the last line seen.
    QCOMPARE(stack.compose({u"restart"_s, u"worker"_s}), 0);
    QTRY_COMPARE_WITH_TIMEOUT(lines.count(u"worker|worker ready"_s), 2, 20000);
    // Followed again from the daemon's time of the `die`: after every line of the first run,
    // before any of the second.
    QCOMPARE(deaths.size(), 1);
    auto resumedFromDeath = [&] {
        for (const QList<QVariant> &call : std::as_const(started)) {
            const QStringList args = call.at(1).toStringList();
            const qsizetype since = args.indexOf(u"--since"_s);
            if (args.value(0) == "logs"_L1 && args.contains(u"--follow"_s) && since > 0)
                return args.value(since + 1) == LogLine::formatTimestamp(deaths.constFirst());
        }
        return false;
    };
    QVERIFY(resumedFromDeath());
    QTRY_VERIFY_WITH_TIMEOUT(follower.isRunning(), 10000);
    // Nothing shown twice although the resume overlaps the last lines: a line written to the
    // container's output now comes after any late duplicate would have.
    const QString worker = stack.project().name + u"-worker-1"_s;
    QCOMPARE(DockerTest::docker({u"exec"_s, worker, u"sh"_s, u"-c"_s, u"echo sentinel one > /proc/1/fd/1"_s}), 0);
    QTRY_COMPARE_WITH_TIMEOUT(lines.count(u"worker|sentinel one"_s), 1, 15000);
    QCOMPARE(lines.count(u"worker|worker ready"_s), 2);

    // A service started after the follower is followed too, from its first line.
    QCOMPARE(stack.compose({u"up"_s, u"-d"_s, u"web"_s}), 0);
    // (The raw line still has its escape sequences: "\e[32mweb\e[0m line 1".)
    auto webFirstLine = [&lines] {
        return std::any_of(lines.cbegin(), lines.cend(), [](const QString &line) {
            return line.startsWith(u"web|"_s) && line.endsWith(u"m line 1"_s);
        });
    };
    QTRY_VERIFY_WITH_TIMEOUT(webFirstLine(), 20000);
    QCOMPARE(lines.count(u"worker|worker ready"_s), 2);
    follower.stop();
    watcher.stop();
}

void TestLogFollowing::floodStaysBoundedAndResponsive()
{
    DockerTest::Project flood(DockerTest::floodYaml(), u"bf"_s);
    QCOMPARE(flood.compose({u"up"_s, u"-d"_s}), 0);
    LogFollower follower(&m_env, flood.project());
    LogModel model;
    model.setCapacity(20000);
    int batches = 0;
    qint64 appendMs = 0;
    connect(&follower, &LogFollower::linesReceived, this, [&](const QList<LogLine> &lines) {
        QElapsedTimer t;
        t.start();
        model.append(lines);
        appendMs = qMax(appendMs, t.elapsed());
        ++batches;
    });

    // A 10 ms timer measures how long the event loop is kept from running.
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 longestGap = 0;
    QTimer ticker;
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, this, [&] {
        const qint64 now = clock.elapsed();
        longestGap = qMax(longestGap, now - last);
        last = now;
    });
    follower.start();
    QTRY_VERIFY_WITH_TIMEOUT(model.totalAppended() > 1000, 20000);
    clock.start();
    ticker.start();
    const quint64 before = model.totalAppended();
    // How fast is berth-bench's business (log_max_stall_ms); here: the flood keeps arriving,
    // the model stays at its cap, and the event loop keeps running (the ticker ticks).
    QTRY_VERIFY_WITH_TIMEOUT(model.totalAppended() - before > 50000, 60000);
    ticker.stop();
    const quint64 received = model.totalAppended() - before;
    follower.stop();
    qInfo("flood: %llu lines in %lld ms, %d batches in all, longest event-loop gap %lld ms, longest append %lld ms",
          received, clock.elapsed(), batches, longestGap, appendMs);
    QCOMPARE(model.lineCount(), 20000);
    QVERIFY(last > 0);
    // Lines arrive in batches, not one call per line.
    QVERIFY(quint64(batches) * 10 < model.totalAppended());
}

void TestLogFollowing::stopLeavesNoProcess_data()
{
    QTest::addColumn<bool>("api");
    QTest::newRow("through the Engine API") << true;
    QTest::newRow("docker logs") << false;
}

void TestLogFollowing::stopLeavesNoProcess()
{
    QFETCH(bool, api);
    DockerTest::Project stack(DockerTest::stackYaml(DockerTest::freePort()));
    QCOMPARE(stack.compose({u"up"_s, u"-d"_s}), 0);
    LogFollower follower(&m_env, stack.project());
    follower.setEngineApiAllowed(api);
    QSignalSpy started(&follower, &LogFollower::started);
    QSignalSpy lines(&follower, &LogFollower::linesReceived);
    follower.start();
    QVERIFY(lines.wait(15000));
    QTRY_COMPARE_WITH_TIMEOUT(started.size(), 5, 15000);
    // One `docker logs -f CONTAINER` per container (once the history has been printed), each
    // the leader of its own process group.
    QStringList containers;
    for (int i = 1; i < started.size(); ++i) {
        const QStringList args = started.at(i).at(1).toStringList();
        if (args.contains(u"--follow"_s))
            containers.append(args.constLast());
    }
    QCOMPARE(containers.size(), 2);
    QCOMPARE(follower.usesEngineApi(), api);
    if (api) {
        // Each stream is a connection to the daemon's socket: no process at all, and lines come.
        const quint64 before = lines.size();
        QVERIFY(lines.wait(15000));
        QVERIFY(quint64(lines.size()) > before);
        for (const QString &container : std::as_const(containers))
            QCOMPARE(DockerTest::processesMentioning(container).size(), 0);
        QVERIFY(follower.isRunning());
        follower.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!follower.isRunning(), 5000);
        return;
    }
    QList<qint64> leaders;
    for (const QString &container : std::as_const(containers)) {
        QTRY_COMPARE_WITH_TIMEOUT(DockerTest::processesMentioning(container).size(), 1, 5000);
        const QList<qint64> running = DockerTest::processesMentioning(container);
        QVERIFY2(running.size() == 1, qPrintable(u"%1 processes follow %2"_s.arg(running.size()).arg(container)));
        QVERIFY(DockerTest::processGroupMembers(running.first()).contains(running.first()));
        leaders.append(running.first());
    }
    QVERIFY(follower.isRunning());
    follower.stop();
    for (const QString &container : std::as_const(containers))
        QTRY_VERIFY_WITH_TIMEOUT(DockerTest::processesMentioning(container).isEmpty(), 10000);
    for (qint64 leader : std::as_const(leaders))
        QCOMPARE(DockerTest::processGroupMembers(leader).size(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!follower.isRunning(), 5000);
}

void TestLogFollowing::stopThenStartShowsEachLineOnce()
{
    // web prints "web line N" every 0.2 s. Following, stopping for a second and starting again
    // shows every N once: the history's end joins the live stream, and the second start goes on
    // from where the first stopped.
    DockerTest::Project stack(DockerTest::stackYaml(DockerTest::freePort()));
    QCOMPARE(stack.compose({u"up"_s, u"-d"_s, u"web"_s}), 0);
    // Some history: web touches this file at its tenth line.
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(stack.directory() + u"/healthy"_s), 15000);
    LogFollower follower(&m_env, stack.project());
    QList<int> numbers;
    connect(&follower, &LogFollower::linesReceived, this, [&numbers](const QList<LogLine> &batch) {
        for (const LogLine &line : batch) {
            const qsizetype at = line.text.lastIndexOf(u"line "_s);
            if (line.service == "web"_L1 && at >= 0)
                numbers.append(line.text.mid(at + 5).toInt());
        }
    });
    follower.start();
    QTRY_VERIFY_WITH_TIMEOUT(numbers.size() >= 12, 15000);
    follower.stop();
    QTRY_VERIFY_WITH_TIMEOUT(!follower.isRunning(), 5000);
    const int shownBeforeStop = int(numbers.size());
    // Stopped, nothing more is shown while web goes on: wait until it has printed five more
    // lines than were shown (its own log says so).
    const QString web = stack.project().name + u"-web-1"_s;
    auto lastLogged = [&web] {
        QByteArray out;
        DockerTest::docker({u"logs"_s, u"--tail"_s, u"1"_s, web}, &out);
        const qsizetype at = out.lastIndexOf("line ");
        return at < 0 ? 0 : out.mid(at + 5).trimmed().toInt();
    };
    QTRY_VERIFY_WITH_TIMEOUT(lastLogged() >= numbers.constLast() + 5, 15000);
    QCOMPARE(int(numbers.size()), shownBeforeStop);
    follower.start();
    QTRY_VERIFY_WITH_TIMEOUT(numbers.size() >= shownBeforeStop + 10, 15000);
    follower.stop();
    QVERIFY(!numbers.isEmpty());
    for (int i = 0; i < numbers.size(); ++i)
        QVERIFY2(numbers.at(i) == numbers.first() + i,
                 qPrintable(u"line %1 is %2, expected %3"_s.arg(i).arg(numbers.at(i)).arg(numbers.first() + i)));
    QCOMPARE(numbers.first(), 1);
}

void TestLogFollowing::crashLoopShowsEveryRun()
{
    // A service that fails at once, started again and again (as `docker start` or a restart
    // policy do). A run can start and die before the listing its start event asks for finds it
    // running; then its `die` event is what shows it. Here only the `die` events reach the
    // follower (no listing on start events), so every run after the first is shown that way.
    // Each run is shown, once.
    DockerTest::Project stack(R"(services:
  crash:
    image: berth-test/busybox:latest
    command: ["sh", "-c", "echo crash run $$(cat /proc/sys/kernel/random/uuid); exit 3"]
)"_ba);
    EventWatcher watcher(&m_env, stack.project());
    LogFollower follower(&m_env, stack.project());
    int deaths = 0;
    connect(&watcher, &EventWatcher::eventReceived, &follower, [&](const DockerEvent &event) {
        if (event.type == "container"_L1 && event.action == "die"_L1) {
            ++deaths;
            follower.noteContainerDied(event.id, event.timeNano);
        }
    });
    // Each run prints a line of its own, so a run shown twice shows.
    QStringList shown;
    int runs = 0;
    connect(&follower, &LogFollower::linesReceived, this, [&](const QList<LogLine> &batch) {
        for (const LogLine &line : batch) {
            if (line.service == "crash"_L1 && line.text.startsWith("crash run "_L1)) {
                shown.append(line.text);
                ++runs;
            }
        }
    });
    QSignalSpy connected(&watcher, &EventWatcher::connectedChanged);
    watcher.start();
    QVERIFY(connected.wait(15000));
    QCOMPARE(stack.compose({u"up"_s, u"-d"_s}), 0);
    QTRY_COMPARE_WITH_TIMEOUT(deaths, 1, 20000);
    // The first listing finds the container (exited) and shows its first run.
    follower.start();
    QTRY_COMPARE_WITH_TIMEOUT(runs, 1, 10000);
    const QString container = stack.project().name + u"-crash-1"_s;
    // Runs 2 to 4, then a fifth whose line comes after anything the fourth could still bring.
    for (int run = 2; run <= 5; ++run) {
        QCOMPARE(DockerTest::docker({u"start"_s, container}), 0);
        QTRY_COMPARE_WITH_TIMEOUT(deaths, run, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(runs >= run, 10000);
        QCOMPARE(runs, run);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!follower.isRunning(), 10000);
    QCOMPARE(runs, 5);
    shown.removeDuplicates();
    QCOMPARE(shown.size(), 5);
    follower.stop();
    watcher.stop();
}

QTEST_GUILESS_MAIN(TestLogFollowing)
#include "tst_logfollowing.moc"
