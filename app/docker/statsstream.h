#pragma once

#include "containerusage.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

class QTimer;

namespace Berth {

class DockerEnvironment;
class EngineStats;
class GroupedProcess;

// Per-container CPU and memory for the containers given, measured only while someone wants it
// (the services panel, while it is shown): from the Engine API where the engine has a local
// socket (EngineStats: a stream per container, no process), else from one streaming
// `docker stats` process. Either samples each container every second. A changed list of
// containers restarts the process (docker stats does not follow new containers it was not named);
// a process that ends by itself (daemon gone, a container removed) is started again with growing
// pauses while it is still wanted.
class StatsStream : public QObject
{
    Q_OBJECT
public:
    explicit StatsStream(const DockerEnvironment *environment, QObject *parent = nullptr);
    ~StatsStream() override;

    void setWanted(bool wanted);
    bool isWanted() const { return m_wanted; }
    // The containers to watch (ids or names); empty stops the process.
    void setContainers(const QStringList &containers);
    bool isRunning() const;
    void setRestartInterval(int first, int maximum);
    // Whether the Engine API may be used (on by default); off, it is always docker stats.
    void setEngineApiAllowed(bool allowed);
    bool usesEngineApi() const;

Q_SIGNALS:
    // The latest figures of the containers in the last piece of output, by short id.
    void sampled(const QHash<QString, Berth::ContainerUsage> &usage);
    // The process stopped and nothing is being measured (figures shown should be cleared).
    void stopped();

private:
    void apply();
    void applyNow();
    void startProcess();

    const DockerEnvironment *m_environment;
    GroupedProcess *m_process = nullptr;
    EngineStats *m_api = nullptr;
    bool m_apiAllowed = true;
    bool m_apiUnreachable = false; // its socket failed to connect: docker stats until wanted anew
    QTimer *m_restart = nullptr;
    QStringList m_containers;
    QStringList m_running; // the containers of the process that runs
    QByteArray m_pending;
    int m_restartFirst = 1000;
    int m_restartMax = 30000;
    int m_restartDelay = 1000;
    bool m_wanted = false;
};

} // namespace Berth
