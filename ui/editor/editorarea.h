#pragma once

#include <QWidget>

class QTabWidget;

namespace Berth {

class EditorTab;
class EditorValidation;
class FindBar;

// The editor tabs of a project: opens files with the right highlighting, marks modified tabs,
// saves atomically, asks before closing unsaved work, applies one theme to every editor and
// follows the palette (light / dark) unless the user picked a theme.
class EditorArea : public QWidget
{
    Q_OBJECT
public:
    explicit EditorArea(QWidget *parent = nullptr);

    // Opens path (or focuses its tab) with the given syntax definition name.
    EditorTab *openFile(const QString &path, const QString &definitionName, QString *error = nullptr);
    EditorTab *currentTab() const;
    EditorTab *tabForPath(const QString &path) const;
    QList<EditorTab *> tabs() const;
    QTabWidget *tabWidget() const { return m_tabs; }
    FindBar *findBar();
    // Live validation of the open files and their problems.
    EditorValidation *validation() const { return m_validation; }

    bool saveCurrent();
    bool saveAll();
    bool closeTab(int index);
    // Asks about every modified tab (Save / Discard / Cancel); false when the user cancelled.
    bool maybeSaveAll();
    void closeAll(); // without asking; call maybeSaveAll() first

    // Empty name: follow the palette. Stored in QSettings ("editor/theme").
    void setThemeName(const QString &name);
    QString themeName() const { return m_themeName; }

    void showFind();
    void showReplace();
    void goToLine();
    void undo();
    void redo();

Q_SIGNALS:
    void currentFileChanged(const QString &path);
    void modificationChanged();
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    bool save(EditorTab *tab);
    bool maybeSave(EditorTab *tab);
    void updateTabTitle(EditorTab *tab);
    void applyTheme(EditorTab *tab);

    QTabWidget *m_tabs = nullptr;
    FindBar *m_findBar = nullptr;
    EditorValidation *m_validation = nullptr;
    QString m_themeName;
};

} // namespace Berth
