#include "validation/composeeditcheck.h"

#include "config/yamlmeaning.h"
#include "docker/dockerenvironment.h"
#include "process/commandjob.h"
#include "validation/composemodeldiff.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Berth {

ComposeEditCheck::ComposeEditCheck(DockerEnvironment *environment, const ComposeProject &stdinProject, QObject *parent)
    : QObject(parent)
    , m_environment(environment)
    , m_project(stdinProject)
{
}

// The jobs are children: destroying the check stops them without waiting.
ComposeEditCheck::~ComposeEditCheck() = default;

bool ComposeEditCheck::isRunning() const
{
    return (m_before.job && !m_before.done) || (m_afterSide.job && !m_afterSide.done);
}

void ComposeEditCheck::start(const QString &before, const QString &after, const QList<Config::YamlPath> &allowed)
{
    m_after = after;
    m_allowed = allowed;
    m_refusal.clear();
    m_note.clear();
    for (CommandJob *old : {m_before.job, m_afterSide.job}) {
        if (old)
            old->deleteLater(); // possibly called from its own finished(): it goes when that returns
    }
    m_before = Side();
    m_afterSide = Side();
    if (!m_environment || m_environment->composeFlavour() == DockerEnvironment::ComposeFlavour::None) {
        m_note = tr("docker compose is not available, so only yaml-cpp checked the edit");
        QMetaObject::invokeMethod(this, &ComposeEditCheck::finished, Qt::QueuedConnection);
        return;
    }
    // Both at once: two short Go processes, one core each at most.
    m_before.job = startJob(before, &m_before);
    m_afterSide.job = startJob(after, &m_afterSide);
}

CommandJob *ComposeEditCheck::startJob(const QString &text, Side *side)
{
    // With interpolation, as `up` reads the file: `--no-interpolate` also skips compose's
    // consistency checks (a dependency on an undefined service passes).
    CommandJob *job = m_environment->composeJob(m_project, {u"config"_s, u"--format"_s, u"json"_s}, this);
    job->setStandardInput(text.toUtf8());
    job->setCollectStandardOutput(true);
    job->setTimeout(60000);
    job->setStopGrace(300);
    job->setEnvironmentVariable(u"GOMAXPROCS"_s, u"1"_s);
    connect(job, &CommandJob::finished, this, [this, job, side] {
        if (side->job != job)
            return; // a job of an earlier start()
        side->done = true;
        if (job->outcome() == CommandJob::Outcome::Succeeded) {
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(job->standardOutput(), &parseError);
            side->ok = parseError.error == QJsonParseError::NoError && doc.isObject();
            side->model = doc.object();
            side->error = parseError.errorString();
        } else {
            side->error = job->errorMessage().isEmpty() ? job->standardError().trimmed() : job->errorMessage();
        }
        sideFinished();
    });
    job->start();
    return job;
}

void ComposeEditCheck::sideFinished()
{
    if (!m_before.done || !m_afterSide.done)
        return;
    if (!m_before.ok) {
        m_note = tr("docker compose config does not accept the file as it was (%1), so only yaml-cpp checked the edit")
                     .arg(m_before.error.section(u'\n', 0, 0));
    } else if (!m_afterSide.ok) {
        m_refusal = tr("docker compose config does not accept the result: %1").arg(m_afterSide.error.section(u'\n', 0, 0));
    } else {
        const QString unexpected = Config::unexpectedChange(Validation::composeModelChanges(m_before.model, m_afterSide.model), m_allowed);
        if (!unexpected.isEmpty())
            m_refusal = tr("docker compose config: %1").arg(unexpected);
    }
    Q_EMIT finished();
}

} // namespace Berth
