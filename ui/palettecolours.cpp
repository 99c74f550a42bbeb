#include "palettecolours.h"

namespace Berth {

namespace {

QColor mix(const QColor &a, const QColor &b, double amount)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * amount),
                            float(a.greenF() + (b.greenF() - a.greenF()) * amount),
                            float(a.blueF() + (b.blueF() - a.blueF()) * amount));
}

} // namespace

QColor attentionBackground(const QPalette &palette)
{
    return mix(palette.color(QPalette::Window), palette.color(QPalette::Highlight), 0.22);
}

QColor errorText(const QPalette &palette)
{
    // Red with the text colour's lightness (kept away from black and white, which have no hue).
    const int lightness = qBound(90, palette.color(QPalette::Text).lightness(), 200);
    return QColor::fromHsl(0, 200, lightness);
}

QColor warningText(const QPalette &palette)
{
    const int lightness = qBound(90, palette.color(QPalette::Text).lightness(), 200);
    return QColor::fromHsl(38, 220, lightness);
}

QColor successText(const QPalette &palette)
{
    const int lightness = qBound(80, palette.color(QPalette::Text).lightness(), 180);
    return QColor::fromHsl(130, 160, lightness);
}

QColor matchBackground(const QPalette &palette, bool current)
{
    QColor colour = palette.color(QPalette::Highlight);
    colour.setAlpha(current ? 170 : 90);
    return colour;
}

} // namespace Berth
