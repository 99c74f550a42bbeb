#pragma once

#include "generate/fileset.h"
#include "project/specerror.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Berth {

// A file of a project's setup that Berth wrote, found from its path: the folder with berth.yaml
// above it, the path relative to that folder and its role. Only such a file, in a project whose
// berth.yaml is there and valid, takes a value edit as a spec change.
struct BerthSetupFile
{
    QString projectDir;
    QString path; // relative, '/' separators
    FileRole role = FileRole::Text;
};
std::optional<BerthSetupFile> berthSetupFile(const QString &filePath);

// One file of a spec change: what is on disk and what it will hold.
struct SpecChangeFile
{
    QString path;
    WriteStatus status = WriteStatus::Changed; // Conflict: edited since Berth wrote it (or not Berth's)
    bool notBerths = false;
    bool secret = false; // its content is never shown
    QByteArray before;
    QByteArray after;
    // A conflict is replaced only when the user says so; every other status is written.
    bool writtenByDefault() const { return status != WriteStatus::Conflict; }
};

// A change of one berth.yaml value, planned: berth.yaml as a minimal text edit (its comments
// stay), and every setup file the generator writes differently from the new spec. Nothing is
// written until applySpecChange.
struct SpecChange
{
    enum class Failure { None, NotAProject, InvalidKey, InvalidValue, Failed };

    Failure failure = Failure::None;
    QString error; // one line when failed: names the key, the value and what is allowed
    QList<SpecError> specErrors;

    QString projectDir;
    QString key;      // app_server.port
    QString oldValue; // as the spec had it (its default when berth.yaml leaves it out)
    QString newValue;
    QByteArray specBefore; // berth.yaml
    QByteArray specAfter;
    QList<SpecChangeFile> files; // the generated files that change, in the generator's order
    FileSet fileSet;             // the whole setup from the new spec

    bool ok() const { return failure == Failure::None; }
    bool changesAnything() const { return specBefore != specAfter || !files.isEmpty(); }
    QStringList conflicts() const;
    // One unified diff across berth.yaml and every changed file (with the conflicts when
    // withConflicts); a secret file is one line saying it changes, never its content.
    QString diff(bool withConflicts = true) const;
};

SpecChange planSpecChange(const QString &projectDir, const QString &key, const QString &value);

struct SpecChangeResult
{
    bool ok = false;
    QString error;
    QStringList written; // relative paths, berth.yaml included
    QStringList backups;
};

// Writes the change: the setup files through FileSet::write (backups, the manifest, each file
// atomically), the conflicts only when named in replaceConflicts, and berth.yaml atomically.
// Refuses, writing nothing, when berth.yaml or a file changed on disk since the plan.
SpecChangeResult applySpecChange(const SpecChange &change, const QStringList &replaceConflicts = {});

} // namespace Berth
