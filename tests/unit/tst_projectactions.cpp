// The list of actions (described once, for every menu, button and shortcut) and what a
// ProjectSession does without an engine.
#include "actions/projectaction.h"
#include "docker/dockerenvironment.h"
#include "models/servicemodel.h"
#include "session/projectsession.h"

#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Berth;

namespace {

ComposeConfig configWith(const QStringList &services)
{
    ComposeConfig config;
    for (const QString &name : services) {
        ServiceDefinition service;
        service.name = name;
        config.services.append(service);
    }
    return config;
}

} // namespace

class TestProjectActions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void describedOnce();
    void arguments_data();
    void arguments();
    void sessionWithoutComposeFile();
    void shellGetsTheComposeEnvironment();
};

void TestProjectActions::describedOnce()
{
    const QList<ProjectAction> &actions = ProjectActions::all();
    QSet<int> ids;
    QSet<QString> names, titles;
    QSet<int> shortcuts;
    for (const ProjectAction &a : actions) {
        QVERIFY2(!ids.contains(int(a.id)), qPrintable(a.name));
        ids.insert(int(a.id));
        QVERIFY2(!names.contains(a.name), qPrintable(a.name));
        names.insert(a.name);
        QVERIFY2(!titles.contains(a.menuTitle), qPrintable(a.menuTitle));
        titles.insert(a.menuTitle);
        QVERIFY(!a.title.isEmpty() && !a.toolTip.isEmpty());
        QVERIFY2(!a.title.contains(u'&'), qPrintable(a.title));
        QCOMPARE(&ProjectActions::get(a.id), &a);
        if (a.shortcut.key() != Qt::Key_unknown) {
            QVERIFY2(!shortcuts.contains(a.shortcut.toCombined()), qPrintable(a.name));
            shortcuts.insert(a.shortcut.toCombined());
        }
    }
    QCOMPARE(ids.size(), int(ActionId::OpenSite) + 1);
    // What the view asks before running.
    QVERIFY(ProjectActions::get(ActionId::DownWithVolumes).asksFirst);
    QVERIFY(ProjectActions::get(ActionId::CreateSuperuser).asksFirst);
    QVERIFY(!ProjectActions::get(ActionId::Down).asksFirst);
    QVERIFY(ProjectActions::get(ActionId::RestartService).needsService);
    QVERIFY(!ProjectActions::get(ActionId::Restart).needsService);
    QCOMPARE(ProjectActions::get(ActionId::CollectStatic).title, u"Collect Static"_s);
}

void TestProjectActions::arguments_data()
{
    QTest::addColumn<int>("id");
    QTest::addColumn<QStringList>("services");
    QTest::addColumn<QString>("selected");
    QTest::addColumn<QStringList>("expected");
    const QStringList generated{u"app"_s, u"manage"_s, u"tests"_s};
    const QStringList plain{u"app"_s};
    QTest::newRow("up") << int(ActionId::Up) << generated << QString() << QStringList{u"up"_s, u"-d"_s};
    QTest::newRow("up ignores a selection") << int(ActionId::Up) << generated << u"app"_s << QStringList{u"up"_s, u"-d"_s};
    QTest::newRow("up a service") << int(ActionId::UpService) << generated << u"app"_s
                                  << QStringList{u"up"_s, u"-d"_s, u"app"_s};
    QTest::newRow("a service's action without one") << int(ActionId::StopService) << generated << QString() << QStringList{};
    QTest::newRow("down with volumes") << int(ActionId::DownWithVolumes) << generated << QString()
                                       << QStringList{u"down"_s, u"--volumes"_s};
    QTest::newRow("migrate, manage service") << int(ActionId::Migrate) << generated << QString()
                                             << QStringList{u"run"_s, u"--rm"_s, u"manage"_s, u"migrate"_s};
    QTest::newRow("migrate, app only") << int(ActionId::Migrate) << plain << QString()
                                       << QStringList{u"run"_s, u"--rm"_s, u"app"_s, u"python"_s, u"manage.py"_s, u"migrate"_s};
    QTest::newRow("collectstatic") << int(ActionId::CollectStatic) << generated << QString()
                                   << QStringList{u"run"_s, u"--rm"_s, u"manage"_s, u"collectstatic"_s, u"--noinput"_s};
    QTest::newRow("check deploy") << int(ActionId::CheckDeploy) << generated << QString()
                                  << QStringList{u"run"_s, u"--rm"_s, u"manage"_s, u"check"_s, u"--deploy"_s};
    QTest::newRow("shell") << int(ActionId::Shell) << generated << QString()
                           << QStringList{u"run"_s, u"--rm"_s, u"manage"_s, u"shell"_s};
    QTest::newRow("site: no command") << int(ActionId::OpenSite) << generated << QString() << QStringList{};
}

void TestProjectActions::arguments()
{
    QFETCH(int, id);
    QFETCH(QStringList, services);
    QFETCH(QString, selected);
    QFETCH(QStringList, expected);
    QCOMPARE(ProjectActions::arguments(ActionId(id), configWith(services), selected), expected);
}

void TestProjectActions::sessionWithoutComposeFile()
{
    QTemporaryDir dir;
    ProjectSession session;
    QSignalSpy problems(&session, &ProjectSession::problemChanged);
    session.open(dir.path());
    QCOMPARE(session.problem(), ProjectSession::Problem::NoComposeFile);
    QCOMPARE(problems.size(), 1);
    session.start();
    QVERIFY(!session.environment()->isProbing());
    for (const ProjectAction &a : ProjectActions::all())
        QVERIFY2(!session.canRun(a.id, u"web"_s), qPrintable(a.name));
    // Nothing runs without a project.
    QSignalSpy started(&session, &ProjectSession::actionStarted);
    session.run(ActionId::Up);
    session.runTests();
    QCOMPARE(started.size(), 0);
    QVERIFY(!session.isBusy());
    session.close();
    QCOMPARE(session.problem(), ProjectSession::Problem::None);
}

void TestProjectActions::shellGetsTheComposeEnvironment()
{
    QTemporaryDir dir;
    QFile compose(dir.filePath(u"docker-compose.yml"_s));
    QVERIFY(compose.open(QIODevice::WriteOnly));
    compose.write("services:\n  app:\n    image: busybox\n");
    compose.close();
    ProjectSession session;
    QProcessEnvironment env;
    env.insert(u"PATH"_s, u"/nonexistent"_s);
    env.insert(u"DOCKER_HOST"_s, u"unix:///nonexistent.sock"_s);
    session.environment()->setProcessEnvironment(env);
    session.open(dir.path());
    QCOMPARE(session.problem(), ProjectSession::Problem::None);
    // The same environment as every compose action: the user's ids, for files the container
    // writes into the project.
    const ProjectSession::ShellCommand shell = session.shellCommand();
    QCOMPARE(shell.environment.value(u"HOST_UID"_s), QString::number(::getuid()));
    QCOMPARE(shell.environment.value(u"HOST_GID"_s), QString::number(::getgid()));
    QCOMPARE(shell.environment.value(u"DOCKER_HOST"_s), u"unix:///nonexistent.sock"_s);
    QCOMPARE(shell.workingDirectory, dir.path());
    QVERIFY2(shell.arguments.join(u' ').endsWith(u" run --rm app python manage.py shell"_s),
             qPrintable(shell.arguments.join(u' ')));
}

QTEST_GUILESS_MAIN(TestProjectActions)
#include "tst_projectactions.moc"
