#pragma once

#include "generate/generatedfile.h"
#include "generate/manifest.h"

#include <QByteArray>
#include <QFileDevice>
#include <QList>
#include <QString>

// The file operations FileSet::write() and the merge bases under .berth/base/ share.
namespace Berth::FileSetIo {

// A plain relative path with '/' separators that cannot leave the folder it is joined to.
bool isSafeRelative(const QString &path);
bool readFile(const QString &path, QByteArray *content);
// The name prefix of hidden folders holding a run's copies until they are complete.
QString stagingPrefix();
// A run killed while making its backups leaves its staging folder under backupFolder: it
// replaced nothing, so the copies are of files still on disk and the folder goes.
void removeInterruptedBackups(const QString &dir, const QString &backupFolder);
// The NAME.XXXXXX files a kill inside QSaveFile::commit() leaves (see filesetio.cpp).
void removeInterruptedCommits(const QString &dir, const Manifest &manifest, const QList<GeneratedFile> &files);
// Why a write or flush of f failed.
QString writeError(QFileDevice &f);
// One QSaveFile: old or new content, never half; false with the reason. A secret file is made
// owner-only before its first byte.
bool writeAtomically(const QString &path, const QByteArray &content, bool secret, QString *error);
// What the user can do about a failed write into dir: "; make it writable ..." or "".
QString whatToDo(const QString &dir, const QString &error);

} // namespace Berth::FileSetIo
