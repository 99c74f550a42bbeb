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
Q_SIGNALS:
    void loaded();

public:
    ~CodeEditor() override;

    void setDefinition(const KSyntaxHighlighting::Definition &definition);
    KSyntaxHighlighting::Definition definition() const;
    void setTheme(const KSyntaxHighlighting::Theme &theme);
    KSyntaxHighlighting::Theme theme() const { return m_theme; }

    int indentWidth() const { return m_indentWidth; }
    void goToLine(int line);

    // Sets the text; a large text (over LargeTextChars) is shown after its first part and the
    // rest appended in slices from the event loop, read-only until loaded() (setPlainText of
    // 100k lines blocks the window for hundreds of ms).
    static constexpr qsizetype LargeTextChars = 256 * 1024;
    void setContent(const QString &text);
    bool isLoading() const { return m_loadPos >= 0; }
    // Loads the rest now (tests, saving).
    void finishLoading();
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
    void loadSlice();
    void finishLoad();

    QWidget *m_lineNumbers = nullptr;
    ChunkedHighlighter *m_highlighter = nullptr;
    KSyntaxHighlighting::Theme m_theme;
    int m_indentWidth = 4;
    QString m_pending;        // the text still to append while loading
    qsizetype m_loadPos = -1; // how much of m_pending is in the document; -1: not loading
    qsizetype m_sliceChars = 64 * 1024;
    bool m_wasReadOnly = false;
};

} // namespace Berth
