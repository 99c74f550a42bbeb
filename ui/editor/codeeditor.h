#pragma once

#include "editor/problemmarks.h"
#include "editor/syntaxengine.h"

#include <QKeySequence>
#include <QPlainTextEdit>

namespace Berth {

class EditorHighlighter;

// A plain-text editor with line numbers, current-line highlight, syntax colours (KSyntaxHighlighting
// through the plugin of syntaxengine.h; plain text without it) and indentation suited to the
// file (spaces everywhere; two for YAML). Knows nothing of files. The first one made loads the
// plugin.
class CodeEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit CodeEditor(QWidget *parent = nullptr);
Q_SIGNALS:
    void loaded();

public:
    ~CodeEditor() override;

    // A syntax definition by name ("YAML", "Dockerfile"...); unknown: plain text.
    void setDefinition(const QString &name);
    // The definition in use; empty for plain text (or without the plugin).
    QString definitionName() const;
    // A theme by name; empty (or unknown) follows the application palette.
    void setTheme(const QString &name);
    // The theme's colours in use; invalid without the plugin.
    SyntaxThemeColors theme() const { return m_theme; }

    int indentWidth() const { return m_indentWidth; }
    // Tab indents editable text; this key (Ctrl+M) makes it move the focus instead, in every
    // editor, and back, so a keyboard user can leave the text. Read-only text always lets Tab go.
    static QKeySequence tabFocusToggleKey();
    void setTabMovesFocus(bool moves);
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
    EditorHighlighter *highlighter() const { return m_highlighter; }

    // The text's problems (live validation), marked in the gutter with their messages as tool tips.
    void setProblems(const FileProblems &problems);
    const ProblemMarks &problemMarks() const { return m_marks; }
    // The gutter (line numbers and problem marks).
    QWidget *gutter() const { return m_lineNumbers; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    friend class LineNumberArea;
    void paintLineNumbers(QPaintEvent *event);
    QString gutterToolTip(const QPoint &position) const;
    void updateLineNumberAreaWidth();
    void updateLineNumberArea(const QRect &rect, int dy);
    void highlightCurrentLine();
    bool handleIndentKey(QKeyEvent *event);
    void loadSlice();
    void finishLoad();

    QWidget *m_lineNumbers = nullptr;
    EditorHighlighter *m_highlighter = nullptr;
    SyntaxThemeColors m_theme;
    ProblemMarks m_marks;
    int m_indentWidth = 4;
    QString m_pending;        // the text still to append while loading
    qsizetype m_loadPos = -1; // how much of m_pending is in the document; -1: not loading
    int m_loadingLines = 0;   // while loading: the lines of the whole text
    qsizetype m_sliceChars = 64 * 1024;
    bool m_wasReadOnly = false;
};

} // namespace Berth
