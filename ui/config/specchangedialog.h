#pragma once

#include "generate/specchange.h"

#include <QDialog>

#include <functional>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTextDocument;

namespace Berth {

// A form edit of a value berth.yaml holds (the uwsgi port is in uwsgi.ini, app.conf, the compose
// file and the Dockerfile): the change of the spec key, old -> new, the files it changes and one
// diff across berth.yaml and all of them. Change Everywhere (Enter) writes them; Only This File
// makes the plain edit of the one file the form shows (the doctor will flag the difference);
// Cancel (Esc) leaves everything as it was. A file edited since Berth wrote it is listed
// unticked: it is replaced only when ticked.
class SpecChangeDialog : public QDialog
{
    Q_OBJECT
public:
    enum Result { Cancelled = QDialog::Rejected, Everywhere = QDialog::Accepted, OnlyThisFile = 2 };

    // blocked: why Change Everywhere cannot be done now (unsaved edits of a file it writes);
    // empty when it can.
    SpecChangeDialog(const SpecChange &change, const QString &fileName, const QString &blocked, QWidget *parent = nullptr);

    // The conflicting files the user ticked.
    QStringList replaceConflicts() const;
    QPushButton *everywhereButton() const { return m_everywhere; }
    QPushButton *onlyThisFileButton() const { return m_onlyThisFile; }
    QPlainTextEdit *diffView() const { return m_diff; }
    QListWidget *fileList() const { return m_files; }

    // What a person calls the value of a spec key: "the uwsgi port" for app_server.port.
    static QString describe(const QString &specKey);

    // Called by a Configuration view before it applies a form edit. False when the edit is not a
    // change of berth.yaml (the file is not Berth's, berth.yaml is missing or invalid, the key is
    // not one berth.yaml holds): apply it as a plain edit. Otherwise the dialog is open (window
    // modal) and, once answered, Change Everywhere writes the files (open editors reload them
    // from disk), Only This File calls plainEdit, Cancel calls revert.
    static bool offer(QWidget *view, QTextDocument *document, const QString &filePath, const QString &formKey,
                      const QString &formValue, const std::function<void()> &plainEdit,
                      const std::function<void()> &revert);

private:
    SpecChange m_change;
    QListWidget *m_files = nullptr;
    QPlainTextEdit *m_diff = nullptr;
    QPushButton *m_everywhere = nullptr;
    QPushButton *m_onlyThisFile = nullptr;
};

} // namespace Berth
