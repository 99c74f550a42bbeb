#pragma once

#include "portmapping.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace Berth {

struct ServiceDefinition
{
    QString name;
    QString image;
    bool hasBuild = false;
    bool hasHealthcheck = false;
    QList<PortMapping> ports;
    QStringList profiles;
    // Bind mounts as host folder -> container folder (to find a project file inside a container).
    QList<std::pair<QString, QString>> bindMounts;

    // The container path of a host path under one of the bind mounts, or "" when not mounted.
    QString containerPath(const QString &hostPath) const;

    bool operator==(const ServiceDefinition &) const = default;
};

// The effective project model from `docker compose config --format json`: overrides, profiles,
// merge keys and interpolation already applied by Compose itself.
struct ComposeConfig
{
    QString name;
    QList<ServiceDefinition> services; // in name order, as Compose prints them
    QStringList volumes;               // the engine's names of the project's named volumes
    QStringList volumeKeys;            // the names in the compose file

    QStringList serviceNames() const;
    const ServiceDefinition *service(const QString &name) const;

    // Returns false and sets *error when data is not a compose config object.
    static bool parse(const QByteArray &data, ComposeConfig *config, QString *error);
};

} // namespace Berth
