#pragma once

#include "generate/fileset.h"

#include <QWizardPage>

class QLabel;
class QStackedWidget;
class QTabWidget;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace Berth {

class CodeEditor;
class SetupAnswers;

// Page 6: every file the setup consists of, marked new / changed / unchanged / conflict / merged
// with the user's edits, each in an editor tab (editable before it is written; a merge shows
// what will be written) with a diff against the disk (for a conflict with a merge base, only the
// regions both changed), the article corrections it carries beside it, and a choice per file to
// write it or skip it.
class ReviewPage : public QWizardPage
{
    Q_OBJECT
public:
    ReviewPage(SetupAnswers *answers, QWidget *parent);

    void initializePage() override;
    bool isComplete() const override;

    // The files to write, with the user's edits, and which of them to write.
    FileSet filesToWrite() const;
    QStringList selectedPaths() const;
    QStringList selectedConflicts() const;
    QList<PlannedFile> plan() const { return m_plan; }
    // For tests and keyboard users: choose a file by path.
    void setSelected(const QString &path, bool write);
    CodeEditor *editorFor(const QString &path) const;
    void showDiff(const QString &path, bool diff);
    QString correctionsText() const;

private:
    struct Entry {
        PlannedFile planned;
        GeneratedFile file;
        QTreeWidgetItem *item = nullptr;
        CodeEditor *editor = nullptr;
        CodeEditor *diff = nullptr;
        QStackedWidget *stack = nullptr;
    };
    void clear();
    void showCorrections(int index);
    void updateDiff(Entry &entry);

    SetupAnswers *m_answers;
    FileSet m_files;
    QList<PlannedFile> m_plan;
    QList<Entry> m_entries;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_list = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTextBrowser *m_corrections = nullptr;
};

} // namespace Berth
