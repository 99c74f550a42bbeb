// Choosing the engine: docker context listings (as the CLI prints them, and from the build
// root's real CLI in a private DOCKER_CONFIG), the environment every child gets, and which
// endpoints are remote.
#include "docker/dockercontexts.h"
#include "docker/dockerenvironment.h"
#include "process/commandjob.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Berth;

class TestDockerContexts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseLines();
    void parseArray();
    void parseRefusesGarbage();
    void chosenContextReplacesDockerHost();
    void remoteEndpoints_data();
    void remoteEndpoints();
    void realCliListsAndUsesTheChosenContext();
};

void TestDockerContexts::parseLines()
{
    // docker 26's own output (one object a line), with a context that cannot be read.
    const QByteArray out =
        R"({"Name":"build-box","Description":"a test","DockerEndpoint":"ssh://dev@build.example:2222","Current":false,"Error":"","ContextType":"moby"}
{"Name":"default","Description":"Current DOCKER_HOST based configuration","DockerEndpoint":"unix:///var/run/docker.sock","Current":true,"Error":"","ContextType":"moby"}
{"Name":"broken","Description":"","DockerEndpoint":"","Current":false,"Error":"context \"broken\": meta.json is missing","ContextType":"moby"}
)";
    QList<DockerContext> contexts;
    QString error;
    QVERIFY2(DockerContexts::parse(out, &contexts, &error), qPrintable(error));
    QCOMPARE(contexts.size(), 3);
    QCOMPARE(contexts[0].name, u"build-box");
    QCOMPARE(contexts[0].endpoint, u"ssh://dev@build.example:2222");
    QVERIFY(!contexts[0].current);
    QVERIFY(contexts[1].current);
    QCOMPARE(contexts[1].description, u"Current DOCKER_HOST based configuration");
    QVERIFY(contexts[2].error.contains(u"meta.json"_s));
}

void TestDockerContexts::parseArray()
{
    const QByteArray out = R"([{"Name":"default","DockerEndpoint":"npipe:////./pipe/docker_engine","Current":true},
                                {"Name":"colima","DockerEndpoint":"unix:///Users/a/.colima/default/docker.sock","Current":false}])";
    QList<DockerContext> contexts;
    QString error;
    QVERIFY2(DockerContexts::parse(out, &contexts, &error), qPrintable(error));
    QCOMPARE(contexts.size(), 2);
    QCOMPARE(contexts[1].name, u"colima");
    QVERIFY(contexts[0].current);
}

void TestDockerContexts::parseRefusesGarbage()
{
    DockerContext old;
    old.name = u"old"_s;
    QList<DockerContext> contexts{old};
    QString error;
    QVERIFY(!DockerContexts::parse("NAME  DESCRIPTION\ndefault *  Current\n", &contexts, &error));
    QVERIFY(contexts.isEmpty());
    QVERIFY(!error.isEmpty());
    QVERIFY(!DockerContexts::parse(R"({"Description":"no name"})", &contexts, &error));
    QVERIFY(DockerContexts::parse("", &contexts, &error)); // no contexts is an answer too
    QVERIFY(contexts.isEmpty());
}

void TestDockerContexts::chosenContextReplacesDockerHost()
{
    QProcessEnvironment base;
    base.insert(u"DOCKER_HOST"_s, u"tcp://127.0.0.1:2375"_s);
    base.insert(u"PATH"_s, u"/usr/bin"_s);
    const QProcessEnvironment none = DockerContexts::withContext(base, {});
    QCOMPARE(none.value(u"DOCKER_HOST"_s), u"tcp://127.0.0.1:2375");
    QVERIFY(!none.contains(u"DOCKER_CONTEXT"_s));
    const QProcessEnvironment chosen = DockerContexts::withContext(base, u"build-box"_s);
    QVERIFY(!chosen.contains(u"DOCKER_HOST"_s)); // it would win over any context
    QCOMPARE(chosen.value(u"DOCKER_CONTEXT"_s), u"build-box");
    QCOMPARE(chosen.value(u"PATH"_s), u"/usr/bin");

    DockerEnvironment env;
    env.setProcessEnvironment(base);
    QCOMPARE(env.engineName(), u"DOCKER_HOST");
    QCOMPARE(env.engineEndpoint(), u"tcp://127.0.0.1:2375");
    env.setContext(u"build-box"_s);
    QCOMPARE(env.processEnvironment().value(u"DOCKER_CONTEXT"_s), u"build-box");
    QVERIFY(!env.processEnvironment().contains(u"DOCKER_HOST"_s));
    QVERIFY(!env.composeEnvironment().contains(u"DOCKER_HOST"_s));
    QCOMPARE(env.engineName(), u"build-box");
    env.setContext({});
    QCOMPARE(env.processEnvironment().value(u"DOCKER_HOST"_s), u"tcp://127.0.0.1:2375");
}

void TestDockerContexts::remoteEndpoints_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<bool>("remote");
    QTest::addColumn<QString>("siteHost");
    QTest::newRow("socket") << u"unix:///var/run/docker.sock"_s << false << u"localhost"_s;
    QTest::newRow("windows pipe") << u"npipe:////./pipe/docker_engine"_s << false << u"localhost"_s;
    QTest::newRow("ssh") << u"ssh://dev@build.example:2222"_s << true << u"build.example"_s;
    QTest::newRow("tcp remote") << u"tcp://10.0.3.7:2376"_s << true << u"10.0.3.7"_s;
    QTest::newRow("tcp here") << u"tcp://127.0.0.1:2375"_s << false << u"localhost"_s;
    QTest::newRow("tcp ipv6") << u"tcp://[fd00::7]:2376"_s << true << u"[fd00::7]"_s;
    QTest::newRow("unknown") << QString() << false << u"localhost"_s;
}

void TestDockerContexts::remoteEndpoints()
{
    QFETCH(QString, endpoint);
    QFETCH(bool, remote);
    QFETCH(QString, siteHost);
    QCOMPARE(DockerContexts::isRemote(endpoint), remote);
    QCOMPARE(DockerContexts::siteHost(endpoint), siteHost);
}

void TestDockerContexts::realCliListsAndUsesTheChosenContext()
{
    // The build root's docker CLI, in a DOCKER_CONFIG of its own: listing and `context create`
    // need no engine.
    QTemporaryDir config;
    QVERIFY(config.isValid());
    QProcessEnvironment base = QProcessEnvironment::systemEnvironment();
    base.remove(u"DOCKER_HOST"_s);
    base.remove(u"DOCKER_CONTEXT"_s);
    base.insert(u"DOCKER_CONFIG"_s, config.path());
    const QString cli = DockerEnvironment::findCli({}, base);
    if (cli.isEmpty())
        QSKIP("no docker CLI here");
    CommandJob create(cli, {u"context"_s, u"create"_s, u"build-box"_s, u"--description"_s, u"the big one"_s,
                            u"--docker"_s, u"host=ssh://dev@build.example:2222"_s});
    create.setProcessEnvironment(base);
    QSignalSpy created(&create, &CommandJob::finished);
    create.start();
    QVERIFY(created.wait(30000));
    QCOMPARE(create.outcome(), CommandJob::Outcome::Succeeded);

    DockerEnvironment env;
    env.setProcessEnvironment(base);
    QSignalSpy listed(&env, &DockerEnvironment::contextsListed);
    env.listContexts();
    QVERIFY(listed.wait(30000));
    QVERIFY2(env.contextsError().isEmpty(), qPrintable(env.contextsError()));
    QStringList names;
    for (const DockerContext &c : env.contexts())
        names << c.name;
    QVERIFY2(names.contains(u"default"_s) && names.contains(u"build-box"_s), qPrintable(names.join(u',')));
    QCOMPARE(env.engineName(), u"default");
    QVERIFY(!env.isRemoteEngine());
    env.setContext(u"build-box"_s);
    QCOMPARE(env.engineEndpoint(), u"ssh://dev@build.example:2222");
    QVERIFY(env.isRemoteEngine());

    // A child of the environment really runs on the chosen context: `docker context show`.
    CommandJob show(cli, {u"context"_s, u"show"_s});
    show.setProcessEnvironment(env.processEnvironment());
    show.setCollectStandardOutput(true);
    QSignalSpy shown(&show, &CommandJob::finished);
    show.start();
    QVERIFY(shown.wait(30000));
    QCOMPARE(show.standardOutput().trimmed(), QByteArray("build-box"));
}

QTEST_GUILESS_MAIN(TestDockerContexts)
#include "tst_dockercontexts.moc"
