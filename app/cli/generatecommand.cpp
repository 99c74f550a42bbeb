#include "cli/generatecommand.h"

#include "cli/exitcode.h"
#include "django/djangoproject.h"
#include "docker/composeproject.h"
#include "generate/generator.h"
#include "generate/merge3.h"
#include "generate/unifieddiff.h"
#include "project/projectspec.h"
#include "project/specfile.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Berth::Cli {

namespace {

bool parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments, QTextStream &err)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{u"h"_s, u"help"_s}, u"Show this help."_s);
    parser.addOption(help);
    if (!parser.parse(QStringList{u"berth "_s + command} + arguments)) {
        err << "berth " << command << ": " << parser.errorText() << "; run 'berth " << command << " --help'\n";
        return false;
    }
    return true;
}

// Reads and validates a spec file; prints every problem as one line.
bool loadSpec(const QString &path, ProjectSpec *spec, QTextStream &err, int *code)
{
    QList<SpecError> errors;
    bool readable = false;
    *spec = SpecFile::read(path, &errors, &readable);
    if (!readable) {
        err << "berth: cannot read the spec " << path << ": " << errors.value(0).message << '\n';
        *code = Failed;
        return false;
    }
    for (const SpecError &e : errors)
        err << "berth: " << path << ": " << e.toString() << '\n';
    *code = errors.isEmpty() ? Ok : InvalidSpec;
    return errors.isEmpty();
}

const char *statusWord(WriteStatus s)
{
    switch (s) {
    case WriteStatus::New: return "new";
    case WriteStatus::Changed: return "changed";
    case WriteStatus::Unchanged: return "unchanged";
    case WriteStatus::Conflict: return "conflict";
    case WriteStatus::Merged: return "merged";
    }
    return "";
}

} // namespace

int generateCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption specOption(u"spec"_s, u"The project spec (berth.yaml)."_s, u"FILE"_s);
    const QCommandLineOption outOption(u"out"_s, u"The project folder to write into."_s, u"DIR"_s);
    const QCommandLineOption dryRun(u"dry-run"_s, u"Print a unified diff of what would change; write nothing."_s);
    const QCommandLineOption force(u"force"_s, u"Also replace files changed since Berth wrote them (backups kept)."_s);
    parser.addOptions({specOption, outOption, dryRun, force});
    if (!parse(parser, u"generate"_s, arguments, err))
        return UsageError;
    if (parser.isSet(u"help"_s)) {
        out << "Usage: berth generate --spec FILE --out DIR [--dry-run] [--force]\n\n"
               "Writes the Docker setup described by the spec into DIR. Your edits to files Berth wrote\n"
               "are merged with the new content; files where you and Berth changed the same lines, or\n"
               "that are not Berth's, are not replaced (exit code 3) unless --force is given; every\n"
               "replaced file is backed up under DIR/.berth/backups/. Exit codes: docs/cli.md.\n\n"
            << parser.helpText().section(u'\n', 2);
        return Ok;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << "berth generate: unexpected argument '" << parser.positionalArguments().first()
            << "'; run 'berth generate --help'\n";
        return UsageError;
    }
    if (!parser.isSet(specOption) || !parser.isSet(outOption)) {
        err << "berth generate: --spec FILE and --out DIR are required; run 'berth generate --help'\n";
        return UsageError;
    }
    const QString specPath = parser.value(specOption);
    const QString outDir = parser.value(outOption);
    if (QFileInfo::exists(outDir) && !QFileInfo(outDir).isDir()) {
        err << "berth: " << outDir << " is not a folder\n";
        return Failed;
    }

    ProjectSpec spec;
    int code = Ok;
    if (!loadSpec(specPath, &spec, err, &code))
        return code;
    // Without compose.project_name, the name Compose itself would give the folder: two projects
    // must not share containers and volumes under one default name.
    if (!spec.explicitKeys.contains(u"compose.project_name"_s))
        spec.compose.projectName = ComposeProject::nameFromDirectory(QFileInfo(outDir).absoluteFilePath()).left(63);
    // django.* keys the spec leaves out come from the project in DIR when there is one.
    if (QFileInfo(outDir).isDir()) {
        const DjangoProjectInfo info = detectDjangoProject(outDir);
        applyDetected(spec, info);
        const QList<SpecError> errors = spec.validate();
        for (const SpecError &e : errors)
            err << "berth: " << specPath << " with the project found in " << outDir << ": " << e.toString() << '\n';
        if (!errors.isEmpty())
            return InvalidSpec;
    }

    if (QFileInfo(outDir).isDir()) {
        for (const QString &note : placeBesideOwnSetup(spec, outDir))
            err << "berth: note: " << note << '\n';
    }
    const FileSet files = generate(spec, QFileInfo(outDir).isDir() ? outDir : QString());
    // Which layout of Python packages was found, and what the image will install.
    for (const QString &note : files.notes())
        err << "berth: note: " << note << '\n';
    for (const QString &w : files.warnings())
        err << "berth: warning: " << w << '\n';

    // The spec file itself, when it is DIR/berth.yaml, stays as the user wrote it.
    WriteOptions options;
    options.force = parser.isSet(force);
    const bool specIsInOut = QFileInfo(specPath).canonicalFilePath()
                             == QFileInfo(outDir + "/berth.yaml"_L1).canonicalFilePath();
    if (specIsInOut) {
        options.only = files.paths();
        options.only.removeAll(u"berth.yaml"_s);
    }

    if (parser.isSet(dryRun)) {
        bool conflicts = false;
        for (const PlannedFile &p : files.plan(outDir)) {
            if ((!options.only.isEmpty() && !options.only.contains(p.path)) || p.status == WriteStatus::Unchanged)
                continue;
            conflicts = conflicts || p.status == WriteStatus::Conflict;
            const GeneratedFile *f = files.file(p.path);
            const char *whose = p.status != WriteStatus::Conflict ? ""
                              : p.notBerths                       ? " (exists and is not Berth's)"
                                                                  : " (changed since Berth last wrote it)";
            if (f && f->secret) {
                out << "# " << statusWord(p.status) << ": " << p.path << whose << " (secret: content not shown)\n";
                continue;
            }
            out << "# " << statusWord(p.status) << ": " << p.path << whose << '\n';
            // A conflict with a merge base shows only the regions both changed (--force replaces
            // the whole file: then the whole diff); a merge, what it changes in the file on disk.
            if (!p.conflicts.isEmpty() && !options.force)
                out << conflictsText(p.conflicts, p.path);
            else
                out << unifiedDiff(p.onDisk, p.toWrite(), p.path);
        }
        if (conflicts && !options.force) {
            err << "berth: files that are not Berth's or changed since Berth last wrote them are marked 'conflict'; "
                   "--force replaces them\n";
            return Conflict;
        }
        return Ok;
    }

    const WriteResult result = files.write(outDir, options);
    for (const QString &w : result.warnings)
        err << "berth: warning: " << w << '\n';
    if (!result.ok) {
        if (!result.conflicts.isEmpty() && !options.force) {
            for (const QString &c : result.conflicts) {
                if (result.notBerths.contains(c))
                    err << "berth: conflict: " << c << " exists and is not Berth's; not replaced\n";
                else
                    err << "berth: conflict: " << c << " was changed since Berth last wrote it; not replaced\n";
            }
            err << "berth: nothing was written; see the changes with --dry-run, replace them with --force "
                   "(a backup of each is kept)\n";
            return Conflict;
        }
        err << "berth: " << result.error << '\n';
        return Failed;
    }
    for (const QString &path : result.written)
        out << "wrote " << path << (result.merged.contains(path) ? " (merged with your edits)" : "") << '\n';
    for (const QString &path : result.backups)
        out << "backup " << path << '\n';
    if (result.written.isEmpty())
        out << "everything is up to date\n";
    return Ok;
}

int specCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption defaults(u"defaults"_s, u"Print the default spec (the article's setup)."_s);
    const QCommandLineOption check(u"check"_s, u"Validate a spec file; print every problem."_s, u"FILE"_s);
    parser.addOptions({defaults, check});
    if (!parse(parser, u"spec"_s, arguments, err))
        return UsageError;
    if (parser.isSet(u"help"_s)) {
        out << "Usage: berth spec --defaults\n       berth spec --check FILE\n"
               "       berth spec set DIR KEY VALUE [--dry-run] [--force]   (see 'berth spec set --help')\n\n"
            << parser.helpText().section(u'\n', 2);
        return Ok;
    }
    if (parser.isSet(defaults) == parser.isSet(check) || !parser.positionalArguments().isEmpty()) {
        err << "berth spec: give either --defaults or --check FILE; run 'berth spec --help'\n";
        return UsageError;
    }
    if (parser.isSet(defaults)) {
        out << QString::fromUtf8(ProjectSpec::defaults().toYaml());
        return Ok;
    }
    ProjectSpec spec;
    int code = Ok;
    if (loadSpec(parser.value(check), &spec, err, &code))
        out << parser.value(check) << ": valid\n";
    return code;
}

} // namespace Berth::Cli
