#pragma once

#include "generate/generatedfile.h"
#include "generate/manifest.h"
#include "generate/merge3.h"

#include <QList>
#include <QStringList>

namespace Berth {

enum class WriteStatus {
    New,       // not on disk yet
    Changed,   // on disk as Berth last wrote it (or as generate() merged it); will be replaced
    Unchanged, // on disk with exactly the generated content
    Conflict,  // on disk, changed by someone else since Berth last wrote it (or never written by
               // Berth): replacing it needs force, and a backup is kept
    Merged,    // on disk with the user's edits, which merge cleanly with Berth's new content: the
               // merge is written (no force needed), and a backup is kept
};

struct PlannedFile
{
    QString path;
    WriteStatus status = WriteStatus::New;
    QByteArray onDisk;
    QByteArray generated;
    // A conflict with a file Berth never wrote (not in the manifest): the project's own file.
    bool notBerths = false;
    // Merged: the user's edits (base → onDisk) and Berth's changes (base → generated) together.
    QByteArray merged;
    // A conflict with a merge base: the regions the user and Berth both changed, differently.
    // Empty for a conflict without a base (a file Berth never wrote, a project from before the
    // bases were kept) and for a file whose only difference is the user's edits.
    QList<MergeConflict> conflicts;

    // What writing this file puts on disk.
    const QByteArray &toWrite() const { return status == WriteStatus::Merged ? merged : generated; }
};

struct WriteOptions
{
    bool force = false;  // replace conflicting files too (after backing them up)
    QStringList only;    // write just these paths; empty: all
};

struct WriteResult
{
    bool ok = false;
    QStringList written;   // paths written, relative
    QStringList merged;    // those of them written as a merge with the user's edits
    QStringList backups;   // backup files made, relative to the project folder
    QStringList conflicts; // paths refused (without force) or replaced (with force)
    QStringList notBerths; // the conflicts Berth never wrote: the project's own files
    QString error;         // one line when !ok
    QStringList warnings;  // one line each: things that did not stop the write
};

// The files of one generated setup, in a stable order. Writing keeps .berth/manifest.json in the
// project: the SHA-256 of every file as Berth last wrote it, which is how a later run tells a
// file the user edited from one only Berth touched; and under .berth/base/ the content itself
// (filesetbase.h), the base of a three-way merge that keeps the user's edits when the setup
// changes: an edited file merges (Merged) or, where both changed the same lines, is a conflict.
class FileSet
{
public:
    static QString manifestPath() { return Manifest::relativePath(); }
    static QString backupFolder() { return QStringLiteral(".berth/backups"); }

    void add(GeneratedFile file);
    void addWarning(const QString &warning) { m_warnings.append(warning); }
    // What generate() found out and the user should know, without anything being wrong (the
    // packages' layout and what the image installs).
    void addNote(const QString &note) { m_notes.append(note); }

    QList<GeneratedFile> files() const { return m_files; }
    const GeneratedFile *file(const QString &path) const;
    QStringList paths() const;
    // Things the user should know that are not errors (an existing pyproject pytest config that
    // pytest.ini now overrides, a database user that differs from the existing volume's, ...).
    QStringList warnings() const { return m_warnings; }
    QStringList notes() const { return m_notes; }

    QList<PlannedFile> plan(const QString &dir) const;
    WriteResult write(const QString &dir, const WriteOptions &options = {}) const;

private:
    QList<GeneratedFile> m_files;
    QStringList m_warnings;
    QStringList m_notes;
};

} // namespace Berth
