#include "portmapping.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace Berth {

QString PortMapping::toString() const
{
    const QString tail = QString::number(target) + u'/' + protocol;
    if (published <= 0)
        return tail;
    const QString host = (hostIp.isEmpty() || hostIp == "0.0.0.0"_L1) ? QString() : hostIp + u':';
    return host + QString::number(published) + "->"_L1 + tail;
}

QString PortMapping::listToString(const QList<PortMapping> &ports)
{
    QStringList parts;
    for (const PortMapping &port : ports) {
        const QString text = port.toString();
        if (!parts.contains(text))
            parts.append(text);
    }
    return parts.join(", "_L1);
}

} // namespace Berth
