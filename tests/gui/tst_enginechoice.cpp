// Choosing the engine in the Services panel: the contexts of the build root's real docker CLI
// (in a DOCKER_CONFIG of its own, so listing needs no engine), the choice remembered for the
// project, every child of the session on it, and on a remote (ssh) engine the development
// override left out with the reason shown, until the user opts in.
#include "../common/berthcli.h"
#include "docker/dockerenvironment.h"
#include "docker/sshtunnel.h"
#include "process/commandjob.h"
#include "services/enginebar.h"
#include "services/servicespanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace BerthTest;
using namespace Berth;

namespace {
// The children of every thread of this process (Linux's /proc), as pids.
QStringList childProcesses()
{
    QStringList pids;
    const QDir tasks(u"/proc/self/task"_s);
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile f(tasks.filePath(task + u"/children"_s));
        if (f.open(QIODevice::ReadOnly))
            pids += QString::fromLatin1(f.readAll()).split(u' ', Qt::SkipEmptyParts);
    }
    return pids;
}
} // namespace

class TestEngineChoice : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void chooseRemoteEngine();

private:
    QTemporaryDir m_config;
    QTemporaryDir m_project;
};

void TestEngineChoice::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_config.isValid() && m_project.isValid());
    qputenv("DOCKER_CONFIG", m_config.path().toLocal8Bit());
    qunsetenv("DOCKER_HOST");
    qunsetenv("DOCKER_CONTEXT");
    const QString cli = DockerEnvironment::findCli({}, QProcessEnvironment::systemEnvironment());
    if (cli.isEmpty())
        QSKIP("no docker CLI here");
    CommandJob create(cli, {u"context"_s, u"create"_s, u"build-box"_s, u"--docker"_s, u"host=ssh://dev@127.0.0.1:1"_s});
    QSignalSpy created(&create, &CommandJob::finished);
    create.start();
    QVERIFY(created.wait(30000));
    QCOMPARE(create.outcome(), CommandJob::Outcome::Succeeded);
    // A Berth project: docker-compose.yml and its development override.
    QString spec;
    QCOMPARE(berth({u"spec"_s, u"--defaults"_s}, &spec), 0);
    QVERIFY(write(m_project.filePath(u"berth.yaml"_s), spec));
    QCOMPARE(berth({u"generate"_s, u"--spec"_s, m_project.filePath(u"berth.yaml"_s), u"--out"_s, m_project.path()}), 0);
}

void TestEngineChoice::chooseRemoteEngine()
{
    QWidget window;
    auto *panel = new ServicesPanel(&window);
    window.resize(500, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    panel->setProject(m_project.path());
    QLabel *status = panel->engineBar()->createStatusLabel(&window);
    panel->engineBar()->setTitledWindow(&window);
    const QString name = QFileInfo(m_project.path()).fileName();
    QCOMPARE(window.windowTitle(), name + u" — Berth"_s);
    QComboBox *chooser = panel->engineBar()->chooser();
    // The listing arrives after start(): "As in a terminal", default, build-box.
    QTRY_VERIFY_WITH_TIMEOUT(chooser->findData(u"build-box"_s) >= 0, 30000);
    QCOMPARE(chooser->currentIndex(), 0);
    QVERIFY(chooser->itemText(0).contains(u"default"_s));
    QCOMPARE(status->text(), u"Engine: default (unix:///var/run/docker.sock)");
    QCOMPARE(panel->project().overrideFiles.size(), 1);
    QVERIFY(!panel->engineBar()->note()->isVisible());

    // The user picks the ssh engine with the keyboard.
    chooser->setFocus();
    const int remote = chooser->findData(u"build-box"_s);
    while (chooser->currentIndex() < remote)
        QTest::keyClick(chooser, Qt::Key_Down);
    QCOMPARE(panel->session()->engine(), u"build-box");
    QCOMPARE(ProjectSession::savedEngine(m_project.path()), u"build-box");
    QCOMPARE(panel->environment()->processEnvironment().value(u"DOCKER_CONTEXT"_s), u"build-box");
    QTRY_VERIFY_WITH_TIMEOUT(panel->engineBar()->note()->isVisible(), 30000);
    // Its tunnel: port 1 refuses at once, so ssh fails with its own line and is not retried.
    QTRY_VERIFY_WITH_TIMEOUT(panel->session()->tunnel() && panel->session()->tunnel()->state() == SshTunnel::State::Failed,
                             30000);
    QVERIFY(panel->engineBar()->retryButton()->isVisibleTo(panel));
    QVERIFY(panel->project().overrideFiles.isEmpty()); // production file only
    QVERIFY2(panel->engineBar()->note()->text().contains(u"docker-compose.override.yml"_s),
             qPrintable(panel->engineBar()->note()->text()));
    QCOMPARE(status->text(), u"Engine: build-box (ssh://dev@127.0.0.1:1)");
    QCOMPARE(window.windowTitle(), name + u" — build-box — Berth"_s);
    QCheckBox *useOverride = panel->engineBar()->overrideOnRemote();
    QVERIFY(useOverride->isVisible() && !useOverride->isChecked());

    // Opting in brings the override back, for this project only.
    QTest::mouseClick(useOverride, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(panel->project().overrideFiles.size(), 1, 30000);
    QVERIFY(panel->session()->overrideOnRemote());
    QTRY_VERIFY_WITH_TIMEOUT(panel->session()->tunnel() && panel->session()->tunnel()->state() == SshTunnel::State::Failed,
                             30000);
    QTRY_VERIFY(panel->engineBar()->note()->text().contains(u"as you chose"_s));

    // Opened again, the project comes back on its engine.
    panel->closeProject();
    panel->setProject(m_project.path());
    QCOMPARE(panel->session()->engine(), u"build-box");
    QCOMPARE(panel->environment()->processEnvironment().value(u"DOCKER_CONTEXT"_s), u"build-box");
    // And back to the terminal's choice.
    QTRY_VERIFY_WITH_TIMEOUT(chooser->findData(u"build-box"_s) >= 0, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(panel->session()->tunnel() && panel->session()->tunnel()->state() == SshTunnel::State::Failed,
                             30000);
    chooser->setFocus();
    while (chooser->currentIndex() > 0)
        QTest::keyClick(chooser, Qt::Key_Up);
    QCOMPARE(panel->session()->engine(), QString());
    QCOMPARE(ProjectSession::savedEngine(m_project.path()), QString());
    QVERIFY(!panel->environment()->processEnvironment().contains(u"DOCKER_CONTEXT"_s));
    QVERIFY(!panel->session()->tunnel());
    // Every process the session started has ended before the test does (LeakSanitizer
    // counts a QProcess still waiting to be reaped at exit).
    panel->closeProject();
    QTRY_VERIFY_WITH_TIMEOUT(!panel->environment()->isProbing() && !panel->environment()->isListingContexts(), 30000);
    // The sentinel: no child of this process is left (each was waited for, so its QProcess
    // has finished), then the QProcess objects' deleteLater runs.
    QTRY_VERIFY_WITH_TIMEOUT(childProcesses().isEmpty(), 30000);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    panel->shutdown();
}

QTEST_MAIN(TestEngineChoice)
#include "tst_enginechoice.moc"
