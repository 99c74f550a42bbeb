#include "config/yamlscalar.h"

#include <QStringList>

namespace Berth::Config {

namespace {

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t';
}

// Flow scalars over several lines: each line break between text becomes a space, each empty
// line a line break, the spaces around a break go.
QString folded(const QStringList &lines)
{
    QString out;
    bool pendingBreak = false;
    int emptyLines = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (i > 0)
            while (!line.isEmpty() && isSpace(line.front()))
                line.remove(0, 1);
        if (i + 1 < lines.size())
            while (!line.isEmpty() && isSpace(line.back()))
                line.chop(1);
        if (line.isEmpty() && i > 0 && i + 1 < lines.size()) {
            ++emptyLines;
            continue;
        }
        if (pendingBreak)
            out += emptyLines > 0 ? QString(emptyLines, u'\n') : QStringLiteral(" ");
        out += line;
        pendingBreak = true;
        emptyLines = 0;
    }
    return out;
}

QStringList splitLines(QStringView source)
{
    QStringList lines;
    for (QStringView line : source.split(u'\n')) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        lines.append(line.toString());
    }
    return lines;
}

QString decodeDoubleQuoted(QStringView inner)
{
    // Escaped line breaks first: a `\` at a line's end joins the next line without a space.
    QStringList lines = splitLines(inner);
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        QString &line = lines[i];
        qsizetype backslashes = 0;
        while (backslashes < line.size() && line.at(line.size() - 1 - backslashes) == u'\\')
            ++backslashes;
        if (backslashes % 2 == 1) {
            line.chop(1);
            QString next = lines.at(i + 1);
            while (!next.isEmpty() && isSpace(next.front()))
                next.remove(0, 1);
            line += u'\x01' + next; // a marker: keep the spaces before it, no fold
            lines.removeAt(i + 1);
            --i;
        }
    }
    const QString text = folded(lines);
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\x01')
            continue;
        if (c != u'\\' || i + 1 >= text.size()) {
            out += c;
            continue;
        }
        const QChar e = text.at(++i);
        auto hex = [&](int digits) {
            bool ok = false;
            const uint code = text.mid(i + 1, digits).toUInt(&ok, 16);
            if (ok && i + digits < text.size()) {
                i += digits;
                const char32_t ch = char32_t(code);
                out += QString::fromUcs4(&ch, 1);
            }
        };
        switch (e.unicode()) {
        case '0': out += QChar(0); break;
        case 'a': out += u'\a'; break;
        case 'b': out += u'\b'; break;
        case 't': case '\t': out += u'\t'; break;
        case 'n': out += u'\n'; break;
        case 'v': out += u'\v'; break;
        case 'f': out += u'\f'; break;
        case 'r': out += u'\r'; break;
        case 'e': out += QChar(0x1b); break;
        case 'N': out += QChar(0x85); break;
        case '_': out += QChar(0xa0); break;
        case 'L': out += QChar(0x2028); break;
        case 'P': out += QChar(0x2029); break;
        case 'x': hex(2); break;
        case 'u': hex(4); break;
        case 'U': hex(8); break;
        default: out += e; break; // `\"`, `\\`, `\/`, `\ `
        }
    }
    return out;
}

QString decodeBlock(QStringView source, bool foldedStyle)
{
    QStringList lines = splitLines(source);
    const QString header = lines.takeFirst();
    qsizetype h = 1;
    QChar chomping;
    int explicitIndent = 0;
    while (h < header.size() && !isSpace(header.at(h))) {
        const QChar c = header.at(h++);
        if (c == u'+' || c == u'-')
            chomping = c;
        else if (c.isDigit())
            explicitIndent = c.digitValue();
    }
    qsizetype indent = -1;
    for (const QString &line : std::as_const(lines)) {
        qsizetype n = 0;
        while (n < line.size() && line.at(n) == u' ')
            ++n;
        if (n < line.size()) {
            indent = n;
            break;
        }
    }
    if (explicitIndent > 0 && indent < 0)
        indent = explicitIndent;
    QString out;
    bool previousMoreIndented = false;
    bool first = true;
    int pendingBreaks = 0;
    for (const QString &line : std::as_const(lines)) {
        const QString content = indent >= 0 ? line.mid(indent) : QString();
        if (content.trimmed().isEmpty() && (content.isEmpty() || !content.startsWith(u' '))) {
            ++pendingBreaks;
            continue;
        }
        const bool moreIndented = isSpace(content.front());
        if (!first) {
            if (!foldedStyle || moreIndented || previousMoreIndented)
                out += QString(pendingBreaks + 1, u'\n');
            else
                out += pendingBreaks > 0 ? QString(pendingBreaks, u'\n') : QStringLiteral(" ");
        } else if (pendingBreaks > 0) {
            out += QString(pendingBreaks, u'\n');
        }
        out += content;
        first = false;
        previousMoreIndented = moreIndented;
        pendingBreaks = 0;
    }
    if (chomping != u'-' && !out.isEmpty())
        out += u'\n';
    if (chomping == u'+') // the empty lines at the end are content too
        out += QString(std::max(0, pendingBreaks - (source.endsWith(u'\n') ? 1 : 0)), u'\n');
    return out;
}

} // namespace

QString decodeScalar(QStringView source, YamlStyle style)
{
    switch (style) {
    case YamlStyle::SingleQuoted:
        return folded(splitLines(source.mid(1, source.size() - 2))).replace(QStringLiteral("''"), QStringLiteral("'"));
    case YamlStyle::DoubleQuoted:
        return decodeDoubleQuoted(source.mid(1, source.size() - 2));
    case YamlStyle::Literal:
        return decodeBlock(source, false);
    case YamlStyle::Folded:
        return decodeBlock(source, true);
    default:
        return folded(splitLines(source.trimmed()));
    }
}

bool isSafePlain(const QString &value, bool inFlow)
{
    if (value.isEmpty() || value != value.trimmed())
        return false;
    static const QString indicators = QStringLiteral("-?:,[]{}#&*!|>'\"%@`");
    const QChar first = value.front();
    if (indicators.contains(first)) {
        // `-`, `?` and `:` may start a plain scalar when a non-space follows.
        if (!(first == u'-' || first == u'?' || first == u':') || value.size() < 2 || isSpace(value.at(1)))
            return false;
    }
    if (value.contains(u'\n') || value.contains(u'\r') || value.contains(u'\t') || value.endsWith(u':')
        || value.contains(QStringLiteral(": ")) || value.contains(QStringLiteral(" #")))
        return false;
    if (inFlow)
        for (QChar c : value)
            if (c == u',' || c == u'[' || c == u']' || c == u'{' || c == u'}')
                return false;
    for (QChar c : value)
        if (c.category() == QChar::Other_Control)
            return false;
    return true;
}

QString stringValue(const QString &text)
{
    static const QStringList special = {QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("yes"),
                                        QStringLiteral("no"), QStringLiteral("on"), QStringLiteral("off"),
                                        QStringLiteral("null"), QStringLiteral("~"), QStringLiteral("y"), QStringLiteral("n")};
    if (isSafePlain(text, false) && !special.contains(text.toLower()))
        return text;
    return doubleQuoted(text);
}

QString singleQuoted(const QString &value)
{
    QString inner = value;
    inner.replace(u'\'', QStringLiteral("''"));
    return u'\'' + inner + u'\'';
}

QString doubleQuoted(const QString &value)
{
    QString out = QStringLiteral("\"");
    for (QChar c : value) {
        switch (c.unicode()) {
        case '"': out += QStringLiteral("\\\""); break;
        case '\\': out += QStringLiteral("\\\\"); break;
        case '\n': out += QStringLiteral("\\n"); break;
        case '\r': out += QStringLiteral("\\r"); break;
        case '\t': out += QStringLiteral("\\t"); break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QChar(u'0'));
            else
                out += c;
        }
    }
    return out + u'"';
}

QString blockScalarBody(const QString &value, qsizetype indent, const QString &lineBreak)
{
    QString body;
    QString content = value;
    if (content.endsWith(u'\n'))
        content.chop(1);
    const QString pad(indent, u' ');
    for (const QString &line : content.split(u'\n'))
        body += (line.isEmpty() ? QString() : pad + line) + lineBreak;
    return body;
}

} // namespace Berth::Config
