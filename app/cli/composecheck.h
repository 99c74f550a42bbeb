#pragma once

#include "config/yamlpath.h"

#include <QList>
#include <QString>

namespace Berth::Cli {

// The second opinion on an edit of a compose file: `docker compose config` (no interpolation)
// on the text before and after, compared as compose reads them (short ports and list-form
// environments normalised). Empty when the edit changed only `allowed`, or when compose cannot
// say (no docker, or the file as it was is not accepted: then `note` says why); otherwise why
// the edit is refused.
QString composeMeaningCheck(const QString &before, const QString &after, const QString &file,
                            const QList<Config::YamlPath> &allowed, QString *note);

} // namespace Berth::Cli
