// The bytes of a `docker logs` pipe as LogFollower reads them: LogStreamDecoder with and without
// the daemon's timestamps, fed in pieces of any size (UTF-8 sequences and lines cut anywhere),
// then into the LogModel ring buffer; also Compose's prefixed lines (LogLine::parse) and the
// timestamps (LogLine::parseTimestamp, formatTimestamp).
#include "logs/logline.h"
#include "logs/logstreamdecoder.h"
#include "fuzzcheck.h"
#include "logs/logmodel.h"

#include <fuzzer/FuzzedDataProvider.h>

using namespace Berth;
using namespace Qt::StringLiterals;

namespace {

struct Decoded
{
    QList<LogLine> lines;
    QStringList untimed;
    qint64 last = 0;
};

Decoded decode(const QList<QByteArray> &pieces, bool timestamps)
{
    LogStreamDecoder decoder;
    decoder.setTimestamps(timestamps);
    decoder.setSource(u"web"_s, u"web-1"_s);
    Decoded result;
    for (const QByteArray &piece : pieces)
        decoder.decode(piece, &result.lines, &result.untimed);
    decoder.finish(&result.lines, &result.untimed);
    result.last = decoder.lastTimestampNs();
    return result;
}

bool sameLines(const Decoded &a, const Decoded &b)
{
    if (a.lines.size() != b.lines.size() || a.untimed != b.untimed || a.last != b.last)
        return false;
    for (qsizetype i = 0; i < a.lines.size(); ++i) {
        if (a.lines[i].text != b.lines[i].text || a.lines[i].timestampNs != b.lines[i].timestampNs)
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider provider(data, size);
    const bool timestamps = provider.ConsumeBool();
    QList<QByteArray> pieces;
    QByteArray whole;
    while (provider.remaining_bytes() > 0) {
        const size_t length = provider.ConsumeIntegralInRange<size_t>(1, 200);
        pieces.append(QByteArray::fromStdString(provider.ConsumeBytesAsString(length)));
        whole += pieces.constLast();
    }

    // However the pipe cuts the stream, the same lines come out.
    const Decoded piecewise = decode(pieces, timestamps);
    const Decoded inOne = decode({whole}, timestamps);
    FUZZ_CHECK(sameLines(piecewise, inOne));
    for (const LogLine &line : piecewise.lines) {
        FUZZ_CHECK(!line.text.contains(u'\n'));
        if (timestamps) {
            FUZZ_CHECK(line.timestampNs > 0);
            // What Berth passes back to `docker logs --since` names the same instant.
            FUZZ_CHECK(LogLine::parseTimestamp(LogLine::formatTimestamp(line.timestampNs)) == line.timestampNs);
        }
    }

    // One model for every input (making one allocates its default ring of 100,000 entries).
    static LogModel model;
    model.clear();
    model.setCapacity(16);
    model.append(piecewise.lines);
    for (const QString &text : piecewise.untimed)
        model.appendNotice(text);
    FUZZ_CHECK(model.lineCount() <= model.capacity());
    for (int row = 0; row < model.rowCount(); ++row) {
        const LogEntry &entry = model.entry(row);
        for (const TextSpan &span : entry.spans)
            FUZZ_CHECK(span.start >= 0 && span.length > 0 && span.start + span.length <= entry.text.size());
        (void)model.data(model.index(row), Qt::DisplayRole);
    }

    // `docker compose logs` lines: "web-1  | 2026-11-27T12:00:13.074083291Z text".
    const QString text = QString::fromUtf8(whole);
    for (QStringView line : QStringView(text).split(u'\n')) {
        const LogLine parsed = LogLine::parse(line, timestamps);
        if (parsed.timestampNs > 0)
            FUZZ_CHECK(LogLine::parseTimestamp(LogLine::formatTimestamp(parsed.timestampNs)) == parsed.timestampNs);
    }
    return 0;
}
