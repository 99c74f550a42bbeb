#include "config/inidocument.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Berth::Config {

namespace {
bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

qsizetype skipBlanks(const QString &text, qsizetype from, qsizetype end)
{
    while (from < end && isBlank(text.at(from)))
        ++from;
    return from;
}

qsizetype trimEnd(const QString &text, qsizetype start, qsizetype end)
{
    while (end > start && isBlank(text.at(end - 1)))
        --end;
    return end;
}

QString lineError(int line, const QString &what)
{
    return QCoreApplication::translate("Berth::Config", "line %1: %2").arg(line).arg(what);
}
} // namespace

IniDocument IniDocument::parse(const QString &text)
{
    IniDocument doc;
    doc.m_text = text;
    doc.m_sections.append(IniSection{});
    const qsizetype size = text.size();
    qsizetype pos = text.startsWith(QChar(0xfeff)) ? 1 : 0;
    int lineNo = 0;
    qsizetype commentStart = -1; // the run of comment lines directly above this line
    int open = -1;               // the entry continuation lines would extend
    bool breakSeen = false;
    while (pos < size) {
        ++lineNo;
        const qsizetype lineStart = pos;
        const qsizetype nl = text.indexOf(u'\n', pos);
        const qsizetype next = nl < 0 ? size : nl + 1;
        qsizetype contentEnd = nl < 0 ? size : nl;
        if (contentEnd > lineStart && text.at(contentEnd - 1) == u'\r')
            --contentEnd;
        if (nl >= 0 && !breakSeen) {
            breakSeen = true;
            doc.m_lineBreak = contentEnd < nl ? u"\r\n"_s : u"\n"_s;
        }
        pos = next;
        const qsizetype first = skipBlanks(text, lineStart, contentEnd);
        if (first == contentEnd) {
            commentStart = -1;
            open = -1;
            continue;
        }
        const QChar c = text.at(first);
        if (c == u'#' || c == u';') {
            if (commentStart < 0)
                commentStart = lineStart;
            open = -1;
            continue;
        }
        if (first > lineStart && open >= 0) {
            IniEntry &e = doc.m_entries[open];
            const qsizetype last = trimEnd(text, first, contentEnd);
            if (e.continuationIndent.isEmpty())
                e.continuationIndent = text.mid(lineStart, first - lineStart);
            const QString part = text.mid(first, last - first);
            e.value = e.value.isEmpty() ? part : e.value + u'\n' + part;
            e.valueEnd = last;
            e.end = next;
            commentStart = -1;
            continue;
        }
        open = -1;
        if (c == u'[') {
            const qsizetype close = text.indexOf(u']', first);
            if (close < 0 || close > contentEnd) {
                doc.m_error = lineError(lineNo, QCoreApplication::translate("Berth::Config", "a section header needs its closing “]”"));
                return doc;
            }
            const qsizetype after = skipBlanks(text, close + 1, contentEnd);
            if (after < contentEnd && text.at(after) != u'#' && text.at(after) != u';') {
                doc.m_error = lineError(lineNo, QCoreApplication::translate("Berth::Config", "text after a section header"));
                return doc;
            }
            IniSection section;
            section.name = text.mid(first + 1, close - first - 1).trimmed();
            section.headerStart = lineStart;
            section.headerEnd = next;
            doc.m_sections.append(section);
            commentStart = -1;
            continue;
        }
        // configparser and pytest's iniconfig take "=" first, and ":" when the name would hold one.
        qsizetype sep = text.indexOf(u'=', first);
        if (sep >= contentEnd)
            sep = -1;
        const qsizetype colon = text.indexOf(u':', first);
        if (colon >= 0 && colon < contentEnd && (sep < 0 || colon < sep))
            sep = colon;
        if (sep < 0 || trimEnd(text, first, sep) == first) {
            doc.m_error = lineError(lineNo, QCoreApplication::translate("Berth::Config", "expected “key = value”, “key: value” or a [section]"));
            return doc;
        }
        IniEntry e;
        e.section = doc.m_sections.constLast().name;
        e.line = lineNo;
        e.lineStart = lineStart;
        e.blockStart = commentStart >= 0 ? commentStart : lineStart;
        e.keyStart = first;
        e.keyEnd = trimEnd(text, first, sep);
        e.key = text.mid(e.keyStart, e.keyEnd - e.keyStart);
        e.separatorEnd = sep + 1;
        e.valueStart = skipBlanks(text, sep + 1, contentEnd);
        e.valueEnd = trimEnd(text, e.valueStart, contentEnd);
        e.value = text.mid(e.valueStart, e.valueEnd - e.valueStart);
        e.valueOnNextLine = e.value.isEmpty();
        e.end = next;
        doc.m_sections.last().entries.append(doc.m_entries.size());
        open = doc.m_entries.size();
        doc.m_entries.append(e);
        commentStart = -1;
    }
    return doc;
}

int IniDocument::sectionIndex(const QString &name) const
{
    for (qsizetype i = m_sections.size() - 1; i >= 0; --i) {
        if (m_sections.at(i).name == name)
            return int(i);
    }
    return -1;
}

QList<int> IniDocument::find(const QString &section, const QString &key) const
{
    QList<int> found;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).section == section && m_entries.at(i).key == key)
            found.append(int(i));
    }
    return found;
}

std::optional<QString> IniDocument::value(const QString &section, const QString &key) const
{
    const QList<int> found = find(section, key);
    if (found.isEmpty())
        return std::nullopt;
    return m_entries.at(found.constLast()).value;
}

QString IniDocument::formatValue(const IniEntry *like, const QString &value) const
{
    const QStringList lines = value.split(u'\n');
    // Several lines start on the key's line only where they did already: pytest's own examples
    // (markers, addopts) start on the next line.
    // A line starting with # or ; under the key would be a comment: that one stays on the key's.
    const bool commentLike = lines.constFirst().startsWith(u'#') || lines.constFirst().startsWith(u';');
    const bool nextLine = lines.size() > 1 && !commentLike && (!like || like->valueOnNextLine || like->continuationIndent.isEmpty());
    const QString indent = like && !like->continuationIndent.isEmpty() ? like->continuationIndent : u"    "_s;
    QString out = nextLine ? QString() : lines.constFirst();
    for (qsizetype i = nextLine ? 0 : 1; i < lines.size(); ++i)
        out += m_lineBreak + indent + lines.at(i);
    return out;
}

QList<TextEdit> IniDocument::setAt(int index, const QString &value) const
{
    const IniEntry &e = m_entries.at(index);
    QString formatted = formatValue(&e, value);
    if (formatted.startsWith(m_lineBreak)) // `key =` and the lines under it, no trailing blank
        return {TextEdit{e.separatorEnd, e.valueEnd, formatted}};
    // `key =` with nothing after it on its line: the usual space before the new value.
    if (e.valueOnNextLine && e.valueStart == e.separatorEnd && !formatted.isEmpty())
        formatted.prepend(u' ');
    return {TextEdit{e.valueStart, e.valueEnd, formatted}};
}

QList<TextEdit> IniDocument::set(const QString &section, const QString &key, const QString &value) const
{
    const QList<int> found = find(section, key);
    if (found.isEmpty())
        return add(section, key, value);
    return setAt(found.constLast(), value);
}

QList<TextEdit> IniDocument::add(const QString &section, const QString &key, const QString &value) const
{
    const qsizetype size = m_text.size();
    const bool endsWithBreak = size > 0 && m_text.endsWith(u'\n');
    const int s = sectionIndex(section);
    const IniEntry *like = nullptr;
    if (s >= 0 && !m_sections.at(s).entries.isEmpty())
        like = &m_entries.at(m_sections.at(s).entries.constLast());
    // Another line of a key uwsgi takes many times (env, static-map) goes after its last one.
    for (int index : m_sections.value(s).entries) {
        if (m_entries.at(index).key == key)
            like = &m_entries.at(index);
    }
    const IniEntry *style = like ? like : (m_entries.isEmpty() ? nullptr : &m_entries.constFirst());
    QString indent;
    QString separator = u" = "_s;
    if (style) {
        indent = m_text.mid(style->lineStart, style->keyStart - style->lineStart);
        if (!style->valueOnNextLine && style->valueStart > style->separatorEnd)
            separator = m_text.mid(style->keyEnd, style->valueStart - style->keyEnd);
        else if (!style->valueOnNextLine)
            separator = m_text.mid(style->keyEnd, style->separatorEnd - style->keyEnd);
    }
    const QString line = indent + key + separator + formatValue(nullptr, value);
    if (s < 0) {
        QString block;
        if (size > 0 && !endsWithBreak)
            block += m_lineBreak;
        if (size > 0)
            block += m_lineBreak;
        block += u'[' + section + u']' + m_lineBreak + line + m_lineBreak;
        return {TextEdit{size, size, block}};
    }
    qsizetype at = like ? like->end : m_sections.at(s).headerEnd;
    if (at < 0) // the keys above the first header, and there are none
        at = m_text.startsWith(QChar(0xfeff)) ? 1 : 0;
    if (at == size && size > 0 && !endsWithBreak)
        return {TextEdit{at, at, m_lineBreak + line}};
    return {TextEdit{at, at, line + m_lineBreak}};
}

QList<TextEdit> IniDocument::unsetAt(int index) const
{
    const IniEntry &e = m_entries.at(index);
    qsizetype start = e.blockStart;
    const bool lastWithoutBreak = e.end == m_text.size() && !m_text.endsWith(u'\n');
    if (lastWithoutBreak && start > 0 && m_text.at(start - 1) == u'\n') {
        --start;
        if (start > 0 && m_text.at(start - 1) == u'\r')
            --start;
    }
    return {TextEdit{start, e.end, QString()}};
}

QList<TextEdit> IniDocument::unset(const QString &section, const QString &key) const
{
    QList<TextEdit> edits;
    const QList<int> found = find(section, key);
    for (int index : found) {
        const TextEdit edit = unsetAt(index).constFirst();
        // Adjacent entries: the last one's line break before it may lie in the one above.
        if (!edits.isEmpty() && edit.start <= edits.constLast().end)
            edits.last().end = edit.end;
        else
            edits.append(edit);
    }
    return edits;
}

} // namespace Berth::Config
