#include "docker/startprojectjob.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Berth {

StartProjectJob::StartProjectJob(QObject *parent)
    : QObject(parent)
{
}

StartProjectJob::~StartProjectJob()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        // startproject only writes a few files; a destroyed wizard must not leave it behind.
        m_process->kill();
        m_process->waitForFinished(2000);
    }
}

QStringList StartProjectJob::djangoAdminCommand()
{
    const QString admin = QStandardPaths::findExecutable(u"django-admin"_s);
    if (!admin.isEmpty())
        return {admin};
    // Without django-admin on PATH, `python3 -m django` is the same program where Django is
    // importable; where it is not, the job fails and says so (see start()).
    for (const QString &python : {u"python3"_s, u"python"_s}) {
        const QString exe = QStandardPaths::findExecutable(python);
        if (!exe.isEmpty())
            return {exe, u"-m"_s, u"django"_s};
    }
    return {};
}

bool StartProjectJob::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

void StartProjectJob::start(const QString &parentDir, const QString &projectName)
{
    const QStringList command = djangoAdminCommand();
    if (command.isEmpty()) {
        Q_EMIT finished(false, tr("Neither django-admin nor Python was found on this computer: install Django (for example "
                                  "\"pip install Django\" or your system's python3-django package), or choose "
                                  "a folder that already holds a Django project."));
        return;
    }
    if (!QDir().mkpath(parentDir)) {
        Q_EMIT finished(false, tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(parentDir)));
        return;
    }
    m_process = new QProcess(this);
    m_process->setWorkingDirectory(parentDir);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    const QStringList arguments = command.mid(1) + QStringList{u"startproject"_s, projectName};
    m_commandLine = (QStringList{command.first()} + arguments).join(u' ');
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            Q_EMIT finished(false, tr("Could not start %1: %2").arg(m_commandLine, m_process->errorString()));
    });
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        const QString output = QString::fromLocal8Bit(m_process->readAll()).trimmed();
        if (output.contains("No module named django"_L1)) {
            Q_EMIT finished(false, tr("Django is not installed for %1: install it (for example \"pip install Django\" "
                                      "or your system's python3-django package), or choose a folder that already "
                                      "holds a Django project.").arg(m_process->program()));
            return;
        }
        if (status == QProcess::NormalExit && code == 0)
            Q_EMIT finished(true, tr("Created the Django project with: %1").arg(m_commandLine));
        else
            Q_EMIT finished(false, tr("%1 failed: %2").arg(m_commandLine, output.isEmpty() ? tr("exit code %1").arg(code) : output));
    });
    m_process->start(command.first(), arguments);
}

} // namespace Berth
