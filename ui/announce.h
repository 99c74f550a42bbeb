#pragma once

class QObject;
class QString;

namespace Berth {

// Tells a screen reader what just changed where the focus is not (a validation message under a
// field, the result of a test run), without moving the focus: a QAccessibleAnnouncementEvent
// from Qt 6.8 on, nothing with an older Qt. Assertive interrupts what is being read.
void announce(QObject *source, const QString &message, bool assertive = false);

} // namespace Berth
