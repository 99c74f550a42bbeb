#pragma once

#include <QString>

namespace Berth {

class SyntaxEngine;

// The syntax highlighting plugin, loaded once, on the first call: the main window asks for it
// just after its first paint, and anything that needs it earlier (an editor, the theme menu)
// loads it then, synchronously. Searched in $BERTH_PLUGIN_PATH (a list, if set), then
// <application dir>/plugins (the build tree), then <application dir>/../lib/berth (installed).
// Null when it cannot be loaded: editors then show plain text, and syntaxEngineProblem() says
// why. Never unloaded.
SyntaxEngine *syntaxEngine();
// True once syntaxEngine() has loaded the plugin (does not try to load it).
bool syntaxEngineLoaded();
// Why the plugin could not be loaded (the folders searched, QPluginLoader's error); empty when it
// was loaded or has not been tried.
QString syntaxEngineProblem();

} // namespace Berth
