#pragma once

#include <QByteArray>
#include <QString>

namespace Berth {

// A unified diff (3 lines of context, `diff -u` style headers a/PATH and b/PATH; /dev/null for a
// side that is empty because the file does not exist). Empty when before == after.
QString unifiedDiff(const QByteArray &before, const QByteArray &after, const QString &path);

} // namespace Berth
