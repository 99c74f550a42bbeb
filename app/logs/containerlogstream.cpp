#include "containerlogstream.h"

namespace Berth {

namespace {
constexpr qsizetype maxErrorChars = 16384;
} // namespace

qint64 ContainerLogStream::lastStampNs() const
{
    return qMax(m_out.lastTimestampNs(), m_err.lastTimestampNs());
}

void ContainerLogStream::skipToNow()
{
    m_resumeNs = LogLine::wallClockNs();
}

void ContainerLogStream::beginRead(Read read, bool followAfter, qint64 untilNs, qint64 sinceNs)
{
    m_read = read;
    m_followAfter = read == Read::Stamped && followAfter;
    m_bulkUntilNs = read == Read::Bulk ? untilNs : 0;
    m_liveSinceNs = read == Read::Live ? sinceNs : 0;
    // Bulk lines alone come without timestamps: they are old, and the time they arrive would be
    // wrong, so they carry none. The others read the daemon's.
    const bool timestamps = read != Read::Bulk;
    for (LogStreamDecoder *decoder : {&m_out, &m_err}) {
        decoder->setTimestamps(timestamps);
        decoder->restart();
        decoder->setSource(container.service, container.prefix);
    }
    if (read == Read::Live)
        m_followWanted = false;
    m_errorText.clear();
    m_state = State::Reading;
}

void ContainerLogStream::decode(const QByteArray &data, bool standardError, QList<LogLine> *lines)
{
    QStringList untimed;
    LogStreamDecoder &decoder = standardError ? m_err : m_out;
    if (m_read == Read::Probe) {
        // Only its timestamp matters (the decoder keeps it); the line comes with the bulk read.
        QList<LogLine> ignored;
        decoder.decode(data, &ignored, &untimed);
        take(lines->size(), untimed, standardError, lines);
        return;
    }
    const qsizetype before = lines->size();
    decoder.decode(data, lines, &untimed);
    take(before, untimed, standardError, lines);
}

void ContainerLogStream::finishDecoding(QList<LogLine> *lines)
{
    for (bool standardError : {false, true}) {
        QStringList untimed;
        QList<LogLine> ignored;
        const qsizetype before = lines->size();
        (standardError ? m_err : m_out).finish(m_read == Read::Probe ? &ignored : lines, &untimed);
        take(before, untimed, standardError, lines);
    }
}

void ContainerLogStream::take(qsizetype before, const QStringList &untimed, bool standardError, QList<LogLine> *lines)
{
    if (standardError && m_read == Read::Live && lines->size() > before) {
        // Following, the container's stderr and the CLI's messages share the pipe: keep the
        // last line in case the stream fails.
        m_errorText = lines->constLast().text;
    }
    for (const QString &text : untimed) {
        if (!standardError) {
            // Not expected with --timestamps; shown rather than lost.
            lines->append(LogLine{container.service, container.prefix, 0, text});
        } else if (m_errorText.size() < maxErrorChars) {
            m_errorText += text + u'\n';
        }
    }
}

void ContainerLogStream::readStopped()
{
    m_state = State::Stopped;
    if (m_read == Read::Live)
        m_resumeNs = liveShownUpToNs() > 0 ? liveShownUpToNs() : LogLine::wallClockNs();
    else if (m_read == Read::Stamped && lastStampNs() > 0)
        m_resumeNs = lastStampNs() + 1;
}

ContainerLogStream::Next ContainerLogStream::readEnded(int exitCode)
{
    m_state = State::Idle;
    bool follow = false;
    switch (m_read) {
    case Read::Probe:
        // The log ends at its last stamp: read up to there (nothing to read when it is empty).
        if (exitCode == 0 && lastStampNs() > 0)
            return Next::ReadBulk;
        follow = exitCode == 0 && m_followWanted;
        break;
    case Read::Stamped:
        // Shown up to just after its last line (the daemon compares with full precision).
        if (lastStampNs() > 0)
            m_resumeNs = lastStampNs() + 1;
        follow = exitCode == 0 && (m_followAfter || m_followWanted);
        break;
    case Read::Bulk:
        if (exitCode == 0)
            m_resumeNs = m_bulkUntilNs + 1;
        follow = exitCode == 0 && m_followWanted;
        break;
    case Read::Live:
        // The stream has ended. When the run it followed ended (its `die` has come), resume from
        // there. Else the stream broke while the container may still run (the tunnel or the
        // daemon went away), or the `die` is still to come: resume just after its last line.
        // The `die`, if it comes, moves that on (none to wait for when the container was not
        // running at the start).
        if (m_dieWhileReadingNs == 0 && exitCode == 0 && container.runs())
            m_state = State::AwaitingDie;
        if (m_dieWhileReadingNs > 0)
            m_resumeNs = m_dieWhileReadingNs;
        else
            m_resumeNs = liveShownUpToNs() > 0 ? liveShownUpToNs() : LogLine::wallClockNs();
        follow = m_followWanted;
        if (follow)
            m_dieWhileReadingNs = 0;
        break;
    }
    if (follow)
        return Next::Follow;
    m_followWanted = false;
    return Next::Nothing;
}

bool ContainerLogStream::noteDied(qint64 timeNs)
{
    switch (m_state) {
    case State::Stopped:
        return false;
    case State::Reading:
        // Usually before the stream notices the stop: this ends the run being shown.
        if (m_dieWhileReadingNs == 0)
            m_dieWhileReadingNs = timeNs;
        return false;
    case State::AwaitingDie:
        // The `die` of the run the stream followed, after the stream ended.
        m_state = State::Idle;
        m_resumeNs = timeNs;
        return false;
    case State::Idle:
        break;
    }
    // A later one, with no read running: the container ran again and died before a listing
    // found it running (a crash loop: restarted, failed within milliseconds). Show that run now.
    if (timeNs <= m_resumeNs)
        return false;
    m_dieWhileReadingNs = 0;
    return true;
}

} // namespace Berth
