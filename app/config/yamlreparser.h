#pragma once

#include "config/yamltree.h"

#include <QString>

struct TSParser;
struct TSTree;

namespace Berth::Config {

// Parses a YAML text again and again as it is edited, keeping tree-sitter's syntax tree between
// the texts: the part that changed (the common start and end of the old and the new text cut
// off) is marked with ts_tree_edit and tree-sitter re-parses only around it, reusing the rest.
// The changed range is found by comparing the texts rather than taken from the editor's
// signals, so any number of keystrokes between two parses, or a whole new text, give the same
// result as a full parse. Berth's index (YamlTree) is then built from the new syntax tree.
//
// Not thread-safe: one thread at a time (tree-sitter's parser and tree go with the object).
class YamlReparser
{
public:
    YamlReparser();
    ~YamlReparser();
    YamlReparser(const YamlReparser &) = delete;
    YamlReparser &operator=(const YamlReparser &) = delete;

    // The tree of `text`, the same as YamlTree::parse(text).
    YamlTree parse(const QString &text);
    // How the last parse went: true when it re-used the syntax tree of the text before.
    bool lastWasIncremental() const { return m_incremental; }

private:
    // Marks the change from m_text to `text` in m_syntax; false when the tree cannot be kept.
    bool markChange(const QString &text, qsizetype offset);

    TSParser *m_parser = nullptr;
    TSTree *m_syntax = nullptr; // of m_text
    QString m_text;
    YamlTree m_last;            // the index of m_text
    bool m_incremental = false;
};

} // namespace Berth::Config
