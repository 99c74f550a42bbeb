#include "editor/editorarea.h"

#include "editor/codeeditor.h"
#include "editor/editortab.h"
#include "editor/editorvalidation.h"
#include "editor/findbar.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Berth {

EditorArea::EditorArea(QWidget *parent)
    : QWidget(parent)
{
    m_tabs = new QTabWidget(this);
    m_validation = new EditorValidation(this);
    m_tabs->setObjectName(u"editorTabs"_s);
    m_tabs->tabBar()->setAccessibleName(tr("Open files"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_tabs, 1);

    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &EditorArea::closeTab);
    // Tab stops at the bar only when it has files to choose from (its name is the current file's).
    m_tabs->tabBar()->setFocusPolicy(Qt::NoFocus);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        m_tabs->tabBar()->setFocusPolicy(m_tabs->count() > 0 ? Qt::TabFocus : Qt::NoFocus);
        EditorTab *tab = currentTab();
        if (m_findBar)
            m_findBar->setEditor(tab ? tab->editor() : nullptr);
        Q_EMIT currentFileChanged(tab ? tab->path() : QString());
    });

    m_themeName = QSettings().value(u"editor/theme"_s).toString();
}

EditorTab *EditorArea::openFile(const QString &path, const QString &definitionName, QString *error)
{
    if (EditorTab *existing = tabForPath(path)) {
        m_tabs->setCurrentWidget(existing);
        return existing;
    }
    auto *tab = new EditorTab(path, definitionName, m_tabs);
    if (!tab->load(error)) {
        delete tab;
        return nullptr;
    }
    applyTheme(tab);
    m_validation->attach(tab);
    connect(tab, &EditorTab::modificationChanged, this, [this, tab] {
        updateTabTitle(tab);
        Q_EMIT modificationChanged();
    });
    connect(tab, &EditorTab::changedOnDisk, this, [this, tab] { updateTabTitle(tab); });
    const int index = m_tabs->addTab(tab, tab->title());
    m_tabs->setTabToolTip(index, QDir::toNativeSeparators(tab->path()));
    m_tabs->setCurrentIndex(index);
    tab->editor()->setFocus();
    return tab;
}

FindBar *EditorArea::findBar()
{
    // Made when first needed: its widgets cost ~20 ms to build, which startup should not pay.
    if (!m_findBar) {
        m_findBar = new FindBar(this);
        m_findBar->hide();
        static_cast<QVBoxLayout *>(layout())->addWidget(m_findBar);
        EditorTab *tab = currentTab();
        m_findBar->setEditor(tab ? tab->editor() : nullptr);
    }
    return m_findBar;
}

EditorTab *EditorArea::currentTab() const
{
    return qobject_cast<EditorTab *>(m_tabs->currentWidget());
}

EditorTab *EditorArea::tabForPath(const QString &path) const
{
    const QString clean = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    for (EditorTab *tab : tabs()) {
        if (tab->path() == clean)
            return tab;
    }
    return nullptr;
}

QList<EditorTab *> EditorArea::tabs() const
{
    QList<EditorTab *> list;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *tab = qobject_cast<EditorTab *>(m_tabs->widget(i)))
            list.append(tab);
    }
    return list;
}

void EditorArea::updateTabTitle(EditorTab *tab)
{
    const int index = m_tabs->indexOf(tab);
    if (index < 0)
        return;
    // The modified marker, as in most editors: a trailing bullet.
    m_tabs->setTabText(index, tab->title() + (tab->isModified() ? u" ●"_s : QString()));
}

bool EditorArea::save(EditorTab *tab)
{
    QString error;
    EditorTab::SaveResult result = tab->save(&error);
    if (result == EditorTab::SaveResult::ChangedOnDisk) {
        const auto answer = QMessageBox::warning(
            this, tr("File Changed on Disk"),
            tr("%1\n\nSaving replaces the version on disk with yours. Save anyway?").arg(error),
            QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Save)
            return false;
        result = tab->save(&error, true);
    }
    if (result == EditorTab::SaveResult::Failed) {
        QMessageBox::critical(this, tr("Save Failed"), error);
        return false;
    }
    updateTabTitle(tab);
    Q_EMIT message(tr("Saved %1").arg(QDir::toNativeSeparators(tab->path())));
    return true;
}

bool EditorArea::saveCurrent()
{
    EditorTab *tab = currentTab();
    return tab && save(tab);
}

bool EditorArea::saveAll()
{
    bool ok = true;
    for (EditorTab *tab : tabs()) {
        if (tab->isModified())
            ok = save(tab) && ok;
    }
    return ok;
}

bool EditorArea::maybeSave(EditorTab *tab)
{
    if (!tab->isModified())
        return true;
    m_tabs->setCurrentWidget(tab);
    const auto answer = QMessageBox::question(this, tr("Unsaved Changes"),
                                              tr("%1 has unsaved changes. Save them?").arg(tab->title()),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                              QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save(tab);
    return answer == QMessageBox::Discard;
}

bool EditorArea::closeTab(int index)
{
    auto *tab = qobject_cast<EditorTab *>(m_tabs->widget(index));
    if (!tab || !maybeSave(tab))
        return false;
    m_tabs->removeTab(index);
    tab->deleteLater();
    return true;
}

bool EditorArea::maybeSaveAll()
{
    for (EditorTab *tab : tabs()) {
        if (!maybeSave(tab))
            return false;
    }
    return true;
}

void EditorArea::closeAll()
{
    while (m_tabs->count() > 0) {
        QWidget *w = m_tabs->widget(0);
        m_tabs->removeTab(0);
        w->deleteLater();
    }
}

void EditorArea::setThemeName(const QString &name)
{
    m_themeName = name;
    QSettings().setValue(u"editor/theme"_s, name);
    for (EditorTab *tab : tabs())
        applyTheme(tab);
}

void EditorArea::applyTheme(EditorTab *tab)
{
    tab->editor()->setTheme(m_themeName);
}

void EditorArea::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_themeName.isEmpty()) {
        // Following the system: a dark palette gets a dark theme.
        for (EditorTab *tab : tabs())
            applyTheme(tab);
    }
    QWidget::changeEvent(event);
}

void EditorArea::showFind()
{
    if (currentTab())
        findBar()->showFind();
}

void EditorArea::showReplace()
{
    if (currentTab())
        findBar()->showReplace();
}

void EditorArea::goToLine()
{
    EditorTab *tab = currentTab();
    if (!tab)
        return;
    CodeEditor *editor = tab->editor();
    bool ok = false;
    const int line = QInputDialog::getInt(this, tr("Go to Line"),
                                          tr("Line (1–%1):").arg(editor->document()->blockCount()),
                                          editor->textCursor().blockNumber() + 1, 1,
                                          editor->document()->blockCount(), 1, &ok);
    if (ok)
        editor->goToLine(line);
}

void EditorArea::undo()
{
    if (EditorTab *tab = currentTab())
        tab->editor()->undo();
}

void EditorArea::redo()
{
    if (EditorTab *tab = currentTab())
        tab->editor()->redo();
}

} // namespace Berth
