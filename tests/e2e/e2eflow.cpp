#include "e2eflow.h"
#include "e2ehelpers.h"

#include "process/commandjob.h"
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
        && step(u"the image leaves out what the ignore file names (own-docker-files: berth/Dockerfile.dockerignore)"_s,
                [this](QString *why) { return dockerIgnoreApplied(why); })
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
        && (!m_options.catalogue || !postgres
            || step(u"a second database from the catalogue, added as a minimal edit, turns healthy"_s,
                    [this](QString *why) { return catalogueDatabase(why); }))
        && step(u"app logs show uwsgi serving the requests"_s, [this](QString *why) { return checkLogs(why); })
        && step(u"a new dependency reaches manage after one build (pyproject-only)"_s,
                [this](QString *why) { return newDependencyAfterRebuild(why); })
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
    Berth::CommandJob *job = m_docker->composeJob(project, arguments, this);
    job->setTimeout(timeoutMs);
    out() << "[e2e]   $ " << job->commandLine() << Qt::endl;
    return runJob(job, why, output, true);
}

Berth::CommandJob *Flow::plainComposeJob(const QStringList &arguments, int timeoutMs)
{
    auto *job = new Berth::CommandJob(m_docker->composeProgram(), m_docker->composePrefix() + arguments, this);
    QProcessEnvironment env = m_docker->processEnvironment();
    for (const QString &name : {u"COMPOSE_FILE"_s, u"COMPOSE_PROJECT_NAME"_s, u"COMPOSE_PROFILES"_s, u"COMPOSE_PATH_SEPARATOR"_s})
        env.remove(name);
    job->setProcessEnvironment(env);
    job->setWorkingDirectory(m_projectDir);
    job->setTimeout(timeoutMs);
    return job;
}

bool Flow::plainComposeUp(QString *why)
{
    // Beside a compose file of the project's own, a plain `docker compose` is theirs: DOCKER.md
    // gives Berth's -f flags, which is what Berth passes.
    if (!m_ownFiles.isEmpty())
        return compose(m_project, {u"up"_s, u"-d"_s}, why);
    // No -f, -p or --project-directory: Compose finds the files by itself (default names) or through
    // the COMPOSE_FILE Berth wrote into .env (other names), and the project name in the file.
    Berth::CommandJob *job = plainComposeJob({u"up"_s, u"-d"_s}, 900000);
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
    auto *job = new Berth::CommandJob(m_docker->cliPath(), arguments, this);
    job->setProcessEnvironment(m_docker->processEnvironment());
    job->setTimeout(60000);
    return runJob(job, why, output, false);
}

bool Flow::runJob(Berth::CommandJob *job, QString *why, QByteArray *output, bool withLog)
{
    if (output)
        job->setCollectStandardOutput(true);
    QString log;
    if (withLog)
        connect(job, &Berth::CommandJob::output, this, [&log](const QString &line) { log += line + u'\n'; });
    QEventLoop loop;
    connect(job, &Berth::CommandJob::finished, &loop, &QEventLoop::quit);
    job->start();
    if (job->isRunning())
        loop.exec();
    const bool ok = job->outcome() == Berth::CommandJob::Outcome::Succeeded;
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
