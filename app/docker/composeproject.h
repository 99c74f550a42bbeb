#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Berth {

// Which compose project a command is about. Every compose call passes all three, so Compose
// neither searches parent folders for a file nor takes COMPOSE_* from the environment.
struct ComposeProject
{
    QString composeFile;
    QString directory;
    QString name;
    // Files layered over composeFile, in order (the development override). Passing -f turns off
    // Compose's own pick-up of docker-compose.override.yml, so Berth names it itself.
    QStringList overrideFiles = {};

    bool isValid() const { return !composeFile.isEmpty() && !directory.isEmpty() && !name.isEmpty(); }
    // -f FILE [-f OVERRIDE...] --project-directory DIR -p NAME, then arguments.
    QStringList arguments(const QStringList &arguments) const
    {
        QStringList result{QStringLiteral("-f"), composeFile};
        for (const QString &file : overrideFiles)
            result << QStringLiteral("-f") << file;
        result << QStringLiteral("--project-directory") << directory << QStringLiteral("-p") << name;
        return result + arguments;
    }
    // The same project without its overrides: the production configuration.
    ComposeProject withoutOverrides() const
    {
        ComposeProject p = *this;
        p.overrideFiles.clear();
        return p;
    }
    // A compose project name: lower-case letters, digits, '-' and '_', starting with a letter or
    // digit (what Compose accepts); derived from a folder name.
    static QString nameFromDirectory(const QString &directory);
    // The compose file Compose itself would pick in directory (compose.yaml, compose.yml,
    // docker-compose.yaml, docker-compose.yml), or "".
    static QString findComposeFile(const QString &directory);
    // The project in directory. With a valid berth.yaml: its compose files and project name.
    // Otherwise the compose file Compose would pick, the override file next to it that Compose
    // would add (compose.override.yaml, docker-compose.override.yml, ...), and the file's
    // top-level `name:` or else a name made from the folder's. Invalid when there is no compose file.
    static ComposeProject discover(const QString &directory);
    // The top-level `name:` of a compose file's text, or "" when it has none, it is interpolated
    // (${...}) or the text is not YAML.
    static QString nameInComposeFile(const QByteArray &yaml);
};

} // namespace Berth
