#include "setupfiles.h"

#include "generate/generatedpaths.h"
#include "project/projectspec.h"
#include "project/specfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Berth {

namespace {

// The role a file plays in the setup, from its path alone: for a project without a readable
// berth.yaml (which says each file's role) and for files opened by hand. Text when no role fits.
FileRole roleFromPath(const QString &relativePath)
{
    const QString name = QFileInfo(relativePath).fileName();
    const QString dir = QFileInfo(relativePath).path();
    if (name == "berth.yaml"_L1)
        return FileRole::Spec;
    if (name == "Dockerfile"_L1 || name.startsWith("Dockerfile."_L1) || name == "Containerfile"_L1)
        return FileRole::Dockerfile;
    if (name.endsWith(".yml"_L1) || name.endsWith(".yaml"_L1))
        return FileRole::Compose;
    if (name.endsWith(".conf"_L1) && (dir.contains("nginx"_L1) || name.contains("nginx"_L1)))
        return FileRole::NginxSite;
    if (name == "uwsgi.ini"_L1)
        return FileRole::UwsgiIni;
    if (name == "pytest.ini"_L1)
        return FileRole::PytestIni;
    if (name.endsWith(".ini"_L1) || name == "setup.cfg"_L1)
        return FileRole::Text; // another INI file (definitionNameForSetupFile), even in postgres/
    if (name == ".env"_L1 || name.endsWith("_env"_L1) || name.endsWith(".env"_L1) || dir.endsWith("postgres"_L1))
        return FileRole::EnvFile;
    if (name == ".dockerignore"_L1)
        return FileRole::DockerIgnore;
    if (name == ".gitignore"_L1)
        return FileRole::GitIgnore;
    if (name == "requirements.txt"_L1)
        return FileRole::Requirements;
    if (name.endsWith(".py"_L1))
        return FileRole::Python;
    return FileRole::Text;
}

// The highlighting definition of a role; empty for the roles whose files have none of their own.
QString definitionOfRole(FileRole role)
{
    switch (role) {
    case FileRole::Dockerfile:
        return u"Dockerfile"_s;
    case FileRole::Compose:
    case FileRole::Spec:
        return u"YAML"_s;
    case FileRole::NginxSite:
        return u"nginx Configuration"_s;
    case FileRole::UwsgiIni:
    case FileRole::PytestIni:
        return u"INI Files"_s;
    case FileRole::EnvFile:
        return u"Env File"_s;
    case FileRole::DockerIgnore:
    case FileRole::GitIgnore:
        return u"Git Ignore"_s;
    case FileRole::Python:
        return u"Python"_s;
    case FileRole::Requirements:
    case FileRole::Text:
        break;
    }
    return {};
}

} // namespace

QString definitionNameForSetupFile(const QString &relativePath)
{
    const QString known = definitionOfRole(roleFromPath(relativePath));
    if (!known.isEmpty())
        return known;
    const QString name = QFileInfo(relativePath).fileName();
    if (name.endsWith(".ini"_L1) || name == "setup.cfg"_L1)
        return u"INI Files"_s;
    if (name.endsWith(".toml"_L1))
        return u"TOML"_s;
    return {};
}

QString definitionNameForGeneratedFile(const GeneratedFile &file)
{
    return definitionNameForRole(file.role, file.path);
}

QString definitionNameForRole(FileRole role, const QString &relativePath)
{
    const QString known = definitionOfRole(role);
    return known.isEmpty() ? definitionNameForSetupFile(relativePath) : known;
}

QList<SetupFileEntry> setupFilesIn(const QString &dir)
{
    const QDir root(dir);
    if (QFileInfo(root.filePath(u"berth.yaml"_s)).isFile()) {
        QList<SpecError> errors;
        const ProjectSpec spec = SpecFile::read(root.filePath(u"berth.yaml"_s), &errors);
        if (errors.isEmpty() && spec.validate().isEmpty()) {
            QList<SetupFileEntry> entries;
            for (const GeneratedPath &file : generatedPaths(spec)) {
                if (QFileInfo(root.filePath(file.path)).isFile())
                    entries.append({file.path, definitionNameForRole(file.role, file.path), file.role});
            }
            return entries;
        }
    }
    QStringList candidates = {u"berth.yaml"_s,
                              u"Dockerfile"_s,
                              u"docker-compose.yml"_s,
                              u"compose.yaml"_s,
                              u"docker-compose.override.yml"_s,
                              u".dockerignore"_s,
                              u".gitignore"_s,
                              u"data/nginx/app.conf"_s,
                              u"data/postgres/database_env"_s};
    // uwsgi.ini, pytest.ini and requirements.txt live in the Django project folder, one level down.
    const QStringList subdirs = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &sub : subdirs) {
        for (const QString &file : {u"uwsgi.ini"_s, u"pytest.ini"_s, u"requirements.txt"_s}) {
            if (QFileInfo(root.filePath(sub + u'/' + file)).isFile())
                candidates.append(sub + u'/' + file);
        }
    }
    for (const QString &file : {u"requirements.txt"_s, u"pytest.ini"_s})
        candidates.append(file);

    QList<SetupFileEntry> entries;
    for (const QString &rel : std::as_const(candidates)) {
        if (!QFileInfo(root.filePath(rel)).isFile())
            continue;
        const FileRole role = roleFromPath(rel);
        const QString definition = definitionNameForRole(role, rel);
        entries.append({rel, definition, role});
    }
    return entries;
}

SetupFileGroup setupFileGroup(const SetupFileEntry &entry)
{
    switch (entry.role) {
    case FileRole::Dockerfile:
    case FileRole::Compose:
    case FileRole::DockerIgnore:
        return SetupFileGroup::Docker;
    case FileRole::NginxSite:
        return SetupFileGroup::WebServer;
    case FileRole::UwsgiIni:
        return SetupFileGroup::AppServer;
    case FileRole::PytestIni:
        return SetupFileGroup::Tests;
    case FileRole::EnvFile:
        // The database's env file; the Django secrets file belongs to the project.
        return entry.relativePath.contains("postgres"_L1) || entry.relativePath.contains("database"_L1)
                   ? SetupFileGroup::Database
                   : SetupFileGroup::Project;
    case FileRole::GitIgnore:
    case FileRole::Requirements:
    case FileRole::Python:
    case FileRole::Spec:
        return SetupFileGroup::Project;
    case FileRole::Text:
        break;
    }
    // DOCKER.md and .env (COMPOSE_FILE) are about running the containers.
    const QString name = QFileInfo(entry.relativePath).fileName();
    return name == "DOCKER.md"_L1 || name == ".env"_L1 ? SetupFileGroup::Docker : SetupFileGroup::Project;
}

QString setupFileGroupTitle(SetupFileGroup group)
{
    switch (group) {
    case SetupFileGroup::Docker:
        return QCoreApplication::translate("Berth::SetupFiles", "Docker");
    case SetupFileGroup::WebServer:
        return QCoreApplication::translate("Berth::SetupFiles", "Web server");
    case SetupFileGroup::AppServer:
        return QCoreApplication::translate("Berth::SetupFiles", "App server");
    case SetupFileGroup::Tests:
        return QCoreApplication::translate("Berth::SetupFiles", "Tests");
    case SetupFileGroup::Database:
        return QCoreApplication::translate("Berth::SetupFiles", "Database");
    case SetupFileGroup::Project:
        break;
    }
    return QCoreApplication::translate("Berth::SetupFiles", "Your project");
}

} // namespace Berth
