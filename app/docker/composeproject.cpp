#include "composeproject.h"

#include <QFileInfo>

namespace Berth {

QString ComposeProject::nameFromDirectory(const QString &directory)
{
    const QString base = QFileInfo(directory).fileName().toLower();
    QString name;
    for (const QChar c : base) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || ((c == u'-' || c == u'_') && !name.isEmpty()))
            name.append(c);
    }
    return name.isEmpty() ? QStringLiteral("project") : name;
}

} // namespace Berth
