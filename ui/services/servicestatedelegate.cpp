#include "servicestatedelegate.h"

#include "models/servicemodel.h"
#include "palettecolours.h"
#include "servicecolumns.h"

#include <QPainter>
#include <QPixmap>
#include <QStyle>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace Berth {

ServiceStateDelegate::Tone ServiceStateDelegate::tone(const QString &state, const QString &health, int exitCode)
{
    if (health == "unhealthy"_L1 || state == "dead"_L1 || (state == "exited"_L1 && exitCode != 0))
        return Tone::Bad;
    if (state == "restarting"_L1 || state == "created"_L1 || state == "removing"_L1 || health == "starting"_L1)
        return Tone::Busy;
    if (state == "running"_L1)
        return Tone::Good;
    return Tone::Idle; // exited 0, paused, not created
}

QColor ServiceStateDelegate::colour(Tone tone, const QPalette &palette)
{
    switch (tone) {
    case Tone::Good:
        return successText(palette);
    case Tone::Busy:
        return warningText(palette);
    case Tone::Bad:
        return errorText(palette);
    case Tone::Idle:
        break;
    }
    return palette.color(QPalette::Disabled, QPalette::Text);
}

QIcon ServiceStateDelegate::dot(const QColor &colour, int size, qreal devicePixelRatio)
{
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(0.5, 0.5, size - 1.0, size - 1.0));
    return QIcon(pixmap);
}

void ServiceStateDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const Tone t = tone(index.data(ServiceModel::StateRole).toString(), index.data(ServiceModel::HealthRole).toString(),
                        index.data(ServiceModel::ExitCodeRole).toInt());
    // In a narrow table the health follows the state: "running · healthy".
    const QString health = index.data(ServiceModel::HealthRole).toString();
    if (!health.isEmpty() && ServiceColumns::healthInState(qobject_cast<const QTableView *>(option->widget)))
        option->text = tr("%1 · %2", "a service's state, then its health").arg(option->text, health);
    // A dot the height of the text's x.
    const int size = qMax(6, option->fontMetrics.height() / 2);
    option->icon = dot(colour(t, option->palette), size, option->widget ? option->widget->devicePixelRatioF() : 1.0);
    option->decorationSize = QSize(size, size);
    option->features |= QStyleOptionViewItem::HasDecoration;
}

void ServicePortsDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(ServiceModel::PublishedPortRole).toInt() <= 0)
        return;
    // Only the host ports where the whole text does not fit: ":8000" rather than "127.0.0.1:8…".
    const int room = option->rect.width() - 2 * (option->widget ? option->widget->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, option->widget) + 1 : 4);
    if (option->rect.width() > 0 && option->fontMetrics.horizontalAdvance(option->text) > room)
        option->text = ServiceColumns::compactPorts(option->text);
    option->font.setUnderline(true);
    option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Link));
}

} // namespace Berth
