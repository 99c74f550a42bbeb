// The services panel without an engine: layout in a narrow dock, a project without a compose
// file, the superuser dialog.
#include "services/servicespanel.h"
#include "services/superuserdialog.h"
#include "services/servicecolumns.h"

#include "docker/dockerenvironment.h"
#include "models/servicemodel.h"

#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QScrollBar>
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
    void narrowTableKeepsEveryValue();
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

// The default dock of a 1200-pixel window has no room for every column: the health moves into the
// State column, the ports show only the host port, and nothing needs a sideways scroll bar. A wide
// dock shows the Health column and the whole port mapping again.
void TestServicesPanelOffline::narrowTableKeepsEveryValue()
{
    QCOMPARE(ServiceColumns::compactPorts(u"127.0.0.1:8000->80/tcp, 127.0.0.1:8000->80/udp, 9000/tcp"_s), u":8000"_s);
    QCOMPARE(ServiceColumns::compactPorts(u"[::1]:5432->5432/tcp, 8080->80/tcp"_s), u":5432, :8080"_s);
    QCOMPARE(ServiceColumns::compactPorts(u"80/tcp"_s), u"80/tcp"_s);

    ServicesPanel panel;
    panel.resize(420, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    ServiceDefinition database;
    database.name = u"database"_s;
    database.ports = {PortMapping{u"127.0.0.1"_s, 5432, 5432}};
    ServiceDefinition nginx;
    nginx.name = u"nginx"_s;
    nginx.ports = {PortMapping{u"127.0.0.1"_s, 42705, 80}};
    panel.serviceModel()->setDefinitions({database, nginx});
    ContainerStatus db;
    db.id = u"d1"_s;
    db.service = u"database"_s;
    db.state = u"running"_s;
    db.health = u"healthy"_s;
    db.ports = database.ports;
    ContainerStatus web = db;
    web.id = u"n1"_s;
    web.service = u"nginx"_s;
    web.health.clear();
    web.ports = nginx.ports;
    panel.serviceModel()->setStatuses({db, web});
    panel.serviceModel()->setUsage({{u"d1"_s, ContainerUsage{12.5, 48 * 1024 * 1024, 0}}, {u"n1"_s, ContainerUsage{0.3, 9 * 1024 * 1024, 0}}});
    QTableView *table = panel.serviceTable();
    QTRY_VERIFY(table->isColumnHidden(ServiceModel::HealthColumn));
    QVERIFY(!table->horizontalScrollBar()->isVisible());
    // Every other column is there, with room for what it shows.
    for (int c : {ServiceModel::ServiceColumn, ServiceModel::StateColumn, ServiceModel::PortsColumn, ServiceModel::UsageColumn}) {
        QVERIFY2(!table->isColumnHidden(c), qPrintable(QString::number(c)));
        QVERIFY2(table->columnViewportPosition(c) + table->columnWidth(c) <= table->viewport()->width() + 1, qPrintable(QString::number(c)));
    }
    // The State column's width comes from what its delegate shows: the state and the health.
    QVERIFY2(table->columnWidth(ServiceModel::StateColumn) >= table->fontMetrics().horizontalAdvance(u"running · healthy"_s),
             qPrintable(QString::number(table->columnWidth(ServiceModel::StateColumn))));
    QVERIFY(table->columnWidth(ServiceModel::PortsColumn) >= table->fontMetrics().horizontalAdvance(u":42705"_s));
    QVERIFY(table->columnWidth(ServiceModel::UsageColumn) >= static_cast<const QAbstractItemView *>(table)->sizeHintForColumn(ServiceModel::UsageColumn));

    panel.resize(900, 700);
    QTRY_VERIFY(!table->isColumnHidden(ServiceModel::HealthColumn));
    QVERIFY(table->columnWidth(ServiceModel::PortsColumn) >= table->fontMetrics().horizontalAdvance(u"127.0.0.1:42705->80/tcp"_s));
}
