#include "logline.h"

#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Berth {

qint64 LogLine::parseTimestamp(QStringView text)
{
    // 2026-11-27T12:00:13.074083291Z
    if (text.size() < 20 || text.at(4) != u'-' || text.at(10) != u'T')
        return 0;
    const QDateTime seconds = QDateTime::fromString(text.left(19).toString(), Qt::ISODate);
    if (!seconds.isValid())
        return 0;
    qsizetype i = 19;
    qint64 fraction = 0;
    int digits = 0;
    if (i < text.size() && text.at(i) == u'.') {
        ++i;
        while (i < text.size() && text.at(i).isDigit()) {
            if (digits < 9) {
                fraction = fraction * 10 + text.at(i).digitValue();
                ++digits;
            }
            ++i;
        }
    }
    for (; digits < 9; ++digits)
        fraction *= 10;
    qint64 offsetSeconds = 0;
    if (i < text.size() && (text.at(i) == u'+' || text.at(i) == u'-') && i + 6 <= text.size()) {
        const int sign = text.at(i) == u'+' ? 1 : -1;
        offsetSeconds = sign * (text.mid(i + 1, 2).toInt() * 3600 + text.mid(i + 4, 2).toInt() * 60);
    } else if (i >= text.size() || text.at(i) != u'Z') {
        return 0;
    }
    QDateTime utc = seconds;
    utc.setTimeZone(QTimeZone::UTC);
    return (utc.toSecsSinceEpoch() - offsetSeconds) * 1000000000LL + fraction;
}

QString LogLine::formatTimestamp(qint64 timestampNs)
{
    if (timestampNs <= 0)
        return {};
    const qint64 seconds = timestampNs / 1000000000LL;
    const qint64 nanos = timestampNs % 1000000000LL;
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::UTC).toString(u"yyyy-MM-ddTHH:mm:ss"_s) + u'.'
        + QString::number(nanos).rightJustified(9, u'0') + u'Z';
}

LogLine LogLine::parse(QStringView line, bool hasTimestamp)
{
    LogLine result;
    // Compose clears the terminal line before each prefixed line, even into a pipe.
    while (line.startsWith(u"\x1b[2K"_s))
        line = line.mid(4);
    const qsizetype bar = line.indexOf(u" | "_s);
    if (bar < 0) {
        result.text = line.toString();
        return result;
    }
    const QStringView prefix = line.left(bar).trimmed();
    if (prefix.isEmpty() || prefix.contains(u' ')) {
        result.text = line.toString();
        return result;
    }
    result.container = prefix.toString();
    // web-1 -> web: the container number Compose appends.
    result.service = result.container;
    const qsizetype dash = result.service.lastIndexOf(u'-');
    if (dash > 0) {
        bool numeric = false;
        result.service.mid(dash + 1).toInt(&numeric);
        if (numeric)
            result.service.truncate(dash);
    }
    QStringView rest = line.mid(bar + 3);
    if (hasTimestamp) {
        const qsizetype space = rest.indexOf(u' ');
        const QStringView stamp = space < 0 ? rest : rest.left(space);
        const qint64 ns = parseTimestamp(stamp);
        if (ns > 0) {
            result.timestampNs = ns;
            rest = space < 0 ? QStringView() : rest.mid(space + 1);
        }
    }
    result.text = rest.toString();
    return result;
}

} // namespace Berth
