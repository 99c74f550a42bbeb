#pragma once

#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>

namespace Berth {

class CommandJob;

// Runs `django-admin startproject NAME` in a folder, to give the wizard a Django project to set
// up when the chosen folder has none. Two ways:
// - on the host: django-admin from PATH, else `python3 -m django` (faster, needs Django there);
// - in a container of the chosen python image (`docker run --rm`), for a machine with only
//   Docker: Django from the image, or pip-installed into the container's /tmp when the image has
//   none. On Linux the container runs as the user's UID/GID, so the files are the user's.
// Asynchronous (CommandJob's process layer): nothing waits on the calling thread, and destroying
// the job stops its process group without waiting.
class StartProjectJob : public QObject
{
    Q_OBJECT
public:
    enum class Where { Host, Container };
    Q_ENUM(Where)

    explicit StartProjectJob(QObject *parent = nullptr);
    ~StartProjectJob() override;

    // The program and leading arguments that run django-admin on the host (no process is started
    // to find out); empty when neither django-admin nor a Python is on PATH.
    static QStringList djangoAdminCommand();
    // The docker CLI (absolute) that runs the container, or "" when there is none.
    static QString dockerCommand(const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    // `docker` arguments that make projectName in parentDir inside image; uid/gid < 0: no --user.
    static QStringList containerArguments(const QString &parentDir, const QString &projectName, const QString &image,
                                          int uid, int gid);

    // For the container: the docker CLI and its environment (DOCKER_HOST, ...); found on PATH by default.
    void setDocker(const QString &program, const QProcessEnvironment &environment);
    // The container's --user; by default the user running Berth on Linux, none elsewhere.
    void setUserIds(int uid, int gid)
    {
        m_uid = uid;
        m_gid = gid;
    }
    // Starts the job; finished() follows, also for a failure to start.
    void start(Where where, const QString &parentDir, const QString &projectName, const QString &image = {});
    void cancel();
    bool isRunning() const;
    QString commandLine() const { return m_commandLine; }

Q_SIGNALS:
    // A line of the command's output (pip's progress in the container, errors).
    void output(const QString &line);
    void finished(bool ok, const QString &message);

private:
    void run(const QString &program, const QStringList &arguments, const QString &workDir,
             const QProcessEnvironment &environment);

    CommandJob *m_job = nullptr;
    QString m_docker;
    QProcessEnvironment m_dockerEnvironment = QProcessEnvironment::systemEnvironment();
    QString m_commandLine;
    QStringList m_lines;
    Where m_where = Where::Host;
    int m_uid = -2; // -2: the default
    int m_gid = -2;
};

} // namespace Berth
