// ProcessTree on Windows: a Job Object per child with KILL_ON_JOB_CLOSE. Output is read
// through QProcess (PacedOutput is a Unix pipe technique).
#include "platform/processtree.h"

#include <QProcess>

#include <qt_windows.h>

namespace Berth::Platform {

struct ProcessTree::State {
    HANDLE job = nullptr;
    int niceness = 0;
};

ProcessTree::ProcessTree() : m_state(std::make_unique<State>()) {}

ProcessTree::~ProcessTree()
{
    forget();
}

void ProcessTree::prepare(QProcess *, int niceness, const PacedOutput *)
{
    forget();
    m_state->niceness = niceness;
}

void ProcessTree::started(qint64 pid)
{
    forget();
    HANDLE job = ::CreateJobObjectW(nullptr, nullptr);
    if (!job)
        return;
    JOBOBJECT_EXTENDED_LIMIT_INFORMATION limits = {};
    limits.BasicLimitInformation.LimitFlags = JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE;
    ::SetInformationJobObject(job, JobObjectExtendedLimitInformation, &limits, sizeof limits);
    // Children the process starts from now on are in the job too. (One started in the moment
    // before this call is not: docker starts its compose plugin only after parsing its
    // arguments, well after.)
    HANDLE process = ::OpenProcess(PROCESS_SET_QUOTA | PROCESS_TERMINATE | PROCESS_SET_INFORMATION, FALSE, DWORD(pid));
    if (!process || !::AssignProcessToJobObject(job, process)) {
        if (process)
            ::CloseHandle(process);
        ::CloseHandle(job);
        return;
    }
    if (m_state->niceness > 0)
        ::SetPriorityClass(process, m_state->niceness >= 10 ? IDLE_PRIORITY_CLASS : BELOW_NORMAL_PRIORITY_CLASS);
    ::CloseHandle(process);
    m_state->job = job;
}

bool ProcessTree::stop(Stop step)
{
    // A console program started without a console of Berth's gets no Ctrl+C; the gentle steps
    // are the caller's (QProcess::terminate). Kill ends the whole job.
    if (!m_state->job || step != Stop::Kill)
        return false;
    return ::TerminateJobObject(m_state->job, 1) != 0;
}

void ProcessTree::forget()
{
    // Closing the last handle of a KILL_ON_JOB_CLOSE job ends what is still in it.
    if (m_state->job)
        ::CloseHandle(m_state->job);
    m_state->job = nullptr;
}

std::unique_ptr<PacedOutput> PacedOutput::create(int, Sink, Sink)
{
    return nullptr;
}

PacedOutput::~PacedOutput() = default;

void PacedOutput::closeWriteEnds() {}

void PacedOutput::drain() {}

} // namespace Berth::Platform
