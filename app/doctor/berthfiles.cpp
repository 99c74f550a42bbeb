// Doctor: Berth's files against what berth.yaml says.
#include "doctor/doctor.h"

#include "generate/fileset.h"
#include "generate/generator.h"
#include "project/specfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Berth::Doctor {

QList<Problem> checkBerthFiles(const QString &projectDir)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("Berth::Doctor", text); };
    QList<Problem> problems;
    const QString specPath = QDir(projectDir).filePath(u"berth.yaml"_s);
    if (!QFileInfo::exists(specPath))
        return problems;
    QList<SpecError> errors;
    const ProjectSpec spec = SpecFile::read(specPath, &errors);
    if (!errors.isEmpty()) {
        problems.append({u"spec-invalid"_s, Problem::Severity::Error, u"berth.yaml"_s, 0,
                         tr("berth.yaml does not validate"), errors.first().toString(), {}});
        return problems;
    }
    const FileSet files = generate(spec, projectDir);
    for (const PlannedFile &f : files.plan(projectDir)) {
        if (f.status == WriteStatus::Unchanged || f.notBerths)
            continue;
        const GeneratedFile *generated = files.file(f.path);
        const bool secret = generated && generated->secret;
        if (f.status == WriteStatus::New) {
            problems.append({u"berth-file-missing"_s, Problem::Severity::Warning, f.path, 0,
                             tr("%1 is missing").arg(f.path),
                             tr("berth.yaml says the setup has this file. Write it again with File ▸ Change Setup… "
                                "or `berth generate --spec berth.yaml --out .`."),
                             {}});
        } else if (f.status == WriteStatus::Conflict) {
            problems.append({u"berth-file-edited"_s, Problem::Severity::Warning, f.path, 0,
                             tr("%1 was edited since Berth wrote it, and differs from what berth.yaml says").arg(f.path),
                             tr("Your edit stays; Change Setup… shows the difference and replaces the file only "
                                "when you tick it (with a backup). If the edit is a value berth.yaml holds (a "
                                "port, an image), change it in berth.yaml too, so the two agree."),
                             {}});
        } else if (f.status == WriteStatus::Merged) {
            // Edited by the user, and berth.yaml changed since: the fix is the merge, which keeps
            // the edits (never Berth's bare content, which would drop them); a secret file is
            // left to Change Setup….
            const QString before = QString::fromUtf8(f.onDisk);
            Problem p{u"berth-file-stale"_s, Problem::Severity::Warning, f.path, 0,
                      tr("%1 is older than berth.yaml, and has edits of yours").arg(f.path), {}, {}};
            if (secret) {
                p.explanation = tr("berth.yaml has changed since Berth wrote this file. It holds secrets, so the "
                                   "doctor does not rewrite it: Change Setup… merges berth.yaml's changes with your "
                                   "edits.");
            } else {
                p.explanation = tr("berth.yaml has changed since Berth wrote this file; the stack still runs the old "
                                   "setting. Your edits and the new setting do not overlap: the fix merges them.");
                p.fixes = {{f.path, {{0, before.size(), QString::fromUtf8(f.merged)}},
                            tr("merge berth.yaml's changes into %1, keeping your edits").arg(f.path), before}};
            }
            problems.append(p);
        } else if (!secret) {
            // As Berth wrote it, but berth.yaml has changed since: replacing it loses nothing.
            const QString before = QString::fromUtf8(f.onDisk);
            problems.append({u"berth-file-stale"_s, Problem::Severity::Warning, f.path, 0,
                             tr("%1 is older than berth.yaml").arg(f.path),
                             tr("The file is as Berth wrote it, but berth.yaml has changed since; the stack still "
                                "runs the old setting."),
                             {{f.path, {{0, before.size(), QString::fromUtf8(f.generated)}},
                               tr("write %1 as berth.yaml says").arg(f.path), before}}});
        }
    }
    return problems;
}

} // namespace Berth::Doctor
