#pragma once

#include "doctor/doctor.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Berth {

// File ▸ Check Setup…: the doctor's problems in a project, each with what it means and, where
// there is a safe fix, that fix as a diff first; Apply Fix makes it (backed up, atomic) and
// checks again.
class DoctorDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DoctorDialog(const QString &projectDir, QWidget *parent = nullptr);

    // Runs every check again and shows the result.
    void check();
    QListWidget *problems() const { return m_list; }
    QPlainTextEdit *diff() const { return m_diff; }
    QPushButton *applyButton() const { return m_apply; }
    // Makes the selected problem's fix; false (and the reason shown) when it cannot.
    bool applySelected();

Q_SIGNALS:
    // A fix changed this file (relative to the project), so an open editor can reload it.
    void fileChanged(const QString &file);

private:
    void showSelected();

    QString m_projectDir;
    QList<Doctor::Problem> m_problems;
    QLabel *m_summary = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_explanation = nullptr;
    QPlainTextEdit *m_diff = nullptr;
    QPushButton *m_apply = nullptr;
};

} // namespace Berth
