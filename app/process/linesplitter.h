#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <type_traits>

namespace Berth {

// The one place where the output of a process becomes lines: a pipe hands over pieces cut
// anywhere, so the bytes or characters after the last '\n' wait for the next piece. A line is
// handed over without its '\n' and without a '\r' just before it (CRLF from Windows-built
// tools, `docker compose` progress). The line passed to onLine is a view into the buffer,
// valid during the call only; onLine must not feed this splitter.
// Buffer is QString (text already decoded, CommandJob and LogStreamDecoder: a UTF-8 sequence
// is never cut by a line break, but Utf8Stream has to put a cut sequence together first) or
// QByteArray (`docker events`: JSON, parsed from bytes).
template<typename Buffer>
class LineSplitter
{
public:
    static constexpr bool IsText = std::is_same_v<Buffer, QString>;
    using View = std::conditional_t<IsText, QStringView, QByteArrayView>;

    // Appends a piece and hands over every line it completes.
    template<typename OnLine>
    void feed(View piece, OnLine &&onLine)
    {
        m_pending.append(piece);
        takeLines(&m_pending, onLine);
    }
    // The end of the stream: also a last line without its newline (when there is one).
    template<typename OnLine>
    void finish(OnLine &&onLine)
    {
        takeRest(&m_pending, onLine);
    }
    // Forgets a partial line (a new process).
    void clear() { m_pending.clear(); }
    bool hasPartialLine() const { return !m_pending.isEmpty(); }

    // The same on a buffer kept by the caller: takes every complete line off the front of
    // *pending, leaving an unfinished last line there.
    template<typename OnLine>
    static void takeLines(Buffer *pending, OnLine &&onLine)
    {
        qsizetype start = 0;
        for (;;) {
            const qsizetype newline = pending->indexOf(newlineChar(), start);
            if (newline < 0)
                break;
            onLine(withoutCarriageReturn(View(*pending).mid(start, newline - start)));
            start = newline + 1;
        }
        pending->remove(0, start);
    }
    // takeLines(), then what is left as the last line; *pending is empty afterwards.
    template<typename OnLine>
    static void takeRest(Buffer *pending, OnLine &&onLine)
    {
        takeLines(pending, onLine);
        if (pending->isEmpty())
            return;
        onLine(withoutCarriageReturn(View(*pending)));
        pending->clear();
    }

private:
    static constexpr auto newlineChar()
    {
        if constexpr (IsText)
            return u'\n';
        else
            return '\n';
    }
    static View withoutCarriageReturn(View line)
    {
        if constexpr (IsText) {
            if (line.endsWith(u'\r'))
                line.chop(1);
        } else {
            if (line.endsWith('\r'))
                line.chop(1);
        }
        return line;
    }

    Buffer m_pending;
};

using TextLineSplitter = LineSplitter<QString>;
using ByteLineSplitter = LineSplitter<QByteArray>;

} // namespace Berth
