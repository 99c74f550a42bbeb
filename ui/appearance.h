#pragma once

#include <QString>

namespace Berth {

// Light or dark colours for the whole application. Platforms with a system colour scheme
// (macOS, Windows, Plasma, GNOME) are followed by default; this forces one, with the Fusion
// style so that the palette is honoured everywhere.
enum class ColorScheme { System, Light, Dark };

ColorScheme colorSchemeFromString(const QString &name, bool *ok = nullptr);
void applyColorScheme(ColorScheme scheme);

} // namespace Berth
