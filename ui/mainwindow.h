#pragma once

#include <QMainWindow>

class QDockWidget;
class QLabel;
class QListWidget;
class QMenu;
class QPlainTextEdit;
class QStackedWidget;

namespace Berth {

class EditorArea;
class ServicesPanel;
class SessionActions;
class SyntaxEngine;
class StartPage;

// The application shell: start page, the open project (setup files + editor tabs),
// the services panel and the output pane as docks, menus with shortcuts.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a project folder; returns false (and says why in the status bar) when it cannot.
    bool openProject(const QString &directory);
    void closeProject();
    QString projectDirectory() const { return m_projectDir; }
    EditorArea *editorArea() const { return m_editors; }
    // The services panel, made when first needed (the first project opened).
    ServicesPanel *servicesPanel();
    // Opens a file of the project in an editor tab (relative to the project folder or absolute).
    bool openFile(const QString &path);

    // The output pane: every command Berth runs appears here with its output.
    void appendOutput(const QString &text);

Q_SIGNALS:
    void projectOpened(const QString &directory);
    void projectClosed();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool event(QEvent *event) override;

private:
    void createActions();
    void createDocks();
    // Makes the docks if they are not there yet, shown or hidden.
    void ensureDocks(bool shown);
    void refreshRecentProjects();
    void chooseProject();
    void newSetup();
    void changeSetup();
    void runWizard(const QString &projectDir);
    void showAbout();
    void updateActions();
    void refreshFileList();
    // The highlighting plugin (loading it if needed); says once in the status bar when it cannot
    // be loaded.
    SyntaxEngine *loadSyntaxEngine();

    // After the first paint, how long the window stays idle before the plugin is loaded.
    static constexpr int SyntaxEngineDelayMs = 20;

    QString m_projectDir;
    QStackedWidget *m_stack = nullptr;
    StartPage *m_startPage = nullptr;
    QWidget *m_projectView = nullptr;
    QListWidget *m_fileList = nullptr;
    EditorArea *m_editors = nullptr;
    QDockWidget *m_servicesDock = nullptr;
    ServicesPanel *m_servicesPanel = nullptr;
    SessionActions *m_sessionActions = nullptr;
    QDockWidget *m_outputDock = nullptr;
    QPlainTextEdit *m_output = nullptr;
    QAction *m_showServices = nullptr;
    QAction *m_showOutput = nullptr;
    QLabel *m_projectLabel = nullptr;
    QList<QAction *> m_projectActions;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    bool m_firstPaintSeen = false;
    bool m_docksShown = false; // the first project showed the docks (or they were made shown)
    bool m_toldSyntaxEngineProblem = false;
};

} // namespace Berth
