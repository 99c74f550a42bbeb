#pragma once

#include <QString>
#include <QStringList>

// Escaping of values for the formats Berth writes: compose files and other YAML, Python string
// literals, env files. Not every value goes through one of these. Formats without a quoting
// their readers agree on get values as they are: paths and image names in the Dockerfile,
// uwsgi.ini and DOCKER.md's command lines, module names, nginx's server_name, pytest's
// arguments. For those, validation (project/specvalidation.cpp) is what keeps the files
// well-formed: it allows only characters those formats take literally, so a key that reaches a
// file unquoted must keep a validation rule that strict. Shell quoting for command lines shown
// to a person is shellquoting.h.
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
