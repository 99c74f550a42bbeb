#pragma once

#include <QColor>
#include <QPalette>

namespace Berth {

// Colours for states (a problem, a search match, an error) made from the widget's palette, so
// they follow light, dark and high-contrast themes instead of assuming a white background.

// The background of a notice that wants attention: the window colour tinted with the highlight.
QColor attentionBackground(const QPalette &palette);
// Text that reports an error: red, as light or dark as the text colour, so it keeps its contrast.
QColor errorText(const QPalette &palette);
// A warning's mark: amber, as light or dark as the text colour.
QColor warningText(const QPalette &palette);
// A good state's mark (running and healthy): green, as light or dark as the text colour.
QColor successText(const QPalette &palette);
// A search match's background; the current match is stronger.
QColor matchBackground(const QPalette &palette, bool current);

} // namespace Berth
