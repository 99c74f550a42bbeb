#include "terminallauncher.h"

#include "core/shellquoting.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

using namespace Qt::StringLiterals;

namespace Berth {

namespace {

// The AppleScript that runs a command line: Terminal's `do script`, iTerm's new window.
QString appleScript(const QString &application, const QString &line)
{
    QString quoted = line;
    quoted.replace(u'\\', "\\\\"_L1).replace(u'"', "\\\""_L1);
    if (application == "iTerm"_L1)
        return u"tell application \"iTerm\" to create window with default profile command \"%1\""_s.arg(quoted);
    return u"tell application \"Terminal\" to do script \"%1\""_s.arg(quoted);
}

// Windows Terminal reads `;` as the end of a command (its subcommands): one in an argument is
// written `\;`.
QStringList windowsTerminalArguments(const QString &program, const QStringList &arguments)
{
    QStringList out{u"new-tab"_s, u"--title"_s, u"Berth"_s, u"--"_s};
    for (QString a : QStringList{program} + arguments)
        out << a.replace(u';', "\\;"_L1);
    return out;
}

} // namespace

QStringList TerminalLauncher::knownTerminals()
{
    return {u"x-terminal-emulator"_s, u"gnome-terminal"_s, u"konsole"_s, u"xfce4-terminal"_s,
            u"kitty"_s, u"alacritty"_s, u"foot"_s, u"xterm"_s};
}

QStringList TerminalLauncher::desktopTerminals(const QString &xdgCurrentDesktop)
{
    QStringList out;
    // XDG_CURRENT_DESKTOP is a colon-separated list, most specific first ("ubuntu:GNOME").
    for (const QString &desktop : xdgCurrentDesktop.toUpper().split(u':', Qt::SkipEmptyParts)) {
        if (desktop == "GNOME"_L1 || desktop == "UNITY"_L1 || desktop == "BUDGIE"_L1)
            out << u"kgx"_s << u"gnome-terminal"_s;
        else if (desktop == "KDE"_L1)
            out << u"konsole"_s;
        else if (desktop == "XFCE"_L1)
            out << u"xfce4-terminal"_s;
    }
    out.removeDuplicates();
    return out;
}

TerminalLauncher::Command TerminalLauncher::wrap(const QString &terminal, const QString &program,
                                                 const QStringList &arguments)
{
    const QString name = QFileInfo(terminal).fileName();
    const QStringList command = QStringList{program} + arguments;
    if (name == "gnome-terminal"_L1 || name == "kgx"_L1)
        return {terminal, QStringList{u"--"_s} + command};
    if (name == "wt.exe"_L1 || name == "wt"_L1)
        return {terminal, windowsTerminalArguments(program, arguments)};
    if (name == "xfce4-terminal"_L1)
        return {terminal, QStringList{u"-x"_s} + command};
    if (name == "kitty"_L1 || name == "foot"_L1)
        return {terminal, command};
    if (name == "x-terminal-emulator"_L1 || name == "konsole"_L1 || name == "alacritty"_L1 || name == "xterm"_L1)
        return {terminal, QStringList{u"-e"_s} + command};
    if (name == "osascript"_L1) {
        // Terminal.app runs a command line in the user's shell; quote it for that shell and
        // then for the AppleScript string.
        const QString line = Quote::shellWords(QStringList{program} + arguments);
        return {terminal, {u"-e"_s, appleScript(u"Terminal"_s, line), u"-e"_s, u"tell application \"Terminal\" to activate"_s}};
    }
    if (name == "iTerm"_L1 || name == "iTerm.app"_L1) {
        const QString line = Quote::shellWords(QStringList{program} + arguments);
        return {u"/usr/bin/osascript"_s, {u"-e"_s, appleScript(u"iTerm"_s, line), u"-e"_s, u"tell application \"iTerm\" to activate"_s}};
    }
    return {};
}

TerminalLauncher::Command TerminalLauncher::find(const QString &program, const QStringList &arguments, const Host &host)
{
    // An app bundle (a folder) or a program (an executable file).
    const auto exists = [&host](const QString &path) {
        if (host.exists)
            return host.exists(path);
        const QFileInfo info(path);
        return path.endsWith(".app"_L1) ? info.isDir() : info.isFile() && info.isExecutable();
    };
    const QStringList path = host.environment.value(u"PATH"_s).split(host.os == Platform::Os::Windows ? u';' : u':',
                                                                      Qt::SkipEmptyParts);
    // A name on PATH (or a path), as the host sees it.
    const auto onPath = [&](const QString &name) -> QString {
        if (name.contains(u'/') || name.contains(u'\\'))
            return exists(name) ? name : QString();
        for (const QString &folder : path) {
            const QString candidate = QString(folder).replace(u'\\', u'/') + u'/' + name;
            if (exists(candidate))
                return candidate;
        }
        return {};
    };
    switch (host.os) {
    case Platform::Os::MacOS: {
        const bool iTerm = host.preferred.compare("iTerm"_L1, Qt::CaseInsensitive) == 0
                           || (host.preferred.isEmpty() && exists(u"/Applications/iTerm.app"_s));
        if (iTerm)
            return wrap(u"iTerm"_s, program, arguments);
        return wrap(u"/usr/bin/osascript"_s, program, arguments);
    }
    case Platform::Os::Windows: {
        // Windows Terminal's alias lives in the user's WindowsApps folder, not always on PATH.
        QString wt = onPath(u"wt.exe"_s);
        const QString apps = QDir::fromNativeSeparators(host.environment.value(u"LOCALAPPDATA"_s)).replace(u'\\', u'/');
        if (wt.isEmpty() && !apps.isEmpty() && exists(apps + u"/Microsoft/WindowsApps/wt.exe"_s))
            wt = apps + u"/Microsoft/WindowsApps/wt.exe"_s;
        if (!wt.isEmpty() && host.preferred.compare("console"_L1, Qt::CaseInsensitive) != 0)
            return wrap(wt, program, arguments);
        // The program gets a console of its own (see launch()).
        return {program, arguments};
    }
    case Platform::Os::Linux:
    case Platform::Os::OtherUnix:
        break;
    }
    QStringList candidates;
    if (!host.preferred.isEmpty())
        candidates << host.preferred;
    candidates << desktopTerminals(host.environment.value(u"XDG_CURRENT_DESKTOP"_s)) << knownTerminals();
    for (const QString &terminal : std::as_const(candidates)) {
        const QString found = onPath(terminal);
        if (found.isEmpty())
            continue;
        const Command command = wrap(found, program, arguments);
        if (command.isValid())
            return command;
    }
    return {};
}

bool TerminalLauncher::launch(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment,
                              const QString &workingDirectory, QString *error, const QString &preferred)
{
    const Command command = find(program, arguments, Host{Platform::currentOs(), environment, preferred, {}});
    if (!command.isValid()) {
        if (error)
            *error = QObject::tr("No terminal program was found (tried %1).").arg(knownTerminals().join(", "_L1));
        return false;
    }
    QProcess process;
    process.setProgram(command.program);
    process.setArguments(command.arguments);
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(workingDirectory);
#ifdef Q_OS_WIN
    process.setCreateProcessArgumentsModifier([](QProcess::CreateProcessArguments *args) {
        args->flags |= CREATE_NEW_CONSOLE;
        args->flags &= ~DETACHED_PROCESS;
    });
#endif
    if (!process.startDetached()) {
        if (error)
            *error = QObject::tr("Could not start %1: %2").arg(command.program, process.errorString());
        return false;
    }
    return true;
}

} // namespace Berth
