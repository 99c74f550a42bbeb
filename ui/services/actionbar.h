#pragma once

#include <QWidget>

class QAction;
class QToolBar;

namespace Berth {

class SessionActions;

// The panel's buttons in three tool bars: the stack, the selected service, and the Django
// chores, each a QToolButton on a shared QAction. Tool bars fold what does not fit a narrow
// dock into their extension menu (»).
class ActionBar : public QWidget
{
    Q_OBJECT
public:
    explicit ActionBar(SessionActions *actions, QWidget *parent = nullptr);

private:
    QToolBar *addBar(const QString &name, const QString &label);
    void addButton(QToolBar *bar, QAction *action);
};

} // namespace Berth
