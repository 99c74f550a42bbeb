#include "groupedprocess.h"

#include <QTimer>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/types.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Berth {

GroupedProcess::GroupedProcess(QObject *parent)
    : QObject(parent)
    , m_stopTimer(new QTimer(this))
{
    m_stopTimer->setSingleShot(true);
    connect(m_stopTimer, &QTimer::timeout, this, &GroupedProcess::escalate);
}

GroupedProcess::~GroupedProcess()
{
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
    m_process = new QProcess(this);
    m_process->setProgram(m_program);
    m_process->setArguments(m_arguments);
    m_process->setProcessEnvironment(m_environment);
    if (!m_workingDirectory.isEmpty())
        m_process->setWorkingDirectory(m_workingDirectory);
    m_process->setStandardInputFile(QProcess::nullDevice());
#ifdef Q_OS_UNIX
    // A new session makes the child the leader of a new process group whose id is its pid.
    m_process->setChildProcessModifier([] { ::setsid(); });
#endif
    QProcess *process = m_process;
    connect(process, &QProcess::started, this, [this, process] {
        m_pid = process->processId();
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
