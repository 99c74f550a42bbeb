#include "config/configview.h"

#include "palettecolours.h"

#include <QKeyEvent>
#include <QLabel>
#include <QScrollArea>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Berth {

ConfigView::ConfigView(QTextDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    m_banner = new QLabel(this);
    m_banner->setObjectName(u"configProblem"_s);
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setAutoFillBackground(true);
    m_banner->setMargin(8);
    m_banner->hide();
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // The form's fields take the focus, and the area scrolls to the one that has it.
    m_scroll->setFocusPolicy(Qt::NoFocus);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_scroll, 1);

    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(RefreshDelayMs);
    connect(m_timer, &QTimer::timeout, this, &ConfigView::refreshInBackground);
    connect(m_document, &QTextDocument::contentsChanged, this, &ConfigView::scheduleRefresh);
}

void ConfigView::scheduleRefresh()
{
    ++m_revision; // a background read of the text before this one is stale now
    if (!m_applying)
        m_timer->start();
}

void ConfigView::refresh()
{
    m_timer->stop();
    if (isCurrent())
        return;
    const QString text = m_document->toPlainText();
    if (m_read && text == m_shownText) {
        m_shownRevision = m_revision;
        return;
    }
    showRead(text, m_revision, readText(text));
}

void ConfigView::refreshInBackground()
{
    m_timer->stop();
    if (isCurrent())
        return;
    const QString text = m_document->toPlainText();
    if (m_read && text == m_shownText) {
        m_shownRevision = m_revision;
        return;
    }
    if (!startRead(text, m_revision))
        showRead(text, m_revision, readText(text));
}

bool ConfigView::startRead(const QString &, quint64)
{
    return false;
}

void ConfigView::showRead(const QString &text, quint64 revision, const QString &problem)
{
    m_read = true;
    m_shownText = text;
    m_shownRevision = revision;
    m_problem = problem;
    if (m_scroll->widget())
        m_scroll->widget()->setEnabled(m_problem.isEmpty());
    if (m_problem.isEmpty()) {
        m_banner->hide();
    } else {
        QPalette pal = m_banner->palette();
        pal.setColor(QPalette::Window, attentionBackground(palette()));
        m_banner->setPalette(pal);
        m_banner->setText(tr("The text does not parse, so the form is read-only until it does: %1").arg(m_problem));
        m_banner->show();
    }
    Q_EMIT refreshed();
}

void ConfigView::applyEdits(const QList<Config::TextEdit> &edits)
{
    if (edits.isEmpty() || !m_problem.isEmpty())
        return;
    // The edits were made on the text the form shows; if the user typed since (the re-read is
    // still pending), their positions are stale: show the new text instead of patching blind.
    if (!isCurrent() && m_document->toPlainText() != m_shownText) {
        refresh();
        return;
    }
    QList<Config::TextEdit> sorted = edits;
    // From the end, so the positions of the earlier edits stay valid.
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.start > b.start; });
    m_applying = true;
    QTextCursor cursor(m_document);
    cursor.beginEditBlock();
    for (const Config::TextEdit &edit : std::as_const(sorted)) {
        cursor.setPosition(int(edit.start));
        cursor.setPosition(int(edit.end), QTextCursor::KeepAnchor);
        cursor.insertText(edit.text);
    }
    cursor.endEditBlock();
    m_applying = false;
    refresh();
}

void ConfigView::setForm(QWidget *form)
{
    // The old form may be the sender of the signal that got here (a field's editingFinished):
    // silence it and delete it later, not now.
    if (QWidget *old = m_scroll->takeWidget()) {
        const QList<QWidget *> children = old->findChildren<QWidget *>();
        for (QWidget *child : children)
            child->blockSignals(true);
        old->hide();
        old->deleteLater();
    }
    m_scroll->setWidget(form);
    form->setEnabled(m_problem.isEmpty());
}

void ConfigView::focusForm()
{
    if (QWidget *form = m_scroll->widget()) {
        const QList<QWidget *> children = form->findChildren<QWidget *>();
        for (QWidget *child : children) {
            if ((child->focusPolicy() & Qt::TabFocus) && child->isEnabled()) {
                child->setFocus(Qt::TabFocusReason);
                return;
            }
        }
    }
}

void ConfigView::routeUndo(QWidget *field)
{
    field->installEventFilter(this);
}

bool ConfigView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool undo = key->matches(QKeySequence::Undo);
        const bool redo = key->matches(QKeySequence::Redo);
        if (undo || redo) {
            // Accepting the override keeps the window's Undo shortcut out; the key press follows.
            event->accept();
            if (event->type() == QEvent::KeyPress) {
                if (undo)
                    m_document->undo();
                else
                    m_document->redo();
                refresh();
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Berth
