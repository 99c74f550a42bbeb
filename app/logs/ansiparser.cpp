#include "ansiparser.h"

#include <QStringList>

namespace Berth {

namespace {

// Where an escape sequence starting at input[i] (ESC) ends (one past its last character), and
// whether it is an SGR sequence (CSI ... m), with its parameter text.
struct Escape
{
    qsizetype end = 0;
    bool sgr = false;
    QStringView parameters;
};

Escape scanEscape(QStringView input, qsizetype i)
{
    Escape escape;
    const qsizetype n = input.size();
    if (i + 1 >= n) {
        escape.end = n;
        return escape;
    }
    const QChar kind = input.at(i + 1);
    if (kind == u'[') {
        qsizetype j = i + 2;
        // parameter and intermediate bytes 0x20-0x3F, then a final byte 0x40-0x7E
        while (j < n && input.at(j).unicode() >= 0x20 && input.at(j).unicode() <= 0x3F)
            ++j;
        if (j < n && input.at(j).unicode() >= 0x40 && input.at(j).unicode() <= 0x7E) {
            escape.sgr = input.at(j) == u'm';
            escape.parameters = input.mid(i + 2, j - i - 2);
            escape.end = j + 1;
        } else {
            escape.end = j;
        }
        return escape;
    }
    if (kind == u']') {
        // OSC: up to BEL or ESC backslash
        qsizetype j = i + 2;
        while (j < n) {
            if (input.at(j) == u'\a') {
                ++j;
                break;
            }
            if (input.at(j) == u'\x1b' && j + 1 < n && input.at(j + 1) == u'\\') {
                j += 2;
                break;
            }
            ++j;
        }
        escape.end = j;
        return escape;
    }
    // Two-character sequences (ESC c, ESC =, ESC ( B ...).
    escape.end = qMin(n, i + ((kind == u'(' || kind == u')') ? 3 : 2));
    return escape;
}

} // namespace

quint32 AnsiParser::rgb(qint32 colour, quint32 defaultRgb)
{
    if (colour < 0)
        return defaultRgb;
    if (colour & trueColourFlag)
        return quint32(colour) & 0xFFFFFFu;
    static constexpr quint32 base[16] = {0x000000, 0xcd0000, 0x00cd00, 0xcdcd00, 0x0000ee, 0xcd00cd, 0x00cdcd, 0xe5e5e5,
                                         0x7f7f7f, 0xff0000, 0x00ff00, 0xffff00, 0x5c5cff, 0xff00ff, 0x00ffff, 0xffffff};
    if (colour < 16)
        return base[colour];
    if (colour < 232) {
        const int c = colour - 16;
        auto level = [](int v) { return quint32(v == 0 ? 0 : 55 + v * 40); };
        return (level(c / 36) << 16) | (level((c / 6) % 6) << 8) | level(c % 6);
    }
    const quint32 grey = quint32(8 + (qMin(colour, 255) - 232) * 10);
    return (grey << 16) | (grey << 8) | grey;
}

void AnsiParser::applySgr(QStringView parameters)
{
    const QList<QStringView> parts = parameters.isEmpty() ? QList<QStringView>{} : parameters.split(u';');
    QList<int> codes;
    codes.reserve(parts.size());
    for (QStringView part : parts)
        codes.append(part.isEmpty() ? 0 : part.toInt());
    if (codes.isEmpty())
        codes.append(0);
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const int code = codes.at(i);
        if (code == 0) {
            m_style = Style();
        } else if (code == 1) {
            m_style.bold = true;
        } else if (code == 3) {
            m_style.italic = true;
        } else if (code == 4) {
            m_style.underline = true;
        } else if (code == 22) {
            m_style.bold = false;
        } else if (code == 23) {
            m_style.italic = false;
        } else if (code == 24) {
            m_style.underline = false;
        } else if (code >= 30 && code <= 37) {
            m_style.foreground = code - 30;
        } else if (code == 39) {
            m_style.foreground = -1;
        } else if (code >= 40 && code <= 47) {
            m_style.background = code - 40;
        } else if (code == 49) {
            m_style.background = -1;
        } else if (code >= 90 && code <= 97) {
            m_style.foreground = code - 90 + 8;
        } else if (code >= 100 && code <= 107) {
            m_style.background = code - 100 + 8;
        } else if (code == 38 || code == 48) {
            qint32 colour = -1;
            if (i + 2 < codes.size() && codes.at(i + 1) == 5) {
                colour = qBound(0, codes.at(i + 2), 255);
                i += 2;
            } else if (i + 4 < codes.size() && codes.at(i + 1) == 2) {
                colour = trueColourFlag | (qBound(0, codes.at(i + 2), 255) << 16) | (qBound(0, codes.at(i + 3), 255) << 8)
                    | qBound(0, codes.at(i + 4), 255);
                i += 4;
            } else {
                break; // malformed: ignore the rest, as terminals do
            }
            (code == 38 ? m_style.foreground : m_style.background) = colour;
        }
    }
}

AnsiParser::Result AnsiParser::parse(QStringView input)
{
    Result result;
    result.text.reserve(input.size());
    auto addRun = [&result, this](qsizetype from) {
        const qsizetype length = result.text.size() - from;
        if (length <= 0 || m_style.isDefault())
            return;
        TextSpan span;
        span.start = int(from);
        span.length = int(length);
        span.foreground = m_style.foreground;
        span.background = m_style.background;
        span.bold = m_style.bold;
        span.italic = m_style.italic;
        span.underline = m_style.underline;
        result.spans.append(span);
    };
    qsizetype runStart = 0;
    qsizetype i = 0;
    const qsizetype n = input.size();
    while (i < n) {
        const qsizetype next = input.indexOf(u'\x1b', i);
        const qsizetype plainEnd = next < 0 ? n : next;
        for (qsizetype j = i; j < plainEnd; ++j) {
            const QChar c = input.at(j);
            // Other control characters (a stray \r, BEL, backspace) would draw as boxes.
            if (c == u'\t' || c.unicode() >= 0x20)
                result.text.append(c);
        }
        if (next < 0)
            break;
        const Escape escape = scanEscape(input, next);
        if (escape.sgr) {
            const Style before = m_style;
            applySgr(escape.parameters);
            if (!(before == m_style)) {
                const Style after = m_style;
                m_style = before;
                addRun(runStart);
                m_style = after;
                runStart = result.text.size();
            }
        }
        i = escape.end;
    }
    addRun(runStart);
    return result;
}

QString AnsiParser::strip(QStringView input)
{
    AnsiParser parser;
    return parser.parse(input).text;
}

} // namespace Berth
