#include "logfollower.h"

#include "dockerenvironment.h"
#include "groupedprocess.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace Berth {

namespace {
constexpr qint64 resumeOverlapNs = 2'000'000'000LL;
}

LogFollower::LogFollower(const DockerEnvironment *environment, const ComposeProject &project, QObject *parent)
    : QObject(parent)
    , m_environment(environment)
    , m_project(project)
    , m_process(new GroupedProcess(this))
    , m_batchTimer(new QTimer(this))
{
    m_process->setStopGrace(700);
    m_batchTimer->setSingleShot(true);
    m_batchTimer->setInterval(30);
    connect(m_batchTimer, &QTimer::timeout, this, &LogFollower::flush);
    connect(m_process, &GroupedProcess::standardOutputRead, this, &LogFollower::onData);
    connect(m_process, &GroupedProcess::standardErrorRead, this, [this](const QByteArray &data) {
        if (m_stderr.size() < 16384)
            m_stderr += QString::fromUtf8(data);
    });
    connect(m_process, &GroupedProcess::failedToStart, this, [this](const QString &message) {
        Q_EMIT streamEnded(message);
    });
    connect(m_process, &GroupedProcess::finished, this, [this](int exitCode, QProcess::ExitStatus, bool stopRequested) {
        if (!m_partial.isEmpty()) {
            m_decoder.resetState();
            onData("\n"_ba);
        }
        flush();
        if (stopRequested)
            return;
        if (m_resumeWanted && m_active) {
            // The start event of a restart can arrive before Compose notices the stop.
            m_resumeWanted = false;
            QTimer::singleShot(0, this, &LogFollower::resume);
        }
        QString message;
        if (exitCode != 0) {
            const QStringList lines = m_stderr.split(u'\n', Qt::SkipEmptyParts);
            message = lines.isEmpty() ? tr("docker compose logs exited with code %1").arg(exitCode) : lines.constLast().trimmed();
        }
        Q_EMIT streamEnded(message);
    });
}

LogFollower::~LogFollower() = default;

void LogFollower::setBatchInterval(int milliseconds)
{
    m_batchTimer->setInterval(milliseconds);
}

QString LogFollower::program() const
{
    return m_environment->composeProgram();
}

QStringList LogFollower::arguments() const
{
    QStringList arguments{u"logs"_s, u"--follow"_s, u"--timestamps"_s, u"--no-color"_s};
    if (m_lastNs > 0) {
        // Resume from shortly before the newest line shown: lines other containers printed
        // just before it are caught again, and the repeats are dropped in onData().
        arguments << u"--since"_s << LogLine::formatTimestamp(m_lastNs - resumeOverlapNs);
    } else if (m_tail >= 0) {
        arguments << u"--tail"_s << QString::number(m_tail);
    }
    return m_environment->composePrefix() + m_project.arguments(arguments + m_services);
}

void LogFollower::start()
{
    m_active = true;
    resume();
}

void LogFollower::resume()
{
    if (!m_active)
        return;
    if (m_process->isRunning()) {
        m_resumeWanted = true;
        return;
    }
    m_resumeWanted = false;
    m_partial.clear();
    m_stderr.clear();
    m_decoder.resetState();
    m_process->setProgram(program());
    m_process->setArguments(arguments());
    m_process->setProcessEnvironment(m_environment->processEnvironment());
    m_process->setWorkingDirectory(m_project.directory);
    Q_EMIT started(m_process->program(), m_process->arguments());
    m_process->start();
}

void LogFollower::stop()
{
    m_active = false;
    m_resumeWanted = false;
    m_process->stop();
}

bool LogFollower::isRunning() const
{
    return m_process->isRunning();
}

void LogFollower::onData(const QByteArray &data)
{
    m_partial += m_decoder.decode(data);
    qsizetype start = 0;
    for (;;) {
        const qsizetype newline = m_partial.indexOf(u'\n', start);
        if (newline < 0)
            break;
        QStringView text = QStringView(m_partial).mid(start, newline - start);
        start = newline + 1;
        if (text.endsWith(u'\r'))
            text.chop(1);
        LogLine line = LogLine::parse(text, true);
        if (line.timestampNs > 0) {
            // A resume starts a little before the last line seen, so repeats are dropped per
            // container (the merged stream interleaves containers, so one clock is not enough).
            qint64 &last = m_lastByContainer[line.container];
            if (line.timestampNs <= last)
                continue;
            last = line.timestampNs;
            m_lastNs = qMax(m_lastNs, line.timestampNs);
        }
        m_batch.append(std::move(line));
    }
    m_partial.remove(0, start);
    if (!m_batch.isEmpty() && !m_batchTimer->isActive())
        m_batchTimer->start();
}

void LogFollower::flush()
{
    m_batchTimer->stop();
    if (m_batch.isEmpty())
        return;
    QList<LogLine> batch;
    batch.swap(m_batch);
    Q_EMIT linesReceived(batch);
}

} // namespace Berth
