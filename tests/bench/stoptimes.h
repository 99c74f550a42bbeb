#pragma once

#include "docker/composeproject.h"

#include <QList>
#include <QString>

namespace Berth {
class ServiceModel;
}

namespace Berth::Bench {

class EventClock;

// Status freshness, for the status and forty-services sections.
struct StopTimes
{
    QList<double> afterEvent;     // ms from the `die` on the reference stream to the row not running
    QList<double> afterStopEvent; // the same from the `stop` event
    QList<double> afterCommand;   // the same from starting `docker stop`
};

// `docker stop --time 5` of services s01, s02, ... in turn (repetitions in all), each followed by
// `docker start` and a wait until the row runs again; the times the model showed each stop.
StopTimes measureStops(const QString &cli, const ComposeProject &compose, const ServiceModel *model,
                       const EventClock &clock, int services, int repetitions);

} // namespace Berth::Bench
