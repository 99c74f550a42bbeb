#include "cli/specsetcommand.h"

#include "cli/exitcode.h"
#include "generate/specchange.h"

#include <QFileInfo>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Berth::Cli {

namespace {

const char *const Usage =
    "Usage: berth spec set DIR KEY VALUE [--dry-run] [--force]\n"
    "\n"
    "Changes one value of DIR/berth.yaml and every file of the setup that uses it, as one\n"
    "change: berth.yaml gets the smallest text edit (its comments stay), and each setup file\n"
    "the generator writes differently from the new spec is written again (backups under\n"
    "DIR/.berth/backups/). Example: berth spec set . app_server.port 9000\n"
    "\n"
    "  KEY        a key of berth.yaml (docs/spec.md): app_server.port, nginx.server_name, ...\n"
    "  VALUE      its new value\n"
    "  --dry-run  print the change as one unified diff across the files; write nothing\n"
    "  --force    also replace files changed since Berth wrote them (backups kept)\n"
    "\n"
    "Exit codes: 0 done, 1 failed (no berth.yaml, a file could not be written), 2 invalid key\n"
    "or value, 3 files changed since Berth wrote them would be replaced (nothing written),\n"
    "4 berth.yaml does not validate as it is.\n";

} // namespace

int specSetCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QStringList args;
    bool dryRun = false;
    bool force = false;
    for (const QString &a : arguments) {
        if (a == "--help"_L1 || a == "-h"_L1) {
            out << Usage;
            return Ok;
        }
        if (a == "--dry-run"_L1)
            dryRun = true;
        else if (a == "--force"_L1)
            force = true;
        else if (a.startsWith("--"_L1) && a.size() > 2)
            return err << "berth: spec set: unknown option " << a << "\n" << Usage, UsageError;
        else
            args << a;
    }
    if (args.size() != 3) {
        err << "berth: spec set: give DIR KEY VALUE\n" << Usage;
        return UsageError;
    }
    const QString dir = args.at(0);
    if (!QFileInfo(dir).isDir()) {
        err << "berth: " << dir << " is not a folder\n";
        return Failed;
    }
    const SpecChange change = planSpecChange(dir, args.at(1), args.at(2));
    switch (change.failure) {
    case SpecChange::Failure::None: break;
    case SpecChange::Failure::InvalidKey:
    case SpecChange::Failure::InvalidValue:
        err << "berth: " << change.error << "; nothing was written\n";
        return UsageError;
    case SpecChange::Failure::NotAProject:
        err << "berth: " << change.error << '\n';
        return QFileInfo(QFileInfo(dir).absoluteFilePath() + "/berth.yaml"_L1).isFile() ? InvalidSpec : Failed;
    case SpecChange::Failure::Failed:
        err << "berth: " << change.error << '\n';
        return Failed;
    }
    const QStringList conflicts = change.conflicts();
    for (const SpecChangeFile &f : change.files) {
        if (f.writtenByDefault())
            continue;
        err << "berth: conflict: " << f.path
            << (f.notBerths ? " exists and is not Berth's" : " was changed since Berth last wrote it")
            << (force ? "; replaced (a backup is kept)\n" : "; not replaced\n");
    }
    if (dryRun) {
        out << change.diff();
        if (!conflicts.isEmpty() && !force)
            return Conflict;
        return Ok;
    }
    if (!conflicts.isEmpty() && !force) {
        err << "berth: nothing was written; see the change with --dry-run, replace those files too with --force\n";
        return Conflict;
    }
    const SpecChangeResult result = applySpecChange(change, force ? conflicts : QStringList());
    if (!result.ok) {
        err << "berth: " << result.error << '\n';
        return Failed;
    }
    for (const QString &path : result.written)
        out << "wrote " << path << '\n';
    for (const QString &path : result.backups)
        out << "backup " << path << '\n';
    if (result.written.isEmpty())
        out << change.key << " is already " << change.newValue << "; nothing to change\n";
    return Ok;
}

} // namespace Berth::Cli
