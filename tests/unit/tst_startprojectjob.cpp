// StartProjectJob: django-admin startproject on the host (asynchronous, through the process layer)
// and the `docker run` it gives for a container (the real engine: e2e_startproject_container).
#include "django/startprojectjob.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Berth::StartProjectJob;

class TestStartProjectJob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void containerArguments();
    void hostIsAsynchronous();
    void missingDockerIsOneLine();
};

void TestStartProjectJob::containerArguments()
{
    const QStringList args = StartProjectJob::containerArguments(u"/home/ann/new site"_s, u"mysite"_s,
                                                                 u"python:3.13-slim"_s, 1000, 1001);
    QCOMPARE(args.first(), u"run"_s);
    QVERIFY(args.contains(u"--rm"_s));
    QCOMPARE(args.at(args.indexOf(u"--volume"_s) + 1), u"/home/ann/new site:/berth-project"_s);
    QCOMPARE(args.at(args.indexOf(u"--workdir"_s) + 1), u"/berth-project"_s);
    QCOMPARE(args.at(args.indexOf(u"--user"_s) + 1), u"1000:1001"_s);
    // The image runs python3 with a fixed script; the name is an argument of its own, never in a shell string.
    const qsizetype image = args.indexOf(u"python:3.13-slim"_s);
    QVERIFY(image > 0);
    QCOMPARE(args.mid(image + 1, 2), (QStringList{u"python3"_s, u"-c"_s}));
    QVERIFY(args.at(image + 3).contains("execute_from_command_line(['django-admin', 'startproject', sys.argv[1]])"_L1));
    QCOMPARE(args.last(), u"mysite"_s);
    QCOMPARE(args.size(), image + 5);
    QVERIFY(!args.contains(u"sh"_s) && !args.contains(u"bash"_s));
    // No --user where the ids are not known (macOS, Windows).
    QVERIFY(!StartProjectJob::containerArguments(u"/p"_s, u"x"_s, u"python:3.13"_s, -1, -1).contains(u"--user"_s));
}

void TestStartProjectJob::hostIsAsynchronous()
{
    if (QStandardPaths::findExecutable(u"django-admin"_s).isEmpty())
        QSKIP("no django-admin on PATH");
    QTemporaryDir dir;
    StartProjectJob job;
    QSignalSpy finished(&job, &StartProjectJob::finished);
    job.start(StartProjectJob::Where::Host, dir.filePath(u"new"_s), u"mysite"_s);
    // start() returns with django-admin still running: nothing waits on the caller's thread.
    QVERIFY(job.isRunning());
    QCOMPARE(finished.count(), 0);
    QVERIFY(finished.wait(120000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY(QFile::exists(dir.filePath(u"new/mysite/manage.py"_s)));
    QVERIFY(job.commandLine().contains("startproject mysite"_L1));

    // A second run into the same folder fails, with django-admin's own words on one line.
    job.start(StartProjectJob::Where::Host, dir.filePath(u"new"_s), u"mysite"_s);
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.last().at(0).toBool(), false);
    const QString message = finished.last().at(1).toString();
    QVERIFY2(message.contains("failed"_L1) && !message.contains(u'\n'), qPrintable(message));
}

void TestStartProjectJob::missingDockerIsOneLine()
{
    QTemporaryDir dir;
    StartProjectJob job;
    job.setDocker(dir.filePath(u"no-such-docker"_s), QProcessEnvironment::systemEnvironment());
    QSignalSpy finished(&job, &StartProjectJob::finished);
    job.start(StartProjectJob::Where::Container, dir.filePath(u"new"_s), u"mysite"_s, u"python:3.13"_s);
    QVERIFY(finished.count() == 1 || finished.wait(30000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    const QString message = finished.first().at(1).toString();
    QVERIFY2(message.contains("no-such-docker"_L1) && !message.contains(u'\n'), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestStartProjectJob)
#include "tst_startprojectjob.moc"
