#pragma once

#include <QStringList>

class QTextStream;

namespace Berth::Cli {

// Exit codes of the berth executable; documented in docs/cli.md.
enum ExitCode : int {
    Ok = 0,
    Failed = 1,        // the command ran and failed (I/O error, tool missing, ...)
    UsageError = 2,    // unknown command or option, missing argument
    Conflict = 3,      // generate: a file changed by the user would be replaced; rerun with --force
    InvalidSpec = 4,   // the spec file does not parse or does not validate
};

// True when the arguments ask for something that needs no window: a subcommand,
// --version or --help. main() then creates a QCoreApplication, so these work without a display.
bool isHeadless(const QStringList &arguments);

// Runs a headless invocation. arguments[0] is the program name. extraVersionLines are appended to
// --version (the GUI side adds the KF6 SyntaxHighlighting version, which the core must not link).
int run(const QStringList &arguments, QTextStream &out, QTextStream &err,
        const QStringList &extraVersionLines = {});

QString helpText();

} // namespace Berth::Cli
