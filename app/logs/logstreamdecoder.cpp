#include "logstreamdecoder.h"

namespace Berth {

void LogStreamDecoder::decode(const QByteArray &data, QList<LogLine> *lines, QStringList *untimed)
{
    m_partial += m_decoder.decode(data);
    split(lines, untimed, false);
}

void LogStreamDecoder::finish(QList<LogLine> *lines, QStringList *untimed)
{
    m_partial += m_decoder.finish();
    split(lines, untimed, true);
}

void LogStreamDecoder::restart()
{
    m_decoder.reset();
    m_partial.clear();
    m_lastNs = 0;
}

void LogStreamDecoder::split(QList<LogLine> *lines, QStringList *untimed, bool all)
{
    qint64 arrivalNs = 0;
    if (!m_timestamps && m_stampArrival)
        arrivalNs = LogLine::wallClockNs();
    qsizetype start = 0;
    while (start < m_partial.size()) {
        qsizetype newline = m_partial.indexOf(u'\n', start);
        if (newline < 0) {
            if (!all)
                break;
            newline = m_partial.size();
        }
        QStringView text = QStringView(m_partial).mid(start, newline - start);
        start = newline + 1;
        if (text.endsWith(u'\r'))
            text.chop(1);
        if (!m_timestamps) {
            m_lastNs = qMax(m_lastNs, arrivalNs);
            lines->append(LogLine{m_service, m_container, arrivalNs, text.toString()});
            continue;
        }
        // "2026-11-27T12:00:13.074083291Z text"
        const qsizetype space = text.indexOf(u' ');
        const qint64 ns = LogLine::parseTimestamp(space < 0 ? text : text.left(space));
        if (ns <= 0) {
            untimed->append(text.toString());
            continue;
        }
        m_lastNs = qMax(m_lastNs, ns);
        lines->append(LogLine{m_service, m_container, ns, space < 0 ? QString() : text.mid(space + 1).toString()});
    }
    m_partial.remove(0, qMin(start, m_partial.size()));
}

} // namespace Berth
