#pragma once

#include <QString>
#include <QStringList>

// Escaping of values for the formats Berth writes. Every value that reaches a generated file goes
// through one of these, even when validation already restricts its characters: validation is
// for helpful messages, escaping is what keeps the files well-formed.
namespace Berth::Quote {

// A YAML double-quoted scalar: "a \"b\" \\ \n".
QString yaml(const QString &value);
// A compose-file string: YAML-quoted, with '$' doubled so Compose does not interpolate it
// from the host environment.
QString compose(const QString &value);
// A flow sequence of compose strings: ["a", "b"].
QString composeList(const QStringList &values);
// A value of a Compose env file (also read by the Postgres image): bare when it holds only
// characters that no env-file reader interprets, else single-quoted (literal, no interpolation).
// Returns an empty string for values that cannot be written at all (a single quote or newline).
QString envValue(const QString &value);
// A Python string literal: "a\"b".
QString python(const QString &value);

} // namespace Berth::Quote
