// LogView's painting: every row in view, or, while following, only the rows new lines brought.
#include "logview.h"

#include "logs/logmodel.h"
#include "palettecolours.h"

#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>

namespace Berth {

void LogView::invalidate()
{
    m_repaintAll = true;
    viewport()->update();
}

void LogView::repaintNewLines()
{
    m_linesSincePaint = 0;
    if (!m_following) {
        m_placingNewLines = true;
        updateScrollBars();
        m_placingNewLines = false;
    } else if (!m_scrollBarsLater->isActive()) {
        m_scrollBarsLater->start();
    }
    if (!scrollPaintedRows())
        invalidate();
}

bool LogView::scrollPaintedRows()
{
    if (m_repaintAll || !m_following || !m_model || rowCount() == 0 || m_paintedRows == 0
        || horizontalScrollBar()->value() != m_paintedScrollX || m_selectionAnchor >= 0 || m_matchRow >= 0)
        return false;
    const int first = firstVisibleRow();
    const int visible = visibleRowCount();
    // Where the row painted at the top is now: k rows above the new top (the rows before it went).
    for (int k = 0; k <= visible && first - k >= 0; ++k) {
        if (m_model->entry(m_rows.modelRow(first - k)).sequence != m_paintedTopSequence)
            continue;
        if (k > 0)
            viewport()->scroll(0, -k * m_lineHeight); // the rows that came into view are exposed
        // Rows below the last painted one (a view not yet full).
        const int paintedBottom = (m_paintedRows - k) * m_lineHeight;
        if (paintedBottom < viewport()->height())
            viewport()->update(0, paintedBottom, viewport()->width(), viewport()->height() - paintedBottom);
        m_paintedTopSequence = m_model->entry(m_rows.modelRow(first)).sequence;
        m_paintedRows = qMax(0, m_paintedRows - k);
        return true;
    }
    return false;
}

void LogView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    const QPalette pal = palette();
    const bool whole = m_repaintAll || event->rect().contains(viewport()->rect());
    const QRect area = whole ? viewport()->rect() : event->rect();
    painter.fillRect(area, pal.color(QPalette::Base));
    if (whole)
        m_repaintAll = false;
    if (!m_model || rowCount() == 0) {
        m_paintedRows = 0;
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(viewport()->rect().adjusted(8, 8, -8, -8), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                         m_rows.service().isEmpty() ? tr("What the services print appears here once they run.")
                                                    : tr("%1 has printed nothing yet.").arg(m_rows.service()));
        return;
    }
    painter.setFont(font());
    updateColumns();
    const int first = firstVisibleRow();
    const int last = qMin(rowCount() - 1, first + visibleRowCount());
    // The rows the area holds (everything else in view is painted already).
    const int from = first + area.top() / m_lineHeight;
    const int to = qMin(last, first + area.bottom() / m_lineHeight);
    const int selFrom = qMin(m_selectionAnchor, m_selectionEnd), selTo = qMax(m_selectionAnchor, m_selectionEnd);
    const qreal widestBefore = m_widest;
    if (whole)
        m_painter.beginFrame();
    for (int row = from; row <= to; ++row) {
        const int y = (row - first) * m_lineHeight;
        const QRect line(0, y, viewport()->width(), m_lineHeight);
        if (m_selectionAnchor >= 0 && row >= selFrom && row <= selTo)
            painter.fillRect(line, pal.color(QPalette::Highlight).lighter(row == m_matchRow ? 100 : 130));
        if (row == m_matchRow)
            painter.fillRect(line, matchBackground(pal, false));
        const QPointF origin(4 - horizontalScrollBar()->value(), y);
        const qreal width = m_painter.paint(painter, m_model->entry(m_rows.modelRow(row)), m_search, origin,
                                            m_lineHeight, row == m_matchRow);
        m_widest = qMax(m_widest, width);
    }
    const quint64 top = m_model->entry(m_rows.modelRow(first)).sequence;
    if (whole)
        m_painter.endFrame();
    else
        m_painter.dropLayoutsBefore(top); // the rows scrolled out at the top
    m_paintedTopSequence = top;
    m_paintedRows = last - first + 1;
    m_paintedScrollX = horizontalScrollBar()->value();
    if (m_widest > widestBefore)
        updateScrollBars();
}

} // namespace Berth
