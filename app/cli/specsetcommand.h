#pragma once

#include <QStringList>

class QTextStream;

namespace Berth::Cli {

// `berth spec set DIR KEY VALUE [--dry-run] [--force]`: one berth.yaml value changed, in
// berth.yaml (a minimal edit) and in every setup file that uses it (docs/cli.md).
int specSetCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Berth::Cli
