#pragma once

#include <QList>

#include <functional>

class QAction;
class QMenu;
class QMenuBar;
class QObject;
class QWidget;

namespace Berth {

class DockerEnvironment;
class EditorArea;
class SessionActions;
class SyntaxEngine;

// The main window's menus that are lists of other objects' actions.

// Edit: undo, redo, find, replace, go to line on the current editor; returns the actions that
// need an open project.
QList<QAction *> addEditMenu(QMenuBar *bar, EditorArea *editors);
// Stack: the session's actions (SessionActions, the same QActions as the services panel's
// buttons, with their shortcuts), those on the selected service in a submenu, and Cancel.
void addStackMenu(QMenuBar *bar, SessionActions *actions);
// View → Editor Theme, filled when first opened from the highlighting plugin (loadEngine).
void addThemeMenu(QMenu *view, EditorArea *editors, const std::function<SyntaxEngine *()> &loadEngine);

// File ▸ Check Setup… (Ctrl+Shift+K): the doctor's dialog on the open project.
// engine: the open project's engine (null: none open); a remote one is asked for its ports.
QAction *addCheckSetupAction(QMenu *file, QWidget *window, const std::function<QString()> &projectDir,
                             const std::function<const DockerEnvironment *()> &engine);

// File ▸ Settings… (Ctrl+,): the docker program and the terminal. A new docker program goes to
// the open project's environment (when there is one), which probes again.
QAction *addSettingsAction(QMenu *file, QWidget *window, const std::function<DockerEnvironment *()> &environment);

// Help ▸ About Berth, About Qt.
void addHelpMenu(QMenuBar *bar, QObject *receiver, const std::function<void()> &showAbout);

} // namespace Berth
