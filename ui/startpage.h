#pragma once

#include <QWidget>

class QListWidget;

namespace Berth {

// What Berth shows with no project open: the two ways in, and the recent projects.
class StartPage : public QWidget
{
    Q_OBJECT
public:
    explicit StartPage(QWidget *parent = nullptr);

    void setRecentProjects(const QStringList &paths);

Q_SIGNALS:
    void newSetupRequested();
    void openProjectRequested();
    void recentProjectActivated(const QString &path);

private:
    QListWidget *m_recent = nullptr;
    QWidget *m_recentBox = nullptr;
};

} // namespace Berth
