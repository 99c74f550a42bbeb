#pragma once

#include "config/yamlpath.h"

#include <QList>
#include <QString>

#include <optional>

namespace Berth::Config {

// Where two YAML texts mean different things, read by yaml-cpp (not by the tree-sitter
// grammar that made the edit, so a mistake of either shows): the paths of every key or item
// added, removed or changed, scalars compared with their tags ("8000" is not 8000).
// nullopt, with yaml-cpp's message in `error`, when a text does not load.
std::optional<QList<YamlPath>> meaningChanges(const QString &before, const QString &after, QString *error);

// Empty when each change lies on the way to or inside one of `allowed`; otherwise a sentence
// naming the first change outside them.
QString unexpectedChange(const QList<YamlPath> &changes, const QList<YamlPath> &allowed);

} // namespace Berth::Config
