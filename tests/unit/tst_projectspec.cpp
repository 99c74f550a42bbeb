#include "django/djangoproject.h"
#include "project/projectspec.h"
#include "project/specfields.h"

#include <QFile>

#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using Berth::ProjectSpec;
using Berth::SpecError;
using Mutation = std::function<void(ProjectSpec &)>;
Q_DECLARE_METATYPE(Mutation)

class TestProjectSpec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultsAreTheArticlesAndValid();
    void yamlRoundTrip();
    void emptyYamlIsDefaults();
    void validation_data();
    void validation();
    void yamlErrors_data();
    void yamlErrors();
    void detectionFillsOnlyMissingKeys();
    void derivedNames();
    void docsDocumentEveryKey();
};

void TestProjectSpec::defaultsAreTheArticlesAndValid()
{
    const ProjectSpec s = ProjectSpec::defaults();
    QVERIFY(s.validate().isEmpty());
    QCOMPARE(s.compose.projectName, u"myproject"_s);
    QCOMPARE(s.django.wsgiModule, u"app.wsgi"_s);
    QCOMPARE(s.container.path, u"/opt/app"_s);
    QCOMPARE(s.appServer.autoreloadSeconds, 3);
    QCOMPARE(s.nginx.httpsPort, 0); // published only once app.conf has a TLS server
    QCOMPARE(s.nginx.hostBind, u"127.0.0.1"_s);
    QCOMPARE(s.database.user, u"database_role"_s);
    QCOMPARE(s.database.hostBind, u"127.0.0.1"_s);
}

void TestProjectSpec::yamlRoundTrip()
{
    ProjectSpec s;
    s.compose.projectName = u"shop-2"_s;
    s.nginx.enabled = false;
    s.tests.pytestArgs = {u"-x"_s, u"-k"_s, u"not slow and \"quoted\""_s};
    s.tests.runOnUp = false;
    s.database.hostPort = 0;
    s.container.hostUid = 501;
    QList<SpecError> errors;
    const ProjectSpec back = ProjectSpec::fromYaml(s.toYaml(), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).toString()));
    QVERIFY(back == s);
    QVERIFY(!s.toYaml().contains("password:"));
}

void TestProjectSpec::emptyYamlIsDefaults()
{
    QList<SpecError> errors;
    QVERIFY(ProjectSpec::fromYaml("", &errors) == ProjectSpec::defaults());
    QVERIFY(ProjectSpec::fromYaml("# nothing\n", &errors) == ProjectSpec::defaults());
    QVERIFY(errors.isEmpty());
}

void TestProjectSpec::validation_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("key"); // empty: valid

    auto row = [](const char *name, Mutation m, const char *key) {
        QTest::newRow(name) << m << QString::fromLatin1(key);
    };
    row("project name with a space", [](ProjectSpec &s) { s.compose.projectName = u"my project"_s; }, "compose.project_name");
    row("project name upper case", [](ProjectSpec &s) { s.compose.projectName = u"MyProject"_s; }, "compose.project_name");
    row("project name shell", [](ProjectSpec &s) { s.compose.projectName = u"x;rm -rf ~"_s; }, "compose.project_name");
    row("project name unicode", [](ProjectSpec &s) { s.compose.projectName = u"projekt\u00e4"_s; }, "compose.project_name");
    row("project name ok", [](ProjectSpec &s) { s.compose.projectName = u"shop_2-x"_s; }, "");
    row("compose file traversal", [](ProjectSpec &s) { s.compose.file = u"../compose.yml"_s; }, "compose.file");
    row("compose file not yaml", [](ProjectSpec &s) { s.compose.file = u"compose.txt"_s; }, "compose.file");
    row("compose file is the spec", [](ProjectSpec &s) { s.compose.file = u"berth.yaml"_s; }, "compose.file");
    row("override is the spec", [](ProjectSpec &s) { s.compose.overrideFile = u"berth.yaml"_s; }, "compose.override_file");
    row("compose file ok", [](ProjectSpec &s) { s.compose.file = u"compose.yaml"_s; }, "");
    row("override equals file", [](ProjectSpec &s) { s.compose.overrideFile = s.compose.file; }, "compose.override_file");
    row("override empty ok", [](ProjectSpec &s) { s.compose.overrideFile.clear(); }, "");
    row("project dir traversal", [](ProjectSpec &s) { s.django.projectDir = u"../elsewhere"_s; }, "django.project_dir");
    row("project dir absolute", [](ProjectSpec &s) { s.django.projectDir = u"/srv/app"_s; }, "django.project_dir");
    row("project dir with space", [](ProjectSpec &s) { s.django.projectDir = u"my app"_s; }, "django.project_dir");
    row("project dir data", [](ProjectSpec &s) { s.django.projectDir = u"data"_s; }, "django.project_dir");
    row("project dir dot ok", [](ProjectSpec &s) { s.django.projectDir = u"."_s; }, "");
    row("project dir nested ok", [](ProjectSpec &s) { s.django.projectDir = u"src/web"_s; }, "");
    row("settings module dash", [](ProjectSpec &s) { s.django.settingsModule = u"my-app.settings"_s; }, "django.settings_module");
    row("settings module injection", [](ProjectSpec &s) { s.django.settingsModule = u"app.settings; import os"_s; }, "django.settings_module");
    row("settings module unicode", [](ProjectSpec &s) { s.django.settingsModule = u"\u00e4pp.settings"_s; }, "django.settings_module");
    row("settings module is docker settings", [](ProjectSpec &s) { s.django.settingsModule = u"app.docker_settings"_s; }, "django.settings_module");
    row("dev settings dash", [](ProjectSpec &s) { s.django.devSettingsModule = u"my-app.dev"_s; }, "django.dev_settings_module");
    row("test settings docker", [](ProjectSpec &s) { s.django.testSettingsModule = u"app.docker_settings"_s; }, "django.test_settings_module");
    row("dev settings ok", [](ProjectSpec &s) { s.django.devSettingsModule = u"app.settings_dev"_s; }, "");
    row("wsgi module trailing dot", [](ProjectSpec &s) { s.django.wsgiModule = u"app."_s; }, "django.wsgi_module");
    row("requirements traversal", [](ProjectSpec &s) { s.django.requirementsFile = u"../req.txt"_s; }, "django.requirements_file");
    row("container path relative", [](ProjectSpec &s) { s.container.path = u"opt/app"_s; }, "container.path");
    row("container path root", [](ProjectSpec &s) { s.container.path = u"/"_s; }, "container.path");
    row("container path usr", [](ProjectSpec &s) { s.container.path = u"/usr"_s; }, "container.path");
    row("container path dotdot", [](ProjectSpec &s) { s.container.path = u"/opt/../etc"_s; }, "container.path");
    row("container path space", [](ProjectSpec &s) { s.container.path = u"/opt/my app"_s; }, "container.path");
    row("container path dollar", [](ProjectSpec &s) { s.container.path = u"/opt/$HOME"_s; }, "container.path");
    row("container path ok", [](ProjectSpec &s) { s.container.path = u"/srv/web"_s; }, "");
    row("python image space", [](ProjectSpec &s) { s.container.pythonImage = u"python 3.13"_s; }, "container.python_image");
    row("python image upper", [](ProjectSpec &s) { s.container.pythonImage = u"Python:3.13"_s; }, "container.python_image");
    row("python image newline", [](ProjectSpec &s) { s.container.pythonImage = u"python:3.13\nRUN rm -rf /"_s; }, "container.python_image");
    row("python image alpine", [](ProjectSpec &s) { s.container.pythonImage = u"python:3.13-alpine"_s; }, "container.python_image");
    row("python image alpine only", [](ProjectSpec &s) { s.container.pythonImage = u"python:alpine3.20"_s; }, "container.python_image");
    row("python image alpine registry", [](ProjectSpec &s) { s.container.pythonImage = u"registry.local:5000/python:3-alpine@sha256:"_s + QString(64, u'a'); }, "container.python_image");
    row("python image named alpine-tools ok", [](ProjectSpec &s) { s.container.pythonImage = u"alpine-tools/python:3.13"_s; }, "");
    row("python image registry ok", [](ProjectSpec &s) { s.container.pythonImage = u"registry.local:5000/lib/python:3.13-slim"_s; }, "");
    row("uid zero", [](ProjectSpec &s) { s.container.hostUid = 0; }, "container.host_uid");
    row("gid negative", [](ProjectSpec &s) { s.container.hostGid = -1; }, "container.host_gid");
    row("app port 0", [](ProjectSpec &s) { s.appServer.port = 0; }, "app_server.port");
    row("app port 80 needs root", [](ProjectSpec &s) { s.appServer.port = 80; }, "app_server.port");
    row("app port 65536", [](ProjectSpec &s) { s.appServer.port = 65536; }, "app_server.port");
    row("processes 0", [](ProjectSpec &s) { s.appServer.processes = 0; }, "app_server.processes");
    row("threads 1000", [](ProjectSpec &s) { s.appServer.threads = 1000; }, "app_server.threads");
    row("autoreload negative", [](ProjectSpec &s) { s.appServer.autoreloadSeconds = -1; }, "app_server.autoreload_seconds");
    row("autoreload off ok", [](ProjectSpec &s) { s.appServer.autoreloadSeconds = 0; }, "");
    row("app host port 65536", [](ProjectSpec &s) { s.appServer.hostPort = 65536; }, "app_server.host_port");
    row("app host port 0 ok", [](ProjectSpec &s) { s.appServer.hostPort = 0; }, "");
    row("app bind hostname", [](ProjectSpec &s) { s.appServer.hostBind = u"localhost"_s; }, "app_server.host_bind");
    row("app bind 256", [](ProjectSpec &s) { s.appServer.hostBind = u"127.0.0.256"_s; }, "app_server.host_bind");
    row("app bind ipv6 ok", [](ProjectSpec &s) { s.appServer.hostBind = u"::1"_s; }, "");
    row("nginx image empty", [](ProjectSpec &s) { s.nginx.image.clear(); }, "nginx.image");
    row("nginx http port 0", [](ProjectSpec &s) { s.nginx.httpPort = 0; }, "nginx.http_port");
    row("nginx http port 65536", [](ProjectSpec &s) { s.nginx.httpPort = 65536; }, "nginx.http_port");
    row("nginx https port 70000", [](ProjectSpec &s) { s.nginx.httpsPort = 70000; }, "nginx.https_port");
    row("nginx https same as http", [](ProjectSpec &s) { s.nginx.httpsPort = 80; }, "nginx.https_port");
    row("nginx port used by database", [](ProjectSpec &s) { s.nginx.httpPort = 5432; }, "database.host_port");
    row("app port used by nginx", [](ProjectSpec &s) { s.appServer.hostPort = 80; }, "nginx.http_port");
    row("nginx disabled frees its ports", [](ProjectSpec &s) { s.nginx.enabled = false; s.appServer.hostPort = 80; }, "");
    row("nginx bind hostname", [](ProjectSpec &s) { s.nginx.hostBind = u"localhost"_s; }, "nginx.host_bind");
    row("nginx bind every interface ok", [](ProjectSpec &s) { s.nginx.hostBind = u"0.0.0.0"_s; }, "");
    row("server name semicolon", [](ProjectSpec &s) { s.nginx.serverName = u"example.com; include /etc/passwd"_s; }, "nginx.server_name");
    row("server name braces", [](ProjectSpec &s) { s.nginx.serverName = u"a}"_s; }, "nginx.server_name");
    row("server names ok", [](ProjectSpec &s) { s.nginx.serverName = u"example.com *.example.com"_s; }, "");
    row("engine mysql", [](ProjectSpec &s) { s.database.engine = u"mysql"_s; }, "database.engine");
    row("engine none ok", [](ProjectSpec &s) { s.database.engine = u"none"_s; s.database.user = u"bad user"_s; }, "");
    row("db user space", [](ProjectSpec &s) { s.database.user = u"database role"_s; }, "database.user");
    row("db user quote", [](ProjectSpec &s) { s.database.user = u"role'--"_s; }, "database.user");
    row("db user digit first", [](ProjectSpec &s) { s.database.user = u"1role"_s; }, "database.user");
    row("db name dollar", [](ProjectSpec &s) { s.database.name = u"db$x"_s; }, "database.name");
    row("db name too long", [](ProjectSpec &s) { s.database.name = QString(64, u'a'); }, "database.name");
    row("db name unicode", [](ProjectSpec &s) { s.database.name = u"datenbank_\u00fc"_s; }, "database.name");
    row("db host port 65536", [](ProjectSpec &s) { s.database.hostPort = 65536; }, "database.host_port");
    row("db host port 0 ok", [](ProjectSpec &s) { s.database.hostPort = 0; }, "");
    row("db bind garbage", [](ProjectSpec &s) { s.database.hostBind = u"127.0.0.1 -p 1"_s; }, "database.host_bind");
    row("db image digest ok", [](ProjectSpec &s) { s.database.image = u"postgres:17@sha256:"_s + QString(64, u'a'); }, "");
    row("manage ipython", [](ProjectSpec &s) { s.manage.command = u"ipython"_s; }, "manage.command");
    row("manage shell_plus ok", [](ProjectSpec &s) { s.manage.command = u"shell_plus"_s; }, "");
    row("pytest arg newline", [](ProjectSpec &s) { s.tests.pytestArgs = {u"-x\n-y"_s}; }, "tests.pytest_args");
    row("pytest arg empty", [](ProjectSpec &s) { s.tests.pytestArgs = {QString()}; }, "tests.pytest_args");
    row("pytest args shell ok", [](ProjectSpec &s) { s.tests.pytestArgs = {u"-k"_s, u"a and $(b)"_s}; }, "");
}

void TestProjectSpec::validation()
{
    QFETCH(Mutation, mutate);
    QFETCH(QString, key);
    ProjectSpec s;
    mutate(s);
    const QList<SpecError> errors = s.validate();
    if (key.isEmpty()) {
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).toString()));
        return;
    }
    QVERIFY2(!errors.isEmpty(), "expected an error");
    QCOMPARE(errors.first().key, key);
    QVERIFY(!errors.first().message.isEmpty());
    QVERIFY2(!errors.first().message.contains(u'\n'), "one line");
    // Invalid specs must not survive a round trip through berth.yaml as valid ones.
    QList<SpecError> reread;
    ProjectSpec::fromYaml(s.toYaml(), &reread);
    QVERIFY(!reread.isEmpty());
}

void TestProjectSpec::yamlErrors_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("syntax") << QByteArray("compose: {project_name: [\n") << QString() << u"line"_s;
    QTest::newRow("not a mapping") << QByteArray("- a\n- b\n") << QString() << u"mapping of sections"_s;
    QTest::newRow("unknown section") << QByteArray("frontend: {}\n") << u"frontend"_s << u"allowed: compose"_s;
    QTest::newRow("unknown key") << QByteArray("nginx:\n  htp_port: 80\n") << u"nginx.htp_port"_s << u"http_port"_s;
    QTest::newRow("duplicate key") << QByteArray("nginx:\n  http_port: 80\n  http_port: 81\n") << u"nginx.http_port"_s
                                   << u"twice"_s;
    QTest::newRow("duplicate section") << QByteArray("nginx: {}\nnginx: {}\n") << u"nginx"_s << u"twice"_s;
    QTest::newRow("port not a number") << QByteArray("nginx: {http_port: eighty}\n") << u"nginx.http_port"_s
                                       << u"whole number"_s;
    QTest::newRow("port hex") << QByteArray("nginx: {http_port: 0x50}\n") << u"nginx.http_port"_s << u"whole number"_s;
    QTest::newRow("port huge") << QByteArray("nginx: {http_port: 99999999999}\n") << u"nginx.http_port"_s
                               << u"whole number"_s;
    QTest::newRow("port 65536") << QByteArray("nginx: {http_port: 65536}\n") << u"nginx.http_port"_s << u"65535"_s;
    QTest::newRow("bool yes") << QByteArray("nginx: {enabled: yes}\n") << u"nginx.enabled"_s << u"true or false"_s;
    QTest::newRow("string is a list") << QByteArray("compose: {project_name: [a]}\n") << u"compose.project_name"_s
                                      << u"text"_s;
    QTest::newRow("args not a list") << QByteArray("tests: {pytest_args: -x}\n") << u"tests.pytest_args"_s << u"list"_s;
    QTest::newRow("section is a list") << QByteArray("nginx: [1]\n") << u"nginx"_s << u"mapping"_s;
    QTest::newRow("password key refused") << QByteArray("database: {password: hunter2}\n") << u"database.password"_s
                                          << u"unknown key"_s;
    QTest::newRow("alias bomb in list") << QByteArray("tests:\n  pytest_args: &a [x, x, x, x, x, x, x, x, x, x, x, x, "
                                                      "x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, "
                                                      "x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, "
                                                      "x, x, x, x, x, x, x, x, x, x, x]\n")
                                        << u"tests.pytest_args"_s << u"at most"_s;
    QTest::newRow("nested too deep") << QByteArray("compose: ") + QByteArray(2000, '[') << QString() << u"YAML"_s;
    QTest::newRow("unicode value") << QByteArray("compose: {project_name: \"m\xc3\xbcnchen\"}\n")
                                   << u"compose.project_name"_s << u"lower-case"_s;
}

void TestProjectSpec::yamlErrors()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, key);
    QFETCH(QString, messagePart);
    QList<SpecError> errors;
    ProjectSpec::fromYaml(yaml, &errors);
    QVERIFY2(!errors.isEmpty(), "expected an error");
    QCOMPARE(errors.first().key, key);
    QVERIFY2(errors.first().message.contains(messagePart), qPrintable(errors.first().toString()));
}

void TestProjectSpec::detectionFillsOnlyMissingKeys()
{
    QList<SpecError> errors;
    ProjectSpec s = ProjectSpec::fromYaml("django: {wsgi_module: custom.wsgi}\n", &errors);
    QVERIFY(errors.isEmpty());
    Berth::DjangoProjectInfo info;
    info.found = true;
    info.projectDir = u"src"_s;
    info.settingsModule = u"config.settings"_s;
    info.wsgiModule = u"config.wsgi"_s;
    info.requirementsFile = u"src/requirements/base.txt"_s;
    applyDetected(s, info);
    QCOMPARE(s.django.projectDir, u"src"_s);
    QCOMPARE(s.django.settingsModule, u"config.settings"_s);
    QCOMPARE(s.django.wsgiModule, u"custom.wsgi"_s);
    QCOMPARE(s.django.requirementsFile, u"requirements/base.txt"_s);
}

void TestProjectSpec::derivedNames()
{
    ProjectSpec s;
    QCOMPARE(s.dockerSettingsModule(), u"app.docker_settings"_s);
    QCOMPARE(s.dockerSettingsPath(), u"app/app/docker_settings.py"_s);
    QCOMPARE(s.requirementsPath(), u"app/requirements.txt"_s);
    QCOMPARE(s.composeFiles(), (QStringList{u"docker-compose.yml"_s, u"docker-compose.override.yml"_s}));
    s.django.projectDir = u"."_s;
    s.django.settingsModule = u"settings"_s;
    QCOMPARE(s.dockerSettingsPath(), u"docker_settings.py"_s);
    QCOMPARE(s.requirementsPath(), u"requirements.txt"_s);
}

void TestProjectSpec::docsDocumentEveryKey()
{
    QFile doc(qEnvironmentVariable("BERTH_SOURCE_DIR") + "/docs/spec.md"_L1);
    QVERIFY(doc.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(doc.readAll());
    for (const QString &section : Berth::specSections())
        QVERIFY2(text.contains(u"\n## `"_s + section + u"`\n"_s), qPrintable(section));
    // Each key in a table row of its own section.
    for (const Berth::SpecField &f : Berth::specFields()) {
        const QString section = text.section(u"\n## `"_s + QLatin1StringView(f.section) + u"`\n"_s, 1).section(u"\n## "_s, 0, 0);
        QVERIFY2(section.contains(u"\n| `"_s + QLatin1StringView(f.key) + u"` |"_s), qPrintable(f.dottedKey()));
    }
}

QTEST_GUILESS_MAIN(TestProjectSpec)
#include "tst_projectspec.moc"
