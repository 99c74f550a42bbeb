// Parsers of the docker CLI's JSON output, fed with output captured from docker 26 / compose 2.26.
#include "docker/engineports.h"
#include "platform/systemprobes.h"
#include "docker/composeconfig.h"
#include "process/commandjob.h"
#include "docker/composeproject.h"
#include "docker/containerquery.h"
#include "docker/enginestats.h"
#include "docker/containerstatus.h"
#include "docker/djangochores.h"
#include "docker/dockerenvironment.h"
#include "docker/dockerevent.h"
#include "docker/stackstates.h"
#include "docker/statsstream.h"
#include "logs/logline.h"
#include "dockerjson.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Berth;


class TestDockerParsers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void psShapes_data();
    void psShapes();
    void psFields();
    void psSkipsBadLines();
    void psSkipsBadArrays();
    void engineListing();
    void engineListingRejectsGarbage();
    void engineStatsSamples();
    void publishedPorts();
    void listeningPorts();
    void statsSizes_data();
    void statsSizes();
    void statsLines();
    void composeListStates();
    void config();
    void configRejectsGarbage();
    void events_data();
    void events();
    void eventTimes_data();
    void eventTimes();
    void eventStreamInPieces();
    void logLines_data();
    void logLines();
    void timestamps();
    void composeArguments();
    void commandLineQuoting();
    void classifyErrors_data();
    void classifyErrors();
    void projectNames_data();
    void projectNames();
    void discoverProject();
    void choresForGeneratedSetup();
    void choresWithoutToolServices();
};

void TestDockerParsers::psShapes_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<int>("count");
    QTest::newRow("JSON lines (compose >= 2.21)") << (DockerJson::psWeb + '\n' + DockerJson::psWorker + '\n') << 2;
    QTest::newRow("JSON array (compose < 2.21)") << ("[" + DockerJson::psWeb + "," + DockerJson::psWorker + "]\n") << 2;
    QTest::newRow("CRLF lines") << (DockerJson::psWeb + "\r\n" + DockerJson::psWorker + "\r\n") << 2;
    QTest::newRow("empty project") << QByteArray() << 0;
    QTest::newRow("empty array") << "[]\n"_ba << 0;
}

void TestDockerParsers::psShapes()
{
    QFETCH(QByteArray, output);
    QFETCH(int, count);
    QStringList warnings;
    const QList<ContainerStatus> list = ContainerStatus::parseList(output, &warnings);
    QCOMPARE(list.size(), count);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    if (count == 2) {
        QCOMPARE(list.at(0).service, u"web"_s);
        QCOMPARE(list.at(1).service, u"worker"_s);
    }
}

void TestDockerParsers::psFields()
{
    const QList<ContainerStatus> list = ContainerStatus::parseList(DockerJson::psWeb + '\n' + DockerJson::psWorker);
    QCOMPARE(list.size(), 2);
    const ContainerStatus &web = list.at(0);
    QCOMPARE(web.name, u"cp1-web-1"_s);
    QCOMPARE(web.state, u"running"_s);
    QCOMPARE(web.health, u"healthy"_s);
    QCOMPARE(web.ports.size(), 1);
    QCOMPARE(web.ports.at(0).published, 18080);
    QCOMPARE(web.ports.at(0).target, 80);
    QCOMPARE(web.ports.at(0).toString(), u"127.0.0.1:18080->80/tcp"_s);
    QCOMPARE(list.at(1).exitCode, 137);
    QVERIFY(list.at(1).ports.isEmpty());
}

void TestDockerParsers::psSkipsBadLines()
{
    QStringList warnings;
    const QList<ContainerStatus> list =
        ContainerStatus::parseList(DockerJson::psWeb + "\nWARN[0000] something odd\n" + DockerJson::psWorker + '\n', &warnings);
    QCOMPARE(list.size(), 2);
    QCOMPARE(warnings.size(), 1);
    QVERIFY(warnings.at(0).contains(u"WARN[0000]"_s));
}

void TestDockerParsers::psSkipsBadArrays()
{
    QStringList warnings;
    QList<ContainerStatus> list = ContainerStatus::parseList("[42, " + DockerJson::psWeb + "]", &warnings);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).service, u"web"_s);
    QCOMPARE(warnings, QStringList{u"ps: skipped an array element that is not an object"_s});
    warnings.clear();
    list = ContainerStatus::parseList("[" + DockerJson::psWeb + ",", &warnings);
    QVERIFY(list.isEmpty());
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.at(0).startsWith(u"ps: skipped array output is not valid JSON: "_s), qPrintable(warnings.at(0)));
}

void TestDockerParsers::statsSizes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("bytes");
    QTest::newRow("bytes") << u"0B"_s << qint64(0);
    QTest::newRow("MiB") << u"48.2MiB"_s << qint64(48.2 * 1024 * 1024 + 0.5);
    QTest::newRow("GiB with spaces") << u" 7.6GiB "_s << qint64(7.6 * 1024 * 1024 * 1024 + 0.5);
    QTest::newRow("decimal kB") << u"512kB"_s << qint64(512000);
    QTest::newRow("KiB") << u"1KiB"_s << qint64(1024);
    QTest::newRow("not a size") << u"--"_s << qint64(-1);
    QTest::newRow("unknown unit") << u"3XB"_s << qint64(-1);
}

void TestDockerParsers::statsSizes()
{
    QFETCH(QString, text);
    QFETCH(qint64, bytes);
    QCOMPARE(ContainerUsage::parseSize(text), bytes);
}

// docker stats redraws a table on the terminal: cursor home and erase sequences around the JSON
// lines (which sequences depends on the release); a line split across reads waits for its end.
void TestDockerParsers::statsLines()
{
    const QByteArray web = R"({"BlockIO":"0B / 0B","CPUPerc":"12.50%","Container":"3f2a","ID":"3f2a9c0d1e4b","MemPerc":"0.62%","MemUsage":"48.2MiB / 7.6GiB","Name":"p-web-1","NetIO":"1kB / 0B","PIDs":"3"})";
    const QByteArray db = R"({"BlockIO":"0B / 0B","CPUPerc":"0.00%","Container":"77aa","ID":"77aa00112233","MemPerc":"--","MemUsage":"0B / 0B","Name":"p-db-1","NetIO":"0B / 0B","PIDs":"0"})";
    QByteArray data = "\x1b[2J\x1b[H" + web + "\x1b[K\n" + db + "\x1b[K\n\x1b[J\x1b[H" + web.left(40);
    int skipped = 0;
    QHash<QString, ContainerUsage> usage = ContainerUsage::takeLines(&data, &skipped);
    QCOMPARE(skipped, 0);
    QCOMPARE(usage.size(), 2);
    QCOMPARE(usage.value(u"3f2a9c0d1e4b"_s).cpuPercent, 12.5);
    QCOMPARE(usage.value(u"3f2a9c0d1e4b"_s).memoryBytes, qint64(48.2 * 1024 * 1024 + 0.5));
    QCOMPARE(usage.value(u"3f2a9c0d1e4b"_s).memoryLimitBytes, qint64(7.6 * 1024 * 1024 * 1024 + 0.5));
    QCOMPARE(usage.value(u"77aa00112233"_s).memoryBytes, qint64(0));
    QCOMPARE(data, "\x1b[J\x1b[H" + web.left(40)); // the unfinished line stays
    data += web.mid(40) + "\r\nnot json\n";
    usage = ContainerUsage::takeLines(&data, &skipped);
    QCOMPARE(usage.size(), 1);
    QCOMPARE(skipped, 1);
    QVERIFY(data.isEmpty());
}

// compose ls --all: a stack is running when any container runs, stopped when it has containers
// but none runs, never started when compose does not list it; matched by its files' folder.
void TestDockerParsers::composeListStates()
{
    const QByteArray output = R"json([{"Name":"shop","Status":"running(3)","ConfigFiles":"/src/shop/docker-compose.yml,/src/shop/docker-compose.override.yml"},
{"Name":"blog","Status":"exited(2)","ConfigFiles":"/src/blog/compose.yaml"},
{"Name":"mixed","Status":"running(1), exited(2)","ConfigFiles":"/src/other-name/docker-compose.yml"},
{"Name":"nofiles","Status":"created(1)","ConfigFiles":""}])json";
    QStringList warnings;
    const QList<ComposeListEntry> entries = ComposeListEntry::parseList(output, &warnings);
    QVERIFY(warnings.isEmpty());
    QCOMPARE(entries.size(), 4);
    QCOMPARE(entries.at(0).configFiles.size(), 2);
    QCOMPARE(ComposeListEntry::stateOf(u"/src/shop"_s, entries), StackState::Running);
    QCOMPARE(ComposeListEntry::stateOf(u"/src/shop/"_s, entries), StackState::Running);
    QCOMPARE(ComposeListEntry::stateOf(u"/src/blog"_s, entries), StackState::Stopped);
    QCOMPARE(ComposeListEntry::stateOf(u"/src/other-name"_s, entries), StackState::Running); // name: in the file
    QCOMPARE(ComposeListEntry::stateOf(u"/elsewhere/nofiles"_s, entries), StackState::Stopped);
    QCOMPARE(ComposeListEntry::stateOf(u"/src/new"_s, entries), StackState::NeverStarted);
    QCOMPARE(ComposeListEntry::stateOf(u"/src"_s, entries), StackState::NeverStarted); // not a parent's
}

void TestDockerParsers::config()
{
    const QByteArray json = DockerJson::config;
    ComposeConfig config;
    QString error;
    QVERIFY2(ComposeConfig::parse(json, &config, &error), qPrintable(error));
    QCOMPARE(config.name, u"shop"_s);
    QCOMPARE(config.serviceNames(), (QStringList{u"app"_s, u"database"_s, u"tests"_s}));
    const ServiceDefinition *app = config.service(u"app"_s);
    QVERIFY(app);
    QVERIFY(app->hasBuild);
    QVERIFY(app->hasHealthcheck);
    QCOMPARE(app->ports.size(), 1);
    QCOMPARE(app->ports.at(0).published, 8001);
    QCOMPARE(app->ports.at(0).hostIp, u"127.0.0.1"_s);
    QVERIFY(!config.service(u"database"_s)->hasHealthcheck);
    QCOMPARE(config.service(u"tests"_s)->profiles, QStringList{u"tests"_s});
    const ServiceDefinition *tests = config.service(u"tests"_s);
    QCOMPARE(tests->bindMounts.size(), 1);
    QCOMPARE(tests->containerPath(u"/home/me/shop/.berth/junit.xml"_s), u"/opt/app/.berth/junit.xml"_s);
    QCOMPARE(tests->containerPath(u"/home/me/shop"_s), u"/opt/app"_s);
    QCOMPARE(tests->containerPath(u"/home/me/shopping/x"_s), QString());
    // External volumes survive `down --volumes`, so they are not named as deleted.
    QCOMPARE(config.volumes, QStringList{u"shop_pg_data"_s});
    QCOMPARE(config.volumeKeys, QStringList{u"pg_data"_s});
}

void TestDockerParsers::configRejectsGarbage()
{
    ComposeConfig config;
    QString error;
    QVERIFY(!ComposeConfig::parse("services:\n  web: {}\n", &config, &error));
    QVERIFY(error.contains(u"not JSON"_s));
    QVERIFY(!ComposeConfig::parse(R"({"name": "x"})", &config, &error));
    QVERIFY(error.contains(u"no services"_s));
}

void TestDockerParsers::events_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("service");
    QTest::addColumn<bool>("changesState");
    const QByteArray head = DockerJson::eventHead;
    const QByteArray tail = DockerJson::eventTail;
    QTest::newRow("start") << (head + "start" + tail) << u"start"_s << QString() << u"web"_s << true;
    QTest::newRow("health_status") << (head + "health_status: healthy" + tail) << u"health_status"_s << u"healthy"_s
                                   << u"web"_s << true;
    QTest::newRow("exec_start: health probe") << (head + "exec_start: true " + tail) << u"exec_start"_s << u"true "_s
                                              << u"web"_s << false;
    QTest::newRow("die") << (head + "die" + tail) << u"die"_s << QString() << u"web"_s << true;
}

void TestDockerParsers::events()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, action);
    QFETCH(QString, detail);
    QFETCH(QString, service);
    QFETCH(bool, changesState);
    const std::optional<DockerEvent> event = DockerEvent::parse(line);
    QVERIFY(event);
    QCOMPARE(event->action, action);
    QCOMPARE(event->detail, detail);
    QCOMPARE(event->service, service);
    QCOMPARE(event->project, u"cp1"_s);
    QCOMPARE(event->changesState(), changesState);
    // Nanosecond times exceed a double's 53 bits: they must survive exactly for --since.
    QCOMPARE(event->timeNano, 1795780812759491848LL);
    QCOMPARE(event->exitCode, 3);
    QVERIFY(!DockerEvent::parse("not json"));
}

void TestDockerParsers::eventTimes_data()
{
    QTest::addColumn<QByteArray>("times");
    QTest::addColumn<qint64>("timeNano");
    QTest::newRow("timeNano") << R"("time":1795780812,"timeNano":1795780812759491848)"_ba << 1795780812759491848LL;
    QTest::newRow("seconds only") << R"("time":1795780812)"_ba << 1795780812000000000LL;
    // Found by fuzz_events: seconds times 10^9 overflowed (undefined behaviour).
    QTest::newRow("seconds beyond 64-bit nanoseconds") << R"("time":9223372036854775807)"_ba << 0LL;
    QTest::newRow("negative seconds") << R"("time":-5)"_ba << 0LL;
    QTest::newRow("negative timeNano, seconds") << R"("time":1795780812,"timeNano":-1)"_ba << 1795780812000000000LL;
    // EventWatcher resumes from timeNano + 1.
    QTest::newRow("timeNano at the 64-bit limit") << R"("timeNano":9223372036854775807)"_ba << 0LL;
    QTest::newRow("none") << QByteArray(R"("x":1)") << 0LL;
}

void TestDockerParsers::eventTimes()
{
    QFETCH(QByteArray, times);
    QFETCH(qint64, timeNano);
    const std::optional<DockerEvent> event = DockerEvent::parse(QByteArray(R"({"Type":"container","Action":"start",)" + times + "}"));
    QVERIFY(event);
    QCOMPARE(event->timeNano, timeNano);
}

void TestDockerParsers::eventStreamInPieces()
{
    const QByteArray start = DockerJson::eventHead + "start" + DockerJson::eventTail;
    const QByteArray die = DockerJson::eventHead + "die" + DockerJson::eventTail;
    QByteArray pending = start.left(40);
    QStringList seen;
    auto onEvent = [&seen](const DockerEvent &event) { seen.append(event.action); };
    auto onSkipped = [&seen](QByteArrayView line) { seen.append(u"skipped: "_s + QString::fromUtf8(line)); };
    DockerEvent::takeLines(&pending, onEvent, onSkipped);
    QVERIFY(seen.isEmpty());
    QCOMPARE(pending, start.left(40));
    pending += start.mid(40) + "\r\n\n  \nnot an event\n" + die.left(10);
    DockerEvent::takeLines(&pending, onEvent, onSkipped);
    QCOMPARE(seen, (QStringList{u"start"_s, u"skipped: not an event"_s}));
    QCOMPARE(pending, die.left(10));
    pending += die.mid(10) + '\n';
    DockerEvent::takeLines(&pending, onEvent, onSkipped);
    QCOMPARE(seen.constLast(), u"die"_s);
    QVERIFY(pending.isEmpty());
}

void TestDockerParsers::logLines_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("container");
    QTest::addColumn<qint64>("timestamp");
    QTest::addColumn<QString>("text");
    QTest::newRow("prefixed with timestamp and line clear")
        << u"\x1b[2Kweb-1     | 2026-11-27T12:00:13.074083291Z \x1b[31mred\x1b[0m line 1"_s << u"web"_s << u"web-1"_s
        << 1795780813074083291LL << u"\x1b[31mred\x1b[0m line 1"_s;
    QTest::newRow("service with dashes") << u"my-db-12  | 2026-11-27T12:00:13Z ready"_s << u"my-db"_s << u"my-db-12"_s
                                         << 1795780813000000000LL << u"ready"_s;
    QTest::newRow("compose's own line") << u"web-1 exited with code 0"_s << QString() << QString() << 0LL
                                        << u"web-1 exited with code 0"_s;
    QTest::newRow("pipe in the text") << u"web-1  | 2026-11-27T12:00:13.5Z a | b"_s << u"web"_s << u"web-1"_s
                                      << 1795780813500000000LL << u"a | b"_s;
    QTest::newRow("empty text") << u"web-1  | 2026-11-27T12:00:13.1Z "_s << u"web"_s << u"web-1"_s
                                << 1795780813100000000LL << QString();
}

void TestDockerParsers::logLines()
{
    QFETCH(QString, raw);
    QFETCH(QString, service);
    QFETCH(QString, container);
    QFETCH(qint64, timestamp);
    QFETCH(QString, text);
    const LogLine line = LogLine::parse(raw, true);
    QCOMPARE(line.service, service);
    QCOMPARE(line.container, container);
    QCOMPARE(line.timestampNs, timestamp);
    QCOMPARE(line.text, text);
}

void TestDockerParsers::timestamps()
{
    const qint64 ns = LogLine::parseTimestamp(u"2026-11-27T12:00:13.074083291Z");
    QCOMPARE(LogLine::formatTimestamp(ns), u"2026-11-27T12:00:13.074083291Z"_s);
    QCOMPARE(LogLine::parseTimestamp(u"2026-11-27T13:00:13.074083291+01:00"), ns);
    QCOMPARE(LogLine::parseTimestamp(u"hello world, not a time"), 0);
    QCOMPARE(LogLine::parseTimestamp(u"2026-11-27T12:00:13"), 0);
    // The last second whose nanoseconds fit 64 bits, and beyond: found by fuzz_logstream, the
    // nanoseconds of a year after 2262 overflowed (undefined behaviour).
    QCOMPARE(LogLine::parseTimestamp(u"2262-04-11T23:47:15.999999999Z"), 9223372035999999999LL);
    QCOMPARE(LogLine::parseTimestamp(u"2262-04-11T23:47:16Z"), 0);
    QCOMPARE(LogLine::parseTimestamp(u"4053-01-01T00:00:00Z"), 0);
    QCOMPARE(LogLine::parseTimestamp(u"9999-12-31T23:59:60.999999999-99:99"), 0);
    QCOMPARE(LogLine::parseTimestamp(u"1969-12-31T23:59:59Z"), 0);
    QCOMPARE(LogLine::parseTimestamp(u"1970-01-01T00:00:01+01:00"), 0);
}

void TestDockerParsers::composeArguments()
{
    const ComposeProject project{u"/p/docker-compose.yml"_s, u"/p"_s, u"shop"_s};
    QCOMPARE(project.arguments({u"up"_s, u"-d"_s}),
             (QStringList{u"-f"_s, u"/p/docker-compose.yml"_s, u"--project-directory"_s, u"/p"_s, u"-p"_s, u"shop"_s,
                          u"up"_s, u"-d"_s}));
}

void TestDockerParsers::commandLineQuoting()
{
    QCOMPARE(CommandJob::commandLine(u"/usr/bin/docker"_s, {u"compose"_s, u"-p"_s, u"x"_s, u"run"_s, u"sh -c"_s, u"it's"_s, u""_s}),
             u"docker compose -p x run 'sh -c' 'it'\\''s' ''"_s);
}

void TestDockerParsers::classifyErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("problem");
    using P = DockerEnvironment::Problem;
    QTest::newRow("daemon down")
        << u"Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?"_s
        << int(P::DaemonDown);
    QTest::newRow("socket permission")
        << u"permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get \"http://%2Fvar%2Frun%2Fdocker.sock/v1.45/version\": dial unix /var/run/docker.sock: connect: permission denied"_s
        << int(P::PermissionDenied);
    QTest::newRow("compose plugin missing") << u"docker: 'compose' is not a docker command.\nSee 'docker --help'"_s
                                            << int(P::ComposeMissing);
    QTest::newRow("something else") << u"Error response from daemon: pull access denied"_s << int(P::Other);
}

void TestDockerParsers::classifyErrors()
{
    QFETCH(QString, text);
    QFETCH(int, problem);
    QCOMPARE(int(DockerEnvironment::classifyError(text)), problem);
}

void TestDockerParsers::projectNames_data()
{
    QTest::addColumn<QString>("directory");
    QTest::addColumn<QString>("name");
    QTest::newRow("plain") << u"/home/me/shop"_s << u"shop"_s;
    QTest::newRow("capitals and dots") << u"/home/me/My.Shop_2"_s << u"myshop_2"_s;
    QTest::newRow("leading dash") << u"/x/-odd"_s << u"odd"_s;
    QTest::newRow("nothing usable") << u"/x/..."_s << u"project"_s;
}

void TestDockerParsers::projectNames()
{
    QFETCH(QString, directory);
    QFETCH(QString, name);
    QCOMPARE(ComposeProject::nameFromDirectory(directory), name);
}

void TestDockerParsers::discoverProject()
{
    QTemporaryDir dir;
    QVERIFY(!ComposeProject::discover(dir.path()).isValid());
    auto write = [&dir](const QString &name, const QByteArray &text) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    };
    write(u"docker-compose.yml"_s, "services: {}\n");
    ComposeProject project = ComposeProject::discover(dir.path());
    QCOMPARE(project.composeFile, dir.filePath(u"docker-compose.yml"_s));
    QCOMPARE(project.name, ComposeProject::nameFromDirectory(dir.path()));
    // compose.yaml wins, as in Compose; its `name:` names the project.
    write(u"compose.yaml"_s, "name: shop\nservices: {}\n");
    project = ComposeProject::discover(dir.path());
    QCOMPARE(project.composeFile, dir.filePath(u"compose.yaml"_s));
    QCOMPARE(project.name, u"shop"_s);
    write(u"compose.yaml"_s, "name: ${NAME}\nservices: {}\n");
    QCOMPARE(ComposeProject::discover(dir.path()).name, ComposeProject::nameFromDirectory(dir.path()));
    write(u"compose.yaml"_s, "services: [unclosed\n");
    QVERIFY(ComposeProject::discover(dir.path()).isValid());
}

void TestDockerParsers::choresForGeneratedSetup()
{
    ComposeConfig config;
    QVERIFY(ComposeConfig::parse(DockerJson::config, &config, nullptr));
    ServiceDefinition manage;
    manage.name = u"manage"_s;
    config.services.append(manage);
    QCOMPARE(DjangoChores::manage(config, {u"migrate"_s}), (QStringList{u"run"_s, u"--rm"_s, u"manage"_s, u"migrate"_s}));
    const QStringList superuser = DjangoChores::createSuperuser(config, u"admin"_s, u"a@example.org"_s);
    QCOMPARE(superuser, (QStringList{u"run"_s, u"--rm"_s, u"-e"_s, u"DJANGO_SUPERUSER_PASSWORD"_s, u"manage"_s,
                                     u"createsuperuser"_s, u"--noinput"_s, u"--username"_s, u"admin"_s, u"--email"_s,
                                     u"a@example.org"_s}));
    const DjangoChores::TestRun run = DjangoChores::runTests(config, u"/home/me/shop"_s, false);
    QCOMPARE(run.arguments, (QStringList{u"run"_s, u"--rm"_s, u"tests"_s, u"--junitxml=/opt/app/.berth/test-results.xml"_s}));
    QCOMPARE(run.reportHostPath, u"/home/me/shop/.berth/test-results.xml"_s);
    QVERIFY(DjangoChores::runTests(config, u"/home/me/shop"_s, true).arguments.contains(u"--last-failed"_s));
    // Not mounted: pytest still runs, without a report to show.
    const DjangoChores::TestRun elsewhere = DjangoChores::runTests(config, u"/srv/other"_s, false);
    QCOMPARE(elsewhere.arguments, (QStringList{u"run"_s, u"--rm"_s, u"tests"_s}));
    QVERIFY(elsewhere.reportHostPath.isEmpty());
}

void TestDockerParsers::choresWithoutToolServices()
{
    ComposeConfig config;
    ServiceDefinition app;
    app.name = u"app"_s;
    config.services.append(app);
    QCOMPARE(DjangoChores::manage(config, {u"check"_s, u"--deploy"_s}),
             (QStringList{u"run"_s, u"--rm"_s, u"app"_s, u"python"_s, u"manage.py"_s, u"check"_s, u"--deploy"_s}));
    QVERIFY(DjangoChores::runTests(config, u"/p"_s, false).arguments.isEmpty());
}

void TestDockerParsers::publishedPorts()
{
    // `docker ps --format '{{.Names}}\t{{.Label "com.docker.compose.project.working_dir"}}\t{{.Ports}}'`
    // as Docker 20 to 28 print it.
    const QString listing = u"shop-nginx-1\t/home/dev/shop\t0.0.0.0:8080->80/tcp, [::]:8080->80/tcp\n"
                            u"shop-database-1\t/home/dev/shop/\t5432/tcp, 0.0.0.0:5433->5432/tcp\n"
                            u"other-web-1\t/srv/other\t127.0.0.1:5000-5002->5000-5002/tcp, 0.0.0.0:9000->9000/udp\n"
                            u"plain-run\t\t:::7000->7000/tcp\n"
                            u"garbage line without tabs\n"
                            u"\t\t0.0.0.0:1->1/tcp\n"_s;
    QSet<int> own;
    const QHash<int, QString> ports = EnginePorts::parsePublished(listing, u"/home/dev/shop"_s, &own);
    // The project's own containers hold their ports rightly (a trailing slash is the same folder).
    QCOMPARE(own, (QSet<int>{8080, 5433}));
    QVERIFY(!ports.contains(8080));
    QVERIFY(!ports.contains(5432)); // exposed, not published
    QCOMPARE(ports.value(5000), u"other-web-1"_s);
    QCOMPARE(ports.value(5001), u"other-web-1"_s);
    QCOMPARE(ports.value(5002), u"other-web-1"_s);
    QVERIFY(!ports.contains(9000)); // udp: not a TCP port
    QCOMPARE(ports.value(7000), u"plain-run"_s); // no Compose label: not the project's
    QVERIFY(!ports.contains(1));                 // no container name
    QCOMPARE(ports.size(), 4);
    // Without a project every container counts.
    QCOMPARE(EnginePorts::parsePublished(listing).value(8080), u"shop-nginx-1"_s);

    PortsInUse inUse;
    inUse.containers = ports;
    inUse.own = own;
    inUse.listening = {8080, 22};
    QVERIFY(!inUse.taken(8080)); // docker-proxy listens for the project's own nginx
    QVERIFY(inUse.taken(22));
    QVERIFY(inUse.taken(5001));
    QVERIFY(!inUse.taken(8001));
}

void TestDockerParsers::listeningPorts()
{
    // /proc/net/tcp then tcp6: LISTEN (0A) only, the port in hex.
    const QByteArray text =
        "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n"
        "   0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 1 1\n"
        "   1: 0100007F:A2C4 0100007F:1F90 01 00000000:00000000 00:00000000 00000000     0        0 2 1\n"
        "  sl  local_address                         remote_address                        st tx_queue\n"
        "   0: 00000000000000000000000000000000:0016 00000000000000000000000000000000:0000 0A 00000000:00000000\n";
    QCOMPARE(Platform::listeningPortsOf(text), (QSet<int>{8080, 22}));
    QVERIFY(Platform::listeningPortsOf("nonsense\n0: x:y 0A\n").isEmpty());
}

QTEST_GUILESS_MAIN(TestDockerParsers)
// GET /containers/json as compose ps reports it (the same listing against the real engine is
// tst_dockerlifecycle's listingMatchesComposePs).
void TestDockerParsers::engineListing()
{
    const QByteArray json = R"json([
      {"Id": "bbbbbbbbbbbb22222222", "Names": ["/p-web-1"], "State": "running",
       "Status": "Up 2 minutes (health: starting)",
       "Labels": {"com.docker.compose.service": "web", "com.docker.compose.project": "p"},
       "Ports": [{"IP": "::", "PrivatePort": 9000, "PublicPort": 32768, "Type": "tcp"},
                 {"PrivatePort": 53, "Type": "udp"},
                 {"IP": "127.0.0.1", "PrivatePort": 80, "PublicPort": 8000, "Type": "tcp"},
                 {"IP": "0.0.0.0", "PrivatePort": 9000, "PublicPort": 32768, "Type": "tcp"}]},
      {"Id": "aaaaaaaaaaaa11111111", "Names": ["/p-db-1"], "State": "exited",
       "Status": "Exited (137) 5 seconds ago", "Labels": {"com.docker.compose.service": "db"}, "Ports": []},
      {"Id": "cccccccccccc33333333", "Names": ["/p-worker-1"], "State": "restarting",
       "Status": "Restarting (2) 1 second ago", "Labels": {"com.docker.compose.service": "worker"}},
      "not an object"
    ])json";
    QList<ContainerStatus> statuses;
    QString error;
    QVERIFY2(ContainerQuery::parse(json, &statuses, &error), qPrintable(error));
    QCOMPARE(statuses.size(), 3);
    // By name, as compose ps sorts them.
    QCOMPARE(statuses.at(0).name, u"p-db-1"_s);
    QCOMPARE(statuses.at(0).id, u"aaaaaaaaaaaa"_s);
    QCOMPARE(statuses.at(0).service, u"db"_s);
    QCOMPARE(statuses.at(0).state, u"exited"_s);
    QCOMPARE(statuses.at(0).exitCode, 137);
    QCOMPARE(statuses.at(0).health, QString());
    QCOMPARE(statuses.at(1).name, u"p-web-1"_s);
    QCOMPARE(statuses.at(1).health, u"starting"_s);
    QCOMPARE(statuses.at(1).exitCode, 0);
    QCOMPARE(PortMapping::listToString(statuses.at(1).ports),
             u"53/udp, 127.0.0.1:8000->80/tcp, 32768->9000/tcp, :::32768->9000/tcp"_s);
    QCOMPARE(statuses.at(2).state, u"restarting"_s);
    QCOMPARE(statuses.at(2).exitCode, 2);

    // The query: every container with the project's label (EngineStream encodes it).
    QCOMPARE(ContainerQuery::path(u"my-app"_s),
             u"/containers/json?all=1&filters={\"label\":[\"com.docker.compose.project=my-app\"]}"_s);
}

void TestDockerParsers::engineListingRejectsGarbage()
{
    for (const QByteArray &garbage : {QByteArray("{\"message\": \"page not found\"}"), QByteArray("[{\"Id\": "), QByteArray()}) {
        QList<ContainerStatus> statuses{ContainerStatus{}};
        QString error;
        QVERIFY(!ContainerQuery::parse(garbage, &statuses, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(statuses.size(), 1); // left as it was
    }
}

// A sample of GET /containers/ID/stats as docker stats computes it: CPU from the sample's own
// previous reading times the online CPUs, memory without the inactive file cache (cgroup v2's
// inactive_file, v1's total_inactive_file).
void TestDockerParsers::engineStatsSamples()
{
    const QByteArray v2 = R"json({"id": "0123456789abcdef0123", "name": "/p-web-1",
        "cpu_stats": {"cpu_usage": {"total_usage": 3000000000}, "system_cpu_usage": 120000000000, "online_cpus": 2},
        "precpu_stats": {"cpu_usage": {"total_usage": 2000000000}, "system_cpu_usage": 100000000000},
        "memory_stats": {"usage": 50000000, "limit": 8000000000, "stats": {"inactive_file": 10000000}}})json";
    QString id;
    ContainerUsage usage;
    QVERIFY(EngineStats::parseSample(v2, &id, &usage));
    QCOMPARE(id, u"0123456789ab"_s);
    QCOMPARE(usage.cpuPercent, 10.0); // 1 s of 20 s of system time, on 2 CPUs
    QCOMPARE(usage.memoryBytes, qint64(40000000));
    QCOMPARE(usage.memoryLimitBytes, qint64(8000000000));

    // cgroup v1, the CPUs counted from percpu_usage, the first sample (no previous reading).
    const QByteArray v1 = R"json({"id": "fedcba9876543210",
        "cpu_stats": {"cpu_usage": {"total_usage": 500, "percpu_usage": [250, 250, 0, 0]}, "system_cpu_usage": 1000},
        "precpu_stats": {"cpu_usage": {"total_usage": 500}, "system_cpu_usage": 1000},
        "memory_stats": {"usage": 3000, "limit": 9000, "stats": {"total_inactive_file": 5000}}})json";
    QVERIFY(EngineStats::parseSample(v1, &id, &usage));
    QCOMPARE(usage.cpuPercent, 0.0);
    QCOMPARE(usage.memoryBytes, qint64(3000)); // a cache larger than the usage is not taken off
    QCOMPARE(usage.memoryLimitBytes, qint64(9000));

    QVERIFY(!EngineStats::parseSample("{\"message\": \"No such container\"}", &id, &usage));
    QVERIFY(!EngineStats::parseSample("not json", &id, &usage));
}

#include "tst_dockerparsers.moc"
