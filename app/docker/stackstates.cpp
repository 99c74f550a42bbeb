#include "stackstates.h"

#include "composeproject.h"
#include "dockerenvironment.h"
#include "jsonobjects.h"
#include "process/commandjob.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Berth {

QList<ComposeListEntry> ComposeListEntry::parseList(const QByteArray &output, QStringList *warnings)
{
    const JsonObjects parsed = JsonObjects::parse(output);
    QList<ComposeListEntry> entries;
    for (const QJsonObject &object : parsed.objects) {
        ComposeListEntry entry;
        entry.name = object.value("Name"_L1).toString();
        entry.status = object.value("Status"_L1).toString();
        for (const QString &file : object.value("ConfigFiles"_L1).toString().split(u',', Qt::SkipEmptyParts))
            entry.configFiles.append(QDir::cleanPath(file.trimmed()));
        if (!entry.name.isEmpty())
            entries.append(entry);
    }
    if (warnings) {
        for (const QString &skipped : parsed.skipped)
            warnings->append(u"compose ls: skipped %1"_s.arg(skipped));
    }
    return entries;
}

StackState ComposeListEntry::stateOf(const QString &directory, const QList<ComposeListEntry> &entries)
{
    const QString folder = QDir::cleanPath(QFileInfo(directory).absoluteFilePath());
    const QString name = ComposeProject::nameFromDirectory(folder);
    for (const ComposeListEntry &entry : entries) {
        const bool here = entry.configFiles.isEmpty()
                              ? entry.name == name
                              : std::any_of(entry.configFiles.cbegin(), entry.configFiles.cend(), [&folder](const QString &file) {
                                    return QFileInfo(file).absolutePath() == folder;
                                });
        if (!here)
            continue;
        return entry.status.contains("running"_L1) ? StackState::Running : StackState::Stopped;
    }
    return StackState::NeverStarted;
}

StackStates::StackStates(DockerEnvironment *environment, QObject *parent)
    : QObject(parent)
    , m_environment(environment)
{
    connect(m_environment, &DockerEnvironment::probeFinished, this, &StackStates::onProbed);
}

StackStates::~StackStates()
{
    if (m_job)
        m_job->cancel();
}

void StackStates::query(const QStringList &directories)
{
    m_directories = directories;
    if (m_job) {
        m_job->cancel();
        m_job->deleteLater();
        m_job.clear();
    }
    m_querying = true;
    m_environment->probe(); // again each time: Docker may have started or stopped since
}

void StackStates::onProbed()
{
    if (!m_querying || m_job)
        return;
    if (!m_environment->isReady()) {
        finish({}, false);
        return;
    }
    auto *job = new CommandJob(m_environment->composeProgram(),
                               m_environment->composePrefix() + QStringList{u"ls"_s, u"--all"_s, u"--format"_s, u"json"_s}, this);
    job->setProcessEnvironment(m_environment->composeEnvironment());
    job->setCollectStandardOutput(true);
    job->setTimeout(20000);
    job->setStopGrace(300);
    m_job = job;
    connect(job, &CommandJob::finished, this, [this, job] {
        job->deleteLater();
        if (m_job != job)
            return;
        m_job.clear();
        const bool ok = job->outcome() == CommandJob::Outcome::Succeeded;
        finish(ok ? ComposeListEntry::parseList(job->standardOutput()) : QList<ComposeListEntry>(), ok);
    });
    job->start();
}

void StackStates::finish(const QList<ComposeListEntry> &entries, bool known)
{
    m_states.clear();
    for (const QString &directory : std::as_const(m_directories))
        m_states.insert(directory, known ? ComposeListEntry::stateOf(directory, entries) : StackState::Unknown);
    m_querying = false;
    Q_EMIT finished();
}

} // namespace Berth
