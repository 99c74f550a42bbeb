#pragma once

#include <QStringList>

class QTextStream;

namespace Berth::Cli {

// berth generate --spec FILE --out DIR [--dry-run] [--force]
int generateCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
// berth spec --defaults | --check FILE
int specCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Berth::Cli
