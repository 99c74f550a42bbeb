#pragma once

#include "generate/generatedfile.h"
#include "project/projectspec.h"

#include <QList>
#include <QString>

namespace Berth {

struct GeneratedPath
{
    QString path; // relative to the project folder, '/' separators
    FileRole role = FileRole::Text;
};

// The files generate(spec, ...) writes, in its order, without rendering, reading or making a
// password: for listing a project's setup. Without a project folder generate() writes exactly
// these; in one it may leave out a file the project has of its own (a compose file, Dockerfile,
// pytest.ini or .env Berth never wrote). A unit test keeps the two in step.
QList<GeneratedPath> generatedPaths(const ProjectSpec &spec);

} // namespace Berth
