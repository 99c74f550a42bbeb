#include "groupedprocess.h"

#include <QSocketNotifier>

#include <functional>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/types.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Berth {

// The read end of one output pipe of the child (setReadCoalescing). Reads everything there is
// when the pipe is readable; when that did not come near filling the pipe, the notifier is off
// for the coalescing interval so the writer's small writes collect into one read.
#ifdef Q_OS_UNIX
class GroupedProcess::Pipe : public QObject
{
public:
    Pipe(int readFd, int coalesceMs, std::function<void(const QByteArray &)> sink, QObject *parent)
        : QObject(parent)
        , m_fd(readFd)
        , m_notifier(new QSocketNotifier(readFd, QSocketNotifier::Read, this))
        , m_sink(std::move(sink))
    {
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
    ~Pipe() override { close(); }

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
    // The child has exited: what it wrote is all in the pipe (unless something it started
    // still holds the write end, which is not waited for).
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
    std::function<void(const QByteArray &)> m_sink;
};
#else
class GroupedProcess::Pipe : public QObject
{
public:
    void drain() {}
};
#endif

GroupedProcess::GroupedProcess(QObject *parent)
    : QObject(parent)
    , m_stopTimer(new QTimer(this))
{
    m_stopTimer->setSingleShot(true);
    connect(m_stopTimer, &QTimer::timeout, this, &GroupedProcess::escalate);
}

GroupedProcess::~GroupedProcess()
{
    closePipes();
    if (!m_process)
        return;
    m_process->disconnect(this);
    if (m_process->state() == QProcess::NotRunning) {
        delete m_process;
        return;
    }
    // Never destroy a running QProcess: kill the group, let the QProcess reap its child and
    // delete itself when it has.
    signalGroup(SIGKILL);
    m_process->kill();
    m_process->setParent(nullptr);
    QProcess *orphan = m_process;
    QObject::connect(orphan, &QProcess::finished, orphan, &QObject::deleteLater);
    m_process = nullptr;
}

void GroupedProcess::start()
{
    Q_ASSERT(!isRunning());
    if (m_process) {
        m_process->disconnect(this);
        m_process->deleteLater();
    }
    m_stopRequested = false;
    m_stopStep = 0;
    m_pid = 0;
    closePipes();
    m_process = new QProcess(this);
    m_process->setProgram(m_program);
    m_process->setArguments(m_arguments);
    m_process->setProcessEnvironment(m_environment);
    if (!m_workingDirectory.isEmpty())
        m_process->setWorkingDirectory(m_workingDirectory);
    if (!m_hasInput)
        m_process->setStandardInputFile(QProcess::nullDevice());
#ifdef Q_OS_UNIX
    int outPipe[2] = {-1, -1};
    int errPipe[2] = {-1, -1};
    if (m_coalesceMs > 0 && ::pipe2(outPipe, O_CLOEXEC) == 0 && ::pipe2(errPipe, O_CLOEXEC) != 0) {
        ::close(outPipe[0]);
        ::close(outPipe[1]);
        outPipe[0] = outPipe[1] = -1;
    }
    if (outPipe[0] >= 0) {
        // Our own pipes instead of QProcess's, so their reading can be paced. The child gets
        // the write ends as its stdout and stderr; the read ends never block the GUI thread.
        ::fcntl(outPipe[0], F_SETFL, ::fcntl(outPipe[0], F_GETFL) | O_NONBLOCK);
        ::fcntl(errPipe[0], F_SETFL, ::fcntl(errPipe[0], F_GETFL) | O_NONBLOCK);
        m_process->setProcessChannelMode(QProcess::ForwardedChannels);
        const int outWrite = outPipe[1], errWrite = errPipe[1];
        // A new session makes the child the leader of a new process group whose id is its pid.
        m_process->setChildProcessModifier([outWrite, errWrite, niceness = m_niceness] {
            ::setsid();
            if (niceness > 0)
                (void)::nice(niceness);
            ::dup2(outWrite, STDOUT_FILENO);
            ::dup2(errWrite, STDERR_FILENO);
        });
        m_out = new Pipe(outPipe[0], m_coalesceMs, [this](const QByteArray &data) { Q_EMIT standardOutputRead(data); }, this);
        m_err = new Pipe(errPipe[0], m_coalesceMs, [this](const QByteArray &data) { Q_EMIT standardErrorRead(data); }, this);
    } else {
        // A new session makes the child the leader of a new process group whose id is its pid.
        m_process->setChildProcessModifier([niceness = m_niceness] {
            ::setsid();
            if (niceness > 0)
                (void)::nice(niceness);
        });
    }
#endif
    QProcess *process = m_process;
    connect(process, &QProcess::started, this, [this, process] {
        m_pid = process->processId();
        if (m_hasInput) {
            // QProcess buffers what the pipe does not take yet and writes it from the event loop.
            process->write(m_input);
            process->closeWriteChannel();
        }
        Q_EMIT started();
    });
    connect(process, &QProcess::readyReadStandardOutput, this,
            [this, process] { Q_EMIT standardOutputRead(process->readAllStandardOutput()); });
    connect(process, &QProcess::readyReadStandardError, this,
            [this, process] { Q_EMIT standardErrorRead(process->readAllStandardError()); });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            Q_EMIT failedToStart(process->errorString());
    });
    connect(process, &QProcess::finished, this, [this, process](int exitCode, QProcess::ExitStatus status) {
        // Drain what is left so no output is lost to the order of signals.
        if (m_out)
            m_out->drain();
        if (m_err)
            m_err->drain();
        const QByteArray out = process->readAllStandardOutput();
        if (!out.isEmpty())
            Q_EMIT standardOutputRead(out);
        const QByteArray err = process->readAllStandardError();
        if (!err.isEmpty())
            Q_EMIT standardErrorRead(err);
        m_stopTimer->stop();
        // The leader is gone; members it left behind (compose plugin) still get the group kill.
        if (m_pid > 0 && m_stopRequested)
            signalGroup(SIGKILL);
        Q_EMIT finished(exitCode, status, m_stopRequested);
    });
    m_process->start();
#ifdef Q_OS_UNIX
    // The child has its copies (QProcess forks in start()); ours would keep the pipes open.
    if (outPipe[1] >= 0) {
        ::close(outPipe[1]);
        ::close(errPipe[1]);
    }
#endif
}

void GroupedProcess::closePipes()
{
    delete m_out;
    delete m_err;
    m_out = m_err = nullptr;
}

bool GroupedProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

qint64 GroupedProcess::processId() const
{
    return m_pid;
}

bool GroupedProcess::signalGroup(int signal)
{
#ifdef Q_OS_UNIX
    if (m_pid <= 0)
        return false;
    return ::kill(-static_cast<pid_t>(m_pid), signal) == 0;
#else
    Q_UNUSED(signal);
    return false;
#endif
}

void GroupedProcess::stop()
{
    if (!isRunning()) {
        m_stopRequested = true;
        return;
    }
    if (m_stopRequested)
        return;
    m_stopRequested = true;
    m_stopStep = 0;
    escalate();
}

void GroupedProcess::escalate()
{
    if (!isRunning())
        return;
#ifdef Q_OS_UNIX
    static constexpr int steps[] = {SIGINT, SIGTERM, SIGKILL};
    const int step = qMin(m_stopStep, 2);
    if (m_process->state() == QProcess::Starting || !signalGroup(steps[step])) {
        if (step < 2)
            m_process->terminate();
        else
            m_process->kill();
    }
#else
    if (m_stopStep == 0)
        m_process->terminate();
    else
        m_process->kill();
#endif
    ++m_stopStep;
    if (m_stopStep <= 2)
        m_stopTimer->start(m_stopGrace);
}

} // namespace Berth
