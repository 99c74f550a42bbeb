#include "benchutil.h"

#include "logs/logline.h"
#include "logs/logmodel.h"
#include "services/logview.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSet>
#include <QTimer>

#include <cstdio>

#include <malloc.h>

using namespace Qt::StringLiterals;

namespace Berth::Bench {

namespace {

qint64 rssBytes()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong() * 1024;
    }
    return -1;
}

void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// What the model keeps, as payload: per entry the UTF-16 text, the colour spans and the
// LogEntry itself, plus each distinct service name string once (a name shared by entries is
// stored once). QString/QList headers and malloc's own overhead are excluded: they are what
// the ratio measures.
qint64 retainedBytes(const LogModel &model)
{
    qint64 bytes = 0;
    QSet<const QChar *> services; // a service name shared by many entries counts once
    for (int i = 0; i < model.lineCount(); ++i) {
        const LogEntry &e = model.entry(i);
        bytes += qint64(sizeof(LogEntry)) + e.text.size() * 2 + e.spans.size() * qint64(sizeof(TextSpan));
        if (!services.contains(e.service.constData())) {
            services.insert(e.service.constData());
            bytes += e.service.size() * 2;
        }
    }
    return bytes;
}

} // namespace

// berth-bench --memory-worker: one run in a fresh process, so the heap holds nothing of the
// other sections. Prints one JSON object.
int memoryWorker()
{
    QMainWindow window;
    auto *edit = new QPlainTextEdit;
    window.setCentralWidget(edit);
    window.resize(1000, 700);
    window.show();
    settle(300);
    const qint64 bare = rssBytes();

    auto *model = new LogModel;
    auto *view = new LogView;
    view->setModel(model);
    view->resize(1000, 600);
    view->show();
    settle(100);

    QJsonObject out;
    out.insert(u"bare_rss"_s, double(bare));
    out.insert(u"capacity"_s, model->capacity());
    const qint64 batch = 10000;
    qint64 appended = 0;
    for (const qint64 mark : {1000000LL, 2000000LL, 5000000LL}) {
        while (appended < mark) {
            QList<LogLine> lines;
            lines.reserve(batch);
            for (qint64 i = 0; i < batch; ++i, ++appended) {
                // As the stream delivers them: "service-1  | timestamp text" (text of 119
                // characters, about the log section's line), parsed per line.
                const QString number = QString::number(appended).rightJustified(7, u'0');
                QString text = u"flood-1  | 2026-11-27T12:00:13."_s + number.right(6).rightJustified(9, u'0')
                    + u"Z INFO django.request: GET /api/orders/"_s + number
                    + u"/items?page=2 HTTP/1.1 200 4312 bytes in 12 ms user=alice agent=curl/8.5.0 "_s;
                                lines.append(LogLine::parse(text, true));
            }
            model->append(lines);
            QCoreApplication::processEvents();
        }
        settle(60); // the view's batched repaint
        const QString key = QString::number(mark / 1000000) + u'm';
        out.insert(u"rss_"_s + key, double(rssBytes()));
        out.insert(u"retained_"_s + key, double(retainedBytes(*model)));
        out.insert(u"lines_kept_"_s + key, model->lineCount());
        // Where the bytes beyond the retained ones are: in blocks malloc has handed out (each
        // block's header and rounding, and what else lives on the heap), or free inside the heap.
        const struct mallinfo2 heap = mallinfo2();
        out.insert(u"heap_in_use_"_s + key, double(heap.uordblks + heap.hblkhd));
        out.insert(u"heap_free_"_s + key, double(heap.fordblks));
    }
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    delete view;
    delete model;
    return 0;
}

// RSS after 1 M, 2 M and 5 M lines through LogModel (default capacity) shown in a LogView,
// against the RSS of a bare QMainWindow + QPlainTextEdit in the same process before the model
// existed, and against the bytes the model retains.
QJsonObject runMemoryBench()
{
    QJsonObject result;
    QList<double> ratio, growth, bare, rss1, rss2, rss5, retained, inUse, heapFree;
    int capacity = 0;
    for (int i = 0; i < Runs; ++i) {
        QProcess worker;
        worker.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        worker.start(QCoreApplication::applicationFilePath(), {u"--memory-worker"_s});
        if (!worker.waitForFinished(600000) || worker.exitCode() != 0) {
            report(u"memory: the worker failed"_s);
            return result;
        }
        const QByteArray lastLine = worker.readAllStandardOutput().trimmed().split('\n').constLast();
        const QJsonObject o = QJsonDocument::fromJson(lastLine).object();
        capacity = o.value(u"capacity"_s).toInt();
        bare.append(o.value(u"bare_rss"_s).toDouble());
        rss1.append(o.value(u"rss_1m"_s).toDouble());
        rss2.append(o.value(u"rss_2m"_s).toDouble());
        rss5.append(o.value(u"rss_5m"_s).toDouble());
        retained.append(o.value(u"retained_5m"_s).toDouble());
        inUse.append(o.value(u"heap_in_use_5m"_s).toDouble());
        heapFree.append(o.value(u"heap_free_5m"_s).toDouble());
        ratio.append((rss5.constLast() - bare.constLast()) / retained.constLast());
        growth.append((rss5.constLast() - rss2.constLast()) / rss2.constLast() * 100.0);
    }
    const auto mb = [](double bytes) { return QString::number(bytes / 1048576.0, 'f', 1); };
    report(u"memory (cap %1 lines): bare window %2 MB; RSS after 1 M %3 MB, 2 M %4 MB, 5 M %5 MB lines; retained "
           u"%6 MB; (RSS - bare) / retained %7 (target <= 1.8); growth 2 M -> 5 M %8 % (target: flat)"_s
               .arg(capacity)
               .arg(mb(median(bare)), mb(median(rss1)), mb(median(rss2)), mb(median(rss5)), mb(median(retained)))
               .arg(median(ratio), 0, 'f', 2).arg(median(growth), 0, 'f', 2));
    report(u"memory: after 5 M lines malloc has %1 MB handed out and %2 MB free inside its heap"_s
               .arg(mb(median(inUse)), mb(median(heapFree))));
    result.insert(u"rss_ratio_to_retained"_s, median(ratio));
    result.insert(u"heap_in_use_5m_mb"_s, median(inUse) / 1048576.0);
    result.insert(u"heap_free_5m_mb"_s, median(heapFree) / 1048576.0);
    result.insert(u"rss_growth_2m_to_5m_pct"_s, median(growth));
    result.insert(u"rss_bare_mb"_s, median(bare) / 1048576.0);
    result.insert(u"rss_1m_mb"_s, median(rss1) / 1048576.0);
    result.insert(u"rss_2m_mb"_s, median(rss2) / 1048576.0);
    result.insert(u"rss_5m_mb"_s, median(rss5) / 1048576.0);
    result.insert(u"retained_5m_mb"_s, median(retained) / 1048576.0);
    result.insert(u"log_capacity_lines"_s, capacity);
    return result;
}

} // namespace Berth::Bench
