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
// compose form is one too.
class ConfigView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int RefreshDelayMs = 150;

    explicit ConfigView(QTextDocument *document, QWidget *parent = nullptr);

    QTextDocument *document() const { return m_document; }
    // Reads the text now, if it changed since the last read (the debounce ends here).
    void refresh();
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
    bool m_read = false;
    bool m_applying = false;
};

} // namespace Berth
