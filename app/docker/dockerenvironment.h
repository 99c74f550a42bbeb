#pragma once

#include "composeproject.h"
#include "dockercontexts.h"

#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QStringList>

namespace Berth {

class CommandJob;

// Where the docker CLI is, which compose it has, and whether the daemon answers. Probing runs
// the CLI asynchronously (never blocks the GUI thread). DOCKER_HOST, DOCKER_CONTEXT and
// DOCKER_CONFIG act as they do for the CLI because the environment is passed through unchanged.
class DockerEnvironment : public QObject
{
    Q_OBJECT
public:
    enum class DaemonState { Unknown, Up, Down };
    Q_ENUM(DaemonState)
    enum class Problem { None, CliMissing, DaemonDown, PermissionDenied, ComposeMissing, Other };
    Q_ENUM(Problem)
    enum class ComposeFlavour { None, Plugin, Standalone, Podman };
    Q_ENUM(ComposeFlavour)

    explicit DockerEnvironment(QObject *parent = nullptr);
    ~DockerEnvironment() override;

    // The user's setting; tried first when set.
    void setConfiguredCli(const QString &path) { m_configuredCli = path; }
    QString configuredCli() const { return m_configuredCli; }
    // The environment every docker process gets (the system environment by default).
    void setProcessEnvironment(const QProcessEnvironment &environment);
    // The base environment with the chosen engine applied: what every docker child gets.
    QProcessEnvironment processEnvironment() const { return m_environment; }

    // The engine (a docker context) every child uses; "" leaves the choice to the CLI
    // (DOCKER_HOST, DOCKER_CONTEXT, the current context), as in a terminal. Takes effect for
    // the next process: probe() again.
    void setContext(const QString &context);
    QString context() const { return m_context; }
    // An ssh tunnel's local socket (unix://...) that stands for the engine: every child gets it
    // as DOCKER_HOST instead of the context, so they share one ssh login; "" ends that.
    void setTunnelHost(const QString &dockerHost);
    QString tunnelHost() const { return m_tunnelHost; }
    // Lists the contexts (`docker context ls --format json`, asynchronously); contextsListed()
    // follows, also on failure (contextsError()).
    void listContexts();
    QList<DockerContext> contexts() const { return m_contexts; }
    QString contextsError() const { return m_contextsError; }
    bool isListingContexts() const;
    // The engine in use: its context's name (or "DOCKER_HOST") and its endpoint, from the last
    // listing and the environment; "" while unknown.
    QString engineName() const;
    QString engineEndpoint() const;
    // The engine's local socket for the Engine API (a unix socket's path, a named pipe's name):
    // from DOCKER_HOST (a tunnel's socket included) or the context in use; "" when the engine is
    // reached otherwise (tcp://, ssh://) or is not known yet (contexts not listed).
    QString engineSocket() const;
    bool isRemoteEngine() const { return DockerContexts::isRemote(engineEndpoint()); }
    void setProbeTimeout(int milliseconds) { m_probeTimeout = milliseconds; }

    // The configured path if executable, else PATH (of environment), else the usual install
    // folders (GUI apps on macOS and Windows do not inherit a shell's PATH). Absolute or empty.
    static QString findCli(const QString &configured, const QProcessEnvironment &environment,
                           const QStringList &installFolders = knownInstallFolders());
    static QStringList knownInstallFolders();
    // Replaces the install folders searched after PATH (tests; unusual installs).
    void setInstallFolders(const QStringList &folders) { m_installFolders = folders; }

    // Starts a probe unless one runs; probeFinished() follows.
    void probe();
    bool isProbing() const { return m_probing; }

    QString cliPath() const { return m_cli; }
    DaemonState daemonState() const { return m_daemonState; }
    Problem problem() const { return m_problem; }
    bool isReady() const { return m_problem == Problem::None && m_daemonState == DaemonState::Up; }
    // What the CLI said, for the problem.
    QString problemDetail() const { return m_problemDetail; }
    // One sentence naming the problem, and what to do about it outside Berth (no word of Berth's
    // own buttons: the view says how to check again).
    QString problemTitle() const;
    QString problemHint() const;
    QString serverVersion() const { return m_serverVersion; }
    ComposeFlavour composeFlavour() const { return m_flavour; }
    QString composeVersion() const { return m_composeVersion; }

    // The program and leading arguments that run compose: `docker compose`, `docker-compose`,
    // `podman compose`.
    QString composeProgram() const;
    QStringList composePrefix() const;
    // processEnvironment() and what Berth's compose files expect of it (HOST_UID/HOST_GID): what
    // every compose process gets, the one in a terminal window included.
    QProcessEnvironment composeEnvironment() const;
    // A job for `compose -f FILE --project-directory DIR -p NAME ARGS...` with this CLI, compose
    // flavour and composeEnvironment(), in the project's folder (not started).
    CommandJob *composeJob(const ComposeProject &project, const QStringList &arguments,
                           QObject *parent = nullptr) const;

    // Sorts the CLI's error text into a problem (daemon down, socket permission, ...).
    static Problem classifyError(const QString &text);

Q_SIGNALS:
    void contextsListed();
    void probeFinished();
    // Ready or not, daemon up or down, problem changed.
    void stateChanged();

private:
    void probeDaemon();
    void probeCompose();
    void probeStandaloneCompose();
    // The daemon's part or compose's has its answer; the probe finishes with the second.
    void probePartDone();
    void finishProbe();
    CommandJob *makeJob(const QString &program, const QStringList &arguments);

    QString m_configuredCli;
    QStringList m_installFolders = knownInstallFolders();
    QProcessEnvironment m_baseEnvironment = QProcessEnvironment::systemEnvironment();
    QProcessEnvironment m_environment = m_baseEnvironment;
    QString m_context;
    QString m_tunnelHost;
    QList<DockerContext> m_contexts;
    QString m_contextsError;
    QPointer<CommandJob> m_contextJob;
    QString m_cli;
    QString m_standalone;
    QString m_serverVersion;
    QString m_composeVersion;
    QString m_problemDetail;
    QString m_daemonDetail;
    DaemonState m_daemonState = DaemonState::Unknown;
    DaemonState m_daemonBefore = DaemonState::Unknown;
    Problem m_problem = Problem::None;
    Problem m_daemonProblem = Problem::None;
    ComposeFlavour m_flavour = ComposeFlavour::None;
    int m_probeParts = 0;
    int m_probeTimeout = 20000;
    bool m_probing = false;
    bool m_probeAgain = false;
};

} // namespace Berth
