#pragma once

#include "generate/generatedfile.h"

#include <QList>
#include <QString>

namespace Berth {

struct SetupFileEntry {
    QString relativePath;   // '/' separators, relative to the project folder
    QString definitionName; // KSyntaxHighlighting definition for the file's role
    FileRole role = FileRole::Text;
};

// The groups of the file list, in their order.
enum class SetupFileGroup { Docker, WebServer, AppServer, Tests, Database, Project };
SetupFileGroup setupFileGroup(const SetupFileEntry &entry);
QString setupFileGroupTitle(SetupFileGroup group);

// The files of a Docker setup that exist in dir, in the order the file list shows them: those of
// the setup its berth.yaml describes, or the usual names when it has none.
QList<SetupFileEntry> setupFilesIn(const QString &dir);

// The syntax definition for a setup file, chosen by its role in the setup rather than by the
// file name alone (data/nginx/app.conf is an nginx site, which by name would be TOML).
QString definitionNameForSetupFile(const QString &relativePath);
QString definitionNameForGeneratedFile(const GeneratedFile &file);
QString definitionNameForRole(FileRole role, const QString &relativePath);

} // namespace Berth
