#pragma once

#include "logline.h"

#include <QList>
#include <QObject>

class QTimer;

namespace Berth {

// Gathers decoded log lines and hands them over in batches: at most every interval (30 ms by
// default), so a flood costs the receiver one call per interval and not one per read, and at
// most MaxBatchLines in one linesReady(), so a large backlog goes out in several signals and the
// receiver never holds the event loop for long. LogFollower batches every container's lines
// here; the benchmark feeds its pipe through the same class.
class LogBatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxBatchLines = 8192;

    explicit LogBatcher(QObject *parent = nullptr);

    void setInterval(int milliseconds);
    // The lines not handed over yet: decoders append here, then call added().
    QList<LogLine> *pending() { return &m_lines; }
    // After appending to pending(): hands the lines over at once when there are MaxBatchLines
    // or more, else starts the interval.
    void added();
    // Hands over every pending line now (in batches of at most MaxBatchLines).
    void flush();

Q_SIGNALS:
    void linesReady(const QList<Berth::LogLine> &lines);

private:
    QTimer *m_timer = nullptr;
    QList<LogLine> m_lines;
};

} // namespace Berth
