#pragma once

#include "linesplitter.h"
#include "utf8stream.h"

#include <QByteArray>
#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>

class QTimer;

namespace Berth {

class GroupedProcess;

// One external command (`docker version`, `docker ps`, a compose operation, `docker logs`,
// django-admin), from start to a classified end. Always an argument list, never a shell
// string; the process runs in its own process group (GroupedProcess). Success is the exit code
// alone: Compose prints progress on stderr (docker/compose #5590). A job that has finished can
// be started again (LogFollower reads one container's log with one job, read after read).
class CommandJob : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { NotFinished, Succeeded, Failed, Cancelled, FailedToStart, Crashed, TimedOut };
    Q_ENUM(Outcome)

    CommandJob(const QString &program, const QStringList &arguments, QObject *parent = nullptr);

    // For the next start().
    void setProgram(const QString &program) { m_program = program; }
    void setArguments(const QStringList &arguments) { m_arguments = arguments; }
    void setProcessEnvironment(const QProcessEnvironment &environment) { m_environment = environment; }
    // A variable for the child only (a password, for example): never on the command line.
    void setEnvironmentVariable(const QString &name, const QString &value) { m_environment.insert(name, value); }
    void setWorkingDirectory(const QString &directory) { m_workingDirectory = directory; }
    // Keep stdout for standardOutput() instead of emitting it as output lines (for --format json).
    void setCollectStandardOutput(bool collect) { m_collect = collect; }
    // Hand over the bytes of both channels as they are read (standardOutputRead,
    // standardErrorRead) instead of lines, for a caller with its own decoder: no output(), and
    // neither stdout nor stderr is kept.
    void setForwardChunks(bool forward) { m_forwardChunks = forward; }
    // See GroupedProcess::setNiceness.
    void setNiceness(int niceness);
    // What the command reads on stdin (see GroupedProcess::setStandardInput).
    void setStandardInput(const QByteArray &data);
    // See GroupedProcess::setReadCoalescing.
    void setReadCoalescing(int milliseconds);
    // 0: no time limit.
    void setTimeout(int milliseconds) { m_timeout = milliseconds; }
    void setStopGrace(int milliseconds);

    QString program() const { return m_program; }
    QStringList arguments() const { return m_arguments; }
    // The command as a person would type it (quoted where needed), for display only.
    QString commandLine() const;
    static QString commandLine(const QString &program, const QStringList &arguments);

    // Starts the command; again after finished() for another run (the outcome, the exit code and
    // what was kept start afresh).
    void start();
    // User-initiated: the outcome is Cancelled, not Failed.
    void cancel();
    // From start() until finished().
    bool isRunning() const { return m_running; }

    Outcome outcome() const { return m_outcome; }
    int exitCode() const { return m_exitCode; }
    QByteArray standardOutput() const { return m_stdout; }
    QString standardError() const { return m_stderr; }
    QString errorMessage() const { return m_errorMessage; }

Q_SIGNALS:
    void started(const QString &program, const QStringList &arguments);
    // Complete lines (without the newline) from stdout (unless collected) and stderr.
    void output(const QString &line);
    // With setForwardChunks(true): the bytes as they were read.
    void standardOutputRead(const QByteArray &data);
    void standardErrorRead(const QByteArray &data);
    void failed(const QString &message);
    // Always the last signal, whatever the outcome.
    void finished();

private:
    void readChunk(Utf8Stream &decoder, TextLineSplitter &lines, const QByteArray &data, bool keepAsError);
    void takeLine(QStringView line, bool keepAsError);
    void flushPending();
    void finish(Outcome outcome, const QString &message);
    QString messageFromError() const;

    QString m_program;
    QStringList m_arguments;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
    QString m_workingDirectory;
    GroupedProcess *m_process = nullptr;
    QTimer *m_timer = nullptr;
    Utf8Stream m_outDecoder;
    Utf8Stream m_errDecoder;
    TextLineSplitter m_outLines;
    TextLineSplitter m_errLines;
    QByteArray m_stdout;
    QString m_stderr;
    QString m_errorMessage;
    Outcome m_outcome = Outcome::NotFinished;
    int m_exitCode = -1;
    int m_timeout = 0;
    bool m_collect = false;
    bool m_forwardChunks = false;
    bool m_timedOut = false;
    bool m_running = false;
};

} // namespace Berth
