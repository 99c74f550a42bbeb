#include "announce.h"

#include <QAccessible>
#include <QString>

namespace Berth {

void announce(QObject *source, const QString &message, bool assertive)
{
    if (message.isEmpty() || !QAccessible::isActive())
        return;
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QAccessibleAnnouncementEvent event(source, message);
    event.setPoliteness(assertive ? QAccessible::AnnouncementPoliteness::Assertive
                                  : QAccessible::AnnouncementPoliteness::Polite);
    QAccessible::updateAccessibility(&event);
#else
    Q_UNUSED(source)
    Q_UNUSED(assertive)
#endif
}

} // namespace Berth
