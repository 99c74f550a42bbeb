#pragma once

#include "generate/generatedfile.h"
#include "generate/requirements.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Berth {

struct ProjectSpec;

// How the image gets the project's Python packages, from django.requirements_file:
// - a requirements file (requirements.txt, with its -r / -c includes): installed with
//   `pip install -r`; Berth appends what the setup needs to it, never changing a line of yours;
// - a pip-format lock (a name ending in .lock, or pylock.toml when named): installed as it is;
//   Berth never edits it and puts its own lines into berth-requirements.txt beside it;
// - pyproject.toml: the [project] dependencies (PEP 621), read in the image with tomllib and
//   installed with pip, plus berth-requirements.txt. Not `pip install .`: that needs the code
//   before the install (every code change would reinstall everything) and a project that builds
//   as a package, which a Django project folder with several top-level packages does not.
struct InstallPlan
{
    enum class Kind { Requirements, Lock, PyProject };
    Kind kind = Kind::Requirements;
    QString source;            // the file the packages come from, relative to the project root
    bool sourceExists = false;
    QStringList includes;      // files the source includes with -r / -c, relative to project_dir
    QStringList copies;        // files copied before the install, relative to project_dir
    QStringList dependencies;  // pyproject.toml: its [project] dependencies
    QString berthFile;         // where Berth's lines go, relative to the project root
    QStringList added;         // the requirement lines Berth adds (without their comments)
    QStringList warnings;
    QString dockerCopy;        // the Dockerfile's COPY lines
    QString dockerInstall;     // the Dockerfile's RUN line(s)
    QList<GeneratedFile> files; // the requirements file Berth merges into, or berth-requirements.txt

    // One line: which layout was found and what the image installs.
    QString summary() const;
};

// What the setup needs besides the project's own packages (uwsgi comes from the Dockerfile).
QList<NeededRequirement> neededRequirements(const ProjectSpec &spec);

// The plan for spec in the project folder projectDir ("" when there is no project yet: the files
// are then taken as missing). Reads files only.
InstallPlan planInstall(const ProjectSpec &spec, const QString &projectDir);

} // namespace Berth
