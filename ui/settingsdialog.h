#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Berth {

// File ▸ Settings…: the machine's settings of Berth (QSettings, not berth.yaml, which travels
// with the project): the docker program, ssh's configuration file for ssh engines, the terminal
// for the Django shell and the language (Translations::settingsKey(), used from the next start).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    // The QSettings keys.
    static QString dockerKey();
    static QString terminalKey();

    // What the fields say now: "" for automatic.
    QString dockerProgram() const;
    // The ssh configuration file for ssh engines ("" for ssh's own).
    QString sshConfig() const;
    QString terminal() const;
    // The language code chosen, "" for the system's.
    QString language() const;
    // Why OK is disabled ("" when it is not).
    QString problem() const;

    void accept() override;

Q_SIGNALS:
    // After OK, with what changed saved.
    void dockerProgramChanged(const QString &path);

private:
    void validate();

    QLineEdit *m_docker = nullptr;
    QLineEdit *m_sshConfig = nullptr;
    QLabel *m_detected = nullptr;
    QComboBox *m_terminal = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_savedDocker;
};

} // namespace Berth
