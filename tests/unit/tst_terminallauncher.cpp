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

QTEST_GUILESS_MAIN(TestTerminalLauncher)
#include "tst_terminallauncher.moc"
