#pragma once

#include "doctor/doctor.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Berth {

class DockerEnvironment;
class EnginePorts;

// File ▸ Check Setup…: the doctor's problems in a project, each with what it means and, where
// there is a safe fix, that fix as a diff first; Apply Fix makes it (backed up, atomic) and
// checks again. On a remote engine the host-port check asks that engine (EnginePorts) while the
// other checks show at once.
class DoctorDialog : public QDialog
{
    Q_OBJECT
public:
    // engine: the project's engine (null: this machine's ports).
    explicit DoctorDialog(const QString &projectDir, const DockerEnvironment *engine = nullptr, QWidget *parent = nullptr);

    // Runs every check again and shows the result (asking a remote engine for its ports anew).
    void check();
    // Asking the remote engine which ports are taken.
    bool isAskingEngine() const;
    QListWidget *problems() const { return m_list; }
    QPlainTextEdit *diff() const { return m_diff; }
    QPushButton *applyButton() const { return m_apply; }
    // Makes the selected problem's fix; false (and the reason shown) when it cannot.
    bool applySelected();

Q_SIGNALS:
    // A fix changed this file (relative to the project), so an open editor can reload it.
    void fileChanged(const QString &file);

private:
    void showProblems();
    void showSelected();

    QString m_projectDir;
    const DockerEnvironment *m_engine = nullptr;
    EnginePorts *m_enginePorts = nullptr; // only for a remote engine
    QList<Doctor::Problem> m_problems;
    QLabel *m_summary = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_explanation = nullptr;
    QPlainTextEdit *m_diff = nullptr;
    QPushButton *m_apply = nullptr;
};

} // namespace Berth
