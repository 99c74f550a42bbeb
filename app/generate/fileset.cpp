#include "generate/fileset.h"

#include "generate/manifest.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>

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

// Generated paths come from the generator, but they are joined to a user's folder: refuse
// anything that could leave it.
bool isSafeRelative(const QString &path)
{
    if (path.isEmpty() || path.startsWith(u'/') || path.contains(u'\\') || path.contains(u':'))
        return false;
    const QStringList parts = path.split(u'/');
    for (const QString &p : parts) {
        if (p.isEmpty() || p == "."_L1 || p == ".."_L1)
            return false;
    }
    return true;
}

bool readFile(const QString &path, QByteArray *content)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    *content = f.readAll();
    return true;
}

// Hidden folders under .berth/backups/ holding the copies of a run that has not finished its
// backups yet; renamed to the run's time stamp when complete.
QString stagingPrefix()
{
    return u".incomplete-"_s;
}

// A run killed while making its backups leaves its staging folder: it replaced nothing, so the
// copies are of files still on disk and the folder goes.
void removeInterruptedBackups(const QString &dir)
{
    const QDir backups(dir + u'/' + FileSet::backupFolder());
    const QStringList leftovers = backups.entryList({stagingPrefix() + u'*'}, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &name : leftovers)
        QDir(backups.filePath(name)).removeRecursively();
}

// QSaveFile::commit() on Linux links its unnamed temporary file to "NAME.XXXXXX" and renames
// that over NAME: a run killed between the two leaves NAME.XXXXXX holding the complete new
// content. That content is the one the interrupted run recorded as pending in the manifest
// before its first rename, so the next run removes NAME.XXXXXX only when it holds exactly that
// (a user's own NAME.backup stays, whatever it holds); the manifest's own leftover in .berth/
// goes whatever it holds.
bool isCommitLeftover(const QString &fileName, const QString &of)
{
    if (fileName.size() != of.size() + 7 || !fileName.startsWith(of) || fileName.at(of.size()) != u'.')
        return false;
    for (qsizetype i = of.size() + 1; i < fileName.size(); ++i) {
        const QChar c = fileName.at(i);
        if (!(c.isLetterOrNumber() && c.unicode() < 128))
            return false;
    }
    return true;
}

void removeInterruptedCommits(const QString &dir, const Manifest &manifest, const QList<GeneratedFile> &files)
{
    auto siblings = [](const QString &path) {
        const QFileInfo target(path);
        return QDir(target.absolutePath()).entryInfoList({target.fileName() + u".??????"_s},
                                                         QDir::Files | QDir::Hidden | QDir::NoSymLinks);
    };
    const QString manifestPath = dir + u'/' + FileSet::manifestPath();
    for (const QFileInfo &leftover : siblings(manifestPath)) {
        if (isCommitLeftover(leftover.fileName(), QFileInfo(manifestPath).fileName()))
            QFile::remove(leftover.filePath());
    }
    for (const GeneratedFile &f : files) {
        const QString target = dir + u'/' + f.path;
        for (const QFileInfo &leftover : siblings(target)) {
            QByteArray content;
            if (isCommitLeftover(leftover.fileName(), QFileInfo(target).fileName())
                && readFile(leftover.filePath(), &content) && manifest.matchesPending(f.path, content, f.secret))
                QFile::remove(leftover.filePath());
        }
    }
}

// Why a write or flush of f failed. A write(2) that stops short (a disk that fills up half-way
// through a file) makes Qt report "Unknown error": a second flush tries the rest, which fails
// with the real reason (No space left on device).
QString writeError(QFileDevice &f)
{
    f.flush();
    return f.errorString();
}

// One QSaveFile: old or new content, never half; false with the reason.
bool writeAtomically(const QString &path, const QByteArray &content, bool secret, QString *error)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = u"cannot create the folder %1"_s.arg(QFileInfo(path).absolutePath());
        return false;
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = out.errorString();
        return false;
    }
    if (secret)
        out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // flush() first: commit() alone loses the reason of a failed flush ("Unknown error").
    if (out.write(content) != content.size() || !out.flush()) {
        *error = writeError(out);
        return false;
    }
    if (!out.commit()) {
        *error = out.errorString();
        return false;
    }
    return true;
}

// What the user can do about a failed write into dir: " (a full disk: ...)" or "".
QString whatToDo(const QString &dir, const QString &error)
{
    const QStorageInfo storage(dir);
    if (storage.isValid() && storage.isReadOnly())
        return u"; %1 is on a read-only file system: make it writable or choose another folder"_s.arg(dir);
    if (storage.isValid() && storage.bytesAvailable() < 1024 * 1024)
        return u"; the disk of %1 is full (%2 bytes free): free some space and run it again"_s
            .arg(dir).arg(storage.bytesAvailable());
    if (error.contains("ermission"_L1))
        return u"; make %1 writable for you, or choose another folder"_s.arg(dir);
    return u"; check that %1 is writable and has free space, then run it again"_s.arg(dir);
}

} // namespace

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

QList<PlannedFile> FileSet::plan(const QString &dir) const
{
    const Manifest manifest = Manifest::load(dir);
    QList<PlannedFile> planned;
    for (const GeneratedFile &f : m_files) {
        PlannedFile p{f.path, WriteStatus::New, {}, f.content};
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
            result.error = u"%1 is not one of the generated files"_s.arg(path);
            return result;
        }
    }
    for (const GeneratedFile &f : m_files) {
        if (!isSafeRelative(f.path)) {
            result.error = u"refusing to write %1: not a plain relative path"_s.arg(f.path);
            return result;
        }
    }
    if (!QDir().mkpath(dir)) {
        result.error = u"cannot create %1%2"_s.arg(dir, whatToDo(QFileInfo(dir).absolutePath(), {}));
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
            parts.append(u"exist and are not Berth's: %1"_s.arg(result.notBerths.join(", "_L1)));
        if (!changed.isEmpty())
            parts.append(u"changed since Berth last wrote them: %1"_s.arg(changed.join(", "_L1)));
        result.error = parts.join("; "_L1) + u" (use force to replace, keeping a backup)"_s;
        return result;
    }

    removeInterruptedBackups(dir);
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
        if (p.status == WriteStatus::Changed || p.status == WriteStatus::Conflict)
            toBackUp.append(&p);
    }
    if (!toBackUp.isEmpty()) {
        const QString staging = backupFolder() + u'/' + stagingPrefix() + stamp;
        const QString final = backupFolder() + u'/' + stamp;
        for (const PlannedFile *p : std::as_const(toBackUp)) {
            QString error;
            if (!writeAtomically(dir + u'/' + staging + u'/' + p->path, p->onDisk, file(p->path)->secret, &error)) {
                QDir(dir + u'/' + staging).removeRecursively();
                result.error = u"cannot back up %1 under %2: %3; nothing was replaced%4"_s
                                   .arg(p->path, backupFolder(), error, whatToDo(dir, error));
                return result;
            }
        }
        if (!QDir(dir).rename(staging, final)) {
            QDir(dir + u'/' + staging).removeRecursively();
            result.error = u"cannot make the backup folder %1; nothing was replaced%2"_s.arg(final, whatToDo(dir, {}));
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
    for (const PlannedFile &p : std::as_const(planned)) {
        if (p.status == WriteStatus::Unchanged) {
            manifest.record(p.path, p.generated, file(p.path)->secret);
            continue;
        }
        const QString target = dir + u'/' + p.path;
        auto out = std::make_unique<QSaveFile>(target);
        if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
            result.error = u"cannot write %1: cannot create its folder; nothing was replaced%2"_s
                               .arg(p.path, whatToDo(dir, {}));
            break;
        }
        if (!out->open(QIODevice::WriteOnly)) {
            result.error = u"cannot write %1: %2; nothing was replaced%3"_s
                               .arg(p.path, out->errorString(), whatToDo(dir, out->errorString()));
            break;
        }
        // Before any byte is written: the secret never exists with looser permissions.
        if (file(p.path)->secret)
            out->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (out->write(p.generated) != p.generated.size() || !out->flush()) {
            const QString why = writeError(*out);
            result.error = u"cannot write %1: %2; nothing was replaced%3"_s.arg(p.path, why, whatToDo(dir, why));
            break;
        }
        manifest.recordPending(p.path, p.generated, file(p.path)->secret);
        outs.push_back(std::move(out));
        toWrite.append(&p);
    }
    // Nothing replaced: the backups of this run are of files still on disk.
    auto dropBackups = [&] {
        if (!result.backups.isEmpty())
            QDir(dir + u'/' + backupFolder() + u'/' + stamp).removeRecursively();
        result.backups.clear();
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
            result.error = u"cannot write %1: %2%3"_s.arg(toWrite[i]->path, out.errorString(),
                                                            whatToDo(dir, out.errorString()));
            break;
        }
        manifest.record(toWrite[i]->path, toWrite[i]->generated, file(toWrite[i]->path)->secret);
        result.written.append(toWrite[i]->path);
    }
    // Also after a failure: the files already written are Berth's, not conflicts next time.
    // The manifest saved in step 3 already knows every new content as Berth's, so failing to
    // save the final one (a disk that filled up meanwhile) loses nothing: a warning, not an error.
    QString manifestError;
    if (!(manifest == loaded) && !manifest.save(dir, &manifestError)) {
        if (result.error.isEmpty())
            result.warnings.append(u"%1; the files are written and the next run finishes the record%2"_s
                                       .arg(manifestError, whatToDo(dir, manifestError)));
    }
    if (!result.error.isEmpty())
        return result;
    result.ok = true;
    return result;
}

} // namespace Berth
