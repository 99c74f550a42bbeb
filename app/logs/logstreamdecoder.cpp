#include "logstreamdecoder.h"

namespace Berth {

void LogStreamDecoder::decode(const QByteArray &data, QList<LogLine> *lines, QStringList *untimed)
{
    const QString text = m_decoder.decode(data);
    m_lines.feed(text, [&](QStringView line) { take(line, lines, untimed); });
}

void LogStreamDecoder::finish(QList<LogLine> *lines, QStringList *untimed)
{
    const QString text = m_decoder.finish();
    const auto onLine = [&](QStringView line) { take(line, lines, untimed); };
    m_lines.feed(text, onLine);
    m_lines.finish(onLine);
}

void LogStreamDecoder::restart()
{
    m_decoder.reset();
    m_lines.clear();
    m_lastNs = 0;
}

void LogStreamDecoder::take(QStringView text, QList<LogLine> *lines, QStringList *untimed)
{
    if (!m_timestamps) {
        lines->append(LogLine{m_service, m_container, 0, text.toString()});
        return;
    }
    // "2026-11-27T12:00:13.074083291Z text"
    const qsizetype space = text.indexOf(u' ');
    const qint64 ns = LogLine::parseTimestamp(space < 0 ? text : text.left(space));
    if (ns <= 0) {
        untimed->append(text.toString());
        return;
    }
    m_lastNs = qMax(m_lastNs, ns);
    lines->append(LogLine{m_service, m_container, ns, space < 0 ? QString() : text.mid(space + 1).toString()});
}

} // namespace Berth
