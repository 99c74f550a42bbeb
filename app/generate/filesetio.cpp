#include "generate/filesetio.h"

#include "platform/owneronly.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>

using namespace Qt::StringLiterals;

namespace Berth::FileSetIo {

namespace {

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

} // namespace

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
// backups yet (renamed to the run's time stamp when complete), and under .berth/base/ the new
// merge bases of a run until its files are replaced.
QString stagingPrefix()
{
    return u".incomplete-"_s;
}

// A run killed while making its backups leaves its staging folder: it replaced nothing, so the
// copies are of files still on disk and the folder goes.
void removeInterruptedBackups(const QString &dir, const QString &backupFolder)
{
    const QDir backups(dir + u'/' + backupFolder);
    const QStringList leftovers = backups.entryList({stagingPrefix() + u'*'}, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &name : leftovers)
        QDir(backups.filePath(name)).removeRecursively();
}

void removeInterruptedCommits(const QString &dir, const Manifest &manifest, const QList<GeneratedFile> &files)
{
    auto siblings = [](const QString &path) {
        const QFileInfo target(path);
        return QDir(target.absolutePath()).entryInfoList({target.fileName() + u".??????"_s},
                                                         QDir::Files | QDir::Hidden | QDir::NoSymLinks);
    };
    const QString manifestPath = dir + u'/' + Manifest::relativePath();
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
        *error = QCoreApplication::translate("Berth::FileSet", "cannot create the folder %1").arg(QFileInfo(path).absolutePath());
        return false;
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = out.errorString();
        return false;
    }
    if (secret)
        Platform::restrictOpenFile(out);
    // flush() first: commit() alone loses the reason of a failed flush ("Unknown error").
    if (out.write(content) != content.size() || !out.flush()) {
        *error = writeError(out);
        return false;
    }
    if (!out.commit()) {
        *error = out.errorString();
        return false;
    }
    return !secret || Platform::restrictPath(path, error);
}

// What the user can do about a failed write into dir: " (a full disk: ...)" or "".
QString whatToDo(const QString &dir, const QString &error)
{
    const QStorageInfo storage(dir);
    if (storage.isValid() && storage.isReadOnly())
        return QCoreApplication::translate("Berth::FileSet", "; %1 is on a read-only file system: make it writable or choose another folder").arg(dir);
    if (storage.isValid() && storage.bytesAvailable() < 1024 * 1024)
        return QCoreApplication::translate("Berth::FileSet", "; the disk of %1 is full (%2 bytes free): free some space and run it again")
            .arg(dir).arg(storage.bytesAvailable());
    if (error.contains("ermission"_L1))
        return QCoreApplication::translate("Berth::FileSet", "; make %1 writable for you, or choose another folder").arg(dir);
    return QCoreApplication::translate("Berth::FileSet", "; check that %1 is writable and has free space, then run it again").arg(dir);
}

} // namespace Berth::FileSetIo
