// GroupedProcess with paced reading (setReadCoalescing): every byte of stdout and stderr
// arrives, in order, before finished(); a writer that writes one line per write(2) is read in
// far fewer pieces; stop() still ends the group; a program that cannot start is reported.
#include "process/groupedprocess.h"

#include <QSignalSpy>

#include <csignal>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Berth;

class TestGroupedProcess : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pacedReadingKeepsEveryByte_data();
    void pacedReadingKeepsEveryByte();
    void pacedStopEndsTheGroup();
    void pacedFailedToStart();
    void standardInputReachesTheChild_data();
    void standardInputReachesTheChild();
};

namespace {
constexpr int Lines = 20000;

// sh prints LINES lines on stdout, one printf (one write) each, every 1000th also on stderr,
// and a last piece without a newline on each.
QStringList writerArguments()
{
    return {u"-c"_s, u"i=0; while [ $i -lt %1 ]; do printf 'line %s\\n' $i; "
                     u"if [ $((i % 1000)) = 0 ]; then printf 'err %s\\n' $i >&2; fi; i=$((i+1)); done; "
                     u"printf tail; printf errtail >&2"_s.arg(Lines)};
}
} // namespace

void TestGroupedProcess::pacedReadingKeepsEveryByte_data()
{
    QTest::addColumn<int>("coalesceMs");
    QTest::newRow("as QProcess reads") << 0;
    QTest::newRow("paced, 3 ms") << 3;
}

void TestGroupedProcess::pacedReadingKeepsEveryByte()
{
    QFETCH(int, coalesceMs);
    GroupedProcess process;
    process.setProgram(u"/bin/sh"_s);
    process.setArguments(writerArguments());
    process.setReadCoalescing(coalesceMs);
    QByteArray out, err;
    int reads = 0;
    bool finishedSeen = false;
    connect(&process, &GroupedProcess::standardOutputRead, this, [&](const QByteArray &data) {
        QVERIFY(!finishedSeen);
        out += data;
        ++reads;
    });
    connect(&process, &GroupedProcess::standardErrorRead, this, [&](const QByteArray &data) { err += data; });
    QSignalSpy finished(&process, &GroupedProcess::finished);
    connect(&process, &GroupedProcess::finished, this, [&] { finishedSeen = true; });
    process.start();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().at(0).toInt(), 0);

    QByteArray expectedOut, expectedErr;
    for (int i = 0; i < Lines; ++i) {
        expectedOut += "line " + QByteArray::number(i) + '\n';
        if (i % 1000 == 0)
            expectedErr += "err " + QByteArray::number(i) + '\n';
    }
    expectedOut += "tail";
    expectedErr += "errtail";
    QCOMPARE(out.size(), expectedOut.size());
    QVERIFY(out == expectedOut);
    QCOMPARE(err, expectedErr);
    // How many reads the pacing saves depends on the machine's load: berth-bench measures the
    // log path's speed; this test asserts what must hold always (every byte, in order, before
    // finished()).
    qInfo("%d lines in %d reads (coalescing %d ms)", Lines, reads, coalesceMs);
}

void TestGroupedProcess::pacedStopEndsTheGroup()
{
    GroupedProcess process;
    process.setProgram(u"/bin/sh"_s);
    // A child of the leader that writes forever: the group stop must end it too.
    process.setArguments({u"-c"_s, u"(while true; do echo child; sleep 0.05; done) & wait"_s});
    process.setReadCoalescing(3);
    process.setStopGrace(300);
    QSignalSpy out(&process, &GroupedProcess::standardOutputRead);
    QSignalSpy finished(&process, &GroupedProcess::finished);
    process.start();
    QVERIFY(out.wait(10000));
    const qint64 group = process.processId();
    QVERIFY(group > 0);
    process.stop();
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.first().at(2).toBool());
    // Nothing of the group is left.
    QTRY_VERIFY_WITH_TIMEOUT(::kill(-pid_t(group), 0) != 0, 5000);
}

void TestGroupedProcess::pacedFailedToStart()
{
    GroupedProcess process;
    process.setProgram(u"/nonexistent/berth-no-such-program"_s);
    process.setReadCoalescing(3);
    QSignalSpy failed(&process, &GroupedProcess::failedToStart);
    process.start();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
    QVERIFY(!failed.first().at(0).toString().isEmpty());
    QVERIFY(!process.isRunning());
}

void TestGroupedProcess::standardInputReachesTheChild_data()
{
    QTest::addColumn<int>("coalesceMs");
    QTest::addColumn<QByteArray>("input");
    // More than a pipe holds (64 KiB): the rest is written as the child reads.
    QByteArray big;
    for (int i = 0; big.size() < 1024 * 1024; ++i)
        big += "services.web.line " + QByteArray::number(i) + '\n';
    QTest::newRow("a megabyte") << 0 << big;
    QTest::newRow("a megabyte, paced") << 3 << big;
    QTest::newRow("nothing: stdin is closed at once") << 0 << QByteArray();
}

void TestGroupedProcess::standardInputReachesTheChild()
{
    QFETCH(int, coalesceMs);
    QFETCH(QByteArray, input);
    GroupedProcess process;
    process.setProgram(u"/bin/cat"_s);
    process.setReadCoalescing(coalesceMs);
    process.setStandardInput(input);
    QByteArray out;
    connect(&process, &GroupedProcess::standardOutputRead, this, [&out](const QByteArray &data) { out += data; });
    QSignalSpy finished(&process, &GroupedProcess::finished);
    process.start();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().at(0).toInt(), 0);
    QCOMPARE(out.size(), input.size());
    QVERIFY(out == input);
}

QTEST_GUILESS_MAIN(TestGroupedProcess)
#include "tst_groupedprocess.moc"
