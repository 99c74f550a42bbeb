#include "composeproject.h"

#include "project/projectspec.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <yaml-cpp/yaml.h>

namespace Berth {

QString ComposeProject::nameFromDirectory(const QString &directory)
{
    const QString base = QFileInfo(directory).fileName().toLower();
    QString name;
    for (const QChar c : base) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || ((c == u'-' || c == u'_') && !name.isEmpty()))
            name.append(c);
    }
    return name.isEmpty() ? QStringLiteral("project") : name;
}

QString ComposeProject::findComposeFile(const QString &directory)
{
    const QDir dir(directory);
    for (const char *name : {"compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml"}) {
        const QString path = dir.filePath(QString::fromLatin1(name));
        if (QFileInfo(path).isFile())
            return path;
    }
    return {};
}

ComposeProject ComposeProject::discover(const QString &directory)
{
    ComposeProject project;
    project.directory = QDir(directory).absolutePath();
    const QDir dir(project.directory);

    // Berth's own setup says exactly which files and which name.
    QFile specFile(dir.filePath(QStringLiteral("berth.yaml")));
    if (specFile.open(QIODevice::ReadOnly)) {
        QList<SpecError> errors;
        const ProjectSpec spec = ProjectSpec::fromYaml(specFile.readAll(), &errors);
        const QStringList files = spec.composeFiles();
        if (errors.isEmpty() && QFileInfo(dir.filePath(files.first())).isFile()) {
            project.composeFile = dir.filePath(files.first());
            for (const QString &file : files.mid(1)) {
                if (QFileInfo(dir.filePath(file)).isFile())
                    project.overrideFiles.append(dir.filePath(file));
            }
            project.name = spec.compose.projectName;
            return project;
        }
    }

    project.composeFile = findComposeFile(project.directory);
    if (project.composeFile.isEmpty())
        return project;
    // Compose adds FILE.override.EXT next to the file it picked when no -f is given.
    const QFileInfo picked(project.composeFile);
    const QString override = dir.filePath(picked.completeBaseName() + QStringLiteral(".override.") + picked.suffix());
    if (QFileInfo(override).isFile())
        project.overrideFiles.append(override);
    project.name = nameFromDirectory(project.directory);
    // An unreadable file still gets a name; `compose config` will say what is wrong.
    QFile composeFile(project.composeFile);
    if (composeFile.open(QIODevice::ReadOnly)) {
        const QString name = nameInComposeFile(composeFile.readAll());
        if (!name.isEmpty())
            project.name = name;
    }
    return project;
}

QString ComposeProject::nameInComposeFile(const QByteArray &yaml)
{
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        if (root.IsMap() && root["name"] && root["name"].IsScalar()) {
            const QString name = QString::fromStdString(root["name"].as<std::string>());
            // Interpolated names (${...}) are left to the folder name.
            if (!name.contains(u'$'))
                return name;
        }
    } catch (const YAML::Exception &) {
    }
    return {};
}

} // namespace Berth
