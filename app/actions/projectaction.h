#pragma once

#include "docker/composeconfig.h"

#include <QKeyCombination>
#include <QList>
#include <QString>
#include <QStringList>

namespace Berth {

// Every action a person takes on an open project's stack. ui/ makes one QAction per value
// (tool bars, the Stack menu, context menus and shortcuts share it); ProjectSession runs it.
enum class ActionId {
    Build,
    Up,
    Start,
    Stop,
    Restart,
    Down,
    DownWithVolumes,
    BuildService,
    UpService,
    StartService,
    StopService,
    RestartService,
    DownService,
    RunTests,
    RunFailedTests,
    Migrate,
    MakeMigrations,
    ShowMigrations,
    CollectStatic,
    CheckDeploy,
    CreateSuperuser,
    Shell,
    OpenSite,
};

// One action, described once: what it is called, what it runs, and what it needs.
struct ProjectAction
{
    enum class Kind {
        Compose,   // `compose COMMAND [SERVICE]`
        Manage,    // `manage.py COMMAND` through DjangoChores
        Tests,     // pytest through the tests service, with a JUnit report
        Superuser, // createsuperuser: needs a name, an address and a password first
        Shell,     // manage.py shell in a terminal window
        OpenSite,  // the site's URL, for the browser
    };

    ActionId id;
    QString name;        // stable, for object names: "stack_up", "service_down", "chore_migrate"
    QString menuTitle;   // with its mnemonic: "&Up"
    QString title;       // tool bars and results: "Up" ("Up: done."); asksFirst adds "…" on buttons
    QString toolTip;
    Kind kind;
    QStringList command; // Compose: the compose sub-command; Manage: the manage.py command
    QKeyCombination shortcut = {}; // Qt::Key_unknown: none
    bool needsService = false; // runs for the selected service
    bool asksFirst = false;    // the view asks (a confirmation or the values) before it runs
};

namespace ProjectActions {

const QList<ProjectAction> &all();
const ProjectAction &get(ActionId id);

// The compose arguments of a Compose or Manage action (service: the selected one, for
// needsService actions); empty for the other kinds and when a needed service is missing.
QStringList arguments(ActionId id, const ComposeConfig &config, const QString &service = {});

} // namespace ProjectActions

} // namespace Berth
