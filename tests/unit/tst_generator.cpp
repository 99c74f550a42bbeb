// Golden files of the generator (tests/golden/<case>/expected/<path>.golden), plus properties
// every generated setup must have, checked by parsing the files back.
// After a deliberate change: tests/golden/regenerate.sh BUILD_DIR, then review `git diff`.
#include "../common/filehelpers.h"
#include "generate/corrections.h"
#include "generate/generatedpaths.h"
#include "generate/generator.h"
#include "generate/password.h"
#include "generate/requirements.h"
#include "project/projectspec.h"

#include <yaml-cpp/yaml.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using BerthTest::readFile;
using BerthTest::writeFile;
using namespace Berth;

namespace {

QString goldenRoot()
{
    return qEnvironmentVariable("BERTH_SOURCE_DIR") + "/tests/golden"_L1;
}



// Copies a case's project/ into dir; "NAME.in" becomes ".NAME" (so the fixture's .gitignore does
// not act on the repository).
void copyProject(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QString rel = QDir(from).relativeFilePath(path);
        if (rel.endsWith(".in"_L1)) {
            const QString name = QFileInfo(rel).fileName();
            rel = QFileInfo(rel).path() + "/."_L1 + name.chopped(3);
        }
        QVERIFY(writeFile(to + u'/' + rel, readFile(path)));
    }
}

QByteArray masked(const GeneratedFile &f, bool keepPassword)
{
    if (!f.secret || keepPassword)
        return f.content;
    QString text = QString::fromUtf8(f.content);
    text.replace(QRegularExpression(u"^POSTGRES_PASSWORD=.*$"_s, QRegularExpression::MultilineOption),
                 u"POSTGRES_PASSWORD=<random>"_s);
    text.replace(QRegularExpression(u"^DJANGO_SECRET_KEY=.*$"_s, QRegularExpression::MultilineOption),
                 u"DJANGO_SECRET_KEY=<random>"_s);
    return text.toUtf8();
}

YAML::Node parseYaml(const QByteArray &content)
{
    return YAML::Load(content.toStdString());
}

} // namespace

class TestGenerator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void goldens_data();
    void goldens();
    void composeIsWhatTheIssueAsks();
    void secretsNeverLeak();
    void secretKeyGeneratedAndKept();
    void existingPasswordIsKept();
    void projectsOwnComposeKeepsItsMeaning();
    void settingsPerUse();
    void requirementsIncludesAreCopiedAndRead();
    void requirementsMergeKeepsPins();
    void requirementsLineEndings_data();
    void requirementsLineEndings();
    void correctionsAreComplete();
    void passwordAlphabet();
    void postgresVersion_data();
    void postgresVersion();
};

void TestGenerator::goldens_data()
{
    QTest::addColumn<QString>("name");
    const QStringList cases = QDir(goldenRoot()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY(cases.size() >= 6);
    for (const QString &c : cases)
        QTest::newRow(qPrintable(c)) << c;
}

void TestGenerator::goldens()
{
    QFETCH(QString, name);
    const QString dir = goldenRoot() + u'/' + name;
    QList<SpecError> errors;
    const ProjectSpec spec = ProjectSpec::fromYaml(readFile(dir + "/spec.yaml"_L1), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).toString()));

    QTemporaryDir project;
    const bool hasProject = QFileInfo(dir + "/project"_L1).isDir();
    if (hasProject)
        copyProject(dir + "/project"_L1, project.path());
    const FileSet files = generate(spec, hasProject ? project.path() : QString());

    // generatedPaths() lists what generate() writes without rendering anything: all of it, and
    // exactly it (in order) when there is no project folder whose own files Berth leaves alone.
    QStringList listed, written;
    for (const GeneratedPath &p : generatedPaths(spec))
        listed.append(p.path);
    for (const GeneratedFile &f : files.files()) {
        written.append(f.path);
        QVERIFY2(listed.contains(f.path), qPrintable(f.path));
    }
    if (!hasProject)
        QCOMPARE(listed, written);

    const QString expected = dir + "/expected"_L1;
    const bool update = qEnvironmentVariableIntValue("BERTH_UPDATE_GOLDEN") == 1;
    if (update)
        QDir(expected).removeRecursively();
    QStringList expectedPaths;
    QDirIterator it(expected, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        expectedPaths.append(QDir(expected).relativeFilePath(it.next()).chopped(int(qstrlen(".golden"))));

    QStringList failures;
    for (const GeneratedFile &f : files.files()) {
        const QByteArray actual = masked(f, hasProject);
        QVERIFY2(!actual.contains("{{!") && !actual.contains("{%!"), qPrintable(f.path));
        QVERIFY2(!actual.contains('\r'), qPrintable(f.path));
        const QString golden = expected + u'/' + f.path + ".golden"_L1;
        if (update) {
            QVERIFY(writeFile(golden, actual));
            continue;
        }
        expectedPaths.removeAll(f.path);
        const QByteArray want = readFile(golden);
        if (want == actual)
            continue;
        // Show what differs the way a reviewer reads it.
        QTemporaryDir tmp;
        QVERIFY(writeFile(tmp.filePath(u"actual"_s), actual));
        QProcess diff;
        diff.start(u"diff"_s, {u"-u"_s, golden, tmp.filePath(u"actual"_s)});
        diff.waitForFinished(10000);
        qWarning().noquote() << "golden mismatch:" << f.path << "\n" << QString::fromUtf8(diff.readAllStandardOutput());
        failures.append(f.path);
    }
    if (update)
        return;
    QVERIFY2(expectedPaths.isEmpty(), qPrintable(u"expected but not generated: "_s + expectedPaths.join(u", "_s)));
    QVERIFY2(failures.isEmpty(), qPrintable(u"differs from golden (tests/golden/regenerate.sh after a deliberate "
                                            u"change): "_s + failures.join(u", "_s)));
}

void TestGenerator::composeIsWhatTheIssueAsks()
{
    const ProjectSpec spec;
    const FileSet files = generate(spec);
    const YAML::Node compose = parseYaml(files.file(u"docker-compose.yml"_s)->content);
    QVERIFY(!compose["version"]);
    QCOMPARE(compose["name"].as<std::string>(), std::string("myproject"));
    for (const char *service : {"nginx", "database", "app", "manage", "tests"})
        QVERIFY2(compose["services"][service].IsMap(), service);
    QVERIFY(compose["volumes"]["pg_data"]);
    QVERIFY(compose["volumes"]["pg_backups"]);
    QVERIFY(compose["networks"]["frontend"]);
    QVERIFY(compose["networks"]["backend"]);
    const YAML::Node db = compose["services"]["database"];
    QCOMPARE(db["ports"][0].as<std::string>(), std::string("127.0.0.1:5432:5432"));
    // TCP, not the socket the image's init server answers; checked every second while starting.
    QVERIFY(db["healthcheck"]["test"][1].as<std::string>().find("pg_isready -h 127.0.0.1 -U ") != std::string::npos);
    QCOMPARE(db["healthcheck"]["start_interval"].as<std::string>(), std::string("1s"));
    for (const char *service : {"app", "manage", "tests"}) {
        QCOMPARE(compose["services"][service]["depends_on"]["database"]["condition"].as<std::string>(),
                 std::string("service_healthy"));
        QCOMPARE(compose["services"][service]["environment"]["POSTGRES_HOST"].as<std::string>(), std::string("database"));
        // One image for all three, and every one can build it.
        QCOMPARE(compose["services"][service]["image"].as<std::string>(), std::string("myproject-app"));
        QVERIFY2(compose["services"][service]["build"].IsMap(), service);
        QCOMPARE(compose["services"][service]["env_file"][0].as<std::string>(), std::string("data/django/django_env"));
    }
    QCOMPARE(compose["services"]["tests"]["entrypoint"][4].as<std::string>(), std::string("error"));
    // The main file is production: no source mounts, no tests on `up`, nginx restarted with app, no 443.
    QCOMPARE(compose["services"]["tests"]["profiles"][0].as<std::string>(), std::string("tools"));
    QCOMPARE(compose["services"]["manage"]["profiles"][0].as<std::string>(), std::string("tools"));
    for (const char *service : {"app", "manage", "tests"}) {
        for (const YAML::Node &volume : compose["services"][service]["volumes"])
            QVERIFY2(volume.as<std::string>().find("./app:") == std::string::npos, service);
    }
    QVERIFY(compose["services"]["nginx"]["depends_on"]["app"]["restart"].as<bool>());
    QCOMPARE(compose["services"]["nginx"]["ports"].size(), std::size_t(1));
    QCOMPARE(compose["services"]["nginx"]["ports"][0].as<std::string>(), std::string("80:80"));

    const QByteArray uwsgi = files.file(u"app/uwsgi.ini"_s)->content;
    QVERIFY(!uwsgi.contains("py-autoreload"));
    QVERIFY(uwsgi.contains("die-on-term = true"));
    const YAML::Node override = parseYaml(files.file(u"docker-compose.override.yml"_s)->content);
    QCOMPARE(override["services"]["app"]["environment"]["DJANGO_ENV"].as<std::string>(), std::string("dev"));
    QCOMPARE(override["services"]["app"]["command"][3].as<std::string>(), std::string("--py-autoreload"));
    for (const char *service : {"app", "manage", "tests"})
        QCOMPARE(override["services"][service]["volumes"][0].as<std::string>(), std::string("./app:/opt/app"));
    // Development: the tests on `up` (profiles reset) and nginx on 127.0.0.1 only (ports replaced).
    QCOMPARE(override["services"]["tests"]["profiles"].Tag(), std::string("!reset"));
    QCOMPARE(override["services"]["tests"]["profiles"].size(), std::size_t(0));
    QCOMPARE(override["services"]["nginx"]["ports"].Tag(), std::string("!override"));
    QCOMPARE(override["services"]["nginx"]["ports"][0].as<std::string>(), std::string("127.0.0.1:80:80"));
    ProjectSpec onDemand;
    onDemand.tests.runOnUp = false;
    QVERIFY(!parseYaml(generate(onDemand).file(u"docker-compose.override.yml"_s)->content)["services"]["tests"]["profiles"]);
    QVERIFY(files.file(u"app/pytest.ini"_s)->content.contains("\npython_files = "));
    QVERIFY(!files.file(u"app/pytest.ini"_s)->content.contains("python_file ="));
    const YAML::Node testsEntrypoint = compose["services"]["tests"]["entrypoint"];
    QCOMPARE(testsEntrypoint[testsEntrypoint.size() - 1].as<std::string>(), std::string("ignore::pytest.PytestCacheWarning"));
    for (const char *option : {"\nbuffer-size = 32768\n", "\nharakiri = 60\n", "\nmax-requests = 1000\n",
                               "\nsingle-interpreter = true\n"})
        QVERIFY2(uwsgi.contains(option), option);
    const QByteArray site = files.file(u"data/nginx/app.conf"_s)->content;
    for (const char *directive : {"\nserver_tokens off;\n", "listen 80 default_server;", "return 444;",
                                  "location /media/ {", "gzip on;", "proxy_read_timeout 60s;"})
        QVERIFY2(site.contains(directive), directive);
    ProjectSpec catchAll;
    catchAll.nginx.serverName = u"_"_s;
    QVERIFY(!generate(catchAll).file(u"data/nginx/app.conf"_s)->content.contains("return 444;"));
    const QByteArray dockerfile = files.file(u"Dockerfile"_s)->content;
    // The requirements are installed before the code is copied.
    QVERIFY(dockerfile.indexOf("pip install -r /opt/app/requirements.txt") < dockerfile.indexOf("COPY --chown=app:app ./app /opt/app"));
    QVERIFY(dockerfile.contains("--mount=type=cache,target=/root/.cache/pip"));
    QVERIFY(dockerfile.contains("useradd --no-log-init"));
    QVERIFY(!dockerfile.contains(" AS build"));
    ProjectSpec slim;
    slim.container.pythonImage = u"python:3.13-slim"_s;
    const QByteArray slimDockerfile = generate(slim).file(u"Dockerfile"_s)->content;
    // The compiler only in the build stage.
    QVERIFY(slimDockerfile.indexOf("build-essential") < slimDockerfile.indexOf("\nFROM python:3.13-slim\n"));
    QVERIFY(slimDockerfile.contains("FROM python:3.13-slim AS build"));
}

void TestGenerator::secretKeyGeneratedAndKept()
{
    const FileSet files = generate(ProjectSpec{});
    const GeneratedFile *env = files.file(u"data/django/django_env"_s);
    QVERIFY(env && env->secret);
    const QString key = QString::fromUtf8(env->content).section(u"DJANGO_SECRET_KEY="_s, 1).section(u'\n', 0, 0);
    QCOMPARE(key.size(), 64);
    QVERIFY(files.file(u".gitignore"_s)->content.contains("/data/django/django_env\n"));
    const QByteArray settings = files.file(u"app/app/docker_settings.py"_s)->content;
    QVERIFY(settings.contains("raise ImproperlyConfigured("));
    QVERIFY(settings.contains("if \"LOGGING\" not in globals():"));

    // Kept on regeneration; an insecure or short one is replaced.
    QTemporaryDir dir;
    const QByteArray kept = "DJANGO_SECRET_KEY=" + QByteArray(55, 'k') + "\n";
    QVERIFY(writeFile(dir.filePath(u"data/django/django_env"_s), kept));
    QVERIFY(generate(ProjectSpec{}, dir.path()).file(u"data/django/django_env"_s)->content.endsWith(kept));
    const QList<QByteArray> bads = {QByteArray("DJANGO_SECRET_KEY=short\n"),
                                    QByteArray("DJANGO_SECRET_KEY=django-insecure-" + QByteArray(50, 'x') + "\n"),
                                    QByteArray("DJANGO_SECRET_KEY='" + QByteArray(50, 'x') + " y'\n")};
    for (const QByteArray &bad : bads) {
        QVERIFY(writeFile(dir.filePath(u"data/django/django_env"_s), bad));
        const QByteArray fresh = generate(ProjectSpec{}, dir.path()).file(u"data/django/django_env"_s)->content;
        QVERIFY2(!fresh.contains(bad), bad.constData());
        QCOMPARE(QString::fromUtf8(fresh).section(u"DJANGO_SECRET_KEY="_s, 1).trimmed().size(), 64);
    }
}

void TestGenerator::secretsNeverLeak()
{
    const FileSet files = generate(ProjectSpec{});
    const GeneratedFile *secrets = files.file(u"data/postgres/database_env"_s);
    QVERIFY(secrets && secrets->secret);
    const QString password = QString::fromUtf8(secrets->content).section(u"POSTGRES_PASSWORD="_s, 1).section(u'\n', 0, 0);
    QCOMPARE(password.size(), 32);
    for (const GeneratedFile &f : files.files()) {
        if (f.path != secrets->path)
            QVERIFY2(!f.content.contains(password.toUtf8()), qPrintable(f.path));
        QVERIFY(f.secret == (f.path == secrets->path || f.path == u"data/django/django_env"_s));
    }
    QVERIFY(files.file(u".gitignore"_s)->content.contains("/data/postgres/database_env\n"));
    QVERIFY(files.file(u".dockerignore"_s)->content.contains("\ndata\n"));
    // Two projects, two passwords.
    QVERIFY(generate(ProjectSpec{}).file(u"data/postgres/database_env"_s)->content != secrets->content);
}

void TestGenerator::existingPasswordIsKept()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(u"data/postgres/database_env"_s),
                      "POSTGRES_USER=old_role\nPOSTGRES_PASSWORD=abc-DEF_123\nPOSTGRES_DB=project_database\n"));
    const FileSet files = generate(ProjectSpec{}, dir.path());
    QVERIFY(files.file(u"data/postgres/database_env"_s)->content.contains("\nPOSTGRES_PASSWORD=abc-DEF_123\n"));
    QVERIFY(files.file(u"data/postgres/database_env"_s)->content.contains("\nPOSTGRES_USER=database_role\n"));
    QCOMPARE(files.warnings().size(), 2); // the user differs; no manage.py
    QVERIFY(files.warnings().first().contains("old_role"_L1));
    // The wizard's password wins over the kept one; one that cannot be written does not.
    const FileSet chosen = generate(ProjectSpec{}, dir.path(), GenerateOptions{u"Chosen-by-wizard-42"_s});
    QVERIFY(chosen.file(u"data/postgres/database_env"_s)->content.contains("\nPOSTGRES_PASSWORD=Chosen-by-wizard-42\n"));
    const FileSet quoted = generate(ProjectSpec{}, dir.path(), GenerateOptions{u"it's\nbad"_s});
    QVERIFY(quoted.file(u"data/postgres/database_env"_s)->content.contains("\nPOSTGRES_PASSWORD=abc-DEF_123\n"));
}

void TestGenerator::projectsOwnComposeKeepsItsMeaning()
{
    // A project with its own docker-compose.yml and Dockerfile: no override Compose would merge
    // into theirs, no .dockerignore for their build, no COMPOSE_FILE hiding their file.
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(u"docker-compose.yml"_s), "services:\n  web:\n    build: .\n"));
    QVERIFY(writeFile(dir.filePath(u"Dockerfile"_s), "FROM python:3.12\n"));
    FileSet files = generate(ProjectSpec{}, dir.path());
    QVERIFY(!files.file(u"docker-compose.override.yml"_s));
    QVERIFY(!files.file(u".dockerignore"_s));
    QVERIFY(files.warnings().join(u'\n').contains("Berth writes no docker-compose.override.yml"_L1));
    QVERIFY(files.warnings().join(u'\n').contains("Berth writes no .dockerignore"_L1));
    // Berth's setup under names of its own: its override is not paired with theirs by name, and a
    // plain `docker compose` keeps loading their file (no .env).
    ProjectSpec beside;
    beside.compose.file = u"berth-compose.yml"_s;
    beside.compose.overrideFile = u"berth-compose.dev.yml"_s;
    files = generate(beside, dir.path());
    QVERIFY(files.file(u"berth-compose.dev.yml"_s));
    QVERIFY(!files.file(u".env"_s));
    QVERIFY(files.warnings().join(u'\n').contains("docker-compose.yml is there too"_L1));
    QVERIFY(files.file(u"DOCKER.md"_s)->content.contains("-f berth-compose.yml -f berth-compose.dev.yml"));
    // Without their file, other names get COMPOSE_FILE in a new .env.
    QTemporaryDir empty;
    const FileSet fresh = generate(beside, empty.path());
    QVERIFY(fresh.file(u".env"_s));
    QVERIFY(fresh.file(u".env"_s)->content.contains("\nCOMPOSE_FILE=berth-compose.yml:berth-compose.dev.yml\n"));
    // Default names need none.
    QVERIFY(!generate(ProjectSpec{}, empty.path()).file(u".env"_s));

    // Placed beside the project's own setup: nothing of theirs is generated at all.
    QVERIFY(writeFile(dir.filePath(u"app/pytest.ini"_s), "[pytest]\nDJANGO_SETTINGS_MODULE = app.test_settings\n"));
    ProjectSpec placed;
    const QStringList notes = placeBesideOwnSetup(placed, dir.path());
    QCOMPARE(notes.size(), 2);
    QCOMPARE(placed.compose.file, u"berth-compose.yml"_s);
    QCOMPARE(placed.compose.overrideFile, u"berth-compose.dev.yml"_s);
    QCOMPARE(placed.container.dockerfile, u"berth/Dockerfile"_s);
    QVERIFY(placed.validate().isEmpty());
    files = generate(placed, dir.path());
    for (const QString &theirs : {u"docker-compose.yml"_s, u"docker-compose.override.yml"_s, u"Dockerfile"_s,
                                  u".dockerignore"_s, u"app/pytest.ini"_s, u".env"_s})
        QVERIFY2(!files.file(theirs), qPrintable(theirs));
    for (const QString &berths : {u"berth-compose.yml"_s, u"berth-compose.dev.yml"_s, u"berth/Dockerfile"_s,
                                  u"berth/Dockerfile.dockerignore"_s})
        QVERIFY2(files.file(berths), qPrintable(berths));
    QCOMPARE(parseYaml(files.file(u"berth-compose.yml"_s)->content)["services"]["app"]["build"]["dockerfile"].as<std::string>(),
             std::string("berth/Dockerfile"));
    QVERIFY(files.warnings().join(u'\n').contains("app/pytest.ini exists and is not Berth's"_L1));
    // Its DJANGO_SETTINGS_MODULE keeps working: the image's variable would win, so --ds names it.
    const YAML::Node testsEntry = parseYaml(files.file(u"berth-compose.yml"_s)->content)["services"]["tests"]["entrypoint"];
    QCOMPARE(testsEntry[testsEntry.size() - 1].as<std::string>(), std::string("--ds=app.test_settings"));
    // Keys the spec gives stay as given.
    QList<SpecError> errors;
    ProjectSpec given = ProjectSpec::fromYaml("compose: {file: docker-compose.yml}\ncontainer: {dockerfile: Dockerfile}\n", &errors);
    QVERIFY(errors.isEmpty());
    QVERIFY(placeBesideOwnSetup(given, dir.path()).isEmpty());
    QCOMPARE(given.compose.file, u"docker-compose.yml"_s);
}

void TestGenerator::settingsPerUse()
{
    ProjectSpec spec;
    spec.django.settingsModule = u"proj.settings.production"_s;
    spec.django.devSettingsModule = u"proj.settings.dev"_s;
    spec.django.wsgiModule = u"proj.wsgi"_s;
    const FileSet files = generate(spec);
    const QByteArray settings = files.file(u"app/proj/settings/docker_settings.py"_s)->content;
    QVERIFY(settings.contains("import_module(os.environ.get(\"BERTH_SETTINGS_MODULE\", \"proj.settings.production\"))"));
    QVERIFY(!settings.contains("from proj.settings.production import *"));
    const YAML::Node override = parseYaml(files.file(u"docker-compose.override.yml"_s)->content);
    for (const char *service : {"app", "manage"})
        QCOMPARE(override["services"][service]["environment"]["BERTH_SETTINGS_MODULE"].as<std::string>(),
                 std::string("proj.settings.dev"));
    // The tests: the test settings, else the development ones; never set for app in the main file.
    const YAML::Node compose = parseYaml(files.file(u"docker-compose.yml"_s)->content);
    QCOMPARE(compose["services"]["tests"]["environment"]["BERTH_SETTINGS_MODULE"].as<std::string>(),
             std::string("proj.settings.dev"));
    QVERIFY(!compose["services"]["app"]["environment"]["BERTH_SETTINGS_MODULE"]);
    QVERIFY(files.file(u"Dockerfile"_s)->content.contains("DJANGO_SETTINGS_MODULE=proj.settings.docker_settings"));
    // One module for every use: the plain star import, no variable.
    const QByteArray single = generate(ProjectSpec{}).file(u"app/app/docker_settings.py"_s)->content;
    QVERIFY(single.contains("from app.settings import *"));
    QVERIFY(!single.contains("BERTH_SETTINGS_MODULE"));
}

void TestGenerator::requirementsIncludesAreCopiedAndRead()
{
    // requirements.txt that is only an include of a requirements/ folder, the way real projects
    // keep them: every file is copied before the install, and what they pin counts as present.
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(u"app/requirements.txt"_s), "-r requirements/production.txt\n"));
    QVERIFY(writeFile(dir.filePath(u"app/requirements/production.txt"_s), "--requirement=base.txt\n-c ../constraints.txt\nsentry-sdk\n"));
    QVERIFY(writeFile(dir.filePath(u"app/requirements/base.txt"_s), "Django==4.2.11\npsycopg2-binary==2.9.9\n-rmissing.txt\n"));
    QVERIFY(writeFile(dir.filePath(u"app/constraints.txt"_s), "sqlparse<0.6\n"));
    const FileSet files = generate(ProjectSpec{}, dir.path());
    const QByteArray dockerfile = files.file(u"Dockerfile"_s)->content;
    for (const char *copy : {"COPY --chown=app:app ./app/requirements.txt /opt/app/requirements.txt\n",
                             "COPY --chown=app:app ./app/requirements/production.txt /opt/app/requirements/production.txt\n",
                             "COPY --chown=app:app ./app/requirements/base.txt /opt/app/requirements/base.txt\n",
                             "COPY --chown=app:app ./app/constraints.txt /opt/app/constraints.txt\n"})
        QVERIFY2(dockerfile.indexOf(copy) >= 0 && dockerfile.indexOf(copy) < dockerfile.indexOf("pip install -r"), copy);
    const QByteArray merged = files.file(u"app/requirements.txt"_s)->content;
    QVERIFY2(!merged.contains("Django>=") && !merged.contains("psycopg[binary]"), merged.constData());
    QVERIFY(merged.contains("\npytest>=7.0"));
    QVERIFY(merged.startsWith("-r requirements/production.txt\n"));
    QVERIFY(files.warnings().join(u'\n').contains("requirements/base.txt includes requirements/missing.txt, which does not exist"_L1));
}

void TestGenerator::requirementsMergeKeepsPins()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(u"app/requirements.txt"_s), "django==4.2.11\r\npytest_django<5\n"));
    QVERIFY(writeFile(dir.filePath(u"app/pyproject.toml"_s), "[tool.pytest.ini_options]\naddopts = \"-x\"\n"));
    const FileSet files = generate(ProjectSpec{}, dir.path());
    const GeneratedFile *req = files.file(u"app/requirements.txt"_s);
    QVERIFY(req->merged);
    const QString text = QString::fromUtf8(req->content);
    QVERIFY(text.startsWith("django==4.2.11\npytest_django<5\n"_L1));
    QVERIFY(!text.contains("Django>="_L1));
    QVERIFY(!text.contains("pytest-django>="_L1));
    QVERIFY(text.contains("\npsycopg[binary]>=3.1"_L1));
    QVERIFY(text.contains("\npytest>=7.0"_L1));
    bool warned = false;
    for (const QString &w : files.warnings())
        warned = warned || w.contains("pyproject.toml"_L1);
    QVERIFY(warned);
}

void TestGenerator::requirementsLineEndings_data()
{
    QTest::addColumn<QByteArray>("existing");
    QTest::addColumn<QByteArray>("kept");
    QTest::newRow("LF") << "django\npytest\n"_ba << "django\npytest\n"_ba;
    QTest::newRow("CRLF") << "django\r\npytest\r\n"_ba << "django\npytest\n"_ba;
    // Found by fuzz_django: a last bare CR plus the LF Berth appends made a CRLF, and merging
    // the result again changed it.
    QTest::newRow("bare CR at the end") << "django\npytest\r"_ba << "django\npytest\n"_ba;
    QTest::newRow("bare CRs (pip splits there too)") << "django\rpytest\r"_ba << "django\npytest\n"_ba;
    QTest::newRow("CR CR LF") << "django\r\r\npytest"_ba << "django\n\npytest\n"_ba;
}

void TestGenerator::requirementsLineEndings()
{
    QFETCH(QByteArray, existing);
    QFETCH(QByteArray, kept);
    const QList<NeededRequirement> needed = {{u"Django>=4.2"_s, {u"django"_s}, u"the project"_s},
                                             {u"pytest>=7.0"_s, {u"pytest"_s}, u"tests"_s},
                                             {u"pytest-django>=4.5"_s, {u"pytest-django"_s}, u"pytest.ini"_s}};
    QStringList added;
    const QByteArray merged = mergeRequirements(existing, needed, &added);
    QCOMPARE(added.size(), 1);
    QVERIFY(added.constFirst().startsWith("pytest-django>=4.5"_L1));
    QVERIFY(merged.startsWith(kept));
    QVERIFY(!merged.contains('\r'));
    // Done once, done: merging the result again changes nothing.
    QCOMPARE(mergeRequirements(merged, needed, &added), merged);
    QVERIFY(added.isEmpty());
}

void TestGenerator::correctionsAreComplete()
{
    const QList<Correction> list = corrections();
    QStringList ids;
    for (const Correction &c : list) {
        QVERIFY(!c.title().isEmpty());
        QVERIFY2(c.why().size() > 120 && !c.why().contains(u'\n'), qPrintable(c.id));
        QVERIFY(!c.files.isEmpty());
        QVERIFY2(!ids.contains(c.id), qPrintable(c.id));
        ids.append(c.id);
    }
    for (const char *required : {"compose-version-obsolete", "pytest-python-files", "database-readiness",
                                 "postgres-bind-localhost", "autoreload-dev-only", "secrets-file", "host-user-files",
                                 "uwsgi-clean-stop", "django-uses-postgres", "django-behind-nginx"})
        QVERIFY2(ids.contains(QLatin1StringView(required)), required);
    // Every id a file names exists, and the default setup carries every correction but the
    // Postgres 18 one (it uses postgres:17), the SQLite one (it uses Postgres) and the compose
    // file names one (it uses the default names), in the files the correction lists.
    ProjectSpec spec;
    const FileSet files = generate(spec);
    QSet<QString> carried;
    for (const GeneratedFile &f : files.files()) {
        for (const QString &id : f.correctionIds) {
            QVERIFY2(ids.contains(id), qPrintable(id));
            QVERIFY2(correction(id)->files.contains(f.path), qPrintable(id + u" in "_s + f.path));
            carried.insert(id);
        }
    }
    for (const QString &id : ids)
        QVERIFY2(carried.contains(id) || id == "postgres-18-data-path"_L1 || id == "sqlite-volume"_L1
                     || id == "compose-file-names"_L1,
                 qPrintable(id));
}

void TestGenerator::passwordAlphabet()
{
    static const QRegularExpression allowed(u"^[A-Za-z0-9][A-Za-z0-9._-]{31}$"_s);
    QSet<QString> seen;
    for (int i = 0; i < 200; ++i) {
        const QString p = generatePassword();
        QVERIFY2(allowed.match(p).hasMatch(), qPrintable(p));
        seen.insert(p);
    }
    QCOMPARE(seen.size(), 200);
}

void TestGenerator::postgresVersion_data()
{
    QTest::addColumn<QString>("image");
    QTest::addColumn<int>("major");
    QTest::newRow("17") << u"postgres:17"_s << 17;
    QTest::newRow("18-alpine") << u"postgres:18-alpine"_s << 18;
    QTest::newRow("16.4") << u"postgres:16.4"_s << 16;
    QTest::newRow("latest") << u"postgres:latest"_s << 0;
    QTest::newRow("no tag") << u"postgres"_s << 0;
    QTest::newRow("registry port") << u"registry:5000/postgres:15"_s << 15;
    QTest::newRow("registry port no tag") << u"registry:5000/postgres"_s << 0;
}

void TestGenerator::postgresVersion()
{
    QFETCH(QString, image);
    QFETCH(int, major);
    QCOMPARE(postgresMajorVersion(image), major);
}

QTEST_GUILESS_MAIN(TestGenerator)
#include "tst_generator.moc"
