#pragma once

#include "platform/hostsystem.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

namespace Berth {

// Opens an interactive command (a Django shell in a container) in the system's terminal
// emulator, as an argument list: the terminal's own "run this program" option followed by the
// program and its arguments.
// - Linux: the terminal set in the settings, else the desktop's own (GNOME Console or GNOME
//   Terminal, Konsole, the Xfce terminal, from XDG_CURRENT_DESKTOP), else x-terminal-emulator
//   and the other known ones on PATH.
// - macOS: iTerm when it is installed (or chosen), else Terminal, through osascript; both take
//   a command line, built with POSIX quoting and then quoted for the AppleScript string.
// - Windows: Windows Terminal (wt.exe), with the `;` it splits commands at escaped; without it
//   the program itself in a new console window (no cmd.exe in between, whose quoting differs).
class TerminalLauncher
{
public:
    struct Command
    {
        QString program;
        QStringList arguments;
        bool isValid() const { return !program.isEmpty(); }
    };

    // Where the terminal is looked for: the platform, the environment (PATH, the desktop,
    // Windows' LOCALAPPDATA), the user's choice, and whether a path exists (fake trees in tests).
    struct Host
    {
        Platform::Os os = Platform::currentOs();
        QProcessEnvironment environment;
        QString preferred; // the setting: a terminal's name or path; "" for the default
        std::function<bool(const QString &)> exists; // default: the file system
    };

    // The terminal emulators tried, in order, after the preferred one and the desktop's
    // (Linux and other Unix).
    static QStringList knownTerminals();
    // The terminals of the desktop XDG_CURRENT_DESKTOP names (GNOME, KDE, XFCE), in order.
    static QStringList desktopTerminals(const QString &xdgCurrentDesktop);
    // How terminal (a path or name) runs program with arguments; invalid when it is unknown.
    static Command wrap(const QString &terminal, const QString &program, const QStringList &arguments);
    // The terminal for host, wrapped around program; invalid if none is found.
    static Command find(const QString &program, const QStringList &arguments, const Host &host);
    static Command find(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment)
    {
        return find(program, arguments, Host{Platform::currentOs(), environment, {}, {}});
    }
    // Starts it detached; false and *error when there is no terminal or it did not start.
    static bool launch(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment,
                       const QString &workingDirectory, QString *error = nullptr, const QString &preferred = {});
};

} // namespace Berth
