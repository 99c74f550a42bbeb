#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;

namespace Berth {

class DockerEnvironment;
class StackStates;

// What Berth shows with no project open: the two ways in, and the recent projects with the
// state of their stacks (running, stopped, never started), asked of Docker each time the page
// is shown. Without recent projects, an empty state explains the two ways in.
class StartPage : public QWidget
{
    Q_OBJECT
public:
    explicit StartPage(QWidget *parent = nullptr);

    void setRecentProjects(const QStringList &paths);
    // The environment the states are asked through (the user's docker CLI, the default engine).
    DockerEnvironment *environment() const { return m_environment; }
    // The state text shown for a recent project ("" while unknown).
    QString stateText(const QString &path) const;

Q_SIGNALS:
    void newSetupRequested();
    void openProjectRequested();
    void recentProjectActivated(const QString &path);
    // The recent projects' states were asked and shown.
    void statesShown();

protected:
    // Docker is asked after the page has painted: the first frame comes first.
    void showEvent(QShowEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void queryStates();
    void showStates();

    QListWidget *m_recent = nullptr;
    QWidget *m_recentBox = nullptr;
    QWidget *m_emptyBox = nullptr;
    QLabel *m_picture = nullptr;
    QStringList m_paths;
    DockerEnvironment *m_environment = nullptr;
    StackStates *m_states = nullptr;
    bool m_queryAfterPaint = false;
};

} // namespace Berth
