#include "config/nginxsite.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Berth::Config {

namespace {
bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

bool isSpecial(QChar c)
{
    return c == u';' || c == u'{' || c == u'}';
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Berth::Config", text);
}

// Whether nginx would read the value as one plain word.
bool needsQuotes(const QString &value)
{
    if (value.isEmpty() || value.contains(u"${"_s))
        return true;
    for (QChar c : value) {
        if (isSpace(c) || isSpecial(c) || c == u'"' || c == u'\'' || c == u'\\' || c == u'#')
            return true;
    }
    return false;
}

QString quoted(const QString &value, QChar quote)
{
    QString out = quote;
    for (QChar c : value) {
        if (c == quote || c == u'\\')
            out += u'\\';
        out += c;
    }
    return out + quote;
}
} // namespace

NginxSite NginxSite::parse(const QString &text)
{
    NginxSite site;
    site.m_text = text;
    const qsizetype size = text.size();
    const qsizetype firstBreak = text.indexOf(u'\n');
    if (firstBreak > 0 && text.at(firstBreak - 1) == u'\r')
        site.m_lineBreak = u"\r\n"_s;

    // Which lines hold only a comment, for the comment lines that belong to a directive.
    QList<qsizetype> lineStarts = {0};
    for (qsizetype i = 0; i < size; ++i) {
        if (text.at(i) == u'\n')
            lineStarts.append(i + 1);
    }
    auto lineOf = [&](qsizetype pos) {
        return int(std::upper_bound(lineStarts.begin(), lineStarts.end(), pos) - lineStarts.begin());
    };
    auto firstNonBlank = [&](int line) { // 1-based line
        qsizetype p = lineStarts.at(line - 1);
        while (p < size && (text.at(p) == u' ' || text.at(p) == u'\t' || text.at(p) == QChar(0xfeff)))
            ++p;
        return p;
    };
    auto isCommentLine = [&](int line) {
        const qsizetype p = firstNonBlank(line);
        return p < size && text.at(p) == u'#';
    };

    QList<int> open; // the blocks around the current position
    int current = -1; // the directive being read
    auto fail = [&](qsizetype pos, const char *what) {
        site.m_error = QCoreApplication::translate("Berth::Config", "line %1: %2").arg(lineOf(pos)).arg(tr(what));
    };
    qsizetype pos = text.startsWith(QChar(0xfeff)) ? 1 : 0;
    while (pos < size) {
        const QChar c = text.at(pos);
        if (isSpace(c)) {
            ++pos;
            continue;
        }
        if (c == u'#') {
            const qsizetype nl = text.indexOf(u'\n', pos);
            pos = nl < 0 ? size : nl + 1;
            continue;
        }
        if (c == u';' || c == u'{') {
            if (current < 0) {
                fail(pos, c == u';' ? QT_TRANSLATE_NOOP("Berth::Config", "“;” without a directive")
                                    : QT_TRANSLATE_NOOP("Berth::Config", "“{” without a directive"));
                return site;
            }
            NginxDirective &d = site.m_directives[current];
            if (c == u';') {
                d.end = pos + 1;
            } else {
                d.bodyStart = pos + 1;
                open.append(current);
            }
            current = -1;
            ++pos;
            continue;
        }
        if (c == u'}') {
            if (current >= 0) {
                fail(site.m_directives.at(current).start, QT_TRANSLATE_NOOP("Berth::Config", "a directive needs a “;” at its end"));
                return site;
            }
            if (open.isEmpty()) {
                fail(pos, QT_TRANSLATE_NOOP("Berth::Config", "“}” without its “{”"));
                return site;
            }
            NginxDirective &block = site.m_directives[open.takeLast()];
            block.bodyEnd = pos;
            block.end = pos + 1;
            ++pos;
            continue;
        }
        // A word: quoted, or up to a space or one of ; { } (a "${name}" variable keeps its braces).
        NginxArg arg;
        arg.start = pos;
        if (c == u'"' || c == u'\'') {
            arg.quote = c;
            ++pos;
            while (pos < size && text.at(pos) != c) {
                if (text.at(pos) == u'\\' && pos + 1 < size)
                    ++pos;
                arg.value += text.at(pos);
                ++pos;
            }
            if (pos >= size) {
                fail(arg.start, QT_TRANSLATE_NOOP("Berth::Config", "a quoted string is not closed"));
                return site;
            }
            ++pos;
        } else {
            while (pos < size && !isSpace(text.at(pos)) && !isSpecial(text.at(pos))) {
                if (text.at(pos) == u'$' && pos + 1 < size && text.at(pos + 1) == u'{') {
                    const qsizetype close = text.indexOf(u'}', pos);
                    if (close < 0)
                        break;
                    pos = close + 1;
                    continue;
                }
                if (text.at(pos) == u'\\' && pos + 1 < size)
                    ++pos;
                ++pos;
            }
            arg.value = text.mid(arg.start, pos - arg.start);
        }
        arg.end = pos;
        if (current >= 0) {
            site.m_directives[current].args.append(arg);
            continue;
        }
        NginxDirective d;
        d.name = arg.value;
        d.start = arg.start;
        d.end = arg.end;
        d.line = lineOf(arg.start);
        d.blockStart = arg.start;
        if (firstNonBlank(d.line) == arg.start) {
            int line = d.line;
            while (line > 1 && isCommentLine(line - 1))
                --line;
            d.blockStart = line < d.line ? lineStarts.at(line - 1) : arg.start;
        }
        d.parent = open.isEmpty() ? -1 : open.constLast();
        current = int(site.m_directives.size());
        if (d.parent >= 0)
            site.m_directives[d.parent].children.append(current);
        site.m_directives.append(d);
    }
    if (current >= 0)
        fail(site.m_directives.at(current).start, QT_TRANSLATE_NOOP("Berth::Config", "a directive needs a “;” at its end"));
    else if (!open.isEmpty())
        fail(site.m_directives.at(open.constLast()).start, QT_TRANSLATE_NOOP("Berth::Config", "a block is not closed with “}”"));
    return site;
}

qsizetype NginxSite::lineStartOf(qsizetype pos) const
{
    return pos <= 0 ? 0 : m_text.lastIndexOf(u'\n', pos - 1) + 1;
}

qsizetype NginxSite::lineEndOf(qsizetype pos) const
{
    const qsizetype nl = m_text.indexOf(u'\n', pos);
    return nl < 0 ? m_text.size() : nl + 1;
}

QString NginxSite::lineIndent(qsizetype pos) const
{
    const qsizetype start = lineStartOf(pos);
    qsizetype p = start;
    while (p < m_text.size() && (m_text.at(p) == u' ' || m_text.at(p) == u'\t'))
        ++p;
    return m_text.mid(start, p - start);
}

QList<TextEdit> NginxSite::setArgs(int index, const QStringList &args) const
{
    const NginxDirective &d = m_directives.at(index);
    QStringList written;
    for (qsizetype i = 0; i < args.size(); ++i) {
        // Keep the quote style of the argument in that place.
        const QChar quote = i < d.args.size() ? d.args.at(i).quote : QChar();
        if (!quote.isNull())
            written.append(quoted(args.at(i), quote));
        else
            written.append(needsQuotes(args.at(i)) ? quoted(args.at(i), u'"') : args.at(i));
    }
    const QString joined = written.join(u' ');
    if (d.args.isEmpty()) {
        const qsizetype at = d.start + d.name.size();
        return {TextEdit{at, at, joined.isEmpty() ? QString() : u' ' + joined}};
    }
    if (joined.isEmpty()) // `name;`: drop the space before the arguments too
        return {TextEdit{d.start + d.name.size(), d.args.constLast().end, QString()}};
    return {TextEdit{d.args.constFirst().start, d.args.constLast().end, joined}};
}

QList<TextEdit> NginxSite::addDirective(int block, const QString &name, const QStringList &args) const
{
    const NginxDirective &b = m_directives.at(block);
    int anchor = -1;
    for (int c : b.children) {
        if (m_directives.at(c).isBlock())
            break;
        anchor = c;
    }
    QStringList quotedArgs;
    for (const QString &arg : args)
        quotedArgs.append(needsQuotes(arg) ? quoted(arg, u'"') : arg);
    const QString statement = name + (quotedArgs.isEmpty() ? QString() : u' ' + quotedArgs.join(u' ')) + u';';
    qsizetype at;
    QString indent;
    if (anchor >= 0) {
        indent = lineIndent(m_directives.at(anchor).start);
        at = lineEndOf(m_directives.at(anchor).end);
    } else {
        indent = lineIndent(b.start) + u"    "_s;
        at = lineEndOf(b.bodyStart);
    }
    // Not past the block's end (`server { listen 80; }` on one line): then on the same line.
    if (at > b.bodyEnd || (at == m_text.size() && !m_text.endsWith(u'\n'))) {
        const qsizetype pos = anchor >= 0 ? m_directives.at(anchor).end : b.bodyStart;
        return {TextEdit{pos, pos, u' ' + statement}};
    }
    return {TextEdit{at, at, indent + statement + m_lineBreak}};
}

QList<TextEdit> NginxSite::remove(int index) const
{
    const NginxDirective &d = m_directives.at(index);
    const qsizetype lineEnd = lineEndOf(d.end);
    const QString rest = m_text.mid(d.end, lineEnd - d.end).trimmed();
    const bool ownLine = d.blockStart < d.start || lineStartOf(d.start) + lineIndent(d.start).size() == d.start;
    if (ownLine && (rest.isEmpty() || rest.startsWith(u'#'))) {
        const qsizetype start = d.blockStart < d.start ? d.blockStart : lineStartOf(d.start);
        return {TextEdit{start, lineEnd, QString()}};
    }
    qsizetype end = d.end;
    while (end < m_text.size() && (m_text.at(end) == u' ' || m_text.at(end) == u'\t'))
        ++end;
    return {TextEdit{d.start, end, QString()}};
}

} // namespace Berth::Config
