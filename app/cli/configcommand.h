#pragma once

#include <QStringList>

class QTextStream;

namespace Berth::Cli {

// `berth config get|set|add|unset|rename-service FILE …`: one value of a YAML file, edited in
// place as a minimal text change (docs/cli.md).
int configCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Berth::Cli
