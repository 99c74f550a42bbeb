#include "actionbar.h"

#include "sessionactions.h"

#include <QAction>
#include <QLabel>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Berth {

ActionBar::ActionBar(SessionActions *actions, QWidget *parent)
    : QWidget(parent)
{
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(0);

    QToolBar *stack = addBar(u"stackActions"_s, tr("Stack: "));
    QToolBar *service = addBar(u"serviceActions"_s, tr("Service: "));
    QToolBar *chores = addBar(u"choreActions"_s, QString());
    for (const ProjectAction &description : ProjectActions::all()) {
        if (description.id == ActionId::RunFailedTests) // the Tests tab has that button
            continue;
        QToolBar *bar = description.needsService                          ? service
                        : description.kind == ProjectAction::Kind::Compose ? stack
                                                                           : chores;
        addButton(bar, actions->action(description.id));
    }
}

QToolBar *ActionBar::addBar(const QString &name, const QString &label)
{
    auto *bar = new QToolBar(this);
    bar->setObjectName(name);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    if (!label.isEmpty())
        bar->addWidget(new QLabel(label, bar));
    layout()->addWidget(bar);
    return bar;
}

void ActionBar::addButton(QToolBar *bar, QAction *action)
{
    // A button of our own rather than QToolBar::addAction's, so tests and screenshots find it
    // by the action's name.
    auto *button = new QToolButton(bar);
    button->setObjectName(action->objectName());
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addWidget(button);
}

} // namespace Berth
