#pragma once

#include "config/yamlstyle.h"

#include <QList>
#include <QString>

namespace Berth::Config {

// A YAML text as a tree of positions: where each mapping, sequence, scalar and alias is, which
// characters are its key, its quotes and its anchor. Made by the tree-sitter YAML grammar
// (docs/yaml-positions.md); yaml-cpp, which knows only start positions and drops comments,
// still gives the meaning. Comments are not nodes: they are what lies between them.
//
// Positions are QString (UTF-16) indexes into text(), the same as QTextDocument positions.
// A byte-order mark is part of text() and skipped; CRLF is kept as it is.
class YamlTree
{
public:
    using Kind = YamlKind;
    using Style = YamlStyle;

    // A mapping's pair or a sequence's item.
    struct Entry {
        qsizetype start = 0; // the key's first character, or the item's `-` (the `?` of a complex key)
        qsizetype end = 0;   // the end of the value, or of the `:` / `-` when there is none
        int key = -1;        // the key's node (mappings)
        int value = -1;      // the value's node; -1 when the value is empty (`key:`)
        qsizetype afterIndicator = 0; // just after the `:` or `-` (where an empty value would go)
    };

    struct Node {
        Kind kind = Kind::Null;
        Style style = Style::Plain;
        qsizetype start = 0; // a scalar with its quotes or block header; a collection's first
        qsizetype end = 0;   // entry (block) or its bracket (flow); a null's properties
        qsizetype propertiesStart = -1; // its anchor or tag, when it has one
        qsizetype propertiesEnd = -1;
        qsizetype blockEnd = -1; // a block scalar: the end of its trailing empty lines (they count for `|+`)
        QString anchor;      // `&name` → name
        QString aliasOf;     // `*name` → name (Kind::Alias)
        QString tag;
        int parent = -1;     // the collection holding it (-1: the document's root)
        int entryInParent = -1;
        QList<Entry> entries; // Mapping, Sequence
    };

    static YamlTree parse(const QString &text);

    const QString &text() const { return m_text; }
    bool isValid() const { return m_error.isEmpty(); }
    // Why the text is not one YAML document Berth can edit, with the line and column (1-based).
    QString error() const { return m_error; }
    int errorLine() const { return m_errorLine; }
    int errorColumn() const { return m_errorColumn; }

    int root() const { return m_root; } // -1 for an empty document
    const Node &node(int index) const { return m_nodes.at(index); }
    int nodeCount() const { return int(m_nodes.size()); }

    // The decoded text of a scalar node (quotes removed, escapes and folding applied).
    QString scalarValue(int index) const;
    // A mapping's entry whose key's scalar value is `key`; -1 when there is none.
    int findKey(int mapping, const QString &key) const;
    // The node that carries `&name`; -1 when there is none.
    int anchorNode(const QString &name) const;

    // The line break this text uses ("\r\n" when its first line ends so, else "\n").
    QString lineBreak() const;
    // The column of `position`: characters since the start of its line.
    qsizetype column(qsizetype position) const;
    qsizetype lineStart(qsizetype position) const;
    // The position after the line break of the line holding `position` (or the text's end).
    qsizetype nextLineStart(qsizetype position) const;
    // 1-based line of `position`.
    int lineOf(qsizetype position) const;

private:
    friend class YamlTreeBuilder;

    QString m_text;
    QList<qsizetype> m_lineStarts; // where each line starts, for lineOf()
    QList<Node> m_nodes;
    int m_root = -1;
    QString m_error;
    int m_errorLine = 0;
    int m_errorColumn = 0;
};

} // namespace Berth::Config
