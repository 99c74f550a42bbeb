#include "editor/findbar.h"
#include "focusorder.h"

#include "editor/codeeditor.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBlock>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Berth {

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
{
    m_find = new QLineEdit(this);
    m_find->setObjectName(u"findField"_s);
    m_find->setPlaceholderText(tr("Find"));
    m_find->setAccessibleName(tr("Find"));
    m_find->setClearButtonEnabled(true);
    m_replace = new QLineEdit(this);
    m_replace->setObjectName(u"replaceField"_s);
    m_replace->setPlaceholderText(tr("Replace with"));
    m_replace->setAccessibleName(tr("Replace with"));
    m_case = new QCheckBox(tr("Match case"), this);
    m_regex = new QCheckBox(tr("Regular expression"), this);
    auto *previous = new QPushButton(tr("Previous"), this);
    previous->setToolTip(tr("Find the previous match (Shift+F3)"));
    auto *next = new QPushButton(tr("Next"), this);
    next->setToolTip(tr("Find the next match (F3, Enter)"));
    m_replaceOne = new QPushButton(tr("Replace"), this);
    m_replaceAllButton = new QPushButton(tr("Replace All"), this);
    m_status = new QLabel(this);
    auto *close = new QToolButton(this);
    close->setText(u"✕"_s);
    close->setToolTip(tr("Close (Esc)"));
    close->setAccessibleName(tr("Close the find bar"));
    close->setAutoRaise(true);

    connect(m_find, &QLineEdit::returnPressed, this, [this] { findNext(); });
    connect(m_find, &QLineEdit::textChanged, this, [this] { m_status->clear(); });
    connect(next, &QPushButton::clicked, this, [this] { findNext(); });
    connect(previous, &QPushButton::clicked, this, [this] { findPrevious(); });
    connect(m_replaceOne, &QPushButton::clicked, this, [this] { replaceCurrent(); });
    connect(m_replaceAllButton, &QPushButton::clicked, this, [this] { replaceAll(); });
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        if (m_editor)
            m_editor->setFocus();
    });

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(6, 4, 6, 4);
    grid->addWidget(m_find, 0, 0);
    grid->addWidget(previous, 0, 1);
    grid->addWidget(next, 0, 2);
    grid->addWidget(m_case, 0, 3);
    grid->addWidget(m_regex, 0, 4);
    grid->addWidget(m_status, 0, 5);
    grid->addWidget(close, 0, 6);
    m_replaceRow = m_replace;
    grid->addWidget(m_replace, 1, 0);
    grid->addWidget(m_replaceOne, 1, 1);
    grid->addWidget(m_replaceAllButton, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(5, 1);
    // Tab takes the first row, then the second, as they are shown.
    const QList<QWidget *> order{m_find, previous, next, m_case, m_regex, close, m_replace, m_replaceOne, m_replaceAllButton};
    chainTabOrder(order);
    setReplaceVisible(false);
}

void FindBar::setEditor(CodeEditor *editor)
{
    m_editor = editor;
}

void FindBar::showFind()
{
    setReplaceVisible(false);
    show();
    if (m_editor && m_editor->textCursor().hasSelection() && !m_editor->textCursor().selectedText().contains(QChar::ParagraphSeparator))
        m_find->setText(m_editor->textCursor().selectedText());
    m_find->setFocus();
    m_find->selectAll();
}

void FindBar::showReplace()
{
    showFind();
    setReplaceVisible(true);
}

void FindBar::setReplaceVisible(bool visible)
{
    m_replace->setVisible(visible);
    m_replaceOne->setVisible(visible);
    m_replaceAllButton->setVisible(visible);
}

void FindBar::setRegularExpression(bool on)
{
    m_regex->setChecked(on);
}

void FindBar::setCaseSensitive(bool on)
{
    m_case->setChecked(on);
}

bool FindBar::findNext()
{
    return find(false);
}

bool FindBar::findPrevious()
{
    return find(true);
}

bool FindBar::find(bool backward)
{
    if (!m_editor || m_find->text().isEmpty())
        return false;
    QTextDocument::FindFlags flags;
    if (backward)
        flags |= QTextDocument::FindBackward;
    if (m_case->isChecked())
        flags |= QTextDocument::FindCaseSensitively;
    QTextDocument *doc = m_editor->document();
    const QRegularExpression re(m_find->text(), m_case->isChecked() ? QRegularExpression::NoPatternOption
                                                                     : QRegularExpression::CaseInsensitiveOption);
    if (m_regex->isChecked() && !re.isValid()) {
        m_status->setText(tr("Invalid expression: %1").arg(re.errorString()));
        return false;
    }
    const auto search = [&](const QTextCursor &from) {
        return m_regex->isChecked() ? doc->find(re, from, flags) : doc->find(m_find->text(), from, flags);
    };
    QTextCursor found = search(m_editor->textCursor());
    if (found.isNull()) {
        // Wrap around once.
        QTextCursor start(doc);
        if (backward)
            start.movePosition(QTextCursor::End);
        found = search(start);
        if (!found.isNull())
            m_status->setText(tr("Wrapped around"));
    } else {
        m_status->clear();
    }
    showResult(!found.isNull());
    if (!found.isNull())
        m_editor->setTextCursor(found);
    return !found.isNull();
}

void FindBar::showResult(bool found)
{
    if (!found)
        m_status->setText(tr("Not found"));
    QPalette pal = m_find->palette();
    pal.setColor(QPalette::Base, found ? palette().color(QPalette::Base) : QColor(0xf8, 0xd7, 0xda));
    m_find->setPalette(pal);
}

bool FindBar::currentSelectionMatches() const
{
    const QTextCursor cursor = m_editor->textCursor();
    if (!cursor.hasSelection())
        return false;
    const QString selected = cursor.selectedText();
    if (m_regex->isChecked()) {
        const QRegularExpression re(u"\\A(?:"_s + m_find->text() + u")\\z"_s,
                                    m_case->isChecked() ? QRegularExpression::NoPatternOption
                                                        : QRegularExpression::CaseInsensitiveOption);
        return re.match(selected).hasMatch();
    }
    return selected.compare(m_find->text(), m_case->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive) == 0;
}

bool FindBar::replaceCurrent()
{
    if (!m_editor || m_editor->isReadOnly())
        return false;
    if (!currentSelectionMatches())
        return findNext();
    QTextCursor cursor = m_editor->textCursor();
    QString replacement = m_replace->text();
    if (m_regex->isChecked()) {
        const QRegularExpression re(m_find->text(), m_case->isChecked() ? QRegularExpression::NoPatternOption
                                                                         : QRegularExpression::CaseInsensitiveOption);
        replacement = cursor.selectedText().replace(re, m_replace->text());
    }
    cursor.insertText(replacement);
    m_editor->setTextCursor(cursor);
    findNext();
    return true;
}

int FindBar::replaceAll()
{
    if (!m_editor || m_editor->isReadOnly() || m_find->text().isEmpty())
        return 0;
    QTextDocument *doc = m_editor->document();
    QTextDocument::FindFlags flags;
    if (m_case->isChecked())
        flags |= QTextDocument::FindCaseSensitively;
    const QRegularExpression re(m_find->text(), m_case->isChecked() ? QRegularExpression::NoPatternOption
                                                                     : QRegularExpression::CaseInsensitiveOption);
    if (m_regex->isChecked() && !re.isValid())
        return 0;
    int count = 0;
    QTextCursor edit(doc);
    edit.beginEditBlock();
    QTextCursor found = m_regex->isChecked() ? doc->find(re, 0, flags) : doc->find(m_find->text(), 0, flags);
    while (!found.isNull()) {
        const QString replacement = m_regex->isChecked() ? found.selectedText().replace(re, m_replace->text())
                                                         : m_replace->text();
        found.insertText(replacement);
        ++count;
        // An empty match (e.g. "^") would loop forever in place; step past it.
        QTextCursor from = found;
        if (found.selectionStart() == found.selectionEnd() && replacement.isEmpty())
            from.movePosition(QTextCursor::NextCharacter);
        found = m_regex->isChecked() ? doc->find(re, from, flags) : doc->find(m_find->text(), from, flags);
        if (count > 1000000)
            break;
    }
    edit.endEditBlock();
    m_status->setText(tr("%n replacement(s)", nullptr, count));
    return count;
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        if (m_editor)
            m_editor->setFocus();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Berth
