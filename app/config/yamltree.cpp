#include "config/yamltree.h"

#include "config/yamlscalar.h"
#include "config/yamlsymbols.h"
#include "config/yamltreebuild.h"

#include <tree_sitter/api.h>

#include <QCoreApplication>
#include <QVarLengthArray>

#include <algorithm>

namespace Berth::Config {

class YamlTreeBuilder
{
public:
    YamlTreeBuilder(YamlTree &tree, qsizetype offset) : m_tree(tree), m_offset(offset) {}
    ~YamlTreeBuilder()
    {
        if (m_hasCursor)
            ts_tree_cursor_delete(&m_cursor);
    }
    YamlTreeBuilder(const YamlTreeBuilder &) = delete;
    YamlTreeBuilder &operator=(const YamlTreeBuilder &) = delete;

    // The named children of `n`, in order. One cursor walk: ts_node_named_child(n, i) walks
    // from the first child every time, which made a mapping of many entries quadratic.
    using Children = QVarLengthArray<TSNode, 16>;
    void namedChildren(TSNode n, Children &out)
    {
        out.clear();
        if (!m_hasCursor) {
            m_cursor = ts_tree_cursor_new(n);
            m_hasCursor = true;
        } else {
            ts_tree_cursor_reset(&m_cursor, n);
        }
        if (!ts_tree_cursor_goto_first_child(&m_cursor))
            return;
        do {
            const TSNode c = ts_tree_cursor_current_node(&m_cursor);
            if (ts_node_is_named(c))
                out.append(c);
        } while (ts_tree_cursor_goto_next_sibling(&m_cursor));
    }

    qsizetype start(TSNode n) const { return qsizetype(ts_node_start_byte(n) / 2) + m_offset; }
    qsizetype end(TSNode n) const { return qsizetype(ts_node_end_byte(n) / 2) + m_offset; }
    QString textOf(TSNode n) const { return m_tree.m_text.mid(start(n), end(n) - start(n)); }

    void fail(qsizetype position, const QString &what)
    {
        if (!m_tree.m_error.isEmpty())
            return;
        m_tree.m_errorLine = m_tree.lineOf(position);
        m_tree.m_errorColumn = int(m_tree.column(position)) + 1;
        m_tree.m_error = QCoreApplication::translate("Berth::Config::YamlTree", "line %1, column %2: %3")
                             .arg(m_tree.m_errorLine)
                             .arg(m_tree.m_errorColumn)
                             .arg(what);
    }

    bool findError(TSNode n)
    {
        if (ts_node_is_error(n) || ts_node_is_missing(n)) {
            fail(start(n), ts_node_is_missing(n)
                               ? QCoreApplication::translate("Berth::Config::YamlTree", "YAML syntax error: something is missing here")
                               : QCoreApplication::translate("Berth::Config::YamlTree", "YAML syntax error"));
            return true;
        }
        const uint32_t count = ts_node_child_count(n);
        for (uint32_t i = 0; i < count; ++i) {
            TSNode c = ts_node_child(n, i);
            if (ts_node_has_error(c) && findError(c))
                return true;
        }
        return false;
    }

    void build(TSNode stream)
    {
        const Symbols &s = symbols();
        int documents = 0;
        Children docs;
        namedChildren(stream, docs);
        for (const TSNode doc : std::as_const(docs)) {
            if (ts_node_symbol(doc) != s.document)
                continue;
            if (++documents > 1) {
                fail(start(doc), QCoreApplication::translate("Berth::Config::YamlTree",
                                                             "a second YAML document; Berth edits files of one document"));
                return;
            }
            Children parts;
            namedChildren(doc, parts);
            for (const TSNode c : std::as_const(parts)) {
                const TSSymbol sym = ts_node_symbol(c);
                if (sym == s.blockNode || sym == s.flowNode)
                    m_tree.m_root = value(c, -1, -1);
            }
        }
    }

    // A block_node or flow_node: its properties and its content.
    int value(TSNode n, int parent, int entry)
    {
        const Symbols &s = symbols();
        YamlTree::Node node;
        node.parent = parent;
        node.entryInParent = entry;
        node.start = node.end = end(n);
        TSNode content{};
        bool hasContent = false;
        Children children;
        namedChildren(n, children);
        for (const TSNode c : std::as_const(children)) {
            const TSSymbol sym = ts_node_symbol(c);
            if (sym == s.anchor || sym == s.tag) {
                if (node.propertiesStart < 0)
                    node.propertiesStart = start(c);
                if (sym == s.anchor)
                    node.anchor = textOf(c).mid(1);
                else
                    node.tag = textOf(c);
                node.start = node.end = node.propertiesEnd = end(c);
            } else if (sym != s.comment && !hasContent) {
                content = c;
                hasContent = true;
            }
        }
        const int index = int(m_tree.m_nodes.size());
        m_tree.m_nodes.append(std::move(node));
        if (!hasContent)
            return index; // only properties (or nothing): a null
        fill(index, content);
        return index;
    }

    void fill(int index, TSNode c)
    {
        const Symbols &s = symbols();
        const TSSymbol sym = ts_node_symbol(c);
        YamlTree::Node &node = m_tree.m_nodes[index];
        node.start = start(c);
        node.end = end(c);
        if (sym == s.plain || sym == s.singleQuoted || sym == s.doubleQuoted || sym == s.blockScalar) {
            node.kind = YamlTree::Kind::Scalar;
            node.style = sym == s.plain            ? YamlTree::Style::Plain
                         : sym == s.singleQuoted   ? YamlTree::Style::SingleQuoted
                         : sym == s.doubleQuoted   ? YamlTree::Style::DoubleQuoted
                         : m_tree.m_text.at(node.start) == u'>' ? YamlTree::Style::Folded
                                                                 : YamlTree::Style::Literal;
            if (node.style == YamlTree::Style::Literal || node.style == YamlTree::Style::Folded) {
                // The grammar's block scalar ends after the last line break of its content;
                // the node ends where that content's last line ends.
                // Its empty lines after it belong to it too (they count for `|+`).
                qsizetype b = node.end;
                while (b < m_tree.m_text.size()) {
                    const qsizetype next = m_tree.nextLineStart(b);
                    if (QStringView(m_tree.m_text).mid(b, next - b).trimmed().isEmpty() && next > b)
                        b = next;
                    else
                        break;
                }
                node.blockEnd = b;
                qsizetype e = node.end;
                while (e > node.start && (m_tree.m_text.at(e - 1) == u'\n' || m_tree.m_text.at(e - 1) == u'\r'))
                    --e;
                node.end = e;
            }
            return;
        }
        if (sym == s.alias) {
            node.kind = YamlTree::Kind::Alias;
            node.aliasOf = textOf(c).mid(1);
            return;
        }
        if (sym == s.blockMapping || sym == s.flowMapping) {
            node.kind = YamlTree::Kind::Mapping;
            node.style = sym == s.blockMapping ? YamlTree::Style::Block : YamlTree::Style::Flow;
            pairs(index, c);
            return;
        }
        if (sym == s.blockSequence || sym == s.flowSequence) {
            node.kind = YamlTree::Kind::Sequence;
            node.style = sym == s.blockSequence ? YamlTree::Style::Block : YamlTree::Style::Flow;
            items(index, c);
            return;
        }
        fail(node.start, QCoreApplication::translate("Berth::Config::YamlTree", "a YAML construct Berth cannot edit (%1)")
                             .arg(QString::fromUtf8(ts_node_type(c))));
    }

    void pairs(int index, TSNode mapping)
    {
        const Symbols &s = symbols();
        Children children;
        namedChildren(mapping, children);
        m_tree.m_nodes[index].entries.reserve(children.size());
        for (const TSNode c : std::as_const(children)) {
            const TSSymbol sym = ts_node_symbol(c);
            if (sym == s.comment)
                continue;
            const int entry = int(m_tree.m_nodes[index].entries.size());
            m_tree.m_nodes[index].entries.append(YamlTree::Entry());
            YamlTree::Entry e;
            e.start = start(c);
            e.end = end(c);
            if (sym == s.blockPair || sym == s.flowPair) {
                TSNode key = ts_node_child_by_field_name(c, "key", 3);
                TSNode value = ts_node_child_by_field_name(c, "value", 5);
                e.afterIndicator = indicatorEnd(c, u':');
                if (!ts_node_is_null(key))
                    e.key = this->value(key, index, entry);
                if (!ts_node_is_null(value))
                    e.value = this->value(value, index, entry);
                if (ts_node_is_null(key) || m_tree.m_text.at(e.start) == u'?')
                    fail(e.start, QCoreApplication::translate("Berth::Config::YamlTree",
                                                              "a complex or empty mapping key, which Berth cannot edit"));
            } else {
                // `{a, b}`: a key without a value
                e.key = value(c, index, entry);
                e.afterIndicator = e.end;
            }
            m_tree.m_nodes[index].entries[entry] = e;
        }
    }

    void items(int index, TSNode sequence)
    {
        const Symbols &s = symbols();
        Children children;
        namedChildren(sequence, children);
        m_tree.m_nodes[index].entries.reserve(children.size());
        for (const TSNode c : std::as_const(children)) {
            const TSSymbol sym = ts_node_symbol(c);
            if (sym == s.comment)
                continue;
            const int entry = int(m_tree.m_nodes[index].entries.size());
            m_tree.m_nodes[index].entries.append(YamlTree::Entry());
            YamlTree::Entry e;
            e.start = start(c);
            e.end = end(c);
            if (sym == s.blockItem) {
                e.afterIndicator = indicatorEnd(c, u'-');
                Children parts;
                namedChildren(c, parts);
                for (const TSNode v : std::as_const(parts)) {
                    if (ts_node_symbol(v) != s.comment) {
                        e.value = value(v, index, entry);
                        break;
                    }
                }
            } else if (sym == s.flowPair) {
                fail(e.start, QCoreApplication::translate("Berth::Config::YamlTree",
                                                          "a single-pair mapping inside a flow sequence, which Berth cannot edit"));
            } else {
                e.value = value(c, index, entry);
                e.afterIndicator = e.start;
            }
            m_tree.m_nodes[index].entries[entry] = e;
        }
    }

    // The end of the first unnamed child that is `indicator` (the `:` of a pair, `-` of an item).
    qsizetype indicatorEnd(TSNode n, QChar indicator) const
    {
        const uint32_t count = ts_node_child_count(n);
        for (uint32_t i = 0; i < count; ++i) {
            TSNode c = ts_node_child(n, i);
            if (!ts_node_is_named(c) && end(c) - start(c) == 1 && m_tree.m_text.at(start(c)) == indicator)
                return end(c);
        }
        return end(n);
    }

    static YamlTree make(const QString &text, const TSTree *syntax)
    {
        YamlTree tree;
        tree.m_text = text;
        tree.m_lineStarts.reserve(text.size() / 24 + 1);
        tree.m_lineStarts.append(0);
        for (qsizetype i = text.indexOf(u'\n'); i >= 0; i = text.indexOf(u'\n', i + 1))
            tree.m_lineStarts.append(i + 1);
        tree.m_nodes.reserve(tree.m_lineStarts.size() * 3); // about three nodes a line (key, value, collection)
        YamlTreeBuilder builder(tree, text.startsWith(QChar(0xfeff)) ? 1 : 0);
        if (!syntax) {
            builder.fail(0, QCoreApplication::translate("Berth::Config::YamlTree", "the YAML parser gave up"));
        } else {
            TSNode root = ts_tree_root_node(syntax);
            if (!ts_node_has_error(root) || !builder.findError(root))
                builder.build(root);
        }
        if (!tree.isValid()) {
            tree.m_nodes.clear();
            tree.m_root = -1;
        }
        return tree;
    }

private:
    YamlTree &m_tree;
    qsizetype m_offset;
    TSTreeCursor m_cursor{};
    bool m_hasCursor = false;
};

YamlTree YamlTree::parse(const QString &text)
{
    TSParser *parser = ts_parser_new();
    ts_parser_set_language(parser, tree_sitter_yaml());
    const qsizetype offset = text.startsWith(QChar(0xfeff)) ? 1 : 0;
    TSTree *syntax = ts_parser_parse_string_encoding(parser, nullptr, reinterpret_cast<const char *>(text.utf16() + offset),
                                                     uint32_t((text.size() - offset) * 2), TSInputEncodingUTF16);
    YamlTree tree = YamlTreeBuilder::make(text, syntax);
    if (syntax)
        ts_tree_delete(syntax);
    ts_parser_delete(parser);
    return tree;
}

YamlTree buildYamlTree(const QString &text, const TSTree *syntax)
{
    return YamlTreeBuilder::make(text, syntax);
}

QString YamlTree::scalarValue(int index) const
{
    const Node &n = m_nodes.at(index);
    if (n.kind != Kind::Scalar)
        return {};
    const qsizetype end = n.blockEnd >= 0 ? n.blockEnd : n.end;
    return decodeScalar(QStringView(m_text).mid(n.start, end - n.start), n.style);
}

int YamlTree::findKey(int mapping, const QString &key) const
{
    const Node &m = m_nodes.at(mapping);
    if (m.kind != Kind::Mapping)
        return -1;
    for (qsizetype i = 0; i < m.entries.size(); ++i) {
        const int k = m.entries.at(i).key;
        if (k >= 0 && m_nodes.at(k).kind == Kind::Scalar && scalarValue(k) == key)
            return int(i);
    }
    return -1;
}

int YamlTree::anchorNode(const QString &name) const
{
    // The last definition before use wins in YAML; Berth refuses to edit through a redefined
    // anchor by checking the whole list (YamlEditor), so the first is enough here.
    for (int i = 0; i < m_nodes.size(); ++i)
        if (m_nodes.at(i).anchor == name)
            return i;
    return -1;
}

QString YamlTree::lineBreak() const
{
    const qsizetype lf = m_text.indexOf(u'\n');
    return lf > 0 && m_text.at(lf - 1) == u'\r' ? QStringLiteral("\r\n") : QStringLiteral("\n");
}

qsizetype YamlTree::lineStart(qsizetype position) const
{
    const qsizetype lf = position > 0 ? m_text.lastIndexOf(u'\n', position - 1) : -1;
    qsizetype s = lf + 1;
    if (s == 0 && m_text.startsWith(QChar(0xfeff)))
        s = 1;
    return s;
}

qsizetype YamlTree::column(qsizetype position) const
{
    return position - lineStart(position);
}

qsizetype YamlTree::nextLineStart(qsizetype position) const
{
    const qsizetype lf = m_text.indexOf(u'\n', position);
    return lf < 0 ? m_text.size() : lf + 1;
}

int YamlTree::lineOf(qsizetype position) const
{
    // The number of line starts at or before position (the first line starts at 0).
    return int(std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), position) - m_lineStarts.cbegin());
}

} // namespace Berth::Config
