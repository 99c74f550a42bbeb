#pragma once

#include "cli/exitcode.h"

#include <QStringList>

class QTextStream;

namespace Berth::Cli {

// True when the arguments ask for something that needs no window: a subcommand,
// --version or --help. main() then creates a QCoreApplication, so these work without a display.
bool isHeadless(const QStringList &arguments);

// Runs a headless invocation. arguments[0] is the program name. extraVersionLines are appended to
// --version (the GUI side adds the KF6 SyntaxHighlighting version, which the core must not link).
int run(const QStringList &arguments, QTextStream &out, QTextStream &err,
        const QStringList &extraVersionLines = {});

QString helpText();

} // namespace Berth::Cli
