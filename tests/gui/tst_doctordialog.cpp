// File ▸ Check Setup…: the doctor's dialog on a setup Berth generated and then broke.
#include "appearance.h"
#include "../common/berthcli.h"
#include "doctor/doctordialog.h"

#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;

using namespace BerthTest;

class TestDoctorDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_site;
    QString m_siteText;

private Q_SLOTS:
    void initTestCase();
    void showsTheFixAsADiffAndMakesIt();
    void screenshots();
};

void TestDoctorDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString spec;
    QCOMPARE(berth({u"spec"_s, u"--defaults"_s}, &spec), 0);
    const QDir dir(m_dir.path());
    QVERIFY(write(dir.filePath(u"berth.yaml"_s), spec));
    QCOMPARE(berth({u"generate"_s, u"--spec"_s, dir.filePath(u"berth.yaml"_s), u"--out"_s, m_dir.path()}), 0);
    m_site = dir.filePath(u"data/nginx/app.conf"_s);
    m_siteText = read(m_site);
}

void TestDoctorDialog::showsTheFixAsADiffAndMakesIt()
{
    QVERIFY(write(m_site, QString(m_siteText).replace(u"app:8000"_s, u"app:9000"_s)));
    Berth::DoctorDialog dialog(m_dir.path());
    QListWidget *list = dialog.problems();
    QVERIFY(list->count() >= 1);
    int row = -1;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->text().contains(u"uwsgi listens on 8000"))
            row = i;
    QVERIFY(row >= 0);
    list->setCurrentRow(row);
    QVERIFY(dialog.diff()->toPlainText().contains(u"-"_s));
    QVERIFY2(dialog.diff()->toPlainText().contains(u"app:8000"), qPrintable(dialog.diff()->toPlainText()));
    QVERIFY(dialog.applyButton()->isEnabled());
    QCOMPARE(read(m_site), QString(m_siteText).replace(u"app:8000"_s, u"app:9000"_s)); // not before the click
    QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
    QCOMPARE(read(m_site), m_siteText);
    // Nothing left but, on a machine that listens on one of the setup's ports, host-port-taken.
    for (int i = 0; i < list->count(); ++i)
        QVERIFY2(list->item(i)->text().contains(u"in use on this machine"), qPrintable(list->item(i)->text()));
    QVERIFY(!dialog.applyButton()->isEnabled());
    QVERIFY(QDir(m_dir.path() + u"/.berth/backups"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot).join(u' ').contains(u"doctor-"));
}

void TestDoctorDialog::screenshots()
{
    const QString dir = qEnvironmentVariable("BERTH_CONFIG_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("BERTH_CONFIG_SCREENSHOTS is not set");
    QVERIFY(write(m_site, QString(m_siteText).replace(u"app:8000"_s, u"app:9000"_s)));
    QVERIFY(QFile::remove(QDir(m_dir.path()).filePath(u"data/django/django_env"_s)) || true);
    for (const auto scheme : {Berth::ColorScheme::Light, Berth::ColorScheme::Dark}) {
        Berth::applyColorScheme(scheme);
        Berth::DoctorDialog dialog(m_dir.path());
        for (int i = 0; i < dialog.problems()->count(); ++i)
            if (dialog.problems()->item(i)->text().contains(u"uwsgi listens"))
                dialog.problems()->setCurrentRow(i);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCoreApplication::processEvents();
        const QString suffix = scheme == Berth::ColorScheme::Dark ? u"dark"_s : u"light"_s;
        QVERIFY(dialog.grab().save(dir + u"/doctor-%1.png"_s.arg(suffix), "PNG"));
    }
}

QTEST_MAIN(TestDoctorDialog)
#include "tst_doctordialog.moc"
