// ProjectSession's actions: running them, their outcome, the test report and the shell.
#include "projectsession.h"

#include "process/commandjob.h"
#include "docker/composeprogress.h"
#include "docker/djangochores.h"
#include "docker/dockerenvironment.h"
#include "models/servicemodel.h"
#include "models/testresultmodel.h"
#include "platform/terminallauncher.h"

#include <QSettings>
#include <QUrl>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Berth {

void ProjectSession::run(ActionId id, const QString &service)
{
    const ProjectAction &action = ProjectActions::get(id);
    const QString title = action.needsService ? QString(action.title + u' ' + service) : action.title;
    switch (action.kind) {
    case ProjectAction::Kind::Compose:
    case ProjectAction::Kind::Manage:
        if (const QStringList arguments = ProjectActions::arguments(id, m_config, service); !arguments.isEmpty())
            runCompose(title, arguments);
        break;
    case ProjectAction::Kind::Tests:
        runTests(id == ActionId::RunFailedTests);
        break;
    case ProjectAction::Kind::Shell:
        openShell();
        break;
    case ProjectAction::Kind::Superuser: // needs its values: createSuperuser()
    case ProjectAction::Kind::OpenSite:  // the view opens siteUrl()
        break;
    }
}

void ProjectSession::runCompose(const QString &title, const QStringList &arguments,
                                const QHash<QString, QString> &extraEnvironment)
{
    launch(title, arguments, extraEnvironment, false);
}

void ProjectSession::launch(const QString &title, const QStringList &arguments,
                            const QHash<QString, QString> &extraEnvironment, bool tests)
{
    if (m_job || !m_project.isValid())
        return;
    CommandJob *job = m_env->composeJob(m_project, arguments, this);
    for (auto it = extraEnvironment.cbegin(); it != extraEnvironment.cend(); ++it)
        job->setEnvironmentVariable(it.key(), it.value());
    m_job = job;
    m_lastCommand = job->commandLine();
    // build and up show how far they are, against the last time the same command took.
    const QString verb = arguments.value(0);
    const QString durationKey = u"durations/%1/%2"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(m_project.directory)),
                                                         QStringList(arguments).join(u'_').replace(u'/', u'_'));
    if (verb == "build"_L1 || verb == "up"_L1) {
        m_progress = std::make_unique<ComposeProgress>();
        if (verb == "up"_L1)
            m_progress->setExpectedContainers(arguments.size() > 2 ? 1 : int(m_config.services.size()));
        m_lastDuration = QSettings().value(durationKey).toLongLong();
        m_actionClock.start();
        connect(job, &CommandJob::output, this, [this](const QString &line) {
            if (m_progress && m_progress->takeLine(line))
                Q_EMIT progressChanged();
        });
        Q_EMIT progressChanged();
    }
    Q_EMIT actionStarted(title, m_lastCommand);
    setResult(Result::Running, tr("%1: running…").arg(title));
    connect(job, &CommandJob::started, this, [this, job] { Q_EMIT outputLine(u"$ "_s + job->commandLine()); });
    connect(job, &CommandJob::output, this, &ProjectSession::outputLine);
    connect(job, &CommandJob::finished, this, [this, job, title, tests, durationKey] {
        job->deleteLater();
        m_job.clear();
        bool ok = false;
        // pytest's exit code 5: it collected no tests, which a new project has not yet.
        if (tests && job->outcome() == CommandJob::Outcome::Failed && job->exitCode() == 5) {
            ok = true;
            setResult(Result::Note, tr("%1: no tests yet (pytest found no test files).").arg(title));
        } else if (job->outcome() == CommandJob::Outcome::Succeeded) {
            ok = true;
            if (m_progress)
                QSettings().setValue(durationKey, m_actionClock.elapsed());
            setResult(Result::Succeeded, tr("%1: done.").arg(title));
        } else if (job->outcome() == CommandJob::Outcome::Cancelled) {
            setResult(Result::Cancelled, tr("%1: cancelled.").arg(title));
        } else {
            setResult(Result::Failed, tr("%1 failed: %2").arg(title, job->errorMessage()));
        }
        Q_EMIT outputLine(ok ? u"✓ "_s + m_resultText : u"✗ "_s + m_resultText);
        if (tests)
            readTestReport();
        if (m_progress) {
            m_progress.reset();
            Q_EMIT progressChanged();
        }
        Q_EMIT actionFinished(title, ok, job->errorMessage());
        Q_EMIT stateChanged();
    });
    job->start();
    Q_EMIT stateChanged();
}

void ProjectSession::cancel()
{
    if (m_job)
        m_job->cancel();
}

void ProjectSession::manage(const QString &title, const QStringList &command)
{
    runCompose(title, DjangoChores::manage(m_config, command));
}

void ProjectSession::createSuperuser(const QString &username, const QString &email, const QString &password)
{
    runCompose(ProjectActions::get(ActionId::CreateSuperuser).title,
               DjangoChores::createSuperuser(m_config, username, email),
               {{QString::fromUtf16(DjangoChores::passwordVariable), password}});
}

void ProjectSession::runTests(bool failedOnly)
{
    if (m_job || !m_project.isValid())
        return;
    const DjangoChores::TestRun run = DjangoChores::runTests(m_config, m_project.directory, failedOnly);
    if (run.arguments.isEmpty()) {
        setResult(Result::Note, tr("This project has no tests service."));
        return;
    }
    // The report of this run is the file that exists after it: an earlier run's goes first, so
    // a run that writes none (pytest did not get that far) is not shown another run's results.
    m_reportPath = run.reportHostPath;
    if (!m_reportPath.isEmpty()) {
        QDir(m_project.directory).mkpath(u".berth"_s);
        QFile old(m_reportPath);
        if (old.exists() && !old.remove()) {
            setResult(Result::Failed, tr("Cannot remove the previous test report %1: %2").arg(m_reportPath, old.errorString()));
            return;
        }
    }
    Q_EMIT testsStarted();
    launch(ProjectActions::get(failedOnly ? ActionId::RunFailedTests : ActionId::RunTests).title, run.arguments, {}, true);
}

void ProjectSession::readTestReport()
{
    if (m_reportPath.isEmpty()) {
        Q_EMIT testReportRead(tr("No results: the tests service does not mount the project folder."));
        return;
    }
    if (!QFileInfo::exists(m_reportPath)) {
        Q_EMIT testReportRead(tr("The test run wrote no report; see the output pane."));
        return;
    }
    QString error;
    if (!m_tests->loadFile(m_reportPath, &error)) {
        Q_EMIT testReportRead(error);
        return;
    }
    if (m_tests->summary().tests == 0) {
        Q_EMIT testReportRead(tr("No tests yet: pytest found no test files (tests.py, test_*.py, *_tests.py)."));
        return;
    }
    Q_EMIT testReportRead(QString());
}

ProjectSession::ShellCommand ProjectSession::shellCommand() const
{
    return {m_env->composeProgram(),
            m_env->composePrefix() + m_project.arguments(ProjectActions::arguments(ActionId::Shell, m_config)),
            m_env->composeEnvironment(), m_project.directory};
}

void ProjectSession::openShell()
{
    const ShellCommand shell = shellCommand();
    m_lastCommand = CommandJob::commandLine(shell.program, shell.arguments);
    const QString title = ProjectActions::get(ActionId::Shell).title;
    Q_EMIT actionStarted(title, m_lastCommand);
    Q_EMIT outputLine(u"$ "_s + m_lastCommand + tr("   (in a terminal window)"));
    QString error;
    // The terminal chosen in Settings (ui/settingsdialog), else the platform's own.
    const QString terminal = QSettings().value(u"terminal/preferred"_s).toString();
    if (TerminalLauncher::launch(shell.program, shell.arguments, shell.environment, shell.workingDirectory, &error, terminal))
        setResult(Result::Note, tr("%1: opened in a terminal window.").arg(title));
    else
        setResult(Result::Failed, tr("%1 failed: %2").arg(title, error));
}

double ProjectSession::progress() const
{
    return m_progress ? m_progress->fraction() : -1;
}

QString ProjectSession::progressStep() const
{
    return m_progress ? m_progress->currentStep() : QString();
}

QUrl ProjectSession::siteUrl() const
{
    for (const QString &service : {u"nginx"_s, u"app"_s, u"web"_s}) {
        const int row = m_services->rowOf(service);
        if (row < 0)
            continue;
        const int port = m_services->index(row, 0).data(ServiceModel::PublishedPortRole).toInt();
        if (port > 0)
            return QUrl(u"http://%1:%2/"_s.arg(DockerContexts::siteHost(m_env->engineEndpoint())).arg(port));
    }
    return {};
}

} // namespace Berth
