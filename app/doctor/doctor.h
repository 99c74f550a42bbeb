#pragma once

#include "config/composemodel.h"
#include "config/textedit.h"
#include "docker/engineports.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Berth::Doctor {

// A safe one-click repair: edits of one file, shown as a diff before they are made.
struct Fix {
    QString file; // relative to the project folder
    QList<Config::TextEdit> edits;
    QString summary;
    QString original; // the file's text the edits were made for (diagnose() fills it in)

    QString result() const { return Config::applied(original, edits); }
};

// One thing wrong across the setup's files, with what it means and, where there is a safe
// one, its fix.
struct Problem {
    enum class Severity { Error, Warning };

    QString id;    // stable: healthy-without-healthcheck, port-open-while-debug, …
    Severity severity = Severity::Warning;
    QString file;  // relative to the project folder
    int line = 0;
    QString title;
    QString explanation;
    QList<Fix> fixes; // empty: no safe fix; the explanation says what to do
};

// The setup's files as the doctor reads them: each file's path (relative) and text.
struct SetupFiles {
    QString projectDir;
    QString compose;       // path of the compose file ("" when there is none)
    QString composeText;
    QString overrideFile;  // the development override, when there is one
    QString overrideText;
    QString uwsgiIni, uwsgiText;
    QString nginxSite, nginxText;

    // berth.yaml's files when the folder has one, else the compose file Compose would pick.
    static SetupFiles read(const QString &projectDir);
};

// Every check, on these files. Read-only: fixes are proposals. ports: who holds host ports
// where the stack publishes them (a remote engine's host, asked with EnginePorts); null: this
// machine, read when a published port is to be checked.
QList<Problem> diagnose(const SetupFiles &files, const PortsInUse *ports = nullptr);

// Makes a fix: refuses when the file changed since the fix was made, keeps the old file under
// .berth/backups/doctor-<UTC time>/, writes the new one atomically. False and why otherwise.
bool applyFix(const QString &projectDir, const Fix &fix, QString *error);

// Berth's files against berth.yaml (part of diagnose): edited, stale or missing.
QList<Problem> checkBerthFiles(const QString &projectDir);

// A Python settings module's file as text (relative path).
struct SettingsText {
    QString file;
    QString text;
};
// The settings files production uses, in the order Python runs them (the last assignment of a
// name wins): berth.yaml's settings module and its docker_settings; without berth.yaml the
// module manage.py names. Only the files that exist.
QList<SettingsText> productionSettings(const QString &projectDir);
// NAME=value lines of an env file (relative to the project folder); empty when it is not there.
QHash<QString, QString> readEnvFile(const QString &projectDir, const QString &file);
// What a service's environment holds from its env_file list and environment: (values; a name
// passed from the host has an empty one).
QHash<QString, QString> serviceEnvironment(const QString &projectDir, const Config::ComposeService &service);

// The checks in their own files; merged is what compose sees (override over the main file).
QList<Problem> checkStaticRoot(const SetupFiles &files, const Config::ComposeModel &merged);   // staticroot.cpp
QList<Problem> checkDatabaseEnv(const SetupFiles &files, const Config::ComposeModel &merged);  // databaseenv.cpp
QList<Problem> checkSecretKeyInRepo(const SetupFiles &files, const Config::ComposeModel &merged); // secretkey.cpp
QList<Problem> checkHostPortsTaken(const SetupFiles &files, const Config::ComposeModel &merged,
                                   const PortsInUse *ports = nullptr); // hostports.cpp

} // namespace Berth::Doctor
