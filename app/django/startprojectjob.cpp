#include "django/startprojectjob.h"

#include "docker/dockerenvironment.h"
#include "platform/hostsystem.h"
#include "process/commandjob.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Berth {

namespace {

// Where the chosen folder is mounted in the container.
constexpr auto mountPoint = "/berth-project"_L1;

// Runs in the container with the project name as its argument: Django from the image when it has
// it, else pip-installed into /tmp (which the container's user can write), then startproject.
// A fixed program text; the name is an argument, never part of it.
QString containerScript()
{
    return u"import importlib.util, subprocess, sys\n"
    "if importlib.util.find_spec('django') is None:\n"
    "    print('Django is not in the image: pip install Django (into the container only)', flush=True)\n"
    "    subprocess.run([sys.executable, '-m', 'pip', 'install', '--quiet', '--disable-pip-version-check',\n"
    "                    '--target', '/tmp/berth-django', 'Django'], check=True)\n"
    "    sys.path.insert(0, '/tmp/berth-django')\n"
    "from django.core import management\n"
    "management.execute_from_command_line(['django-admin', 'startproject', sys.argv[1]])\n"_s;
}

} // namespace

StartProjectJob::StartProjectJob(QObject *parent)
    : QObject(parent)
{
}

// The CommandJob is a child: the process layer stops the process group on destruction and reaps
// it later, so destroying a running job never waits.
StartProjectJob::~StartProjectJob() = default;

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

QString StartProjectJob::dockerCommand(const QProcessEnvironment &environment)
{
    return DockerEnvironment::findCli({}, environment);
}

QStringList StartProjectJob::containerArguments(const QString &parentDir, const QString &projectName,
                                                const QString &image, int uid, int gid)
{
    QStringList arguments = {u"run"_s, u"--rm"_s, u"--interactive=false"_s,
                             u"--volume"_s, QDir::toNativeSeparators(parentDir) + u':' + mountPoint,
                             u"--workdir"_s, mountPoint,
                             // pip's cache and Python's writes go to /tmp: a --user id has no home.
                             u"--env"_s, u"HOME=/tmp"_s};
    if (uid >= 0 && gid >= 0)
        arguments += {u"--user"_s, QString::number(uid) + u':' + QString::number(gid)};
    arguments += {image, u"python3"_s, u"-c"_s, containerScript(), projectName};
    return arguments;
}

void StartProjectJob::setDocker(const QString &program, const QProcessEnvironment &environment)
{
    m_docker = program;
    m_dockerEnvironment = environment;
}

bool StartProjectJob::isRunning() const
{
    return m_job && m_job->isRunning();
}

void StartProjectJob::cancel()
{
    if (isRunning())
        m_job->cancel();
}

void StartProjectJob::start(Where where, const QString &parentDir, const QString &projectName, const QString &image)
{
    m_where = where;
    if (!QDir().mkpath(parentDir)) {
        Q_EMIT finished(false, tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(parentDir)));
        return;
    }
    if (where == Where::Host) {
        const QStringList command = djangoAdminCommand();
        if (command.isEmpty()) {
            Q_EMIT finished(false, tr("Neither django-admin nor Python was found on this computer: create the project in "
                                      "a container (Docker only), install Django, or choose a folder that already "
                                      "holds a Django project."));
            return;
        }
        run(command.first(), command.mid(1) + QStringList{u"startproject"_s, projectName}, parentDir,
            QProcessEnvironment::systemEnvironment());
        return;
    }
    const QString docker = m_docker.isEmpty() ? dockerCommand(m_dockerEnvironment) : m_docker;
    if (docker.isEmpty()) {
        Q_EMIT finished(false, tr("The docker command line tool was not found: install Docker, or create the project "
                                  "with a local Django."));
        return;
    }
    // docker's --volume splits at ':'; only a Windows drive letter is understood.
    if (Platform::currentOs() != Platform::Os::Windows && QFileInfo(parentDir).absoluteFilePath().contains(u':')) {
        Q_EMIT finished(false, tr("The folder %1 has a ':' in its path, which docker --volume cannot mount: choose "
                                  "another folder.").arg(parentDir));
        return;
    }
    int uid = m_uid;
    int gid = m_gid;
    if (uid == -2 || gid == -2) {
        uid = gid = -1;
        // The files belong to the user, not to root (Docker Desktop maps ownership on macOS and Windows).
        if (const std::optional<Platform::HostUser> user = Platform::hostUser()) {
            uid = user->uid;
            gid = user->gid;
        }
    }
    run(docker, containerArguments(QFileInfo(parentDir).absoluteFilePath(), projectName, image, uid, gid), parentDir,
        m_dockerEnvironment);
}

void StartProjectJob::run(const QString &program, const QStringList &arguments, const QString &workDir,
                          const QProcessEnvironment &environment)
{
    if (m_job) {
        // Possibly called from the last job's finished(): it goes when that returns.
        m_job->disconnect(this);
        m_job->deleteLater();
    }
    m_lines.clear();
    m_job = new CommandJob(program, arguments, this);
    m_job->setProcessEnvironment(environment);
    m_job->setWorkingDirectory(workDir);
    // The script is long; the command line shown says what runs, not the script's text.
    QStringList shown = arguments;
    if (m_where == Where::Container)
        shown.replace(shown.indexOf(containerScript()), u"<startproject script>"_s);
    m_commandLine = CommandJob::commandLine(program, shown);
    connect(m_job, &CommandJob::output, this, [this](const QString &line) {
        if (m_lines.size() < 200)
            m_lines.append(line);
        Q_EMIT output(line);
    });
    connect(m_job, &CommandJob::finished, this, [this] {
        const QString output = m_lines.join(u'\n').trimmed();
        switch (m_job->outcome()) {
        case CommandJob::Outcome::Succeeded:
            Q_EMIT finished(true, tr("Created the Django project with: %1").arg(m_commandLine));
            return;
        case CommandJob::Outcome::Cancelled:
            Q_EMIT finished(false, tr("Cancelled: %1").arg(m_commandLine));
            return;
        case CommandJob::Outcome::FailedToStart:
            Q_EMIT finished(false, m_job->errorMessage());
            return;
        default:
            break;
        }
        if (m_where == Where::Host && output.contains("No module named django"_L1)) {
            Q_EMIT finished(false, tr("Django is not installed for %1: create the project in a container (Docker only), "
                                      "install Django, or choose a folder that already holds a Django project.")
                                       .arg(m_job->program()));
            return;
        }
        const QString last = output.section(u'\n', -1).trimmed();
        Q_EMIT finished(false, tr("%1 failed: %2").arg(m_commandLine, last.isEmpty() ? m_job->errorMessage() : last));
    });
    m_job->start();
}

} // namespace Berth
