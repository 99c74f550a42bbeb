#include "benchengine.h"

#include "benchutil.h"
#include "process/commandjob.h"
#include "docker/dockerenvironment.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Berth::Bench {

namespace {
QString engineScript()
{
    return QStringLiteral(BERTH_SOURCE_DIR) + u"/packaging/engine"_s;
}
} // namespace

int runProgram(const QString &program, const QStringList &arguments, QByteArray *output, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return -1;
    }
    if (output)
        *output = process.readAllStandardOutput();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

BenchEngine::BenchEngine()
{
    m_host = qEnvironmentVariable("DOCKER_HOST");
    if (m_host.isEmpty()) {
        // Short: the socket path must stay under ~100 bytes.
        m_state = u"/tmp/bb-%1"_s.arg(QCoreApplication::applicationPid());
        QByteArray out;
        if (runProgram(engineScript(), {u"start"_s, m_state}, &out) != 0) {
            report(u"engine: packaging/engine start failed"_s);
            return;
        }
        m_host = QString::fromUtf8(out).trimmed().split(u'\n').constLast();
        qputenv("DOCKER_HOST", m_host.toUtf8());
        report(u"engine: started a private dockerd (%1)"_s.arg(m_host));
    } else {
        report(u"engine: using DOCKER_HOST=%1"_s.arg(m_host));
    }
    if (runProgram(engineScript(), {u"image"_s, u"busybox"_s}) != 0) {
        report(u"engine: importing the busybox image failed"_s);
        m_host.clear();
    }
}

BenchEngine::~BenchEngine()
{
    if (m_state.isEmpty())
        return;
    runProgram(engineScript(), {u"stop"_s, m_state});
    qunsetenv("DOCKER_HOST");
    // Its data (the imported image, the containers' logs) is of no use after the run; stop has
    // unmounted what dockerd mounted under it, so only plain files are removed.
    QFile mounts(u"/proc/mounts"_s);
    const bool mounted = !mounts.open(QIODevice::ReadOnly) || mounts.readAll().contains(QByteArray(' ' + m_state.toUtf8() + '/'));
    if (!mounted && !QFileInfo::exists(m_state + u"/docker.sock"_s) && !QFileInfo::exists(m_state + u"/dockerd.pid"_s))
        QDir(m_state).removeRecursively();
    report(u"engine: stopped %1"_s.arg(m_state));
}

std::unique_ptr<DockerEnvironment> probedEnvironment()
{
    auto environment = std::make_unique<DockerEnvironment>();
    QEventLoop loop;
    QObject::connect(environment.get(), &DockerEnvironment::probeFinished, &loop, &QEventLoop::quit);
    environment->probe();
    if (environment->isProbing())
        loop.exec();
    if (!environment->isReady()) {
        report(u"engine: Docker is not usable: %1"_s.arg(environment->problemDetail()));
        return nullptr;
    }
    return environment;
}

bool compose(const DockerEnvironment &environment, const ComposeProject &project, const QStringList &arguments,
             QByteArray *output)
{
    CommandJob *job = environment.composeJob(project, arguments);
    job->setCollectStandardOutput(true);
    job->setTimeout(180000);
    QEventLoop loop;
    QObject::connect(job, &CommandJob::finished, &loop, &QEventLoop::quit);
    job->start();
    if (job->isRunning() || job->outcome() == CommandJob::Outcome::NotFinished)
        loop.exec();
    const bool ok = job->outcome() == CommandJob::Outcome::Succeeded;
    if (!ok)
        report(u"compose %1 failed: %2"_s.arg(arguments.join(u' '), job->errorMessage()));
    if (output)
        *output = job->standardOutput();
    delete job;
    return ok;
}

BenchProject::BenchProject(const DockerEnvironment &environment, const QByteArray &yaml, const QString &prefix)
    : m_environment(environment)
{
    const QString file = m_dir.filePath(u"compose.yaml"_s);
    const QString name = prefix + QString::number(QRandomGenerator::global()->bounded(100000, 999999));
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write("name: " + name.toUtf8() + '\n' + yaml) < 0)
        report(u"cannot write %1"_s.arg(file));
    out.close();
    m_project = ComposeProject{file, m_dir.path(), name};
}

BenchProject::~BenchProject()
{
    compose(m_environment, m_project, {u"down"_s, u"--volumes"_s, u"--remove-orphans"_s, u"--timeout"_s, u"0"_s});
}

} // namespace Berth::Bench
