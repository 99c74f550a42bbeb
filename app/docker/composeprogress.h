#pragma once

#include <QHash>
#include <QString>
#include <QStringView>

namespace Berth {

// How far a `compose build` or `compose up` is, from the lines it prints without a terminal:
// - BuildKit's plain progress: `#7 [app 3/7] RUN pip install …` (step 3 of 7 of the app
//   image's build; several images build at once, each with its own count), `#7 DONE 12.3s`,
//   `#7 CACHED`;
// - the classic builder: `Step 3/7 : RUN pip install …`;
// - compose's own resource lines: ` Container shop-app-1  Started`, ` Network shop_default
//   Created`, ` Volume "shop_pg_data"  Created`, `Healthy`, `Waiting`.
// fraction() is the finished steps of every build seen plus the containers that reached their
// last state, over everything known so far: an estimate that never goes backwards.
class ComposeProgress
{
public:
    // The services `up` starts, when known: the containers' share of the bar.
    void setExpectedContainers(int count) { m_expectedContainers = count; }

    // Takes one line of output; true when it changed the progress.
    bool takeLine(QStringView line);

    // 0 … 1; -1 while nothing was recognised (a busy indicator then).
    double fraction() const { return m_last; }
    // What it does now, for the bar's text: "app: RUN pip install -r requirements.txt (3/7)",
    // "Container shop-app-1: Starting".
    QString currentStep() const { return m_current; }

private:
    bool readLine(QStringView line);
    double compute() const;

    struct Build { int step = 0; int total = 0; };
    QHash<QString, Build> m_builds;        // by image (service) name
    QHash<QString, bool> m_containers;     // name → reached its last state
    int m_expectedContainers = 0;
    QString m_current;
    double m_last = -1;
};

} // namespace Berth
