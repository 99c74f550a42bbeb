#include "announce.h"

#include <QAccessible>
#include <QString>

namespace Berth {

void announce(QObject *source, const QString &message, bool assertive)
{
    // Not gated on QAccessible::isActive(): the platform's bridge drops the event when no
    // assistive tool listens, and an installed update handler (tests) still sees it.
    if (message.isEmpty())
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
