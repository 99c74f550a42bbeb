#include "problemsdock.h"

#include "editor/codeeditor.h"
#include "editor/editorarea.h"
#include "editor/editortab.h"
#include "editor/editorvalidation.h"

#include "validation/problemmodel.h"

#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QStyle>
#include <QTabWidget>
#include <QTextBlock>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace Berth {

namespace {

// The severity as the style's own error and warning icons on the message.
class SeverityIcons : public QIdentityProxyModel
{
public:
    SeverityIcons(QStyle *style, QObject *parent)
        : QIdentityProxyModel(parent)
        , m_error(style->standardIcon(QStyle::SP_MessageBoxCritical))
        , m_warning(style->standardIcon(QStyle::SP_MessageBoxWarning))
    {
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DecorationRole && index.column() == ProblemModel::MessageColumn) {
            const auto severity = FileProblem::Severity(index.data(ProblemModel::SeverityRole).toInt());
            return severity == FileProblem::Severity::Error ? m_error : m_warning;
        }
        return QIdentityProxyModel::data(index, role);
    }

private:
    QIcon m_error;
    QIcon m_warning;
};

} // namespace

ProblemsDock::ProblemsDock(EditorArea *editors, QWidget *parent)
    : QDockWidget(tr("Problems"), parent)
    , m_editors(editors)
    , m_view(new QTreeView(this))
{
    setObjectName(u"problemsDock"_s);
    ProblemModel *model = editors->validation()->model();
    auto *icons = new SeverityIcons(style(), this);
    icons->setSourceModel(model);
    m_view->setObjectName(u"problemsView"_s);
    m_view->setAccessibleName(tr("Problems"));
    m_view->setModel(icons);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ProblemModel::MessageColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(ProblemModel::FileColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(ProblemModel::LineColumn, QHeaderView::ResizeToContents);
    m_view->setToolTip(tr("Problems in the open files, found as you type; double-click one to go to its line"));
    setWidget(m_view);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) { showProblem(index.row()); });
    connect(model, &QAbstractItemModel::rowsInserted, this, &ProblemsDock::updateTitle);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ProblemsDock::updateTitle);
    updateTitle();
}

void ProblemsDock::showProblem(int row)
{
    const FileProblem problem = m_editors->validation()->model()->problem(row);
    EditorTab *tab = m_editors->tabForPath(problem.file);
    if (!tab)
        return;
    m_editors->tabWidget()->setCurrentWidget(tab);
    CodeEditor *editor = tab->editor();
    editor->goToLine(qMax(1, problem.line));
    if (problem.column > 1) {
        QTextCursor cursor = editor->textCursor();
        cursor.setPosition(cursor.block().position() + qMin(problem.column - 1, cursor.block().length() - 1));
        editor->setTextCursor(cursor);
    }
}

void ProblemsDock::updateTitle()
{
    const int count = m_editors->validation()->model()->rowCount();
    setWindowTitle(count == 0 ? tr("Problems") : tr("Problems (%1)").arg(count));
}

} // namespace Berth
