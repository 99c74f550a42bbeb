// File ▸ Settings…: the docker program (checked before it is saved) and the terminal, kept in
// QSettings; a new docker program reaches the open project's environment.
#include "session/projectsession.h"
#include "settingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Berth;

class TestSettingsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"BerthTest"_s);
        QCoreApplication::setApplicationName(u"tst_settingsdialog"_s);
    }
    void init() { QSettings().clear(); }
    void dockerProgramIsCheckedThenSaved();
    void terminalChoice();
    void sshConfigIsCheckedThenSaved();
};

void TestSettingsDialog::dockerProgramIsCheckedThenSaved()
{
    QTemporaryDir dir;
    const QString program = dir.filePath(u"docker"_s);
    QFile file(program);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const QString notRunnable = dir.filePath(u"notes.txt"_s);
    QFile other(notRunnable);
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.close();

    SettingsDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *field = dialog.findChild<QLineEdit *>(u"dockerProgram"_s);
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(field && ok);
    QVERIFY(field->text().isEmpty() && ok->isEnabled()); // automatic
    QSignalSpy changed(&dialog, &SettingsDialog::dockerProgramChanged);

    // Typed, as a person would: each wrong state says why and keeps OK off.
    field->setFocus();
    QTest::keyClicks(field, u"docker"_s);
    QVERIFY(!ok->isEnabled());
    QVERIFY2(dialog.problem().contains(u"full path"), qPrintable(dialog.problem()));
    field->clear();
    QTest::keyClicks(field, dir.filePath(u"missing"_s));
    QVERIFY2(dialog.problem().contains(u"does not exist"), qPrintable(dialog.problem()));
    field->clear();
    QTest::keyClicks(field, notRunnable);
    QVERIFY2(dialog.problem().contains(u"not a program"), qPrintable(dialog.problem()));
    QTest::keyClick(field, Qt::Key_Return); // Enter does not save a wrong value
    QVERIFY(dialog.isVisible());
    QVERIFY(!QSettings().contains(SettingsDialog::dockerKey()));

    QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    field->clear();
    QTest::keyClicks(field, program);
    QVERIFY(ok->isEnabled());
    QVERIFY(dialog.problem().isEmpty());
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(QSettings().value(SettingsDialog::dockerKey()).toString(), program);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toString(), program);

    // Back to automatic: the key goes.
    SettingsDialog again;
    again.show();
    auto *field2 = again.findChild<QLineEdit *>(u"dockerProgram"_s);
    QCOMPARE(field2->text(), program);
    field2->clear();
    again.accept();
    QVERIFY(!QSettings().contains(SettingsDialog::dockerKey()));
}

void TestSettingsDialog::terminalChoice()
{
    SettingsDialog dialog;
    auto *terminal = dialog.findChild<QComboBox *>(u"terminal"_s);
    QVERIFY(terminal && terminal->count() > 2);
    QCOMPARE(terminal->currentIndex(), 0); // automatic
    const int konsole = terminal->findData(u"konsole"_s);
    QVERIFY(konsole > 0);
    terminal->setCurrentIndex(konsole);
    dialog.accept();
    QCOMPARE(QSettings().value(SettingsDialog::terminalKey()).toString(), u"konsole"_s);
    SettingsDialog again;
    QCOMPARE(again.findChild<QComboBox *>(u"terminal"_s)->currentData().toString(), u"konsole"_s);
    // Cancel keeps what was saved.
    again.findChild<QComboBox *>(u"terminal"_s)->setCurrentIndex(0);
    again.reject();
    QCOMPARE(QSettings().value(SettingsDialog::terminalKey()).toString(), u"konsole"_s);
}

// ssh's configuration file for ssh engines: a full path to a file, or empty for ssh's own.
void TestSettingsDialog::sshConfigIsCheckedThenSaved()
{
    QTemporaryDir dir;
    const QString config = dir.filePath(u"ssh_config"_s);
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write("Host build-box\n    User deploy\n") > 0);
    file.close();

    SettingsDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *field = dialog.findChild<QLineEdit *>(u"sshConfig"_s);
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(field && ok && field->text().isEmpty() && ok->isEnabled());
    field->setFocus();
    QTest::keyClicks(field, u"ssh_config"_s);
    QVERIFY2(dialog.problem().contains(u"full path"), qPrintable(dialog.problem()));
    QVERIFY(!ok->isEnabled());
    field->clear();
    QTest::keyClicks(field, dir.path());
    QVERIFY2(dialog.problem().contains(u"not a file"), qPrintable(dialog.problem()));
    field->clear();
    QTest::keyClicks(field, config);
    QVERIFY(dialog.problem().isEmpty() && ok->isEnabled());
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(QSettings().value(ProjectSession::sshConfigKey()).toString(), config);

    SettingsDialog again;
    auto *field2 = again.findChild<QLineEdit *>(u"sshConfig"_s);
    QCOMPARE(field2->text(), config);
    field2->clear();
    again.accept();
    QVERIFY(!QSettings().contains(ProjectSession::sshConfigKey()));
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
