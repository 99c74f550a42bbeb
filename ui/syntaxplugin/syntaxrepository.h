#pragma once

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Theme>

#include <QString>

namespace KSyntaxHighlighting {
class Repository;
}

namespace Berth {

// The application's one KSyntaxHighlighting repository (loading it parses every definition's
// header; doing that per editor would cost tens of milliseconds each time).
KSyntaxHighlighting::Repository &syntaxRepository();

// Definition by name ("Dockerfile", "YAML", "nginx Configuration", "INI Files", "Env File"...);
// an invalid definition (plain text) when the name is unknown.
KSyntaxHighlighting::Definition definitionByName(const QString &name);

// The theme for a stored theme name; an empty name means "follow the palette" (light or dark).
KSyntaxHighlighting::Theme themeByName(const QString &name);

} // namespace Berth
