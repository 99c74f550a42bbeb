// The services panel without an engine: layout in a narrow dock, a project without a compose
// file, the superuser dialog.
#include "services/servicespanel.h"
#include "services/superuserdialog.h"

#include "docker/dockerenvironment.h"
#include "models/servicemodel.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace Qt::StringLiterals;
using namespace Berth;

class TestServicesPanelOffline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void fitsANarrowDock();
    void projectWithoutComposeFile();
    void superuserDialogValidates();
};

void TestServicesPanelOffline::fitsANarrowDock()
{
    ServicesPanel panel;
    // The main window gives the Services dock 340 pixels (tst_mainwindow checks that nothing
    // overflows there): three rows of action icons, the log pane's two rows of tools.
    QVERIFY2(panel.minimumSizeHint().width() <= 340, qPrintable(QString::number(panel.minimumSizeHint().width())));
    QCOMPARE(panel.findChildren<QToolBar *>().size(), 5);
    panel.resize(330, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(panel.width() <= 340);
}

void TestServicesPanelOffline::projectWithoutComposeFile()
{
    QTemporaryDir dir;
    ServicesPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setProject(dir.path());
    QVERIFY(panel.bannerText().contains(u"no compose file"_s));
    QVERIFY(!panel.environment()->isProbing());
    QCOMPARE(panel.serviceModel()->rowCount(), 0);
    panel.closeProject();
    QVERIFY(panel.bannerText().isEmpty());
}

void TestServicesPanelOffline::superuserDialogValidates()
{
    SuperuserDialog dialog;
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    dialog.findChild<QLineEdit *>(u"password"_s)->setText(u"pw-1"_s);
    dialog.findChild<QLineEdit *>(u"repeatPassword"_s)->setText(u"pw-2"_s);
    QVERIFY(!ok->isEnabled());
    dialog.findChild<QLineEdit *>(u"repeatPassword"_s)->setText(u"pw-1"_s);
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.findChild<QLineEdit *>(u"password"_s)->echoMode(), QLineEdit::Password);
    dialog.findChild<QLineEdit *>(u"username"_s)->clear();
    QVERIFY(!ok->isEnabled());
    QCOMPARE(dialog.password(), u"pw-1"_s);
}

QTEST_MAIN(TestServicesPanelOffline)
#include "tst_servicespaneloffline.moc"
