#pragma once

namespace Berth::Config {

// What a YAML node is, and how it is written: shared by the positions tree and the scalar
// codec (yamlscalar.h), which do not include each other.
enum class YamlKind { Null, Scalar, Mapping, Sequence, Alias };
enum class YamlStyle { Plain, SingleQuoted, DoubleQuoted, Literal, Folded, Block, Flow };

} // namespace Berth::Config
