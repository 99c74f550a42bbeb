#include "terminallauncher.h"

#include "core/shellquoting.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

using namespace Qt::StringLiterals;

namespace Berth {

QStringList TerminalLauncher::knownTerminals()
{
    return {u"x-terminal-emulator"_s, u"gnome-terminal"_s, u"konsole"_s, u"xfce4-terminal"_s,
            u"kitty"_s, u"alacritty"_s, u"foot"_s, u"xterm"_s};
}

TerminalLauncher::Command TerminalLauncher::wrap(const QString &terminal, const QString &program,
                                                 const QStringList &arguments)
{
    const QString name = QFileInfo(terminal).fileName();
    const QStringList command = QStringList{program} + arguments;
    if (name == "gnome-terminal"_L1)
        return {terminal, QStringList{u"--"_s} + command};
    if (name == "xfce4-terminal"_L1)
        return {terminal, QStringList{u"-x"_s} + command};
    if (name == "kitty"_L1 || name == "foot"_L1)
        return {terminal, command};
    if (name == "x-terminal-emulator"_L1 || name == "konsole"_L1 || name == "alacritty"_L1 || name == "xterm"_L1)
        return {terminal, QStringList{u"-e"_s} + command};
    if (name == "osascript"_L1) {
        // Terminal.app runs a command line in the user's shell; quote it for that shell and
        // then for the AppleScript string.
        // commandLine() shows a program by its file name; a leading placeholder keeps the path.
        QString line = Quote::shellWords(QStringList{program} + arguments);
        line.replace(u'\\', "\\\\"_L1).replace(u'"', "\\\""_L1);
        return {terminal, {u"-e"_s, u"tell application \"Terminal\" to do script \"%1\""_s.arg(line), u"-e"_s,
                           u"tell application \"Terminal\" to activate"_s}};
    }
    return {};
}

TerminalLauncher::Command TerminalLauncher::find(const QString &program, const QStringList &arguments,
                                                 const QProcessEnvironment &environment)
{
#if defined(Q_OS_MACOS)
    Q_UNUSED(environment);
    return wrap(u"/usr/bin/osascript"_s, program, arguments);
#elif defined(Q_OS_WIN)
    Q_UNUSED(environment);
    // The program gets a console of its own (see launch()).
    return {program, arguments};
#else
    const QStringList path = environment.value(u"PATH"_s).split(QDir::listSeparator(), Qt::SkipEmptyParts);
    if (path.isEmpty())
        return {};
    for (const QString &terminal : knownTerminals()) {
        const QString found = QStandardPaths::findExecutable(terminal, path);
        if (!found.isEmpty())
            return wrap(found, program, arguments);
    }
    return {};
#endif
}

bool TerminalLauncher::launch(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment,
                              const QString &workingDirectory, QString *error)
{
    const Command command = find(program, arguments, environment);
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
