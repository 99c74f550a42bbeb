#include "generate/fileset.h"

#include "generate/manifest.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

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
            } else if (manifest.matches(f.path, p.onDisk)) {
                p.status = WriteStatus::Changed;
            } else {
                p.status = WriteStatus::Conflict;
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
        result.error = u"cannot create %1"_s.arg(dir);
        return result;
    }

    QList<PlannedFile> planned = plan(dir);
    if (!options.only.isEmpty())
        planned.removeIf([&](const PlannedFile &p) { return !options.only.contains(p.path); });
    for (const PlannedFile &p : planned) {
        if (p.status == WriteStatus::Conflict)
            result.conflicts.append(p.path);
    }
    if (!result.conflicts.isEmpty() && !options.force) {
        result.error = u"changed since Berth last wrote them (use force to replace, keeping a backup): %1"_s
                           .arg(result.conflicts.join(", "_L1));
        return result;
    }

    Manifest manifest = Manifest::load(dir);
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss-zzz"_s);
    // Every backup before the first replacement: a backup that fails stops the run before
    // anything was replaced.
    for (const PlannedFile &p : std::as_const(planned)) {
        if (p.status == WriteStatus::New || p.status == WriteStatus::Unchanged)
            continue;
        const QString backup = backupFolder() + u'/' + stamp + u'/' + p.path;
        const QString backupTarget = dir + u'/' + backup;
        if (!QDir().mkpath(QFileInfo(backupTarget).absolutePath()) || !QFile::copy(dir + u'/' + p.path, backupTarget)) {
            result.error = u"cannot back up %1 to %2; nothing was replaced"_s.arg(p.path, backup);
            return result;
        }
        if (file(p.path)->secret)
            QFile::setPermissions(backupTarget, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        result.backups.append(backup);
    }
    for (const PlannedFile &p : std::as_const(planned)) {
        if (p.status == WriteStatus::Unchanged) {
            manifest.record(p.path, p.generated);
            continue;
        }
        const QString target = dir + u'/' + p.path;
        QSaveFile out(target);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !out.open(QIODevice::WriteOnly)) {
            result.error = u"cannot write %1: %2"_s.arg(p.path, out.errorString());
            break;
        }
        // Before any byte is written: the secret never exists with looser permissions.
        if (file(p.path)->secret)
            out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (out.write(p.generated) != p.generated.size() || !out.commit()) {
            result.error = u"cannot write %1: %2"_s.arg(p.path, out.errorString());
            break;
        }
        manifest.record(p.path, p.generated);
        result.written.append(p.path);
    }
    // Also after a failure: the files already written are Berth's, not conflicts next time.
    QString manifestError;
    if (!manifest.save(dir, &manifestError) && result.error.isEmpty())
        result.error = manifestError;
    if (!result.error.isEmpty())
        return result;
    result.ok = true;
    return result;
}

} // namespace Berth
