#include "generate/appendedblock.h"

namespace Berth {

QString withAppendedBlock(QString text, const QString &comment, const QStringList &lines)
{
    if (!text.isEmpty() && !text.endsWith(u'\n'))
        text += u'\n';
    if (!text.isEmpty())
        text += u'\n';
    return text + u"# " + comment + u'\n' + lines.join(u'\n') + u'\n';
}

} // namespace Berth
