#include "../common/filehelpers.h"
#include "cli/cli.h"
#include "project/projectspec.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;
using BerthTest::readFile;
using BerthTest::writeFile;

namespace {

struct Result
{
    int code;
    QString out;
    QString err;
};

Result berth(const QStringList &args)
{
    Result r;
    QTextStream o(&r.out), e(&r.err);
    r.code = Berth::Cli::run(QStringList{u"berth"_s} + args, o, e);
    o.flush();
    e.flush();
    return r;
}



} // namespace

class TestGenerateCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void specDefaultsIsTheDefaultSpec();
    void specCheck();
    void generateIntoEmptyFolder();
    void dryRunConflictAndForce();
    void editsAreMergedWithoutForce();
    void projectsOwnFilesAreNotBerths();
    void ownSetupStaysByteIdentical();
    void projectNameFromTheFolder();
    void wsgiModuleThatIsNotThereIsLoud();
    void specInOutFolderIsLeftAlone();
    void detectsTheProject();
    void usageErrors_data();
    void usageErrors();
    void helpListsCommands();
};

void TestGenerateCli::specDefaultsIsTheDefaultSpec()
{
    const Result r = berth({u"spec"_s, u"--defaults"_s});
    QCOMPARE(r.code, int(Berth::Cli::Ok));
    QList<Berth::SpecError> errors;
    QVERIFY(Berth::ProjectSpec::fromYaml(r.out.toUtf8(), &errors) == Berth::ProjectSpec::defaults());
    QVERIFY(errors.isEmpty());
}

void TestGenerateCli::specCheck()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(u"bad.yaml"_s), "nginx:\n  http_port: 0\ndatabase:\n  user: \"a b\"\n"));
    const Result bad = berth({u"spec"_s, u"--check"_s, dir.filePath(u"bad.yaml"_s)});
    QCOMPARE(bad.code, int(Berth::Cli::InvalidSpec));
    QCOMPARE(bad.err.count(u'\n'), 2); // one line per problem
    QVERIFY(bad.err.contains("nginx.http_port: '0': must be a port from 1 to 65535"_L1));
    QVERIFY(bad.err.contains("database.user: 'a b'"_L1));
    QVERIFY(writeFile(dir.filePath(u"good.yaml"_s), "nginx: {http_port: 8080}\n"));
    QCOMPARE(berth({u"spec"_s, u"--check"_s, dir.filePath(u"good.yaml"_s)}).code, int(Berth::Cli::Ok));
    QCOMPARE(berth({u"spec"_s, u"--check"_s, dir.filePath(u"missing.yaml"_s)}).code, int(Berth::Cli::Failed));
}

void TestGenerateCli::generateIntoEmptyFolder()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(u"berth.yaml"_s), Berth::ProjectSpec::defaults().toYaml()));
    const QString out = dir.filePath(u"new/project"_s);
    const Result r = berth({u"generate"_s, u"--spec"_s, dir.filePath(u"berth.yaml"_s), u"--out"_s, out});
    QVERIFY2(r.code == Berth::Cli::Ok, qPrintable(r.err));
    for (const char *path : {"Dockerfile", "docker-compose.yml", "docker-compose.override.yml", "data/nginx/app.conf",
                             "app/uwsgi.ini", "app/pytest.ini", "app/app/docker_settings.py", "app/requirements.txt",
                             "data/postgres/database_env", "data/django/django_env", ".dockerignore", ".gitignore", "DOCKER.md", "berth.yaml",
                             ".berth/manifest.json"})
        QVERIFY2(QFile::exists(out + u'/' + QLatin1StringView(path)), path);
    QVERIFY(r.out.contains("wrote data/postgres/database_env\n"_L1));
    QVERIFY(!r.out.contains("POSTGRES_PASSWORD"_L1));
    const Result again = berth({u"generate"_s, u"--spec"_s, dir.filePath(u"berth.yaml"_s), u"--out"_s, out});
    QCOMPARE(again.code, int(Berth::Cli::Ok));
    QCOMPARE(again.out, u"everything is up to date\n"_s);
}

void TestGenerateCli::dryRunConflictAndForce()
{
    QTemporaryDir dir;
    const QString spec = dir.filePath(u"spec.yaml"_s);
    QVERIFY(writeFile(spec, ""));
    const QString out = dir.filePath(u"p"_s);
    QCOMPARE(berth({u"generate"_s, u"--spec"_s, spec, u"--out"_s, out}).code, int(Berth::Cli::Ok));
    QVERIFY(writeFile(out + "/Dockerfile"_L1, "FROM python:3.13\n# my own line\n"));
    QVERIFY(writeFile(spec, "app_server: {processes: 4}\n"));

    const Result dry = berth({u"generate"_s, u"--spec"_s, spec, u"--out"_s, out, u"--dry-run"_s});
    QCOMPARE(dry.code, int(Berth::Cli::Conflict));
    QVERIFY(dry.out.contains("# conflict: Dockerfile (changed since Berth last wrote it)\n--- a/Dockerfile\n+++ b/Dockerfile\n"_L1));
    QVERIFY(dry.out.contains("-# my own line\n"_L1));
    QVERIFY(dry.out.contains("# changed: app/uwsgi.ini\n"_L1));
    QVERIFY(dry.out.contains("-processes = 2\n+processes = 4\n"_L1));
    QVERIFY(!dry.out.contains("docker-compose.yml"_L1)); // unchanged files are not listed
    QVERIFY(readFile(out + "/app/uwsgi.ini"_L1).contains("processes = 2"));

    const Result refused = berth({u"generate"_s, u"--spec"_s, spec, u"--out"_s, out});
    QCOMPARE(refused.code, int(Berth::Cli::Conflict));
    QVERIFY(refused.err.contains("conflict: Dockerfile was changed since Berth last wrote it"_L1));
    QVERIFY(readFile(out + "/app/uwsgi.ini"_L1).contains("processes = 2"));

    const Result forced = berth({u"generate"_s, u"--spec"_s, spec, u"--out"_s, out, u"--force"_s});
    QVERIFY2(forced.code == Berth::Cli::Ok, qPrintable(forced.err));
    QVERIFY(readFile(out + "/app/uwsgi.ini"_L1).contains("processes = 4"));
    QVERIFY(forced.out.contains("backup .berth/backups/"_L1));
    QVERIFY(!readFile(out + "/Dockerfile"_L1).contains("my own line"));
}

// An edit of a file Berth wrote and a spec that changes the file: merged and written without
// --force; where both changed the same line, only that region is shown and nothing is written.
void TestGenerateCli::editsAreMergedWithoutForce()
{
    QTemporaryDir dir;
    const QString spec = dir.filePath(u"spec.yaml"_s);
    QVERIFY(writeFile(spec, ""));
    const QString out = dir.filePath(u"p"_s);
    QCOMPARE(berth({u"generate"_s, u"--spec"_s, spec, u"--out"_s, out}).code, int(Berth::Cli::Ok));
    const QString ini = out + "/app/uwsgi.ini"_L1;
    QVERIFY(writeFile(ini, "# tuned by hand\n" + readFile(ini)));
    QVERIFY(writeFile(spec, "app_server: {processes: 4}\n"));

    const Result dry = berth({u"generate"_s, u"--spec"_s, spec, u"--out"_s, out, u"--dry-run"_s});
    QVERIFY2(dry.code == Berth::Cli::Ok, qPrintable(dry.err));
    QVERIFY2(dry.out.contains("# merged: app/uwsgi.ini\n--- a/app/uwsgi.ini\n+++ b/app/uwsgi.ini\n"_L1), qPrintable(dry.out));
    QVERIFY(dry.out.contains("-processes = 2\n+processes = 4\n"_L1));
    QVERIFY(!dry.out.contains("-# tuned by hand"_L1));

    const Result merged = berth({u"generate"_s, u"--spec"_s, spec, u"--out"_s, out});
    QVERIFY2(merged.code == Berth::Cli::Ok, qPrintable(merged.err));
    QVERIFY(merged.out.contains("wrote app/uwsgi.ini (merged with your edits)\n"_L1));
    QVERIFY(merged.out.contains("backup .berth/backups/"_L1));
    QVERIFY(readFile(ini).startsWith("# tuned by hand\n"));
    QVERIFY(readFile(ini).contains("processes = 4\n"));
    QCOMPARE(berth({u"generate"_s, u"--spec"_s, spec, u"--out"_s, out}).out, u"everything is up to date\n"_s);

    QVERIFY(writeFile(ini, readFile(ini).replace("processes = 4\n", "processes = 7\n")));
    QVERIFY(writeFile(spec, "app_server: {processes: 6}\n"));
    const Result conflict = berth({u"generate"_s, u"--spec"_s, spec, u"--out"_s, out, u"--dry-run"_s});
    QCOMPARE(conflict.code, int(Berth::Cli::Conflict));
    QVERIFY2(conflict.out.contains("# conflict: app/uwsgi.ini (changed since Berth last wrote it)\n@@ app/uwsgi.ini, line "_L1),
             qPrintable(conflict.out));
    QVERIFY(conflict.out.contains("<<<<<<< yours (on disk)\nprocesses = 7\n||||||| Berth's previous version\nprocesses = 4\n"
                                  "=======\nprocesses = 6\n>>>>>>> Berth's new version\n"_L1));
    QVERIFY(!conflict.out.contains("# tuned by hand"_L1)); // only the conflicting region
    QCOMPARE(berth({u"generate"_s, u"--spec"_s, spec, u"--out"_s, out}).code, int(Berth::Cli::Conflict));
    QVERIFY(readFile(ini).contains("processes = 7\n"));
}

void TestGenerateCli::projectsOwnFilesAreNotBerths()
{
    // A project with a Dockerfile of its own that the spec names as Berth's: Berth never wrote
    // it, so it does not say "changed".
    QTemporaryDir dir;
    const QString spec = dir.filePath(u"spec.yaml"_s);
    QVERIFY(writeFile(spec, "container: {dockerfile: Dockerfile}\n"));
    const QString out = dir.filePath(u"p"_s);
    QVERIFY(writeFile(out + "/Dockerfile"_L1, "FROM python:3.12\n"));
    const Result dry = berth({u"generate"_s, u"--spec"_s, spec, u"--out"_s, out, u"--dry-run"_s});
    QCOMPARE(dry.code, int(Berth::Cli::Conflict));
    QVERIFY2(dry.out.contains("# conflict: Dockerfile (exists and is not Berth's)\n"_L1), qPrintable(dry.out.left(400)));
    const Result refused = berth({u"generate"_s, u"--spec"_s, spec, u"--out"_s, out});
    QCOMPARE(refused.code, int(Berth::Cli::Conflict));
    QVERIFY2(refused.err.contains("conflict: Dockerfile exists and is not Berth's; not replaced"_L1), qPrintable(refused.err));
    QVERIFY(!refused.err.contains("changed since"_L1));
    QCOMPARE(readFile(out + "/Dockerfile"_L1), QByteArray("FROM python:3.12\n"));
}

void TestGenerateCli::ownSetupStaysByteIdentical()
{
    // A project with its own Dockerfile, compose file and pytest.ini: Berth's setup goes beside
    // them, nothing of theirs is written or changes meaning, and no --force is needed.
    QTemporaryDir dir;
    const QString spec = dir.filePath(u"spec.yaml"_s);
    QVERIFY(writeFile(spec, ""));
    const QString out = dir.filePath(u"p"_s);
    const QList<QPair<QString, QByteArray>> theirs = {
        {u"Dockerfile"_s, "FROM python:3.12\n"},
        {u"docker-compose.yml"_s, "services:\n  web:\n    build: .\n"},
        {u"app/pytest.ini"_s, "[pytest]\nDJANGO_SETTINGS_MODULE = app.settings\n"},
        {u".dockerignore"_s, "node_modules\n"}};
    for (const auto &[path, content] : theirs)
        QVERIFY(writeFile(out + u'/' + path, content));
    const Result r = berth({u"generate"_s, u"--spec"_s, spec, u"--out"_s, out});
    QVERIFY2(r.code == Berth::Cli::Ok, qPrintable(r.err));
    QVERIFY2(r.err.contains("berth: note: docker-compose.yml exists and is not Berth's"_L1), qPrintable(r.err));
    for (const auto &[path, content] : theirs)
        QCOMPARE(readFile(out + u'/' + path), content);
    for (const char *path : {"berth-compose.yml", "berth-compose.dev.yml", "berth/Dockerfile", "berth/Dockerfile.dockerignore"})
        QVERIFY2(QFile::exists(out + u'/' + QLatin1StringView(path)), path);
    QVERIFY(!QFile::exists(out + "/docker-compose.override.yml"_L1));
    QVERIFY(!QFile::exists(out + "/.env"_L1));
    QVERIFY(readFile(out + "/DOCKER.md"_L1).contains("-f berth-compose.yml -f berth-compose.dev.yml"));
    // Again: up to date, theirs still untouched.
    const Result again = berth({u"generate"_s, u"--spec"_s, out + "/berth.yaml"_L1, u"--out"_s, out});
    QVERIFY2(again.code == Berth::Cli::Ok, qPrintable(again.err));
    QVERIFY2(again.out.contains("everything is up to date"_L1), qPrintable(again.out));
}

void TestGenerateCli::projectNameFromTheFolder()
{
    // Like Compose: without compose.project_name the folder's name, lower-cased, so two projects
    // never share containers and volumes under one default name.
    QTemporaryDir dir;
    const QString spec = dir.filePath(u"spec.yaml"_s);
    QVERIFY(writeFile(spec, "nginx: {http_port: 8081}\n"));
    for (const QString &folder : {u"Shop.Site"_s, u"blog"_s}) {
        const QString out = dir.filePath(folder);
        const Result r = berth({u"generate"_s, u"--spec"_s, spec, u"--out"_s, out});
        QVERIFY2(r.code == Berth::Cli::Ok, qPrintable(r.err));
        const QByteArray name = folder == "blog"_L1 ? "blog" : "shopsite";
        QVERIFY2(readFile(out + "/docker-compose.yml"_L1).contains(QByteArray("\nname: \"" + name + "\"\n")), name.constData());
        QVERIFY(readFile(out + "/berth.yaml"_L1).contains(QByteArray("project_name: \"" + name + "\"")));
    }
}

void TestGenerateCli::wsgiModuleThatIsNotThereIsLoud()
{
    QTemporaryDir dir;
    const QString spec = dir.filePath(u"spec.yaml"_s);
    QVERIFY(writeFile(spec, "django: {wsgi_module: app.nowhere}\n"));
    const QString out = dir.filePath(u"p"_s);
    QVERIFY(writeFile(out + "/app/manage.py"_L1, "os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'app.settings')\n"));
    QVERIFY(writeFile(out + "/app/app/__init__.py"_L1, ""));
    QVERIFY(writeFile(out + "/app/app/settings.py"_L1, "WSGI_APPLICATION = 'app.wsgi.application'\n"));
    QVERIFY(writeFile(out + "/app/app/wsgi.py"_L1, ""));
    const Result dry = berth({u"generate"_s, u"--spec"_s, spec, u"--out"_s, out, u"--dry-run"_s});
    QVERIFY2(dry.err.contains("berth: warning: the WSGI module app.nowhere is not in app"_L1), qPrintable(dry.err));
    // The module the project has: no warning.
    QVERIFY(writeFile(spec, ""));
    const Result ok = berth({u"generate"_s, u"--spec"_s, spec, u"--out"_s, out, u"--dry-run"_s});
    QVERIFY2(!ok.err.contains("WSGI module"_L1), qPrintable(ok.err));
}

void TestGenerateCli::specInOutFolderIsLeftAlone()
{
    QTemporaryDir dir;
    const QByteArray spec = "# my comments stay\ncompose: {project_name: kept}\n";
    QVERIFY(writeFile(dir.filePath(u"berth.yaml"_s), spec));
    const Result r = berth({u"generate"_s, u"--spec"_s, dir.filePath(u"berth.yaml"_s), u"--out"_s, dir.path()});
    QVERIFY2(r.code == Berth::Cli::Ok, qPrintable(r.err));
    QCOMPARE(readFile(dir.filePath(u"berth.yaml"_s)), spec);
    QVERIFY(readFile(dir.filePath(u"docker-compose.yml"_s)).contains("name: \"kept\""));
}

void TestGenerateCli::detectsTheProject()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(u"web/manage.py"_s), "os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'shop.settings')\n"));
    QVERIFY(writeFile(dir.filePath(u"web/shop/settings.py"_s), "WSGI_APPLICATION = 'shop.wsgi.application'\n"));
    QVERIFY(writeFile(dir.filePath(u"web/shop/wsgi.py"_s), ""));
    QVERIFY(writeFile(dir.filePath(u"spec.yaml"_s), ""));
    const Result r = berth({u"generate"_s, u"--spec"_s, dir.filePath(u"spec.yaml"_s), u"--out"_s, dir.path()});
    QVERIFY2(r.code == Berth::Cli::Ok, qPrintable(r.err));
    QVERIFY(readFile(dir.filePath(u"web/uwsgi.ini"_s)).contains("module = shop.wsgi\n"));
    QVERIFY(QFile::exists(dir.filePath(u"web/shop/docker_settings.py"_s)));
    QVERIFY(readFile(dir.filePath(u"berth.yaml"_s)).contains("project_dir: \"web\""));
}

void TestGenerateCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::newRow("no options") << QStringList{u"generate"_s} << int(Berth::Cli::UsageError);
    QTest::newRow("no out") << QStringList{u"generate"_s, u"--spec"_s, u"x"_s} << int(Berth::Cli::UsageError);
    QTest::newRow("unknown option") << QStringList{u"generate"_s, u"--frobnicate"_s} << int(Berth::Cli::UsageError);
    QTest::newRow("stray argument") << QStringList{u"generate"_s, u"--spec"_s, u"a"_s, u"--out"_s, u"b"_s, u"c"_s}
                                    << int(Berth::Cli::UsageError);
    QTest::newRow("spec nothing") << QStringList{u"spec"_s} << int(Berth::Cli::UsageError);
    QTest::newRow("spec missing file") << QStringList{u"generate"_s, u"--spec"_s, u"/nonexistent/berth.yaml"_s,
                                                      u"--out"_s, u"/tmp"_s}
                                       << int(Berth::Cli::Failed);
}

void TestGenerateCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    const Result r = berth(args);
    QCOMPARE(r.code, code);
    QCOMPARE(r.err.count(u'\n'), 1);
    QVERIFY(r.out.isEmpty());
}

void TestGenerateCli::helpListsCommands()
{
    QVERIFY(Berth::Cli::isHeadless({u"berth"_s, u"generate"_s}));
    QVERIFY(Berth::Cli::isHeadless({u"berth"_s, u"spec"_s}));
    const Result help = berth({u"--help"_s});
    QVERIFY(help.out.contains("generate"_L1) && help.out.contains("spec"_L1));
    const Result generateHelp = berth({u"generate"_s, u"--help"_s});
    QCOMPARE(generateHelp.code, int(Berth::Cli::Ok));
    QVERIFY(generateHelp.out.contains("--dry-run"_L1) && generateHelp.out.contains("--force"_L1));
}

QTEST_GUILESS_MAIN(TestGenerateCli)
#include "tst_generatecli.moc"
