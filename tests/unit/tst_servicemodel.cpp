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
    void usageOfRunningContainersPerService();
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

// docker stats figures (by short id) are summed per service over its running containers only,
// shown in the usage column, and gone after clearUsage().
void TestServiceModel::usageOfRunningContainersPerService()
{
    ServiceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDefinitions({definition(u"app"_s), definition(u"worker"_s), definition(u"database"_s)});
    const QString a1 = u"aaaaaaaaaaaa1111"_s, a2 = u"aaaaaaaaaaab2222"_s, w = u"cccccccccccc3333"_s, d = u"dddddddddddd4444"_s;
    ContainerStatus app1 = status(u"app"_s, u"running"_s), app2 = status(u"app"_s, u"running"_s);
    ContainerStatus worker = status(u"worker"_s, u"exited"_s), database = status(u"database"_s, u"running"_s);
    app1.id = a1;
    app2.id = a2;
    worker.id = w;
    database.id = d;
    model.setStatuses({app1, app2, worker, database});
    QCOMPARE(model.runningContainerIds(), (QStringList{a1, a2, d}));
    QCOMPARE(model.index(0, ServiceModel::UsageColumn).data().toString(), QString()); // nothing measured yet
    QVERIFY(!model.index(0, 0).data(ServiceModel::CpuPercentRole).isValid());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setUsage({{a1.left(12), {1.5, 10 * 1024 * 1024, 1024LL * 1024 * 1024}},
                    {a2.left(12), {2.0, 20 * 1024 * 1024, 1024LL * 1024 * 1024}},
                    {w.left(12), {50.0, 99 * 1024 * 1024, 1024LL * 1024 * 1024}}}); // stale: not running
    QCOMPARE(changed.size(), 1); // the app row only
    QCOMPARE(changed.first().at(0).toModelIndex().column(), int(ServiceModel::UsageColumn)); // figures, no state
    QCOMPARE(model.index(0, 0).data(ServiceModel::CpuPercentRole).toDouble(), 3.5);
    QCOMPARE(model.index(0, 0).data(ServiceModel::MemoryBytesRole).toLongLong(), 30LL * 1024 * 1024);
    QCOMPARE(model.index(0, ServiceModel::UsageColumn).data().toString(), u"3.5 % · 30.0 MiB"_s);
    QVERIFY(model.index(0, ServiceModel::UsageColumn).data(Qt::ToolTipRole).toString().contains(u"1.0 GiB"_s));
    QVERIFY(!model.index(1, 0).data(ServiceModel::CpuPercentRole).isValid()); // the exited worker
    QVERIFY(!model.index(2, 0).data(ServiceModel::CpuPercentRole).isValid()); // not in the sample

    model.setUsage({{d.left(12), {12.0, 512 * 1024, 0}}}); // merged with the figures known
    QCOMPARE(model.index(0, 0).data(ServiceModel::CpuPercentRole).toDouble(), 3.5);
    QCOMPARE(model.index(2, ServiceModel::UsageColumn).data().toString(), u"12 % · 512.0 KiB"_s);

    model.clearUsage();
    QVERIFY(!model.index(0, 0).data(ServiceModel::CpuPercentRole).isValid());
    QCOMPARE(model.index(2, ServiceModel::UsageColumn).data().toString(), QString());
}

QTEST_GUILESS_MAIN(TestServiceModel)
#include "tst_servicemodel.moc"
