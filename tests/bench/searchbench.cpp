// Log search (issue #18): a regular-expression search over a full buffer of 100,000 lines in the
// real log pane (LogPane: its search field, Regex box and Enter). Keys:
// - log_search_first_hit_ms_100k: Enter in the search field to the view painted with the match
//   in it; the one matching line sits in the middle of the buffer, and the search starts at the
//   rows in view (the newest, as the pane follows), so half of the buffer is looked at first;
// - log_search_max_stall_ms: the longest stall of a 4 ms timer over that search and a second
//   one that matches nothing (every row looked at);
// - log_search_full_scan_ms_100k: Enter to "not found" for the second.
#include "benchutil.h"
#include "stallmonitor.h"

#include "logs/logline.h"
#include "logs/logmodel.h"
#include "services/logpane.h"
#include "services/logview.h"

#include <QCheckBox>
#include <QElapsedTimer>
#include <QEvent>
#include <QJsonObject>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Berth::Bench {

namespace {

constexpr int Lines = 100000;

QList<LogLine> fullLog()
{
    QList<LogLine> lines;
    lines.reserve(Lines);
    for (int i = 0; i < Lines; ++i) {
        const QString number = QString::number(i).rightJustified(9, u'0');
        QString text = u"web-1  | 2026-11-27T12:00:13.%1Z INFO django.request: GET /api/orders/%2/items?page=2 "
                       u"HTTP/1.1 200 4312 bytes in 12 ms user=alice timeout=%3"_s.arg(number, number)
                           .arg(i == Lines / 2 ? u"4711"_s : u"30"_s);
        lines.append(LogLine::parse(text, true));
    }
    return lines;
}

class PaintWatch : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

struct SearchRun
{
    double firstHitMs = -1;
    double fullScanMs = -1;
    double maxStallMs = -1;
};

SearchRun searchRun(LogModel *model)
{
    SearchRun run;
    LogPane pane(model);
    pane.resize(1000, 600);
    pane.show();
    LogView *view = pane.view();
    auto *field = pane.findChild<QLineEdit *>(u"logSearch"_s);
    auto *regex = pane.findChild<QCheckBox *>(u"logRegex"_s);
    if (!field || !regex) {
        report(u"search: the log pane's search field or Regex box is missing"_s);
        return run;
    }
    waitFor([] { return false; }, 300); // shown and painted once
    PaintWatch paints;
    view->viewport()->installEventFilter(&paints);
    regex->setChecked(true);
    StallMonitor stalls;
    stalls.start();
    QSignalSpy finished(view, &LogView::findFinished);
    // One matching line in the middle.
    field->setText(u"timeout=\\d{4}$"_s);
    waitFor([] { return false; }, 100);
    QElapsedTimer clock;
    clock.start();
    const int paintsBefore = paints.paints;
    QTest::keyClick(field, Qt::Key_Return);
    // The match found and the view painted since (with it: nothing else paints the view here).
    if (waitFor([&] { return view->currentMatchRow() >= 0 && paints.paints > paintsBefore; }, 10000))
        run.firstHitMs = double(clock.nsecsElapsed()) / 1e6;
    if (view->currentMatchRow() < 0 || !view->rowText(view->currentMatchRow()).endsWith(u"timeout=4711"_s))
        report(u"search: the match found is not the one line"_s);
    waitFor([] { return false; }, 100);
    // Nothing matches: every row looked at.
    field->setText(u"timeout=\\d{5}$"_s);
    waitFor([] { return false; }, 100);
    finished.clear();
    clock.restart();
    QTest::keyClick(field, Qt::Key_Return);
    if (waitFor([&] { return !finished.isEmpty(); }, 20000) && !finished.constLast().at(0).toBool())
        run.fullScanMs = double(clock.nsecsElapsed()) / 1e6;
    stalls.stop();
    run.maxStallMs = stalls.maxStallMs();
    return run;
}

} // namespace

QJsonObject runSearchBench()
{
    QJsonObject result;
    LogModel model;
    model.setCapacity(Lines);
    model.append(fullLog());
    QList<double> firstHits, scans, stalls;
    for (int i = 0; i <= Runs; ++i) {
        const SearchRun run = searchRun(&model);
        if (i == 0) // warm-up
            continue;
        if (run.firstHitMs < 0 || run.fullScanMs < 0) {
            report(u"search: run %1 left out (first hit %2 ms, full scan %3 ms)"_s.arg(i).arg(run.firstHitMs).arg(run.fullScanMs));
            continue;
        }
        firstHits.append(run.firstHitMs);
        scans.append(run.fullScanMs);
        stalls.append(run.maxStallMs);
    }
    if (firstHits.isEmpty())
        return result;
    report(u"log search over %1 lines: first hit shown %2 ms after Enter (log_search_first_hit_ms_100k, target <= 50); "
           u"a search matching nothing ends %3 ms after Enter; longest stall %4 ms (log_search_max_stall_ms, target "
           u"<= 16)"_s.arg(Lines).arg(median(firstHits), 0, 'f', 1).arg(median(scans), 0, 'f', 1)
               .arg(median(stalls), 0, 'f', 1));
    result.insert(u"log_search_first_hit_ms_100k"_s, median(firstHits));
    result.insert(u"log_search_full_scan_ms_100k"_s, median(scans));
    result.insert(u"log_search_max_stall_ms"_s, median(stalls));
    return result;
}

} // namespace Berth::Bench
