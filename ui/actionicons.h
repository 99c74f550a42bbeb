#pragma once

#include <QIcon>
#include <QString>
#include <QStringList>

namespace Berth {

// Berth's own action icons, drawn as vector shapes at whatever size is asked for, in the
// palette's text colour (so dark and high-contrast themes keep them readable) and the same on
// every platform, with no icon theme or image plugin needed. Named by the actions' stable names
// (stack_up, service_stop, chore_tests, …); an unknown name gives a null icon.
QIcon actionIcon(const QString &actionName);

// The verbs that have a glyph (up, stop, tests, …): actionIcon("stack_" + verb) is not null.
QStringList actionIconVerbs();

} // namespace Berth
