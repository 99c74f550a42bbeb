#pragma once

#include <QStyledItemDelegate>

namespace Berth {

// The State column of the services table: a dot before the state, in a colour made from the
// palette (so light, dark and high-contrast themes all keep it readable): green running and
// healthy (or running without a health check), amber starting or restarting, red unhealthy,
// dead or exited with an error, grey stopped or not created. The dot is never the only sign:
// the state's words stay beside it.
class ServiceStateDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    enum class Tone { Good, Busy, Bad, Idle };
    // The dot's meaning for a service's state, health and exit code.
    static Tone tone(const QString &state, const QString &health, int exitCode);
    static QColor colour(Tone tone, const QPalette &palette);
    // A round dot of size pixels in colour, drawn at the device's scale (round on HiDPI).
    static QIcon dot(const QColor &colour, int size, qreal devicePixelRatio);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

// The Ports column: a service's published ports look like a link (the palette's link colour,
// underlined); a click opens the first one in the browser (ServicesPanel).
class ServicePortsDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Berth
