#include "dockerevent.h"

#include "process/linesplitter.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

using namespace Qt::StringLiterals;

namespace Berth {

bool DockerEvent::changesState() const
{
    if (type != "container"_L1)
        return false;
    return !action.startsWith("exec_"_L1) && action != "attach"_L1 && action != "resize"_L1
        && action != "top"_L1 && action != "copy"_L1 && action != "archive-path"_L1 && action != "extract-to-dir"_L1;
}

std::optional<DockerEvent> DockerEvent::parse(QByteArrayView line)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    DockerEvent event;
    event.type = object.value("Type"_L1).toString();
    const QString action = object.value("Action"_L1).toString();
    const qsizetype colon = action.indexOf(": "_L1);
    event.action = colon < 0 ? action : action.left(colon);
    event.detail = colon < 0 ? QString() : action.mid(colon + 2);
    const QJsonObject actor = object.value("Actor"_L1).toObject();
    event.id = actor.value("ID"_L1).toString();
    const QJsonObject attributes = actor.value("Attributes"_L1).toObject();
    event.name = attributes.value("name"_L1).toString();
    event.service = attributes.value("com.docker.compose.service"_L1).toString();
    event.project = attributes.value("com.docker.compose.project"_L1).toString();
    if (attributes.contains("exitCode"_L1))
        event.exitCode = attributes.value("exitCode"_L1).toString().toInt();
    // Nanoseconds since the epoch. A time no daemon sends (negative, or so large that its
    // nanoseconds, or the next one EventWatcher resumes from, overflow 64 bits) is unknown: 0.
    constexpr qint64 maxSeconds = std::numeric_limits<qint64>::max() / 1000000000LL - 1;
    event.timeNano = object.value("timeNano"_L1).toInteger();
    if (event.timeNano <= 0) {
        const qint64 seconds = object.value("time"_L1).toInteger();
        event.timeNano = seconds > 0 && seconds <= maxSeconds ? seconds * 1000000000LL : 0;
    }
    if (event.timeNano > maxSeconds * 1000000000LL)
        event.timeNano = 0;
    if (event.type.isEmpty() && event.action.isEmpty())
        return std::nullopt;
    return event;
}

void DockerEvent::takeLines(QByteArray *pending, const std::function<void(const DockerEvent &)> &onEvent,
                            const std::function<void(QByteArrayView)> &onSkipped)
{
    ByteLineSplitter::takeLines(pending, [&](QByteArrayView line) {
        line = line.trimmed();
        if (line.isEmpty())
            return;
        if (const std::optional<DockerEvent> event = parse(line))
            onEvent(*event);
        else
            onSkipped(line);
    });
}

} // namespace Berth
