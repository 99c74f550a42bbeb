#include "groupedprocess.h"

#include "platform/processtree.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Berth {

namespace {

// The QProcesses of groups killed by a destructor whose child has not been reaped yet: each
// deletes itself once it has. Those still here when the application ends are reaped and deleted
// as it does (they were sent SIGKILL, so the wait is short), so no process is left a zombie and
// no QProcess outlives the application (LeakSanitizer reports one that does).
QList<QPointer<QProcess>> &orphans()
{
    static QList<QPointer<QProcess>> list;
    return list;
}

void reapOrphans()
{
    const QList<QPointer<QProcess>> list = std::exchange(orphans(), {});
    for (const QPointer<QProcess> &process : list) {
        if (!process)
            continue;
        process->disconnect();
        if (process->state() != QProcess::NotRunning)
            process->waitForFinished(2000);
        delete process.data();
    }
}

void adopt(QProcess *orphan)
{
    static bool registered = false;
    if (!registered && QCoreApplication::instance()) {
        qAddPostRoutine(reapOrphans);
        registered = true;
    }
    QList<QPointer<QProcess>> &list = orphans();
    list.removeAll(nullptr);
    list.append(orphan);
}

} // namespace

GroupedProcess::GroupedProcess(QObject *parent)
    : QObject(parent)
    , m_stopTimer(new QTimer(this))
    , m_tree(std::make_unique<Platform::ProcessTree>())
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
    m_tree->stop(Platform::ProcessTree::Stop::Kill);
    m_process->kill();
    m_process->setParent(nullptr);
    QProcess *orphan = m_process;
    QObject::connect(orphan, &QProcess::finished, orphan, &QObject::deleteLater);
    adopt(orphan);
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
    if (m_coalesceMs > 0)
        m_paced = Platform::PacedOutput::create(
            m_coalesceMs, [this](const QByteArray &data) { Q_EMIT standardOutputRead(data); },
            [this](const QByteArray &data) { Q_EMIT standardErrorRead(data); });
    m_tree->prepare(m_process, m_niceness, m_paced.get());
    QProcess *process = m_process;
    connect(process, &QProcess::started, this, [this, process] {
        m_pid = process->processId();
        m_tree->started(m_pid);
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
        if (m_paced)
            m_paced->drain();
        const QByteArray out = process->readAllStandardOutput();
        if (!out.isEmpty())
            Q_EMIT standardOutputRead(out);
        const QByteArray err = process->readAllStandardError();
        if (!err.isEmpty())
            Q_EMIT standardErrorRead(err);
        m_stopTimer->stop();
        // The leader is gone; members it left behind (compose plugin) still get the group kill.
        if (m_pid > 0 && m_stopRequested)
            m_tree->stop(Platform::ProcessTree::Stop::Kill);
        Q_EMIT finished(exitCode, status, m_stopRequested);
    });
    m_process->start();
    // The child has its copies (QProcess forks in start()); ours would keep the pipes open.
    if (m_paced)
        m_paced->closeWriteEnds();
}

void GroupedProcess::closePipes()
{
    m_paced.reset();
}

bool GroupedProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

qint64 GroupedProcess::processId() const
{
    return m_pid;
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
    using Stop = Platform::ProcessTree::Stop;
    static constexpr Stop steps[] = {Stop::Interrupt, Stop::Terminate, Stop::Kill};
    const int step = qMin(m_stopStep, 2);
    // Where the tree cannot be reached (still starting; a platform without that step), the
    // leader alone.
    if (m_process->state() == QProcess::Starting || !m_tree->stop(steps[step])) {
        if (step < 2)
            m_process->terminate();
        else
            m_process->kill();
    }
    ++m_stopStep;
    if (m_stopStep <= 2)
        m_stopTimer->start(m_stopGrace);
}

} // namespace Berth
