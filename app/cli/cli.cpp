#include "cli/cli.h"

#include "cli/configcommand.h"
#include "cli/doctorcommand.h"
#include "cli/generatecommand.h"
#include "cli/guioptions.h"
#include "cli/specsetcommand.h"
#include "core/buildinfo.h"

#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Berth::Cli {

namespace {

struct Command {
    QString name;
    QString summary;
    int (*handler)(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

// Subcommands register here; each takes the arguments after its own name.
// `berth spec set ...` changes a value everywhere; the rest of `berth spec` prints and checks.
int specCommands(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.value(0) == "set"_L1)
        return specSetCommand(arguments.mid(1), out, err);
    return specCommand(arguments, out, err);
}

const QList<Command> &commands()
{
    static const QList<Command> list = {
        {u"generate"_s, u"write the Docker setup of a spec into a project folder"_s, generateCommand},
        {u"spec"_s, u"print the default spec, check a spec file, or set one of its values everywhere"_s, specCommands},
        {u"doctor"_s, u"check a Docker setup across its files, and fix what is safe to fix"_s, doctorCommand},
        {u"config"_s, u"read or edit one value of a YAML file in place (get, set, add, unset, rename-service)"_s, configCommand},
    };
    return list;
}

} // namespace

QString helpText()
{
    QString text = u"Usage: berth [OPTIONS] [PROJECT_DIR]\n"
                   u"       berth COMMAND [ARGS...]\n"
                   u"\n"
                   u"Berth writes a Docker setup (Dockerfile, compose file with nginx, Postgres, app,\n"
                   u"manage and tests services) into a Django project, edits it and runs it.\n"
                   u"\n"
                   u"Options:\n"
                   u"  -h, --help           show this help and exit\n"
                   u"  -v, --version        show the versions of Berth, Qt, KF6 SyntaxHighlighting and yaml-cpp\n"_s
        + GuiOptions().helpLines() + u"  PROJECT_DIR          open this project on start\n"_s;
    if (!commands().isEmpty()) {
        text += u"\nCommands:\n"_s;
        for (const Command &c : commands())
            text += u"  "_s + c.name.leftJustified(19) + c.summary + u'\n';
        text += u"\nRun 'berth COMMAND --help' for the options of a command.\n"_s;
    }
    return text;
}

bool isHeadless(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString &first = arguments.at(1);
    if (first == "-h"_L1 || first == "--help"_L1 || first == "-v"_L1 || first == "--version"_L1)
        return true;
    for (const Command &c : commands()) {
        if (c.name == first)
            return true;
    }
    return false;
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err, const QStringList &extraVersionLines)
{
    const QString first = arguments.value(1);
    if (first == "-h"_L1 || first == "--help"_L1) {
        out << helpText();
        return Ok;
    }
    if (first == "-v"_L1 || first == "--version"_L1) {
        out << "berth " << applicationVersion() << '\n'
            << "Qt " << qtRuntimeVersion() << '\n'
            << "yaml-cpp " << yamlCppVersion() << '\n';
        for (const QString &line : extraVersionLines)
            out << line << '\n';
        return Ok;
    }
    for (const Command &c : commands()) {
        if (c.name == first)
            return c.handler(arguments.mid(2), out, err);
    }
    err << "berth: unknown command '" << first << "'; run 'berth --help' for the list\n";
    return UsageError;
}

} // namespace Berth::Cli
