#include "utf8stream.h"

namespace Berth {

namespace {

// The length of bytes without a multi-byte sequence that starts in its last three bytes and needs
// more bytes than are left. Everything before that point decodes the same whatever follows: a
// sequence ends at the next byte that is not a continuation byte (10xxxxxx).
qsizetype completeLength(QByteArrayView bytes)
{
    const qsizetype n = bytes.size();
    for (qsizetype back = 1; back <= qMin<qsizetype>(3, n); ++back) {
        const auto c = uchar(bytes.at(n - back));
        if ((c & 0xC0) == 0x80)
            continue;
        const qsizetype needs = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        return needs > back ? n - back : n;
    }
    return n;
}

} // namespace

QString Utf8Stream::decode(QByteArrayView data)
{
    if (m_tail.isEmpty()) {
        const qsizetype complete = completeLength(data);
        m_tail = data.mid(complete).toByteArray();
        return QString::fromUtf8(data.first(complete));
    }
    const QByteArray bytes = m_tail + data;
    const qsizetype complete = completeLength(bytes);
    m_tail = bytes.mid(complete);
    return QString::fromUtf8(QByteArrayView(bytes).first(complete));
}

QString Utf8Stream::finish()
{
    const QString rest = QString::fromUtf8(m_tail);
    m_tail.clear();
    return rest;
}

} // namespace Berth
