#pragma once

#include <QByteArrayView>
#include <QString>

#include <functional>
#include <optional>

namespace Berth {

// One line of `docker events --format '{{json .}}'`.
struct DockerEvent
{
    QString type;    // container, network, volume, image
    QString action;  // start, die, health_status, ...: the part before ": "
    QString detail;  // the part after ": " ("healthy" for "health_status: healthy")
    QString id;
    QString name;    // container name
    QString service; // com.docker.compose.service
    QString project; // com.docker.compose.project
    int exitCode = -1;
    qint64 timeNano = 0; // nanoseconds since the epoch; 0 when unknown or out of range

    // Whether the event can change what `compose ps` says. Health checks create exec_* events
    // on every interval; those change nothing.
    bool changesState() const;

    static std::optional<DockerEvent> parse(QByteArrayView line);
    // Takes every complete line off the front of *pending (the bytes of the stream read so far;
    // an unfinished last line stays there) and calls onEvent for each event and onSkipped for
    // each non-empty line that is not one, in stream order. Lines are trimmed.
    static void takeLines(QByteArray *pending, const std::function<void(const DockerEvent &)> &onEvent,
                          const std::function<void(QByteArrayView)> &onSkipped);
};

} // namespace Berth
