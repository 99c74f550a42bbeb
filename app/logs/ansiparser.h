#pragma once

#include <QList>
#include <QString>

namespace Berth {

// A run of text in one style. Colours: -1 the view's default, 0..255 the xterm palette,
// truecolour as 0x1000000 | 0xRRGGBB (see AnsiParser::rgb).
struct TextSpan
{
    int start = 0;
    int length = 0;
    qint32 foreground = -1;
    qint32 background = -1;
    bool bold = false;
    bool italic = false;
    bool underline = false;

    bool operator==(const TextSpan &) const = default;
};

// Turns text with ANSI escape sequences into plain text plus style spans. SGR (colours, bold,
// ...) becomes spans; every other escape sequence is dropped. The style carries over from one
// line to the next, as on a terminal, so keep one parser per stream. Never rich text: log
// lines are shown as text, whatever they contain.
class AnsiParser
{
public:
    struct Style
    {
        qint32 foreground = -1;
        qint32 background = -1;
        bool bold = false;
        bool italic = false;
        bool underline = false;
        bool isDefault() const { return foreground < 0 && background < 0 && !bold && !italic && !underline; }
        bool operator==(const Style &) const = default;
    };
    struct Result
    {
        QString text;
        QList<TextSpan> spans; // only styled runs; unstyled text has no span
    };

    Result parse(QStringView input);
    void reset() { m_style = Style(); }
    Style style() const { return m_style; }

    static constexpr qint32 trueColourFlag = 0x1000000;
    // 0xRRGGBB of a colour value (palette index or truecolour); defaultRgb for -1.
    static quint32 rgb(qint32 colour, quint32 defaultRgb);
    // Removes every escape sequence, keeping the text.
    static QString strip(QStringView input);

private:
    void applySgr(QStringView parameters);

    Style m_style;
};

} // namespace Berth
