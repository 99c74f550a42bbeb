#pragma once

#include <QFont>
#include <QPalette>
#include <QTextLayout>

#include <memory>
#include <unordered_map>

namespace Berth {

struct LogEntry;

// The QTextLayout of each log line in view, so that what is drawn, the search highlights and
// the selection all use the glyphs' real positions: tabs, wide (CJK) characters, emoji,
// combining marks and bold text are not one column each. Layouts are kept for the rows of the
// last frame only, so memory follows the view's height and not the buffer's length; a flood
// lays out only the rows that came into view.
class LogRowLayouts
{
public:
    // At most this many characters of a line are laid out (docker splits lines at 16 KiB anyway).
    static constexpr int maxChars = 2000;
    // Tab stops every 8 columns, as in a terminal.
    static constexpr int tabColumns = 8;

    // Each drops every layout made with the old font or colours.
    void setFont(const QFont &font);
    void setPalette(const QPalette &palette);
    void clear();

    // Rows laid out between beginFrame() and endFrame() are kept for the next frame; the others
    // are dropped at endFrame().
    void beginFrame();
    void endFrame();
    // Drops the layouts of entries older than this one (rows that left the view at the top).
    void dropBefore(quint64 sequence);

    // The entry's text laid out in one line whose baseline is at the font's ascent.
    const QTextLayout &layout(const LogEntry &entry);
    // The x range (from the text's left edge) of characters [start, start + length).
    qreal xOf(const LogEntry &entry, qsizetype position);

    std::size_t cachedRows() const { return m_current.size() + m_previous.size(); }

private:
    std::unique_ptr<QTextLayout> build(const LogEntry &entry) const;

    using Cache = std::unordered_map<quint64, std::unique_ptr<QTextLayout>>;
    QFont m_font;
    QPalette m_palette;
    Cache m_current;  // laid out since beginFrame()
    Cache m_previous; // the frame before; moved into m_current when used again
};

} // namespace Berth
