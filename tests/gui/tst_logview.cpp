// LogView over a LogModel ring buffer, offscreen: filter, search, follow and pause while old
// lines leave the buffer, selection, copy and save.
#include "logs/logmodel.h"
#include "services/logview.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFontMetricsF>
#include <QElapsedTimer>
#include <QPaintEvent>
#include <QTimer>
#include <QScreen>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Berth;

namespace {

QList<LogLine> lines(const QString &service, int from, int count, const QString &word = u"line"_s)
{
    QList<LogLine> result;
    for (int i = from; i < from + count; ++i) {
        LogLine line;
        line.service = service;
        line.container = service + "-1"_L1;
        line.timestampNs = 1795780813000000000LL + i;
        line.text = u"\x1b[3%1m%2\x1b[0m %3"_s.arg(i % 7).arg(word).arg(i);
        result.append(line);
    }
    return result;
}

// The areas of the viewport's paint events.
class PaintAreas : public QObject
{
public:
    QRegion painted;
    int events = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            painted += static_cast<QPaintEvent *>(event)->region();
            ++events;
        }
        return false;
    }
};


// Runs a find to its end (it may look at the rows over several turns of the event loop).
bool find(LogView &view, bool forward = true)
{
    QSignalSpy finished(&view, &LogView::findFinished);
    if (forward)
        view.findNext();
    else
        view.findPrevious();
    if (finished.isEmpty() && !finished.wait(10000))
        return false;
    return finished.constLast().at(0).toBool();
}

} // namespace

class TestLogView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void followsNewLines();
    void pauseKeepsLinesInPlaceWhileBufferWraps();
    void serviceFilter();
    void filterFollowsTrimming();
    void searchTextAndRegex();
    void selectionCopyAndSave();
    void timestampsInCopiedText();
    void paintsWithSpans();
    void highlightsSitOnTheGlyphs_data();
    void highlightsSitOnTheGlyphs();
    void findLooksInSlices();
    void followingPaintsOnlyTheNewRows_data();
    void followingPaintsOnlyTheNewRows();
};

void TestLogView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestLogView::followsNewLines()
{
    LogModel model;
    LogView view;
    view.resize(600, 300);
    view.setModel(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    model.append(lines(u"web"_s, 0, 500));
    QTRY_COMPARE(view.firstVisibleRow() + view.visibleRowCount(), 500);
    QVERIFY(view.isFollowing());
    model.append(lines(u"web"_s, 500, 100));
    QTRY_COMPARE(view.firstVisibleRow() + view.visibleRowCount(), 600);
}

void TestLogView::pauseKeepsLinesInPlaceWhileBufferWraps()
{
    LogModel model;
    model.setCapacity(1000);
    LogView view;
    view.resize(600, 300);
    view.setModel(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    model.append(lines(u"web"_s, 0, 1000));
    QTRY_VERIFY(view.verticalScrollBar()->maximum() > 0);
    QSignalSpy following(&view, &LogView::followingChanged);
    // Scrolling up pauses.
    view.verticalScrollBar()->setValue(400);
    QVERIFY(!view.isFollowing());
    QCOMPARE(following.size(), 1);
    const QString top = view.rowText(view.firstVisibleRow());
    QVERIFY(top.endsWith(u" 400"_s));
    // 300 new lines push 300 old ones out: the same line stays on top.
    model.append(lines(u"web"_s, 1000, 300));
    QTRY_COMPARE(view.rowText(view.firstVisibleRow()), top);
    QCOMPARE(view.firstVisibleRow(), 100);
    view.setFollowing(true);
    QTRY_COMPARE(view.firstVisibleRow() + view.visibleRowCount(), 1000);
}

void TestLogView::serviceFilter()
{
    LogModel model;
    LogView view;
    view.setModel(&model);
    model.append(lines(u"web"_s, 0, 10) + lines(u"db"_s, 0, 5) + lines(u"web"_s, 10, 10));
    model.appendNotice(u"stream ended"_s);
    QCOMPARE(view.rowCount(), 26);
    view.setServiceFilter(u"db"_s);
    // db's lines plus Berth's notice, which belongs to every view.
    QCOMPARE(view.rowCount(), 6);
    QVERIFY(view.rowText(0).startsWith(u"db | line 0"_s));
    QCOMPARE(view.rowText(5), u"stream ended"_s);
    model.append(lines(u"db"_s, 5, 2) + lines(u"web"_s, 20, 3));
    QCOMPARE(view.rowCount(), 8);
    view.setServiceFilter(QString());
    QCOMPARE(view.rowCount(), 31);
}

void TestLogView::filterFollowsTrimming()
{
    LogModel model;
    model.setCapacity(50);
    LogView view;
    view.setModel(&model);
    view.setServiceFilter(u"db"_s);
    for (int round = 0; round < 20; ++round)
        model.append(lines(u"web"_s, round * 10, 8) + lines(u"db"_s, round * 10, 2));
    // Of the 50 lines kept, 10 are db's: the filter forgot those that left the buffer.
    QCOMPARE(view.rowCount(), 10);
    QVERIFY(view.rowText(0).endsWith(u"line 150"_s));
    QVERIFY(view.rowText(9).endsWith(u"line 191"_s));
}

void TestLogView::searchTextAndRegex()
{
    LogModel model;
    LogView view;
    view.resize(600, 200);
    view.setModel(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    model.append(lines(u"web"_s, 0, 300));
    QList<LogLine> special = lines(u"db"_s, 0, 1, u"ERROR"_s);
    model.append(special);
    model.append(lines(u"web"_s, 300, 300));
    QVERIFY(view.setSearch(u"error"_s, false));
    QVERIFY(find(view));
    QCOMPARE(view.currentMatchRow(), 300);
    QVERIFY(!view.isFollowing());
    QVERIFY(view.firstVisibleRow() <= 300 && 300 < view.firstVisibleRow() + view.visibleRowCount());
    // Wraps around to the same single match.
    QVERIFY(find(view));
    QCOMPARE(view.currentMatchRow(), 300);
    QVERIFY(view.setSearch(u"error"_s, false, true) && !find(view));
    QVERIFY(!view.setSearch(u"line (["_s, true));
    QVERIFY(view.setSearch(u"^line 1[0-9]$"_s, true));
    QVERIFY(find(view));
    const int first = view.currentMatchRow();
    QVERIFY(view.rowText(first).contains(QRegularExpression(u"line 1[0-9]$"_s)));
    QVERIFY(find(view));
    QCOMPARE(view.currentMatchRow(), first + 1);
    QVERIFY(find(view, false));
    QCOMPARE(view.currentMatchRow(), first);
    // Escape sequences are not searchable text.
    QVERIFY(view.setSearch(u"\\[3"_s, true));
    QVERIFY(!find(view));
}

void TestLogView::selectionCopyAndSave()
{
    LogModel model;
    LogView view;
    view.setModel(&model);
    model.append(lines(u"web"_s, 0, 5));
    view.selectRows(1, 2);
    QCOMPARE(view.selectedText(), u"web | line 1\nweb | line 2"_s);
    view.copy();
    if (QApplication::clipboard()->supportsSelection() || !QApplication::clipboard()->text().isEmpty())
        QCOMPARE(QApplication::clipboard()->text(), u"web | line 1\nweb | line 2"_s);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"logs.txt"_s);
    QString error;
    QVERIFY2(view.saveTo(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    QCOMPARE(saved.count('\n'), 5);
    QVERIFY(saved.startsWith("web | line 0\n"));
    QVERIFY(!saved.contains('\x1b'));
    QVERIFY(!view.saveTo(dir.filePath(u"missing/folder/logs.txt"_s), &error));
    QVERIFY(!error.isEmpty());
}

void TestLogView::timestampsInCopiedText()
{
    LogModel model;
    LogView view;
    view.setModel(&model);
    model.append(lines(u"web"_s, 0, 1));
    QCOMPARE(view.rowText(0), u"web | line 0"_s);
    view.setShowTimestamps(true);
    QCOMPARE(view.rowText(0), u"2026-11-27T12:00:13.000000000Z web | line 0"_s);
}

void TestLogView::paintsWithSpans()
{
    LogModel model;
    LogView view;
    view.resize(500, 120);
    view.setModel(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QList<LogLine> red = lines(u"web"_s, 1, 1);
    red[0].text = u"\x1b[41m        \x1b[0m"_s; // red background, spaces only
    model.append(red);
    QTRY_COMPARE(view.rowCount(), 1);
    const QImage image = view.viewport()->grab().toImage();
    // Somewhere in the first row the ANSI background is painted.
    bool sawRed = false;
    for (int x = 0; x < image.width() && !sawRed; ++x) {
        const QColor c = image.pixelColor(x, 5);
        sawRed = c.red() > 180 && c.green() < 40 && c.blue() < 40;
    }
    QVERIFY(sawRed);
}

void TestLogView::highlightsSitOnTheGlyphs_data()
{
    // text (with ANSI), what comes before the match as drawn: plain, then bold; whether the
    // match is at a tab stop; and whether one-column-per-character arithmetic puts it elsewhere.
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("plainBefore");
    QTest::addColumn<QString>("boldBefore");
    QTest::addColumn<bool>("afterTab");
    QTest::addColumn<bool>("columnsWouldMiss");
    QTest::newRow("ascii") << u"plain MATCH"_s << u"plain "_s << QString() << false << false;
    QTest::newRow("tab") << u"ab\tMATCH"_s << QString() << QString() << true << true;
    QTest::newRow("cjk") << u"\u4e2d\u6587\u65e5\u5fd7 MATCH"_s << u"\u4e2d\u6587\u65e5\u5fd7 "_s << QString() << false
                         << false;
    QTest::newRow("emoji") << u"\U0001F680\U0001F525 MATCH"_s << u"\U0001F680\U0001F525 "_s << QString() << false
                           << true;
    QTest::newRow("combining") << u"cafe\u0301 re\u0301sume\u0301 MATCH"_s << u"cafe\u0301 re\u0301sume\u0301 "_s
                               << QString() << false << true;
    QTest::newRow("bold ANSI") << u"\x1b[1mWARNING bold words\x1b[0m MATCH"_s << u" "_s << u"WARNING bold words"_s
                               << false << false;
}

void TestLogView::highlightsSitOnTheGlyphs()
{
    QFETCH(QString, line);
    QFETCH(QString, plainBefore);
    QFETCH(QString, boldBefore);
    QFETCH(bool, afterTab);
    QFETCH(bool, columnsWouldMiss);

    LogModel model;
    LogView view;
    QPalette pal = view.palette();
    pal.setColor(QPalette::Base, Qt::white);
    pal.setColor(QPalette::Text, Qt::black);
    pal.setColor(QPalette::Highlight, QColor(0, 0, 255));
    view.setPalette(pal);
    view.resize(700, 200);
    view.setModel(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    LogLine l;
    l.service = u"web"_s;
    l.timestampNs = 1795780813000000000LL;
    l.text = line;
    model.append({l});
    QTRY_COMPARE(view.rowCount(), 1);
    QVERIFY(view.setSearch(u"match"_s, false));

    // Where the glyphs are, measured independently of the view: the font's own advances, the
    // bold part in bold, and terminal tab stops every 8 spaces.
    QFont bold = view.font();
    bold.setBold(true);
    const QFontMetricsF regular(view.font()), boldMetrics(bold);
    const qreal expectedFrom = afterTab
        ? 8 * regular.horizontalAdvance(u' ')
        : boldMetrics.horizontalAdvance(boldBefore) + regular.horizontalAdvance(plainBefore);
    const qreal expectedWidth = regular.horizontalAdvance(u"MATCH"_s);
    const QList<QRectF> rects = view.matchRectangles(0);
    QCOMPARE(rects.size(), 1);
    const QRectF rect = rects.first();
    const qreal from = rect.left() - view.textLeft();
    QVERIFY2(qAbs(from - expectedFrom) <= 1.0,
             qPrintable(u"starts at %1, the glyphs at %2"_s.arg(from).arg(expectedFrom)));
    QVERIFY2(qAbs(rect.width() - expectedWidth) <= 1.0,
             qPrintable(u"%1 wide, the glyphs %2"_s.arg(rect.width()).arg(expectedWidth)));
    if (columnsWouldMiss) {
        // The row's character index times a column width lands elsewhere: this row tests something.
        const qreal columns = line.indexOf(u"MATCH"_s) * regular.horizontalAdvance(u'M');
        QVERIFY(qAbs(columns - expectedFrom) > 2.0);
    }

    // And on screen: every dark pixel right of the text before the match is inside the highlight.
    const QImage image = view.viewport()->grab().toImage();
    const qreal scale = image.devicePixelRatio();
    const int top = int(rect.top() * scale) + 1, bottom = int(rect.bottom() * scale) - 1;
    const int searchFrom = int((view.textLeft() + expectedFrom - regular.horizontalAdvance(u' ') / 2) * scale);
    int inkLeft = image.width(), inkRight = -1;
    for (int x = qMax(0, searchFrom); x < image.width(); ++x) {
        for (int y = qMax(0, top); y <= bottom && y < image.height(); ++y) {
            if (image.pixelColor(x, y).lightness() < 100) {
                inkLeft = qMin(inkLeft, x);
                inkRight = qMax(inkRight, x);
            }
        }
    }
    QVERIFY2(inkRight >= 0, "the match is drawn");
    QVERIFY2(inkLeft >= int(rect.left() * scale) - 1 && inkRight <= int(rect.right() * scale) + 1,
             qPrintable(u"glyphs %1..%2, highlight %3..%4"_s.arg(inkLeft).arg(inkRight).arg(rect.left() * scale)
                            .arg(rect.right() * scale)));
    // The highlight itself is painted where the view says.
    const QColor inside = image.pixelColor(int((rect.left() + 1) * scale), int(rect.top() * scale));
    QVERIFY2(inside.blue() > inside.red() + 40, qPrintable(inside.name()));
}

void TestLogView::findLooksInSlices()
{
    // A full buffer of long lines and a pattern that matches none: looking at every row takes
    // several slices, and the event loop runs between them.
    LogModel model;
    model.setCapacity(100000);
    model.append(lines(u"web"_s, 0, 100000, QString(300, u'w')));
    LogView view;
    view.setModel(&model);
    view.resize(600, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.setSearch(u"[0-9]{3}x[0-9]"_s, true));
    int turns = 0;
    QTimer ticker;
    ticker.setInterval(0);
    connect(&ticker, &QTimer::timeout, this, [&turns] { ++turns; });
    ticker.start();
    QSignalSpy finished(&view, &LogView::findFinished);
    QElapsedTimer clock;
    clock.start();
    view.findNext();
    const qint64 firstSliceMs = clock.elapsed();
    QVERIFY2(view.isFinding(), qPrintable(u"decided in one slice of %1 ms"_s.arg(firstSliceMs)));
    QVERIFY(firstSliceMs < LogView::FindSliceMs + 20);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.constLast().at(0).toBool(), false);
    QVERIFY(turns > 0);
    QCOMPARE(view.currentMatchRow(), -1);
    // A new search ends the one that runs: no answer comes for it.
    QVERIFY(view.setSearch(u"[0-9]{3}y[0-9]"_s, true));
    view.findNext();
    QVERIFY(view.isFinding());
    QVERIFY(view.setSearch(u"w 99999$"_s, true));
    QVERIFY(!view.isFinding());
    QVERIFY(find(view));
    QCOMPARE(finished.size(), 2);
    QVERIFY(view.rowText(view.currentMatchRow()).endsWith(u"w 99999"_s));
}

void TestLogView::followingPaintsOnlyTheNewRows_data()
{
    QTest::addColumn<int>("capacity");
    QTest::addColumn<QString>("filter");
    QTest::newRow("buffer growing") << 100000 << QString();
    QTest::newRow("buffer full, old lines leaving") << 150 << QString();
    QTest::newRow("one service of two") << 100000 << u"web"_s;
}

void TestLogView::followingPaintsOnlyTheNewRows()
{
    QFETCH(int, capacity);
    QFETCH(QString, filter);
    LogModel model;
    model.setCapacity(capacity);
    LogView view;
    view.resize(600, 300);
    view.setModel(&model);
    view.setServiceFilter(filter);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    int next = 0;
    const auto append = [&](int count) {
        QList<LogLine> batch = lines(u"web"_s, next, count);
        if (!filter.isEmpty())
            batch += lines(u"worker"_s, next, count); // not shown
        next += count;
        model.append(batch);
    };
    PaintAreas areas;
    view.viewport()->installEventFilter(&areas);
    append(100);
    QTRY_VERIFY(areas.events > 0);
    QCOMPARE(view.firstVisibleRow() + view.visibleRowCount(), view.rowCount());
    // The scroll bars follow a moment later; the vertical one appearing narrows the viewport,
    // which paints it whole once.
    QTRY_COMPARE(view.verticalScrollBar()->maximum(), view.rowCount() - view.visibleRowCount());
    QCoreApplication::processEvents();
    const int lineHeight = QFontMetrics(view.font()).lineSpacing();
    for (int count : {1, 2, 5, 1, 3, 40, 1}) {
        areas.painted = QRegion();
        areas.events = 0;
        append(count);
        QTRY_VERIFY(areas.events > 0);
        QCOMPARE(view.firstVisibleRow() + view.visibleRowCount(), view.rowCount());
        QVERIFY(view.isFollowing());
        // Fewer new rows than the view holds: only they were painted (the rest was scrolled).
        const QRect bounds = areas.painted.boundingRect();
        if (count < view.visibleRowCount()) {
            QVERIFY2(bounds.height() <= (count + 1) * lineHeight,
                     qPrintable(u"%1 new rows, %2 px painted"_s.arg(count).arg(bounds.height())));
        }
        // What is on screen (the backing store) is what a full repaint draws.
        const QImage onScreen = view.screen()->grabWindow(view.winId()).toImage().convertToFormat(QImage::Format_RGB32);
        const QImage full = view.grab().toImage().convertToFormat(QImage::Format_RGB32);
        QVERIFY(!onScreen.isNull());
        QCOMPARE(onScreen.size(), full.size());
        QVERIFY2(onScreen == full, qPrintable(u"after %1 new rows the screen differs from a full repaint"_s.arg(count)));
    }
}

QTEST_MAIN(TestLogView)
#include "tst_logview.moc"
