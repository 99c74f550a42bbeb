#pragma once

#include <QString>

struct TSTree;

namespace Berth::Config {

class YamlTree;

// Berth's index of tree-sitter's syntax tree of `text` (the tree starts after a byte-order
// mark); a null tree gives an invalid YamlTree ("the parser gave up"). Defined in yamltree.cpp
// for YamlReparser, which keeps the syntax tree between texts; everything else calls
// YamlTree::parse.
YamlTree buildYamlTree(const QString &text, const TSTree *syntax);

} // namespace Berth::Config
