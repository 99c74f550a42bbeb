#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Berth {

// A requirement the Docker setup needs, and the names that already satisfy it
// (psycopg is satisfied by psycopg2 or psycopg2-binary too).
struct NeededRequirement
{
    QString line;             // what Berth adds: "pytest-django>=4.5"
    QStringList satisfiedBy;  // normalised distribution names
    QString why;              // a comment for the added line
};

// The normalised distribution name a requirements line is about ("Django[argon2]==4.2 ; ..." ->
// "django"); empty for comments, options (-r, -e, --hash ...) and blank lines.
QString requirementName(const QString &line);

// existing plus the needed lines whose names are missing, appended in one commented block.
// Never touches an existing line, so a user's pins stay; CRLF and a bare CR become LF. added receives the
// lines that were appended.
// alsoInstalled: the files existing includes (-r), whose names count as present too.
QByteArray mergeRequirements(const QByteArray &existing, const QList<NeededRequirement> &needed,
                             QStringList *added = nullptr, const QByteArray &alsoInstalled = {});

// The files a pip install of file reads: file itself, then every file it includes with -r /
// --requirement / -c / --constraint, recursively (paths relative to the including file, as pip
// resolves them), relative to dir with '/' separators. An include that is missing, outside dir
// or not a plain path is appended to problems, one line each, and not followed.
QStringList requirementsFiles(const QString &dir, const QString &file, QStringList *problems);

} // namespace Berth
