// The pieces under the log path and every process's output, without a process: the one
// LineSplitter (text and bytes, cut anywhere), LogBatcher's batches, and the state a
// ContainerLogStream keeps between reads.
#include "logs/containerlogstream.h"
#include "logs/logbatcher.h"
#include "process/linesplitter.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Berth;

class TestLinesAndBatches : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void splitter_data();
    void splitter();
    void byteSplitterKeepsTail();
    void batchesAreBounded();
    void batchWaitsForInterval();
    void followedRunEndsAtItsDie();
    void followWishOutlivesProbe();
    void brokenFollowResumesAfterItsLastLine();
    void stoppedReadCatchesUp();
};

void TestLinesAndBatches::splitter_data()
{
    QTest::addColumn<QStringList>("pieces");
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QStringList>("atEnd");
    QTest::newRow("one line") << QStringList{u"a\n"_s} << QStringList{u"a"_s} << QStringList{};
    QTest::newRow("cut in the middle") << QStringList{u"ab"_s, u"c\nd"_s} << QStringList{u"abc"_s} << QStringList{u"d"_s};
    QTest::newRow("CRLF") << QStringList{u"a\r\nb\r\n"_s} << QStringList{u"a"_s, u"b"_s} << QStringList{};
    QTest::newRow("CR and LF in two reads") << QStringList{u"a\r"_s, u"\nb"_s} << QStringList{u"a"_s} << QStringList{u"b"_s};
    QTest::newRow("lone CR inside a line") << QStringList{u"50%\r60%\n"_s} << QStringList{u"50%\r60%"_s} << QStringList{};
    QTest::newRow("empty lines kept") << QStringList{u"\n\nx\n"_s} << QStringList{QString(), QString(), u"x"_s} << QStringList{};
    QTest::newRow("unterminated CR at the end") << QStringList{u"last\r"_s} << QStringList{} << QStringList{u"last"_s};
    QTest::newRow("nothing") << QStringList{QString()} << QStringList{} << QStringList{};
}

void TestLinesAndBatches::splitter()
{
    QFETCH(QStringList, pieces);
    QFETCH(QStringList, lines);
    QFETCH(QStringList, atEnd);
    TextLineSplitter splitter;
    QStringList seen;
    const auto take = [&seen](QStringView line) { seen.append(line.toString()); };
    for (const QString &piece : std::as_const(pieces))
        splitter.feed(piece, take);
    QCOMPARE(seen, lines);
    QCOMPARE(splitter.hasPartialLine(), !atEnd.isEmpty());
    seen.clear();
    splitter.finish(take);
    QCOMPARE(seen, atEnd);
    QVERIFY(!splitter.hasPartialLine());
}

void TestLinesAndBatches::byteSplitterKeepsTail()
{
    // The caller's own buffer (DockerEvent::takeLines): the unfinished line stays in it.
    QByteArray pending = "{\"a\":1}\r\n{\"b\"";
    QList<QByteArray> seen;
    ByteLineSplitter::takeLines(&pending, [&seen](QByteArrayView line) { seen.append(line.toByteArray()); });
    QCOMPARE(seen, (QList<QByteArray>{"{\"a\":1}"_ba}));
    QCOMPARE(pending, "{\"b\""_ba);
    pending += ":2}";
    ByteLineSplitter::takeRest(&pending, [&seen](QByteArrayView line) { seen.append(line.toByteArray()); });
    QCOMPARE(seen, (QList<QByteArray>{"{\"a\":1}"_ba, "{\"b\":2}"_ba}));
    QVERIFY(pending.isEmpty());
}

namespace {
QList<LogLine> numbered(int count)
{
    QList<LogLine> lines;
    for (int i = 0; i < count; ++i)
        lines.append(LogLine{u"web"_s, u"web-1"_s, 0, QString::number(i)});
    return lines;
}
} // namespace

void TestLinesAndBatches::batchesAreBounded()
{
    LogBatcher batcher;
    batcher.setInterval(60000); // only the size hands lines over here
    QList<qsizetype> sizes;
    QStringList texts;
    connect(&batcher, &LogBatcher::linesReady, this, [&](const QList<LogLine> &lines) {
        sizes.append(lines.size());
        for (const LogLine &line : lines)
            texts.append(line.text);
    });
    *batcher.pending() += numbered(2 * LogBatcher::MaxBatchLines + 5);
    batcher.added();
    QCOMPARE(sizes, (QList<qsizetype>{LogBatcher::MaxBatchLines, LogBatcher::MaxBatchLines, 5}));
    QCOMPARE(texts.size(), 2 * LogBatcher::MaxBatchLines + 5);
    QCOMPARE(texts.first(), u"0"_s);
    QCOMPARE(texts.last(), QString::number(2 * LogBatcher::MaxBatchLines + 4));
    QVERIFY(batcher.pending()->isEmpty());
}

void TestLinesAndBatches::batchWaitsForInterval()
{
    LogBatcher batcher;
    batcher.setInterval(20);
    QSignalSpy ready(&batcher, &LogBatcher::linesReady);
    *batcher.pending() += numbered(3);
    batcher.added();
    QCOMPARE(ready.size(), 0); // fewer than MaxBatchLines: the interval first
    *batcher.pending() += numbered(2);
    batcher.added();
    QVERIFY(ready.wait(10000));
    QCOMPARE(ready.size(), 1);
    QCOMPARE(ready.at(0).at(0).value<QList<LogLine>>().size(), 5);
}

void TestLinesAndBatches::followedRunEndsAtItsDie()
{
    ContainerLogStream stream(ListedContainer{u"c0ffee"_s, u"web-1"_s, u"web"_s, u"running"_s});
    QCOMPARE(stream.state(), ContainerLogStream::State::Idle);
    stream.beginRead(ContainerLogStream::Read::Live);
    QVERIFY(stream.busy());
    // The followed run ends by itself before its `die` event comes.
    QCOMPARE(stream.readEnded(0), ContainerLogStream::Next::Nothing);
    QCOMPARE(stream.state(), ContainerLogStream::State::AwaitingDie);
    QVERIFY(!stream.noteDied(1000));
    QCOMPARE(stream.state(), ContainerLogStream::State::Idle);
    QCOMPARE(stream.resumeNs(), 1000);
    // A later `die` with no read running: a run between two listings, to be read now.
    QVERIFY(stream.noteDied(2000));
    QVERIFY(!stream.noteDied(500)); // an older one: already shown
}

void TestLinesAndBatches::followWishOutlivesProbe()
{
    // docs/reliability.md: the wish to follow is cleared only when a follow starts.
    ContainerLogStream stream(ListedContainer{u"c0ffee"_s, u"web-1"_s, u"web"_s, u"created"_s});
    stream.beginRead(ContainerLogStream::Read::Probe);
    stream.wantFollow(); // listed as running while the probe runs
    QList<LogLine> lines;
    stream.decode("2026-11-27T12:00:13.000000009Z line 1\n"_ba, false, &lines);
    QVERIFY(lines.isEmpty()); // a probe shows nothing
    QCOMPARE(stream.readEnded(0), ContainerLogStream::Next::ReadBulk);
    const qint64 until = stream.lastStampNs();
    QVERIFY(until > 0);
    stream.beginRead(ContainerLogStream::Read::Bulk, false, until);
    stream.decode("line 1\n"_ba, false, &lines);
    stream.finishDecoding(&lines);
    QCOMPARE(lines.size(), 1);
    QCOMPARE(stream.readEnded(0), ContainerLogStream::Next::Follow);
    QCOMPARE(stream.resumeNs(), until + 1);
    // Once a follow has started the wish is spent.
    stream.beginRead(ContainerLogStream::Read::Live);
    QCOMPARE(stream.readEnded(1), ContainerLogStream::Next::Nothing);
}

void TestLinesAndBatches::brokenFollowResumesAfterItsLastLine()
{
    // The tunnel drops while the container runs on: `docker logs --follow` fails. The lines it
    // showed carry the daemon's stamps; the next follow starts just after the last of them.
    ContainerLogStream stream(ListedContainer{u"c0ffee"_s, u"worker-1"_s, u"worker"_s, u"running"_s});
    stream.beginRead(ContainerLogStream::Read::Live, false, 0, 0);
    QList<LogLine> lines;
    stream.decode("2026-11-27T12:00:13.000000009Z line 1\n2026-11-27T12:00:13.050000001Z line 2\n"_ba, false, &lines);
    stream.decode("error during connect: EOF\n"_ba, true, &lines);
    stream.finishDecoding(&lines);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(1).text, u"line 2"_s);
    QCOMPARE(stream.readEnded(1), ContainerLogStream::Next::Nothing);
    QCOMPARE(stream.resumeNs(), lines.at(1).timestampNs + 1);
    QCOMPARE(stream.errorText().trimmed(), u"error during connect: EOF"_s);

    // A follow from there that breaks again before any line keeps that place.
    const qint64 since = stream.resumeNs();
    stream.beginRead(ContainerLogStream::Read::Live, false, 0, since);
    stream.finishDecoding(&lines);
    QCOMPARE(stream.readEnded(1), ContainerLogStream::Next::Nothing);
    QCOMPARE(stream.resumeNs(), since);

    // Stopped while following: the catch-up starts after the last line, too.
    stream.beginRead(ContainerLogStream::Read::Live, false, 0, since);
    stream.decode("2026-11-27T12:00:14.000000000Z line 3\n"_ba, false, &lines);
    stream.readStopped();
    QCOMPARE(stream.resumeNs(), lines.constLast().timestampNs + 1);
}

void TestLinesAndBatches::stoppedReadCatchesUp()
{
    ContainerLogStream stream(ListedContainer{u"c0ffee"_s, u"web-1"_s, u"web"_s, u"running"_s});
    stream.beginRead(ContainerLogStream::Read::Stamped, true);
    QList<LogLine> lines;
    stream.decode("2026-11-27T12:00:13.000000009Z one\n"_ba, false, &lines);
    stream.readStopped();
    QCOMPARE(stream.state(), ContainerLogStream::State::Stopped);
    QCOMPARE(stream.resumeNs(), lines.constLast().timestampNs + 1);
    QVERIFY(!stream.noteDied(lines.constLast().timestampNs + 10)); // stopped: the catch-up read shows it
}

QTEST_GUILESS_MAIN(TestLinesAndBatches)
#include "tst_linesandbatches.moc"
