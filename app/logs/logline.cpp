#include "logline.h"

#include <QDateTime>
#include <QTimeZone>

#include <chrono>
#include <limits>

using namespace Qt::StringLiterals;

namespace Berth {

namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (the well-known civil-from-days inverse).
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

int digits(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace

qint64 LogLine::parseTimestamp(QStringView text)
{
    // 2026-11-27T12:00:13.074083291Z, parsed by hand: this runs for every log line, and
    // QDateTime::fromString costs more than the rest of the line's handling together.
    if (text.size() < 20 || text.at(4) != u'-' || text.at(7) != u'-' || text.at(10) != u'T' || text.at(13) != u':'
        || text.at(16) != u':')
        return 0;
    const int year = digits(text, 0, 4), month = digits(text, 5, 2), day = digits(text, 8, 2);
    const int hour = digits(text, 11, 2), minute = digits(text, 14, 2), second = digits(text, 17, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0
        || minute > 59 || second < 0 || second > 60)
        return 0;
    qsizetype i = 19;
    qint64 fraction = 0;
    int count = 0;
    if (i < text.size() && text.at(i) == u'.') {
        ++i;
        while (i < text.size() && text.at(i).isDigit()) {
            if (count < 9) {
                fraction = fraction * 10 + text.at(i).digitValue();
                ++count;
            }
            ++i;
        }
    }
    for (; count < 9; ++count)
        fraction *= 10;
    qint64 offsetSeconds = 0;
    if (i < text.size() && (text.at(i) == u'+' || text.at(i) == u'-') && i + 6 <= text.size()) {
        const int sign = text.at(i) == u'+' ? 1 : -1;
        const int oh = digits(text, i + 1, 2), om = digits(text, i + 4, 2);
        if (oh < 0 || om < 0)
            return 0;
        offsetSeconds = sign * (oh * 3600 + om * 60);
    } else if (i >= text.size() || text.at(i) != u'Z') {
        return 0;
    }
    const qint64 seconds = daysFromCivil(year, unsigned(month), unsigned(day)) * 86400 + hour * 3600 + minute * 60 + second;
    const qint64 utc = seconds - offsetSeconds;
    // Nanoseconds since the epoch fit 64 bits until 2262 (a later date overflowed: found by
    // fuzz_logstream); neither a later one nor one before 1970 is a daemon's stamp.
    if (utc < 0 || utc >= std::numeric_limits<qint64>::max() / 1000000000LL)
        return 0;
    return utc * 1000000000LL + fraction;
}

qint64 LogLine::wallClockNs()
{
    using namespace std::chrono;
    return duration_cast<nanoseconds>(system_clock::now().time_since_epoch()).count();
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
