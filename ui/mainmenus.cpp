#include "mainmenus.h"

#include "docker/dockerenvironment.h"
#include "doctor/doctordialog.h"
#include "editor/editorarea.h"
#include "editor/findbar.h"
#include "editor/syntaxengine.h"
#include "services/sessionactions.h"
#include "settingsdialog.h"

#include <QActionGroup>
#include <QApplication>
#include <QCoreApplication>
#include <QMenu>
#include <QMenuBar>

using namespace Qt::StringLiterals;

namespace Berth {

namespace {
// The context lupdate files these tr() calls under (the scope they are called from).
QString tr(const char *text)
{
    return QCoreApplication::translate("Berth", text);
}
} // namespace

QList<QAction *> addEditMenu(QMenuBar *bar, EditorArea *editors)
{
    QMenu *edit = bar->addMenu(tr("&Edit"));
    QAction *undo = edit->addAction(tr("&Undo"), editors, &EditorArea::undo);
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = edit->addAction(tr("&Redo"), editors, &EditorArea::redo);
    redo->setShortcut(QKeySequence::Redo);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find…"), editors, &EditorArea::showFind);
    find->setShortcut(QKeySequence::Find);
    QAction *findNext = edit->addAction(tr("Find &Next"), editors, [editors] { editors->findBar()->findNext(); });
    findNext->setShortcut(QKeySequence::FindNext);
    QAction *findPrevious =
        edit->addAction(tr("Find Pre&vious"), editors, [editors] { editors->findBar()->findPrevious(); });
    findPrevious->setShortcut(QKeySequence::FindPrevious);
    QAction *replace = edit->addAction(tr("R&eplace…"), editors, &EditorArea::showReplace);
    replace->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    QAction *goToLine = edit->addAction(tr("&Go to Line…"), editors, &EditorArea::goToLine);
    goToLine->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    return {undo, redo, find, findNext, findPrevious, replace, goToLine};
}

void addStackMenu(QMenuBar *bar, SessionActions *actions)
{
    QMenu *stack = bar->addMenu(tr("&Stack"));
    stack->setObjectName(u"stackMenu"_s);
    QMenu *service = nullptr;
    for (const ProjectAction &description : ProjectActions::all()) {
        QAction *action = actions->action(description.id);
        if (description.needsService) {
            if (!service)
                service = stack->addMenu(tr("Selected S&ervice"));
            service->addAction(action);
            continue;
        }
        if (description.id == ActionId::RunTests)
            stack->addSeparator();
        stack->addAction(action);
    }
    stack->addSeparator();
    stack->addAction(actions->cancelAction());
}

void addThemeMenu(QMenu *view, EditorArea *editors, const std::function<SyntaxEngine *()> &loadEngine)
{
    QMenu *themes = view->addMenu(tr("Editor &Theme"));
    themes->setObjectName(u"themeMenu"_s);
    // Filled when first opened: the themes come from the highlighting plugin, which the first
    // paint does not wait for (loaded here if it has not been yet).
    QObject::connect(themes, &QMenu::aboutToShow, themes, [themes, editors, loadEngine] {
        SyntaxEngine *engine = loadEngine();
        themes->clear();
        auto *group = new QActionGroup(themes);
        const auto addTheme = [&](const QString &label, const QString &name) {
            QAction *a = themes->addAction(label);
            a->setCheckable(true);
            a->setChecked(editors->themeName() == name);
            group->addAction(a);
            QObject::connect(a, &QAction::triggered, editors, [editors, name] { editors->setThemeName(name); });
        };
        addTheme(tr("Automatic (Follow System Colors)"), QString());
        themes->addSeparator();
        if (!engine) {
            themes->addAction(tr("No Themes: Syntax Highlighting Is Off"))->setEnabled(false);
            return;
        }
        for (const SyntaxThemeInfo &theme : engine->themes())
            addTheme(theme.translatedName, theme.name);
    });
}

QAction *addCheckSetupAction(QMenu *file, QWidget *window, const std::function<QString()> &projectDir,
                             const std::function<const DockerEnvironment *()> &engine)
{
    QAction *check = file->addAction(tr("Chec&k Setup…"), window, [window, projectDir, engine] {
        auto *dialog = new DoctorDialog(projectDir(), engine(), window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    check->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    check->setToolTip(tr("Check the setup's files against each other (ports, volumes, healthchecks, berth.yaml)"));
    return check;
}

QAction *addSettingsAction(QMenu *file, QWidget *window, const std::function<DockerEnvironment *()> &environment)
{
    QAction *settings = file->addAction(tr("Se&ttings…"), window, [window, environment] {
        auto *dialog = new SettingsDialog(window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &SettingsDialog::dockerProgramChanged, window, [environment](const QString &docker) {
            if (DockerEnvironment *env = environment()) {
                env->setConfiguredCli(docker);
                env->probe();
            }
        });
        dialog->open();
    });
    // Ctrl+, where the platform has no shortcut of its own for settings (Linux, Windows).
    settings->setShortcuts({QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    settings->setMenuRole(QAction::PreferencesRole);
    settings->setToolTip(tr("The docker program and the terminal Berth uses on this computer"));
    return settings;
}

void addHelpMenu(QMenuBar *bar, QObject *receiver, const std::function<void()> &showAbout)
{
    QMenu *help = bar->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Berth"), receiver, showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

} // namespace Berth
