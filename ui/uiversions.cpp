#include "uiversions.h"

#include "editor/syntaxengine.h"
#include "editor/syntaxengineloader.h"

// Only the header: berth does not link KF6 SyntaxHighlighting (the highlighting plugin does), and
// --version must not load the plugin.
#include <ksyntaxhighlighting_version.h>

namespace Berth {

QString syntaxHighlightingVersion()
{
    // KF6 SyntaxHighlighting exposes only its build-time version; Berth and its plugin are built
    // against the library it ships with, so they agree. The loaded plugin's own word wins.
    if (syntaxEngineLoaded())
        return syntaxEngine()->version();
    return QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING);
}

QStringList uiVersionLines()
{
    return {QStringLiteral("KF6 SyntaxHighlighting ") + syntaxHighlightingVersion()};
}

} // namespace Berth
