// The services panel against the private engine: what a person does in a day, through the
// panel's buttons and models (offscreen).
#include "dockertest.h"

#include "docker/dockerenvironment.h"
#include "logs/logmodel.h"
#include "models/servicemodel.h"
#include "models/testresultmodel.h"
#include "services/logview.h"
#include "services/finishednotifier.h"
#include "services/servicespanel.h"
#include "startpage.h"

#include <QAccessible>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace Berth;

namespace {

// With BERTH_SCREENSHOT_DIR set, the panel is saved there at the stages the documentation
// shows (docs/screenshots/services-*.png).
void screenshot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("BERTH_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::sendPostedEvents(); // pending layouts and updates first
    widget.grab().save(dir + "/services-"_L1 + name + ".png"_L1);
}

// Accepts the next modal message box with the given object name, remembering its text.
void answerConfirmation(const QString &name, const QString &button, QString *text)
{
    QTimer::singleShot(50, qApp, [name, button, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != name) {
            answerConfirmation(name, button, text);
            return;
        }
        *text = box->text();
        if (auto *b = box->findChild<QPushButton *>(button))
            b->click();
        else
            box->reject();
    });
}

} // namespace

class TestServicesPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void bannerWhenCliMissing();
    void brokenComposeFileThenFixed();
    void aDayWithTheStack();
    void floodKeepsWindowResponsive();
    void daemonGoesAndComesBack();
    void daemonNotRunningAtOpenThenStarts();
    void closingLeavesNothingRunning();
    void startPageShowsStackStates();

private:
    bool waitForAction(ServicesPanel &panel, QSignalSpy &finished, int timeoutMs = 60000);
};

namespace {
// What the panel announced to assistive tools, and whether it was assertive.
QList<std::pair<QString, bool>> announcements;
void recordAnnouncement(QAccessibleEvent *event)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    if (event->type() == QAccessible::Announcement) {
        const auto *a = static_cast<QAccessibleAnnouncementEvent *>(event);
        announcements.append({a->message(), a->politeness() == QAccessible::AnnouncementPoliteness::Assertive});
    }
#else
    Q_UNUSED(event)
#endif
}
} // namespace

void TestServicesPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString why;
    QVERIFY2(!DockerTest::dockerHost(&why).isEmpty(), qPrintable(why));
}

bool TestServicesPanel::waitForAction(ServicesPanel &panel, QSignalSpy &finished, int timeoutMs)
{
    const qsizetype before = finished.size();
    return QTest::qWaitFor([&] { return finished.size() > before && !panel.isBusy(); }, timeoutMs);
}

void TestServicesPanel::bannerWhenCliMissing()
{
    DockerTest::Project stack(DockerTest::stackYaml(DockerTest::freePort()));
    ServicesPanel panel;
    QProcessEnvironment env = DockerTest::environment();
    env.insert(u"PATH"_s, u"/nonexistent"_s);
    panel.environment()->setProcessEnvironment(env);
    panel.environment()->setInstallFolders({});
    panel.environment()->setConfiguredCli({});
    panel.show();
    panel.setProject(stack.directory());
    QTRY_VERIFY_WITH_TIMEOUT(!panel.bannerText().isEmpty(), 10000);
    QVERIFY2(panel.bannerText().contains(u"not installed"_s), qPrintable(panel.bannerText()));
    QVERIFY(!panel.findChild<QToolButton *>(u"stack_up"_s)->isEnabled());
    QVERIFY(panel.findChild<QPushButton *>(u"dockerRetry"_s)->isVisible());
    QVERIFY(panel.findChild<QPushButton *>(u"dockerChooseCli"_s)->isVisible());
}

void TestServicesPanel::brokenComposeFileThenFixed()
{
    DockerTest::Project stack("services:\n  web:\n    image: berth-test/busybox:latest\n    ports: [\"not a port\"]\n");
    ServicesPanel panel;
    panel.environment()->setProcessEnvironment(DockerTest::environment());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setProject(stack.directory());
    // Compose's own words about the file.
    QTRY_VERIFY_WITH_TIMEOUT(panel.bannerText().contains(u"cannot read"_s), 20000);
    QVERIFY2(panel.bannerText().contains(u"not a port"_s), qPrintable(panel.bannerText()));
    QCOMPARE(panel.serviceModel()->rowCount(), 0);
    // Fixed in an editor (saved by replacing the file): Retry reads it.
    {
        QSaveFile file(stack.project().composeFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name: " + stack.project().name.toUtf8() + "\nservices:\n  web:\n    image: berth-test/busybox:latest\n");
        QVERIFY(file.commit());
    }
    QTest::mouseClick(panel.findChild<QPushButton *>(u"dockerRetry"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(panel.serviceModel()->serviceNames(), QStringList{u"web"_s}, 20000);
    QVERIFY(panel.bannerText().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(panel.isWatching(), 20000);
    // Changed again (a service added): the panel reads it by itself, keeping its watchers.
    {
        QSaveFile file(stack.project().composeFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name: " + stack.project().name.toUtf8()
                   + "\nservices:\n  web:\n    image: berth-test/busybox:latest\n  cache:\n    image: berth-test/busybox:latest\n");
        QVERIFY(file.commit());
    }
    QTRY_COMPARE_WITH_TIMEOUT(panel.serviceModel()->serviceNames(), (QStringList{u"cache"_s, u"web"_s}), 20000);
    QVERIFY(panel.isWatching());
}

void TestServicesPanel::aDayWithTheStack()
{
    const int port = DockerTest::freePort();
    DockerTest::Project stack(DockerTest::toolsYaml(port));
    QVERIFY(DockerTest::writeFile(stack.directory() + "/manage.sh"_L1, DockerTest::manageScript));
    QVERIFY(DockerTest::writeFile(stack.directory() + "/tests.sh"_L1, DockerTest::testsScript));

    ServicesPanel panel;
    panel.resize(1100, 800);
    panel.environment()->setProcessEnvironment(DockerTest::environment());
    QStringList output;
    connect(&panel, &ServicesPanel::outputLine, this, [&output](const QString &line) { output.append(line); });
    QSignalSpy finished(&panel, &ServicesPanel::actionFinished);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setProject(stack.directory());

    // Services from `compose config`, live state from events.
    QTRY_COMPARE_WITH_TIMEOUT(panel.serviceModel()->rowCount(), 4, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(panel.isWatching(), 20000);
    QVERIFY(panel.bannerText().isEmpty());
    QCOMPARE(panel.serviceModel()->serviceNames(), (QStringList{u"manage"_s, u"tests"_s, u"web"_s, u"worker"_s}));
    const int workerRow = panel.serviceModel()->rowOf(u"worker"_s);
    panel.serviceTable()->selectRow(workerRow);
    screenshot(panel, u"idle"_s);

    // Up, by the button; the exact command line is shown and goes to the output pane.
    auto *upButton = panel.findChild<QToolButton *>(u"stack_up"_s);
    QTRY_VERIFY(upButton->isEnabled());
    QTest::mouseClick(upButton, Qt::LeftButton);
    QVERIFY(waitForAction(panel, finished));
    QVERIFY2(finished.last().at(1).toBool(), qPrintable(finished.last().at(2).toString()));
    QVERIFY(panel.lastCommandLine().contains(u" -p "_s + stack.project().name + u" up -d"_s));
    QVERIFY(output.contains(u"$ "_s + panel.lastCommandLine()));
    auto cell = [&panel](const QString &service, int column) {
        return panel.serviceModel()->index(panel.serviceModel()->rowOf(service), column).data().toString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(cell(u"web"_s, ServiceModel::StateColumn), u"running"_s, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(cell(u"web"_s, ServiceModel::HealthColumn), u"healthy"_s, 20000);
    QCOMPARE(cell(u"manage"_s, ServiceModel::StateColumn), u"not created"_s);
    // The refreshes merged into the model: the selection is still on worker.
    QCOMPARE(panel.serviceTable()->selectionModel()->selectedRows().value(0).data(ServiceModel::ServiceNameRole).toString(),
             u"worker"_s);
    QCOMPARE(panel.siteUrl(), QUrl(u"http://localhost:%1/"_s.arg(port)));
    // CPU and memory per running service, from docker stats while the panel is shown.
    const auto memory = [&panel](const QString &service) {
        return panel.serviceModel()->index(panel.serviceModel()->rowOf(service), 0).data(ServiceModel::MemoryBytesRole).toLongLong();
    };
    QTRY_VERIFY_WITH_TIMEOUT(memory(u"web"_s) > 0 && memory(u"worker"_s) > 0, 30000);
    QVERIFY2(cell(u"web"_s, ServiceModel::UsageColumn).contains(u"iB"_s), qPrintable(cell(u"web"_s, ServiceModel::UsageColumn)));
    QVERIFY(!panel.serviceModel()->index(panel.serviceModel()->rowOf(u"manage"_s), 0).data(ServiceModel::MemoryBytesRole).isValid());
    QTRY_VERIFY_WITH_TIMEOUT(panel.logView()->rowCount() > 30, 15000);
    screenshot(panel, u"running"_s);

    // Logs: coloured web lines in the view, searchable, filterable.
    LogView *view = panel.logView();
    QTRY_VERIFY_WITH_TIMEOUT(view->rowCount() > 12, 15000);
    QVERIFY(view->setSearch(u"line 1[0-2]$"_s, true));
    QSignalSpy found(view, &LogView::findFinished);
    view->findNext();
    QVERIFY(!found.isEmpty() || found.wait(10000));
    QVERIFY(found.constLast().at(0).toBool());
    QVERIFY(view->rowText(view->currentMatchRow()).contains(u"web line 1"_s));
    QVERIFY(!view->isFollowing());
    view->setFollowing(true);
    view->setServiceFilter(u"worker"_s);
    for (int row = 0; row < view->rowCount(); ++row)
        QVERIFY2(!view->rowText(row).startsWith(u"web"_s), qPrintable(view->rowText(row)));
    QVERIFY(view->rowCount() >= 1);
    view->setServiceFilter(QString());

    // A second project wanting the same port: the CLI's message is what the panel shows.
    {
        DockerTest::Project rival(DockerTest::stackYaml(port), u"br"_s);
        ServicesPanel other;
        other.environment()->setProcessEnvironment(DockerTest::environment());
        QSignalSpy otherFinished(&other, &ServicesPanel::actionFinished);
        other.show();
        other.setProject(rival.directory());
        QTRY_VERIFY_WITH_TIMEOUT(other.isWatching(), 20000);
        other.up(u"web"_s);
        QVERIFY(waitForAction(other, otherFinished));
        QVERIFY(!otherFinished.last().at(1).toBool());
        QVERIFY2(other.statusText().contains(u"port is already allocated"_s), qPrintable(other.statusText()));
    }

    // Per-service action on the selected row.
    QTest::mouseClick(panel.findChild<QToolButton *>(u"service_restart"_s), Qt::LeftButton);
    QVERIFY(waitForAction(panel, finished));
    QVERIFY(finished.last().at(1).toBool());
    QVERIFY(panel.lastCommandLine().endsWith(u"restart worker"_s));

    // Chores: one that works, one that fails with the tool's own message.
    panel.manage(u"Migrate"_s, {u"migrate"_s});
    QVERIFY(waitForAction(panel, finished));
    QVERIFY2(finished.last().at(1).toBool(), qPrintable(finished.last().at(2).toString()));
    QVERIFY(output.contains(u"Applying migrations... OK"_s));
    QVERIFY(panel.lastCommandLine().contains(u"run --rm manage migrate"_s));
    // The failure is read out to a screen reader, interrupting what it reads.
    const QAccessible::UpdateHandler previousHandler = QAccessible::installUpdateHandler(recordAnnouncement);
    announcements.clear();
    panel.manage(u"Bogus"_s, {u"bogus"_s});
    QVERIFY(waitForAction(panel, finished));
    QAccessible::installUpdateHandler(previousHandler);
    QVERIFY(!finished.last().at(1).toBool());
    QVERIFY2(panel.statusText().contains(u"Unknown command: 'bogus'"_s), qPrintable(panel.statusText()));
    QVERIFY(panel.statusText().contains(u"exit code 1"_s));
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    const bool announcedAssertively = !announcements.isEmpty() && announcements.last().first == panel.statusText()
        && announcements.last().second;
    QVERIFY2(announcedAssertively, qPrintable(announcements.isEmpty() ? u"nothing announced"_s : announcements.last().first));
#endif
    screenshot(panel, u"failed-action"_s);

    // Superuser: the password reaches the container but no command line and no output.
    const QString password = u"s3cret-Pw-91"_s;
    panel.createSuperuser(u"admin"_s, u"admin@example.org"_s, password);
    QVERIFY(waitForAction(panel, finished));
    QVERIFY2(finished.last().at(1).toBool(), qPrintable(finished.last().at(2).toString()));
    QVERIFY(output.contains(u"Superuser created successfully."_s));
    QVERIFY(panel.lastCommandLine().contains(u"-e DJANGO_SUPERUSER_PASSWORD manage createsuperuser"_s));
    QVERIFY(!panel.lastCommandLine().contains(password));
    QVERIFY(!output.join(u'\n').contains(password));

    // Tests: a failing run is a failed action, and its results show as a tree. It ends while
    // another window is active, so a desktop notice says how it went.
    QList<FinishedNotifier::Notice> notices;
    panel.finishedNotifier()->setMinimumDuration(0);
    panel.finishedNotifier()->setSink([&notices](const FinishedNotifier::Notice &notice) { notices.append(notice); });
    QWidget elsewhere;
    elsewhere.show();
    elsewhere.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&elsewhere));
    QVERIFY(!panel.isActiveWindow());
    panel.runTests();
    QVERIFY(waitForAction(panel, finished));
    QVERIFY(!finished.last().at(1).toBool());
    QTRY_COMPARE_WITH_TIMEOUT(panel.testResults()->summary().tests, 2, 5000);
    QCOMPARE(panel.testResults()->summary().failed, 1);
    const QModelIndex group = panel.testResults()->index(0, 0);
    QCOMPARE(group.data().toString(), u"shop.tests"_s);
    QVERIFY(panel.testResults()->index(1, 0, group).data(TestResultModel::DetailRole).toString().contains(u"assert 1 == 2"_s));
    QVERIFY(panel.findChild<QPushButton *>(u"runFailedAgain"_s)->isEnabled());
    screenshot(panel, u"test-results"_s);
    QCOMPARE(notices.size(), 1);
    QVERIFY(!notices.at(0).succeeded);
    QVERIFY2(notices.at(0).title.endsWith(u" failed"_s), qPrintable(notices.at(0).title));
    QCOMPARE(notices.at(0).body, u"1 passed, 1 failed, 0 errors"_s);
    // Work that ends while Berth's window is active is not announced.
    panel.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&panel));

    // A project without tests yet: pytest exits 5 and reports none; that is not a failure.
    QVERIFY(DockerTest::writeFile(stack.directory() + "/tests.sh"_L1,
                      "for a in \"$@\"; do case \"$a\" in --junitxml=*) f=\"${a#--junitxml=}\" ;; esac; done\n"
                      "echo 'collected 0 items'\n"
                      "echo '<?xml version=\"1.0\"?><testsuites><testsuite name=\"pytest\" tests=\"0\"/></testsuites>' > \"$f\"\n"
                      "exit 5\n"));
    panel.runTests();
    QVERIFY(waitForAction(panel, finished));
    QVERIFY2(finished.last().at(1).toBool(), qPrintable(finished.last().at(2).toString()));
    QVERIFY2(panel.statusText().contains(u"no tests yet"_s), qPrintable(panel.statusText()));
    QCOMPARE(notices.size(), 1);
    QVERIFY(DockerTest::writeFile(stack.directory() + "/tests.sh"_L1, DockerTest::testsScript));

    // Down for one service leaves the others running.
    panel.serviceTable()->selectRow(panel.serviceModel()->rowOf(u"worker"_s));
    QTest::mouseClick(panel.findChild<QToolButton *>(u"service_down"_s), Qt::LeftButton);
    QVERIFY(waitForAction(panel, finished));
    QVERIFY2(finished.last().at(1).toBool(), qPrintable(finished.last().at(2).toString()));
    QVERIFY(panel.lastCommandLine().endsWith(u"down worker"_s));
    QTRY_COMPARE_WITH_TIMEOUT(cell(u"worker"_s, ServiceModel::StateColumn), u"not created"_s, 15000);
    QCOMPARE(cell(u"web"_s, ServiceModel::StateColumn), u"running"_s);

    // Down with volumes asks first, naming the volume.
    QString question;
    answerConfirmation(u"confirmDownVolumes"_s, u"confirmDelete"_s, &question);
    panel.downWithVolumes();
    QVERIFY2(question.contains(stack.project().name + "_data"_L1), qPrintable(question));
    QVERIFY(waitForAction(panel, finished));
    QVERIFY2(finished.last().at(1).toBool(), qPrintable(finished.last().at(2).toString()));
    QTRY_COMPARE_WITH_TIMEOUT(cell(u"web"_s, ServiceModel::StateColumn), u"not created"_s, 15000);
    QByteArray volumes;
    QCOMPARE(DockerTest::docker({u"volume"_s, u"ls"_s, u"-q"_s}, &volumes), 0);
    QVERIFY(!volumes.contains(QByteArray(stack.project().name.toUtf8() + "_data")));

    // Cancelled confirmation: nothing runs.
    answerConfirmation(u"confirmDownVolumes"_s, u"none"_s, &question);
    const qsizetype actions = finished.size();
    question.clear();
    panel.downWithVolumes();
    QTRY_VERIFY(!question.isEmpty()); // asked, and answered "no"
    QCOMPARE(finished.size(), actions);
    QVERIFY(!panel.isBusy());
}

void TestServicesPanel::floodKeepsWindowResponsive()
{
    DockerTest::Project flood(DockerTest::floodYaml(), u"bf"_s);
    ServicesPanel panel;
    panel.resize(1100, 800);
    panel.environment()->setProcessEnvironment(DockerTest::environment());
    panel.logModel()->setCapacity(50000);
    QSignalSpy finished(&panel, &ServicesPanel::actionFinished);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setProject(flood.directory());
    QTRY_VERIFY_WITH_TIMEOUT(panel.isWatching(), 20000);
    panel.up();
    QVERIFY(waitForAction(panel, finished));
    QTRY_VERIFY_WITH_TIMEOUT(panel.logModel()->totalAppended() > 5000, 20000);

    QElapsedTimer clock;
    clock.start();
    qint64 last = 0, longest = 0;
    QTimer ticker;
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, this, [&] {
        longest = qMax(longest, clock.elapsed() - last);
        last = clock.elapsed();
    });
    ticker.start();
    const quint64 before = panel.logModel()->totalAppended();
    // How long the window may stall is berth-bench's business (log_max_stall_ms); here the flood
    // keeps reaching the view, the view keeps following it, and the event loop keeps running.
    QTRY_VERIFY_WITH_TIMEOUT(panel.logModel()->totalAppended() - before > 50000, 60000);
    ticker.stop();
    const quint64 received = panel.logModel()->totalAppended() - before;
    qInfo("panel flood: %llu lines in %lld ms shown, longest event-loop gap %lld ms", received, clock.elapsed(), longest);
    QVERIFY(last > 0);
    QVERIFY(panel.logView()->isFollowing());
    // The view scrolls once per repaint batch, so lines that came since the last batch are below
    // the end until the next one; once the streams stop, the next batch shows the last line.
    panel.shutdown();
    QTRY_VERIFY_WITH_TIMEOUT(panel.logView()->firstVisibleRow() + panel.logView()->visibleRowCount() >= panel.logView()->rowCount(), 5000);
    QVERIFY(panel.logView()->isFollowing());
}

void TestServicesPanel::daemonGoesAndComesBack()
{
    DockerTest::OwnEngine engine;
    const QString host = engine.start();
    QVERIFY(!host.isEmpty());
    DockerTest::Project stack(DockerTest::stackYaml(DockerTest::freePort()));
    stack.setEnvironment(DockerTest::environment(host));
    QCOMPARE(stack.compose({u"up"_s, u"-d"_s, u"worker"_s}), 0);

    ServicesPanel panel;
    panel.environment()->setProcessEnvironment(DockerTest::environment(host));
    panel.show();
    panel.setProject(stack.directory());
    QTRY_VERIFY_WITH_TIMEOUT(panel.isWatching(), 20000);
    auto logged = [&panel](const QString &text) {
        int count = 0;
        for (int i = 0; i < panel.logModel()->lineCount(); ++i)
            count += panel.logModel()->entry(i).text.contains(text);
        return count;
    };
    QTRY_COMPARE_WITH_TIMEOUT(logged(u"worker ready"_s), 1, 15000);
    QVERIFY(panel.bannerText().isEmpty());

    // The daemon stops while logs are followed: the panel says so, and what to do.
    QVERIFY(engine.stop());
    QTRY_VERIFY_WITH_TIMEOUT(panel.bannerText().contains(u"not running"_s), 30000);
    QVERIFY2(panel.bannerText().contains(host), qPrintable(panel.bannerText()));
    QVERIFY(logged(u"Lost the connection to Docker"_s) >= 1);
    QVERIFY(!panel.findChild<QToolButton *>(u"stack_up"_s)->isEnabled());

    // It comes back: the panel reconnects by itself and follows the logs again.
    QVERIFY(!engine.start().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(panel.bannerText().isEmpty(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(panel.findChild<QToolButton *>(u"stack_up"_s)->isEnabled(), 10000);
    QSignalSpy finished(&panel, &ServicesPanel::actionFinished);
    panel.up(u"worker"_s);
    QVERIFY(waitForAction(panel, finished));
    QTRY_COMPARE_WITH_TIMEOUT(logged(u"worker ready"_s), 2, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(panel.serviceModel()->index(panel.serviceModel()->rowOf(u"worker"_s), ServiceModel::StateColumn)
                                  .data()
                                  .toString(),
                              u"running"_s, 15000);
}

void TestServicesPanel::daemonNotRunningAtOpenThenStarts()
{
    DockerTest::OwnEngine engine;
    DockerTest::Project stack(DockerTest::stackYaml(DockerTest::freePort()));
    ServicesPanel panel;
    panel.environment()->setProcessEnvironment(DockerTest::environment(engine.host()));
    panel.show();
    panel.setProject(stack.directory());
    QTRY_VERIFY_WITH_TIMEOUT(panel.bannerText().contains(u"not running"_s), 20000);
    QCOMPARE(panel.serviceModel()->rowCount(), 0);
    // The daemon starts later; the panel notices without a click.
    QCOMPARE(engine.start(), engine.host());
    QTRY_VERIFY_WITH_TIMEOUT(panel.bannerText().isEmpty(), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(panel.serviceModel()->rowCount(), 2, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(panel.isWatching(), 20000);
}

void TestServicesPanel::closingLeavesNothingRunning()
{
    DockerTest::Project stack(DockerTest::stackYaml(DockerTest::freePort()));
    QCOMPARE(stack.compose({u"up"_s, u"-d"_s, u"worker"_s}), 0);
    auto *panel = new ServicesPanel;
    panel->environment()->setProcessEnvironment(DockerTest::environment());
    panel->setProject(stack.directory());
    // Nothing runs before the panel has painted once: a zero timer queued now fires after any
    // the panel queued, and by then nothing has been started.
    bool settled = false;
    QTimer::singleShot(0, this, [&settled] { settled = true; });
    QTRY_VERIFY(settled);
    QVERIFY(!panel->environment()->isProbing());
    QVERIFY(!panel->environment()->isReady());
    QVERIFY(DockerTest::processesMentioning(stack.project().name).isEmpty());
    QVERIFY(panel->serviceModel()->rowCount() == 0);
    panel->show();
    QTRY_VERIFY_WITH_TIMEOUT(panel->isWatching(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(panel->logModel()->lineCount() > 0, 15000);
    // Running: `docker events` (1 process) and a long action, a foreground `up` that only ends
    // when interrupted (docker and its compose plugin), which name the project. The worker's
    // log is followed through the Engine API's socket: no process names its container.
    QByteArray id;
    QCOMPARE(DockerTest::docker({u"inspect"_s, u"--format"_s, u"{{.Id}}"_s, stack.project().name + u"-worker-1"_s}, &id), 0);
    const QString worker = QString::fromLatin1(id.trimmed());
    QCOMPARE(DockerTest::processesMentioning(worker).size(), 0);
    panel->runAction(u"Up (attached)"_s, {u"up"_s, u"worker"_s});
    QTRY_VERIFY_WITH_TIMEOUT(DockerTest::processesMentioning(stack.project().name).size() >= 3, 15000);
    // Quitting Berth destroys the panel with everything running.
    delete panel;
    QTRY_VERIFY_WITH_TIMEOUT(DockerTest::processesMentioning(stack.project().name).isEmpty(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(DockerTest::processesMentioning(worker).isEmpty(), 10000);
}

// The start page asks Docker (one compose ls) for the recent projects' stacks each time it is
// shown: running, stopped, never started.
void TestServicesPanel::startPageShowsStackStates()
{
    DockerTest::Project stack(DockerTest::stackYaml(DockerTest::freePort()));
    QTemporaryDir never;
    QVERIFY(DockerTest::writeFile(never.path() + "/docker-compose.yml"_L1, DockerTest::stackYaml(DockerTest::freePort())));
    QCOMPARE(stack.compose({u"up"_s, u"-d"_s, u"worker"_s}), 0);

    StartPage page;
    page.environment()->setProcessEnvironment(DockerTest::environment());
    page.setRecentProjects({stack.directory(), never.path()});
    QSignalSpy shown(&page, &StartPage::statesShown);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(shown.wait(30000));
    QCOMPARE(page.stateText(stack.directory()), u"running"_s);
    QCOMPARE(page.stateText(never.path()), u"never started"_s);
    QVERIFY(page.findChild<QWidget *>(u"startEmptyState"_s)->isHidden());

    QCOMPARE(stack.compose({u"stop"_s}), 0);
    page.hide();
    page.show();
    QVERIFY(shown.wait(30000));
    QCOMPARE(page.stateText(stack.directory()), u"stopped"_s);
}

QTEST_MAIN(TestServicesPanel)
#include "tst_servicespanel.moc"
