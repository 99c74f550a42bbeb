#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringView>

namespace Berth {

// What one container uses: from a line of `docker stats --format json` or a sample of the
// Engine API (EngineStats).
struct ContainerUsage
{
    double cpuPercent = 0; // of one core: 150 means one and a half cores
    qint64 memoryBytes = 0;
    qint64 memoryLimitBytes = 0;
    bool operator==(const ContainerUsage &) const = default;

    // "48.2MiB", "1.5GiB", "512kB", "0B": docker's sizes (binary units for memory, decimal for
    // some others); -1 when the text is not a size.
    static qint64 parseSize(QStringView text);
    // Takes the complete lines of data (docker stats draws a table on a terminal: its cursor and
    // erase sequences are dropped) and leaves an unfinished last line in it. The key is the
    // container's id as docker prints it (12 characters); lines that are not stats are counted
    // in *skipped.
    static QHash<QString, ContainerUsage> takeLines(QByteArray *data, int *skipped = nullptr);
};

} // namespace Berth
