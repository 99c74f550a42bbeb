#include "core/buildinfo.h"

#include <QtGlobal>

namespace Berth {

QString applicationVersion()
{
    return QStringLiteral(BERTH_VERSION);
}

QString qtRuntimeVersion()
{
    return QString::fromLatin1(qVersion());
}

QString yamlCppVersion()
{
    // yaml-cpp has no version macro or function; its CMake package knows it at build time.
    return QStringLiteral(BERTH_YAML_CPP_VERSION);
}

} // namespace Berth
