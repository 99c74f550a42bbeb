#include "containerstatus.h"

#include "jsonobjects.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Berth {

namespace {

ContainerStatus fromObject(const QJsonObject &object)
{
    ContainerStatus status;
    status.id = object.value("ID"_L1).toString();
    status.name = object.value("Name"_L1).toString();
    status.service = object.value("Service"_L1).toString();
    status.state = object.value("State"_L1).toString();
    status.health = object.value("Health"_L1).toString();
    status.status = object.value("Status"_L1).toString();
    status.exitCode = object.value("ExitCode"_L1).toInt();
    for (const QJsonValue &value : object.value("Publishers"_L1).toArray()) {
        const QJsonObject p = value.toObject();
        PortMapping port;
        port.hostIp = p.value("URL"_L1).toString();
        port.published = p.value("PublishedPort"_L1).toInt();
        port.target = p.value("TargetPort"_L1).toInt();
        port.protocol = p.value("Protocol"_L1).toString(u"tcp"_s);
        status.ports.append(port);
    }
    return status;
}

} // namespace

QList<ContainerStatus> ContainerStatus::parseList(const QByteArray &data, QStringList *warnings)
{
    const JsonObjects parsed = JsonObjects::parse(data);
    QList<ContainerStatus> result;
    result.reserve(parsed.objects.size());
    for (const QJsonObject &object : parsed.objects)
        result.append(fromObject(object));
    if (warnings) {
        for (const QString &skipped : parsed.skipped)
            warnings->append(u"ps: skipped %1"_s.arg(skipped));
    }
    return result;
}

} // namespace Berth
