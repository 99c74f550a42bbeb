#pragma once

#include <QDockWidget>

class QTreeView;

namespace Berth {

class EditorArea;

// The Problems pane: what live validation found in the open files (YAML syntax errors,
// `docker compose config`'s errors and warnings), one row each; a double-click (or Enter) shows
// the line in its editor. Follows the EditorArea's ProblemModel as the user types.
class ProblemsDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit ProblemsDock(EditorArea *editors, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    // Shows row's file at its line and column.
    void showProblem(int row);

private:
    void updateTitle();

    EditorArea *m_editors;
    QTreeView *m_view;
};

} // namespace Berth
