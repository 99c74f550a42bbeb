#pragma once

// Pieces of generate() (generator.cpp) shared by its source files; not an interface of its own.

#include "generate/fileset.h"
#include "generate/generateoptions.h"
#include "generate/templaterenderer.h"
#include "project/projectspec.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Berth::GeneratorParts {

// The file at projectDir/path, or empty (exists false) when there is none or no projectDir.
QByteArray readIfExists(const QString &projectDir, const QString &path, bool *exists = nullptr);

struct Context
{
    const ProjectSpec &spec;
    QString projectDir;
    GenerateOptions options;
    TemplateRenderer values;
    FileSet files;

    void add(const QString &path, FileRole role, const QString &templateName, const QString &summary,
             const QStringList &corrections, bool secret = false)
    {
        GeneratedFile f;
        f.path = path;
        f.role = role;
        f.content = values.render(templateName).toUtf8();
        f.summary = summary;
        f.correctionIds = corrections;
        f.secret = secret;
        files.add(f);
    }
};

// True when a plain `docker compose` (no -f, no COMPOSE_FILE) loads exactly these files.
bool plainComposeLoads(const QStringList &files);
// existing .gitignore text plus the secrets files and Berth's backups, when missing.
QByteArray mergedGitIgnore(const QByteArray &existing, const QStringList &secretFiles);
// The database secrets file, with the kept or a fresh password.
void addSecrets(Context &c);
// .env with COMPOSE_FILE when a plain `docker compose` would not find Berth's files by itself.
void addComposeEnv(Context &c);
// Django's SECRET_KEY file, generated once and kept.
void addDjangoSecrets(Context &c);

} // namespace Berth::GeneratorParts
