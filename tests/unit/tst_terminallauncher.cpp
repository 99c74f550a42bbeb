#include "platform/terminallauncher.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Berth;

class TestTerminalLauncher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wrap_data();
    void wrap();
    void appleScriptQuoting();
    void findsFirstKnownTerminal();
    void launchRunsTerminalWithArgumentList();
    void noTerminal();
    void perPlatform_data();
    void perPlatform();
};

void TestTerminalLauncher::wrap_data()
{
    QTest::addColumn<QString>("terminal");
    QTest::addColumn<QStringList>("arguments");
    const QStringList command{u"/usr/bin/docker"_s, u"compose"_s, u"run"_s, u"--rm"_s, u"manage"_s, u"shell"_s};
    QTest::newRow("Debian alternative") << u"/usr/bin/x-terminal-emulator"_s << QStringList{u"-e"_s} + command;
    QTest::newRow("gnome-terminal") << u"/usr/bin/gnome-terminal"_s << QStringList{u"--"_s} + command;
    QTest::newRow("konsole") << u"konsole"_s << QStringList{u"-e"_s} + command;
    QTest::newRow("xfce4-terminal") << u"xfce4-terminal"_s << QStringList{u"-x"_s} + command;
    QTest::newRow("kitty") << u"kitty"_s << command;
    QTest::newRow("xterm") << u"xterm"_s << QStringList{u"-e"_s} + command;
    QTest::newRow("unknown") << u"/usr/bin/mystery-term"_s << QStringList{};
}

void TestTerminalLauncher::wrap()
{
    QFETCH(QString, terminal);
    QFETCH(QStringList, arguments);
    const auto command = TerminalLauncher::wrap(terminal, u"/usr/bin/docker"_s,
                                                {u"compose"_s, u"run"_s, u"--rm"_s, u"manage"_s, u"shell"_s});
    QCOMPARE(command.arguments, arguments);
    QCOMPARE(command.isValid(), !arguments.isEmpty());
}

void TestTerminalLauncher::appleScriptQuoting()
{
    const auto command = TerminalLauncher::wrap(u"/usr/bin/osascript"_s, u"/Applications/Docker.app/bin/docker"_s,
                                                {u"compose"_s, u"-p"_s, u"it's \"x\""_s});
    QCOMPARE(command.arguments.size(), 4);
    QCOMPARE(command.arguments.at(1),
             u"tell application \"Terminal\" to do script \"/Applications/Docker.app/bin/docker compose -p 'it'\\\\''s \\\"x\\\"'\""_s);
}

void TestTerminalLauncher::findsFirstKnownTerminal()
{
    QTemporaryDir bin;
    for (const char *name : {"xterm", "konsole"}) {
        QFile file(bin.filePath(QString::fromLatin1(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("#!/bin/sh\n");
        file.close();
        QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }
    QProcessEnvironment env;
    env.insert(u"PATH"_s, bin.path());
    const auto command = TerminalLauncher::find(u"docker"_s, {u"ps"_s}, env);
    // konsole comes before xterm in the list.
    QCOMPARE(command.program, bin.filePath(u"konsole"_s));
    QCOMPARE(command.arguments, (QStringList{u"-e"_s, u"docker"_s, u"ps"_s}));
}

void TestTerminalLauncher::launchRunsTerminalWithArgumentList()
{
    // A stand-in terminal records what it was asked to run, one argument a line.
    QTemporaryDir bin;
    const QString record = bin.filePath(u"record.txt"_s);
    QFile file(bin.filePath(u"x-terminal-emulator"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > " + record.toUtf8() + ".tmp\nmv "
               + record.toUtf8() + ".tmp " + record.toUtf8() + "\n");
    file.close();
    QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    QProcessEnvironment env;
    env.insert(u"PATH"_s, bin.path() + u":/usr/bin:/bin"_s);
    QString error;
    QVERIFY2(TerminalLauncher::launch(u"/usr/bin/docker"_s, {u"compose"_s, u"run"_s, u"it's; rm -rf /"_s}, env, bin.path(), &error),
             qPrintable(error));
    QTRY_VERIFY(QFile::exists(record));
    QFile recorded(record);
    QVERIFY(recorded.open(QIODevice::ReadOnly));
    QCOMPARE(recorded.readAll(), "-e\n/usr/bin/docker\ncompose\nrun\nit's; rm -rf /\n"_ba);
}

void TestTerminalLauncher::noTerminal()
{
    QTemporaryDir empty;
    QProcessEnvironment env;
    env.insert(u"PATH"_s, empty.path());
    QString error;
    QVERIFY(!TerminalLauncher::launch(u"docker"_s, {}, env, empty.path(), &error));
    QVERIFY(error.contains(u"terminal"_s));
}

// The terminal each platform gets, on a fake file tree (run on Linux for all three).
void TestTerminalLauncher::perPlatform_data()
{
    QTest::addColumn<int>("os");
    QTest::addColumn<QStringList>("files");       // what exists
    QTest::addColumn<QStringList>("environment"); // NAME=value
    QTest::addColumn<QString>("preferred");
    QTest::addColumn<QString>("program");         // what is started
    QTest::addColumn<QStringList>("arguments");
    using Os = Platform::Os;
    const QStringList shell{u"/usr/bin/docker"_s, u"compose"_s, u"exec"_s, u"app"_s, u"sh"_s, u"-c"_s, u"echo a; echo 'b'"_s};
    QTest::newRow("GNOME: Console first") << int(Os::Linux) << QStringList{u"/usr/bin/kgx"_s, u"/usr/bin/xterm"_s}
                                          << QStringList{u"PATH=/usr/bin"_s, u"XDG_CURRENT_DESKTOP=ubuntu:GNOME"_s} << QString()
                                          << u"/usr/bin/kgx"_s << QStringList{u"--"_s} + shell;
    QTest::newRow("KDE: Konsole before the Debian alternative")
        << int(Os::Linux) << QStringList{u"/usr/bin/x-terminal-emulator"_s, u"/usr/bin/konsole"_s}
        << QStringList{u"PATH=/usr/bin"_s, u"XDG_CURRENT_DESKTOP=KDE"_s} << QString() << u"/usr/bin/konsole"_s
        << QStringList{u"-e"_s} + shell;
    QTest::newRow("the setting first") << int(Os::Linux) << QStringList{u"/usr/bin/konsole"_s, u"/opt/bin/alacritty"_s}
                                       << QStringList{u"PATH=/usr/bin:/opt/bin"_s, u"XDG_CURRENT_DESKTOP=KDE"_s}
                                       << u"alacritty"_s << u"/opt/bin/alacritty"_s << QStringList{u"-e"_s} + shell;
    QTest::newRow("a setting not installed: the others") << int(Os::Linux) << QStringList{u"/usr/bin/xterm"_s}
                                                         << QStringList{u"PATH=/usr/bin"_s} << u"kitty"_s << u"/usr/bin/xterm"_s
                                                         << QStringList{u"-e"_s} + shell;
    // The command line for the user's shell (POSIX quoting), then quoted for AppleScript.
    const QString line = uR"(/usr/bin/docker compose exec app sh -c 'echo a; echo '\\''b'\\''')"_s;
    const QString terminal = u"tell application \"Terminal\" to do script \""_s + line + u'"';
    const QString iTerm = u"tell application \"iTerm\" to create window with default profile command \""_s + line + u'"';
    QTest::newRow("macOS: Terminal") << int(Os::MacOS) << QStringList() << QStringList() << QString() << u"/usr/bin/osascript"_s
                                     << QStringList{u"-e"_s, terminal, u"-e"_s, u"tell application \"Terminal\" to activate"_s};
    QTest::newRow("macOS: iTerm when installed") << int(Os::MacOS) << QStringList{u"/Applications/iTerm.app"_s} << QStringList()
                                                 << QString() << u"/usr/bin/osascript"_s
                                                 << QStringList{u"-e"_s, iTerm, u"-e"_s, u"tell application \"iTerm\" to activate"_s};
    QTest::newRow("macOS: Terminal chosen over iTerm")
        << int(Os::MacOS) << QStringList{u"/Applications/iTerm.app"_s} << QStringList() << u"Terminal"_s << u"/usr/bin/osascript"_s
        << QStringList{u"-e"_s, terminal, u"-e"_s, u"tell application \"Terminal\" to activate"_s};
    // Windows Terminal splits its command line at ';': escaped as \; inside an argument.
    const QStringList wtArguments = QStringList{u"new-tab"_s, u"--title"_s, u"Berth"_s, u"--"_s} + shell.mid(0, 6)
                                    + QStringList{uR"(echo a\; echo 'b')"_s};
    QTest::newRow("Windows Terminal from WindowsApps")
        << int(Os::Windows) << QStringList{u"C:/Users/ann/AppData/Local/Microsoft/WindowsApps/wt.exe"_s}
        << QStringList{uR"(PATH=C:\Windows\system32)"_s, uR"(LOCALAPPDATA=C:\Users\ann\AppData\Local)"_s} << QString()
        << u"C:/Users/ann/AppData/Local/Microsoft/WindowsApps/wt.exe"_s << wtArguments;
    QTest::newRow("Windows Terminal on PATH") << int(Os::Windows) << QStringList{u"D:/Tools/wt.exe"_s}
                                              << QStringList{uR"(PATH=C:\Windows;D:\Tools)"_s} << QString() << u"D:/Tools/wt.exe"_s
                                              << wtArguments;
    QTest::newRow("Windows without wt: a console of its own") << int(Os::Windows) << QStringList()
                                                              << QStringList{uR"(PATH=C:\Windows)"_s} << QString()
                                                              << u"/usr/bin/docker"_s << shell.mid(1);
}

void TestTerminalLauncher::perPlatform()
{
    QFETCH(int, os);
    QFETCH(QStringList, files);
    QFETCH(QStringList, environment);
    QFETCH(QString, preferred);
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    TerminalLauncher::Host host;
    host.os = Platform::Os(os);
    for (const QString &e : environment)
        host.environment.insert(e.section(u'=', 0, 0), e.section(u'=', 1));
    host.preferred = preferred;
    host.exists = [files](const QString &path) { return files.contains(path); };
    const TerminalLauncher::Command command = TerminalLauncher::find(
        u"/usr/bin/docker"_s, {u"compose"_s, u"exec"_s, u"app"_s, u"sh"_s, u"-c"_s, u"echo a; echo 'b'"_s}, host);
    QCOMPARE(command.program, program);
    QCOMPARE(command.arguments, arguments);
}

QTEST_GUILESS_MAIN(TestTerminalLauncher)
#include "tst_terminallauncher.moc"
