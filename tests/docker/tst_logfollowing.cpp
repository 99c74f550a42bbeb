// LogFollower against the private engine: prefixes and ANSI, following across a restart,
// a flooding service, and no docker process left after stop.
#include "dockertest.h"

#include "docker/dockerenvironment.h"
#include "docker/eventwatcher.h"
#include "docker/logfollower.h"
#include "models/logmodel.h"

#include <QElapsedTimer>
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
    void stopLeavesNoProcess();

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
    QCOMPARE(started.size(), 1);
    const QStringList args = started.first().at(1).toStringList();
    QVERIFY(args.contains(u"--follow"_s));
    QVERIFY(args.contains(u"-p"_s));
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
    QStringList lines;
    connect(&follower, &LogFollower::linesReceived, this, [&lines](const QList<LogLine> &batch) {
        for (const LogLine &line : batch)
            lines.append(line.service + u'|' + line.text);
    });
    QSignalSpy ended(&follower, &LogFollower::streamEnded);
    QSignalSpy connected(&watcher, &EventWatcher::connectedChanged);
    watcher.start();
    QVERIFY(connected.wait(15000));
    follower.start();
    QTRY_COMPARE_WITH_TIMEOUT(lines.count(u"worker|worker ready"_s), 1, 15000);

    // Compose ends `logs -f` when the containers stop; the start event resumes it.
    QCOMPARE(stack.compose({u"restart"_s, u"worker"_s}), 0);
    QTRY_COMPARE_WITH_TIMEOUT(lines.count(u"worker|worker ready"_s), 2, 20000);
    QVERIFY(ended.size() >= 1);
    QTRY_VERIFY_WITH_TIMEOUT(follower.isRunning(), 10000);
    // Nothing shown twice although the resume overlaps the last lines.
    QTest::qWait(500);
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
    QTest::qWait(3000);
    ticker.stop();
    const quint64 received = model.totalAppended() - before;
    follower.stop();
    qInfo("flood: %llu lines in 3 s, %d batches in all, longest event-loop gap %lld ms, longest append %lld ms",
          received, batches, longestGap, appendMs);
    QVERIFY2(received > 20000, "the flood did not reach the model");
    QCOMPARE(model.lineCount(), 20000);
    QVERIFY2(longestGap < 250, qPrintable(u"event loop blocked for %1 ms"_s.arg(longestGap)));
    // Lines arrive in batches, not one call per line.
    QVERIFY(quint64(batches) * 10 < model.totalAppended());
}

void TestLogFollowing::stopLeavesNoProcess()
{
    DockerTest::Project stack(DockerTest::stackYaml(DockerTest::freePort()));
    QCOMPARE(stack.compose({u"up"_s, u"-d"_s, u"worker"_s}), 0);
    LogFollower follower(&m_env, stack.project());
    qint64 leader = 0;
    QSignalSpy lines(&follower, &LogFollower::linesReceived);
    follower.start();
    QVERIFY(lines.wait(15000));
    const QList<qint64> running = DockerTest::processesMentioning(stack.project().name);
    // `docker` and its compose plugin child, in one process group of their own.
    QVERIFY2(running.size() >= 2, qPrintable(u"%1 processes"_s.arg(running.size())));
    for (qint64 pid : running) {
        const QList<qint64> group = DockerTest::processGroupMembers(pid);
        if (group.contains(pid))
            leader = pid;
    }
    QVERIFY(leader > 0);
    QVERIFY(DockerTest::processGroupMembers(leader).size() >= 2);
    follower.stop();
    QTRY_VERIFY_WITH_TIMEOUT(DockerTest::processesMentioning(stack.project().name).isEmpty(), 10000);
    QCOMPARE(DockerTest::processGroupMembers(leader).size(), 0);
}

QTEST_GUILESS_MAIN(TestLogFollowing)
#include "tst_logfollowing.moc"
