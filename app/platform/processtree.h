#pragma once

#include <QByteArray>
#include <QObject>

#include <functional>
#include <memory>

class QProcess;

namespace Berth::Platform {

// A child process and everything it starts, stopped as one. `docker` does not forward signals
// to its compose plugin child (docker/compose#10179, docker/cli#4332), so stopping `docker`
// alone leaves `docker-compose logs -f` running.
// - Unix: the child leads a new session (setsid), so its process group id is its pid; a stop
//   signals the whole group.
// - Windows: the child is put into a Job Object with KILL_ON_JOB_CLOSE; a stop terminates the
//   job, and closing the job's handle (when Berth exits, even by a crash) ends what is left.
class ProcessTree
{
public:
    enum class Stop { Interrupt, Terminate, Kill };

    ProcessTree();
    ~ProcessTree();
    ProcessTree(const ProcessTree &) = delete;
    ProcessTree &operator=(const ProcessTree &) = delete;

    // Before process->start(): the child leads its own tree and runs `niceness` steps nicer than
    // Berth (0: as Berth). With output (see PacedOutput), the child's stdout and stderr are
    // that output's pipes.
    void prepare(QProcess *process, int niceness, const class PacedOutput *output = nullptr);
    // After the process has started (QProcess::started), with its pid.
    void started(qint64 pid);
    // Sends the stop step to the whole tree; false when there is no tree (not started, or the
    // platform cannot reach it: the caller then falls back to QProcess::terminate/kill).
    bool stop(Stop step);
    // The leader has exited; stop() reaches what it left behind until forget().
    void forget();

private:
    struct State;
    std::unique_ptr<State> m_state;
};

// Output read in fewer, larger pieces, through pipes of Berth's own instead of QProcess's
// (Unix): after a read that did not come near filling the pipe, the next waits `coalesceMs`.
// A program that writes one line per write(2) (`docker logs` does) otherwise wakes the reader
// for every line. Where this is not available, create() returns nullptr and the caller reads
// through QProcess.
class PacedOutput : public QObject
{
    Q_OBJECT
public:
    using Sink = std::function<void(const QByteArray &)>;

    // nullptr when pipes cannot be made here (or on this platform).
    static std::unique_ptr<PacedOutput> create(int coalesceMs, Sink standardOutput, Sink standardError);
    ~PacedOutput() override;

    // After the child started: Berth's copies of the write ends are closed (the child has its
    // own), so the read ends see the end of the output when the child exits.
    void closeWriteEnds();
    // The child exited: read what is left.
    void drain();

    // The write ends, for ProcessTree::prepare (file descriptors on Unix).
    int standardOutputWriteEnd() const { return m_outWrite; }
    int standardErrorWriteEnd() const { return m_errWrite; }

private:
    class Reader;
    PacedOutput() = default;

    Reader *m_out = nullptr;
    Reader *m_err = nullptr;
    int m_outWrite = -1;
    int m_errWrite = -1;
};

} // namespace Berth::Platform
