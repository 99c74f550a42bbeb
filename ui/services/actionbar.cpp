#include "actionbar.h"

#include <QLabel>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Berth {

ActionBar::ActionBar(QWidget *parent)
    : QWidget(parent)
{
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(0);

    const struct
    {
        const char16_t *name;
        QString text;
        QString tip;
        Action action;
    } actions[] = {
        {u"build", tr("Build"), tr("Build the images (docker compose build)"), Action::Build},
        {u"up", tr("Up"), tr("Create and start the containers (docker compose up -d)"), Action::Up},
        {u"start", tr("Start"), tr("Start existing containers"), Action::Start},
        {u"stop", tr("Stop"), tr("Stop the containers, keeping them"), Action::Stop},
        {u"restart", tr("Restart"), tr("Restart the containers"), Action::Restart},
        {u"down", tr("Down"), tr("Stop and remove the containers (and the stack's networks)"), Action::Down},
    };
    QToolBar *stack = addBar(u"stackActions"_s, tr("Stack: "));
    QToolBar *service = addBar(u"serviceActions"_s, tr("Service: "));
    for (const auto &a : actions) {
        QToolButton *s = addButton(stack, u"stack_"_s + QString::fromUtf16(a.name), a.text, a.tip);
        connect(s, &QToolButton::clicked, this, [this, action = a.action] { Q_EMIT stackAction(action); });
        m_stack.append(s);
        QToolButton *v = addButton(service, u"service_"_s + QString::fromUtf16(a.name), a.text, a.tip + tr(", for the selected service"));
        connect(v, &QToolButton::clicked, this, [this, action = a.action] { Q_EMIT serviceAction(action); });
        m_service.append(v);
    }
    QToolButton *volumes = addButton(stack, u"stack_downVolumes"_s, tr("Down + Volumes…"),
                                     tr("Also delete the project's named volumes (asks first)"));
    connect(volumes, &QToolButton::clicked, this, [this] { Q_EMIT stackAction(Action::DownWithVolumes); });
    m_stack.append(volumes);

    const struct
    {
        const char16_t *name;
        QString text;
        QString tip;
        Chore chore;
    } chores[] = {
        {u"chore_tests", tr("Run Tests"), tr("pytest in the tests service; results in the Tests tab"), Chore::RunTests},
        {u"chore_migrate", tr("Migrate"), tr("manage.py migrate"), Chore::Migrate},
        {u"chore_makemigrations", tr("Make Migrations"), tr("manage.py makemigrations"), Chore::MakeMigrations},
        {u"chore_showmigrations", tr("Show Migrations"), tr("manage.py showmigrations"), Chore::ShowMigrations},
        {u"chore_collectstatic", tr("Collect Static"), tr("manage.py collectstatic --noinput"), Chore::CollectStatic},
        {u"chore_checkdeploy", tr("Check Deploy"), tr("manage.py check --deploy"), Chore::CheckDeploy},
        {u"chore_superuser", tr("Superuser…"), tr("manage.py createsuperuser"), Chore::Superuser},
        {u"chore_shell", tr("Django Shell"), tr("manage.py shell in a terminal window"), Chore::Shell},
        {u"chore_opensite", tr("Open Site"), tr("Open the site in the browser (nginx, or the app when there is no nginx)"),
         Chore::OpenSite},
    };
    QToolBar *choreBar = addBar(u"choreActions"_s, QString());
    for (const auto &c : chores) {
        QToolButton *b = addButton(choreBar, QString::fromUtf16(c.name), c.text, c.tip);
        connect(b, &QToolButton::clicked, this, [this, chore = c.chore] { Q_EMIT this->chore(chore); });
        if (c.chore == Chore::OpenSite)
            m_openSite = b;
        else
            m_chores.append(b);
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

QToolButton *ActionBar::addButton(QToolBar *bar, const QString &name, const QString &text, const QString &tip)
{
    auto *button = new QToolButton(bar);
    button->setObjectName(name);
    button->setText(text);
    button->setToolTip(tip);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addWidget(button);
    return button;
}

void ActionBar::setStackEnabled(bool enabled)
{
    for (QToolButton *b : std::as_const(m_stack))
        b->setEnabled(enabled);
}

void ActionBar::setServiceEnabled(bool enabled)
{
    for (QToolButton *b : std::as_const(m_service))
        b->setEnabled(enabled);
}

void ActionBar::setChoresEnabled(bool enabled, bool siteKnown)
{
    for (QToolButton *b : std::as_const(m_chores))
        b->setEnabled(enabled);
    m_openSite->setEnabled(siteKnown);
}

} // namespace Berth
