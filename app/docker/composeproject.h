#pragma once

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

    bool isValid() const { return !composeFile.isEmpty() && !directory.isEmpty() && !name.isEmpty(); }
    // -f FILE --project-directory DIR -p NAME, then arguments.
    QStringList arguments(const QStringList &arguments) const
    {
        return QStringList{QStringLiteral("-f"), composeFile, QStringLiteral("--project-directory"), directory,
                           QStringLiteral("-p"), name}
            + arguments;
    }
    // A compose project name: lower-case letters, digits, '-' and '_', starting with a letter or
    // digit (what Compose accepts); derived from a folder name.
    static QString nameFromDirectory(const QString &directory);
    // The compose file Compose itself would pick in directory (compose.yaml, compose.yml,
    // docker-compose.yaml, docker-compose.yml), or "".
    static QString findComposeFile(const QString &directory);
    // The project in directory: its compose file, and the file's top-level `name:` or else a
    // name made from the folder's. Invalid when there is no compose file.
    static ComposeProject discover(const QString &directory);
};

} // namespace Berth
