#pragma once

#include "session/projectsession.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QTimer;
class QToolButton;
class QTabWidget;
class QTableView;

namespace Berth {

class ActionBar;
class ElidedLabel;
class DockerBanner;
class EngineBar;
class FinishedNotifier;
class LogPane;
class LogView;
class SessionActions;
class TestResultsPane;
struct ServiceMenuHooks;

// A view of a ProjectSession: Docker's state (with what to do when it is not usable), the
// services with live state, the shared actions as buttons, the command line and result of the
// last action, logs and test results. Layout and wiring only: the session builds and runs
// every command.
class ServicesPanel : public QWidget
{
    Q_OBJECT
public:
    // With its own session and actions (tests, tools).
    explicit ServicesPanel(QWidget *parent = nullptr);
    // With the main window's actions (menu, shortcuts), which then run this panel's session.
    explicit ServicesPanel(SessionActions *actions, QWidget *parent = nullptr);
    ~ServicesPanel() override;

    ProjectSession *session() const { return m_session; }
    SessionActions *actions() const { return m_actions; }
    DockerEnvironment *environment() const { return m_session->environment(); }
    ServiceModel *serviceModel() const { return m_session->serviceModel(); }
    LogModel *logModel() const { return m_session->logModel(); }
    TestResultModel *testResults() const { return m_session->testResults(); }
    FinishedNotifier *finishedNotifier() const { return m_notifier; }
    LogView *logView() const;
    QTableView *serviceTable() const { return m_table; }
    EngineBar *engineBar() const { return m_engineBar; }

    // Opens the project in directory (no docker call happens before the panel has painted).
    void setProject(const QString &directory);
    void closeProject();
    ComposeProject project() const { return m_session->project(); }
    ComposeConfig config() const { return m_session->config(); }
    bool isWatching() const { return m_session->isWatching(); }

    // The state banner's text ("" when hidden).
    QString bannerText() const;
    QString lastCommandLine() const { return m_session->lastCommandLine(); }
    QString statusText() const;
    bool isBusy() const { return m_session->isBusy(); }

    // Shorthands for the session's actions (service "" means the whole stack).
    void runAction(const QString &title, const QStringList &arguments) { m_session->runCompose(title, arguments); }
    void up(const QString &service = {}) { m_session->run(service.isEmpty() ? ActionId::Up : ActionId::UpService, service); }
    void manage(const QString &title, const QStringList &command) { m_session->manage(title, command); }
    void createSuperuser(const QString &username, const QString &email, const QString &password)
    {
        m_session->createSuperuser(username, email, password);
    }
    void runTests(bool failedOnly = false) { m_session->runTests(failedOnly); }
    // Asks first, naming the volumes that would be deleted.
    void downWithVolumes();
    QUrl siteUrl() const { return m_session->siteUrl(); }
    void shutdown() { m_session->shutdown(); }

Q_SIGNALS:
    void outputLine(const QString &line);
    void actionFinished(const QString &title, bool succeeded, const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    // docker stats runs only while the panel is shown (ProjectSession::setUsageWanted).
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void buildUi();
    ServiceMenuHooks serviceMenuHooks() const;
    void showProgress();
    void connectSession();
    void showProblem();
    void showResult();
    QString selectedService() const;

    ProjectSession *m_session;
    SessionActions *m_actions;
    bool m_painted = false; // the panel has painted once: docker calls may start

    QProgressBar *m_progress = nullptr;
    QTimer *m_progressClock = nullptr;
    EngineBar *m_engineBar = nullptr;
    FinishedNotifier *m_notifier = nullptr; // notices of work that ended in the background
    DockerBanner *m_banner = nullptr;
    ElidedLabel *m_command = nullptr;
    QLabel *m_result = nullptr;
    QToolButton *m_cancel = nullptr;
    QTableView *m_table = nullptr;
    QTabWidget *m_tabs = nullptr;
    LogPane *m_logPane = nullptr;
    TestResultsPane *m_testPane = nullptr;
    ActionBar *m_actionBar = nullptr;
};

} // namespace Berth
