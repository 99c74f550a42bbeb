#pragma once

#include <QList>
#include <QString>

namespace Berth {

// One line of `docker compose logs`, as the CLI printed it.
struct LogLine
{
    QString service;      // "" for Compose's own lines ("web-1 exited with code 0")
    QString container;    // the prefix Compose printed: "web-1"
    qint64 timestampNs = 0; // nanoseconds since the epoch, 0 when unknown
    QString text;         // may hold ANSI escape sequences

    // Parses "web-1  | 2026-11-27T12:00:13.074083291Z text" (prefix and timestamp optional).
    static LogLine parse(QStringView line, bool hasTimestamp);
    // RFC 3339 with up to nine fraction digits, 'Z' or an offset; 0 when not one.
    static qint64 parseTimestamp(QStringView text);
    static QString formatTimestamp(qint64 timestampNs);
    // Now, in nanoseconds since the epoch (the wall clock, as the daemon stamps lines).
    static qint64 wallClockNs();
};

} // namespace Berth
