#include "logbatcher.h"

#include <QTimer>

namespace Berth {

LogBatcher::LogBatcher(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(30);
    connect(m_timer, &QTimer::timeout, this, &LogBatcher::flush);
}

void LogBatcher::setInterval(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}

void LogBatcher::added()
{
    if (m_lines.size() >= MaxBatchLines)
        flush();
    else if (!m_lines.isEmpty() && !m_timer->isActive())
        m_timer->start();
}

void LogBatcher::flush()
{
    m_timer->stop();
    while (!m_lines.isEmpty()) {
        QList<LogLine> batch;
        if (m_lines.size() <= MaxBatchLines) {
            batch.swap(m_lines);
        } else {
            batch = m_lines.first(MaxBatchLines);
            m_lines.remove(0, MaxBatchLines);
        }
        Q_EMIT linesReady(batch);
    }
}

} // namespace Berth
