#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

namespace Berth::Cli {

// The options of the windowed berth, defined once: ui/main.cpp parses with them and
// `berth --help` (headless, no QApplication) prints them, so the two cannot drift apart.
struct GuiOptions
{
    GuiOptions();

    QCommandLineOption selfTest;
    QCommandLineOption screenshot;
    QCommandLineOption openFiles;
    QCommandLineOption colorScheme;
    QCommandLineOption wizardShots;
    QCommandLineOption shotPrefix;
    QCommandLineOption firstPaintExit; // for the startup benchmark; hidden from --help

    QList<QCommandLineOption> all() const;
    // "  --name VALUE   description" lines of the options not hidden from help.
    QString helpLines() const;
};

} // namespace Berth::Cli
