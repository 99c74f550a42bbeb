// berth-e2e --startproject-in-container: "Create the project" with only Docker. StartProjectJob
// runs django-admin startproject in a container of the python image, as another user than the
// one running the test (so that ownership proves the --user), then `manage.py check` runs on the
// new project in the same image.
#include "e2eflow.h"
#include "e2ehelpers.h"

#include "django/startprojectjob.h"
#include "process/commandjob.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <unistd.h>

namespace BerthE2E {

namespace {

constexpr int otherUid = 4321;
constexpr int otherGid = 4322;

bool check(bool ok, const QString &failure, QString *why)
{
    if (!ok)
        *why = failure;
    return ok;
}

} // namespace

bool startProjectInContainer(const QString &workDir, const QString &image)
{
    QElapsedTimer clock;
    clock.start();
    const QString parent = workDir + u"/fresh-in-container"_s;
    QString why;
    bool ok = false;
    // The user's own folder, as a user's would be: the container's user must be able to write it.
    if (!QDir().mkpath(parent) || ::chown(QFile::encodeName(parent).constData(), otherUid, otherGid) != 0) {
        out() << "[e2e] cannot make " << parent << " for " << otherUid << ':' << otherGid << Qt::endl;
        return false;
    }
    {
        Berth::StartProjectJob job;
        job.setUserIds(otherUid, otherGid);
        QEventLoop loop;
        QString message;
        QObject::connect(&job, &Berth::StartProjectJob::output, &job,
                         [](const QString &line) { out() << "[e2e]   | " << line << Qt::endl; });
        QObject::connect(&job, &Berth::StartProjectJob::finished, &loop, [&](bool success, const QString &text) {
            ok = success;
            message = text;
            loop.quit();
        });
        QTimer::singleShot(600000, &loop, [&] {
            message = u"startproject in the container did not finish in 10 minutes"_s;
            job.cancel();
        });
        job.start(Berth::StartProjectJob::Where::Container, parent, u"mysite"_s, image);
        if (job.isRunning())
            loop.exec();
        out() << "[e2e] " << job.commandLine() << Qt::endl << "[e2e]   " << message << Qt::endl;
        why = message;
    }
    const QString project = parent + u"/mysite"_s;
    ok = ok && check(QFile::exists(project + u"/manage.py"_s) && QFile::exists(project + u"/mysite/settings.py"_s),
                     u"no manage.py or mysite/settings.py in "_s + project, &why);
    // Every file and folder startproject made belongs to the --user the container ran as.
    if (ok) {
        QDirIterator it(project, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
        int count = 0;
        while (ok && it.hasNext()) {
            const QFileInfo info(it.next());
            ++count;
            ok = check(info.ownerId() == uint(otherUid) && info.groupId() == uint(otherGid),
                       u"%1 belongs to %2:%3, not to the container's user %4:%5"_s.arg(info.filePath())
                           .arg(info.ownerId()).arg(info.groupId()).arg(otherUid).arg(otherGid), &why);
        }
        ok = ok && check(count >= 6, u"only %1 files in the new project"_s.arg(count), &why);
        if (ok)
            out() << "[e2e]   " << count << " files, all owned by " << otherUid << ':' << otherGid << Qt::endl;
    }
    // The new project passes Django's checks with the image's Django.
    if (ok) {
        auto *job = new Berth::CommandJob(Berth::StartProjectJob::dockerCommand(),
                                          {u"run"_s, u"--rm"_s, u"--volume"_s, project + u":/p"_s, u"--workdir"_s, u"/p"_s,
                                           u"--user"_s, u"%1:%2"_s.arg(otherUid).arg(otherGid), u"--env"_s, u"HOME=/tmp"_s,
                                           image, u"python3"_s, u"manage.py"_s, u"check"_s});
        QEventLoop loop;
        QString output;
        QObject::connect(job, &Berth::CommandJob::output, job, [&](const QString &line) { output += line + u'\n'; });
        QObject::connect(job, &Berth::CommandJob::finished, &loop, &QEventLoop::quit);
        job->setTimeout(300000);
        job->start();
        loop.exec();
        out() << "[e2e] " << job->commandLine() << Qt::endl << output;
        ok = check(job->outcome() == Berth::CommandJob::Outcome::Succeeded
                       && output.contains("System check identified no issues"_L1),
                   u"manage.py check failed on the new project: "_s + output + job->errorMessage(), &why);
        delete job;
    }
    out() << "[e2e] create the project in a container: " << (ok ? "PASSED" : "FAILED") << " ("
          << QString::number(double(clock.elapsed()) / 1000.0, 'f', 1) << " s)" << Qt::endl;
    if (!ok)
        out() << why << Qt::endl;
    return ok;
}

} // namespace BerthE2E
