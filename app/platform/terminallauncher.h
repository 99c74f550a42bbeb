#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Berth {

// Opens an interactive command (a Django shell in a container) in the system's terminal
// emulator, as an argument list: the terminal's own "run this program" option followed by the
// program and its arguments. macOS Terminal only takes a command line (through osascript),
// built with POSIX quoting; Windows gets a new console window for the program itself.
class TerminalLauncher
{
public:
    struct Command
    {
        QString program;
        QStringList arguments;
        bool isValid() const { return !program.isEmpty(); }
    };

    // The terminal emulators tried, in order (Linux and other Unix).
    static QStringList knownTerminals();
    // How terminal (a path or name) runs program with arguments; invalid when it is unknown.
    static Command wrap(const QString &terminal, const QString &program, const QStringList &arguments);
    // The first terminal found on environment's PATH, wrapped around program; invalid if none.
    static Command find(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment);
    // Starts it detached; false and *error when there is no terminal or it did not start.
    static bool launch(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment,
                       const QString &workingDirectory, QString *error = nullptr);
};

} // namespace Berth
