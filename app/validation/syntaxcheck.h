#pragma once

#include "fileproblem.h"

#include <optional>

namespace Berth::Validation {

// Whether a file is YAML by its name (.yml, .yaml).
bool isYamlFile(const QString &path);

// The first YAML syntax error in text (yaml-cpp stops at the first one), with yaml-cpp's line
// and column, or nothing when every document in it parses. In-process and without a widget, so
// it may run on any thread: a 10,000-line compose file takes tens of milliseconds, which is why
// DocumentValidator runs it on the thread pool.
std::optional<FileProblem> yamlSyntaxProblem(const QString &file, const QString &text);

} // namespace Berth::Validation
