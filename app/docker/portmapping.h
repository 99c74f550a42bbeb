#pragma once

#include <QList>
#include <QString>

namespace Berth {

// One published port of a service or container.
struct PortMapping
{
    QString hostIp;
    int published = 0; // 0: not published on the host
    int target = 0;
    QString protocol = QStringLiteral("tcp");

    bool operator==(const PortMapping &) const = default;
    // "127.0.0.1:8000->80/tcp", "8000->80/tcp", "80/tcp" (not published)
    QString toString() const;
    static QString listToString(const QList<PortMapping> &ports);
};

} // namespace Berth
