#include "editor/codeeditor.h"

#include "announce.h"
#include "editor/editorhighlighter.h"
#include "editor/syntaxengineloader.h"

#include <QApplication>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHelpEvent>
#include <QKeySequence>
#include <QPainter>
#include <QElapsedTimer>
#include <QTextBlock>
#include <QTimer>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace Berth {

class LineNumberArea : public QWidget
{
public:
    explicit LineNumberArea(CodeEditor *editor)
        : QWidget(editor), m_editor(editor)
    {
    }
    QSize sizeHint() const override { return {m_editor->lineNumberAreaWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintLineNumbers(event); }
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::ToolTip) {
            auto *help = static_cast<QHelpEvent *>(event);
            const QString text = m_editor->gutterToolTip(help->pos());
            if (text.isEmpty())
                QToolTip::hideText();
            else
                QToolTip::showText(help->globalPos(), text, this);
            return true;
        }
        return QWidget::event(event);
    }

private:
    CodeEditor *m_editor;
};

CodeEditor::CodeEditor(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabChangesFocus(false);
    m_lineNumbers = new LineNumberArea(this);
    m_lineNumbers->setObjectName(u"gutter"_s);
    m_highlighter = new EditorHighlighter(document());

    connect(this, &QPlainTextEdit::blockCountChanged, this, &CodeEditor::updateLineNumberAreaWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &CodeEditor::updateLineNumberArea);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &CodeEditor::highlightCurrentLine);
    updateLineNumberAreaWidth();
    highlightCurrentLine();
}

CodeEditor::~CodeEditor() = default;

void CodeEditor::setDefinition(const QString &name)
{
    m_highlighter->setDefinition(name);
    // YAML nests by indentation and forbids tabs; two spaces is the compose convention.
    m_indentWidth = name == "YAML"_L1 ? 2 : 4;
    setTabStopDistance(fontMetrics().horizontalAdvance(u' ') * m_indentWidth);
}

QString CodeEditor::definitionName() const
{
    return m_highlighter->definitionName();
}

void CodeEditor::setTheme(const QString &name)
{
    SyntaxEngine *engine = syntaxEngine();
    m_theme = engine ? engine->theme(name) : SyntaxThemeColors();
    QPalette pal = QApplication::palette();
    if (m_theme.isValid()) {
        pal.setColor(QPalette::Base, m_theme.background);
        pal.setColor(QPalette::Text, m_theme.text);
        pal.setColor(QPalette::Highlight, m_theme.selection);
        pal.setColor(QPalette::HighlightedText, m_theme.text);
    }
    setPalette(pal);
    // The resolved name, so the highlighter and the colours above cannot disagree; this
    // re-highlights (KSyntaxHighlighting's own setTheme() does not, PITFALLS.md).
    m_highlighter->setTheme(m_theme.name);
    highlightCurrentLine();
    m_lineNumbers->update();
}

namespace {
// The end of the line that contains position, so a slice never splits a line.
qsizetype cutAfter(const QString &text, qsizetype position)
{
    if (position >= text.size())
        return text.size();
    const qsizetype newline = text.indexOf(u'\n', position);
    return newline < 0 ? text.size() : newline + 1;
}
} // namespace

void CodeEditor::setContent(const QString &text)
{
    if (isLoading())
        finishLoad(); // a second setContent() replaces the first
    if (text.size() <= LargeTextChars) {
        setPlainText(text);
        return;
    }
    m_wasReadOnly = isReadOnly();
    setReadOnly(true);
    document()->setUndoRedoEnabled(false);
    const qsizetype first = cutAfter(text, m_sliceChars);
    setPlainText(text.left(first));
    m_pending = text;
    m_loadPos = first;
    // The line numbers' width for the whole text at once: a width that changes as lines come
    // in (10,000, 100,000) lays the whole document out again, a stall of its own.
    m_loadingLines = int(text.count(u'\n')) + 1;
    updateLineNumberAreaWidth();
    QTimer::singleShot(0, this, &CodeEditor::loadSlice);
}

void CodeEditor::loadSlice()
{
    if (!isLoading())
        return;
    QElapsedTimer clock;
    clock.start();
    const qsizetype end = cutAfter(m_pending, m_loadPos + m_sliceChars);
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(m_pending.mid(m_loadPos, end - m_loadPos));
    m_loadPos = end;
    // Aim at ~5 ms a slice, whatever the machine (the highlighter's slice of 6 ms shares the turn
    // of the event loop): measured in nanoseconds (a slice of 0.9 ms is not one of 0), growing at
    // most twofold a step (one quick slice is no promise of the next).
    const double ms = qMax(0.05, double(clock.nsecsElapsed()) / 1e6);
    const double wanted = qMin(double(m_sliceChars) * 5.0 / ms, double(m_sliceChars) * 2.0);
    m_sliceChars = qBound(qsizetype(16 * 1024), qsizetype(wanted), qsizetype(256 * 1024));
    if (m_loadPos >= m_pending.size())
        finishLoad();
    else
        QTimer::singleShot(0, this, &CodeEditor::loadSlice);
}

void CodeEditor::finishLoading()
{
    while (isLoading())
        loadSlice();
}

void CodeEditor::finishLoad()
{
    if (m_loadPos >= 0 && m_loadPos < m_pending.size()) {
        QTextCursor cursor(document());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(m_pending.mid(m_loadPos));
    }
    m_pending.clear();
    m_loadPos = -1;
    m_loadingLines = 0;
    document()->setUndoRedoEnabled(true);
    document()->setModified(false);
    setReadOnly(m_wasReadOnly);
    Q_EMIT loaded();
}

void CodeEditor::goToLine(int line)
{
    const QTextBlock block = document()->findBlockByNumber(qBound(0, line - 1, document()->blockCount() - 1));
    QTextCursor cursor(block);
    setTextCursor(cursor);
    centerCursor();
    setFocus();
}

int CodeEditor::lineNumberAreaWidth() const
{
    int digits = 1;
    for (int max = qMax(qMax(1, blockCount()), m_loadingLines); max >= 10; max /= 10)
        ++digits;
    return ProblemMarks::Width + 12 + fontMetrics().horizontalAdvance(u'9') * qMax(3, digits);
}

void CodeEditor::updateLineNumberAreaWidth()
{
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
}

void CodeEditor::updateLineNumberArea(const QRect &rect, int dy)
{
    if (dy)
        m_lineNumbers->scroll(0, dy);
    else
        m_lineNumbers->update(0, rect.y(), m_lineNumbers->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        updateLineNumberAreaWidth();
}

void CodeEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect cr = contentsRect();
    m_lineNumbers->setGeometry(QRect(cr.left(), cr.top(), lineNumberAreaWidth(), cr.height()));
}

void CodeEditor::paintLineNumbers(QPaintEvent *event)
{
    QPainter painter(m_lineNumbers);
    const auto color = [this](const QColor &themed, QPalette::ColorRole fallback) {
        return m_theme.isValid() ? themed : palette().color(fallback);
    };
    painter.fillRect(event->rect(), color(m_theme.iconBorder, QPalette::Window));

    QTextBlock block = firstVisibleBlock();
    int blockNumber = block.blockNumber();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    const int currentBlock = textCursor().blockNumber();
    const QColor normal = color(m_theme.lineNumbers, QPalette::PlaceholderText);
    const QColor current = color(m_theme.currentLineNumber, QPalette::Text);
    const int width = m_lineNumbers->width() - 6;
    const int height = fontMetrics().height();
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            painter.setPen(blockNumber == currentBlock ? current : normal);
            painter.drawText(0, top, width, height, Qt::AlignRight, QString::number(blockNumber + 1));
            m_marks.paint(painter, palette(), QRect(0, top, ProblemMarks::Width, bottom - top), blockNumber + 1);
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
        ++blockNumber;
    }
}

void CodeEditor::setProblems(const FileProblems &problems)
{
    if (problems == m_marks.problems())
        return;
    m_marks.setProblems(problems);
    m_lineNumbers->update();
}

QString CodeEditor::gutterToolTip(const QPoint &position) const
{
    const QTextBlock block = cursorForPosition(QPoint(0, position.y())).block();
    return block.isValid() ? m_marks.toolTip(block.blockNumber() + 1) : QString();
}

void CodeEditor::highlightCurrentLine()
{
    QTextEdit::ExtraSelection selection;
    selection.format.setBackground(m_theme.isValid() ? m_theme.currentLine : palette().color(QPalette::AlternateBase));
    selection.format.setProperty(QTextFormat::FullWidthSelection, true);
    selection.cursor = textCursor();
    selection.cursor.clearSelection();
    setExtraSelections({selection});
    m_lineNumbers->update();
}

namespace {
// Whether Tab moves the focus out of editable text instead of indenting, for every editor (a
// keyboard user switches it once); read-only text always lets Tab move on.
bool tabMovesFocus = false;
} // namespace

QKeySequence CodeEditor::tabFocusToggleKey()
{
    // Ctrl+M, as in other editors; on macOS Control+Shift+M, since Command+M minimises.
    if (QGuiApplication::platformName() == u"cocoa"_s)
        return QKeySequence(Qt::META | Qt::SHIFT | Qt::Key_M);
    return QKeySequence(Qt::CTRL | Qt::Key_M);
}

void CodeEditor::setTabMovesFocus(bool moves)
{
    Berth::tabMovesFocus = moves;
    setTabChangesFocus(moves);
}

void CodeEditor::focusInEvent(QFocusEvent *event)
{
    setTabChangesFocus(Berth::tabMovesFocus || isReadOnly());
    QPlainTextEdit::focusInEvent(event);
}

void CodeEditor::keyPressEvent(QKeyEvent *event)
{
    if (QKeySequence(event->keyCombination()) == tabFocusToggleKey()) {
        setTabMovesFocus(!Berth::tabMovesFocus);
        const QString key = tabFocusToggleKey().toString(QKeySequence::NativeText);
        announce(this, Berth::tabMovesFocus ? tr("Tab moves the focus; %1 makes it indent again.").arg(key)
                                           : tr("Tab indents; %1 makes it move the focus.").arg(key));
        return;
    }
    if (!handleIndentKey(event))
        QPlainTextEdit::keyPressEvent(event);
}

bool CodeEditor::handleIndentKey(QKeyEvent *event)
{
    if (isReadOnly())
        return false;
    QTextCursor cursor = textCursor();
    if (event->key() == Qt::Key_Tab && !tabChangesFocus() && event->modifiers() == Qt::NoModifier && !cursor.hasSelection()) {
        const int column = cursor.positionInBlock();
        cursor.insertText(QString(m_indentWidth - column % m_indentWidth, u' '));
        return true;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
        // Keep the indentation of the current line; after a YAML key that opens a block, indent one level.
        const QString line = cursor.block().text().left(cursor.positionInBlock());
        qsizetype indent = 0;
        while (indent < line.size() && line.at(indent) == u' ')
            ++indent;
        QString prefix(indent, u' ');
        if (m_indentWidth == 2 && line.trimmed().endsWith(u':'))
            prefix += QString(m_indentWidth, u' ');
        cursor.beginEditBlock();
        cursor.insertBlock();
        cursor.insertText(prefix);
        cursor.endEditBlock();
        setTextCursor(cursor);
        ensureCursorVisible();
        return true;
    }
    return false;
}

} // namespace Berth
