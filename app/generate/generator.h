#pragma once

#include "generate/fileset.h"
#include "generate/generateoptions.h"
#include "project/projectspec.h"

namespace Berth {

// The whole Docker setup for a valid spec (check spec.validate() first). Pure: reads files from
// projectDir when given (an existing requirements.txt and .gitignore are merged, an existing
// database password is kept, other pytest configurations are reported as warnings) and writes
// nothing; FileSet::write does that. Without projectDir every file is fresh, with a new password.
FileSet generate(const ProjectSpec &spec, const QString &projectDir = {});

FileSet generate(const ProjectSpec &spec, const QString &projectDir, const GenerateOptions &options);

// For a project with a Docker setup of its own (a compose file or Dockerfile Berth never wrote,
// as .berth/manifest.json knows): Berth's files under names of their own, for the keys the spec
// does not give (compose.file and override_file: berth-compose.yml and berth-compose.dev.yml;
// container.dockerfile: berth/Dockerfile), so nothing of theirs is replaced or changes meaning.
// One line per change, to show the user.
QStringList placeBesideOwnSetup(ProjectSpec &spec, const QString &projectDir);

// The Postgres major version an image tag names ("postgres:18-alpine" -> 18); 0 when the tag
// names none ("postgres", "postgres:latest"), which Berth treats as the newest (18+).
int postgresMajorVersion(const QString &image);

} // namespace Berth
