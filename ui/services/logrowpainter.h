#pragma once

#include "logrowlayouts.h"

#include <QFont>
#include <QList>
#include <QPalette>
#include <QRectF>
#include <QStringList>

class QPainter;

namespace Berth {

struct LogEntry;
class LogSearch;

// Paints one log row: the timestamp and service columns, the search highlights and the text.
// Positions come from the rows' QTextLayouts (LogRowLayouts), never from a column count, so
// highlights sit on the glyphs they mark. LogView decides which rows, where, and what is
// selected.
class LogRowPainter
{
public:
    void setFont(const QFont &font);
    void setPalette(const QPalette &palette);
    void clearLayouts() { m_layouts.clear(); }
    // The columns before the text: the timestamp when shown; the service names (none when one
    // service is shown on its own).
    void setColumns(bool timestamps, const QStringList &services);
    // From a row's left edge to where its text starts.
    qreal prefixWidth() const { return m_timestampWidth + m_serviceWidth; }

    void beginFrame() { m_layouts.beginFrame(); }
    void endFrame() { m_layouts.endFrame(); }
    // A frame that painted some rows only (the view scrolled): the layouts of entries before
    // this one go.
    void dropLayoutsBefore(quint64 sequence) { m_layouts.dropBefore(sequence); }
    // Where search matches of the entry are, for a row whose left edge and top are at origin.
    QList<QRectF> matchRectangles(const LogEntry &entry, const LogSearch &search, QPointF origin, qreal height);
    // Paints the row; returns its text's width (for the horizontal scroll bar).
    qreal paint(QPainter &painter, const LogEntry &entry, const LogSearch &search, QPointF origin, qreal height,
                bool currentMatch);

private:
    LogRowLayouts m_layouts;
    QFont m_font;
    QPalette m_palette;
    bool m_timestamps = false;
    qreal m_timestampWidth = 0;
    qreal m_serviceWidth = 0;
};

} // namespace Berth
