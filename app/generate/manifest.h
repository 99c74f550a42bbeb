#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace Berth {

// .berth/manifest.json: the SHA-256 of each file as Berth last wrote it.
//
// For a secret file (the env files with the database password and Django's secret key) the hash is
// of the file with those values blanked out: .berth/ may be committed, and a hash of the whole
// file would let anyone test guesses of the secret offline. Edits to the other lines are still
// recognised.
//
// While a write is under way the manifest also holds, per file about to be replaced, the hash of
// the content being written ("pending_sha256"): a run killed between replacing a file and saving
// the final manifest leaves each file old or new, and both are then known as Berth's.
//
// A file written as a three-way merge (the user's edits plus Berth's new content) is recorded
// with the hash of Berth's generated content as "sha256", which is also the next merge's base
// (kept under .berth/base/, see filesetbase.h): the merged file differs from it by exactly the
// user's edits, so they stay the user's edits and are merged again next time, never replaced as
// if they were Berth's. The merged content's own hash is kept apart ("written_sha256", and
// "pending_written_sha256" while written): it only says that the file is still as Berth merged
// it, which makes a run with the same spec see nothing to do, and it never makes a file Berth's.
class Manifest
{
public:
    // Where it lives, relative to the project folder.
    static QString relativePath() { return QStringLiteral(".berth/manifest.json"); }
    static Manifest load(const QString &projectDir);
    static QByteArray hash(const QByteArray &content); // hex SHA-256
    // The hash the manifest keeps: hash(content), or for a secret file hash(redacted(content)).
    static QByteArray fingerprint(const QByteArray &content, bool secret);
    // An env file with the value of every KEY=value line whose key names a password, secret,
    // token or key replaced by "<redacted>".
    static QByteArray redacted(const QByteArray &envFile);

    bool contains(const QString &path) const { return m_hashes.contains(path); }
    // content is what Berth last wrote to path, or what an interrupted write was writing.
    // A secret file also matches the hash of its whole content, which earlier Berth builds kept.
    bool matches(const QString &path, const QByteArray &content, bool secret = false) const;
    // Only the content an interrupted write was writing (its pending hash).
    bool matchesPending(const QString &path, const QByteArray &content, bool secret = false) const;
    // content is Berth's generated content; written, when not null and different, is what was
    // written instead (a merge with the user's edits). Also ends the path's pending entries.
    void record(const QString &path, const QByteArray &content, bool secret = false, const QByteArray &written = {});
    void recordPending(const QString &path, const QByteArray &content, bool secret = false,
                       const QByteArray &written = {});
    bool hasPending() const { return !m_pending.isEmpty() || !m_pendingWritten.isEmpty(); }
    // content is a merge Berth wrote (or an interrupted write was writing) and nobody changed since.
    bool matchesWritten(const QString &path, const QByteArray &content, bool secret = false) const;
    // The fingerprint of the merge base for a file that holds onDisk: Berth's generated content
    // the merge that wrote it was made with (the pending one when an interrupted write had
    // already replaced the file), else the last recorded one. Empty when unknown.
    QByteArray baseFingerprint(const QString &path, const QByteArray &onDisk, bool secret = false) const;
    QByteArray recorded(const QString &path) const { return m_hashes.value(path); }
    // Atomic (QSaveFile); false with a one-line error on failure.
    bool save(const QString &projectDir, QString *error) const;

    friend bool operator==(const Manifest &, const Manifest &) = default;

private:
    QHash<QString, QByteArray> m_hashes;
    QHash<QString, QByteArray> m_pending;
    QHash<QString, QByteArray> m_written;
    QHash<QString, QByteArray> m_pendingWritten;
};

} // namespace Berth
