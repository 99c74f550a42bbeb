#pragma once

#include "docker/composeproject.h"
#include "project/projectspec.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>

#include <functional>

namespace Berth {
class CommandJob;
class DockerEnvironment;
}

namespace BerthE2E {

struct Options {
    QString specFile;    // the spec to run
    QString workDir;     // where the project is made
    QString berth;       // the berth binary (for `berth generate`)
    bool existingProject = false; // the project has its own requirements.txt (pins) before Berth runs
    // How the project is laid out beyond startproject: "" (as made), "settings-package"
    // (settings/{base,dev,production}.py, manage.py on dev, WSGI_APPLICATION in base) or
    // "requirements-split" (requirements.txt only `-r requirements/production.txt`) or
    // "own-docker-files" (its own Dockerfile, docker-compose.yml and pytest.ini, which must stay
    // byte-identical) or "pyproject-only" (pyproject.toml's [project] dependencies, no
    // requirements file; a dependency added later reaches manage after one build).
    QString layout;
    // Add a second database from the Configuration view's catalogue and wait until it is healthy.
    bool catalogue = false;
};

// "Create the project" with only Docker: startproject in a container of image, as another user;
// checks ownership and `manage.py check`. Prints its steps; false on failure.
bool startProjectInContainer(const QString &workDir, const QString &image);

struct HttpReply {
    int status = 0;
    QByteArray headers;
    QByteArray body;
    QString error;
};

// The end-to-end flow for one spec: a real Django project, `berth generate`, then build, up,
// health, HTTP through nginx, migrate, tests, logs, production mode, stop and down, all through
// Berth's core objects (DockerEnvironment, CommandJob, ContainerStatus, TestResultModel).
class Flow : public QObject
{
    Q_OBJECT
public:
    explicit Flow(const Options &options, QObject *parent = nullptr);
    ~Flow() override;

    // Runs every step; false after the first failure (its output printed).
    bool run();

private:
    using Step = std::function<bool(QString *why)>;
    bool step(const QString &name, const Step &body);

    bool makeProject(QString *why);
    bool generate(QString *why);
    bool probeDocker(QString *why);
    bool portsFree(QString *why);
    bool compose(const Berth::ComposeProject &project, const QStringList &arguments, QString *why,
                 QByteArray *output = nullptr, int timeoutMs = 900000);
    bool docker(const QStringList &arguments, QString *why, QByteArray *output = nullptr);
    // A `docker compose` with none of Berth's -f, -p or COMPOSE_* variables, run in the project
    // folder: what a user's own plain command makes of the project.
    Berth::CommandJob *plainComposeJob(const QStringList &arguments, int timeoutMs);
    bool plainComposeUp(QString *why);
    bool ownComposeConfig(QByteArray *config, QString *why);
    // Runs the job to its end in a local event loop; on failure *why says what happened (with
    // its last output when withLog).
    bool runJob(Berth::CommandJob *job, QString *why, QByteArray *output, bool withLog);
    bool waitUntilServing(const Berth::ComposeProject &project, QString *why);
    bool httpOk(const QString &path, const QByteArray &mustContain, QString *why, HttpReply *reply = nullptr);
    bool checkTables(QString *why);
    bool catalogueDatabase(QString *why);
    bool runTests(QString *why);
    bool checkLogs(QString *why);
    bool newDependencyAfterRebuild(QString *why);
    bool dockerIgnoreApplied(QString *why);
    bool layoutProject(const QString &djangoDir, const QString &package, QString *why);
    bool settingsInUse(const Berth::ComposeProject &project, const QString &expected, QString *why);
    bool production(QString *why);
    bool stopAll(QString *why);
    bool down(QString *why);
    void tearDown();

    int sitePort() const;
    HttpReply get(int port, const QString &path) const;

    Options m_options;
    Berth::ProjectSpec m_spec;
    QString m_projectDir;
    Berth::ComposeProject m_project;
    Berth::DockerEnvironment *m_docker = nullptr;
    QList<QPair<QString, double>> m_timings;
    bool m_upDone = false;
    bool m_downDone = false;
    QString m_lastLog; // the output lines (stdout and stderr) of the last job run with its log
    QList<QPair<QString, QByteArray>> m_ownFiles; // layout own-docker-files: the project's files and bytes
};

} // namespace BerthE2E
