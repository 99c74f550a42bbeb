#include "testresultspane.h"

#include "announce.h"
#include "models/testresultmodel.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Berth {

TestResultsPane::TestResultsPane(TestResultModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_tree(new QTreeView(this))
    , m_detail(new QPlainTextEdit(this))
    , m_summary(new QLabel(tr("No test run yet."), this))
    , m_rerun(new QPushButton(tr("Run Failed Again"), this))
{
    m_tree->setObjectName(u"testResults"_s);
    m_tree->setAccessibleName(tr("Test results"));
    m_tree->setModel(model);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(TestResultModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_detail->setObjectName(u"testDetail"_s);
    m_detail->setAccessibleName(tr("Why the selected test failed"));
    m_detail->setReadOnly(true);
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_detail->setPlaceholderText(tr("Select a failed test to see why it failed."));
    m_summary->setObjectName(u"testSummary"_s);
    m_summary->setWordWrap(true);
    m_rerun->setObjectName(u"runFailedAgain"_s);
    m_rerun->setEnabled(false);
    connect(m_rerun, &QPushButton::clicked, this, &TestResultsPane::runFailedAgainRequested);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        const QModelIndex name = current.siblingAtColumn(TestResultModel::NameColumn);
        m_detail->setPlainText(name.data(TestResultModel::DetailRole).toString());
    });
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_detail);
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_rerun);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    // The button above the results comes first, as it is shown.
    setTabOrder(m_rerun, m_tree);
    setTabOrder(m_tree, m_detail);
}

void TestResultsPane::showSummary(const QString &message)
{
    const TestResultModel::Summary s = m_model->summary();
    if (!message.isEmpty()) {
        m_summary->setText(message);
    } else {
        m_summary->setText(tr("%1 tests: %2 passed, %3 failed, %4 errors, %5 skipped (%6 s)")
                               .arg(s.tests)
                               .arg(s.passed())
                               .arg(s.failed)
                               .arg(s.errors)
                               .arg(s.skipped)
                               .arg(s.seconds, 0, 'f', 2));
    }
    m_rerun->setEnabled(s.failed + s.errors > 0);
    // Read out wherever the focus is: the run ended, and how.
    announce(m_summary, m_summary->text(), s.failed + s.errors > 0);
    m_tree->expandAll();
    // Open the first failure.
    for (int g = 0; g < m_model->rowCount(); ++g) {
        const QModelIndex group = m_model->index(g, 0);
        for (int t = 0; t < m_model->rowCount(group); ++t) {
            const QModelIndex test = m_model->index(t, 0, group);
            const int outcome = test.data(TestResultModel::OutcomeRole).toInt();
            if (outcome == TestResultModel::Failed || outcome == TestResultModel::Error) {
                m_tree->setCurrentIndex(test);
                return;
            }
        }
    }
}

void TestResultsPane::setRunning(bool running)
{
    if (running) {
        m_summary->setText(tr("Running tests…"));
        m_rerun->setEnabled(false);
    }
}

} // namespace Berth
