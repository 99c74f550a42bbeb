#pragma once

#include <QStringList>

class QTextStream;

namespace Berth::Cli {

// `berth doctor [DIR] [--diff] [--fix]`: the checks across a setup's files (docs/cli.md).
int doctorCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Berth::Cli
