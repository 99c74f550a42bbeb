#include "logs/logmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Berth;

namespace {

QList<LogLine> lines(const QString &service, int from, int count)
{
    QList<LogLine> result;
    for (int i = from; i < from + count; ++i) {
        LogLine line;
        line.service = service;
        line.container = service + "-1"_L1;
        line.timestampNs = 1000 + i;
        line.text = u"line %1"_s.arg(i);
        result.append(line);
    }
    return result;
}

} // namespace

class TestLogModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void appendsAndReads();
    void capDropsOldest_data();
    void capDropsOldest();
    void ansiBecomesSpans();
    void servicesAreCollected();
    void shrinkKeepsNewest();
    void clearResets();
};

void TestLogModel::appendsAndReads()
{
    LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy appended(&model, &LogModel::linesAppended);
    model.append(lines(u"web"_s, 0, 3));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(appended.size(), 1);
    QCOMPARE(appended.at(0).at(0).toInt(), 3);
    QCOMPARE(model.entry(0).text, u"line 0"_s);
    QCOMPARE(model.index(2).data().toString(), u"web | line 2"_s);
    QCOMPARE(model.index(1).data(LogModel::ServiceRole).toString(), u"web"_s);
    QCOMPARE(model.index(1).data(LogModel::TimestampRole).toLongLong(), 1001);
}

void TestLogModel::capDropsOldest_data()
{
    QTest::addColumn<int>("capacity");
    QTest::addColumn<QList<int>>("batches");
    QTest::newRow("batches below the cap") << 10 << QList<int>{3, 3, 3};
    QTest::newRow("crossing the cap") << 10 << QList<int>{7, 7};
    QTest::newRow("many wraps") << 10 << QList<int>{4, 4, 4, 4, 4, 4, 4};
    QTest::newRow("one batch larger than the cap") << 10 << QList<int>{25};
    QTest::newRow("cap of one") << 1 << QList<int>{2, 1, 3};
}

void TestLogModel::capDropsOldest()
{
    QFETCH(int, capacity);
    QFETCH(QList<int>, batches);
    LogModel model;
    model.setCapacity(capacity);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    int total = 0;
    for (int count : batches) {
        model.append(lines(u"web"_s, total, count));
        total += count;
    }
    const int kept = qMin(total, capacity);
    QCOMPARE(model.rowCount(), kept);
    QCOMPARE(model.totalAppended(), quint64(total));
    for (int row = 0; row < kept; ++row) {
        const int expected = total - kept + row;
        QCOMPARE(model.entry(row).text, u"line %1"_s.arg(expected));
        QCOMPARE(model.entry(row).sequence, quint64(expected));
    }
}

void TestLogModel::ansiBecomesSpans()
{
    LogModel model;
    QList<LogLine> input = lines(u"web"_s, 0, 2);
    input[0].text = u"\x1b[32mgreen\x1b[0m plain"_s;
    input[1].text = u"\x1b[1mbold continues"_s;
    model.append(input);
    model.append(lines(u"web"_s, 2, 1));
    QCOMPARE(model.entry(0).text, u"green plain"_s);
    QCOMPARE(model.entry(0).spans.size(), 1);
    QCOMPARE(model.entry(0).spans.at(0).foreground, 2);
    QCOMPARE(model.entry(1).text, u"bold continues"_s);
    // The unreset bold carries into the service's next line, as on a terminal.
    QCOMPARE(model.entry(2).spans.size(), 1);
    QVERIFY(model.entry(2).spans.at(0).bold);
}

void TestLogModel::servicesAreCollected()
{
    LogModel model;
    QSignalSpy added(&model, &LogModel::serviceAdded);
    model.append(lines(u"web"_s, 0, 2) + lines(u"db"_s, 0, 2));
    model.append(lines(u"web"_s, 2, 2));
    model.appendNotice(u"stream ended"_s);
    QCOMPARE(model.services(), (QStringList{u"web"_s, u"db"_s}));
    QCOMPARE(added.size(), 2);
    QCOMPARE(model.entry(model.lineCount() - 1).service, QString());
}

void TestLogModel::shrinkKeepsNewest()
{
    LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCapacity(5);
    model.append(lines(u"web"_s, 0, 8));
    model.setCapacity(3);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.entry(0).text, u"line 5"_s);
    model.append(lines(u"web"_s, 8, 1));
    QCOMPARE(model.entry(2).text, u"line 8"_s);
    QCOMPARE(model.entry(0).text, u"line 6"_s);
}

void TestLogModel::clearResets()
{
    LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append(lines(u"web"_s, 0, 4));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    model.append(lines(u"web"_s, 4, 1));
    QCOMPARE(model.entry(0).text, u"line 4"_s);
}

QTEST_GUILESS_MAIN(TestLogModel)
#include "tst_logmodel.moc"
