// LogView's find: the rows looked at in time slices, so a search through a full buffer never
// blocks the event loop for long.
#include "logview.h"

#include "logs/logmodel.h"

#include <QElapsedTimer>
#include <QTimer>

namespace Berth {

namespace {
// How many rows between two looks at the clock (a regular expression on a log line is about
// a microsecond).
constexpr int rowsPerClockCheck = 256;
} // namespace

void LogView::findNext()
{
    startFind(true);
}

void LogView::findPrevious()
{
    startFind(false);
}

void LogView::startFind(bool forward)
{
    cancelFind();
    const int rows = rowCount();
    if (m_search.isEmpty() || rows == 0) {
        Q_EMIT findFinished(false);
        return;
    }
    m_findForward = forward;
    if (forward)
        m_findNext = m_matchRow >= 0 ? m_matchRow + 1 : firstVisibleRow();
    else
        m_findNext = m_matchRow >= 0 ? m_matchRow - 1 : firstVisibleRow() + visibleRowCount() - 1;
    m_findLeft = rows;
    continueFind();
}

void LogView::continueFind()
{
    QElapsedTimer slice;
    slice.start();
    int looked = 0;
    while (m_findLeft > 0) {
        const int rows = rowCount();
        if (rows == 0)
            break;
        const int row = (m_findNext % rows + rows) % rows;
        if (matches(row)) {
            m_findLeft = 0;
            scrollToRow(row);
            Q_EMIT findFinished(true);
            return;
        }
        m_findNext += m_findForward ? 1 : -1;
        --m_findLeft;
        if (++looked % rowsPerClockCheck == 0 && slice.elapsed() >= FindSliceMs) {
            m_findLater->start();
            return;
        }
    }
    m_findLeft = 0;
    Q_EMIT findFinished(false);
}

void LogView::cancelFind()
{
    m_findLater->stop();
    m_findLeft = 0;
}

} // namespace Berth
