#include "logrowlayouts.h"

#include "logs/ansiparser.h"
#include "logs/logmodel.h"

#include <QFontMetricsF>
#include <QTextOption>

namespace Berth {

namespace {

QColor ansiColour(qint32 colour, const QPalette &palette, bool background)
{
    const QColor fallback = palette.color(background ? QPalette::Base : QPalette::Text);
    return QColor::fromRgb(AnsiParser::rgb(colour, fallback.rgb() & 0xFFFFFF));
}

} // namespace

void LogRowLayouts::setFont(const QFont &font)
{
    m_font = font;
    clear();
}

void LogRowLayouts::setPalette(const QPalette &palette)
{
    m_palette = palette;
    clear();
}

void LogRowLayouts::clear()
{
    m_current.clear();
    m_previous.clear();
}

void LogRowLayouts::beginFrame()
{
    // What the last frame did not reuse is gone already; its rows become candidates.
    m_previous.clear();
    std::swap(m_previous, m_current);
}

void LogRowLayouts::endFrame()
{
    m_previous.clear();
}

void LogRowLayouts::dropBefore(quint64 sequence)
{
    for (Cache *cache : {&m_current, &m_previous})
        std::erase_if(*cache, [sequence](const auto &item) { return item.first < sequence; });
}

const QTextLayout &LogRowLayouts::layout(const LogEntry &entry)
{
    if (auto it = m_current.find(entry.sequence); it != m_current.end())
        return *it->second;
    std::unique_ptr<QTextLayout> layout;
    if (auto it = m_previous.find(entry.sequence); it != m_previous.end()) {
        layout = std::move(it->second);
        m_previous.erase(it);
    } else {
        layout = build(entry);
    }
    return *m_current.emplace(entry.sequence, std::move(layout)).first->second;
}

qreal LogRowLayouts::xOf(const LogEntry &entry, qsizetype position)
{
    const QTextLayout &l = layout(entry);
    if (l.lineCount() == 0)
        return 0;
    return l.lineAt(0).cursorToX(int(qBound<qsizetype>(0, position, l.text().size())));
}

std::unique_ptr<QTextLayout> LogRowLayouts::build(const LogEntry &entry) const
{
    const QString text = entry.text.left(maxChars);
    auto layout = std::make_unique<QTextLayout>(text, m_font);
    const QFontMetricsF metrics(m_font);
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    option.setTabStopDistance(tabColumns * metrics.horizontalAdvance(u' '));
    layout->setTextOption(option);
    layout->setCacheEnabled(true);

    QList<QTextLayout::FormatRange> formats;
    if (entry.service.isEmpty() && entry.timestampNs == 0) {
        // Berth's own notices, in italics.
        QTextCharFormat notice;
        notice.setFontItalic(true);
        notice.setForeground(m_palette.color(QPalette::PlaceholderText));
        formats.append(QTextLayout::FormatRange{0, int(text.size()), notice});
    } else {
        for (const TextSpan &span : entry.spans) {
            const int start = qMin(span.start, int(text.size()));
            const int end = qMin(span.start + span.length, int(text.size()));
            if (end <= start)
                continue;
            QTextCharFormat format;
            format.setForeground(ansiColour(span.foreground, m_palette, false));
            if (span.background >= 0)
                format.setBackground(ansiColour(span.background, m_palette, true));
            if (span.bold)
                format.setFontWeight(QFont::Bold);
            format.setFontItalic(span.italic);
            format.setFontUnderline(span.underline);
            formats.append(QTextLayout::FormatRange{start, end - start, format});
        }
    }
    layout->setFormats(formats);

    layout->beginLayout();
    QTextLine line = layout->createLine();
    if (line.isValid()) {
        line.setLineWidth(1e7);
        // A fallback font (emoji, CJK) may be taller: the baseline stays where every row has it.
        line.setPosition(QPointF(0, metrics.ascent() - line.ascent()));
    }
    layout->endLayout();
    return layout;
}

} // namespace Berth
