#pragma once

#include "containerlogstream.h"
#include "docker/composeproject.h"
#include "logbatcher.h"
#include "logline.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <memory>

namespace Berth {

class CommandJob;
class DockerEnvironment;

// Streams the logs of a project's containers (or of some services), one `docker logs` per
// container, merged as the lines arrive. One process per container instead of one
// `docker compose logs -f`: Compose re-reads every container's log through the API and
// re-formats each line, and keeps up with only ~0.7 x the rate `docker logs` delivers.
//
// The containers come from `docker ps -a` filtered by the project's Compose labels (one-off
// `run` containers left out, as Compose does). Per container:
// - first listing, running: its last lines (setTail) with the daemon's timestamps, then
//   `docker logs --follow --timestamps --since` just after the last of them. The stamps cost
//   the daemon some throughput, but a followed stream that breaks while its container runs on
//   (an ssh tunnel dropped, a daemon with live-restore) can resume exactly after its last line;
// - exited, or all of its log wanted: where the log ends (`--tail 1 --timestamps`), then up to
//   there without timestamps (`--until`), the lines carrying no time;
// - appearing later and running: followed from its first line.
// Each stream keeps where everything before has been shown, on the daemon's clock: just after
// the last line it showed, or the time of the `die` (noteContainerDied) that ended a followed
// run. A stream ends when its container stops, or breaks; resume() (EventWatcher's start
// event, or its stream back after a break) lists again and follows each running container from there, so
// nothing is shown twice or lost.
// Each container's reads and their state are a ContainerLogStream. Where the engine has a local
// socket (a unix socket, a named pipe, an ssh tunnel's socket), each read goes through the
// Engine API (EngineStream: GET /containers/ID/logs with the same options), so following forty
// containers costs forty connections, not forty `docker logs` processes of ~28 MB each; else,
// or when the socket cannot be reached, each read is a `docker logs` CommandJob whose pipes are
// read in large pieces (CommandJob::setReadCoalescing). Either way each stream is decoded by its
// own LogStreamDecoder, and lines go out through a LogBatcher.
class LogFollower : public QObject
{
    Q_OBJECT
public:
    // Lines handed over in one linesReceived() at most (LogBatcher).
    static constexpr int MaxBatchLines = LogBatcher::MaxBatchLines;
    // How long a stream's pipe fills before it is read again after a small read (see
    // GroupedProcess::setReadCoalescing); well under the batch interval.
    static constexpr int ReadCoalescingMs = 3;

    LogFollower(const DockerEnvironment *environment, const ComposeProject &project, QObject *parent = nullptr);
    ~LogFollower() override;

    void setServices(const QStringList &services) { m_services = services; }
    // Lines of history per container on the first start (`--tail`, with the daemon's
    // timestamps); 0 for none, -1 for all (an exited container's read without timestamps).
    void setTail(int lines) { m_tail = lines; }
    // Lines are delivered in batches at most this often (milliseconds), so a flood costs the
    // receiver one call per interval, not one per read.
    void setBatchInterval(int milliseconds);
    // Whether reads may go through the Engine API's socket when the engine has one (the
    // default); false: always `docker logs`, as for an engine reached by tcp:// or ssh://.
    void setEngineApiAllowed(bool allowed) { m_apiAllowed = allowed; }

    void start();
    // Lists the containers again and follows those without a running stream (no effect while
    // stopped).
    void resume();
    void stop();
    // True while a listing or any container's stream runs.
    bool isRunning() const;
    // Whether the user wants logs: true from start() to stop(), whether or not a stream runs.
    bool isActive() const { return m_active; }
    qint64 lastTimestampNs() const { return m_lastNs; }

    // The `die` event of a container (EventWatcher::eventReceived): its time is where the
    // stream resumes when the container starts again. One that comes when no stream runs and
    // after the last run shown means a run that started and died between two listings (a
    // crash loop): that run is shown at once.
    void noteContainerDied(const QString &containerId, qint64 timeNs);

    // The docker CLI, and the arguments that list the project's containers, print a
    // container's last lines with their timestamps, and follow it (from sinceNs, from now on
    // with newLinesOnly, else from its first line).
    QString program() const;
    QStringList listArguments() const;
    QStringList historyArguments(const QString &containerId, int tail) const;
    QStringList readArguments(const QString &containerId, qint64 sinceNs) const;
    QStringList bulkArguments(const QString &containerId, qint64 untilNs) const;
    QStringList followArguments(const QString &containerId, qint64 sinceNs = 0, bool newLinesOnly = false) const;

    // The Engine API request that does what `docker logs ARGUMENTS` (one of the above) does:
    // /containers/ID/logs?stdout=1&stderr=1&... (since and until as the API's seconds.nanoseconds).
    static QString apiPath(const QStringList &arguments);
    // True while reads go through the Engine API's socket (from start(); false after a socket
    // that could not be reached).
    bool usesEngineApi() const { return !m_socket.isEmpty(); }

    // One line of `docker ps --format` as listArguments() asks for it; false when malformed.
    using Container = ListedContainer;
    static bool parseContainer(QStringView line, const QString &projectName, Container *container);

Q_SIGNALS:
    // A read started: the listing, or one container's stream (as the `docker logs` arguments it
    // stands for, also when it goes through the Engine API).
    void started(const QString &program, const QStringList &arguments);
    void linesReceived(const QList<Berth::LogLine> &lines);
    // Every stream ended by itself: the containers stopped, or the daemon went away (message
    // says; empty when nothing went wrong).
    void streamEnded(const QString &message);

private:
    using Read = ContainerLogStream::Read;

    void list();
    void onListFinished();
    void onListed(int exitCode);
    void readStamped(ContainerLogStream *stream, const QStringList &arguments, bool followAfter);
    void readBulk(ContainerLogStream *stream, qint64 untilNs);
    void startLive(ContainerLogStream *stream, qint64 sinceNs, bool newLinesOnly = false);
    void run(ContainerLogStream *stream, const QStringList &arguments);
    void runApi(ContainerLogStream *stream);
    void runCli(ContainerLogStream *stream);
    void onStreamData(ContainerLogStream *stream, const QByteArray &data, bool standardError);
    void onReadFinished(ContainerLogStream *stream, bool viaApi);
    void flush();
    void endedIfIdle();

    const DockerEnvironment *m_environment;
    ComposeProject m_project;
    QStringList m_services;
    QString m_socket; // the Engine API's local socket; "" reads with `docker logs`
    CommandJob *m_lister = nullptr;
    LogBatcher *m_batcher = nullptr;
    QHash<QString, std::shared_ptr<ContainerLogStream>> m_streams; // by container id
    QStringList m_errors; // what ended streams said, for streamEnded()
    qint64 m_lastNs = 0;
    int m_tail = 500;
    bool m_apiAllowed = true;
    bool m_active = false;
    bool m_listAgain = false;   // resume() came while a listing ran
    bool m_firstListing = true; // history (--tail) only for the containers of the first listing
};

} // namespace Berth
