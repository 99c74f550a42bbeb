#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Berth {

// Asks for a Django superuser. The password goes to the container through an environment
// variable (DJANGO_SUPERUSER_PASSWORD, read by `createsuperuser --noinput`): never on a command
// line, where `ps` and the output pane would show it.
class SuperuserDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SuperuserDialog(QWidget *parent = nullptr);

    QString username() const;
    QString email() const;
    QString password() const;

private:
    void validate();

    QLineEdit *m_username;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace Berth
