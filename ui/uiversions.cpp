#include "uiversions.h"

#include <ksyntaxhighlighting_version.h>

namespace Berth {

QString syntaxHighlightingVersion()
{
    // KF6 SyntaxHighlighting exposes only its build-time version; Berth is built against the
    // library it ships with, so the two agree.
    return QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING);
}

QStringList uiVersionLines()
{
    return {QStringLiteral("KF6 SyntaxHighlighting ") + syntaxHighlightingVersion()};
}

} // namespace Berth
