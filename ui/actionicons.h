#pragma once

#include <QIcon>
#include <QString>

namespace Berth {

// Berth's own action icons, drawn as vector shapes at whatever size is asked for, in the
// palette's text colour (so dark and high-contrast themes keep them readable) and the same on
// every platform, with no icon theme or image plugin needed. Named by the actions' stable names
// (stack_up, service_stop, chore_tests, …); an unknown name gives a null icon.
QIcon actionIcon(const QString &actionName);

} // namespace Berth
