#pragma once

#include "actionbar.h"
#include "docker/composeconfig.h"
#include "docker/composejob.h"
#include "docker/composeproject.h"

#include <QHash>
#include <QPointer>
#include <QUrl>
#include <QWidget>

class QFileSystemWatcher;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace Berth {

class ComposeJob;
class DockerBanner;
class DockerEnvironment;
class EventWatcher;
class LogFollower;
class LogModel;
class LogPane;
class LogView;
class ServiceModel;
class TestResultModel;
class TestResultsPane;

// The services of the open project: Docker's state (with what to do when it is not usable),
// the services with live state, actions for the stack and per service, Django chores, logs
// and test results. Every action shows its exact command line and streams its output through
// outputLine(); docker itself is reached only through app/docker.
class ServicesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ServicesPanel(QWidget *parent = nullptr);
    ~ServicesPanel() override;

    DockerEnvironment *environment() const { return m_env; }
    ServiceModel *serviceModel() const { return m_services; }
    LogModel *logModel() const { return m_logs; }
    TestResultModel *testResults() const { return m_tests; }
    LogView *logView() const;
    QTableView *serviceTable() const { return m_table; }

    // Opens the project in directory (no docker call happens before this).
    void setProject(const QString &directory);
    void closeProject();
    ComposeProject project() const { return m_project; }
    ComposeConfig config() const { return m_config; }
    bool isWatching() const;

    // The state banner's text ("" when hidden).
    QString bannerText() const;
    // The command line of the last action and how it ended.
    QString lastCommandLine() const { return m_lastCommand; }
    QString statusText() const;
    bool isBusy() const { return m_job != nullptr; }

    // Runs `compose ARGS` as a user action; extraEnvironment goes to the process only.
    void runAction(const QString &title, const QStringList &arguments,
                   const QHash<QString, QString> &extraEnvironment = {});
    void cancelAction();
    // The stack actions (service "" means the whole stack).
    void runStackAction(ActionBar::Action action, const QString &service = {});
    void build(const QString &service = {}) { runStackAction(ActionBar::Action::Build, service); }
    void up(const QString &service = {}) { runStackAction(ActionBar::Action::Up, service); }
    void start(const QString &service = {}) { runStackAction(ActionBar::Action::Start, service); }
    void stop(const QString &service = {}) { runStackAction(ActionBar::Action::Stop, service); }
    void restart(const QString &service = {}) { runStackAction(ActionBar::Action::Restart, service); }
    void down(const QString &service = {}) { runStackAction(ActionBar::Action::Down, service); }
    // Asks first, naming the volumes that would be deleted.
    void downWithVolumes();
    // Django chores.
    void runTests(bool failedOnly = false);
    void manage(const QString &title, const QStringList &command);
    void createSuperuser(const QString &username, const QString &email, const QString &password);
    // manage.py shell in the system's terminal (interactive, so not in the output pane).
    void openShell();
    QUrl siteUrl() const;
    // Stops every process the panel started (jobs, event stream, log stream).
    void shutdown();

Q_SIGNALS:
    void outputLine(const QString &line);
    void actionFinished(const QString &title, bool succeeded, const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void startDocker();
    void onChore(ActionBar::Chore chore);
    void onEnvironmentProbed();
    void loadConfig();
    void startWatching();
    void stopWatching();
    void showBanner(const QString &title, const QString &hint, const QString &detail);
    void hideBanner();
    void updateButtons();
    QString selectedService() const;
    void loadTestResults();

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
    QPointer<ComposeJob> m_job;
    QPointer<ComposeJob> m_configJob;
    ComposeProject m_project;
    ComposeConfig m_config;
    QString m_lastCommand;
    QString m_status;
    QString m_junitHostPath;
    bool m_runningTests = false; // the next runAction is a pytest run (exit code 5: no tests yet)
    qint64 m_testsStartedMs = 0;
    bool m_configLoaded = false;
    bool m_painted = false;      // the panel has painted once: docker calls may start
    bool m_startPending = false; // a project waits for that

    DockerBanner *m_banner = nullptr;
    QLabel *m_command = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_cancel = nullptr;
    QTableView *m_table = nullptr;
    QTabWidget *m_tabs = nullptr;
    LogPane *m_logPane = nullptr;
    TestResultsPane *m_testPane = nullptr;
    ActionBar *m_actions = nullptr;
};

} // namespace Berth
