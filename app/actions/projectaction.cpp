#include "projectaction.h"

#include "docker/djangochores.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Berth::ProjectActions {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Berth::ProjectActions", text);
}

QList<ProjectAction> describeAll()
{
    using K = ProjectAction::Kind;
    const auto ctrl = [](Qt::Key key) { return QKeyCombination(Qt::ControlModifier, key); };
    const auto ctrlShift = [](Qt::Key key) { return QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, key); };
    QList<ProjectAction> actions{
        {ActionId::Build, u"stack_build"_s, tr("&Build"), tr("Build"), tr("Build the images (docker compose build)"),
         K::Compose, {u"build"_s}, ctrlShift(Qt::Key_B)},
        {ActionId::Up, u"stack_up"_s, tr("&Up"), tr("Up"), tr("Create and start the containers (docker compose up -d)"),
         K::Compose, {u"up"_s, u"-d"_s}, ctrlShift(Qt::Key_U)},
        {ActionId::Start, u"stack_start"_s, tr("S&tart"), tr("Start"), tr("Start existing containers"), K::Compose,
         {u"start"_s}},
        {ActionId::Stop, u"stack_stop"_s, tr("St&op"), tr("Stop"), tr("Stop the containers, keeping them"), K::Compose,
         {u"stop"_s}, ctrlShift(Qt::Key_X)},
        {ActionId::Restart, u"stack_restart"_s, tr("&Restart"), tr("Restart"), tr("Restart the containers"), K::Compose,
         {u"restart"_s}, ctrlShift(Qt::Key_R)},
        {ActionId::Down, u"stack_down"_s, tr("&Down"), tr("Down"),
         tr("Stop and remove the containers (and the stack's networks)"), K::Compose, {u"down"_s}, ctrlShift(Qt::Key_D)},
        {ActionId::DownWithVolumes, u"stack_downVolumes"_s, tr("Down and Delete &Volumes…"), tr("Down + Volumes"),
         tr("Also delete the project's named volumes (asks first)"), K::Compose, {u"down"_s, u"--volumes"_s}, {}, false,
         true},
    };
    // The same compose commands for the selected service.
    const ActionId perService[] = {ActionId::BuildService, ActionId::UpService,      ActionId::StartService,
                                   ActionId::StopService,  ActionId::RestartService, ActionId::DownService};
    for (int i = 0; i < 6; ++i) {
        ProjectAction a = actions.at(i);
        a.id = perService[i];
        a.name = u"service_"_s + a.name.mid(6);
        a.menuTitle = tr("%1 the Selected Service").arg(a.menuTitle);
        a.toolTip = tr("%1, for the selected service").arg(a.toolTip);
        a.shortcut = {};
        a.needsService = true;
        actions.append(a);
    }
    actions += QList<ProjectAction>{
        {ActionId::RunTests, u"chore_tests"_s, tr("Run &Tests"), tr("Run Tests"),
         tr("pytest in the tests service; results in the Tests tab"), K::Tests, {}, ctrl(Qt::Key_T)},
        {ActionId::RunFailedTests, u"chore_failedTests"_s, tr("Run &Failed Tests Again"), tr("Run Failed Tests Again"),
         tr("pytest --last-failed in the tests service"), K::Tests, {u"--last-failed"_s}, ctrlShift(Qt::Key_T)},
        {ActionId::Migrate, u"chore_migrate"_s, tr("&Migrate"), tr("Migrate"), tr("manage.py migrate"), K::Manage,
         {u"migrate"_s}, ctrlShift(Qt::Key_M)},
        {ActionId::MakeMigrations, u"chore_makemigrations"_s, tr("Make M&igrations"), tr("Make Migrations"),
         tr("manage.py makemigrations"), K::Manage, {u"makemigrations"_s}},
        {ActionId::ShowMigrations, u"chore_showmigrations"_s, tr("Show Mi&grations"), tr("Show Migrations"),
         tr("manage.py showmigrations"), K::Manage, {u"showmigrations"_s}},
        {ActionId::CollectStatic, u"chore_collectstatic"_s, tr("&Collect Static Files"), tr("Collect Static"),
         tr("manage.py collectstatic --noinput"), K::Manage, {u"collectstatic"_s, u"--noinput"_s}},
        {ActionId::CheckDeploy, u"chore_checkdeploy"_s, tr("Check for &Deployment"), tr("Check Deploy"),
         tr("manage.py check --deploy"), K::Manage, {u"check"_s, u"--deploy"_s}},
        {ActionId::CreateSuperuser, u"chore_superuser"_s, tr("Create Su&peruser…"), tr("Create Superuser"),
         tr("manage.py createsuperuser"), K::Superuser, {}, {}, false, true},
        {ActionId::Shell, u"chore_shell"_s, tr("Django &Shell in a Terminal"), tr("Django Shell"),
         tr("manage.py shell in a terminal window"), K::Shell, {u"shell"_s}, ctrlShift(Qt::Key_J)},
        {ActionId::OpenSite, u"chore_opensite"_s, tr("Open &Site in the Browser"), tr("Open Site"),
         tr("Open the site in the browser (nginx, or the app when there is no nginx)"), K::OpenSite, {},
         ctrlShift(Qt::Key_O)},
    };
    return actions;
}

} // namespace

const QList<ProjectAction> &all()
{
    // Built on first use, after the translators are installed.
    static const QList<ProjectAction> actions = describeAll();
    return actions;
}

const ProjectAction &get(ActionId id)
{
    const QList<ProjectAction> &actions = all();
    for (const ProjectAction &a : actions) {
        if (a.id == id)
            return a;
    }
    Q_UNREACHABLE();
}

QStringList arguments(ActionId id, const ComposeConfig &config, const QString &service)
{
    const ProjectAction &action = get(id);
    switch (action.kind) {
    case ProjectAction::Kind::Compose:
        if (!action.needsService)
            return action.command;
        if (service.isEmpty())
            return {};
        return action.command + QStringList{service};
    case ProjectAction::Kind::Manage:
    case ProjectAction::Kind::Shell:
        return DjangoChores::manage(config, action.command);
    default:
        return {};
    }
}

} // namespace Berth::ProjectActions
