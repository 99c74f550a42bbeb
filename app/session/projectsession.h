#pragma once

#include "actions/projectaction.h"
#include "docker/composeconfig.h"
#include "docker/composeproject.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QUrl>

#include <memory>

class QFileSystemWatcher;
class QTimer;

namespace Berth {

class CommandJob;
class ComposeProgress;
class ContainerQuery;
class DockerEnvironment;
class EventWatcher;
class LogFollower;
class LogModel;
class ServiceModel;
class SshTunnel;
class StatsStream;
class TestResultModel;

// One open project, without a widget: Docker's state (probed again with growing pauses while
// the daemon is down), the effective compose config (read again when its files change), the
// event stream and the log followers with their reconnects, the service, log and test-result
// models, and the actions of ProjectActions with their outcome. Views show it and call run().
class ProjectSession : public QObject
{
    Q_OBJECT
public:
    // What keeps the session from working, for the view to put into words.
    enum class Problem { None, Environment, NoComposeFile, ConfigUnreadable, ConnectionLost };
    Q_ENUM(Problem)
    // How the last action went.
    enum class Result { None, Running, Succeeded, Failed, Cancelled, Note };
    Q_ENUM(Result)

    // What opens a Django shell: compose, its arguments and environment, in the project folder.
    struct ShellCommand
    {
        QString program;
        QStringList arguments;
        QProcessEnvironment environment;
        QString workingDirectory;
    };

    explicit ProjectSession(QObject *parent = nullptr);
    ~ProjectSession() override;

    DockerEnvironment *environment() const { return m_env; }
    ServiceModel *serviceModel() const { return m_services; }
    LogModel *logModel() const { return m_logs; }
    TestResultModel *testResults() const { return m_tests; }

    // Opens the project in directory without a docker call; start() makes the first one (a
    // view calls it once it has painted: the first frame comes first).
    void open(const QString &directory);
    void start();
    void close();
    // Stops every process the session started (actions, event stream, log streams).
    void shutdown();
    // CPU and memory of the running containers in serviceModel(), from one docker stats process
    // that runs only while some view wants them (the services panel while it is shown).
    void setUsageWanted(bool wanted);

    // The engine (docker context) for this project: remembered per project on this machine
    // (QSettings), never in berth.yaml; "" is the CLI's own choice. Changing it restarts the
    // session on the new engine.
    void setEngine(const QString &context);
    QString engine() const;
    static QString savedEngine(const QString &directory);
    // The QSettings key of ssh's configuration file for the tunnel to an ssh engine (File ▸
    // Settings…): passed as ssh -F FILE when set, so a host, key and known-hosts file of its own
    // need no change to ~/.ssh/config. Empty: ssh's own (~/.ssh/config).
    static QString sshConfigKey();
    // On a remote engine the development override is left out (its bind mounts name this
    // machine's folders), unless the user opts in; engineNote() then says why.
    void setOverrideOnRemote(bool use);
    bool overrideOnRemote() const;
    QString engineNote() const { return m_engineNote; }
    // On an ssh engine: the one ssh connection every docker child goes through (null otherwise).
    SshTunnel *tunnel() const { return m_tunnel; }

    ComposeProject project() const { return m_project; }
    ComposeConfig config() const { return m_config; }
    bool isConfigLoaded() const { return m_configLoaded; }
    bool isWatching() const;
    bool isBusy() const;
    // Docker usable, the config read and no action running.
    bool isReady() const;
    // Whether the action can run now (the selected service: "" when none).
    bool canRun(ActionId id, const QString &service = {}) const;

    Problem problem() const { return m_problem; }
    // Compose's or the daemon's own words for the problem.
    QString problemDetail() const { return m_problemDetail; }

    // The command line of the last action, and how it went.
    QString lastCommandLine() const { return m_lastCommand; }
    Result result() const { return m_result; }
    QString resultText() const { return m_resultText; }

    // Runs the action (service: for needsService actions). Asking first is the view's part: for
    // DownWithVolumes it names volumesToDelete(); CreateSuperuser is createSuperuser().
    void run(ActionId id, const QString &service = {});
    // `compose ARGS` as a user action; extraEnvironment goes to the process only.
    void runCompose(const QString &title, const QStringList &arguments,
                    const QHash<QString, QString> &extraEnvironment = {});
    void manage(const QString &title, const QStringList &command);
    void createSuperuser(const QString &username, const QString &email, const QString &password);
    void runTests(bool failedOnly = false);
    // manage.py shell in the system's terminal (interactive, so not in the output).
    void openShell();
    ShellCommand shellCommand() const;
    void cancel();

    QStringList volumesToDelete() const { return m_config.volumes; }
    // While a build or up runs: how far it is (0 … 1, -1 while unknown; ComposeProgress), its
    // current step, the time so far and how long the same action took last time (0: never).
    bool hasProgress() const { return m_progress != nullptr; }
    double progress() const;
    QString progressStep() const;
    qint64 elapsedMs() const { return m_progress ? m_actionClock.elapsed() : 0; }
    qint64 lastDurationMs() const { return m_lastDuration; }

    // nginx's published port, else the app's; invalid when none is published.
    QUrl siteUrl() const;
    // Where the tests service writes its JUnit report ("" when it does not mount the project).
    QString testReportPath() const { return m_reportPath; }

Q_SIGNALS:
    // The engine, its listing or the note about it changed.
    void engineChanged();
    void problemChanged();
    // What can run changed (readiness, busy, the site's URL).
    void stateChanged();
    void configLoaded();
    void actionStarted(const QString &title, const QString &commandLine);
    // The action's result or a note about it (resultText()).
    void resultChanged();
    void outputLine(const QString &line);
    // A build's or up's progress moved, or it began or ended (hasProgress()).
    void progressChanged();
    void actionFinished(const QString &title, bool succeeded, const QString &message);
    void testsStarted();
    // After a test run: message "" when testResults() holds a report with tests, else why not.
    void testReportRead(const QString &message);

private:
    void onEnvironmentProbed();
    void loadConfig();
    void startWatching();
    void stopWatching();
    void setProblem(Problem problem, const QString &detail = {});
    void setResult(Result result, const QString &text);
    // tests: a pytest run, whose exit code 5 is no failure and whose report is read after it.
    void launch(const QString &title, const QStringList &arguments, const QHash<QString, QString> &extraEnvironment,
                bool tests);
    void readTestReport();
    // The project as discovered, with the override left out on a remote engine.
    void applyEngineToProject();
    // After the contexts are listed: a tunnel for an ssh engine (the first probe waits for it),
    // none otherwise; then the probe that start() left to this.
    void engineKnown();
    void onTunnelState();
    // Once per start, as soon as the engine's local socket is known: the project's containers
    // from the Engine API, shown until the event watcher (which waits for the probe and the
    // config) has listed them itself.
    void takeSnapshot();

    DockerEnvironment *m_env;
    ServiceModel *m_services;
    LogModel *m_logs;
    TestResultModel *m_tests;
    QTimer *m_reprobe;
    QTimer *m_configReload;
    QFileSystemWatcher *m_fileWatcher;
    int m_reprobeDelay = 1000;
    EventWatcher *m_watcher = nullptr;
    LogFollower *m_follower = nullptr;
    QPointer<CommandJob> m_job;
    QPointer<CommandJob> m_configJob;
    ComposeProject m_project;
    ComposeProject m_discovered; // with every override file
    QString m_directory;
    QString m_engineNote;
    SshTunnel *m_tunnel = nullptr;
    StatsStream *m_stats;
    std::unique_ptr<ComposeProgress> m_progress;
    QElapsedTimer m_actionClock;
    qint64 m_lastDuration = 0;
    bool m_probeWaitsForEngine = false;
    ComposeConfig m_config;
    Problem m_problem = Problem::None;
    QString m_problemDetail;
    QString m_lastCommand;
    Result m_result = Result::None;
    QString m_resultText;
    QString m_reportPath;
    bool m_configLoaded = false;
    bool m_started = false;
    ContainerQuery *m_snapshot;
    bool m_snapshotTaken = false;
    bool m_watcherListed = false;
};

} // namespace Berth
