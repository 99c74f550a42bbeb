#include "engineports.h"

#include "docker/dockercontexts.h"
#include "docker/dockerenvironment.h"
#include "platform/systemprobes.h"
#include "process/commandjob.h"

#include <QDir>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Berth {

PortsInUse PortsInUse::thisMachine()
{
    PortsInUse ports;
    ports.listening = Platform::listeningTcpPorts(&ports.known);
    return ports;
}

EnginePorts::EnginePorts(const DockerEnvironment *environment, QObject *parent)
    : QObject(parent)
    , m_environment(environment)
{
}

// The job is a child: destroying it stops a running docker process.
EnginePorts::~EnginePorts() = default;

bool EnginePorts::isRunning() const
{
    return m_job && m_job->isRunning();
}

QHash<int, QString> EnginePorts::parsePublished(const QString &listing, const QString &projectDir, QSet<int> *own)
{
    // "0.0.0.0:8080->80/tcp, [::]:8080->80/tcp, 127.0.0.1:5000-5001->5000-5001/tcp, 9000/tcp"
    static const QRegularExpression published(u"(?:^|[\\s,])(?:[^\\s,]*:)?(\\d+)(?:-(\\d+))?->\\d+(?:-\\d+)?/tcp"_s);
    const QString ownDir = projectDir.isEmpty() ? QString() : QDir::cleanPath(projectDir);
    QHash<int, QString> ports;
    for (QStringView line : QStringView(listing).split(u'\n', Qt::SkipEmptyParts)) {
        const QList<QStringView> fields = line.split(u'\t');
        if (fields.size() != 3 || fields.at(0).trimmed().isEmpty())
            continue;
        const QString name = fields.at(0).trimmed().toString();
        const bool isOwn = !ownDir.isEmpty() && !fields.at(1).trimmed().isEmpty()
            && QDir::cleanPath(fields.at(1).trimmed().toString()) == ownDir;
        auto matches = published.globalMatchView(fields.at(2));
        while (matches.hasNext()) {
            const QRegularExpressionMatch m = matches.next();
            const int first = m.captured(1).toInt();
            const int last = m.capturedLength(2) > 0 ? m.captured(2).toInt() : first;
            // A range is at most 65535 ports; a nonsense one (last < first) is one port.
            for (int port = first; port <= qMax(first, last) && port <= 65535; ++port) {
                if (isOwn && own)
                    own->insert(port);
                else if (!isOwn)
                    ports.insert(port, name);
            }
        }
    }
    return ports;
}

void EnginePorts::ask(const QString &projectDir, const QStringList &preferredImages)
{
    if (isRunning())
        return;
    m_projectDir = projectDir;
    m_preferred = preferredImages;
    m_result = {};
    m_result.where = DockerContexts::siteHost(m_environment->engineEndpoint());
    step({u"ps"_s, u"--format"_s, u"{{.Names}}\t{{.Label \"com.docker.compose.project.working_dir\"}}\t{{.Ports}}"_s},
         &EnginePorts::onContainers);
}

void EnginePorts::step(const QStringList &arguments, void (EnginePorts::*next)())
{
    if (m_job)
        m_job->deleteLater();
    m_job = new CommandJob(m_environment->cliPath(), arguments, this);
    m_job->setProcessEnvironment(m_environment->processEnvironment());
    m_job->setCollectStandardOutput(true);
    m_job->setStopGrace(300);
    connect(m_job, &CommandJob::finished, this, next);
    m_job->start();
}

void EnginePorts::onContainers()
{
    if (m_job->outcome() != CommandJob::Outcome::Succeeded) {
        const QStringList lines = m_job->standardError().split(u'\n', Qt::SkipEmptyParts);
        finish(tr("%1 could not be asked which ports its containers publish: %2")
                   .arg(m_result.where, lines.isEmpty() ? m_job->errorMessage() : lines.constLast().trimmed()));
        return;
    }
    m_result.containers = parsePublished(QString::fromUtf8(m_job->standardOutput()), m_projectDir, &m_result.own);
    step({u"image"_s, u"ls"_s, u"--format"_s, u"{{.Repository}}:{{.Tag}}"_s}, &EnginePorts::onImages);
}

void EnginePorts::onImages()
{
    QStringList images;
    if (m_job->outcome() == CommandJob::Outcome::Succeeded) {
        for (const QString &line : QString::fromUtf8(m_job->standardOutput()).split(u'\n', Qt::SkipEmptyParts))
            if (!line.contains(u"<none>"_s))
                images.append(line.trimmed());
    }
    QString image;
    for (const QString &wanted : std::as_const(m_preferred)) {
        const QString tagged = wanted.contains(u':') ? wanted : wanted + u":latest"_s;
        if (images.contains(tagged)) {
            image = tagged;
            break;
        }
    }
    if (image.isEmpty() && !images.isEmpty())
        image = images.constFirst();
    if (image.isEmpty()) {
        finish(tr("%1 has no image to look at its network with, so programs there outside Docker were not "
                  "checked; build or pull the project's images, then check again")
                   .arg(m_result.where));
        return;
    }
    step({u"run"_s, u"--rm"_s, u"--pull"_s, u"never"_s, u"--network"_s, u"host"_s, u"--entrypoint"_s, u"cat"_s,
          u"--label"_s, u"berth.port-probe=1"_s, image, u"/proc/net/tcp"_s, u"/proc/net/tcp6"_s},
         &EnginePorts::onHostProbe);
}

void EnginePorts::onHostProbe()
{
    // tcp6 may be missing (IPv6 off): cat then fails after printing tcp. What it printed counts.
    const QByteArray text = m_job->standardOutput();
    if (!text.contains("local_address")) {
        const QStringList lines = m_job->standardError().split(u'\n', Qt::SkipEmptyParts);
        finish(tr("%1's listening ports could not be read (%2), so only its containers were checked")
                   .arg(m_result.where, lines.isEmpty() ? m_job->errorMessage() : lines.constLast().trimmed()));
        return;
    }
    m_result.listening = Platform::listeningPortsOf(text);
    m_result.known = true;
    finish();
}

void EnginePorts::finish(const QString &why)
{
    m_result.why = why;
    // Containers alone are still worth reporting when the host could not be read.
    Q_EMIT finished();
}

} // namespace Berth
