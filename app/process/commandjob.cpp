#include "commandjob.h"

#include "groupedprocess.h"

#include "core/shellquoting.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Berth {

namespace {
constexpr qsizetype maxKeptError = 64 * 1024;
}

CommandJob::CommandJob(const QString &program, const QStringList &arguments, QObject *parent)
    : QObject(parent)
    , m_program(program)
    , m_arguments(arguments)
    , m_process(new GroupedProcess(this))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        m_process->stop();
    });
    connect(m_process, &GroupedProcess::standardOutputRead, this, [this](const QByteArray &data) {
        if (m_forwardChunks)
            Q_EMIT standardOutputRead(data);
        else if (m_collect)
            m_stdout.append(data);
        else
            readChunk(m_outDecoder, m_outLines, data, false);
    });
    connect(m_process, &GroupedProcess::standardErrorRead, this, [this](const QByteArray &data) {
        if (m_forwardChunks)
            Q_EMIT standardErrorRead(data);
        else
            readChunk(m_errDecoder, m_errLines, data, true);
    });
    connect(m_process, &GroupedProcess::failedToStart, this, [this](const QString &message) {
        finish(Outcome::FailedToStart, tr("Could not start %1: %2").arg(m_program, message));
    });
    connect(m_process, &GroupedProcess::finished, this,
            [this](int exitCode, QProcess::ExitStatus status, bool stopRequested) {
                flushPending();
                m_exitCode = exitCode;
                if (m_timedOut)
                    finish(Outcome::TimedOut, tr("%1 did not finish in time and was stopped").arg(commandLine()));
                else if (stopRequested)
                    finish(Outcome::Cancelled, QString());
                else if (status == QProcess::CrashExit)
                    finish(Outcome::Crashed, tr("%1 crashed").arg(QFileInfo(m_program).fileName()));
                else if (exitCode != 0)
                    finish(Outcome::Failed, messageFromError());
                else
                    finish(Outcome::Succeeded, QString());
            });
}

void CommandJob::setStopGrace(int milliseconds)
{
    m_process->setStopGrace(milliseconds);
}

void CommandJob::setNiceness(int niceness)
{
    m_process->setNiceness(niceness);
}

void CommandJob::setStandardInput(const QByteArray &data)
{
    m_process->setStandardInput(data);
}

void CommandJob::setReadCoalescing(int milliseconds)
{
    m_process->setReadCoalescing(milliseconds);
}

QString CommandJob::commandLine(const QString &program, const QStringList &arguments)
{
    return Quote::shellWords(QStringList{QFileInfo(program).fileName()} + arguments);
}

QString CommandJob::commandLine() const
{
    return commandLine(m_program, m_arguments);
}

void CommandJob::start()
{
    Q_ASSERT(!m_running && !m_process->isRunning());
    m_outcome = Outcome::NotFinished;
    m_exitCode = -1;
    m_timedOut = false;
    m_stdout.clear();
    m_stderr.clear();
    m_errorMessage.clear();
    m_outDecoder.reset();
    m_errDecoder.reset();
    m_outLines.clear();
    m_errLines.clear();
    m_running = true;
    if (m_program.isEmpty()) {
        QTimer::singleShot(0, this, [this] { finish(Outcome::FailedToStart, tr("The docker command line tool was not found.")); });
        return;
    }
    m_process->setProgram(m_program);
    m_process->setArguments(m_arguments);
    m_process->setProcessEnvironment(m_environment);
    m_process->setWorkingDirectory(m_workingDirectory);
    Q_EMIT started(m_program, m_arguments);
    m_process->start();
    // (A program that cannot start may have finished the job already.)
    if (m_timeout > 0 && m_running)
        m_timer->start(m_timeout);
}

void CommandJob::cancel()
{
    m_timer->stop();
    m_process->stop();
}

void CommandJob::readChunk(Utf8Stream &decoder, TextLineSplitter &lines, const QByteArray &data, bool keepAsError)
{
    // One stream decoder per channel: a UTF-8 sequence may be split across reads.
    lines.feed(decoder.decode(data), [this, keepAsError](QStringView line) { takeLine(line, keepAsError); });
}

void CommandJob::takeLine(QStringView line, bool keepAsError)
{
    if (keepAsError && m_stderr.size() < maxKeptError)
        m_stderr += line + u'\n';
    Q_EMIT output(line.toString());
}

void CommandJob::flushPending()
{
    const auto out = [this](QStringView line) { takeLine(line, false); };
    m_outLines.feed(m_outDecoder.finish(), out);
    m_outLines.finish(out);
    const auto err = [this](QStringView line) { takeLine(line, true); };
    m_errLines.feed(m_errDecoder.finish(), err);
    m_errLines.finish(err);
}

QString CommandJob::messageFromError() const
{
    // The CLI's own words: the last line that says what went wrong, not a progress line.
    const QStringList lines = m_stderr.split(u'\n', Qt::SkipEmptyParts);
    static const QRegularExpression progress(u"^\\s*(Container|Network|Volume|Image)\\s.*\\s(Creating|Created|Starting|Started|Stopping|Stopped|Removing|Removed|Waiting|Healthy|Running|Recreate|Recreated|Restarting|Pulling|Pulled|Building|Built)\\s*$"_s);
    QString best;
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const QString line = it->trimmed();
        if (line.isEmpty() || progress.match(line).hasMatch())
            continue;
        if (line.contains("Error"_L1, Qt::CaseInsensitive) || line.contains("failed"_L1, Qt::CaseInsensitive)
            || line.contains("denied"_L1) || line.contains("Cannot"_L1) || line.contains("not found"_L1)) {
            best = line;
            break;
        }
        if (best.isEmpty())
            best = line;
    }
    const QString code = tr("exit code %1").arg(m_exitCode);
    // Nothing on stderr (a test run that failed, a script's plain exit): the code says it all;
    // the command line is on show already.
    return best.isEmpty() ? tr("exited with code %1").arg(m_exitCode) : best + " ("_L1 + code + u')';
}

void CommandJob::finish(Outcome outcome, const QString &message)
{
    if (m_outcome != Outcome::NotFinished)
        return;
    m_timer->stop();
    m_running = false;
    m_outcome = outcome;
    m_errorMessage = message;
    if (outcome != Outcome::Succeeded && outcome != Outcome::Cancelled)
        Q_EMIT failed(message);
    Q_EMIT finished();
}

} // namespace Berth
