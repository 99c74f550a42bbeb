#pragma once

#include <QStringList>

namespace Berth {

// Version lines of the UI-side libraries (KF6 SyntaxHighlighting), for --version and About.
QString syntaxHighlightingVersion();
QStringList uiVersionLines();

} // namespace Berth
