#include "generate/fileset.h"

#include "generate/filesetbase.h"
#include "generate/filesetio.h"
#include "generate/manifest.h"
#include "platform/owneronly.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace Berth {

namespace {

QByteArray withLf(QByteArray content)
{
    content.replace("\r\n", "\n");
    return content;
}

} // namespace

using namespace FileSetIo;

void FileSet::add(GeneratedFile file)
{
    file.content = withLf(file.content);
    for (GeneratedFile &existing : m_files) {
        if (existing.path == file.path) {
            existing = std::move(file);
            return;
        }
    }
    m_files.append(std::move(file));
}

const GeneratedFile *FileSet::file(const QString &path) const
{
    for (const GeneratedFile &f : m_files) {
        if (f.path == path)
            return &f;
    }
    return nullptr;
}

QStringList FileSet::paths() const
{
    QStringList list;
    for (const GeneratedFile &f : m_files)
        list.append(f.path);
    return list;
}

namespace {

// A conflict with a file Berth wrote: the user's edits merged with Berth's new content when the
// content Berth last wrote is known. The merge's result decides:
// - it is the file on disk: Berth has nothing new for the file. When the manifest knows it as a
//   merge Berth wrote, it is unchanged; else the user edited it since Berth last wrote it and
//   their edits are the only difference, which stays a conflict as it always was (the review
//   shows it, the doctor reports it, nothing replaces it unasked);
// - a clean merge: Merged, written without force;
// - overlapping changes: a conflict with just those regions.
void mergeEdits(const QString &dir, const Manifest &manifest, const GeneratedFile &f, PlannedFile *p)
{
    const std::optional<QByteArray> base = MergeBase::find(dir, f.path, manifest.baseFingerprint(f.path, p->onDisk, f.secret),
                                                           f.secret, f.content);
    if (!base)
        return;
    MergeResult merge = merge3(f.secret ? MergeBase::withSecretsOf(*base, p->onDisk, f.content) : *base, p->onDisk,
                               f.content);
    if (!merge.clean()) {
        p->conflicts = std::move(merge.conflicts);
        return;
    }
    if (merge.merged == p->onDisk) {
        if (manifest.matchesWritten(f.path, p->onDisk, f.secret))
            p->status = WriteStatus::Unchanged;
        return;
    }
    p->status = WriteStatus::Merged;
    p->merged = std::move(merge.merged);
}

} // namespace

QList<PlannedFile> FileSet::plan(const QString &dir) const
{
    const Manifest manifest = Manifest::load(dir);
    QList<PlannedFile> planned;
    for (const GeneratedFile &f : m_files) {
        PlannedFile p;
        p.path = f.path;
        p.generated = f.content;
        const QString target = dir + u'/' + f.path;
        if (QFileInfo::exists(target)) {
            if (!readFile(target, &p.onDisk)) {
                p.status = WriteStatus::Conflict; // unreadable: never replace it silently
            } else if (p.onDisk == f.content) {
                p.status = WriteStatus::Unchanged;
            } else if (f.merged && p.onDisk == f.mergedFrom) {
                p.status = WriteStatus::Changed;
            } else if (manifest.matches(f.path, p.onDisk, f.secret)) {
                p.status = WriteStatus::Changed;
            } else {
                p.status = WriteStatus::Conflict;
                p.notBerths = !manifest.contains(f.path);
                if (!p.notBerths)
                    mergeEdits(dir, manifest, f, &p);
            }
        }
        planned.append(p);
    }
    return planned;
}

WriteResult FileSet::write(const QString &dir, const WriteOptions &options) const
{
    WriteResult result;
    for (const QString &path : options.only) {
        if (!file(path)) {
            result.error = QCoreApplication::translate("Berth::FileSet", "%1 is not one of the generated files").arg(path);
            return result;
        }
    }
    for (const GeneratedFile &f : m_files) {
        if (!isSafeRelative(f.path)) {
            result.error = QCoreApplication::translate("Berth::FileSet", "refusing to write %1: not a plain relative path").arg(f.path);
            return result;
        }
    }
    if (!QDir().mkpath(dir)) {
        result.error = QCoreApplication::translate("Berth::FileSet", "cannot create %1%2").arg(dir, whatToDo(QFileInfo(dir).absolutePath(), {}));
        return result;
    }

    QList<PlannedFile> planned = plan(dir);
    if (!options.only.isEmpty())
        planned.removeIf([&](const PlannedFile &p) { return !options.only.contains(p.path); });
    for (const PlannedFile &p : planned) {
        if (p.status == WriteStatus::Conflict)
            result.conflicts.append(p.path);
        if (p.status == WriteStatus::Conflict && p.notBerths)
            result.notBerths.append(p.path);
    }
    if (!result.conflicts.isEmpty() && !options.force) {
        QStringList changed = result.conflicts;
        changed.removeIf([&](const QString &path) { return result.notBerths.contains(path); });
        QStringList parts;
        if (!result.notBerths.isEmpty())
            parts.append(QCoreApplication::translate("Berth::FileSet", "exist and are not Berth's: %1").arg(result.notBerths.join(", "_L1)));
        if (!changed.isEmpty())
            parts.append(QCoreApplication::translate("Berth::FileSet", "changed since Berth last wrote them: %1").arg(changed.join(", "_L1)));
        result.error = parts.join("; "_L1) + u" (use force to replace, keeping a backup)"_s;
        return result;
    }

    removeInterruptedBackups(dir, backupFolder());
    const Manifest loaded = Manifest::load(dir);
    removeInterruptedCommits(dir, loaded, m_files);
    Manifest manifest = loaded;
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss-zzz"_s);

    // 1. Every backup before the first replacement, made in a hidden folder that is renamed to
    //    its final name once every copy is complete: a run stopped half-way (killed, disk full)
    //    never leaves a backup folder that looks complete and is not. The copies are the bytes
    //    plan() read and compared, so a backup is exactly what is replaced.
    QList<const PlannedFile *> toBackUp;
    for (const PlannedFile &p : std::as_const(planned)) {
        if (p.status == WriteStatus::Changed || p.status == WriteStatus::Conflict || p.status == WriteStatus::Merged)
            toBackUp.append(&p);
    }
    if (!toBackUp.isEmpty()) {
        const QString staging = backupFolder() + u'/' + stagingPrefix() + stamp;
        const QString final = backupFolder() + u'/' + stamp;
        for (const PlannedFile *p : std::as_const(toBackUp)) {
            QString error;
            if (!writeAtomically(dir + u'/' + staging + u'/' + p->path, p->onDisk, file(p->path)->secret, &error)) {
                QDir(dir + u'/' + staging).removeRecursively();
                result.error = QCoreApplication::translate("Berth::FileSet", "cannot back up %1 under %2: %3; nothing was replaced%4")
                                   .arg(p->path, backupFolder(), error, whatToDo(dir, error));
                return result;
            }
        }
        if (!QDir(dir).rename(staging, final)) {
            QDir(dir + u'/' + staging).removeRecursively();
            result.error = QCoreApplication::translate("Berth::FileSet", "cannot make the backup folder %1; nothing was replaced%2").arg(final, whatToDo(dir, {}));
            return result;
        }
        for (const PlannedFile *p : std::as_const(toBackUp))
            result.backups.append(final + u'/' + p->path);
    }

    // 2. Every new content into a temporary file next to its target (QSaveFile), nothing
    //    replaced yet: a full disk or a read-only folder stops the run here, with every file
    //    as it was.
    std::vector<std::unique_ptr<QSaveFile>> outs;
    QList<const PlannedFile *> toWrite;
    QHash<QString, QByteArray> bases; // path → the merge base staged for it
    bool basesFailed = false;
    for (const PlannedFile &p : std::as_const(planned)) {
        const bool secret = file(p.path)->secret;
        // The next merge's base: Berth's generated content, whatever is written (filesetbase.h).
        // Without one a later edit of the user's is a conflict, as before merges existed: a base
        // that cannot be kept (a full disk) is a warning, never a reason to stop the run.
        const QByteArray stored = MergeBase::storedForm(p.generated, secret);
        if (!basesFailed && MergeBase::published(dir, p.path) != stored) {
            QString error;
            if (MergeBase::stage(dir, stamp, p.path, stored, &error)) {
                bases.insert(p.path, stored);
            } else {
                // None of this run's copies then: a partly staged folder would stay on a full disk.
                basesFailed = true;
                QDir(dir + u'/' + MergeBase::stagingFolder(stamp)).removeRecursively();
                bases.clear();
                result.warnings.append(QCoreApplication::translate("Berth::FileSet", "cannot keep the merge bases under %1 (%2): until a run can, an edit of yours "
                                       "to a file without one is a conflict rather than a merge%3")
                                           .arg(MergeBase::folder(), error, whatToDo(dir, error)));
            }
        }
        if (p.status == WriteStatus::Unchanged) {
            // On disk may be a merge Berth wrote (with the user's edits): it stays known as that.
            manifest.record(p.path, p.generated, secret, p.onDisk);
            continue;
        }
        const QString target = dir + u'/' + p.path;
        auto out = std::make_unique<QSaveFile>(target);
        if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
            result.error = QCoreApplication::translate("Berth::FileSet", "cannot write %1: cannot create its folder; nothing was replaced%2")
                               .arg(p.path, whatToDo(dir, {}));
            break;
        }
        if (!out->open(QIODevice::WriteOnly)) {
            result.error = QCoreApplication::translate("Berth::FileSet", "cannot write %1: %2; nothing was replaced%3")
                               .arg(p.path, out->errorString(), whatToDo(dir, out->errorString()));
            break;
        }
        // Before any byte is written: the secret never exists with looser permissions (Unix;
        // Windows gets its owner-only ACL once the file is in place, below).
        if (secret)
            Platform::restrictOpenFile(*out);
        if (out->write(p.toWrite()) != p.toWrite().size() || !out->flush()) {
            const QString why = writeError(*out);
            result.error = QCoreApplication::translate("Berth::FileSet", "cannot write %1: %2; nothing was replaced%3").arg(p.path, why, whatToDo(dir, why));
            break;
        }
        manifest.recordPending(p.path, p.generated, secret, p.toWrite());
        outs.push_back(std::move(out));
        toWrite.append(&p);
    }
    // Nothing replaced: the backups of this run are of files still on disk.
    auto dropBackups = [&] {
        if (!result.backups.isEmpty())
            QDir(dir + u'/' + backupFolder() + u'/' + stamp).removeRecursively();
        result.backups.clear();
        QDir(dir + u'/' + MergeBase::stagingFolder(stamp)).removeRecursively();
    };
    if (!result.error.isEmpty()) {
        dropBackups();
        return result; // the QSaveFiles discard their temporary files
    }

    // 3. The manifest learns the new contents before any file is replaced, so a run stopped
    //    between two replacements leaves files that are all known as Berth's, old or new.
    if (manifest.hasPending()) {
        QString error;
        if (!manifest.save(dir, &error)) {
            result.error = error + u"; nothing was replaced"_s + whatToDo(dir, error);
            dropBackups();
            return result;
        }
    }

    // 4. The replacements: one rename each.
    for (qsizetype i = 0; i < toWrite.size(); ++i) {
        QSaveFile &out = *outs[size_t(i)];
        if (!out.commit()) {
            result.error = QCoreApplication::translate("Berth::FileSet", "cannot write %1: %2%3").arg(toWrite[i]->path, out.errorString(),
                                                            whatToDo(dir, out.errorString()));
            break;
        }
        const bool secret = file(toWrite[i]->path)->secret;
        QString why;
        if (secret && !Platform::restrictPath(out.fileName(), &why))
            result.warnings.append(QCoreApplication::translate("Berth::FileSet", "%1 may be readable by other users: %2").arg(toWrite[i]->path, why));
        manifest.record(toWrite[i]->path, toWrite[i]->generated, secret, toWrite[i]->toWrite());
        result.written.append(toWrite[i]->path);
        if (toWrite[i]->status == WriteStatus::Merged)
            result.merged.append(toWrite[i]->path);
    }
    // Also after a failure: the files already written are Berth's, not conflicts next time.
    // The manifest saved in step 3 already knows every new content as Berth's, so failing to
    // save the final one (a disk that filled up meanwhile) loses nothing: a warning, not an error.
    QString manifestError;
    if (!(manifest == loaded) && !manifest.save(dir, &manifestError)) {
        if (result.error.isEmpty())
            result.warnings.append(QCoreApplication::translate("Berth::FileSet", "%1; the files are written and the next run finishes the record%2")
                                       .arg(manifestError, whatToDo(dir, manifestError)));
    }
    if (!result.error.isEmpty())
        return result;
    // Without the final manifest the staged bases stay where plan() finds them (by fingerprint).
    if (manifestError.isEmpty())
        MergeBase::finish(dir, stamp, manifest, bases, &result.warnings);
    result.ok = true;
    return result;
}

} // namespace Berth
