#pragma once

#include "docker/composeproject.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace Berth {
class DockerEnvironment;
}

namespace Berth::Bench {

// The Docker engine the log and status sections measure against: DOCKER_HOST when it is set,
// otherwise a private dockerd of the benchmark's own (packaging/engine), stopped by the
// destructor. Either way the busybox test image is imported.
class BenchEngine
{
public:
    BenchEngine();
    ~BenchEngine();
    BenchEngine(const BenchEngine &) = delete;
    BenchEngine &operator=(const BenchEngine &) = delete;

    bool isReady() const { return !m_host.isEmpty(); }
    QString host() const { return m_host; }
    bool isOwn() const { return !m_state.isEmpty(); }

private:
    QString m_state;
    QString m_host;
};

// Runs a program synchronously (setup and checks of the benchmark, never what is measured);
// returns its exit code (-1 when it did not finish within timeoutMs), stdout into *output.
int runProgram(const QString &program, const QStringList &arguments, QByteArray *output = nullptr,
               int timeoutMs = 120000);
inline int docker(const QStringList &arguments, QByteArray *output = nullptr, int timeoutMs = 120000)
{
    return runProgram(QStringLiteral("docker"), arguments, output, timeoutMs);
}

// A DockerEnvironment probed against DOCKER_HOST; null when the daemon is not usable.
std::unique_ptr<DockerEnvironment> probedEnvironment();
// Runs `compose ARGS` through Berth's CommandJob to its end (event loop spinning); true on success.
bool compose(const DockerEnvironment &environment, const ComposeProject &project, const QStringList &arguments,
             QByteArray *output = nullptr);

// A compose project in a temporary folder, taken down when destroyed.
class BenchProject
{
public:
    BenchProject(const DockerEnvironment &environment, const QByteArray &yaml, const QString &prefix);
    ~BenchProject();
    ComposeProject project() const { return m_project; }
    QString directory() const { return m_dir.path(); }

private:
    const DockerEnvironment &m_environment;
    QTemporaryDir m_dir;
    ComposeProject m_project;
};

} // namespace Berth::Bench
