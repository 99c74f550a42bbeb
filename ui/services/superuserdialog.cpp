#include "superuserdialog.h"

#include "announce.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Berth {

SuperuserDialog::SuperuserDialog(QWidget *parent)
    : QDialog(parent)
    , m_username(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Create Superuser"));
    setObjectName(u"superuserDialog"_s);
    m_username->setObjectName(u"username"_s);
    m_email->setObjectName(u"email"_s);
    m_password->setObjectName(u"password"_s);
    m_repeat->setObjectName(u"repeatPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_username->setText(u"admin"_s);
    auto *form = new QFormLayout;
    form->addRow(tr("&Username:"), m_username);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat:"), m_repeat);
    auto *note = new QLabel(tr("Runs manage.py createsuperuser in the manage service. The password is passed "
                               "in an environment variable and is not shown anywhere."),
                            this);
    note->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_username, m_email, m_password, m_repeat})
        connect(edit, &QLineEdit::textChanged, this, &SuperuserDialog::validate);
    validate();
}

QString SuperuserDialog::username() const
{
    return m_username->text().trimmed();
}

QString SuperuserDialog::email() const
{
    return m_email->text().trimmed();
}

QString SuperuserDialog::password() const
{
    return m_password->text();
}

void SuperuserDialog::validate()
{
    QString problem;
    if (username().isEmpty())
        problem = tr("Enter a user name.");
    else if (m_password->text().isEmpty())
        problem = tr("Enter a password.");
    else if (m_password->text() != m_repeat->text())
        problem = tr("The passwords differ.");
    if (problem != m_problem->text())
        announce(m_problem, problem);
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace Berth
