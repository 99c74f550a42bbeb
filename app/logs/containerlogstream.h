#pragma once

#include "logline.h"
#include "logstreamdecoder.h"

#include <QString>
#include <QStringList>

namespace Berth {

class CommandJob;
class EngineStream;

// One line of `docker ps --format` as LogFollower::listArguments() asks for it.
struct ListedContainer
{
    QString id;
    QString prefix;  // "web-1", as Compose prefixes the container's lines
    QString service; // "web"
    QString state;   // running, exited...

    bool runs() const { return state == QLatin1StringView("running") || state == QLatin1StringView("restarting"); }
};

// One container's log as LogFollower reads it: one CommandJob, started again for each read, its
// two decoders, where the log has been shown up to, and what is to come. LogFollower starts the
// reads; this object keeps the state between them and decides, when a read ends, what follows.
class ContainerLogStream
{
public:
    // What a read does: Stamped, with the daemon's timestamps (history, catch-up); Probe,
    // `--tail 1` to learn where the log ends (not shown); Bulk, up to there without timestamps;
    // Live, following, with the daemon's timestamps: a stream that breaks while the container
    // runs on (a dropped ssh tunnel, a daemon restarted with live-restore) resumes just after
    // its last line, with none lost or shown twice.
    enum class Read { Stamped, Probe, Bulk, Live };
    enum class State {
        Idle,        // no read runs, nothing is owed
        Reading,     // a read runs
        AwaitingDie, // a followed run ended by itself; its `die` event has not come yet
        Stopped,     // stop() ended a read: the lines after resumeNs() are still to be shown
    };
    // What the follower does after a read that ended by itself.
    enum class Next { Nothing, ReadBulk, Follow };

    explicit ContainerLogStream(const ListedContainer &listed)
        : container(listed)
    {
    }

    ListedContainer container;
    // The read runs as one of these, made with the first read of its kind, owned by the
    // follower: `docker logs`, or the same read through the Engine API's socket.
    CommandJob *job = nullptr;
    EngineStream *api = nullptr;
    QStringList arguments; // the running read's `docker logs` arguments

    State state() const { return m_state; }
    Read read() const { return m_read; }
    bool busy() const { return m_state == State::Reading; }
    qint64 resumeNs() const { return m_resumeNs; }
    // Where a Probe found the log to end; Bulk reads up to there.
    qint64 lastStampNs() const;
    // The CLI's own messages, or the last stderr line of a live stream.
    QString errorText() const { return m_errorText; }
    void setErrorText(const QString &text) { m_errorText = text; }

    // Shown up to now (a container first seen stopped with no history wanted).
    void skipToNow();
    // Before a read starts: its kind, the decoders set for it, the state Reading. followAfter:
    // a Stamped read of a running container, followed afterwards; untilNs: where Bulk ends.
    // sinceNs: where a Live read starts (0: its newest lines only).
    void beginRead(Read read, bool followAfter = false, qint64 untilNs = 0, qint64 sinceNs = 0);
    // Listed as running while a read runs: follow once it has ended. A wish to follow holds
    // until a follow starts (or a read ends without one): a probe that goes on to its bulk read
    // must not drop it (the container started meanwhile, and no other start event will come).
    void wantFollow() { m_followWanted = true; }
    void dropFollowWish() { m_followWanted = false; }
    // A listing found it with no read running: a `die` seen earlier ended an older run.
    void forgetDie() { m_dieWhileReadingNs = 0; }

    // Decodes a piece of the read's stdout or stderr; the lines to show are appended to *lines.
    void decode(const QByteArray &data, bool standardError, QList<LogLine> *lines);
    // The end of the read's output: a last line without its newline is still a line.
    void finishDecoding(QList<LogLine> *lines);
    // The read was stopped (stop()): shown up to about now (following) or to its last line.
    void readStopped();
    // The read ended by itself while the follower is stopped: nothing more to do.
    void readAbandoned() { m_state = State::Idle; }
    // The read ended by itself with exitCode: where the log has been shown up to, and what next.
    Next readEnded(int exitCode);
    // The `die` event of the container: true when a run that started and died between two
    // listings (a crash loop) is to be read now, from resumeNs().
    bool noteDied(qint64 timeNs);

private:
    // Where a Live read got to: just after its last line; where it started when it showed none.
    qint64 liveShownUpToNs() const { return lastStampNs() > 0 ? lastStampNs() + 1 : m_liveSinceNs; }
    void take(qsizetype before, const QStringList &untimed, bool standardError, QList<LogLine> *lines);

    LogStreamDecoder m_out;
    LogStreamDecoder m_err;
    State m_state = State::Idle;
    Read m_read = Read::Stamped; // what the running or last read does
    // Everything the container printed before this has been shown, on the daemon's clock (the
    // clock its lines are stamped with); 0: nothing yet. After a timestamped read, just after
    // its last line; after a followed run, the daemon's time of the `die` that ended it (after
    // its last line, before the first of the next run); without that event, just after the
    // stream's last line, or, when it showed none and started at its newest lines, when it
    // ended, on this machine's clock.
    qint64 m_resumeNs = 0;
    qint64 m_liveSinceNs = 0;       // Live: where it started
    qint64 m_bulkUntilNs = 0;       // Bulk: up to this line
    qint64 m_dieWhileReadingNs = 0; // the first `die` while a read ran
    QString m_errorText;
    bool m_followAfter = false;  // Stamped: follow afterwards
    bool m_followWanted = false; // see wantFollow()
};

} // namespace Berth
