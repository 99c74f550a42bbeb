// MainWindow's docks: Services, Output and Problems, made with the first project (or when the
// View menu asks for them).
#include "mainwindow.h"

#include "editor/editorarea.h"
#include "problemsdock.h"

#include <QAction>
#include <QDockWidget>
#include <QFontDatabase>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>

#include <utility>

using namespace Qt::StringLiterals;

namespace Berth {

void MainWindow::ensureDocks(bool shown)
{
    if (m_servicesDock) {
        // Made hidden (output before any project: the wizard's list of files), shown by the first project.
        if (shown && !std::exchange(m_docksShown, true)) {
            m_servicesDock->show();
            m_outputDock->show();
        }
        return;
    }
    m_docksShown = shown;
    createDocks();
    m_servicesDock->setVisible(shown);
    m_outputDock->setVisible(shown);
    // The View menu's actions follow the docks from now on (closed with their title bar's button too).
    connect(m_servicesDock->toggleViewAction(), &QAction::toggled, m_showServices, &QAction::setChecked);
    connect(m_outputDock->toggleViewAction(), &QAction::toggled, m_showOutput, &QAction::setChecked);
    m_showServices->setChecked(shown);
    m_showOutput->setChecked(shown);
}

void MainWindow::createDocks()
{
    m_servicesDock = new QDockWidget(tr("Services"), this);
    m_servicesDock->setObjectName(u"servicesDock"_s);
    // The panel is built with the first project: the start page does not need its widgets.
    auto *noProject = new QLabel(tr("Open a project to see its services."), m_servicesDock);
    noProject->setAlignment(Qt::AlignCenter);
    noProject->setWordWrap(true);
    m_servicesDock->setWidget(noProject);
    addDockWidget(Qt::RightDockWidgetArea, m_servicesDock);

    m_outputDock = new QDockWidget(tr("Output"), this);
    m_outputDock->setObjectName(u"outputDock"_s);
    m_output = new QPlainTextEdit(m_outputDock);
    m_output->setObjectName(u"output"_s);
    m_output->setAccessibleName(tr("Output"));
    m_output->setReadOnly(true);
    m_output->setMaximumBlockCount(10000);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setPlaceholderText(tr("Commands Berth runs, and what they print, appear here."));
    m_outputDock->setWidget(m_output);
    addDockWidget(Qt::BottomDockWidgetArea, m_outputDock);
    // Problems of the open files beside Output (a tab would hide one of them).
    auto *problems = new ProblemsDock(m_editors, this);
    addDockWidget(Qt::BottomDockWidgetArea, problems);
    splitDockWidget(m_outputDock, problems, Qt::Horizontal);
    m_viewMenu->addAction(problems->toggleViewAction());
    // Room for the services table's state, ports and usage beside the editor (ServiceColumns fits the rest).
    resizeDocks({m_servicesDock}, {qBound(340, width() * 35 / 100, 560)}, Qt::Horizontal);
    resizeDocks({m_outputDock}, {170}, Qt::Vertical);
}

} // namespace Berth
