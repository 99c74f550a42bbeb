#include "containerstatus.h"

#include <QJsonArray>
#include <QJsonDocument>
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
    QList<ContainerStatus> result;
    const QByteArray trimmed = data.trimmed();
    if (trimmed.startsWith('[')) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(trimmed, &error);
        if (error.error == QJsonParseError::NoError && document.isArray()) {
            for (const QJsonValue &value : document.array()) {
                if (value.isObject())
                    result.append(fromObject(value.toObject()));
                else if (warnings)
                    warnings->append(u"ps: skipped an array element that is not an object"_s);
            }
            return result;
        }
        if (warnings)
            warnings->append(u"ps: array output is not valid JSON: %1"_s.arg(error.errorString()));
        return result;
    }
    for (const QByteArray &line : trimmed.split('\n')) {
        const QByteArray text = line.trimmed();
        if (text.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(text, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            if (warnings)
                warnings->append(u"ps: skipped a line that is not a JSON object: %1"_s.arg(QString::fromUtf8(text.left(120))));
            continue;
        }
        result.append(fromObject(document.object()));
    }
    return result;
}

} // namespace Berth
