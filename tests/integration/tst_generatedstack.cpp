// The generated setup with the real tools, on a project made by `django-admin startproject` and
// nothing edited by hand. Runs inside the build root (packaging/dev), which has Django, pytest,
// pytest-django, psycopg2, uwsgi, nginx, Postgres 17 and docker compose.
//
// What runs outside containers is adapted by these rewrites, and only these:
//  - Compose service names and container paths do not exist on the host: the test reads the
//    generated env files (Django's secret key, the database's credentials) like Compose's env_file does, and sets POSTGRES_HOST=127.0.0.1 (the
//    compose file sets `database`) and POSTGRES_PORT to the test server's port in the
//    environment, plus the Dockerfile's ENV (DJANGO_SETTINGS_MODULE, DJANGO_ENV) and
//    DJANGO_STATIC_ROOT and DJANGO_MEDIA_ROOT (the image's /var/www/static and /var/www/media) to
//    temporary folders.
//  - uwsgi.ini: `http-socket = :8000` becomes 127.0.0.1:<free port> and `chdir = /opt/app` the
//    project folder; Debian's modular uwsgi gets `--plugin python3` on the command line. As in
//    the image (USER app), uwsgi does not run as root: as root the test starts it as nobody.
//  - app.conf: `server app:8000;` becomes 127.0.0.1:<uwsgi port>, `listen 80;` and the default
//    server's `listen 80 default_server;` a free local port, and the static and media aliases the
//    temporary folders; it is included from a minimal
//    nginx.conf (pid, logs and temp paths in the test folder).
//  - Postgres: the image's initialisation (role POSTGRES_USER with POSTGRES_PASSWORD, database
//    POSTGRES_DB) is done with initdb and createdb using the generated env file's values.
//  - pytest: the tests service's entrypoint from the compose file, with /usr/local/bin/python3
//    (the python image's) replaced by python3, and its command's /opt/app/ by the project folder.
#include "../common/filehelpers.h"
#include "cli/cli.h"

#include <yaml-cpp/yaml.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QThread>

#include <unistd.h>

using namespace Qt::StringLiterals;
using BerthTest::readFile;
using BerthTest::writeFile;

namespace {

struct Run
{
    int exitCode = -1;
    bool finished = false;
    QString out;
    QString err;
    QString all() const { return out + err; }
};

Run run(const QString &program, const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
        const QString &cwd = {}, int timeoutMs = 120000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    if (!cwd.isEmpty())
        p.setWorkingDirectory(cwd);
    p.start(program, args);
    Run r;
    if (!p.waitForStarted(10000)) {
        r.err = u"failed to start %1: %2"_s.arg(program, p.errorString());
        return r;
    }
    r.finished = p.waitForFinished(timeoutMs);
    if (!r.finished) {
        p.kill();
        p.waitForFinished(5000);
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

quint16 freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}



// Replaces exactly one occurrence; anything else means the generated file changed shape and the
// documented rewrite no longer applies, which must fail the test rather than pass silently.
bool rewriteOnce(QString &text, const QString &from, const QString &to)
{
    if (text.count(from) != 1)
        return false;
    text.replace(from, to);
    return true;
}

// HTTP status and body of a GET, through curl.
Run httpGet(const QString &url, const QString &host = {})
{
    QStringList args = {u"-s"_s, u"-S"_s, u"-m"_s, u"20"_s, u"-w"_s, u"\n%{http_code}"_s};
    if (!host.isEmpty())
        args += {u"-H"_s, u"Host: "_s + host};
    args.append(url);
    return run(u"curl"_s, args);
}

int statusOf(const Run &r)
{
    return r.out.section(u'\n', -1).toInt();
}

// uwsgi as the image runs it: not as root. setpriv execs uwsgi itself, so signals reach it.
std::pair<QString, QStringList> uwsgiCommand(const QStringList &args)
{
    const QStringList uwsgi = QStringList{u"uwsgi"_s, u"--plugin"_s, u"python3"_s} + args;
    if (::geteuid() != 0)
        return {uwsgi.first(), uwsgi.mid(1)};
    return {u"setpriv"_s, QStringList{u"--reuid=nobody"_s, u"--regid=nogroup"_s, u"--clear-groups"_s} + uwsgi};
}

void makeWritableForAll(const QString &dir)
{
    QDir().mkpath(dir);
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                   | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                                   | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther);
}

} // namespace

class TestGeneratedStack : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void composeConfigAccepts();
    void nginxAcceptsSite();
    void postgresMigrateThroughGeneratedSettings();
    void uwsgiServesTheProject();
    void nginxProxiesToUwsgi();
    void productionServesAdminWithStaticFromNginx();
    void productionNeedsASecretKey();
    void serverErrorsReachTheLog();
    void pytestPassesStrict();
    void uwsgiStopsOnSigterm();
    void uwsgiExitsWhenTheProjectIsBroken();

private:
    QProcessEnvironment djangoEnvironment(const QString &djangoEnv) const;
    bool startUwsgi(const QString &djangoEnv);
    void stop(QProcess *&process);

    QTemporaryDir m_tmp;
    QString m_root;      // the project: compose file, Dockerfile, app/
    QString m_app;       // app/, where manage.py is
    QString m_static;
    QHash<QString, QString> m_env; // the generated env file
    quint16 m_pgPort = 0;
    quint16 m_uwsgiPort = 0;
    quint16 m_nginxPort = 0;
    QString m_pgData;
    QString m_media;
    QProcess *m_postgres = nullptr;
    QProcess *m_uwsgi = nullptr;
    QProcess *m_nginx = nullptr;
    bool m_migrated = false;
};

void TestGeneratedStack::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    // Postgres runs as its own user when the test runs as root, and must reach its folders.
    QFile::setPermissions(m_tmp.path(), QFile::permissions(m_tmp.path()) | QFileDevice::ExeOther | QFileDevice::ReadOther);
    // A folder name with a space and a character outside ASCII, as users' folders have: every
    // tool below (django-admin, compose, uwsgi, nginx, Postgres, pytest) gets this path.
    m_root = m_tmp.filePath(u"My Projects/Café shop"_s);
    QVERIFY(QDir().mkpath(m_root));
    const Run start = run(u"django-admin"_s, {u"startproject"_s, u"app"_s}, QProcessEnvironment::systemEnvironment(), m_root);
    QVERIFY2(start.exitCode == 0, qPrintable(start.all()));
    m_app = m_root + "/app"_L1;
    QVERIFY(QFile::exists(m_app + "/manage.py"_L1));

    // berth spec --defaults > berth.yaml; berth generate --spec berth.yaml --out project
    QString out, err;
    QTextStream o(&out), e(&err);
    QCOMPARE(Berth::Cli::run({u"berth"_s, u"spec"_s, u"--defaults"_s}, o, e), int(Berth::Cli::Ok));
    o.flush();
    const QString spec = m_tmp.filePath(u"berth.yaml"_s);
    QVERIFY(writeFile(spec, out.toUtf8()));
    out.clear();
    const int code = Berth::Cli::run({u"berth"_s, u"generate"_s, u"--spec"_s, spec, u"--out"_s, m_root}, o, e);
    o.flush();
    e.flush();
    QVERIFY2(code == Berth::Cli::Ok, qPrintable(err));
    QVERIFY2(out.contains("wrote docker-compose.yml"_L1), qPrintable(out));

    // The env files of app, manage and tests: Django's secret key and the database's credentials.
    for (const char *envFile : {"/data/django/django_env", "/data/postgres/database_env"}) {
        const QStringList lines = QString::fromUtf8(readFile(m_root + QLatin1StringView(envFile))).split(u'\n');
        for (const QString &line : lines) {
            if (!line.startsWith(u'#') && line.contains(u'='))
                m_env.insert(line.section(u'=', 0, 0), line.section(u'=', 1));
        }
    }
    QCOMPARE(m_env.size(), 4);
    QCOMPARE(m_env.value(u"DJANGO_SECRET_KEY"_s).size(), 64);
    m_static = m_tmp.filePath(u"static"_s);
    makeWritableForAll(m_static); // uwsgi's collectstatic writes here, as a user that is not root
    m_media = m_tmp.filePath(u"media"_s);
    QVERIFY(writeFile(m_media + "/uploads/hello.txt"_L1, "an uploaded file\n"));
}

void TestGeneratedStack::stop(QProcess *&process)
{
    if (!process)
        return;
    process->terminate();
    if (!process->waitForFinished(15000)) {
        process->kill();
        process->waitForFinished(5000);
    }
    delete process;
    process = nullptr;
}

void TestGeneratedStack::cleanupTestCase()
{
    stop(m_nginx);
    stop(m_uwsgi);
    stop(m_postgres);
}

void TestGeneratedStack::composeConfigAccepts()
{
    // The compose model needs no daemon. Both files, as Berth passes them.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"COMPOSE_FILE"_s);
    env.remove(u"COMPOSE_PROJECT_NAME"_s);
    const Run r = run(u"docker"_s,
                      {u"compose"_s, u"--project-directory"_s, m_root, u"-f"_s, m_root + "/docker-compose.yml"_L1, u"-f"_s,
                       m_root + "/docker-compose.override.yml"_L1, u"config"_s, u"--format"_s, u"json"_s},
                      env, m_root);
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    QVERIFY2(!r.err.contains("obsolete"_L1) && !r.err.contains("WARN"_L1), qPrintable(r.err));
    // Compose's effective model: the healthcheck keeps the container's own variables.
    QVERIFY2(r.out.contains("pg_isready -h 127.0.0.1 -U \\\"$${POSTGRES_USER}\\\""_L1), qPrintable(r.out.left(2000)));
    QVERIFY(r.out.contains("\"condition\": \"service_healthy\""_L1));
    QVERIFY(r.out.contains("\"host_ip\": \"127.0.0.1\""_L1));
    QVERIFY(r.out.contains("--py-autoreload"_L1));
}

void TestGeneratedStack::nginxAcceptsSite()
{
    m_nginxPort = freePort();
    m_uwsgiPort = freePort();
    QVERIFY(m_nginxPort && m_uwsgiPort);
    QString site = QString::fromUtf8(readFile(m_root + "/data/nginx/app.conf"_L1));
    QVERIFY(rewriteOnce(site, u"server app:8000;"_s, u"server 127.0.0.1:%1;"_s.arg(m_uwsgiPort)));
    QVERIFY(rewriteOnce(site, u"listen 80;"_s, u"listen 127.0.0.1:%1;"_s.arg(m_nginxPort)));
    QVERIFY(rewriteOnce(site, u"listen 80 default_server;"_s, u"listen 127.0.0.1:%1 default_server;"_s.arg(m_nginxPort)));
    QVERIFY(rewriteOnce(site, u"alias /var/www/static/;"_s, u"alias %1/;"_s.arg(m_static)));
    QVERIFY(rewriteOnce(site, u"alias /var/www/media/;"_s, u"alias %1/;"_s.arg(m_media)));
    const QString dir = m_tmp.filePath(u"nginx"_s);
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(writeFile(dir + "/app.conf"_L1, site.toUtf8()));
    const QString conf = u"user root;\n"
                         u"pid %1/nginx.pid;\n"
                         u"error_log %1/error.log;\n"
                         u"events {}\n"
                         u"http {\n"
                         u"    access_log %1/access.log;\n"
                         u"    client_body_temp_path %1/body; proxy_temp_path %1/proxy;\n"
                         u"    fastcgi_temp_path %1/fastcgi; uwsgi_temp_path %1/uwsgi; scgi_temp_path %1/scgi;\n"
                         u"    include /etc/nginx/mime.types;\n"
                         u"    include %1/app.conf;\n"
                         u"}\n"_s.arg(dir);
    QVERIFY(writeFile(dir + "/nginx.conf"_L1, conf.toUtf8()));
    const Run r = run(u"nginx"_s, {u"-t"_s, u"-p"_s, dir, u"-e"_s, dir + "/error.log"_L1, u"-c"_s, dir + "/nginx.conf"_L1});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    QVERIFY2(r.all().contains("test is successful"_L1), qPrintable(r.all()));
}

QProcessEnvironment TestGeneratedStack::djangoEnvironment(const QString &djangoEnv) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = m_env.begin(); it != m_env.end(); ++it)
        env.insert(it.key(), it.value());
    env.insert(u"POSTGRES_HOST"_s, u"127.0.0.1"_s);
    env.insert(u"POSTGRES_PORT"_s, QString::number(m_pgPort));
    env.insert(u"DJANGO_SETTINGS_MODULE"_s, u"app.docker_settings"_s);
    env.insert(u"DJANGO_ENV"_s, djangoEnv);
    env.insert(u"DJANGO_STATIC_ROOT"_s, m_static);
    env.insert(u"DJANGO_MEDIA_ROOT"_s, m_media);
    env.insert(u"PYTHONPATH"_s, m_app);
    env.insert(u"PYTHONDONTWRITEBYTECODE"_s, u"1"_s);
    return env;
}

void TestGeneratedStack::postgresMigrateThroughGeneratedSettings()
{
    const bool root = ::geteuid() == 0;
    auto asPostgres = [root](const QString &program, const QStringList &args) -> std::pair<QString, QStringList> {
        if (!root)
            return {program, args};
        return {u"runuser"_s, QStringList{u"-u"_s, u"postgres"_s, u"--"_s, program} + args};
    };
    const QString bin = u"/usr/lib/postgresql/17/bin/"_s;
    m_pgData = m_tmp.filePath(u"pg"_s);
    QVERIFY(QDir().mkpath(m_pgData));
    const QString pwfile = m_tmp.filePath(u"pgpass"_s);
    QVERIFY(writeFile(pwfile, m_env.value(u"POSTGRES_PASSWORD"_s).toUtf8() + '\n'));
    if (root) {
        QCOMPARE(run(u"chown"_s, {u"-R"_s, u"postgres"_s, m_pgData, pwfile}).exitCode, 0);
    }
    auto [initProgram, initArgs] = asPostgres(bin + "initdb"_L1,
                                              {u"-D"_s, m_pgData, u"-U"_s, m_env.value(u"POSTGRES_USER"_s),
                                               u"--pwfile"_s, pwfile, u"--auth=scram-sha-256"_s, u"-E"_s, u"UTF8"_s});
    const Run init = run(initProgram, initArgs);
    QVERIFY2(init.exitCode == 0, qPrintable(init.all()));

    m_pgPort = freePort();
    auto [pgProgram, pgArgs] = asPostgres(bin + "postgres"_L1,
                                          {u"-D"_s, m_pgData, u"-p"_s, QString::number(m_pgPort), u"-k"_s, m_pgData,
                                           u"-c"_s, u"listen_addresses=127.0.0.1"_s});
    m_postgres = new QProcess;
    m_postgres->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_postgres->start(pgProgram, pgArgs);
    QVERIFY(m_postgres->waitForStarted(10000));
    bool ready = false;
    for (int i = 0; i < 60 && !ready; ++i) {
        ready = run(bin + "pg_isready"_L1, {u"-h"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(m_pgPort)}).exitCode == 0;
        if (!ready)
            QThread::msleep(500);
    }
    QVERIFY2(ready, "Postgres did not start");

    QProcessEnvironment pgEnv = QProcessEnvironment::systemEnvironment();
    pgEnv.insert(u"PGPASSWORD"_s, m_env.value(u"POSTGRES_PASSWORD"_s));
    const QStringList conn = {u"-h"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(m_pgPort), u"-U"_s,
                              m_env.value(u"POSTGRES_USER"_s)};
    const Run create = run(bin + "createdb"_L1, conn + QStringList{m_env.value(u"POSTGRES_DB"_s)}, pgEnv);
    QVERIFY2(create.exitCode == 0, qPrintable(create.all()));

    const Run migrate = run(u"python3"_s, {u"manage.py"_s, u"migrate"_s, u"--noinput"_s}, djangoEnvironment(u"prod"_s), m_app);
    QVERIFY2(migrate.exitCode == 0, qPrintable(migrate.all()));
    QVERIFY2(migrate.out.contains("Applying auth.0001_initial... OK"_L1), qPrintable(migrate.out));

    const Run tables = run(bin + "psql"_L1,
                           conn + QStringList{u"-d"_s, m_env.value(u"POSTGRES_DB"_s), u"-Atc"_s,
                                              u"select count(*) from django_migrations where app = 'auth'"_s},
                           pgEnv);
    QVERIFY2(tables.exitCode == 0, qPrintable(tables.all()));
    QVERIFY2(tables.out.trimmed().toInt() > 5, qPrintable(tables.out));
    QVERIFY2(!QFile::exists(m_app + "/db.sqlite3"_L1), "the tables went to SQLite");
    m_migrated = true;
}

bool TestGeneratedStack::startUwsgi(const QString &djangoEnv)
{
    QString ini = QString::fromUtf8(readFile(m_app + "/uwsgi.ini"_L1));
    // chdir stands for the container's folder, which the spec keeps to letters, digits and
    // "_-./" (specvalidation.cpp), and the ini uses it unquoted in a hook's command: here it is a
    // link without a space to the project folder, which has one.
    const QString appLink = m_tmp.filePath(u"app-link"_s);
    if (!QFileInfo(appLink).isSymLink() && !QFile::link(m_app, appLink))
        return false;
    if (!rewriteOnce(ini, u"http-socket = :8000"_s, u"http-socket = 127.0.0.1:%1"_s.arg(m_uwsgiPort))
        || !rewriteOnce(ini, u"chdir = /opt/app"_s, u"chdir = "_s + appLink))
        return false;
    const QString adapted = m_tmp.filePath(u"uwsgi.ini"_s);
    if (!writeFile(adapted, ini.toUtf8()))
        return false;
    m_uwsgi = new QProcess;
    m_uwsgi->setProcessEnvironment(djangoEnvironment(djangoEnv));
    m_uwsgi->setWorkingDirectory(m_app);
    m_uwsgi->setStandardOutputFile(m_tmp.filePath(u"uwsgi.log"_s), QIODevice::Append);
    m_uwsgi->setStandardErrorFile(m_tmp.filePath(u"uwsgi.log"_s), QIODevice::Append);
    const auto [program, args] = uwsgiCommand({u"--ini"_s, adapted});
    m_uwsgi->start(program, args);
    if (!m_uwsgi->waitForStarted(10000))
        return false;
    for (int i = 0; i < 60; ++i) {
        if (m_uwsgi->state() != QProcess::Running)
            return false;
        if (statusOf(httpGet(u"http://127.0.0.1:%1/"_s.arg(m_uwsgiPort))) > 0)
            return true;
        QThread::msleep(500);
    }
    return false;
}

void TestGeneratedStack::uwsgiServesTheProject()
{
    QVERIFY2(m_migrated, "needs the database");
    QVERIFY(m_uwsgiPort);
    QVERIFY2(startUwsgi(u"dev"_s), readFile(m_tmp.filePath(u"uwsgi.log"_s)).right(3000).constData());
    const Run page = httpGet(u"http://127.0.0.1:%1/"_s.arg(m_uwsgiPort), u"localhost"_s);
    QCOMPARE(statusOf(page), 200);
    QVERIFY2(page.out.contains("The install worked successfully"_L1), qPrintable(page.out.left(500)));
    // ALLOWED_HOSTS from the generated settings: an unknown host is refused.
    QCOMPARE(statusOf(httpGet(u"http://127.0.0.1:%1/"_s.arg(m_uwsgiPort), u"evil.example"_s)), 400);
    // collectstatic ran from uwsgi.ini's hook into STATIC_ROOT.
    QVERIFY(QFile::exists(m_static + "/admin/css/base.css"_L1));
}

void TestGeneratedStack::nginxProxiesToUwsgi()
{
    QVERIFY2(m_uwsgi, "needs uwsgi");
    const QString dir = m_tmp.filePath(u"nginx"_s);
    m_nginx = new QProcess;
    m_nginx->setProcessChannelMode(QProcess::ForwardedChannels);
    m_nginx->start(u"nginx"_s, {u"-p"_s, dir, u"-e"_s, dir + "/error.log"_L1, u"-c"_s, dir + "/nginx.conf"_L1,
                                u"-g"_s, u"daemon off;"_s});
    QVERIFY(m_nginx->waitForStarted(10000));
    Run page;
    for (int i = 0; i < 40 && statusOf(page) == 0; ++i) {
        page = httpGet(u"http://127.0.0.1:%1/"_s.arg(m_nginxPort), u"localhost"_s);
        if (statusOf(page) == 0)
            QThread::msleep(250);
    }
    QCOMPARE(statusOf(page), 200);
    QVERIFY2(page.out.contains("The install worked successfully"_L1), qPrintable(page.out.left(500)));
    // The admin's CSS, served by nginx from the collected static files.
    const Run css = httpGet(u"http://127.0.0.1:%1/static/admin/css/base.css"_s.arg(m_nginxPort), u"localhost"_s);
    QCOMPARE(statusOf(css), 200);
    QVERIFY(css.out.contains("body"_L1));
    const Run admin = httpGet(u"http://127.0.0.1:%1/admin/login/"_s.arg(m_nginxPort), u"localhost"_s);
    QCOMPARE(statusOf(admin), 200);
    QVERIFY(admin.out.contains("/static/admin/css/base.css"_L1));
    // Static files with cache headers and gzip; no version in the Server header.
    const Run headers = run(u"curl"_s, {u"-s"_s, u"-S"_s, u"-m"_s, u"20"_s, u"-o"_s, u"/dev/null"_s, u"-D"_s, u"-"_s,
                                        u"-H"_s, u"Host: localhost"_s, u"-H"_s, u"Accept-Encoding: gzip"_s,
                                        u"http://127.0.0.1:%1/static/admin/css/base.css"_s.arg(m_nginxPort)});
    const QString h = headers.out.toLower();
    QVERIFY2(h.contains("cache-control: max-age=86400"_L1) && h.contains("content-encoding: gzip"_L1), qPrintable(headers.out));
    QVERIFY2(h.contains("server: nginx\r\n"_L1), qPrintable(headers.out));
    // Uploaded files from MEDIA_ROOT.
    const Run media = httpGet(u"http://127.0.0.1:%1/media/uploads/hello.txt"_s.arg(m_nginxPort), u"localhost"_s);
    QCOMPARE(statusOf(media), 200);
    QVERIFY(media.out.startsWith("an uploaded file"_L1));
    // A host nginx does not serve gets no answer at all (the default server's 444).
    const Run unknown = httpGet(u"http://127.0.0.1:%1/"_s.arg(m_nginxPort), u"evil.example"_s);
    QCOMPARE(statusOf(unknown), 0);
    QVERIFY2(unknown.err.contains("Empty reply"_L1), qPrintable(unknown.all()));
}

void TestGeneratedStack::productionServesAdminWithStaticFromNginx()
{
    // DJANGO_ENV=prod, as the image sets it: DEBUG off, so Django serves no static files and
    // refuses unknown hosts; nginx serves the collected admin CSS.
    QVERIFY2(m_uwsgi && m_nginx, "needs uwsgi and nginx");
    stop(m_uwsgi);
    QDir(m_static).removeRecursively();
    makeWritableForAll(m_static);
    QVERIFY2(startUwsgi(u"prod"_s), readFile(m_tmp.filePath(u"uwsgi.log"_s)).right(3000).constData());
    const QString base = u"http://127.0.0.1:%1"_s.arg(m_nginxPort);
    QCOMPARE(statusOf(httpGet(base + "/"_L1, u"localhost"_s)), 404); // no welcome page without DEBUG
    const Run admin = httpGet(base + "/admin/login/"_L1, u"localhost"_s);
    QCOMPARE(statusOf(admin), 200);
    QVERIFY(admin.out.contains("/static/admin/css/base.css"_L1));
    QCOMPARE(statusOf(httpGet(base + "/static/admin/css/base.css"_L1, u"localhost"_s)), 200);
    // Straight to uwsgi, the static file is not there: nginx is what serves it.
    QCOMPARE(statusOf(httpGet(u"http://127.0.0.1:%1/static/admin/css/base.css"_s.arg(m_uwsgiPort), u"localhost"_s)), 404);
    QCOMPARE(statusOf(httpGet(u"http://127.0.0.1:%1/admin/login/"_s.arg(m_uwsgiPort), u"evil.example"_s)), 400);
}

void TestGeneratedStack::productionNeedsASecretKey()
{
    QVERIFY2(m_migrated, "needs the database");
    // With the generated key: Django's deploy checks report only what needs TLS.
    const Run deploy = run(u"python3"_s, {u"manage.py"_s, u"check"_s, u"--deploy"_s}, djangoEnvironment(u"prod"_s), m_app);
    QVERIFY2(deploy.exitCode == 0, qPrintable(deploy.all()));
    static const QRegularExpression warning(u"\\(security\\.(W\\d+)\\)"_s);
    QStringList ids;
    for (auto it = warning.globalMatch(deploy.all()); it.hasNext();)
        ids.append(it.next().captured(1));
    ids.sort();
    QCOMPARE(ids, (QStringList{u"W004"_s, u"W008"_s, u"W012"_s, u"W016"_s}));
    // Without it, and with startproject's insecure key, the containers refuse to start.
    QProcessEnvironment env = djangoEnvironment(u"prod"_s);
    env.remove(u"DJANGO_SECRET_KEY"_s);
    const Run refused = run(u"python3"_s, {u"manage.py"_s, u"check"_s}, env, m_app);
    QVERIFY(refused.exitCode != 0);
    QVERIFY2(refused.err.contains("ImproperlyConfigured"_L1) && refused.err.contains("DJANGO_SECRET_KEY"_L1),
             qPrintable(refused.all().right(2000)));
    // In development (DEBUG on) startproject's key is fine.
    QProcessEnvironment dev = djangoEnvironment(u"dev"_s);
    dev.remove(u"DJANGO_SECRET_KEY"_s);
    const Run devCheck = run(u"python3"_s, {u"manage.py"_s, u"check"_s}, dev, m_app);
    QVERIFY2(devCheck.exitCode == 0, qPrintable(devCheck.all()));
}

void TestGeneratedStack::serverErrorsReachTheLog()
{
    // DEBUG off, no ADMINS: a request error is logged to the console with its traceback.
    const QString script = u"import logging, django\n"
                           u"django.setup()\n"
                           u"try:\n"
                           u"    raise RuntimeError('berth-probe')\n"
                           u"except RuntimeError:\n"
                           u"    logging.getLogger('django.request').exception('Internal Server Error: /probe')\n"_s;
    const Run r = run(u"python3"_s, {u"-c"_s, script}, djangoEnvironment(u"prod"_s), m_app);
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    QVERIFY2(r.err.contains("Internal Server Error: /probe"_L1) && r.err.contains("RuntimeError: berth-probe"_L1),
             qPrintable(r.all()));
}

void TestGeneratedStack::pytestPassesStrict()
{
    QVERIFY2(m_migrated, "needs the database");
    // A test in tests.py, the pattern the article's misspelled python_file never collected.
    QVERIFY(writeFile(m_app + "/app/tests.py"_L1,
                      "import pytest\n"
                      "from django.contrib.auth.models import User\n"
                      "from django.db import connection\n\n\n"
                      "@pytest.mark.django_db\n"
                      "def test_runs_on_postgres():\n"
                      "    assert connection.vendor == \"postgresql\"\n"
                      "    User.objects.create(username=\"berth\")\n"
                      "    assert User.objects.count() == 1\n"));
    const YAML::Node compose = YAML::LoadFile(QString(m_root + "/docker-compose.yml"_L1).toStdString());
    const YAML::Node tests = compose["services"]["tests"];
    QStringList args;
    for (std::size_t i = 1; i < tests["entrypoint"].size(); ++i)
        args.append(QString::fromStdString(tests["entrypoint"][i].as<std::string>()));
    QVERIFY(args.contains(u"--strict-config"_s) && args.contains(u"error"_s));
    QCOMPARE(QString::fromStdString(tests["entrypoint"][0].as<std::string>()), u"/usr/local/bin/python3"_s);
    QCOMPARE(QString::fromStdString(tests["command"][0].as<std::string>()), u"/opt/app/"_s);
    args.append(m_app + u'/');
    QProcessEnvironment env = djangoEnvironment(u"prod"_s);
    env.remove(u"DJANGO_SETTINGS_MODULE"_s); // pytest.ini names it
    const Run r = run(u"python3"_s, args, env, m_app, 180000);
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    QVERIFY2(r.out.contains("1 passed"_L1), qPrintable(r.out));
}

void TestGeneratedStack::uwsgiStopsOnSigterm()
{
    QVERIFY2(m_uwsgi, "needs uwsgi");
    m_uwsgi->terminate(); // SIGTERM, what `docker stop` sends
    const bool stopped = m_uwsgi->waitForFinished(8000);
    QVERIFY2(stopped, readFile(m_tmp.filePath(u"uwsgi.log"_s)).right(3000).constData());
    delete m_uwsgi;
    m_uwsgi = nullptr;
}

void TestGeneratedStack::uwsgiExitsWhenTheProjectIsBroken()
{
    // A settings module that does not import: uwsgi must exit (strict, the collectstatic hook,
    // need-app), not keep a container "running" that answers nothing.
    const QString adapted = m_tmp.filePath(u"uwsgi.ini"_s);
    QVERIFY(QFile::exists(adapted));
    QProcessEnvironment env = djangoEnvironment(u"prod"_s);
    env.insert(u"DJANGO_SETTINGS_MODULE"_s, u"app.no_such_settings"_s);
    const auto [program, args] = uwsgiCommand({u"--ini"_s, adapted});
    const Run r = run(program, args, env, m_app, 30000);
    QVERIFY2(r.finished, "uwsgi kept running with a broken project");
    QVERIFY2(r.exitCode != 0, qPrintable(r.all().right(2000)));
}

QTEST_GUILESS_MAIN(TestGeneratedStack)
#include "tst_generatedstack.moc"
