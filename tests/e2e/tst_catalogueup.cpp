// A service from the compose Configuration view's catalogue, added through the view, saved from
// the editor, brought up with the Services panel's Up on the real engine: it turns healthy.
// Runs on the e2e engine, which has the stand-in postgres image (packaging/images).
#include "../docker/dockertest.h"

#include "config/composeconfigview.h"
#include "docker/dockerenvironment.h"
#include "editor/codeeditor.h"
#include "editor/editorarea.h"
#include "editor/editortab.h"
#include "models/servicemodel.h"
#include "services/servicespanel.h"

#include <QAction>
#include <QMenu>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace Berth;

namespace {

// The user's own stack: a database and an app on a network of theirs, with comments.
const char stackYaml[] = R"(# Our staging-like stack.
services:
  database:
    image: postgres:17
    env_file:
      - database_env   # credentials, not committed
    healthcheck:
      test: ["CMD-SHELL", "pg_isready -h 127.0.0.1 -U app"]
      interval: 2s
      timeout: 5s
      retries: 60
    networks:
      - back
  app:
    image: postgres:17
    entrypoint: ["sleep", "infinity"]
    depends_on:
      database:
        condition: service_healthy
    networks:
      - back

networks:
  back: {}
)";

} // namespace

class TestCatalogueUp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void secondDatabaseComesUpHealthy();
};

void TestCatalogueUp::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString why;
    const QString host = DockerTest::dockerHost(&why);
    QVERIFY2(!host.isEmpty(), qPrintable(why));
    // Set-up, not product code: the stand-in postgres image into the engine (from the image
    // cache; built from Debian packages the first time).
    QProcess standins;
    standins.setProcessEnvironment(DockerTest::environment(host));
    standins.setProcessChannelMode(QProcess::MergedChannels);
    standins.start(qEnvironmentVariable("BERTH_SOURCE_DIR") + u"/packaging/images/build-standins"_s,
                   {u"--postgres"_s, u"postgres:17"_s});
    QVERIFY(standins.waitForFinished(15 * 60 * 1000));
    QVERIFY2(standins.exitStatus() == QProcess::NormalExit && standins.exitCode() == 0, standins.readAll().constData());
}

void TestCatalogueUp::secondDatabaseComesUpHealthy()
{
    DockerTest::Project stack(stackYaml, u"cat"_s);
    QVERIFY(DockerTest::writeFile(stack.directory() + u"/database_env"_s,
                                  "POSTGRES_USER=app\nPOSTGRES_PASSWORD=not-a-secret\nPOSTGRES_DB=app\n"));
    const QString composeFile = stack.project().composeFile;

    // The editor's Configuration view: Add ▸ Second database.
    EditorArea area;
    area.resize(1100, 750);
    area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&area));
    EditorTab *tab = area.openFile(composeFile, u"YAML"_s);
    QVERIFY(tab && tab->hasConfiguration());
    const QString before = tab->editor()->toPlainText();
    QTest::keyClick(tab->editor(), Qt::Key_F4);
    QVERIFY(tab->isShowingConfiguration());
    auto *view = qobject_cast<ComposeConfigView *>(tab->configView());
    QVERIFY(view);
    QToolButton *add = nullptr;
    for (QToolButton *b : view->findChildren<QToolButton *>())
        if (b->accessibleName() == u"Add a service")
            add = b;
    QVERIFY(add && add->menu());
    QAction *second = nullptr;
    for (QAction *a : add->menu()->actions())
        if (a->text() == u"Second database")
            second = a;
    QVERIFY(second);
    QTRY_VERIFY(add->isEnabled()); // the form is current (not read-only)
    second->trigger();
    const QString after = tab->editor()->toPlainText();
    QVERIFY2(after.contains(u"\n  database2:\n"_s), qPrintable(after));
    // A minimal edit: the user's lines are all still there, in order, comments included.
    qsizetype from = 0;
    for (const QString &line : before.split(u'\n')) {
        from = after.indexOf(line, from);
        QVERIFY2(from >= 0, qPrintable(u"lost: "_s + line));
    }
    QVERIFY(after.contains(u"      - database_env   # credentials, not committed\n"_s));
    QVERIFY(area.saveCurrent());

    // The Services panel: compose sees three services; Up; database2 turns healthy.
    ServicesPanel panel;
    panel.resize(1100, 700);
    panel.environment()->setProcessEnvironment(DockerTest::environment());
    QSignalSpy finished(&panel, &ServicesPanel::actionFinished);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setProject(stack.directory());
    QTRY_COMPARE_WITH_TIMEOUT(panel.serviceModel()->rowCount(), 3, 30000);
    QCOMPARE(panel.serviceModel()->serviceNames(), (QStringList{u"app"_s, u"database"_s, u"database2"_s}));
    auto *up = panel.findChild<QToolButton *>(u"stack_up"_s);
    QVERIFY(up);
    QTRY_VERIFY_WITH_TIMEOUT(up->isEnabled(), 30000);
    QTest::mouseClick(up, Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty() && !panel.isBusy(); }, 240000));
    QVERIFY2(finished.last().at(1).toBool(), qPrintable(finished.last().at(2).toString()));
    auto cell = [&panel](const QString &service, int column) {
        return panel.serviceModel()->index(panel.serviceModel()->rowOf(service), column).data().toString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(cell(u"database2"_s, ServiceModel::StateColumn), u"running"_s, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(cell(u"database2"_s, ServiceModel::HealthColumn), u"healthy"_s, 120000);
    // It is a database that answers with the first one's credentials, on the app's network.
    QByteArray output;
    QCOMPARE(stack.compose({u"exec"_s, u"-T"_s, u"app"_s, u"pg_isready"_s, u"-h"_s, u"database2"_s, u"-U"_s, u"app"_s}, &output), 0);
}

QTEST_MAIN(TestCatalogueUp)
#include "tst_catalogueup.moc"
