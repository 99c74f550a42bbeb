#pragma once

#include "generate/manifest.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

// .berth/base/PATH: for each file, the content Berth last generated for it, the base of the
// three-way merge that carries the user's own edits over to a regenerated setup.
//
// A copy is trusted only when its fingerprint is the one the manifest holds for the file, so a
// copy that a kill left older or newer than the manifest is never used as the wrong base.
// FileSet::write() stages the new copies in a hidden folder (.berth/base/.incomplete-STAMP/)
// before it saves the manifest with the new contents pending, and publishes them only after
// the final manifest: whatever moment a run is killed at, the base a file needs is in one of
// the two places, and the next write finishes the move.
//
// Secret files (the env files with the database password and the secret key): .berth/ may be
// committed, so their base is the redacted form (Manifest::redacted, each secret value replaced
// by "<redacted>"), the same form their manifest hash is of. Before merging, withSecretsOf() puts
// back into that base, in memory only, each value the file on disk and Berth's new content agree
// on (Berth keeps the existing passwords): those lines are then unchanged on both sides and the
// user's other lines merge as in any file. A secret that the two sides hold differently stays
// redacted in the base, so it is a conflict, never a guess.
namespace Berth::MergeBase {

QString folder();
// What is kept for generated content: itself, or for a secret file its redacted form.
QByteArray storedForm(const QByteArray &generated, bool secret);
// The base of path whose manifest fingerprint is fingerprint: the published copy, a copy staged
// by an interrupted run, or else generated (this run's content) when it is that one. None when
// fingerprint is empty or no copy has it.
std::optional<QByteArray> find(const QString &dir, const QString &path, const QByteArray &fingerprint, bool secret,
                               const QByteArray &generated);
// A redacted base with each KEY=<redacted> line given the value ours and theirs both have.
QByteArray withSecretsOf(const QByteArray &redactedBase, const QByteArray &ours, const QByteArray &theirs);
// The published copy, or a null QByteArray.
QByteArray published(const QString &dir, const QString &path);
// A copy into this run's staging folder (relative to dir: stagingFolder(stamp)).
QString stagingFolder(const QString &stamp);
bool stage(const QString &dir, const QString &stamp, const QString &path, const QByteArray &stored, QString *error);
// After the final manifest: publishes this run's staged copies (ours: path → stored form) and
// those of interrupted runs that the manifest records, then removes every staging folder. A copy
// that cannot be published leaves the staging folders, where find() still sees it: a warning.
void finish(const QString &dir, const QString &stamp, const Manifest &manifest, const QHash<QString, QByteArray> &ours,
            QStringList *warnings);

} // namespace Berth::MergeBase
