#pragma once

#include "portmapping.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Berth {

// One container of the project as `docker compose ps --format json` reports it.
struct ContainerStatus
{
    QString id;
    QString name;
    QString service;
    QString state;  // created, running, paused, restarting, exited, dead, removing
    QString health; // "", starting, healthy, unhealthy
    QString status; // the human text: "Up 3 seconds (healthy)"
    int exitCode = 0;
    QList<PortMapping> ports;

    bool operator==(const ContainerStatus &) const = default;

    // Accepts both shapes Compose has printed: one JSON object per line (2.21 and later) and a
    // single JSON array (before, docker/compose #10958). Lines that are not JSON objects are
    // skipped and described in *warnings.
    static QList<ContainerStatus> parseList(const QByteArray &data, QStringList *warnings = nullptr);
};

} // namespace Berth
