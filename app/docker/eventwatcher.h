#pragma once

#include "composeproject.h"
#include "containerstatus.h"
#include "dockerevent.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

class QTimer;

namespace Berth {

class CommandJob;
class ContainerQuery;
class DockerEnvironment;
class GroupedProcess;

// Live state of one compose project without a polling loop: one `docker events` stream filtered
// to the project's label, subscribed before the first listing; a burst of events is debounced
// into one query of the project's containers: on the Engine API where the engine has a local
// socket (ContainerQuery, no process), else `compose ps`. When the stream breaks (daemon stopped) it reconnects with
// growing pauses and resumes with --since, so no event in between is lost (the daemon replays a
// limited number).
class EventWatcher : public QObject
{
    Q_OBJECT
public:
    EventWatcher(const DockerEnvironment *environment, const ComposeProject &project, QObject *parent = nullptr);
    ~EventWatcher() override;

    void setDebounceInterval(int milliseconds);
    // Whether queries may use the Engine API (on by default; takes effect at start()). Off, or
    // with no local socket, they run `compose ps`; so does a query whose socket fails to connect.
    void setEngineApiAllowed(bool allowed) { m_apiAllowed = allowed; }
    bool usesEngineApi() const { return !m_socket.isEmpty(); }
    // The pause before the first reconnect attempt; doubles up to maximum.
    void setReconnectInterval(int first, int maximum);

    void start();
    void stop();
    bool isRunning() const { return m_running; }
    bool isConnected() const { return m_connection == 1; }
    // Asks for one `ps` now (coalesced with one that runs).
    void refresh();

    QList<ContainerStatus> statuses() const { return m_statuses; }
    qint64 lastEventTimeNs() const { return m_lastEventNs; }

Q_SIGNALS:
    void eventReceived(const Berth::DockerEvent &event);
    // A container of the service (re)started: log followers resume on this.
    void containerStarted(const QString &service);
    void statusesChanged(const QList<Berth::ContainerStatus> &statuses);
    void connectedChanged(bool connected, const QString &message);
    // Lines of output that were not events (for diagnostics).
    void warning(const QString &message);

private:
    void startStream();
    void onStreamData(const QByteArray &data);
    void onStreamFinished(bool stopRequested);
    void runQuery();
    bool isQuerying() const;
    void queryFinished(const QList<ContainerStatus> &statuses);
    // daemonText: the CLI's or daemon's words, sorted into a lost connection or a warning.
    void queryFailed(const QString &daemonText, const QString &message);
    void setConnected(bool connected, const QString &message);
    void scheduleReconnect();

    const DockerEnvironment *m_environment;
    ComposeProject m_project;
    GroupedProcess *m_stream = nullptr;
    QTimer *m_debounce = nullptr;
    QTimer *m_reconnect = nullptr;
    QPointer<CommandJob> m_query;
    ContainerQuery *m_apiQuery = nullptr;
    QString m_socket; // the engine's local socket while queries use the API
    bool m_apiAllowed = true;
    bool m_cliOnce = false; // the socket failed to connect: the next query runs compose ps
    QByteArray m_pending;
    QString m_streamError;
    QList<ContainerStatus> m_statuses;
    qint64 m_lastEventNs = 0;
    int m_reconnectFirst = 500;
    int m_reconnectMax = 5000;
    int m_reconnectDelay = 500;
    bool m_running = false;
    int m_connection = -1; // unknown until the stream and a query have answered
    bool m_queryAgain = false;
    bool m_hasStatuses = false;
};

} // namespace Berth
