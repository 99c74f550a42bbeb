#pragma once

#include <QList>
#include <QWidget>

class QToolBar;
class QToolButton;

namespace Berth {

// The panel's buttons in three tool bars: the stack, the selected service, and the Django
// chores. Tool bars fold what does not fit a narrow dock into their extension menu (»).
class ActionBar : public QWidget
{
    Q_OBJECT
public:
    enum class Action { Build, Up, Start, Stop, Restart, Down, DownWithVolumes };
    Q_ENUM(Action)
    enum class Chore { RunTests, Migrate, MakeMigrations, ShowMigrations, CollectStatic, CheckDeploy, Superuser, Shell, OpenSite };
    Q_ENUM(Chore)

    explicit ActionBar(QWidget *parent = nullptr);

    void setStackEnabled(bool enabled);
    void setServiceEnabled(bool enabled);
    void setChoresEnabled(bool enabled, bool siteKnown);

Q_SIGNALS:
    void stackAction(Berth::ActionBar::Action action);
    void serviceAction(Berth::ActionBar::Action action);
    void chore(Berth::ActionBar::Chore chore);

private:
    QToolBar *addBar(const QString &name, const QString &label);
    QToolButton *addButton(QToolBar *bar, const QString &name, const QString &text, const QString &tip);

    QList<QToolButton *> m_stack;
    QList<QToolButton *> m_service;
    QList<QToolButton *> m_chores;
    QToolButton *m_openSite = nullptr;
};

} // namespace Berth
