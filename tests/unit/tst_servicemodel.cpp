#include "models/servicemodel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Berth;

namespace {

ServiceDefinition definition(const QString &name, bool health = false)
{
    ServiceDefinition d;
    d.name = name;
    d.hasHealthcheck = health;
    return d;
}

ContainerStatus status(const QString &service, const QString &state, const QString &health = {}, int port = 0)
{
    ContainerStatus s;
    s.service = service;
    s.name = "p-"_L1 + service + "-1"_L1;
    s.state = state;
    s.health = health;
    if (port) {
        PortMapping mapping;
        mapping.hostIp = u"127.0.0.1"_s;
        mapping.published = port;
        mapping.target = 80;
        s.ports.append(mapping);
    }
    return s;
}

} // namespace

class TestServiceModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void definitionsGiveRows();
    void statusesMergeWithoutReset();
    void selectionSurvivesRefresh();
    void removedServiceRowGoes();
    void orphanContainerAddsRow();
    void displayTexts();
};

void TestServiceModel::definitionsGiveRows()
{
    ServiceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDefinitions({definition(u"app"_s, true), definition(u"database"_s), definition(u"nginx"_s)});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(ServiceModel::ColumnCount));
    QCOMPARE(model.serviceNames(), (QStringList{u"app"_s, u"database"_s, u"nginx"_s}));
    QCOMPARE(model.index(0, ServiceModel::StateColumn).data().toString(), u"not created"_s);
}

void TestServiceModel::statusesMergeWithoutReset()
{
    ServiceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDefinitions({definition(u"app"_s, true), definition(u"database"_s)});
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setStatuses({status(u"app"_s, u"running"_s, u"starting"_s), status(u"database"_s, u"running"_s)});
    QCOMPARE(changed.size(), 2);
    model.setStatuses({status(u"app"_s, u"running"_s, u"healthy"_s), status(u"database"_s, u"running"_s)});
    QCOMPARE(changed.size(), 3);
    QCOMPARE(changed.last().at(0).toModelIndex().row(), 0);
    // The same statuses again change nothing.
    model.setStatuses({status(u"app"_s, u"running"_s, u"healthy"_s), status(u"database"_s, u"running"_s)});
    QCOMPARE(changed.size(), 3);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(model.index(0, ServiceModel::HealthColumn).data().toString(), u"healthy"_s);
}

void TestServiceModel::selectionSurvivesRefresh()
{
    ServiceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDefinitions({definition(u"app"_s), definition(u"database"_s), definition(u"nginx"_s)});
    QItemSelectionModel selection(&model);
    selection.setCurrentIndex(model.index(2, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    model.setStatuses({status(u"nginx"_s, u"running"_s, {}, 8080)});
    model.setStatuses({status(u"nginx"_s, u"exited"_s)});
    QCOMPARE(selection.currentIndex().row(), 2);
    QCOMPARE(selection.currentIndex().data(ServiceModel::ServiceNameRole).toString(), u"nginx"_s);
    // A service inserted before the selected one moves the selection with its row.
    model.setDefinitions({definition(u"aaa"_s), definition(u"app"_s), definition(u"database"_s), definition(u"nginx"_s)});
    QCOMPARE(selection.currentIndex().data(ServiceModel::ServiceNameRole).toString(), u"nginx"_s);
    QVERIFY(selection.isRowSelected(3));
}

void TestServiceModel::removedServiceRowGoes()
{
    ServiceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDefinitions({definition(u"app"_s), definition(u"database"_s), definition(u"nginx"_s)});
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.setDefinitions({definition(u"app"_s), definition(u"nginx"_s)});
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.serviceNames(), (QStringList{u"app"_s, u"nginx"_s}));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestServiceModel::orphanContainerAddsRow()
{
    ServiceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDefinitions({definition(u"app"_s)});
    model.setStatuses({status(u"app"_s, u"running"_s), status(u"old"_s, u"exited"_s)});
    QCOMPARE(model.serviceNames(), (QStringList{u"app"_s, u"old"_s}));
    model.setStatuses({status(u"app"_s, u"running"_s)});
    QCOMPARE(model.serviceNames(), QStringList{u"app"_s});
}

void TestServiceModel::displayTexts()
{
    ServiceModel model;
    model.setDefinitions({definition(u"app"_s, true), definition(u"web"_s)});
    ContainerStatus exited = status(u"web"_s, u"exited"_s);
    exited.exitCode = 3;
    model.setStatuses({status(u"app"_s, u"running"_s, u"unhealthy"_s, 8000), exited, status(u"app"_s, u"exited"_s)});
    QCOMPARE(model.index(0, ServiceModel::StateColumn).data().toString(), u"running (1/2)"_s);
    QCOMPARE(model.index(0, ServiceModel::HealthColumn).data().toString(), u"unhealthy"_s);
    QCOMPARE(model.index(0, ServiceModel::PortsColumn).data().toString(), u"127.0.0.1:8000->80/tcp"_s);
    QCOMPARE(model.index(0, 0).data(ServiceModel::PublishedPortRole).toInt(), 8000);
    QCOMPARE(model.index(1, ServiceModel::StateColumn).data().toString(), u"exited (3)"_s);
    QCOMPARE(model.headerData(ServiceModel::PortsColumn, Qt::Horizontal).toString(), u"Ports"_s);
}

QTEST_GUILESS_MAIN(TestServiceModel)
#include "tst_servicemodel.moc"
