// ANSI escape sequences in container output: AnsiParser over the lines of one stream (the style
// carries from line to line), and the colours views ask of its spans.
#include "fuzzcheck.h"
#include "logs/ansiparser.h"

using namespace Berth;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(FuzzInput::bytes(data, size));
    AnsiParser parser;
    for (QStringView line : QStringView(input).split(u'\n')) {
        const AnsiParser::Result result = parser.parse(line);
        FUZZ_CHECK(result.text.size() <= line.size());
        // Nothing a terminal would interpret is left: no escape, no control character but tab.
        for (const QChar c : result.text)
            FUZZ_CHECK(c == u'\t' || c.unicode() >= 0x20);
        int end = 0;
        for (const TextSpan &span : result.spans) {
            // Styled runs are non-empty, in order, not overlapping, inside the text.
            FUZZ_CHECK(span.length > 0);
            FUZZ_CHECK(span.start >= end);
            end = span.start + span.length;
            FUZZ_CHECK(end <= result.text.size());
            FUZZ_CHECK(span.foreground >= -1 && span.background >= -1);
            FUZZ_CHECK(AnsiParser::rgb(span.foreground, 0x123456u) <= 0xFFFFFFu);
            FUZZ_CHECK(AnsiParser::rgb(span.background, 0x123456u) <= 0xFFFFFFu);
        }
        // Stripping keeps the same text, whatever style came before.
        FUZZ_CHECK(AnsiParser::strip(line) == result.text);
    }
    return 0;
}
