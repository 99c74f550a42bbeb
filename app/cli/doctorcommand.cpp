#include "cli/doctorcommand.h"

#include "cli/exitcode.h"
#include "doctor/doctor.h"
#include "generate/unifieddiff.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Berth::Cli {

namespace {

const char *const Usage =
    "Usage: berth doctor [DIR] [--diff] [--fix]\n"
    "\n"
    "Checks the Docker setup in DIR (default: the current folder) across its files: the compose\n"
    "file and its override, uwsgi.ini and the nginx site. Prints one line per problem\n"
    "(FILE:LINE: error|warning: what) and what it means; --diff also prints each safe fix as a\n"
    "unified diff, --fix makes them (atomically, file by file).\n"
    "\n"
    "Exit codes: 0 no problem, 1 problems found (or DIR cannot be read), 2 usage.\n";

} // namespace

int doctorCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QString dir = u"."_s;
    bool diff = false;
    bool fix = false;
    for (const QString &a : arguments) {
        if (a == "--help"_L1 || a == "-h"_L1)
            return out << Usage, Ok;
        if (a == "--diff"_L1)
            diff = true;
        else if (a == "--fix"_L1)
            fix = true;
        else if (a.startsWith(u'-'))
            return err << "berth: doctor: unknown option " << a << '\n' << Usage, UsageError;
        else
            dir = a;
    }
    if (!QFileInfo(dir).isDir()) {
        err << "berth: " << dir << " is not a folder\n";
        return Failed;
    }
    const Doctor::SetupFiles files = Doctor::SetupFiles::read(QDir(dir).absolutePath());
    if (files.compose.isEmpty()) {
        err << "berth: no compose file in " << dir << "; run berth generate or the wizard first\n";
        return Failed;
    }
    const QList<Doctor::Problem> problems = Doctor::diagnose(files);
    int fixed = 0;
    QSet<QString> changed;
    for (const Doctor::Problem &p : problems) {
        out << p.file << ':' << p.line << ": " << (p.severity == Doctor::Problem::Severity::Error ? "error" : "warning")
            << ": " << p.title << " [" << p.id << "]\n    " << p.explanation << '\n';
        for (const Doctor::Fix &f : p.fixes) {
            out << "    fix: " << f.summary << '\n';
            if (diff)
                out << unifiedDiff(f.original.toUtf8(), f.result().toUtf8(), f.file);
            if (!fix)
                continue;
            // Fixes were computed on the files as read: one fix a file per run keeps positions true.
            if (changed.contains(f.file)) {
                out << "    (not made: " << f.file << " changed by an earlier fix; run berth doctor --fix again)\n";
                continue;
            }
            QString error;
            if (!Doctor::applyFix(files.projectDir, f, &error)) {
                err << "berth: " << error << '\n';
                return Failed;
            }
            changed.insert(f.file);
            out << "    fixed: " << f.file << " (the old one is under .berth/backups/)\n";
            ++fixed;
        }
    }
    if (problems.isEmpty())
        out << "no problems found in " << QDir(dir).absolutePath() << '\n';
    else if (fixed > 0)
        out << fixed << " fix(es) made; run berth doctor again for what is left\n";
    return problems.isEmpty() ? Ok : Failed;
}

} // namespace Berth::Cli
