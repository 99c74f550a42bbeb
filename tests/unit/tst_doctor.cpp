// The doctor on a setup Berth generated (no problem), then broken one way at a time: each check
// finds its problem, and its fix, applied, makes it go.
#include "../common/berthcli.h"
#include "config/yamleditor.h"
#include "doctor/doctor.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace Berth;

using namespace BerthTest;

namespace {

// Edits the compose file of dir with YamlEditor, as a user would in the Configuration view.
bool editCompose(const QString &dir, const std::function<Config::YamlEditResult(const Config::YamlEditor &)> &edit)
{
    const QString path = QDir(dir).filePath(u"docker-compose.yml"_s);
    const QString text = read(path);
    const Config::YamlTree tree = Config::YamlTree::parse(text);
    const Config::YamlEditResult r = edit(Config::YamlEditor(tree));
    return r.ok() && write(path, Config::applied(text, r.edits));
}

// diagnose() on dir, without host-port-taken, which depends on what this machine listens on
// (another test's stack, a developer's) unless a test asks for it.
QList<Doctor::Problem> diagnoseDir(const QString &dir, bool withTakenPorts = false)
{
    QList<Doctor::Problem> problems = Doctor::diagnose(Doctor::SetupFiles::read(dir));
    if (!withTakenPorts)
        problems.removeIf([](const Doctor::Problem &p) { return p.id == u"host-port-taken"; });
    return problems;
}

// The problems' ids; an edit of Berth's files is one too (berth-file-edited), left out here
// where a test breaks a file on purpose. host-port-taken depends on what else runs on this
// machine: always left out here, hostPortTaken() looks for it itself.
QStringList ids(const QList<Doctor::Problem> &problems, bool withEdited = false)
{
    QStringList out;
    for (const Doctor::Problem &p : problems)
        if ((withEdited || p.id != u"berth-file-edited") && p.id != u"host-port-taken")
            out << p.id;
    return out;
}

const Doctor::Problem *findProblem(const QList<Doctor::Problem> &problems, const QString &id)
{
    for (const Doctor::Problem &p : problems)
        if (p.id == id)
            return &p;
    return nullptr;
}

// The problems with this id, and all of them as text for a failure message.
QList<Doctor::Problem> only(const QList<Doctor::Problem> &problems, const QString &id)
{
    QList<Doctor::Problem> out;
    for (const Doctor::Problem &p : problems)
        if (p.id == id)
            out << p;
    return out;
}

QString describe(const QList<Doctor::Problem> &problems)
{
    QStringList out;
    for (const Doctor::Problem &p : problems)
        out << p.id + u' ' + p.file + u": "_s + p.title;
    return out.join(u'\n');
}

// Replaces the line of path that starts with start (the first one) by line.
bool replaceLine(const QString &path, const QString &start, const QString &line)
{
    QStringList lines = read(path).split(u'\n');
    for (QString &l : lines) {
        if (l.startsWith(start)) {
            l = line;
            return write(path, lines.join(u'\n'));
        }
    }
    return false;
}

// Applies every problem's first fix with this id, one file at a time.
void applyFixes(const QString &dir, const QString &id)
{
    const Doctor::SetupFiles files = Doctor::SetupFiles::read(dir);
    for (const Doctor::Problem &p : Doctor::diagnose(files)) {
        if (p.id != id || p.fixes.isEmpty())
            continue;
        const Doctor::Fix &f = p.fixes.first();
        const QString path = QDir(dir).filePath(f.file);
        QVERIFY(write(path, Config::applied(read(path), f.edits)));
        return applyFixes(dir, id); // positions changed: diagnose again
    }
}
} // namespace

class TestDoctor : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void init();
    void generatedSetupIsHealthy();
    void healthyWithoutHealthcheck();
    void nginxUpstreamAgainstUwsgi();
    void undeclaredNetworkAndVolume();
    void portPublishedTwiceAndOpenWhileDebug();
    void missingEnvFile();
    void cliPrintsAndFixes();
    void berthFilesAgainstTheSpec();
    void staticRoot();
    void databaseEnv();
    void databaseEnvFixListsTheDatabasesEnvFile();
    void secretKeyInRepo();
    void secretKeyFallback_data();
    void secretKeyFallback();
    void hostPortTaken();
};

void TestDoctor::init()
{
    QVERIFY(m_dir.isValid());
    QDir(m_dir.path()).removeRecursively();
    QVERIFY(QDir().mkpath(m_dir.path()));
    QString spec;
    QCOMPARE(berth({u"spec"_s, u"--defaults"_s}, &spec), 0);
    QVERIFY(write(QDir(m_dir.path()).filePath(u"berth.yaml"_s), spec));
    QCOMPARE(berth({u"generate"_s, u"--spec"_s, QDir(m_dir.path()).filePath(u"berth.yaml"_s), u"--out"_s, m_dir.path()}), 0);
}

void TestDoctor::generatedSetupIsHealthy()
{
    const Doctor::SetupFiles files = Doctor::SetupFiles::read(m_dir.path());
    QCOMPARE(files.compose, u"docker-compose.yml");
    QCOMPARE(files.overrideFile, u"docker-compose.override.yml");
    QCOMPARE(files.uwsgiIni, u"app/uwsgi.ini");
    QCOMPARE(files.nginxSite, u"data/nginx/app.conf");
    QCOMPARE(ids(diagnoseDir(m_dir.path())), QStringList());
}

void TestDoctor::healthyWithoutHealthcheck()
{
    QVERIFY(editCompose(m_dir.path(), [](const Config::YamlEditor &e) {
        return e.unset(*Config::YamlPath::parse(u"services.database.healthcheck"_s));
    }));
    const QList<Doctor::Problem> problems = diagnoseDir(m_dir.path());
    QCOMPARE(ids(problems).count(u"healthy-without-healthcheck"_s), 3); // app, manage, tests
    QVERIFY(problems.first().title.contains(u"database"));
    QVERIFY(!problems.first().fixes.isEmpty());
    applyFixes(m_dir.path(), u"healthy-without-healthcheck"_s);
    QCOMPARE(ids(diagnoseDir(m_dir.path())), QStringList());
    QVERIFY(read(QDir(m_dir.path()).filePath(u"docker-compose.yml"_s)).contains(u"condition: service_started"));
}

void TestDoctor::nginxUpstreamAgainstUwsgi()
{
    const QString site = QDir(m_dir.path()).filePath(u"data/nginx/app.conf"_s);
    const QString text = read(site);
    QVERIFY(text.contains(u"app:8000"));
    QVERIFY(write(site, QString(text).replace(u"app:8000"_s, u"app:9000"_s)));
    const QList<Doctor::Problem> problems = diagnoseDir(m_dir.path());
    QCOMPARE(ids(problems), QStringList{u"uwsgi-port-nginx"_s});
    QVERIFY(problems.first().title.contains(u"9000") && problems.first().title.contains(u"8000"));
    applyFixes(m_dir.path(), u"uwsgi-port-nginx"_s);
    QCOMPARE(read(site), text);
}

void TestDoctor::undeclaredNetworkAndVolume()
{
    QVERIFY(editCompose(m_dir.path(), [](const Config::YamlEditor &e) {
        return e.add(*Config::YamlPath::parse(u"services.app.networks"_s), u"extra"_s);
    }));
    QVERIFY(editCompose(m_dir.path(), [](const Config::YamlEditor &e) {
        return e.add(*Config::YamlPath::parse(u"services.app.volumes"_s), u"cache:/cache"_s);
    }));
    QCOMPARE(ids(diagnoseDir(m_dir.path())),
             (QStringList{u"missing-network"_s, u"missing-volume"_s}));
    applyFixes(m_dir.path(), u"missing-network"_s);
    applyFixes(m_dir.path(), u"missing-volume"_s);
    QCOMPARE(ids(diagnoseDir(m_dir.path())), QStringList());
}

void TestDoctor::portPublishedTwiceAndOpenWhileDebug()
{
    QVERIFY(editCompose(m_dir.path(), [](const Config::YamlEditor &e) {
        return e.add(*Config::YamlPath::parse(u"services.app.ports"_s), u"\"5555:8000\""_s);
    }));
    QVERIFY(editCompose(m_dir.path(), [](const Config::YamlEditor &e) {
        return e.set(*Config::YamlPath::parse(u"services.app.environment.DEBUG"_s), u"\"1\""_s);
    }));
    QVERIFY(editCompose(m_dir.path(), [](const Config::YamlEditor &e) {
        return e.add(*Config::YamlPath::parse(u"services.database.ports"_s), u"\"127.0.0.1:5555:5432\""_s);
    }));
    const QStringList found = ids(diagnoseDir(m_dir.path()));
    QVERIFY2(found.contains(u"host-port-twice") && found.contains(u"port-open-while-debug"), qPrintable(found.join(u' ')));
    applyFixes(m_dir.path(), u"port-open-while-debug"_s);
    QVERIFY(read(QDir(m_dir.path()).filePath(u"docker-compose.yml"_s)).contains(u"- \"127.0.0.1:5555:8000\""));
    QVERIFY(!ids(diagnoseDir(m_dir.path())).contains(u"port-open-while-debug"));
}

void TestDoctor::missingEnvFile()
{
    QVERIFY(QFile::remove(QDir(m_dir.path()).filePath(u"data/django/django_env"_s)));
    const QList<Doctor::Problem> problems = diagnoseDir(m_dir.path());
    QVERIFY(ids(problems).contains(u"missing-env-file"));
    QVERIFY(problems.first().fixes.isEmpty()); // no safe fix: the secrets are the user's
}

void TestDoctor::cliPrintsAndFixes()
{
    QVERIFY(editCompose(m_dir.path(), [](const Config::YamlEditor &e) {
        return e.add(*Config::YamlPath::parse(u"services.app.networks"_s), u"extra"_s);
    }));
    QString out;
    QCOMPARE(berth({u"doctor"_s, m_dir.path(), u"--diff"_s}, &out), 1);
    QVERIFY2(out.contains(u"docker-compose.yml:") && out.contains(u"error: app joins the network extra")
                 && out.contains(u"+  extra: {}"),
             qPrintable(out));
    QCOMPARE(berth({u"doctor"_s, m_dir.path(), u"--fix"_s}, &out), 1);
    // What is left: the compose file is no longer as Berth wrote it (the user's edit and its fix).
    QCOMPARE(berth({u"doctor"_s, m_dir.path()}, &out), 1);
    QVERIFY2(!out.contains(u"missing-network") && out.contains(u"[berth-file-edited]"), qPrintable(out));
    QCOMPARE(berth({u"generate"_s, u"--spec"_s, QDir(m_dir.path()).filePath(u"berth.yaml"_s), u"--out"_s, m_dir.path(),
                    u"--force"_s}),
             0);
    // No problem left, unless something on this machine listens on a port the setup publishes
    // (host-port-taken depends on the machine, not on the files).
    const int code = berth({u"doctor"_s, m_dir.path()}, &out);
    const QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
    bool onlyTakenPorts = code == 1;
    for (const QString &line : lines)
        if (line.contains(u": error: "_s) || (line.contains(u": warning: "_s) && !line.contains(u"[host-port-taken]")))
            onlyTakenPorts = false;
    QVERIFY2((code == 0 && out.contains(u"no problems found")) || onlyTakenPorts, qPrintable(out));
    QCOMPARE(berth({u"doctor"_s, QDir(m_dir.path()).filePath(u"nope"_s)}), 1);
}

void TestDoctor::berthFilesAgainstTheSpec()
{
    const QDir dir(m_dir.path());
    // Edited by hand: said, with no fix (the edit is the user's).
    const QString ini = dir.filePath(u"app/uwsgi.ini"_s);
    QVERIFY(write(ini, read(ini) + u"# mine\n"_s));
    QList<Doctor::Problem> problems = diagnoseDir(m_dir.path());
    QCOMPARE(ids(problems, true), QStringList{u"berth-file-edited"_s});
    QCOMPARE(problems.first().file, u"app/uwsgi.ini");
    QVERIFY(problems.first().fixes.isEmpty());
    QCOMPARE(berth({u"generate"_s, u"--spec"_s, dir.filePath(u"berth.yaml"_s), u"--out"_s, m_dir.path(), u"--force"_s}), 0);
    // berth.yaml changed after the files were written: stale, and the fix writes what it says.
    QCOMPARE(berth({u"config"_s, u"set"_s, dir.filePath(u"berth.yaml"_s), u"app_server.processes"_s, u"5"_s}), 0);
    problems = diagnoseDir(m_dir.path());
    QVERIFY2(ids(problems, true).contains(u"berth-file-stale"), qPrintable(ids(problems, true).join(u' ')));
    applyFixes(m_dir.path(), u"berth-file-stale"_s);
    QVERIFY(read(ini).contains(u"processes = 5"));
    QCOMPARE(ids(diagnoseDir(m_dir.path()), true), QStringList());
    // Edited, and then berth.yaml changed: stale, and the fix is the merge, which keeps the edit.
    // (Written by Berth first, so that what Berth last wrote, the merge's base, is this spec's.)
    QCOMPARE(berth({u"generate"_s, u"--spec"_s, dir.filePath(u"berth.yaml"_s), u"--out"_s, m_dir.path()}), 0);
    QVERIFY(write(ini, u"# tuned by hand\n"_s + read(ini)));
    QCOMPARE(berth({u"config"_s, u"set"_s, dir.filePath(u"berth.yaml"_s), u"app_server.processes"_s, u"7"_s}), 0);
    problems = only(diagnoseDir(m_dir.path()), u"berth-file-stale"_s);
    const Doctor::Problem *stale = nullptr;
    for (const Doctor::Problem &p : std::as_const(problems))
        if (p.file == u"app/uwsgi.ini")
            stale = &p;
    QVERIFY2(stale, qPrintable(describe(problems)));
    QCOMPARE(stale->fixes.size(), 1);
    QVERIFY(stale->fixes.first().result().startsWith(u"# tuned by hand\n"_s));
    QVERIFY(stale->fixes.first().result().contains(u"processes = 7"_s));
    QString error;
    QVERIFY2(Doctor::applyFix(m_dir.path(), stale->fixes.first(), &error), qPrintable(error));
    QVERIFY(read(ini).startsWith(u"# tuned by hand\n"_s) && read(ini).contains(u"processes = 7"));
    // Now the only difference from berth.yaml's setup is the user's own line: an edit, no longer stale.
    // Missing.
    QVERIFY(QFile::remove(dir.filePath(u"app/pytest.ini"_s)));
    QStringList left = ids(diagnoseDir(m_dir.path()), true);
    left.sort();
    QCOMPARE(left, (QStringList{u"berth-file-edited"_s, u"berth-file-missing"_s}));
}

void TestDoctor::staticRoot()
{
    const QDir dir(m_dir.path());
    // nginx's alias moved away from where the static_files volume is mounted in its container.
    const QString site = dir.filePath(u"data/nginx/app.conf"_s);
    const QString text = read(site);
    QVERIFY(text.contains(u"alias /var/www/static/;"));
    QVERIFY(write(site, QString(text).replace(u"alias /var/www/static/;"_s, u"alias /srv/static/;"_s)));
    QList<Doctor::Problem> problems = diagnoseDir(m_dir.path());
    QCOMPARE(ids(problems), QStringList{u"static-root"_s});
    const Doctor::Problem *p = findProblem(problems, u"static-root"_s);
    QCOMPARE(p->severity, Doctor::Problem::Severity::Error);
    QCOMPARE(p->file, u"data/nginx/app.conf");
    QVERIFY2(p->title.contains(u"/srv/static") && p->title.contains(u"/var/www/static"), qPrintable(p->title));
    QVERIFY(!p->fixes.isEmpty());
    applyFixes(m_dir.path(), u"static-root"_s);
    QCOMPARE(read(site), text);
    QCOMPARE(ids(diagnoseDir(m_dir.path())), QStringList());

    // STATIC_ROOT on no volume: collectstatic's files stay in the app container.
    const QString settings = dir.filePath(u"app/app/docker_settings.py"_s);
    QVERIFY(replaceLine(settings, u"STATIC_ROOT ="_s, u"STATIC_ROOT = \"/srv/collected\"  # mine"_s));
    problems = diagnoseDir(m_dir.path());
    QCOMPARE(ids(problems), QStringList{u"static-root"_s});
    QVERIFY2(problems.first().title.contains(u"/srv/collected") && problems.first().fixes.isEmpty(),
             qPrintable(problems.first().title));
    // From the environment: the app's DJANGO_STATIC_ROOT is read (a path on the volume is fine).
    QVERIFY(replaceLine(settings, u"STATIC_ROOT ="_s, u"STATIC_ROOT = os.environ.get(\"DJANGO_STATIC_ROOT\", \"/srv\")"_s));
    QVERIFY(ids(diagnoseDir(m_dir.path())).contains(u"static-root"));
    QVERIFY(editCompose(m_dir.path(), [](const Config::YamlEditor &e) {
        return e.set(*Config::YamlPath::parse(u"services.app.environment.DJANGO_STATIC_ROOT"_s), u"/var/www/static"_s);
    }));
    QCOMPARE(ids(diagnoseDir(m_dir.path())), QStringList());
    // A form the doctor cannot read: said, as a warning.
    QVERIFY(replaceLine(settings, u"STATIC_ROOT ="_s, u"STATIC_ROOT = BASE_DIR / \"static\""_s));
    problems = diagnoseDir(m_dir.path());
    QCOMPARE(ids(problems), QStringList{u"static-root"_s});
    QCOMPARE(problems.first().severity, Doctor::Problem::Severity::Warning);
    QVERIFY(problems.first().title.contains(u"cannot tell"));
}

void TestDoctor::databaseEnv()
{
    const QString env = QDir(m_dir.path()).filePath(u"data/postgres/database_env"_s);
    QVERIFY(read(env).contains(u"POSTGRES_USER="));
    QVERIFY(replaceLine(env, u"POSTGRES_USER="_s, u"# no user"_s));
    QList<Doctor::Problem> problems = diagnoseDir(m_dir.path());
    QCOMPARE(ids(problems), QStringList{u"database-env"_s});
    QVERIFY2(problems.first().title.contains(u"POSTGRES_USER") && problems.first().title.contains(u"app"),
             qPrintable(problems.first().title));
    QCOMPARE(problems.first().file, u"app/app/docker_settings.py");
    // In the app's environment instead: enough.
    QVERIFY(editCompose(m_dir.path(), [](const Config::YamlEditor &e) {
        return e.set(*Config::YamlPath::parse(u"services.app.environment.POSTGRES_USER"_s), u"someone"_s);
    }));
    QCOMPARE(ids(diagnoseDir(m_dir.path())), QStringList());
    // No password for the database itself.
    QVERIFY(replaceLine(env, u"POSTGRES_PASSWORD="_s, u"# no password"_s));
    problems = diagnoseDir(m_dir.path());
    QCOMPARE(ids(problems), (QStringList{u"database-env"_s, u"database-env"_s}));
    problems = only(problems, u"database-env"_s);
    QVERIFY2(problems.first().title.contains(u"database gets no POSTGRES_PASSWORD"), qPrintable(describe(problems)));
    QVERIFY2(problems.last().title.contains(u"POSTGRES_PASSWORD") && problems.last().title.contains(u"app"),
             qPrintable(describe(problems)));
    QVERIFY(problems.last().fixes.isEmpty()); // no env file sets it: nothing safe to do
}

void TestDoctor::databaseEnvFixListsTheDatabasesEnvFile()
{
    // The app loses the database's env file: every POSTGRES_* its settings read is missing, and
    // the fix lists that file under the app's env_file again.
    QVERIFY(editCompose(m_dir.path(), [](const Config::YamlEditor &e) {
        return e.unset(*Config::YamlPath::parse(u"services.app.env_file[1]"_s));
    }));
    QList<Doctor::Problem> problems = only(diagnoseDir(m_dir.path()), u"database-env"_s);
    QVERIFY2(!problems.isEmpty(), "no database-env problem");
    for (const Doctor::Problem &p : std::as_const(problems)) {
        QCOMPARE(p.fixes.size(), 1);
        QCOMPARE(p.fixes.first().file, u"docker-compose.yml");
        QVERIFY2(p.fixes.first().summary.contains(u"data/postgres/database_env"), qPrintable(p.fixes.first().summary));
        QVERIFY(p.fixes.first().result().contains(u"      - data/postgres/database_env\n"));
    }
    // Made through applyFix, as the dialog and the CLI do: backup, atomic write; the problems go.
    QString error;
    QVERIFY2(Doctor::applyFix(m_dir.path(), problems.first().fixes.first(), &error), qPrintable(error));
    QCOMPARE(ids(diagnoseDir(m_dir.path())), QStringList());
    QVERIFY(!QDir(QDir(m_dir.path()).filePath(u".berth/backups"_s)).entryList({u"doctor-*"_s}, QDir::Dirs).isEmpty());
}

void TestDoctor::secretKeyInRepo()
{
    const QDir dir(m_dir.path());
    // In the compose file's environment.
    QVERIFY(editCompose(m_dir.path(), [](const Config::YamlEditor &e) {
        return e.set(*Config::YamlPath::parse(u"services.app.environment.DJANGO_SECRET_KEY"_s), u"\"abcdefg\""_s);
    }));
    QList<Doctor::Problem> problems = diagnoseDir(m_dir.path());
    QCOMPARE(ids(problems), QStringList{u"secret-key-in-repo"_s});
    QVERIFY(problems.first().title.contains(u"DJANGO_SECRET_KEY") && problems.first().fixes.isEmpty());
    QVERIFY(problems.first().explanation.contains(u".gitignore"));
    QCOMPARE(berth({u"generate"_s, u"--spec"_s, dir.filePath(u"berth.yaml"_s), u"--out"_s, m_dir.path(), u"--force"_s}), 0);
    QCOMPARE(ids(diagnoseDir(m_dir.path())), QStringList());
    // The env file with the key, no longer git-ignored.
    const QString gitignore = dir.filePath(u".gitignore"_s);
    QVERIFY(read(gitignore).contains(u"data/django/django_env"));
    QVERIFY(write(gitignore, read(gitignore).replace(u"data/django/django_env"_s, u"data/django/other"_s)));
    problems = diagnoseDir(m_dir.path());
    // (.gitignore differs from what Berth wrote now: berth-file-stale/edited besides.)
    problems = only(problems, u"secret-key-in-repo"_s);
    QVERIFY2(problems.size() == 1, qPrintable(describe(problems)));
    QCOMPARE(problems.first().file, u"data/django/django_env");
    QVERIFY(write(gitignore, read(gitignore) + u"\n/data/django/\n"_s)); // a folder pattern ignores it again
    QVERIFY(!ids(diagnoseDir(m_dir.path())).contains(u"secret-key-in-repo"));
    // A literal in the settings production runs.
    const QString settings = dir.filePath(u"app/app/docker_settings.py"_s);
    QVERIFY(write(settings, read(settings) + u"\nSECRET_KEY = \"django-insecure-123\"\n"_s));
    problems = only(diagnoseDir(m_dir.path()), u"secret-key-in-repo"_s);
    QVERIFY2(problems.size() == 1, qPrintable(describe(problems)));
    QCOMPARE(problems.first().file, u"app/app/docker_settings.py");
    QVERIFY(problems.first().line > 1);
}

void TestDoctor::secretKeyFallback_data()
{
    QTest::addColumn<QString>("line");       // appended to docker_settings.py ("" for none)
    QTest::addColumn<QString>("settingsPy"); // app/app/settings.py, run before it ("" for none)
    QTest::addColumn<bool>("keyInEnv");      // DJANGO_SECRET_KEY in data/django/django_env
    QTest::addColumn<QString>("expected");   // the problem's id, "" for none
    QTest::addColumn<QString>("file");       // and its file

    const QString docker = u"app/app/docker_settings.py"_s;
    const QString settings = u"app/app/settings.py"_s;
    const QString insecure = u"SECRET_KEY = \"django-insecure-abc\"\n"_s;
    // Berth's own line: the variable, else settings.py's key.
    QTest::newRow("berth, key set") << QString() << insecure << true << QString() << QString();
    QTest::newRow("berth, no key, settings.py's literal") << QString() << insecure << false << u"secret-key-in-repo"_s << settings;
    QTest::newRow("berth, no key, no settings.py") << QString() << QString() << false << u"secret-key-missing"_s << docker;
    QTest::newRow("get with a literal default, set")
        << u"SECRET_KEY = os.environ.get(\"DJANGO_SECRET_KEY\", \"fallback-123\")"_s << QString() << true << QString() << QString();
    QTest::newRow("get with a literal default, not set")
        << u"SECRET_KEY = os.environ.get(\"DJANGO_SECRET_KEY\", \"fallback-123\")"_s << QString() << false << u"secret-key-in-repo"_s << docker;
    QTest::newRow("getenv with an empty default") << u"SECRET_KEY = os.getenv('DJANGO_SECRET_KEY', '')"_s << QString() << false
                                                  << u"secret-key-missing"_s << docker;
    QTest::newRow("environ[], a comment after it, set")
        << u"SECRET_KEY = os.environ[\"DJANGO_SECRET_KEY\"]  # from django_env"_s << QString() << true << QString() << QString();
    QTest::newRow("environ[], not set") << u"SECRET_KEY = os.environ[\"DJANGO_SECRET_KEY\"]"_s << QString() << false
                                        << u"secret-key-missing"_s << docker;
    QTest::newRow("django-environ without a default") << u"SECRET_KEY = env(\"DJANGO_SECRET_KEY\")"_s << QString() << false
                                                        << u"secret-key-missing"_s << docker;
    QTest::newRow("decouple with a default and a cast")
        << u"SECRET_KEY = config(\"DJANGO_SECRET_KEY\", default=\"abc\", cast=str)"_s << QString() << false
        << u"secret-key-in-repo"_s << docker;
    QTest::newRow("another variable, not set")
        << u"SECRET_KEY = os.environ.get(\"MY_KEY\", \"abc\")"_s << QString() << true << u"secret-key-in-repo"_s << docker;
}

void TestDoctor::secretKeyFallback()
{
    QFETCH(QString, line);
    QFETCH(QString, settingsPy);
    QFETCH(bool, keyInEnv);
    QFETCH(QString, expected);
    QFETCH(QString, file);
    const QDir dir(m_dir.path());
    if (!line.isEmpty()) {
        const QString docker = dir.filePath(u"app/app/docker_settings.py"_s);
        QVERIFY(write(docker, read(docker) + u'\n' + line + u'\n'));
    }
    if (!settingsPy.isEmpty())
        QVERIFY(write(dir.filePath(u"app/app/settings.py"_s), settingsPy));
    if (!keyInEnv)
        QVERIFY(replaceLine(dir.filePath(u"data/django/django_env"_s), u"DJANGO_SECRET_KEY="_s, u"# no key"_s));
    const QList<Doctor::Problem> all = diagnoseDir(m_dir.path());
    QList<Doctor::Problem> problems = only(all, u"secret-key-in-repo"_s) + only(all, u"secret-key-missing"_s);
    if (expected.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
        return;
    }
    QVERIFY2(problems.size() == 1, qPrintable(describe(all)));
    QCOMPARE(problems.first().id, expected);
    QCOMPARE(problems.first().file, file);
    QCOMPARE(problems.first().severity, Doctor::Problem::Severity::Error);
    QVERIFY2(problems.first().explanation.contains(u"env_file"), qPrintable(problems.first().explanation));
}

void TestDoctor::hostPortTaken()
{
#ifndef Q_OS_LINUX
    QSKIP("the doctor reads listening ports from /proc/net on Linux only");
#endif
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const QString port = QString::number(server.serverPort());
    QVERIFY(editCompose(m_dir.path(), [&](const Config::YamlEditor &e) {
        return e.add(*Config::YamlPath::parse(u"services.app.ports"_s), u"\"127.0.0.1:%1:8000\""_s.arg(port));
    }));
    QList<Doctor::Problem> problems = diagnoseDir(m_dir.path(), true);
    // This port's warning: another test's stack may hold a port of the setup meanwhile (nginx's
    // 80), since the suite runs tests side by side.
    const Doctor::Problem *p = nullptr;
    for (const Doctor::Problem &q : std::as_const(problems))
        if (q.id == u"host-port-taken" && q.title.contains(QString(u"port " + port + u' ')))
            p = &q;
    QVERIFY2(p, qPrintable(describe(problems)));
    QCOMPARE(p->severity, Doctor::Problem::Severity::Warning);
    QVERIFY2(p->title.contains(port) && p->title.contains(u"is in use on this machine (by this stack if it is up, or by another program)"),
             qPrintable(p->title));
    QCOMPARE(p->file, u"docker-compose.yml");
    server.close();
    problems = diagnoseDir(m_dir.path(), true);
    for (const Doctor::Problem &q : std::as_const(problems))
        QVERIFY(q.id != u"host-port-taken" || !q.title.contains(QString(u"port " + port + u' ')));
}

QTEST_GUILESS_MAIN(TestDoctor)
#include "tst_doctor.moc"
