#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Berth {

class CodeEditor;

// Find / replace over one editor at a time: text or regular expression, case sensitivity,
// wrap-around, replace one or all (as one undo step).
class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(QWidget *parent = nullptr);

    void setEditor(CodeEditor *editor);
    void showFind();
    void showReplace();

    bool findNext();
    bool findPrevious();
    bool replaceCurrent();
    int replaceAll();

    QLineEdit *findField() const { return m_find; }
    QLineEdit *replaceField() const { return m_replace; }
    void setRegularExpression(bool on);
    void setCaseSensitive(bool on);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool find(bool backward);
    bool currentSelectionMatches() const;
    void setReplaceVisible(bool visible);
    void showResult(bool found);

    CodeEditor *m_editor = nullptr;
    QLineEdit *m_find = nullptr;
    QLineEdit *m_replace = nullptr;
    QCheckBox *m_case = nullptr;
    QCheckBox *m_regex = nullptr;
    QPushButton *m_replaceOne = nullptr;
    QPushButton *m_replaceAllButton = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_replaceRow = nullptr;
};

} // namespace Berth
