#include "composejob.h"

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

ComposeJob::ComposeJob(const QString &program, const QStringList &arguments, QObject *parent)
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
        if (m_collect)
            m_stdout.append(data);
        else
            readChunk(m_outDecoder, m_outPending, data, false);
    });
    connect(m_process, &GroupedProcess::standardErrorRead, this,
            [this](const QByteArray &data) { readChunk(m_errDecoder, m_errPending, data, true); });
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

void ComposeJob::setStopGrace(int milliseconds)
{
    m_process->setStopGrace(milliseconds);
}

QString ComposeJob::commandLine(const QString &program, const QStringList &arguments)
{
    return Quote::shellWords(QStringList{QFileInfo(program).fileName()} + arguments);
}

QString ComposeJob::commandLine() const
{
    return commandLine(m_program, m_arguments);
}

void ComposeJob::start()
{
    Q_ASSERT(m_outcome == Outcome::NotFinished && !m_process->isRunning());
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
    if (m_timeout > 0)
        m_timer->start(m_timeout);
}

void ComposeJob::cancel()
{
    m_timer->stop();
    m_process->stop();
}

bool ComposeJob::isRunning() const
{
    return m_process->isRunning();
}

void ComposeJob::readChunk(Utf8Stream &decoder, QString &pending, const QByteArray &data, bool keepAsError)
{
    // One stream decoder per channel: a UTF-8 sequence may be split across reads.
    pending += decoder.decode(data);
    qsizetype start = 0;
    for (;;) {
        const qsizetype newline = pending.indexOf(u'\n', start);
        if (newline < 0)
            break;
        QString line = pending.mid(start, newline - start);
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (keepAsError && m_stderr.size() < maxKeptError)
            m_stderr += line + u'\n';
        Q_EMIT output(line);
        start = newline + 1;
    }
    pending.remove(0, start);
}

void ComposeJob::flushPending()
{
    m_outPending += m_outDecoder.finish();
    m_errPending += m_errDecoder.finish();
    if (!m_outPending.isEmpty()) {
        Q_EMIT output(m_outPending);
        m_outPending.clear();
    }
    if (!m_errPending.isEmpty()) {
        if (m_stderr.size() < maxKeptError)
            m_stderr += m_errPending + u'\n';
        Q_EMIT output(m_errPending);
        m_errPending.clear();
    }
}

QString ComposeJob::messageFromError() const
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

void ComposeJob::finish(Outcome outcome, const QString &message)
{
    if (m_outcome != Outcome::NotFinished)
        return;
    m_timer->stop();
    m_outcome = outcome;
    m_errorMessage = message;
    if (outcome != Outcome::Succeeded && outcome != Outcome::Cancelled)
        Q_EMIT failed(message);
    Q_EMIT finished();
}

} // namespace Berth
