#include "config/yamlsymbols.h"

#include <cstring>

namespace Berth::Config {

Symbols::Symbols()
{
    const TSLanguage *l = tree_sitter_yaml();
    auto named = [l](const char *name) {
        return ts_language_symbol_for_name(l, name, uint32_t(std::strlen(name)), true);
    };
    document = named("document");
    blockNode = named("block_node");
    flowNode = named("flow_node");
    blockMapping = named("block_mapping");
    blockPair = named("block_mapping_pair");
    blockSequence = named("block_sequence");
    blockItem = named("block_sequence_item");
    flowMapping = named("flow_mapping");
    flowPair = named("flow_pair");
    flowSequence = named("flow_sequence");
    plain = named("plain_scalar");
    singleQuoted = named("single_quote_scalar");
    doubleQuoted = named("double_quote_scalar");
    blockScalar = named("block_scalar");
    alias = named("alias");
    aliasName = named("alias_name");
    anchor = named("anchor");
    anchorName = named("anchor_name");
    tag = named("tag");
    comment = named("comment");
}

const Symbols &symbols()
{
    static const Symbols s;
    return s;
}

} // namespace Berth::Config
