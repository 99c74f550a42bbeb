#include "cli/guioptions.h"

using namespace Qt::StringLiterals;

namespace Berth::Cli {

namespace {

QCommandLineOption hidden(QCommandLineOption option)
{
    option.setFlags(QCommandLineOption::HiddenFromHelp);
    return option;
}

} // namespace

GuiOptions::GuiOptions()
    : selfTest(u"self-test"_s, u"open the main window, wait for its first paint, exit 0"_s)
    , screenshot(u"screenshot"_s, u"open the main window (or PROJECT_DIR), save a PNG of it, exit"_s, u"FILE"_s)
    , openFiles(u"open"_s, u"open FILE of the project in an editor tab (repeatable)"_s, u"FILE"_s)
    , colorScheme(u"color-scheme"_s, u"force light or dark colours: system, light, dark"_s, u"S"_s)
    , wizardShots(u"screenshot-wizard"_s, u"save a PNG of every wizard page for PROJECT_DIR into DIR, exit"_s,
                  u"DIR"_s)
    , shotPrefix(u"screenshot-prefix"_s, u"prefix of the --screenshot-wizard file names"_s, u"PREFIX"_s)
    , firstPaintExit(hidden(QCommandLineOption(u"first-paint-exit"_s, u"exit 0 on the main window's first paint"_s)))
{
}

QList<QCommandLineOption> GuiOptions::all() const
{
    return {selfTest, screenshot, openFiles, colorScheme, wizardShots, shotPrefix, firstPaintExit};
}

QString GuiOptions::helpLines() const
{
    QString text;
    for (const QCommandLineOption &option : all()) {
        if (option.flags().testFlag(QCommandLineOption::HiddenFromHelp))
            continue;
        QString name = u"--"_s + option.names().constFirst();
        if (!option.valueName().isEmpty())
            name += u' ' + option.valueName();
        // Names longer than the column get two spaces, as --screenshot-wizard always had.
        const QString column = name.size() < 20 ? name.leftJustified(20) : QString(name + u' ');
        text += u"  "_s + column + u' ' + option.description() + u'\n';
    }
    return text;
}

} // namespace Berth::Cli
