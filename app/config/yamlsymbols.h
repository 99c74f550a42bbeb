#pragma once

#include <tree_sitter/api.h>

extern "C" const TSLanguage *tree_sitter_yaml(void);

namespace Berth::Config {

// The grammar's node names, looked up once as symbols so the walk compares integers.
struct Symbols {
    TSSymbol document, blockNode, flowNode, blockMapping, blockPair, blockSequence, blockItem,
        flowMapping, flowPair, flowSequence, plain, singleQuoted, doubleQuoted, blockScalar, alias,
        aliasName, anchor, anchorName, tag, comment;

    Symbols();
};

const Symbols &symbols();

} // namespace Berth::Config
