#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeView;

namespace Berth {

class TestResultModel;

// Results of the last test run as a tree (module/class -> test), the selected failure's text,
// and "Run failed again".
class TestResultsPane : public QWidget
{
    Q_OBJECT
public:
    explicit TestResultsPane(TestResultModel *model, QWidget *parent = nullptr);

    QTreeView *tree() const { return m_tree; }
    // Called after the model loaded a report (or failed to: message says why).
    void showSummary(const QString &message = {});
    void setRunning(bool running);

Q_SIGNALS:
    void runFailedAgainRequested();

private:
    TestResultModel *m_model;
    QTreeView *m_tree;
    QPlainTextEdit *m_detail;
    QLabel *m_summary;
    QPushButton *m_rerun;
};

} // namespace Berth
