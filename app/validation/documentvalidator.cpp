#include "documentvalidator.h"

#include "composeeditcheck.h"
#include "composemessages.h"
#include "syntaxcheck.h"

#include "docker/dockerenvironment.h"
#include "platform/systemprobes.h"
#include "process/commandjob.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPromise>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>
#include <memory>


using namespace Qt::StringLiterals;

namespace Berth {

namespace {

constexpr int composeTimeoutMs = 20000;
constexpr int backgroundNiceness = 10;

// The checks' own pool: one thread, so two documents never parse at once on a small machine,
// and at a lower priority (Linux: that thread 10 nicer than the window's), so typing keeps the CPU it needs.
QThreadPool *validationPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool(QCoreApplication::instance());
        p->setMaxThreadCount(1);
        p->setExpiryTimeout(-1); // the thread stays, with its priority
        return p;
    }();
    return pool;
}

void lowerThisThreadsPriority()
{
    Platform::lowerCurrentThreadPriority(backgroundNiceness);
}

// work() on the pool, done(result) on owner's thread; nothing arrives once owner is gone.
template <typename T, typename Work, typename Done>
void onPool(QObject *owner, Work work, Done done)
{
    auto promise = std::make_shared<QPromise<T>>();
    auto *watcher = new QFutureWatcher<T>(owner);
    QObject::connect(watcher, &QFutureWatcherBase::finished, owner, [watcher, done] {
        watcher->deleteLater();
        done(watcher->result());
    });
    promise->start();
    watcher->setFuture(promise->future());
    validationPool()->start([promise, work] {
        lowerThisThreadsPriority();
        promise->addResult(work());
        promise->finish();
    });
}

bool sameFile(const QString &a, const QString &b)
{
    return !a.isEmpty() && QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath();
}

} // namespace

DocumentValidator::DocumentValidator(const QString &file, QObject *parent)
    : QObject(parent)
    , m_file(QFileInfo(file).absoluteFilePath())
    , m_syntaxTimer(new QTimer(this))
    , m_composeTimer(new QTimer(this))
{
    m_syntaxTimer->setSingleShot(true);
    m_syntaxTimer->setInterval(100);
    m_composeTimer->setSingleShot(true);
    m_composeTimer->setInterval(500);
    connect(m_syntaxTimer, &QTimer::timeout, this, &DocumentValidator::startSyntaxCheck);
    connect(m_composeTimer, &QTimer::timeout, this, [this] {
        m_composeDue = true;
        maybeStartCompose();
    });
}

DocumentValidator::~DocumentValidator()
{
    // A running job is a child: CommandJob's GroupedProcess kills its group when destroyed.
    if (m_job)
        m_job->disconnect(this);
}

void DocumentValidator::setCompose(DockerEnvironment *environment, const ComposeProject &project)
{
    if (m_environment)
        m_environment->disconnect(this);
    m_environment = environment;
    m_project = project;
    // The CLI and its compose are known after the environment's first probe.
    if (m_environment)
        connect(m_environment, &DockerEnvironment::probeFinished, this, [this] {
            if (!m_composeWaitsForCli)
                return;
            m_composeWaitsForCli = false;
            m_composeDue = true;
            maybeStartCompose();
        });
}

void DocumentValidator::setDelays(int syntaxMs, int composeMs)
{
    m_syntaxTimer->setInterval(syntaxMs);
    m_composeTimer->setInterval(composeMs);
}

bool DocumentValidator::isComposeFile() const
{
    if (!Validation::isYamlFile(m_file))
        return false;
    if (sameFile(m_project.composeFile, m_file))
        return true;
    for (const QString &f : m_project.overrideFiles) {
        if (sameFile(f, m_file))
            return true;
    }
    const QString name = QFileInfo(m_file).fileName().toLower();
    return name.contains("compose"_L1);
}

ComposeProject DocumentValidator::composeProjectForStdin() const
{
    ComposeProject p = m_project;
    const QString stdinName = u"-"_s;
    bool placed = false;
    if (sameFile(p.composeFile, m_file)) {
        p.composeFile = stdinName;
        placed = true;
    }
    for (QString &f : p.overrideFiles) {
        if (sameFile(f, m_file)) {
            f = stdinName;
            placed = true;
        }
    }
    if (!placed) {
        // A compose file outside the project's -f list (docker-compose.prod.yml): alone, with the
        // project's folder (or its own) for relative paths.
        const QString directory = p.directory.isEmpty() ? QFileInfo(m_file).absolutePath() : p.directory;
        const QString name = p.name.isEmpty() ? ComposeProject::nameFromDirectory(directory) : p.name;
        p = ComposeProject{stdinName, directory, name};
    }
    return p;
}

void DocumentValidator::textChanged()
{
    ++m_revision;
    m_syntaxTimer->start();
    if (isComposeFile())
        m_composeTimer->start();
}

FileProblems DocumentValidator::problems() const
{
    FileProblems all = m_syntax + m_compose;
    std::stable_sort(all.begin(), all.end(), [](const FileProblem &a, const FileProblem &b) { return a.line < b.line; });
    return all;
}

bool DocumentValidator::isComposeRunning() const
{
    return m_job && m_job->isRunning();
}

bool DocumentValidator::isIdle() const
{
    return m_textRevision == m_revision && m_syntaxBusy == 0 && m_locateBusy == 0 && !m_composeDue
           && !m_composeTimer->isActive() && !m_syntaxTimer->isActive() && !(m_job && m_job->isRunning());
}

void DocumentValidator::startSyntaxCheck()
{
    if (!m_source)
        return;
    const int revision = m_revision;
    const QString text = m_source();
    const QString file = m_file;
    ++m_syntaxBusy;
    onPool<FileProblems>(
        this,
        [file, text] {
            FileProblems found;
            if (const auto problem = Validation::yamlSyntaxProblem(file, text))
                found << *problem;
            return found;
        },
        [this, revision, text](const FileProblems &found) {
            --m_syntaxBusy;
            if (revision != m_revision) // a newer text has its own check coming
                return;
            m_text = text;
            m_textRevision = revision;
            const bool changed = found != m_syntax;
            m_syntax = found;
            if (changed)
                Q_EMIT problemsChanged();
            maybeStartCompose();
            reportIfIdle();
        });
}

void DocumentValidator::maybeStartCompose()
{
    if (!m_composeDue || m_textRevision != m_revision)
        return; // not yet asked for, or waiting for the syntax check of this text
    if (!m_syntax.isEmpty()) {
        // compose would only repeat the syntax error, at go-yaml's less exact line.
        m_composeDue = false;
        setComposeProblems({});
        reportIfIdle();
        return;
    }
    if (!m_environment || m_environment->composeFlavour() == DockerEnvironment::ComposeFlavour::None) {
        m_composeDue = false;
        m_composeWaitsForCli = true; // the environment's next probeFinished asks again
        reportIfIdle();
        return;
    }
    if (m_job && m_job->isRunning()) {
        m_job->cancel(); // its finished() comes back here
        return;
    }
    m_composeDue = false;
    const int revision = m_revision;
    CommandJob *job = m_environment->composeJob(composeProjectForStdin(), {u"config"_s, u"--quiet"_s}, this);
    job->setStandardInput(m_text.toUtf8());
    job->setCollectStandardOutput(true);
    job->setTimeout(composeTimeoutMs);
    job->setStopGrace(300);
    job->setNiceness(backgroundNiceness);
    // docker and its compose plugin are Go programs, which use every core by default: one is
    // enough for a check, and leaves the others to the window.
    job->setEnvironmentVariable(u"GOMAXPROCS"_s, u"1"_s);
    m_job = job;
    connect(job, &CommandJob::finished, this, [this, job, revision] { composeFinished(job, revision); });
    job->start();
}

void DocumentValidator::composeFinished(CommandJob *job, int revision)
{
    job->deleteLater();
    const CommandJob::Outcome outcome = job->outcome();
    if (outcome == CommandJob::Outcome::Cancelled || revision != m_revision) {
        maybeStartCompose();
        reportIfIdle();
        return;
    }
    if (outcome == CommandJob::Outcome::FailedToStart || outcome == CommandJob::Outcome::TimedOut
        || outcome == CommandJob::Outcome::Crashed) {
        FileProblem p;
        p.file = m_file;
        p.severity = FileProblem::Severity::Warning;
        p.message = tr("Could not check the file with docker compose: %1").arg(job->errorMessage());
        setComposeProblems({p});
        reportIfIdle();
        return;
    }
    // Compose's words become lines on the pool: locating a path parses the text again.
    const QString standardError = job->standardError();
    const QString file = m_file;
    const QString text = m_text;
    ++m_locateBusy;
    onPool<FileProblems>(
        this,
        [standardError, file, text] {
            return Validation::locateComposeMessages(Validation::parseComposeOutput(standardError), file, text);
        },
        [this, revision](const FileProblems &found) {
            --m_locateBusy;
            if (revision == m_revision)
                setComposeProblems(found);
            reportIfIdle();
        });
}

void DocumentValidator::checkEdit(const QString &before, const QString &after, const QList<Config::YamlPath> &allowed)
{
    if (!isComposeFile())
        return;
    auto *check = new ComposeEditCheck(m_environment, composeProjectForStdin(), this);
    connect(check, &ComposeEditCheck::finished, this, [this, check] {
        check->deleteLater();
        Q_EMIT editChecked(check->after(), check->refusal(), check->note());
    });
    check->start(before, after, allowed);
}

void DocumentValidator::setComposeProblems(const FileProblems &problems)
{
    if (problems == m_compose)
        return;
    m_compose = problems;
    Q_EMIT problemsChanged();
}

void DocumentValidator::reportIfIdle()
{
    if (isIdle())
        Q_EMIT checked();
}

} // namespace Berth
