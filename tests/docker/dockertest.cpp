#include "dockertest.h"

#include "docker/dockerenvironment.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace DockerTest {

QString dockerHost(QString *why)
{
    const QString state = qEnvironmentVariable("BERTH_ENGINE_STATE");
    QFile file(state + "/docker-host"_L1);
    if (state.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        if (why)
            *why = u"no engine: run through ctest (fixture docker_engine_start) or set BERTH_ENGINE_STATE"_s;
        return {};
    }
    return QString::fromUtf8(file.readAll()).trimmed();
}

QProcessEnvironment environment(const QString &host)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DOCKER_HOST"_s, host);
    return env;
}

int docker(const QStringList &arguments, QByteArray *output, const QProcessEnvironment &env, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(u"docker"_s, arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return -1;
    }
    if (output)
        *output = process.readAll();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

int freePort()
{
    // Port 0: the kernel picks a free one (plain sockets: the tests need no Qt Network).
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof(address);
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

QByteArray stackYaml(int webPort)
{
    // $$ keeps Compose from interpolating the shell's variables. The trap makes stop fast
    // (a shell as PID 1 ignores SIGTERM otherwise).
    return R"(services:
  web:
    image: berth-test/busybox:latest
    command: ["sh", "-c", "trap 'exit 0' TERM INT; i=0; while true; do i=$$((i+1)); printf '\\033[32mweb\\033[0m line %s\\n' $$i; if [ $$i = 10 ]; then touch @DIR@/healthy; fi; sleep 0.2; done"]
    healthcheck:
      test: ["CMD", "test", "-f", "@DIR@/healthy"]
      interval: 1s
      timeout: 2s
      retries: 1
    ports: ["127.0.0.1:PORT:80"]
    volumes: ["data:/data", "@DIR@:@DIR@"]
  worker:
    image: berth-test/busybox:latest
    command: ["sh", "-c", "trap 'exit 0' TERM INT; echo worker ready; while true; do sleep 0.2; done"]
volumes:
  data: {}
)"_ba.replace("PORT", QByteArray::number(webPort));
}

QByteArray toolsYaml(int webPort)
{
    QByteArray yaml = stackYaml(webPort);
    yaml.replace("volumes:\n  data: {}\n",
                 "  manage:\n"
                 "    image: berth-test/busybox:latest\n"
                 "    entrypoint: [\"sh\", \"@DIR@/manage.sh\"]\n"
                 "    profiles: [\"tools\"]\n"
                 "    volumes: [\"@DIR@:@DIR@\"]\n"
                 "  tests:\n"
                 "    image: berth-test/busybox:latest\n"
                 "    entrypoint: [\"sh\", \"@DIR@/tests.sh\"]\n"
                 "    profiles: [\"tools\"]\n"
                 "    volumes: [\"@DIR@:@DIR@\"]\n"
                 "volumes:\n  data: {}\n");
    return yaml;
}

const char manageScript[] = "case \"$1\" in\n"
                            "migrate) echo 'Applying migrations... OK' ;;\n"
                            "createsuperuser) if [ -n \"$DJANGO_SUPERUSER_PASSWORD\" ]; then echo 'Superuser created successfully.'; "
                            "else echo 'no password given' >&2; exit 1; fi ;;\n"
                            "*) echo \"Unknown command: '$1'\" >&2; exit 1 ;;\n"
                            "esac\n";
const char testsScript[] = "for a in \"$@\"; do case \"$a\" in --junitxml=*) f=\"${a#--junitxml=}\" ;; esac; done\n"
                           "echo 'collected 2 items'\n"
                           "cat > \"$f\" <<'XML'\n"
                           "<?xml version=\"1.0\" encoding=\"utf-8\"?><testsuites><testsuite name=\"pytest\" tests=\"2\" failures=\"1\">"
                           "<testcase classname=\"shop.tests\" name=\"test_ok\" time=\"0.01\"/>"
                           "<testcase classname=\"shop.tests\" name=\"test_cart\" time=\"0.02\"><failure message=\"assert 1 == 2\">"
                           "E   assert 1 == 2</failure></testcase></testsuite></testsuites>\n"
                           "XML\n"
                           "exit 1\n";

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray floodYaml()
{
    return R"(services:
  flood:
    image: berth-test/busybox:latest
    command: ["sh", "-c", "trap 'exit 0' TERM INT; yes 'flood: the quick brown fox jumps over the lazy dog, again and again and again'"]
)"_ba;
}

Project::Project(const QByteArray &yaml, const QString &prefix)
{
    const QString file = m_dir.filePath(u"compose.yaml"_s);
    const QString name = prefix + QString::number(QRandomGenerator::global()->bounded(100000, 999999));
    QFile out(file);
    // The file names the project, as generated setups do, so the panel (which reads the name
    // from the file) and this helper mean the same project.
    if (out.open(QIODevice::WriteOnly))
        out.write("name: " + name.toUtf8() + '\n' + QByteArray(yaml).replace("@DIR@", m_dir.path().toUtf8()));
    out.close();
    m_project = Berth::ComposeProject{file, m_dir.path(), name};
}

Project::~Project()
{
    compose({u"down"_s, u"--volumes"_s, u"--remove-orphans"_s, u"--timeout"_s, u"0"_s});
}

int Project::compose(const QStringList &arguments, QByteArray *output)
{
    return docker(QStringList{u"compose"_s} + m_project.arguments(arguments), output, m_env);
}

bool probe(Berth::DockerEnvironment &environment, int timeoutMs)
{
    environment.setProcessEnvironment(DockerTest::environment());
    environment.probe();
    if (!QTest::qWaitFor([&environment] { return !environment.isProbing(); }, timeoutMs))
        return false;
    return environment.isReady();
}

namespace {
// The process ids in /proc, with their /proc entry name.
QList<QPair<qint64, QString>> processIds()
{
    QList<QPair<qint64, QString>> pids;
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (numeric)
            pids.append({pid, entry});
    }
    return pids;
}
} // namespace

QList<qint64> processGroupMembers(qint64 pgid)
{
    QList<qint64> members;
    for (const auto &[pid, entry] : processIds()) {
        QFile stat(u"/proc/%1/stat"_s.arg(entry));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        // pid (comm) state ppid pgrp ...: comm may hold spaces, so split after the last ')'.
        const qsizetype close = text.lastIndexOf(')');
        const QList<QByteArray> fields = text.mid(close + 2).split(' ');
        if (fields.size() > 2 && fields.at(0) != "Z" && fields.at(2).toLongLong() == pgid)
            members.append(pid);
    }
    return members;
}

QList<qint64> processesMentioning(const QString &text)
{
    QList<qint64> found;
    for (const auto &[pid, entry] : processIds()) {
        QFile cmdline(u"/proc/%1/cmdline"_s.arg(entry));
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = cmdline.readAll();
        const QByteArray program = line.left(line.indexOf('\0'));
        const bool dockerish = program.endsWith("docker") || program.endsWith("docker-compose");
        if (dockerish && QString::fromUtf8(line).contains(text))
            found.append(pid);
    }
    return found;
}

OwnEngine::OwnEngine()
    : m_state(u"/tmp/bx-%1"_s.arg(QCoreApplication::applicationPid()))
{
}

OwnEngine::~OwnEngine()
{
    run({u"stop"_s, m_state});
    // The state folder is per test process: remove it, unless something is still mounted below
    // it (then removing could reach into a mount).
    QFile mounts(u"/proc/mounts"_s);
    if (mounts.open(QIODevice::ReadOnly) && !mounts.readAll().contains(QByteArray(m_state.toUtf8() + '/')))
        QDir(m_state).removeRecursively();
}

QString OwnEngine::start()
{
    QByteArray out;
    if (run({u"start"_s, m_state}, &out) != 0)
        return {};
    m_host = QString::fromUtf8(out).trimmed().split(u'\n').constLast();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DOCKER_HOST"_s, m_host);
    if (run({u"image"_s, u"busybox"_s}, nullptr, env) != 0)
        return {};
    return m_host;
}

QString OwnEngine::host() const
{
    return u"unix://"_s + m_state + "/docker.sock"_L1;
}

bool OwnEngine::stop()
{
    // packaging/engine stop may exit non-zero after a clean stop; the socket going is what counts.
    return run({u"stop"_s, m_state}) == 0 || !QFile::exists(m_state + "/docker.sock"_L1);
}

int OwnEngine::run(const QStringList &arguments, QByteArray *output, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    const QString script = qEnvironmentVariable("BERTH_ENGINE_SCRIPT");
    process.start(script, arguments);
    // Whatever goes wrong, the test says why: the script's own message, or that it hung.
    if (!process.waitForFinished(90000)) {
        qWarning("%s %s: no answer within 90 s; stderr so far: %s", qPrintable(script), qPrintable(arguments.join(u' ')),
                 process.readAllStandardError().constData());
        process.kill();
        process.waitForFinished(5000);
        return -1;
    }
    if (output)
        *output = process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        qWarning("%s %s: exit %d: %s", qPrintable(script), qPrintable(arguments.join(u' ')), process.exitCode(),
                 process.readAllStandardError().constData());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace DockerTest
