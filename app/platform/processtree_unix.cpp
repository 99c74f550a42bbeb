// ProcessTree and PacedOutput on Unix (Linux, macOS): a session per child, signals to its group,
// and output pipes of Berth's own read at a pace.
#include "platform/processtree.h"

#include <QProcess>
#include <QSocketNotifier>
#include <QTimer>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/types.h>
#include <unistd.h>

namespace Berth::Platform {

struct ProcessTree::State {
    pid_t group = 0;
};

ProcessTree::ProcessTree() : m_state(std::make_unique<State>()) {}
ProcessTree::~ProcessTree() = default;

void ProcessTree::prepare(QProcess *process, int niceness, const PacedOutput *output)
{
    m_state->group = 0;
    const int outWrite = output ? output->standardOutputWriteEnd() : -1;
    const int errWrite = output ? output->standardErrorWriteEnd() : -1;
    if (output)
        process->setProcessChannelMode(QProcess::ForwardedChannels);
    // Runs in the child between fork and exec: async-signal-safe calls only.
    process->setChildProcessModifier([niceness, outWrite, errWrite] {
        // A new session makes the child the leader of a new process group whose id is its pid.
        ::setsid();
        if (niceness > 0)
            (void)::nice(niceness);
        if (outWrite >= 0) {
            ::dup2(outWrite, STDOUT_FILENO);
            ::dup2(errWrite, STDERR_FILENO);
        }
    });
}

void ProcessTree::started(qint64 pid)
{
    m_state->group = pid_t(pid);
}

bool ProcessTree::stop(Stop step)
{
    if (m_state->group <= 0)
        return false;
    const int signal = step == Stop::Interrupt ? SIGINT : step == Stop::Terminate ? SIGTERM : SIGKILL;
    return ::kill(-m_state->group, signal) == 0;
}

void ProcessTree::forget()
{
    m_state->group = 0;
}

namespace {

// A pipe whose ends are closed in children Berth starts (O_CLOEXEC); the child gets its copy of
// the write end by dup2, which clears the flag on the copy.
bool makePipe(int fds[2])
{
#if defined(__linux__)
    return ::pipe2(fds, O_CLOEXEC) == 0;
#else
    // macOS has no pipe2: set the flag right after (a fork on another thread in between would
    // inherit the ends; Berth starts processes from the GUI thread only).
    if (::pipe(fds) != 0)
        return false;
    ::fcntl(fds[0], F_SETFD, FD_CLOEXEC);
    ::fcntl(fds[1], F_SETFD, FD_CLOEXEC);
    return true;
#endif
}

} // namespace

// The read end of one output pipe. Reads everything there is when the pipe is readable; when
// that did not come near filling the pipe, the notifier is off for the coalescing interval so
// the writer's small writes collect into one read.
class PacedOutput::Reader : public QObject
{
public:
    Reader(int readFd, int coalesceMs, Sink sink, QObject *parent)
        : QObject(parent), m_fd(readFd), m_notifier(new QSocketNotifier(readFd, QSocketNotifier::Read, this)),
          m_sink(std::move(sink))
    {
        ::fcntl(readFd, F_SETFL, ::fcntl(readFd, F_GETFL) | O_NONBLOCK);
#ifdef F_SETPIPE_SZ
        // Room for ~40 ms of a fast writer while the reader waits (1 MiB is the default
        // unprivileged maximum; a smaller pipe still works, the reader just waits less).
        ::fcntl(readFd, F_SETPIPE_SZ, 1 << 20);
        m_capacity = qMax(4096, ::fcntl(readFd, F_GETPIPE_SZ));
#endif
        m_resume.setSingleShot(true);
        m_resume.setInterval(coalesceMs);
        connect(&m_resume, &QTimer::timeout, this, [this] {
            if (m_fd >= 0)
                m_notifier->setEnabled(true);
        });
        connect(m_notifier, &QSocketNotifier::activated, this, [this] {
            const qsizetype got = readAvailable();
            if (m_fd >= 0 && m_emptied && got < m_capacity / 2 && m_resume.interval() > 0) {
                m_notifier->setEnabled(false);
                m_resume.start();
            }
        });
    }
    ~Reader() override { close(); }

    // Reads until the pipe is empty or closed, hands the bytes over; returns how many.
    qsizetype readAvailable()
    {
        QByteArray data;
        bool ended = false;
        char buffer[65536];
        m_emptied = false;
        while (m_fd >= 0) {
            const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
            if (n > 0) {
                data.append(buffer, n);
                if (data.size() >= 4 * qsizetype(sizeof buffer))
                    break; // enough for one turn of the event loop
                continue;
            }
            if (n < 0 && errno == EINTR)
                continue;
            ended = n == 0 || errno != EAGAIN;
            m_emptied = !ended;
            break;
        }
        if (ended)
            close();
        if (!data.isEmpty())
            m_sink(data);
        return data.size();
    }
    // What the child wrote is all in the pipe (unless something it started still holds the
    // write end, which is not waited for).
    void drain()
    {
        while (m_fd >= 0 && readAvailable() > 0) {
        }
    }
    void close()
    {
        if (m_fd < 0)
            return;
        m_notifier->setEnabled(false);
        m_resume.stop();
        ::close(m_fd);
        m_fd = -1;
    }

private:
    int m_fd;
    qsizetype m_capacity = 65536;
    bool m_emptied = false; // the last read found the pipe empty
    QSocketNotifier *m_notifier;
    QTimer m_resume;
    Sink m_sink;
};

std::unique_ptr<PacedOutput> PacedOutput::create(int coalesceMs, Sink standardOutput, Sink standardError)
{
    int out[2] = {-1, -1};
    int err[2] = {-1, -1};
    if (!makePipe(out))
        return nullptr;
    if (!makePipe(err)) {
        ::close(out[0]);
        ::close(out[1]);
        return nullptr;
    }
    std::unique_ptr<PacedOutput> paced(new PacedOutput);
    paced->m_out = new Reader(out[0], coalesceMs, std::move(standardOutput), paced.get());
    paced->m_err = new Reader(err[0], coalesceMs, std::move(standardError), paced.get());
    paced->m_outWrite = out[1];
    paced->m_errWrite = err[1];
    return paced;
}

PacedOutput::~PacedOutput()
{
    closeWriteEnds();
}

void PacedOutput::closeWriteEnds()
{
    for (int *fd : {&m_outWrite, &m_errWrite}) {
        if (*fd >= 0)
            ::close(*fd);
        *fd = -1;
    }
}

void PacedOutput::drain()
{
    m_out->drain();
    m_err->drain();
}

} // namespace Berth::Platform
