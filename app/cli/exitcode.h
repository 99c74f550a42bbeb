#pragma once

namespace Berth::Cli {

// Exit codes of the berth executable; documented in docs/cli.md.
enum ExitCode : int {
    Ok = 0,
    Failed = 1,        // the command ran and failed (I/O error, tool missing, ...)
    UsageError = 2,    // unknown command or option, missing argument
    Conflict = 3,      // generate: a file changed by the user would be replaced; rerun with --force
    InvalidSpec = 4,   // the spec file does not parse or does not validate
};

} // namespace Berth::Cli
