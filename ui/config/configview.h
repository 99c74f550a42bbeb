#pragma once

#include "config/textedit.h"

#include <QWidget>

class QLabel;
class QScrollArea;
class QTextDocument;
class QTimer;

namespace Berth {

// The Configuration view of a setup file: a form beside the text editor, over the editor's own
// QTextDocument. The form never keeps a copy of the file: it applies its changes as TextEdits
// through a QTextCursor in one edit block (one step of the document's undo stack, so Ctrl+Z in
// either view undoes it) and reads the text again after the user has typed (debounced). While
// the text does not parse the form is read-only and says why. Subclasses parse and show; the
// compose form is one too, and parses off the GUI thread while the user types (startRead).
class ConfigView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int RefreshDelayMs = 150;

    explicit ConfigView(QTextDocument *document, QWidget *parent = nullptr);

    QTextDocument *document() const { return m_document; }
    // Reads the text now, if it changed since the last read (the debounce ends here): the form
    // is current when this returns. Form edits, undo and redo go through here.
    void refresh();
    // What the end of the debounce does: a view that can parses the text off the GUI thread
    // (refreshed() says when the form shows it), the others read it now.
    void refreshInBackground();
    // The form shows the document's current text.
    bool isCurrent() const { return m_read && m_shownRevision == m_revision; }
    // Why the form is read-only: the text does not parse. Empty when it does.
    QString problem() const { return m_problem; }
    // Puts the keyboard on the form's first field.
    void focusForm();

Q_SIGNALS:
    // The form shows the document's current text.
    void refreshed();

protected:
    // Parses `text` and updates the form; returns why it does not parse, or an empty string.
    virtual QString readText(const QString &text) = 0;
    // Starts parsing `text`, the document's `revision`, off the GUI thread and returns true; the
    // view then calls showRead() when it has it. False: the view reads on the GUI thread only.
    virtual bool startRead(const QString &text, quint64 revision);
    // A background read of `revision` is done: true when it is still the document's text and the
    // form does not show it yet (else it is dropped: the text changed, or a form edit, undo or
    // refresh() has shown a newer one).
    bool wantsRead(quint64 revision) const { return revision == m_revision && !isCurrent(); }
    // The form now shows `text` (read as `revision`; `problem` as readText() returns it).
    void showRead(const QString &text, quint64 revision, const QString &problem);
    // One undo step on the document; the form is read again at once.
    void applyEdits(const QList<Config::TextEdit> &edits);
    // The form's widget, under the problem banner, in a scroll area.
    void setForm(QWidget *form);
    // Ctrl+Z and Ctrl+Shift+Z in this field undo and redo the document, not the field's text.
    void routeUndo(QWidget *field);
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void scheduleRefresh();

    QTextDocument *m_document = nullptr;
    QTimer *m_timer = nullptr;
    QLabel *m_banner = nullptr;
    QScrollArea *m_scroll = nullptr;
    QString m_shownText;
    QString m_problem;
    quint64 m_revision = 0;      // counts the document's changes
    quint64 m_shownRevision = 0; // the revision m_shownText is
    bool m_read = false;
    bool m_applying = false;
};

} // namespace Berth
