// Progress from what `compose build` and `compose up` print without a terminal: BuildKit's
// plain steps (two images at once), the classic builder's, and compose's container lines.
#include "docker/composeprogress.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Berth::ComposeProgress;

class TestComposeProgress : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void buildKitTwoImages();
    void classicBuilder();
    void upCountsContainers();
    void otherLinesChangeNothing();
};

void TestComposeProgress::buildKitTwoImages()
{
    ComposeProgress p;
    QCOMPARE(p.fraction(), -1.0);
    QVERIFY(!p.takeLine(u"#0 building with \"default\" instance using docker driver"_s));
    QVERIFY(p.takeLine(u"#5 [app 1/4] FROM docker.io/library/python:3.12-slim"_s));
    QCOMPARE(p.fraction(), 0.0);
    QVERIFY(p.takeLine(u"#6 [app 2/4] COPY requirements.txt /tmp/"_s));
    QCOMPARE(p.fraction(), 0.25);
    QVERIFY(p.takeLine(u"#7 [worker 1/2] FROM docker.io/library/python:3.12-slim"_s));
    // app 1 of 4 and worker 0 of 2 is 1/6, but a bar that moves back is worse than one that
    // waits: it stays until the work catches up.
    QCOMPARE(p.fraction(), 0.25);
    QVERIFY(p.takeLine(u"#8 [app 3/4] RUN pip install -r /tmp/requirements.txt"_s));
    QCOMPARE(p.currentStep(), u"app: RUN pip install -r /tmp/requirements.txt (3/4)");
    QCOMPARE(p.fraction(), 2.0 / 6.0);
    QVERIFY(p.takeLine(u"#9 [app builder 4/4] COPY . /opt/app"_s)); // a named stage
    QCOMPARE(p.fraction(), 3.0 / 6.0);
    // A step seen again (its DONE line, a late log line) never moves the bar back.
    QVERIFY(p.takeLine(u"#6 [app 2/4] COPY requirements.txt /tmp/"_s));
    QCOMPARE(p.fraction(), 3.0 / 6.0);
}

void TestComposeProgress::classicBuilder()
{
    ComposeProgress p;
    QVERIFY(p.takeLine(u"Step 1/5 : FROM python:3.12-slim"_s));
    QVERIFY(p.takeLine(u"Step 4/5 : RUN pip install -r requirements.txt"_s));
    QCOMPARE(p.fraction(), 0.6);
    QCOMPARE(p.currentStep(), u"RUN pip install -r requirements.txt (4/5)");
}

void TestComposeProgress::upCountsContainers()
{
    ComposeProgress p;
    p.setExpectedContainers(3);
    QVERIFY(p.takeLine(u" Network shop_default  Creating"_s));
    QVERIFY(p.takeLine(u" Volume \"shop_pg_data\"  Created"_s));
    QCOMPARE(p.fraction(), 0.0); // networks and volumes are not the containers' share
    QVERIFY(p.takeLine(u" Container shop-database-1  Started"_s));
    QCOMPARE(p.fraction(), 1.0 / 3.0);
    QVERIFY(p.takeLine(u" Container shop-app-1  Waiting"_s));
    QCOMPARE(p.currentStep(), u"Container shop-app-1: Waiting");
    QCOMPARE(p.fraction(), 1.0 / 3.0);
    QVERIFY(p.takeLine(u" Container shop-database-1  Healthy"_s));
    QVERIFY(p.takeLine(u" Container shop-app-1  Started"_s));
    QVERIFY(p.takeLine(u" Container shop-nginx-1  Started"_s));
    QCOMPARE(p.fraction(), 1.0);
}

void TestComposeProgress::otherLinesChangeNothing()
{
    ComposeProgress p;
    for (const QString &line : {u""_s, u"Attaching to app-1"_s, u"app-1  | Booting worker"_s,
                                u"WARN[0000] a warning"_s, u"#7 DONE 12.3s"_s})
        QVERIFY2(!p.takeLine(line), qPrintable(line));
    QCOMPARE(p.fraction(), -1.0);
}

QTEST_GUILESS_MAIN(TestComposeProgress)
#include "tst_composeprogress.moc"
