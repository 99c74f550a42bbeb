#pragma once

#include "config/yamlpath.h"

#include <QJsonValue>
#include <QList>

namespace Berth::Validation {

// Where two compose models (`docker compose config --format json`) differ: the path of every
// value, key or item that is in one and not the other, or not the same. Compose has already
// normalised them (short ports, list-form environments), so an edit's own path or a path below
// it is what a faithful edit changes (Config::unexpectedChange judges that).
QList<Config::YamlPath> composeModelChanges(const QJsonValue &before, const QJsonValue &after);

} // namespace Berth::Validation
