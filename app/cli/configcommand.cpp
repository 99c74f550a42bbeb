#include "cli/configcommand.h"

#include "cli/composecheck.h"
#include "cli/exitcode.h"
#include "config/textedit.h"
#include "config/yamleditor.h"
#include "config/yamlmeaning.h"
#include "generate/unifieddiff.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringDecoder>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Berth::Cli {

namespace {

using Config::YamlEditResult;
using Config::YamlPath;

const char *const Usage =
    "Usage: berth config get FILE PATH\n"
    "       berth config set FILE PATH VALUE [--dry-run] [--through-anchor]\n"
    "       berth config add FILE PATH VALUE [--dry-run] [--through-anchor]\n"
    "       berth config unset FILE PATH [--dry-run] [--through-anchor]\n"
    "       berth config rename-service FILE OLD NEW [--dry-run]\n"
    "\n"
    "Reads or edits one value of a YAML file (a compose file, berth.yaml) in place: only the\n"
    "characters of that value change; comments, blank lines, key order, quoting, anchors, CRLF\n"
    "and a byte-order mark stay as they are. The file is written atomically.\n"
    "\n"
    "  PATH    dot-separated keys with [N] for sequence items: services.web.ports[0],\n"
    "          services.web.environment.DEBUG (the map and the KEY=VALUE list form alike);\n"
    "          a key with a dot in it goes in double quotes: services.\"my.app\".image\n"
    "  VALUE   one YAML scalar or flow value: 8000, \"a b\", '[\"CMD\", \"true\"]', {a: 1}\n"
    "  --dry-run         print the change as a unified diff and write nothing\n"
    "  --through-anchor  when PATH goes through an alias or a << merge, edit the anchor\n"
    "                    (the other places that use it change too, and are named)\n"
    "\n"
    "Exit codes: 0 done, 1 not found, 2 invalid value or path, 3 refused (an alias or merge\n"
    "in the way, or the meaning would change elsewhere).\n";

int exitCodeOf(YamlEditResult::Status status)
{
    switch (status) {
    case YamlEditResult::Status::Done: return Ok;
    case YamlEditResult::Status::NotFound: return Failed;
    case YamlEditResult::Status::Invalid: return UsageError;
    case YamlEditResult::Status::Refused: return Conflict;
    }
    return Failed;
}

bool readText(const QString &path, QString *text, QByteArray *bytes, QTextStream &err)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << "berth: cannot read " << path << ": " << file.errorString() << '\n';
        return false;
    }
    *bytes = file.readAll();
    // A byte-order mark stays in the text (and so in the file written back).
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    *text = decoder(*bytes);
    if (decoder.hasError()) {
        err << "berth: " << path << " is not UTF-8 text; save it as UTF-8 and try again\n";
        return false;
    }
    return true;
}

bool writeText(const QString &path, const QString &text, QTextStream &err)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        err << "berth: cannot write " << path << ": " << file.errorString() << '\n';
        return false;
    }
    return true;
}

// A compose file: named so, or a mapping with a services key.
bool looksLikeCompose(const QString &file, const Config::YamlTree &tree)
{
    if (QFileInfo(file).fileName().contains("compose"_L1, Qt::CaseInsensitive))
        return true;
    const int root = tree.root();
    return root >= 0 && tree.node(root).kind == Config::YamlTree::Kind::Mapping
           && tree.findKey(root, u"services"_s) >= 0;
}

} // namespace

int configCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QStringList args;
    bool dryRun = false;
    Config::YamlEditOptions options;
    for (const QString &a : arguments) {
        if (a == "--help"_L1 || a == "-h"_L1) {
            out << Usage;
            return Ok;
        }
        if (a == "--dry-run"_L1)
            dryRun = true;
        else if (a == "--through-anchor"_L1)
            options.throughAnchors = true;
        else if (a.startsWith("--"_L1) && a.size() > 2)
            return err << "berth: config: unknown option " << a << "\n" << Usage, UsageError;
        else
            args << a;
    }
    const QString verb = args.value(0);
    const qsizetype wanted = verb == "get"_L1 || verb == "unset"_L1               ? 3
                             : verb == "set"_L1 || verb == "add"_L1 || verb == "rename-service"_L1 ? 4
                                                                                                  : -1;
    if (wanted < 0 || args.size() != wanted) {
        err << "berth: config: " << (wanted < 0 ? u"give get, set, add, unset or rename-service"_s
                                                : u"wrong number of arguments for "_s + verb)
            << '\n' << Usage;
        return UsageError;
    }
    const QString file = args.at(1);
    if (!QFileInfo(file).isFile()) {
        err << "berth: " << file << ": no such file\n";
        return Failed;
    }
    QString text;
    QByteArray bytes;
    if (!readText(file, &text, &bytes, err))
        return Failed;
    const Config::YamlTree tree = Config::YamlTree::parse(text);
    if (!tree.isValid()) {
        err << "berth: " << file << ": " << tree.error() << '\n';
        return UsageError;
    }
    const Config::YamlEditor editor(tree, options);
    YamlEditResult result;
    if (verb == "rename-service"_L1) {
        result = editor.renameService(args.at(2), args.at(3));
    } else {
        QString pathError;
        const auto path = YamlPath::parse(args.at(2), &pathError);
        if (!path) {
            err << "berth: " << pathError << '\n';
            return UsageError;
        }
        if (verb == "get"_L1) {
            QString value;
            result = editor.get(*path, &value);
            if (result.ok())
                out << value << '\n';
        } else if (verb == "set"_L1) {
            result = editor.set(*path, args.at(3));
        } else if (verb == "add"_L1) {
            result = editor.add(*path, args.at(3));
        } else {
            result = editor.unset(*path);
        }
    }
    if (!result.ok()) {
        err << "berth: " << result.message << '\n';
        return exitCodeOf(result.status);
    }
    if (verb == "get"_L1)
        return Ok;
    const QString after = Config::applied(text, result.edits);
    QString loadError;
    const auto changes = Config::meaningChanges(text, after, &loadError);
    const QString unexpected = changes ? Config::unexpectedChange(*changes, result.changedPaths) : loadError;
    if (!unexpected.isEmpty()) {
        err << "berth: " << unexpected << "; nothing was written\n";
        return Conflict;
    }
    if (looksLikeCompose(file, tree)) {
        QString note;
        const QString refused = composeMeaningCheck(text, after, file, result.changedPaths, &note);
        if (!refused.isEmpty()) {
            err << "berth: " << refused << "; nothing was written\n";
            return Conflict;
        }
        if (!note.isEmpty())
            err << "berth: note: " << note << '\n';
    }
    for (const YamlPath &p : std::as_const(result.alsoChanges))
        err << "berth: note: through the anchor, this changes " << p.toString() << " too\n";
    if (dryRun) {
        out << unifiedDiff(bytes, after.toUtf8(), QFileInfo(file).fileName());
        return Ok;
    }
    if (after == text)
        return Ok;
    return writeText(file, after, err) ? Ok : Failed;
}

} // namespace Berth::Cli
