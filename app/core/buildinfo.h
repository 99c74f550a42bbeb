#pragma once

#include <QString>

namespace Berth {

// Versions of Berth and of the libraries the core runs with, for --version and the About dialog.
QString applicationVersion();
QString qtRuntimeVersion();
QString yamlCppVersion();

} // namespace Berth
