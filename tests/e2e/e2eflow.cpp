#include "e2eflow.h"

#include "docker/composejob.h"
#include "docker/containerstatus.h"
#include "docker/dockerenvironment.h"
#include "models/testresultmodel.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTextStream>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace BerthE2E {

namespace {
QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

bool writeFile(const QString &path, const QByteArray &content, QString *why)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size()) {
        *why = u"cannot write %1: %2"_s.arg(path, f.errorString());
        return false;
    }
    return true;
}

// Runs a program to its end (project setup only: django-admin and berth generate).
bool runProgram(const QString &program, const QStringList &arguments, const QString &workDir, QString *why)
{
    QProcess p;
    p.setWorkingDirectory(workDir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, arguments);
    if (!p.waitForFinished(300000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *why = u"%1 %2 failed (exit %3): %4"_s.arg(program, arguments.join(u' ')).arg(p.exitCode())
                   .arg(QString::fromLocal8Bit(p.readAll()) + p.errorString());
        return false;
    }
    return true;
}

// The sample app every flow tests through the tests service.
QByteArray sampleTests(bool postgres)
{
    QByteArray text =
        "import pytest\n"
        "from django.contrib.auth.models import User\n"
        "from django.db import connection\n\n\n"
        "@pytest.mark.django_db\n"
        "def test_database_vendor():\n"
        "    assert connection.vendor == \"VENDOR\"\n\n\n"
        "@pytest.mark.django_db\n"
        "def test_create_user():\n"
        "    User.objects.create_user(\"alice\", password=\"not-a-secret\")\n"
        "    assert User.objects.filter(username=\"alice\").exists()\n\n\n"
        "def test_arithmetic():\n"
        "    assert 6 * 7 == 42\n";
    text.replace("VENDOR", postgres ? "postgresql" : "sqlite");
    return text;
}
} // namespace

Flow::Flow(const Options &options, QObject *parent)
    : QObject(parent), m_options(options)
{
    m_docker = new Berth::DockerEnvironment(this);
}

Flow::~Flow() = default;

bool Flow::step(const QString &name, const Step &body)
{
    out() << "[e2e] " << name << " ..." << Qt::endl;
    QElapsedTimer clock;
    clock.start();
    QString why;
    const bool ok = body(&why);
    const double seconds = double(clock.elapsed()) / 1000.0;
    m_timings.append({name, seconds});
    if (ok) {
        out() << "[e2e] " << name << ": ok (" << QString::number(seconds, 'f', 1) << " s)" << Qt::endl;
    } else {
        out() << "[e2e] " << name << ": FAILED after " << QString::number(seconds, 'f', 1) << " s\n"
              << why.trimmed() << Qt::endl;
    }
    return ok;
}

bool Flow::run()
{
    QFile specFile(m_options.specFile);
    if (!specFile.open(QIODevice::ReadOnly)) {
        out() << "[e2e] cannot read the spec " << m_options.specFile << Qt::endl;
        return false;
    }
    QList<Berth::SpecError> errors;
    m_spec = Berth::ProjectSpec::fromYaml(specFile.readAll(), &errors);
    if (!errors.isEmpty()) {
        out() << "[e2e] invalid spec: " << errors.first().toString() << Qt::endl;
        return false;
    }
    m_projectDir = QDir(m_options.workDir).filePath(m_spec.compose.projectName);

    const bool postgres = m_spec.database.isPostgres();
    bool ok = step(u"project (django-admin startproject, sample app with tests)"_s,
                   [this](QString *why) { return makeProject(why); })
        && step(u"berth generate"_s, [this](QString *why) { return generate(why); })
        && step(u"docker environment probe"_s, [this](QString *why) { return probeDocker(why); })
        && step(u"the spec's host ports are free"_s, [this](QString *why) { return portsFree(why); })
        && step(u"build"_s, [this](QString *why) { return compose(m_project, {u"build"_s}, why); })
        && step(u"up (a plain `docker compose up -d` in the project, as DOCKER.md says)"_s, [this](QString *why) {
               m_upDone = true;
               return plainComposeUp(why);
           })
        && step(postgres ? u"database healthy, app serving"_s : u"app serving"_s,
                [this](QString *why) { return waitUntilServing(m_project, why); })
        && step(u"HTTP GET / (development): Django's welcome page"_s,
                [this](QString *why) { return httpOk(u"/"_s, "The install worked successfully", why); })
        && step(u"migrate (run --rm manage migrate)"_s,
                [this](QString *why) { return compose(m_project, {u"run"_s, u"--rm"_s, u"manage"_s, u"migrate"_s}, why); })
        && step(postgres ? u"Django's tables are in Postgres"_s : u"Django's tables are in the project's database"_s,
                [this](QString *why) { return checkTables(why); })
        && step(u"tests service (pytest, junit read back)"_s, [this](QString *why) { return runTests(why); })
        && step(u"app logs show uwsgi serving the requests"_s, [this](QString *why) { return checkLogs(why); })
        && step(u"development runs the development settings"_s,
                [this](QString *why) { return settingsInUse(m_project, u"dev"_s, why); })
        && step(u"production configuration: admin login page with its CSS"_s,
                [this](QString *why) { return production(why); })
        && step(u"stop"_s, [this](QString *why) { return stopAll(why); })
        && step(u"down with volumes, nothing left behind"_s, [this](QString *why) { return down(why); });
    if (!ok)
        tearDown();

    out() << "[e2e] steps for " << m_options.specFile << ":\n";
    double total = 0;
    for (const auto &[name, seconds] : std::as_const(m_timings)) {
        out() << "  " << QString::number(seconds, 'f', 1).rightJustified(7) << " s  " << name << '\n';
        total += seconds;
    }
    out() << "  " << QString::number(total, 'f', 1).rightJustified(7) << " s  total: " << (ok ? "PASSED" : "FAILED")
          << Qt::endl;
    return ok;
}

bool Flow::makeProject(QString *why)
{
    if (QFileInfo::exists(m_projectDir) && !QDir(m_projectDir).removeRecursively()) {
        *why = u"cannot clear "_s + m_projectDir;
        return false;
    }
    const QString djangoDir = QDir(m_projectDir).filePath(m_spec.django.projectDir);
    if (!QDir().mkpath(djangoDir)) {
        *why = u"cannot create "_s + djangoDir;
        return false;
    }
    // `django-admin startproject NAME DIR`: the settings package is NAME, manage.py in DIR.
    const QString package = m_spec.django.settingsModule.section(u'.', 0, 0);
    if (!runProgram(u"django-admin"_s, {u"startproject"_s, package, djangoDir}, m_projectDir, why))
        return false;
    // With its own pytest.ini the project's tests run with its own settings (SQLite).
    const bool ownPytest = m_options.layout == "own-docker-files"_L1;
    if (!writeFile(djangoDir + u"/sampleapp/__init__.py"_s, {}, why)
        || !writeFile(djangoDir + u"/sampleapp/tests.py"_s, sampleTests(m_spec.database.isPostgres() && !ownPytest), why))
        return false;
    if (!layoutProject(djangoDir, package, why))
        return false;
    if (m_options.existingProject) {
        // A project with its own pinned requirements (satisfiable offline by the stand-in image).
        const QString req = QDir(djangoDir).filePath(m_spec.django.requirementsFile);
        if (!writeFile(req, "# our pins\nDjango>=4.2,<6.0\nsqlparse>=0.4\n", why))
            return false;
    }
    return true;
}

bool Flow::layoutProject(const QString &djangoDir, const QString &package, QString *why)
{
    if (m_options.layout.isEmpty())
        return true;
    if (m_options.layout == "settings-package"_L1) {
        // startproject's settings.py becomes settings/base.py; dev.py and production.py import it
        // and mark themselves, and manage.py names the dev settings, as real projects do.
        const QString settings = djangoDir + u'/' + package + u"/settings"_s;
        QFile single(settings + u".py"_s);
        if (!single.open(QIODevice::ReadOnly)) {
            *why = u"no "_s + single.fileName();
            return false;
        }
        const QByteArray base = single.readAll();
        single.close();
        QFile managePy(djangoDir + u"/manage.py"_s);
        if (!managePy.open(QIODevice::ReadOnly)) {
            *why = u"no manage.py in "_s + djangoDir;
            return false;
        }
        QByteArray manage = managePy.readAll();
        managePy.close();
        manage.replace(QByteArray(package.toUtf8() + ".settings'"), QByteArray(package.toUtf8() + ".settings.dev'"));
        return QFile::remove(single.fileName()) && writeFile(settings + u"/__init__.py"_s, {}, why)
            && writeFile(settings + u"/base.py"_s, base, why)
            && writeFile(settings + u"/dev.py"_s, "from .base import *  # noqa\n\nBERTH_E2E_VARIANT = \"dev\"\n", why)
            && writeFile(settings + u"/production.py"_s,
                         "from .base import *  # noqa\n\nBERTH_E2E_VARIANT = \"production\"\n", why)
            && writeFile(djangoDir + u"/manage.py"_s, manage, why);
    }
    if (m_options.layout == "own-docker-files"_L1) {
        // A project with a Docker setup of its own; Berth must leave every byte of it, and what a
        // plain `docker compose` makes of it, as it was.
        m_ownFiles = {{QDir(m_projectDir).filePath(u"Dockerfile"_s), "FROM python:3.13\nCMD [\"python3\", \"-V\"]\n"},
                      {QDir(m_projectDir).filePath(u"docker-compose.yml"_s),
                       "services:\n  web:\n    build: .\n    command: [\"python3\", \"-V\"]\n"},
                      {djangoDir + u"/pytest.ini"_s,
                       "[pytest]\nDJANGO_SETTINGS_MODULE = " + package.toUtf8() + ".settings\npython_files = tests.py\n"}};
        for (const auto &[path, content] : std::as_const(m_ownFiles)) {
            if (!writeFile(path, content, why))
                return false;
        }
        return true;
    }
    if (m_options.layout == "requirements-split"_L1) {
        // Only includes at the top, the packages in a requirements/ folder (satisfiable offline
        // by the stand-in image).
        return writeFile(djangoDir + u"/requirements.txt"_s, "-r requirements/production.txt\n", why)
            && writeFile(djangoDir + u"/requirements/production.txt"_s, "-r base.txt\n", why)
            && writeFile(djangoDir + u"/requirements/base.txt"_s, "# our pins\nDjango>=4.2,<6.0\nsqlparse>=0.4\n", why);
    }
    *why = u"unknown layout "_s + m_options.layout;
    return false;
}

bool Flow::settingsInUse(const Berth::ComposeProject &project, const QString &expected, QString *why)
{
    if (m_options.layout != "settings-package"_L1)
        return true;
    QByteArray printed;
    if (!compose(project,
                 {u"run"_s, u"--rm"_s, u"-T"_s, u"manage"_s, u"shell"_s, u"-c"_s,
                  u"from django.conf import settings; print('variant=' + settings.BERTH_E2E_VARIANT)"_s},
                 why, &printed, 180000))
        return false;
    if (!printed.contains(QByteArray("variant=" + expected.toUtf8()))) {
        *why = u"the manage service runs the wrong settings: expected %1, got: %2"_s.arg(expected, QString::fromUtf8(printed));
        return false;
    }
    out() << "[e2e]   manage runs the " << expected << " settings" << Qt::endl;
    return true;
}

bool Flow::ownComposeConfig(QByteArray *config, QString *why)
{
    // What a plain `docker compose config` in the project makes of the project's own files.
    auto *job = new Berth::ComposeJob(m_docker->composeProgram(), m_docker->composePrefix() + QStringList{u"config"_s},
                                      this);
    QProcessEnvironment env = m_docker->processEnvironment();
    for (const QString &name : {u"COMPOSE_FILE"_s, u"COMPOSE_PROJECT_NAME"_s, u"COMPOSE_PROFILES"_s, u"COMPOSE_PATH_SEPARATOR"_s})
        env.remove(name);
    job->setProcessEnvironment(env);
    job->setWorkingDirectory(m_projectDir);
    job->setTimeout(60000);
    return runJob(job, why, config, false);
}

bool Flow::generate(QString *why)
{
    QByteArray ownBefore;
    if (!m_ownFiles.isEmpty() && (!probeDocker(why) || !ownComposeConfig(&ownBefore, why)))
        return false;
    if (!runProgram(m_options.berth, {u"generate"_s, u"--spec"_s, m_options.specFile, u"--out"_s, m_projectDir},
                    m_projectDir, why))
        return false;
    if (m_options.existingProject) {
        QFile req(QDir(m_projectDir).filePath(m_spec.requirementsPath()));
        if (!req.open(QIODevice::ReadOnly) || !req.readAll().contains("Django>=4.2,<6.0")) {
            *why = u"the project's own pin was not kept in "_s + req.fileName();
            return false;
        }
    }
    if (!m_ownFiles.isEmpty()) {
        for (const auto &[path, content] : std::as_const(m_ownFiles)) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly) || f.readAll() != content) {
                *why = u"berth generate changed the project's own "_s + path;
                return false;
            }
        }
        QByteArray ownAfter;
        if (!ownComposeConfig(&ownAfter, why))
            return false;
        if (ownAfter != ownBefore) {
            *why = u"a plain `docker compose config` of the project's own setup changed after berth generate:\n"_s
                 + QString::fromUtf8(ownBefore) + u"\n---\n"_s + QString::fromUtf8(ownAfter);
            return false;
        }
        out() << "[e2e]   the project's own Dockerfile, docker-compose.yml and pytest.ini are byte-identical, "
                 "and `docker compose config` of them unchanged" << Qt::endl;
    }
    m_project = Berth::ComposeProject::discover(m_projectDir);
    if (!m_project.isValid() || m_project.name != m_spec.compose.projectName) {
        *why = u"no compose project found in "_s + m_projectDir;
        return false;
    }
    return true;
}

bool Flow::probeDocker(QString *why)
{
    QEventLoop loop;
    connect(m_docker, &Berth::DockerEnvironment::probeFinished, &loop, &QEventLoop::quit);
    m_docker->probe();
    loop.exec();
    if (!m_docker->isReady()) {
        *why = m_docker->problemTitle() + u'\n' + m_docker->problemHint() + u'\n' + m_docker->problemDetail();
        return false;
    }
    out() << "[e2e]   docker " << m_docker->serverVersion() << ", compose " << m_docker->composeVersion() << Qt::endl;
    return true;
}

bool Flow::compose(const Berth::ComposeProject &project, const QStringList &arguments, QString *why,
                   QByteArray *output, int timeoutMs)
{
    Berth::ComposeJob *job = m_docker->composeJob(project, arguments, this);
    job->setTimeout(timeoutMs);
    out() << "[e2e]   $ " << job->commandLine() << Qt::endl;
    return runJob(job, why, output, true);
}

bool Flow::plainComposeUp(QString *why)
{
    // Beside a compose file of the project's own, a plain `docker compose` is theirs: DOCKER.md
    // gives Berth's -f flags, which is what Berth passes.
    if (!m_ownFiles.isEmpty())
        return compose(m_project, {u"up"_s, u"-d"_s}, why);
    // No -f, -p or --project-directory: Compose finds the files by itself (default names) or through
    // the COMPOSE_FILE Berth wrote into .env (other names), and the project name in the file.
    auto *job = new Berth::ComposeJob(m_docker->composeProgram(), m_docker->composePrefix() + QStringList{u"up"_s, u"-d"_s},
                                      this);
    QProcessEnvironment env = m_docker->processEnvironment();
    for (const QString &name : {u"COMPOSE_FILE"_s, u"COMPOSE_PROJECT_NAME"_s, u"COMPOSE_PROFILES"_s, u"COMPOSE_PATH_SEPARATOR"_s})
        env.remove(name);
    job->setProcessEnvironment(env);
    job->setWorkingDirectory(m_projectDir);
    job->setTimeout(900000);
    out() << "[e2e]   $ (in " << m_projectDir << ") " << job->commandLine() << Qt::endl;
    if (!runJob(job, why, nullptr, true))
        return false;
    // The same project Berth runs: its containers answer to Berth's -f/-p commands.
    QByteArray json;
    if (!compose(m_project, {u"ps"_s, u"--format"_s, u"json"_s}, why, &json, 30000))
        return false;
    if (Berth::ContainerStatus::parseList(json).isEmpty()) {
        *why = u"a plain `docker compose up -d` started no container of the project "_s + m_project.name;
        return false;
    }
    return true;
}

bool Flow::docker(const QStringList &arguments, QString *why, QByteArray *output)
{
    auto *job = new Berth::ComposeJob(m_docker->cliPath(), arguments, this);
    job->setProcessEnvironment(m_docker->processEnvironment());
    job->setTimeout(60000);
    return runJob(job, why, output, false);
}

bool Flow::runJob(Berth::ComposeJob *job, QString *why, QByteArray *output, bool withLog)
{
    if (output)
        job->setCollectStandardOutput(true);
    QString log;
    if (withLog)
        connect(job, &Berth::ComposeJob::output, this, [&log](const QString &line) { log += line + u'\n'; });
    QEventLoop loop;
    connect(job, &Berth::ComposeJob::finished, &loop, &QEventLoop::quit);
    job->start();
    if (job->isRunning())
        loop.exec();
    const bool ok = job->outcome() == Berth::ComposeJob::Outcome::Succeeded;
    m_lastLog = log;
    if (output)
        *output = job->standardOutput();
    if (!ok && withLog)
        *why = job->errorMessage() + u'\n' + log.right(6000);
    else if (!ok)
        *why = job->commandLine() + u": "_s + job->errorMessage();
    job->deleteLater();
    return ok;
}

bool Flow::portsFree(QString *why)
{
    QList<QPair<QString, int>> ports;
    if (m_spec.nginx.enabled) {
        ports << qMakePair(u"nginx.http_port"_s, m_spec.nginx.httpPort) << qMakePair(u"nginx.https_port"_s, m_spec.nginx.httpsPort);
    }
    ports << qMakePair(u"app_server.host_port"_s, m_spec.appServer.hostPort);
    if (m_spec.database.isPostgres())
        ports << qMakePair(u"database.host_port"_s, m_spec.database.hostPort);
    for (const auto &[key, port] : std::as_const(ports)) {
        if (port <= 0)
            continue;
        // Published ports bind every interface or 127.0.0.1; either way a listener on the port
        // here makes `up` fail with "address already in use".
        QTcpServer probe;
        if (!probe.listen(QHostAddress::Any, quint16(port))) {
            *why = u"port %1 (%2) is in use on this machine: stop what listens there, or run "
                   u"packaging/dev e2e with a spec that moves %2"_s.arg(port).arg(key);
            return false;
        }
    }
    return true;
}

int Flow::sitePort() const
{
    return m_spec.nginx.enabled ? m_spec.nginx.httpPort : m_spec.appServer.hostPort;
}

HttpReply Flow::get(int port, const QString &path) const
{
    HttpReply reply;
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, quint16(port));
    if (!socket.waitForConnected(5000)) {
        reply.error = socket.errorString();
        return reply;
    }
    const QByteArray host = m_spec.nginx.enabled ? m_spec.nginx.serverName.toUtf8() : QByteArray("localhost");
    socket.write("GET " + path.toUtf8() + " HTTP/1.0\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
    QByteArray data;
    while (socket.state() == QAbstractSocket::ConnectedState || socket.bytesAvailable() > 0) {
        if (!socket.waitForReadyRead(15000) && socket.bytesAvailable() == 0)
            break;
        data += socket.readAll();
    }
    const qsizetype split = data.indexOf("\r\n\r\n");
    reply.headers = data.left(split);
    reply.body = split < 0 ? QByteArray() : data.mid(split + 4);
    const QList<QByteArray> statusLine = reply.headers.left(reply.headers.indexOf("\r\n")).split(' ');
    reply.status = statusLine.size() >= 2 ? statusLine.at(1).toInt() : 0;
    if (reply.status == 0)
        reply.error = u"no HTTP answer: "_s + QString::fromLatin1(data.left(200));
    return reply;
}

bool Flow::waitUntilServing(const Berth::ComposeProject &project, QString *why)
{
    QStringList wanted{u"app"_s};
    if (m_spec.nginx.enabled)
        wanted << u"nginx"_s;
    QString last;
    for (int attempt = 0; attempt < 180; ++attempt) {
        QByteArray json;
        if (!compose(project, {u"ps"_s, u"--format"_s, u"json"_s}, why, &json, 30000))
            return false;
        const QList<Berth::ContainerStatus> containers = Berth::ContainerStatus::parseList(json);
        bool ready = true;
        last.clear();
        for (const Berth::ContainerStatus &c : containers) {
            last += u"  %1: %2 %3\n"_s.arg(c.service, c.state, c.health);
            if (c.service == "database"_L1 && c.health != "healthy"_L1)
                ready = false;
            if (wanted.contains(c.service) && c.state != "running"_L1)
                ready = false;
            if (c.service == "app"_L1 && (c.state == "exited"_L1 || c.state == "dead"_L1)) {
                *why = u"the app container stopped:\n"_s + last;
                return false;
            }
        }
        for (const QString &service : std::as_const(wanted)) {
            if (!last.contains(u"  "_s + service + u':'))
                ready = false;
        }
        if (ready && get(sitePort(), u"/"_s).status != 0) {
            out() << last;
            return true;
        }
        QThread::msleep(1000);
    }
    *why = u"not serving after 180 s:\n"_s + last;
    return false;
}

bool Flow::httpOk(const QString &path, const QByteArray &mustContain, QString *why, HttpReply *replyOut)
{
    HttpReply reply;
    for (int attempt = 0; attempt < 30; ++attempt) {
        reply = get(sitePort(), path);
        if (reply.status == 200)
            break;
        QThread::msleep(1000);
    }
    if (replyOut)
        *replyOut = reply;
    if (reply.status != 200 || !reply.body.contains(mustContain)) {
        *why = u"GET %1 on port %2: status %3 %4\n%5"_s.arg(path).arg(sitePort()).arg(reply.status)
                   .arg(reply.error, QString::fromUtf8(reply.headers + "\n\n" + reply.body.left(1500)));
        return false;
    }
    out() << "[e2e]   GET " << path << " -> " << reply.status << ", " << reply.body.size() << " bytes" << Qt::endl;
    return true;
}

bool Flow::checkTables(QString *why)
{
    if (!m_spec.database.isPostgres()) {
        // No database service: the project's SQLite database, on the sqlite_data volume that app
        // and manage share (not in the bind-mounted project).
        const QString db = m_spec.sqliteDir() + u"/db.sqlite3"_s;
        if (!compose(m_project, {u"exec"_s, u"-T"_s, u"app"_s, u"test"_s, u"-s"_s, db}, why, nullptr, 60000)) {
            *why = u"no "_s + db + u" in the app container after migrate: "_s + *why;
            return false;
        }
        if (QFileInfo::exists(QDir(m_projectDir).filePath(m_spec.django.projectDir + u"/db.sqlite3"_s))) {
            *why = u"migrate wrote the project's db.sqlite3, not the volume's"_s;
            return false;
        }
        return true;
    }
    QByteArray result;
    const QStringList psql{u"exec"_s, u"-T"_s, u"database"_s, u"psql"_s, u"-U"_s, m_spec.database.user,
                           u"-d"_s, m_spec.database.name, u"-tAc"_s,
                           u"select count(*) from information_schema.tables where table_name in "
                           u"('django_migrations','auth_user','django_session')"_s};
    if (!compose(m_project, psql, why, &result, 60000))
        return false;
    if (result.trimmed() != "3") {
        *why = u"expected Django's 3 tables in Postgres, psql said: "_s + QString::fromUtf8(result);
        return false;
    }
    if (QFileInfo::exists(QDir(m_projectDir).filePath(m_spec.django.projectDir + u"/db.sqlite3"_s))) {
        *why = u"migrate wrote a db.sqlite3: Django did not use Postgres"_s;
        return false;
    }
    out() << "[e2e]   django_migrations, auth_user, django_session are in " << m_spec.database.name << Qt::endl;
    return true;
}

bool Flow::runTests(QString *why)
{
    const QString report = u".berth-e2e-junit.xml"_s;
    const QString hostReport = QDir(m_projectDir).filePath(m_spec.django.projectDir + u'/' + report);
    QFile::remove(hostReport);
    QByteArray output;
    const bool ok = compose(m_project,
                            {u"run"_s, u"--rm"_s, u"tests"_s, m_spec.container.path + u'/',
                             u"--junitxml="_s + m_spec.container.path + u'/' + report},
                            why, nullptr);
    Berth::TestResultModel results;
    QString error;
    if (!results.loadFile(hostReport, &error)) {
        *why += u"\nno junit report: "_s + error;
        return false;
    }
    const auto summary = results.summary();
    out() << "[e2e]   junit: " << summary.tests << " tests, " << summary.passed() << " passed, " << summary.failed
          << " failed, " << summary.errors << " errors" << Qt::endl;
    QFile::remove(hostReport);
    if (!ok || summary.tests < 3 || summary.failed + summary.errors > 0) {
        *why += u"\ntests did not all pass (%1 of %2)"_s.arg(summary.passed()).arg(summary.tests);
        return false;
    }
    return true;
}

bool Flow::checkLogs(QString *why)
{
    QByteArray logs;
    if (!compose(m_project, {u"logs"_s, u"--no-color"_s, u"app"_s}, why, &logs, 60000))
        return false;
    // uwsgi's request log: "... GET / => generated N bytes in M msecs (HTTP/1.0 200) ...".
    static const QRegularExpression request(u"GET / => generated \\d+ bytes .*HTTP/1\\.[01] 200"_s);
    if (!request.match(QString::fromUtf8(logs)).hasMatch()) {
        *why = u"no uwsgi request line for GET / in the app's logs:\n"_s + QString::fromUtf8(logs.right(3000));
        return false;
    }
    return true;
}

bool Flow::production(QString *why)
{
    // docker-compose.yml alone: the image's code, DEBUG off, static files from nginx.
    const Berth::ComposeProject prod = m_project.withoutOverrides();
    if (!compose(prod, {u"up"_s, u"-d"_s}, why))
        return false;
    if (!waitUntilServing(prod, why))
        return false;
    // Until the production app answers: nginx says 502 while uwsgi starts (collectstatic runs
    // first), and the development container may still be answering.
    const auto starting = [](const HttpReply &r) {
        return r.status == 0 || r.status == 502 || r.status == 503 || r.status == 504
            || (r.status == 200 && r.body.contains("The install worked successfully"));
    };
    HttpReply home = get(sitePort(), u"/"_s);
    for (int i = 0; i < 90 && starting(home); ++i) {
        QThread::msleep(1000);
        home = get(sitePort(), u"/"_s);
    }
    out() << "[e2e]   GET / -> " << home.status << " (DEBUG off: no URL pattern for /)" << Qt::endl;
    if (home.status != 404) {
        *why = u"with DEBUG off / should be 404, got %1 %2\n%3"_s.arg(home.status).arg(home.error,
                   QString::fromUtf8(home.headers + "\n\n" + home.body.left(1500)));
        return false;
    }
    HttpReply login;
    if (!httpOk(u"/admin/login/"_s, "Django administration", why, &login))
        return false;
    static const QRegularExpression css(u"href=\"([^\"]+\\.css)\""_s);
    const QRegularExpressionMatch m = css.match(QString::fromUtf8(login.body));
    if (!m.hasMatch()) {
        *why = u"the login page links no stylesheet"_s;
        return false;
    }
    // From nginx, or without it from uwsgi's static-map: Django serves no static files with DEBUG off.
    HttpReply style;
    if (!httpOk(m.captured(1), "{", why, &style))
        return false;
    if (!style.headers.toLower().contains("content-type: text/css")) {
        *why = u"the stylesheet is not served as text/css:\n"_s + QString::fromUtf8(style.headers);
        return false;
    }
    // Django's deploy checks in the production image: only what needs TLS may be left.
    if (!compose(prod, {u"run"_s, u"--rm"_s, u"-T"_s, u"manage"_s, u"check"_s, u"--deploy"_s}, why, nullptr, 180000))
        return false;
    const QString report = m_lastLog; // Django prints the warnings on stderr
    static const QRegularExpression warning(u"\\(security\\.(W\\d+)\\)"_s);
    QStringList ids;
    for (auto it = warning.globalMatch(report); it.hasNext();)
        ids.append(it.next().captured(1));
    ids.sort();
    out() << "[e2e]   check --deploy: " << (ids.isEmpty() ? u"no warnings"_s : ids.join(u", "_s)) << Qt::endl;
    if (ids != QStringList{u"W004"_s, u"W008"_s, u"W012"_s, u"W016"_s}) {
        *why = u"manage.py check --deploy reports more than the TLS warnings (W004, W008, W012, W016):\n"_s
             + report.right(4000);
        return false;
    }
    return settingsInUse(prod, u"production"_s, why);
}

bool Flow::stopAll(QString *why)
{
    if (!compose(m_project, {u"stop"_s}, why))
        return false;
    QByteArray json;
    if (!compose(m_project, {u"ps"_s, u"--format"_s, u"json"_s}, why, &json, 30000))
        return false;
    const QList<Berth::ContainerStatus> running = Berth::ContainerStatus::parseList(json);
    if (!running.isEmpty()) {
        *why = u"still running after stop: "_s + running.first().name;
        return false;
    }
    return true;
}

bool Flow::down(QString *why)
{
    m_downDone = true;
    if (!compose(m_project, {u"--profile"_s, u"*"_s, u"down"_s, u"--volumes"_s, u"--remove-orphans"_s}, why))
        return false;
    const QString label = u"label=com.docker.compose.project="_s + m_project.name;
    for (const QStringList &what : {QStringList{u"ps"_s, u"-a"_s}, QStringList{u"network"_s, u"ls"_s},
                                    QStringList{u"volume"_s, u"ls"_s}}) {
        QByteArray left;
        if (!docker(what + QStringList{u"-q"_s, u"--filter"_s, label}, why, &left))
            return false;
        if (!left.trimmed().isEmpty()) {
            *why = u"left behind by down (%1): %2"_s.arg(what.join(u' '), QString::fromUtf8(left));
            return false;
        }
    }
    return true;
}

void Flow::tearDown()
{
    if (!m_upDone || m_downDone || !m_project.isValid())
        return;
    if (qEnvironmentVariableIsSet("BERTH_E2E_KEEP")) {
        out() << "[e2e] BERTH_E2E_KEEP is set: the stack stays up in " << m_projectDir << Qt::endl;
        return;
    }
    QString why;
    QByteArray logs;
    compose(m_project, {u"logs"_s, u"--no-color"_s, u"--tail"_s, u"80"_s}, &why, &logs, 60000);
    out() << "[e2e] last logs of the stack:\n" << QString::fromUtf8(logs) << Qt::endl;
    compose(m_project, {u"--profile"_s, u"*"_s, u"down"_s, u"--volumes"_s, u"--remove-orphans"_s}, &why);
}

} // namespace BerthE2E
