#pragma once

// Helpers for tests against the private engine the docker_engine fixture starts.
#include "docker/composeproject.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QSet>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Berth {
class DockerEnvironment;
}

namespace DockerTest {

// The engine's DOCKER_HOST from the fixture; empty (and a message) when the fixture did not run.
QString dockerHost(QString *why = nullptr);
// The system environment with DOCKER_HOST of the test engine.
QProcessEnvironment environment(const QString &host = dockerHost());

// Runs `docker ARGS` synchronously (setup and checks only, never product code) and returns
// its exit code; stdout and stderr into *output.
int docker(const QStringList &arguments, QByteArray *output = nullptr, const QProcessEnvironment &env = environment(),
           int timeoutMs = 60000);

// A free TCP port on 127.0.0.1 at the time of the call.
int freePort();

// The compose file of the test stack: web (ANSI lines, a health check that turns healthy after
// about two seconds, a published port), worker (quiet), and a named volume. The health check
// looks for DIR/healthy, with the project folder mounted at its own path, so the test can
// make the service unhealthy by removing the file (and so it also worked when docker exec saw
// the build root's file system under chroot).
QByteArray stackYaml(int webPort);
// stackYaml with the tool services of a generated setup: manage (entrypoint DIR/manage.sh) and
// tests (DIR/tests.sh), in the profile "tools", with the project folder mounted.
QByteArray toolsYaml(int webPort);
// Stand-ins for manage.py (migrate, createsuperuser) and pytest (two tests, one failing, its
// JUnit report where --junitxml= says) inside the busybox image.
extern const char manageScript[];
extern const char testsScript[];
bool writeFile(const QString &path, const QByteArray &data);

// A service printing as fast as it can.
QByteArray floodYaml();

// A compose project in a temporary folder, taken down (with volumes) when destroyed.
class Project
{
public:
    explicit Project(const QByteArray &yaml, const QString &prefix = QStringLiteral("bt"));
    ~Project();
    Berth::ComposeProject project() const { return m_project; }
    QString directory() const { return m_dir.path(); }
    int compose(const QStringList &arguments, QByteArray *output = nullptr);
    void setEnvironment(const QProcessEnvironment &env) { m_env = env; }

private:
    QTemporaryDir m_dir;
    Berth::ComposeProject m_project;
    QProcessEnvironment m_env = environment();
};

// A DockerEnvironment set up for the test engine and probed (QVERIFY inside: use QVERIFY on
// the result).
bool probe(Berth::DockerEnvironment &environment, int timeoutMs = 30000);

// Process ids whose process group is pgid (Linux /proc).
QList<qint64> processGroupMembers(qint64 pgid);
// Process ids of every process whose command line starts with one of the programs' names
// (docker, docker-compose) and that mentions the text.
QList<qint64> processesMentioning(const QString &text);

// A second engine of a test's own (packaging/engine with a state folder of its own), for
// faults that would disturb other tests: stopping the daemon. Stopped when destroyed.
class OwnEngine
{
public:
    OwnEngine();
    ~OwnEngine();
    // Starts it (with the test image) and returns its DOCKER_HOST, "" on failure.
    QString start();
    bool stop();
    // The DOCKER_HOST it has (or will have once started).
    QString host() const;

private:
    int run(const QStringList &arguments, QByteArray *output = nullptr,
            const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    QString m_state;
    QString m_host;
};

} // namespace DockerTest
