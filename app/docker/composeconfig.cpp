#include "composeconfig.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Berth {

namespace {

int portNumber(const QJsonValue &value)
{
    // Compose prints "published" as a string ("8000") and "target" as a number.
    if (value.isDouble())
        return value.toInt();
    return value.toString().toInt();
}

} // namespace

QString ServiceDefinition::containerPath(const QString &hostPath) const
{
    const QString clean = QDir::cleanPath(hostPath);
    for (const auto &[source, target] : bindMounts) {
        const QString from = QDir::cleanPath(source);
        if (clean == from)
            return target;
        if (clean.startsWith(from + u'/'))
            return QDir::cleanPath(target + clean.mid(from.size()));
    }
    return {};
}

QStringList ComposeConfig::serviceNames() const
{
    QStringList names;
    for (const ServiceDefinition &service : services)
        names.append(service.name);
    return names;
}

const ServiceDefinition *ComposeConfig::service(const QString &name) const
{
    for (const ServiceDefinition &service : services) {
        if (service.name == name)
            return &service;
    }
    return nullptr;
}

bool ComposeConfig::parse(const QByteArray &data, ComposeConfig *config, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = u"compose config is not JSON: %1 at offset %2"_s.arg(parseError.errorString()).arg(parseError.offset);
        return false;
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || !root.value("services"_L1).isObject()) {
        if (error)
            *error = u"compose config has no services object"_s;
        return false;
    }
    ComposeConfig result;
    result.name = root.value("name"_L1).toString();
    const QJsonObject services = root.value("services"_L1).toObject();
    for (auto it = services.begin(); it != services.end(); ++it) {
        const QJsonObject object = it.value().toObject();
        ServiceDefinition service;
        service.name = it.key();
        service.image = object.value("image"_L1).toString();
        service.hasBuild = object.contains("build"_L1);
        const QJsonObject health = object.value("healthcheck"_L1).toObject();
        service.hasHealthcheck = !health.isEmpty() && !health.value("disable"_L1).toBool();
        for (const QJsonValue &port : object.value("ports"_L1).toArray()) {
            const QJsonObject p = port.toObject();
            PortMapping mapping;
            mapping.hostIp = p.value("host_ip"_L1).toString();
            mapping.published = portNumber(p.value("published"_L1));
            mapping.target = portNumber(p.value("target"_L1));
            mapping.protocol = p.value("protocol"_L1).toString(u"tcp"_s);
            service.ports.append(mapping);
        }
        for (const QJsonValue &volume : object.value("volumes"_L1).toArray()) {
            const QJsonObject v = volume.toObject();
            if (v.value("type"_L1).toString() == "bind"_L1)
                service.bindMounts.append({v.value("source"_L1).toString(), v.value("target"_L1).toString()});
        }
        for (const QJsonValue &profile : object.value("profiles"_L1).toArray())
            service.profiles.append(profile.toString());
        result.services.append(service);
    }
    const QJsonObject volumes = root.value("volumes"_L1).toObject();
    for (auto it = volumes.begin(); it != volumes.end(); ++it) {
        const QJsonObject volume = it.value().toObject();
        if (volume.value("external"_L1).toBool())
            continue; // `down --volumes` leaves external volumes alone
        result.volumeKeys.append(it.key());
        const QString engineName = volume.value("name"_L1).toString();
        result.volumes.append(engineName.isEmpty() ? result.name + u'_' + it.key() : engineName);
    }
    *config = result;
    return true;
}

} // namespace Berth
