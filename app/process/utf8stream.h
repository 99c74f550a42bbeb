#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Berth {

// Decodes UTF-8 that arrives in pieces (the reads of a pipe), so that however the bytes are cut
// the text is that of the whole. A sequence cut at the end of a piece is kept back and decoded
// with the next piece; invalid bytes become U+FFFD.
// Not QStringDecoder: Qt 6.8's stateful decoder swallows the byte after a sequence left
// incomplete at the end of a piece when that byte does not continue it ("\xe2\x82" | "\nnext"
// loses the line break, so two log lines became one; found by fuzz_logstream).
class Utf8Stream
{
public:
    QString decode(QByteArrayView data);
    // The end of the stream: a sequence still incomplete is U+FFFD.
    QString finish();
    void reset() { m_tail.clear(); }

private:
    QByteArray m_tail; // at most three bytes: the start of a cut sequence
};

} // namespace Berth
