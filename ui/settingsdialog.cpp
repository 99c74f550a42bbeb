#include "settingsdialog.h"

#include "announce.h"
#include "palettecolours.h"
#include "translations.h"

#include "docker/dockerenvironment.h"
#include "platform/hostsystem.h"
#include "platform/terminallauncher.h"
#include "session/projectsession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Berth {

namespace {

// The terminals offered on this platform (the value saved, what the list shows).
QList<std::pair<QString, QString>> terminalChoices()
{
    switch (Platform::currentOs()) {
    case Platform::Os::MacOS:
        return {{u"Terminal"_s, u"Terminal"_s}, {u"iTerm"_s, u"iTerm"_s}};
    case Platform::Os::Windows:
        return {{u"wt.exe"_s, SettingsDialog::tr("Windows Terminal")}, {u"console"_s, SettingsDialog::tr("A console window")}};
    case Platform::Os::Linux:
    case Platform::Os::OtherUnix:
        break;
    }
    QList<std::pair<QString, QString>> out;
    QStringList names = TerminalLauncher::desktopTerminals(u"GNOME:KDE:XFCE"_s) + TerminalLauncher::knownTerminals();
    names.removeDuplicates();
    for (const QString &name : std::as_const(names))
        out.append({name, name});
    return out;
}

} // namespace

QString SettingsDialog::dockerKey()
{
    return u"docker/cli"_s;
}

QString SettingsDialog::terminalKey()
{
    return u"terminal/preferred"_s;
}

SettingsDialog::SettingsDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    setObjectName(u"settingsDialog"_s);
    const QSettings settings;
    m_savedDocker = settings.value(dockerKey()).toString();

    m_docker = new QLineEdit(m_savedDocker, this);
    m_docker->setObjectName(u"dockerProgram"_s);
    m_docker->setAccessibleName(tr("Docker program"));
    m_docker->setClearButtonEnabled(true);
    const QString found = DockerEnvironment::findCli(QString(), QProcessEnvironment::systemEnvironment());
    m_docker->setPlaceholderText(found.isEmpty() ? tr("Automatic: none found") : tr("Automatic: %1").arg(QDir::toNativeSeparators(found)));
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(u"browseDocker"_s);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Docker Program"), m_docker->text());
        if (!path.isEmpty())
            m_docker->setText(QDir::toNativeSeparators(path));
    });
    auto *dockerRow = new QHBoxLayout;
    dockerRow->addWidget(m_docker, 1);
    dockerRow->addWidget(browse);
    m_detected = new QLabel(tr("Empty: Berth looks on PATH, then where Docker Desktop, Colima, OrbStack, Rancher "
                               "Desktop and Podman install it."),
                            this);
    m_detected->setWordWrap(true);

    m_sshConfig = new QLineEdit(settings.value(ProjectSession::sshConfigKey()).toString(), this);
    m_sshConfig->setObjectName(u"sshConfig"_s);
    m_sshConfig->setAccessibleName(tr("ssh configuration file"));
    m_sshConfig->setClearButtonEnabled(true);
    m_sshConfig->setPlaceholderText(tr("ssh's own (~/.ssh/config)"));
    auto *browseSsh = new QPushButton(tr("Browse…"), this);
    browseSsh->setObjectName(u"browseSshConfig"_s);
    browseSsh->setAccessibleName(tr("Browse for the ssh configuration file"));
    connect(browseSsh, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("ssh Configuration File"), m_sshConfig->text());
        if (!path.isEmpty())
            m_sshConfig->setText(QDir::toNativeSeparators(path));
    });
    auto *sshRow = new QHBoxLayout;
    sshRow->addWidget(m_sshConfig, 1);
    sshRow->addWidget(browseSsh);
    auto *sshNote = new QLabel(tr("For engines reached over ssh: Berth's one ssh connection reads this file "
                                  "(ssh -F) for the host's name, user, key and known hosts."),
                               this);
    sshNote->setObjectName(u"sshConfigNote"_s);
    sshNote->setWordWrap(true);

    m_terminal = new QComboBox(this);
    m_terminal->setObjectName(u"terminal"_s);
    m_terminal->setAccessibleName(tr("Terminal for the Django shell"));
    m_terminal->addItem(tr("Automatic"), QString());
    for (const auto &[value, label] : terminalChoices())
        m_terminal->addItem(label, value);
    const QString savedTerminal = settings.value(terminalKey()).toString();
    const int index = m_terminal->findData(savedTerminal);
    m_terminal->setCurrentIndex(index >= 0 ? index : 0);

    m_language = new QComboBox(this);
    m_language->setObjectName(u"language"_s);
    m_language->setAccessibleName(tr("Language of Berth"));
    for (const UiLanguage &language : Translations::choices())
        m_language->addItem(language.name, language.code);
    const int languageIndex = m_language->findData(settings.value(Translations::settingsKey()).toString());
    m_language->setCurrentIndex(languageIndex >= 0 ? languageIndex : 0);
    // The translators are installed once at startup; retranslating every open widget live is
    // not worth its code for a choice made once.
    auto *languageNote = new QLabel(tr("Berth uses the new language from its next start."), this);
    languageNote->setObjectName(u"languageNote"_s);
    languageNote->setWordWrap(true);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"settingsProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    QPalette warn = m_problem->palette();
    warn.setColor(QPalette::WindowText, errorText(warn));
    m_problem->setPalette(warn);
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Docker program:"), dockerRow);
    form->addRow(QString(), m_detected);
    form->addRow(tr("&SSH configuration:"), sshRow);
    form->addRow(QString(), sshNote);
    form->addRow(tr("&Terminal:"), m_terminal);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), languageNote);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(dockerRow)))
        label->setBuddy(m_docker);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(sshRow)))
        label->setBuddy(m_sshConfig);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(m_terminal)))
        label->setBuddy(m_terminal);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(m_language)))
        label->setBuddy(m_language);
    setTabOrder(m_docker, browse);
    setTabOrder(browse, m_sshConfig);
    setTabOrder(m_sshConfig, browseSsh);
    setTabOrder(browseSsh, m_terminal);
    setTabOrder(m_terminal, m_language);
    connect(m_docker, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_sshConfig, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    validate();
    resize(560, sizeHint().height());
}

QString SettingsDialog::dockerProgram() const
{
    return QDir::fromNativeSeparators(m_docker->text().trimmed());
}

QString SettingsDialog::sshConfig() const
{
    return QDir::fromNativeSeparators(m_sshConfig->text().trimmed());
}

QString SettingsDialog::terminal() const
{
    return m_terminal->currentData().toString();
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

QString SettingsDialog::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void SettingsDialog::validate()
{
    const QString path = dockerProgram();
    QString why;
    if (!path.isEmpty()) {
        const QFileInfo info(path);
        if (!info.isAbsolute())
            why = tr("Give the docker program's full path, or leave the field empty for automatic.");
        else if (!info.exists())
            why = tr("%1 does not exist.").arg(QDir::toNativeSeparators(path));
        else if (!info.isFile() || !info.isExecutable())
            why = tr("%1 is not a program that can be run.").arg(QDir::toNativeSeparators(path));
    }
    const QString ssh = sshConfig();
    if (why.isEmpty() && !ssh.isEmpty()) {
        const QFileInfo info(ssh);
        if (!info.isAbsolute())
            why = tr("Give the ssh configuration file's full path, or leave the field empty for ssh's own.");
        else if (!info.isFile())
            why = tr("%1 is not a file.").arg(QDir::toNativeSeparators(ssh));
    }
    if (why != m_problem->text())
        announce(m_problem, why);
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

void SettingsDialog::accept()
{
    validate();
    if (!problem().isEmpty())
        return;
    QSettings settings;
    const QString docker = dockerProgram();
    if (docker.isEmpty())
        settings.remove(dockerKey());
    else
        settings.setValue(dockerKey(), docker);
    if (sshConfig().isEmpty())
        settings.remove(ProjectSession::sshConfigKey());
    else
        settings.setValue(ProjectSession::sshConfigKey(), sshConfig());
    if (terminal().isEmpty())
        settings.remove(terminalKey());
    else
        settings.setValue(terminalKey(), terminal());
    if (language().isEmpty())
        settings.remove(Translations::settingsKey());
    else
        settings.setValue(Translations::settingsKey(), language());
    QDialog::accept();
    if (docker != m_savedDocker)
        Q_EMIT dockerProgramChanged(docker);
}

} // namespace Berth
