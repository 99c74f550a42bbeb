// The services panel without an engine: layout in a narrow dock, a project without a compose
// file, the superuser dialog.
#include "services/servicespanel.h"
#include "services/superuserdialog.h"

#include "docker/dockerenvironment.h"
#include "models/servicemodel.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QMenu>
#include <QTableView>
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
    void serviceMenuAndPortLinks();
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

// A service's row, as the engine reports it (no engine needed): its menu has the service's
// actions, Show Logs, Copy Container ID and its published ports; the Ports cell is a link.
void TestServicesPanelOffline::serviceMenuAndPortLinks()
{
    ServicesPanel panel;
    panel.resize(500, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    ServiceDefinition web;
    web.name = u"web"_s;
    web.ports = {PortMapping{QString(), 8080, 80}};
    ServiceDefinition worker;
    worker.name = u"worker"_s;
    panel.serviceModel()->setDefinitions({web, worker});
    ContainerStatus running;
    running.id = u"4f1c0ffee123"_s;
    running.service = u"web"_s;
    running.state = u"running"_s;
    running.ports = {PortMapping{u"0.0.0.0"_s, 8080, 80}, PortMapping{u"::"_s, 8080, 80}};
    panel.serviceModel()->setStatuses({running});
    QTableView *table = panel.serviceTable();
    const QModelIndex webState = panel.serviceModel()->index(panel.serviceModel()->rowOf(u"web"_s), ServiceModel::StateColumn);

    const auto openMenu = [&](const QModelIndex &index) -> QMenu * {
        const QPoint at = table->visualRect(index).center();
        Q_EMIT table->customContextMenuRequested(at);
        return table->findChild<QMenu *>(u"serviceMenu"_s);
    };
    QMenu *menu = openMenu(webState);
    QVERIFY(menu);
    QTRY_VERIFY(menu->isVisible());
    QCOMPARE(table->selectionModel()->selectedRows().value(0).row(), webState.row()); // the row is selected
    QStringList texts;
    for (QAction *a : menu->actions())
        texts << a->text();
    QVERIFY2(texts.contains(u"Show Logs of web"_s), qPrintable(texts.join(u'|')));
    QVERIFY(texts.contains(u"Open http://localhost:8080/"_s));
    QCOMPARE(texts.count(u"Open http://localhost:8080/"_s), 1); // IPv4 and IPv6 bindings of one port
    auto *copy = menu->findChild<QAction *>(u"copyContainerId"_s);
    QVERIFY(copy && copy->isEnabled());
    copy->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), u"4f1c0ffee123");
    menu->findChild<QAction *>(u"showServiceLogs"_s)->trigger();
    QCOMPARE(panel.findChild<QComboBox *>(u"logServiceFilter"_s)->currentData().toString(), u"web");
    menu->close();
    QTRY_VERIFY(!table->findChild<QMenu *>(u"serviceMenu"_s));

    // worker has no container: nothing to copy, no port to open.
    menu = openMenu(panel.serviceModel()->index(panel.serviceModel()->rowOf(u"worker"_s), ServiceModel::StateColumn));
    QVERIFY(menu);
    QVERIFY(!menu->findChild<QAction *>(u"copyContainerId"_s)->isEnabled());
    QVERIFY(!menu->findChild<QAction *>(u"openPort"_s));
    menu->close();
}

QTEST_MAIN(TestServicesPanelOffline)
#include "tst_servicespaneloffline.moc"
