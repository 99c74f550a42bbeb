#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Berth {

// What a generated file is, so the editor can pick a syntax and the wizard a label.
enum class FileRole {
    Dockerfile,
    Compose,
    NginxSite,
    UwsgiIni,
    PytestIni,
    EnvFile,
    DockerIgnore,
    GitIgnore,
    Requirements,
    Python,
    Spec,
    Text,
};

struct GeneratedFile
{
    QString path;              // relative to the project folder, '/' separators
    QByteArray content;        // UTF-8, LF line endings
    FileRole role = FileRole::Text;
    bool secret = false;       // written with mode 0600, never shown in logs
    QStringList correctionIds; // the corrections of the article this file carries (corrections())
    QString summary;           // one line: what the file is for
    // Files Berth merges into (requirements.txt, .gitignore) hold the user's lines plus Berth's.
    // mergedFrom is what was on disk when generate() read it: replacing exactly that loses nothing,
    // so it is a change, not a conflict.
    bool merged = false;
    QByteArray mergedFrom;
};

} // namespace Berth
