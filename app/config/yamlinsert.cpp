// YamlEditor: where new keys and items go, and what goes when one is removed.
#include "config/yamleditorparts.h"

namespace Berth::Config {

namespace {
using Kind = YamlTree::Kind;
using Style = YamlTree::Style;
} // namespace

qsizetype YamlEditorParts::indentStep() const
{
    // The first block collection nested in a block mapping says how far this file indents.
    for (int i = 0; i < t.nodeCount(); ++i) {
        const YamlTree::Node &n = t.node(i);
        if (n.kind != Kind::Mapping || n.style != Style::Block || n.parent < 0 || n.entries.isEmpty())
            continue;
        const YamlTree::Node &parent = t.node(n.parent);
        if (parent.kind != Kind::Mapping || parent.style != Style::Block)
            continue;
        const qsizetype step = t.column(n.entries.first().start) - t.column(parent.entries.at(n.entryInParent).start);
        if (step > 0)
            return step;
    }
    return 2;
}

qsizetype YamlEditorParts::sequenceOffset() const
{
    for (int i = 0; i < t.nodeCount(); ++i) {
        const YamlTree::Node &n = t.node(i);
        if (n.kind != Kind::Sequence || n.style != Style::Block || n.parent < 0 || n.entries.isEmpty())
            continue;
        const YamlTree::Node &parent = t.node(n.parent);
        if (parent.kind != Kind::Mapping || parent.style != Style::Block)
            continue;
        const qsizetype offset = t.column(n.entries.first().start) - t.column(parent.entries.at(n.entryInParent).start);
        if (offset >= 0)
            return offset;
    }
    return indentStep();
}

qsizetype YamlEditorParts::entryColumn(int container) const
{
    return t.column(t.node(container).entries.first().start);
}

qsizetype YamlEditorParts::lineEnd(qsizetype position) const
{
    qsizetype lf = t.text().indexOf(u'\n', position);
    if (lf < 0)
        return t.text().size();
    if (lf > position && t.text().at(lf - 1) == u'\r')
        --lf;
    return lf;
}

bool YamlEditorParts::onlySpacesBefore(qsizetype position) const
{
    for (qsizetype i = t.lineStart(position); i < position; ++i)
        if (t.text().at(i) != u' ' && t.text().at(i) != u'\t')
            return false;
    return true;
}

qsizetype YamlEditorParts::lineIndent(qsizetype position) const
{
    const qsizetype start = t.lineStart(position);
    qsizetype i = start;
    while (i < t.text().size() && t.text().at(i) == u' ')
        ++i;
    return i - start;
}

bool YamlEditorParts::isCommentLine(qsizetype lineStart, qsizetype *column) const
{
    qsizetype i = lineStart;
    while (i < t.text().size() && (t.text().at(i) == u' ' || t.text().at(i) == u'\t'))
        ++i;
    if (i >= t.text().size() || t.text().at(i) != u'#')
        return false;
    *column = i - lineStart;
    return true;
}

namespace {

// Where an entry's own text ends: its value's last character (a block collection's last
// entry's, recursively), or its indicator when the value is empty.
qsizetype contentEnd(const YamlTree &t, int container, int entry)
{
    const YamlTree::Entry &e = t.node(container).entries.at(entry);
    if (e.value < 0)
        return e.afterIndicator;
    const YamlTree::Node &v = t.node(e.value);
    if ((v.kind == Kind::Mapping || v.kind == Kind::Sequence) && v.style == Style::Block && !v.entries.isEmpty())
        return contentEnd(t, e.value, int(v.entries.size() - 1));
    if (v.kind == Kind::Scalar && v.blockEnd > v.end) {
        // `|+` keeps its trailing empty lines: they are part of the value.
        const QString header = t.text().mid(v.start, t.lineStart(t.nextLineStart(v.start)) - v.start);
        if (header.section(u'#', 0, 0).contains(u'+'))
            return v.blockEnd - 1;
    }
    return std::max(v.end, e.afterIndicator);
}

} // namespace

qsizetype YamlEditorParts::afterEntry(int container, int entry) const
{
    const qsizetype column = t.column(t.node(container).entries.at(entry).start);
    qsizetype p = t.nextLineStart(contentEnd(t, container, entry));
    qsizetype c = 0;
    while (p < t.text().size() && isCommentLine(p, &c) && c > column)
        p = t.nextLineStart(p);
    return p;
}

QString YamlEditorParts::nestedBlock(const QStringList &keys, qsizetype column, const QString &valueText,
                                     bool blockSequence) const
{
    const QString eol = t.lineBreak();
    QString s = keyText(keys.first(), false) + u':';
    if (keys.size() > 1)
        return s + eol + spaces(column + indentStep()) + nestedBlock(keys.mid(1), column + indentStep(), valueText, blockSequence);
    if (blockSequence)
        return s + eol + spaces(column + sequenceOffset()) + QStringLiteral("- ") + valueText;
    return s + u' ' + valueText;
}

namespace {

QString nestedFlow(const QStringList &keys, const QString &valueText, bool sequence)
{
    if (keys.isEmpty())
        return sequence ? u'[' + valueText + u']' : valueText;
    return u'{' + YamlEditorParts::keyText(keys.first(), true) + QStringLiteral(": ")
           + nestedFlow(keys.mid(1), valueText, sequence) + u'}';
}

} // namespace

TextEdit YamlEditorParts::insertKeys(int mapping, const QStringList &keys, const QString &valueText, bool blockSequence) const
{
    const YamlTree::Node &m = t.node(mapping);
    if (m.style == Style::Flow) {
        const QString inner = keyText(keys.first(), true) + QStringLiteral(": ")
                              + nestedFlow(keys.mid(1), valueText, blockSequence);
        if (m.entries.isEmpty())
            return {m.start + 1, m.start + 1, inner};
        const qsizetype end = m.entries.last().end;
        return {end, end, QStringLiteral(", ") + inner};
    }
    const qsizetype column = entryColumn(mapping);
    const qsizetype pos = afterEntry(mapping, int(m.entries.size() - 1));
    const QString line = spaces(column) + nestedBlock(keys, column, valueText, blockSequence);
    if (pos == t.text().size() && !t.text().endsWith(u'\n')) // the last line has no line break: nor will the new one
        return {pos, pos, t.lineBreak() + line};
    return {pos, pos, line + t.lineBreak()};
}

TextEdit YamlEditorParts::fillEmpty(int container, int entry, const QStringList &keys, const QString &valueText,
                                    bool blockSequence) const
{
    const YamlTree::Entry &e = t.node(container).entries.at(entry);
    qsizetype after = e.afterIndicator;
    if (e.value >= 0) // only an anchor or a tag: the content goes after them
        after = t.node(e.value).end;
    if (t.node(container).style == Style::Flow || inFlow(container)) {
        const QString text = keys.isEmpty() ? nestedFlow({}, valueText, blockSequence)
                                            : nestedFlow(keys, valueText, blockSequence);
        return {after, after, u' ' + text};
    }
    const qsizetype column = t.column(e.start);
    const qsizetype pos = lineEnd(after);
    QString text;
    if (keys.isEmpty())
        text = t.lineBreak() + spaces(column + sequenceOffset()) + QStringLiteral("- ") + valueText;
    else
        text = t.lineBreak() + spaces(column + indentStep())
               + nestedBlock(keys, column + indentStep(), valueText, blockSequence);
    return {pos, pos, text};
}

TextEdit YamlEditorParts::appendItem(int sequence, const QString &valueText) const
{
    const YamlTree::Node &s = t.node(sequence);
    if (s.style == Style::Flow) {
        if (s.entries.isEmpty())
            return {s.start + 1, s.start + 1, valueText};
        const qsizetype end = s.entries.last().end;
        return {end, end, QStringLiteral(", ") + valueText};
    }
    const qsizetype column = entryColumn(sequence);
    const qsizetype pos = afterEntry(sequence, int(s.entries.size() - 1));
    const QString line = spaces(column) + QStringLiteral("- ") + valueText;
    if (pos == t.text().size() && !t.text().endsWith(u'\n'))
        return {pos, pos, t.lineBreak() + line};
    return {pos, pos, line + t.lineBreak()};
}

QList<TextEdit> YamlEditorParts::removeEntry(int container, int entry) const
{
    const YamlTree::Node &c = t.node(container);
    const YamlTree::Entry &e = c.entries.at(entry);
    const qsizetype n = c.entries.size();
    if (c.style == Style::Flow) {
        if (n == 1)
            return {{e.start, e.end, QString()}};
        if (entry + 1 < n)
            return {{e.start, c.entries.at(entry + 1).start, QString()}};
        return {{c.entries.at(entry - 1).end, e.end, QString()}};
    }
    const QString empty = c.kind == Kind::Mapping ? QStringLiteral("{}") : QStringLiteral("[]");
    if (!onlySpacesBefore(e.start)) {
        // The first pair of a mapping that starts on its sequence item's line (`- a: 1`).
        if (n == 1)
            return {{e.start, lineEnd(contentEnd(t, container, entry)), empty}};
        return {{e.start, c.entries.at(entry + 1).start, QString()}};
    }
    const qsizetype column = t.column(e.start);
    qsizetype start = t.lineStart(e.start);
    qsizetype commentColumn = 0;
    while (start > 0) {
        const qsizetype previous = t.lineStart(start - 1);
        if (previous >= start || !isCommentLine(previous, &commentColumn) || commentColumn != column)
            break;
        start = previous;
    }
    const qsizetype end = afterEntry(container, entry);
    if (end == t.text().size() && !t.text().endsWith(u'\n') && start > 0) {
        // The last line, with no line break after it: the one before it goes instead.
        start -= t.text().at(start - 1) == u'\n' && start > 1 && t.text().at(start - 2) == u'\r' ? 2 : 1;
    }
    if (n == 1 && c.parent < 0) // the document's last key: an empty mapping stays
        return {{start, end, empty + (end == t.text().size() && !t.text().endsWith(u'\n') ? QString() : t.lineBreak())}};
    QList<TextEdit> edits{{start, end, QString()}};
    if (n == 1 && c.parent >= 0) {
        // The collection would be empty: it stays, as `{}` or `[]` after its key.
        const YamlTree::Entry &owner = t.node(c.parent).entries.at(c.entryInParent);
        const qsizetype at = c.propertiesStart >= 0 ? c.propertiesEnd : owner.afterIndicator;
        if (at <= start)
            edits.append({at, at, u' ' + empty});
    }
    return edits;
}

} // namespace Berth::Config
