// Output split at awkward places: a UTF-8 sequence across two reads, a line across reads, CRLF.
// The real engine cannot be made to split its output on demand, so a stand-in docker program
// prints the pieces with pauses between them.
#include "process/commandjob.h"
#include "docker/composeproject.h"
#include "docker/dockerenvironment.h"
#include "logs/logfollower.h"
#include "logs/logstreamdecoder.h"
#include "process/utf8stream.h"

#include <QDateTime>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Berth;

namespace {

bool writeExecutable(const QString &path, const QByteArray &text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        return false;
    file.close();
    return file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

} // namespace

class TestStreamDecoding : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void jobLinesAcrossReads();
    void cutSequenceKeepsNextByte_data();
    void cutSequenceKeepsNextByte();
    void jobLineAfterCutSequence();
    void logLinesAcrossReads();
    void logStreamErrorIsReported();
    void liveStreamErrorIsReported();
    void exitedContainerReadToWhereItEnds();
    void startedDuringProbeIsFollowed();
    void containerListing_data();
    void containerListing();
};

void TestStreamDecoding::jobLinesAcrossReads()
{
    QTemporaryDir dir;
    const QString program = dir.filePath(u"pieces"_s);
    // "é" is C3 A9: the two bytes arrive in separate reads, as does the rest of the line.
    QVERIFY(writeExecutable(program, "#!/bin/sh\n"
                                     "printf 'caf\\303'; sleep 0.3; printf '\\251 au lait\\r\\nsecond'; sleep 0.3;"
                                     " printf ' line\\n' >&2; printf 'no newline at the end'\n"));
    CommandJob job(program, {});
    QStringList lines;
    connect(&job, &CommandJob::output, this, [&lines](const QString &line) { lines.append(line); });
    QSignalSpy finished(&job, &CommandJob::finished);
    job.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(job.outcome(), CommandJob::Outcome::Succeeded);
    QVERIFY2(lines.contains(u"café au lait"_s), qPrintable(lines.join(u'|')));
    QVERIFY(lines.contains(u" line"_s));
    // The unterminated last piece of stdout is still delivered, as one line.
    QVERIFY(lines.contains(u"secondno newline at the end"_s));
    QVERIFY(!lines.join(u'|').contains(QChar::ReplacementCharacter));
}

void TestStreamDecoding::cutSequenceKeepsNextByte_data()
{
    QTest::addColumn<QByteArray>("first");
    QTest::addColumn<QByteArray>("second");
    // Found by fuzz_logstream: Qt 6.8's QStringDecoder swallowed the byte after a sequence left
    // incomplete at the end of a read, here the line break, so two lines became one.
    QTest::newRow("cut sequence, then a line break") << "one \xe2\x82"_ba << "\ntwo\n"_ba;
    QTest::newRow("cut sequence, then a character") << "one \xe2\x82"_ba << "X\ntwo\n"_ba;
    QTest::newRow("two lead bytes across the cut") << "one \xc3"_ba << "\xc3\ntwo\n"_ba;
    QTest::newRow("valid sequence across the cut") << "one \xe2\x82"_ba << "\xac\ntwo\n"_ba;
    QTest::newRow("four-byte sequence across the cut") << "one \xf0\x9f"_ba << "\x98\x80\ntwo\n"_ba;
    QTest::newRow("stray continuation bytes") << "one \x80\x80"_ba << "\x80\ntwo\n"_ba;
}

void TestStreamDecoding::cutSequenceKeepsNextByte()
{
    QFETCH(QByteArray, first);
    QFETCH(QByteArray, second);
    // The text of the pieces is the text of the whole, however it was cut.
    Utf8Stream stream;
    QString pieces = stream.decode(first);
    pieces += stream.decode(second);
    pieces += stream.finish();
    QCOMPARE(pieces, QString::fromUtf8(first + second));

    LogStreamDecoder decoder;
    decoder.setTimestamps(false);
    QList<LogLine> lines;
    QStringList untimed;
    decoder.decode(first, &lines, &untimed);
    decoder.decode(second, &lines, &untimed);
    decoder.finish(&lines, &untimed);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).text + u'\n' + lines.at(1).text + u'\n', QString::fromUtf8(first + second));
}

void TestStreamDecoding::jobLineAfterCutSequence()
{
    QTemporaryDir dir;
    const QString program = dir.filePath(u"pieces"_s);
    // A sequence cut off before the line break (E2 82 of the three bytes of the euro sign), the
    // line break in the next read; a last cut sequence at the end of the output.
    QVERIFY(writeExecutable(program, "#!/bin/sh\n"
                                     "printf 'price \\342\\202'; sleep 0.3; printf '\\nsecond line\\n\\342'\n"));
    CommandJob job(program, {});
    QStringList lines;
    connect(&job, &CommandJob::output, this, [&lines](const QString &line) { lines.append(line); });
    QSignalSpy finished(&job, &CommandJob::finished);
    job.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(lines, (QStringList{QString::fromUtf8("price \xe2\x82"), u"second line"_s, QString::fromUtf8("\xe2")}));
}

namespace {

// A stand-in docker that answers the probe like docker 26 with compose 2.26, lists one
// container for `ps`, runs HISTORY for `logs --timestamps` and LIVE for `logs --follow`.
QByteArray fakeDocker(const QByteArray &history, const QByteArray &live = "  :\n", const QByteArray &state = "running",
                      const QByteArray &until = "  :\n")
{
    return "#!/bin/sh\n"
           "case \"$*\" in\n"
           "version*) echo 26.1.5 ;;\n"
           "'compose version --short') echo 2.26.1 ;;\n"
           "ps\\ *) printf 'c0ffee\\tpieces-web-1\\tweb\\t1\\t"
        + state
        + "\\nbadline\\n' ;;\n"
          "logs\\ --timestamps\\ *)\n"
        + history
        + " ;;\n"
          "logs\\ --follow\\ *)\n"
        + live
        + " ;;\n"
          "logs\\ --until\\ *)\n"
        + until
        + " ;;\n"
          "*) echo \"unexpected: $*\" >&2; exit 1 ;;\n"
          "esac\n";
}

bool readyEnvironment(DockerEnvironment &env, const QTemporaryDir &dir)
{
    QProcessEnvironment process = QProcessEnvironment::systemEnvironment();
    process.insert(u"PATH"_s, dir.path() + u":/usr/bin:/bin"_s);
    env.setProcessEnvironment(process);
    env.setInstallFolders({});
    env.probe();
    return QTest::qWaitFor([&env] { return !env.isProbing(); }, 10000) && env.isReady();
}

} // namespace

void TestStreamDecoding::logLinesAcrossReads()
{
    QTemporaryDir dir;
    // The history, timestamped, in pieces: a UTF-8 sequence and an escape sequence split across
    // reads; one line of the container's stderr, which `docker logs` prints on its own stderr.
    // Then the live stream, timestamped too, on both pipes.
    QVERIFY(writeExecutable(dir.filePath(u"docker"_s),
                            fakeDocker("  printf '2026-11-27T12:00:13.000000001Z caf\\303'; sleep 0.3\n"
                                       "  printf '\\251 \\033[3'; sleep 0.3\n"
                                       "  printf '2026-11-27T12:00:13.000000003Z to stderr\\r\\n' >&2\n"
                                       "  printf '1mred\\033[0m\\n2026-11-27T12:00:13.000000002Z two'\n",
                                       "  printf '2026-11-27T12:00:14.000000001Z live out\\n'; sleep 0.2\n"
                                       "  printf '2026-11-27T12:00:14.000000002Z live err\\n' >&2\n")));
    DockerEnvironment env;
    QVERIFY2(readyEnvironment(env, dir), qPrintable(env.problemTitle() + u' ' + env.problemDetail()));

    LogFollower follower(&env, ComposeProject{dir.filePath(u"compose.yaml"_s), dir.path(), u"pieces"_s});
    QList<LogLine> lines;
    connect(&follower, &LogFollower::linesReceived, this, [&lines](const QList<LogLine> &batch) { lines += batch; });
    QSignalSpy started(&follower, &LogFollower::started);
    QSignalSpy ended(&follower, &LogFollower::streamEnded);
    follower.start();
    QVERIFY(ended.wait(10000));
    QCOMPARE(ended.size(), 1);
    QCOMPARE(ended.first().at(0).toString(), QString());
    // The listing; for the one well-formed container line its history, then the live stream
    // from just after the history's last line.
    QCOMPARE(started.size(), 3);
    QCOMPARE(started.at(1).at(1).toStringList(),
             (QStringList{u"logs"_s, u"--timestamps"_s, u"--tail"_s, u"500"_s, u"c0ffee"_s}));
    QCOMPARE(started.at(2).at(1).toStringList(),
             (QStringList{u"logs"_s, u"--follow"_s, u"--timestamps"_s, u"--since"_s, u"2026-11-27T12:00:13.000000004Z"_s,
                          u"c0ffee"_s}));
    QCOMPARE(lines.size(), 5);
    for (const LogLine &line : std::as_const(lines)) {
        QCOMPARE(line.service, u"web"_s);
        QCOMPARE(line.container, u"web-1"_s);
    }
    QCOMPARE(lines.at(0).text, u"to stderr"_s);
    // The escape sequence was split too; it is whole again for the ANSI parser.
    QCOMPARE(lines.at(1).text, u"caf\u00e9 \x1b[31mred\x1b[0m"_s);
    QCOMPARE(lines.at(1).timestampNs, LogLine::parseTimestamp(u"2026-11-27T12:00:13.000000001Z"));
    // The last line had no newline before the history ended.
    QCOMPARE(lines.at(2).text, u"two"_s);
    // Live lines carry the daemon's time too (a broken stream resumes just after its last line).
    QCOMPARE(lines.at(3).text, u"live out"_s);
    QCOMPARE(lines.at(4).text, u"live err"_s);
    QCOMPARE(lines.at(3).timestampNs, LogLine::parseTimestamp(u"2026-11-27T12:00:14.000000001Z"));
    QCOMPARE(lines.at(4).timestampNs, LogLine::parseTimestamp(u"2026-11-27T12:00:14.000000002Z"));
    QCOMPARE(follower.lastTimestampNs(), lines.at(4).timestampNs);
    QVERIFY(!follower.isRunning());
}

void TestStreamDecoding::logStreamErrorIsReported()
{
    QTemporaryDir dir;
    QVERIFY(writeExecutable(dir.filePath(u"docker"_s),
                            fakeDocker("  echo 'Error response from daemon: No such container: c0ffee' >&2; exit 1\n")));
    DockerEnvironment env;
    QVERIFY2(readyEnvironment(env, dir), qPrintable(env.problemTitle() + u' ' + env.problemDetail()));
    LogFollower follower(&env, ComposeProject{dir.filePath(u"compose.yaml"_s), dir.path(), u"pieces"_s});
    QSignalSpy lines(&follower, &LogFollower::linesReceived);
    QSignalSpy started(&follower, &LogFollower::started);
    QSignalSpy ended(&follower, &LogFollower::streamEnded);
    follower.start();
    QVERIFY(ended.wait(10000));
    QCOMPARE(ended.first().at(0).toString(), u"Error response from daemon: No such container: c0ffee"_s);
    // The CLI's message is not shown as a line of the container, and nothing follows a failed
    // history.
    QCOMPARE(lines.size(), 0);
    QCOMPARE(started.size(), 2);
}

void TestStreamDecoding::liveStreamErrorIsReported()
{
    QTemporaryDir dir;
    // The history is empty; the live stream breaks (the daemon went away).
    QVERIFY(writeExecutable(dir.filePath(u"docker"_s),
                            fakeDocker("  :\n", "  echo '2026-11-27T12:00:14.000000001Z served'\n"
                                             "  echo 'error from daemon in stream: unexpected EOF' >&2; exit 1\n")));
    DockerEnvironment env;
    QVERIFY2(readyEnvironment(env, dir), qPrintable(env.problemTitle() + u' ' + env.problemDetail()));
    LogFollower follower(&env, ComposeProject{dir.filePath(u"compose.yaml"_s), dir.path(), u"pieces"_s});
    QStringList lines;
    connect(&follower, &LogFollower::linesReceived, this, [&lines](const QList<LogLine> &batch) {
        for (const LogLine &line : batch)
            lines.append(line.text);
    });
    QSignalSpy started(&follower, &LogFollower::started);
    QSignalSpy ended(&follower, &LogFollower::streamEnded);
    follower.start();
    QVERIFY(ended.wait(10000));
    // No history: followed from the container's first line.
    QCOMPARE(started.at(2).at(1).toStringList(), (QStringList{u"logs"_s, u"--follow"_s, u"--timestamps"_s, u"c0ffee"_s}));
    QCOMPARE(ended.first().at(0).toString(), u"error from daemon in stream: unexpected EOF"_s);
    // The container's lines carry the daemon's timestamp; the CLI's message has none, so it is
    // reported, not shown as the container's.
    QCOMPARE(lines, (QStringList{u"served"_s}));
}

void TestStreamDecoding::exitedContainerReadToWhereItEnds()
{
    QTemporaryDir dir;
    // All of an exited container's log: `--tail 1` with timestamps says where it ends, then the
    // lines up to there come without timestamps (the daemon's stamps cost throughput).
    QVERIFY(writeExecutable(dir.filePath(u"docker"_s),
                            fakeDocker("  printf '2026-11-27T12:00:13.000000009Z last\\n'\n", "  echo 'unexpected follow' >&2; exit 1\n",
                                       "exited", "  printf 'first\\nlast\\n'\n")));
    DockerEnvironment env;
    QVERIFY2(readyEnvironment(env, dir), qPrintable(env.problemTitle() + u' ' + env.problemDetail()));
    LogFollower follower(&env, ComposeProject{dir.filePath(u"compose.yaml"_s), dir.path(), u"pieces"_s});
    follower.setTail(-1);
    QList<LogLine> lines;
    connect(&follower, &LogFollower::linesReceived, this, [&lines](const QList<LogLine> &batch) { lines += batch; });
    QSignalSpy started(&follower, &LogFollower::started);
    QSignalSpy ended(&follower, &LogFollower::streamEnded);
    follower.start();
    QVERIFY(ended.wait(10000));
    QCOMPARE(ended.first().at(0).toString(), QString());
    QCOMPARE(started.size(), 3);
    QCOMPARE(started.at(1).at(1).toStringList(),
             (QStringList{u"logs"_s, u"--timestamps"_s, u"--tail"_s, u"1"_s, u"c0ffee"_s}));
    QCOMPARE(started.at(2).at(1).toStringList(),
             (QStringList{u"logs"_s, u"--until"_s, u"2026-11-27T12:00:13.000000009Z"_s, u"c0ffee"_s}));
    // The probe's line is not shown twice; old lines carry no time rather than a wrong one.
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).text, u"first"_s);
    QCOMPARE(lines.at(1).text, u"last"_s);
    QCOMPARE(lines.at(0).timestampNs, 0);
    QCOMPARE(lines.at(1).container, u"web-1"_s);
}

// A race a real engine shows only under load (issue #11): `up` creates the container, a listing
// finds it "created" and probes where its log ends; the container starts and prints during the
// probe, and its start event's listing comes while the probe still runs. The follower must still
// follow it after the probe's bulk read: no other start event will come. The stand-in holds the
// probe until the second listing has been handled, so the order is fixed.
void TestStreamDecoding::startedDuringProbeIsFollowed()
{
    QTemporaryDir dir;
    const QByteArray d = dir.path().toUtf8();
    QVERIFY(writeExecutable(dir.filePath(u"docker"_s),
                            "#!/bin/sh\n"
                            "case \"$*\" in\n"
                            "version*) echo 26.1.5 ;;\n"
                            "'compose version --short') echo 2.26.1 ;;\n"
                            "ps\\ *) printf 'c0ffee\\tpieces-web-1\\tweb\\t1\\t%s\\n' \"$(cat "
                                + d + "/state)\" ;;\n"
                                      "logs\\ --timestamps\\ --tail\\ 1\\ *)\n"
                                      "  while [ ! -f "
                                + d + "/release ]; do sleep 0.02; done\n"
                                      "  printf '2026-11-27T12:00:13.000000009Z line 1\\n' ;;\n"
                                      "logs\\ --until\\ *) printf 'line 1\\n' ;;\n"
                                      "logs\\ --follow\\ *) printf 'line 2\\n' ;;\n"
                                      "*) echo \"unexpected: $*\" >&2; exit 1 ;;\n"
                                      "esac\n"));
    QVERIFY(writeExecutable(dir.filePath(u"state"_s), "created"));
    DockerEnvironment env;
    QVERIFY2(readyEnvironment(env, dir), qPrintable(env.problemTitle() + u' ' + env.problemDetail()));
    LogFollower follower(&env, ComposeProject{dir.filePath(u"compose.yaml"_s), dir.path(), u"pieces"_s});
    follower.setTail(-1);
    QList<LogLine> lines;
    connect(&follower, &LogFollower::linesReceived, this, [&lines](const QList<LogLine> &batch) { lines += batch; });
    QSignalSpy started(&follower, &LogFollower::started);
    QSignalSpy ended(&follower, &LogFollower::streamEnded);
    auto *listing = follower.findChild<CommandJob *>(u"listing"_s);
    QVERIFY(listing);
    int listings = 0;
    // Connected after the follower's own handler, so this runs once the listing was handled.
    connect(listing, &CommandJob::finished, this, [&] {
        if (++listings == 2)
            QVERIFY(writeExecutable(dir.filePath(u"release"_s), ""));
    });

    follower.start();
    // The first listing finds it created: the probe starts (and waits for the release).
    QTRY_COMPARE_WITH_TIMEOUT(started.size(), 2, 10000);
    QCOMPARE(started.at(1).at(1).toStringList(),
             (QStringList{u"logs"_s, u"--timestamps"_s, u"--tail"_s, u"1"_s, u"c0ffee"_s}));
    // It starts; its start event lists again while the probe runs.
    QVERIFY(writeExecutable(dir.filePath(u"state"_s), "running"));
    follower.resume();
    QVERIFY(ended.wait(10000));
    QCOMPARE(listings, 2);
    QStringList commands;
    for (const QList<QVariant> &call : std::as_const(started))
        commands.append(call.at(1).toStringList().mid(0, 2).join(u' '));
    QCOMPARE(commands, (QStringList{u"ps --all"_s, u"logs --timestamps"_s, u"ps --all"_s, u"logs --until"_s,
                                    u"logs --follow"_s}));
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).text, u"line 1"_s);
    QCOMPARE(lines.at(1).text, u"line 2"_s);
}

void TestStreamDecoding::containerListing_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("state");
    QTest::newRow("numbered") << u"abc\tshop-web-1\tweb\t1\trunning"_s << true << u"web-1"_s << u"web"_s << u"running"_s;
    QTest::newRow("second replica") << u"abd\tshop-web-2\tweb\t2\texited"_s << true << u"web-2"_s << u"web"_s << u"exited"_s;
    QTest::newRow("container_name") << u"abe\tmy-db\tdb\t\trunning"_s << true << u"my-db"_s << u"db"_s << u"running"_s;
    QTest::newRow("no number, project prefix") << u"abf\tshop-cache\tcache\t\tcreated"_s << true << u"cache"_s
                                              << u"cache"_s << u"created"_s;
    QTest::newRow("trailing CR") << u"abc\tshop-web-1\tweb\t1\trunning\r"_s << true << u"web-1"_s << u"web"_s << u"running"_s;
    QTest::newRow("too few fields") << u"abc\tshop-web-1\tweb"_s << false << QString() << QString() << QString();
    QTest::newRow("no service label") << u"abc\tother\t\t\trunning"_s << false << QString() << QString() << QString();
    QTest::newRow("empty") << QString() << false << QString() << QString() << QString();
}

void TestStreamDecoding::containerListing()
{
    QFETCH(QString, line);
    QFETCH(bool, ok);
    LogFollower::Container container;
    QCOMPARE(LogFollower::parseContainer(line, u"shop"_s, &container), ok);
    if (!ok)
        return;
    QFETCH(QString, prefix);
    QFETCH(QString, service);
    QFETCH(QString, state);
    QCOMPARE(container.prefix, prefix);
    QCOMPARE(container.service, service);
    QCOMPARE(container.state, state);
    QVERIFY(!container.id.isEmpty());
}

QTEST_GUILESS_MAIN(TestStreamDecoding)
#include "tst_streamdecoding.moc"
