#pragma once

#include <QIcon>

#include <functional>

class QColor;
class QPainter;

namespace Berth {

// Draws a glyph in a 24×24 box with the given colour.
using GlyphDrawer = std::function<void(QPainter &painter, const QColor &colour)>;

// An icon drawn by draw as vector shapes at whatever size and device pixel ratio is asked for (so
// it is as sharp at scale 2 as at 1), in the palette's button-text colour (highlighted text when
// selected, the disabled colour when disabled), the same on every platform with no icon theme or
// image plugin.
QIcon glyphIcon(GlyphDrawer draw);

} // namespace Berth
