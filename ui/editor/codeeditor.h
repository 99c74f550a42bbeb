#pragma once

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Theme>

#include <QPlainTextEdit>

namespace Berth {

class ChunkedHighlighter;

// A plain-text editor with line numbers, current-line highlight, KSyntaxHighlighting colours and
// indentation suited to the file (spaces everywhere; two for YAML). Knows nothing of files.
class CodeEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit CodeEditor(QWidget *parent = nullptr);
    ~CodeEditor() override;

    void setDefinition(const KSyntaxHighlighting::Definition &definition);
    KSyntaxHighlighting::Definition definition() const;
    void setTheme(const KSyntaxHighlighting::Theme &theme);
    KSyntaxHighlighting::Theme theme() const { return m_theme; }

    int indentWidth() const { return m_indentWidth; }
    void goToLine(int line);
    int lineNumberAreaWidth() const;
    ChunkedHighlighter *highlighter() const { return m_highlighter; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    friend class LineNumberArea;
    void paintLineNumbers(QPaintEvent *event);
    void updateLineNumberAreaWidth();
    void updateLineNumberArea(const QRect &rect, int dy);
    void highlightCurrentLine();
    bool handleIndentKey(QKeyEvent *event);

    QWidget *m_lineNumbers = nullptr;
    ChunkedHighlighter *m_highlighter = nullptr;
    KSyntaxHighlighting::Theme m_theme;
    int m_indentWidth = 4;
};

} // namespace Berth
