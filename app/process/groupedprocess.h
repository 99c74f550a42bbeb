#pragma once

#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

#include <memory>

class QTimer;

namespace Berth {

namespace Platform {
class PacedOutput;
class ProcessTree;
} // namespace Platform

// A QProcess started as the leader of its own process group (session), stopped by signalling
// the whole group. `docker` does not forward signals to its compose plugin child, so killing
// `docker` alone leaves `docker-compose logs -f` running (docker/compose #10179, docker/cli
// #4332); signalling the group reaches both. Stop escalates SIGINT -> SIGTERM -> SIGKILL.
// Destroying a running GroupedProcess kills the group and lets the QProcess reap it later, so
// no QProcess is ever destroyed while running and the GUI thread never waits.
class GroupedProcess : public QObject
{
    Q_OBJECT
public:
    explicit GroupedProcess(QObject *parent = nullptr);
    ~GroupedProcess() override;

    void setProgram(const QString &program) { m_program = program; }
    void setArguments(const QStringList &arguments) { m_arguments = arguments; }
    void setProcessEnvironment(const QProcessEnvironment &environment) { m_environment = environment; }
    void setWorkingDirectory(const QString &directory) { m_workingDirectory = directory; }
    // Milliseconds between the escalation steps of stop().
    void setStopGrace(int milliseconds) { m_stopGrace = milliseconds; }
    // Reads the output in fewer, larger pieces (Unix): after a read that did not fill the pipe,
    // the next one waits this many milliseconds. A program that writes one line per write(2)
    // (`docker logs` does, one per log line) otherwise wakes the reader for every line: at
    // 150k lines/s that is most of the cost on both sides. 0 (the default) reads as QProcess
    // does. Takes effect at the next start().
    void setReadCoalescing(int milliseconds) { m_coalesceMs = milliseconds; }
    // Runs the child this much nicer than Berth (Unix, as nice(1) does; 0, the default, leaves it
    // as Berth is): work in the background, such as checking the text being typed, then yields
    // the CPU to the window. Takes effect at the next start().
    void setNiceness(int niceness) { m_niceness = niceness; }
    // What the child reads on stdin, written as the pipe takes it (never blocking) and then
    // closed. Without it stdin is the null device. Takes effect at the next start().
    void setStandardInput(const QByteArray &data)
    {
        m_input = data;
        m_hasInput = true;
    }

    QString program() const { return m_program; }
    QStringList arguments() const { return m_arguments; }

    void start();
    // Asks the group to stop; finished() follows with stopRequested = true.
    void stop();
    bool isRunning() const;
    bool stopRequested() const { return m_stopRequested; }
    qint64 processId() const;

Q_SIGNALS:
    void started();
    void standardOutputRead(const QByteArray &data);
    void standardErrorRead(const QByteArray &data);
    void failedToStart(const QString &message);
    // The group leader exited. exitCode is meaningful for NormalExit only.
    void finished(int exitCode, QProcess::ExitStatus status, bool stopRequested);

private:
    void escalate();
    void closePipes();

    QString m_program;
    QStringList m_arguments;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
    QString m_workingDirectory;
    QProcess *m_process = nullptr;
    QTimer *m_stopTimer = nullptr;
    qint64 m_pid = 0;
    int m_stopStep = 0;
    int m_stopGrace = 1500;
    int m_coalesceMs = 0;
    int m_niceness = 0;
    std::unique_ptr<Platform::ProcessTree> m_tree;
    std::unique_ptr<Platform::PacedOutput> m_paced;
    QByteArray m_input;
    bool m_hasInput = false;
    bool m_stopRequested = false;
};

} // namespace Berth
