#include "logrowpainter.h"

#include "logs/logline.h"
#include "logs/logmodel.h"
#include "logsearch.h"
#include "palettecolours.h"

#include <QFontMetricsF>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace Berth {

namespace {

QColor serviceColour(const QString &service, const QPalette &palette)
{
    const int hue = int(qHash(service) % 360);
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return QColor::fromHsv(hue, dark ? 120 : 200, dark ? 230 : 150);
}

} // namespace

void LogRowPainter::setFont(const QFont &font)
{
    m_font = font;
    m_layouts.setFont(font);
}

void LogRowPainter::setPalette(const QPalette &palette)
{
    m_palette = palette;
    m_layouts.setPalette(palette);
}

void LogRowPainter::setColumns(bool timestamps, const QStringList &services)
{
    const QFontMetricsF metrics(m_font);
    m_timestamps = timestamps;
    m_timestampWidth = timestamps ? metrics.horizontalAdvance(LogLine::formatTimestamp(1) + u' ') : 0;
    qreal widest = 0;
    for (const QString &service : services)
        widest = qMax(widest, metrics.horizontalAdvance(service));
    m_serviceWidth = services.isEmpty() ? 0 : widest + metrics.horizontalAdvance(" | "_L1);
}

QList<QRectF> LogRowPainter::matchRectangles(const LogEntry &entry, const LogSearch &search, QPointF origin,
                                             qreal height)
{
    QList<QRectF> rects;
    if (search.isEmpty())
        return rects;
    const qreal left = origin.x() + prefixWidth();
    for (const LogSearch::Range &r : search.ranges(entry.text.left(LogRowLayouts::maxChars))) {
        const qreal from = m_layouts.xOf(entry, r.start), to = m_layouts.xOf(entry, r.start + r.length);
        rects.append(QRectF(left + from, origin.y(), to - from, height));
    }
    return rects;
}

qreal LogRowPainter::paint(QPainter &painter, const LogEntry &entry, const LogSearch &search, QPointF origin,
                           qreal height, bool currentMatch)
{
    const QFontMetricsF metrics(m_font);
    const qreal baseline = origin.y() + metrics.ascent();
    qreal x = origin.x();
    if (m_timestamps && entry.timestampNs > 0) {
        painter.setPen(m_palette.color(QPalette::PlaceholderText));
        painter.drawText(QPointF(x, baseline), LogLine::formatTimestamp(entry.timestampNs));
    }
    x += m_timestampWidth;
    if (m_serviceWidth > 0 && !entry.service.isEmpty()) {
        painter.setPen(serviceColour(entry.service, m_palette));
        painter.drawText(QPointF(x, baseline), entry.service);
        painter.drawText(QPointF(x + m_serviceWidth - metrics.horizontalAdvance("| "_L1), baseline), u"|"_s);
    }
    for (const QRectF &rect : matchRectangles(entry, search, origin, height))
        painter.fillRect(rect, matchBackground(m_palette, currentMatch));
    const QTextLayout &layout = m_layouts.layout(entry);
    // Unstyled text takes the pen; spans carry their own colours.
    painter.setPen(m_palette.color(QPalette::Text));
    layout.draw(&painter, QPointF(origin.x() + prefixWidth(), origin.y()));
    return layout.lineCount() ? layout.lineAt(0).naturalTextWidth() : 0;
}

} // namespace Berth
