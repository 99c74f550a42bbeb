#pragma once

#include "config/yamlstyle.h"

#include <QString>
#include <QStringView>

namespace Berth::Config {

// A scalar's value from its source text in the given style: quotes removed, escapes and line
// folding applied, a block scalar's indentation and chomping.
QString decodeScalar(QStringView source, YamlStyle style);

// Whether `value` can be written as a plain scalar that reads back as the same string.
// In a flow collection `,[]{}` end a plain scalar, so there it is stricter.
bool isSafePlain(const QString &value, bool inFlow);

// `text` as a VALUE for YamlEditor that reads back as that string: plain when it can be and
// does not read as a boolean or null, double-quoted otherwise.
QString stringValue(const QString &text);

// `value` as a single-quoted or double-quoted YAML scalar, on one line.
QString singleQuoted(const QString &value);
QString doubleQuoted(const QString &value);

// `value` as the content lines of a block scalar (literal or folded), each line indented by
// `indent` spaces and ended by `lineBreak`; the header (`|`, `>-`, …) is not included. Folded
// style is written so it reads back as `value`: lines are never folded.
QString blockScalarBody(const QString &value, qsizetype indent, const QString &lineBreak);

} // namespace Berth::Config
