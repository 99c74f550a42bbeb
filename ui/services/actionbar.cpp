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
    // Icons, with the action's title and shortcut in the tool tip: every button fits in a narrow
    // dock (1200×780's default Services column) with nothing behind the overflow arrow.
    bar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    bar->setIconSize(QSize(20, 20));
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
    // An action without an icon of its own keeps its text.
    button->setToolButtonStyle(action->icon().isNull() ? Qt::ToolButtonTextOnly : Qt::ToolButtonIconOnly);
    button->setAccessibleName(action->iconText());
    bar->addWidget(button);
}

} // namespace Berth
