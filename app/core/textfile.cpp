#include "core/textfile.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <QStringEncoder>

using namespace Qt::StringLiterals;

namespace Berth {

namespace {

struct Bom {
    QByteArrayView bytes;
    TextFormat::Encoding encoding;
};

// Longest first: a UTF-32 LE mark starts with UTF-16 LE's.
constexpr Bom boms[] = {
    {QByteArrayView("\x00\x00\xFE\xFF", 4), TextFormat::Encoding::Utf32BE},
    {QByteArrayView("\xFF\xFE\x00\x00", 4), TextFormat::Encoding::Utf32LE},
    {QByteArrayView("\xEF\xBB\xBF", 3), TextFormat::Encoding::Utf8},
    {QByteArrayView("\xFE\xFF", 2), TextFormat::Encoding::Utf16BE},
    {QByteArrayView("\xFF\xFE", 2), TextFormat::Encoding::Utf16LE},
};

QStringConverter::Encoding converter(TextFormat::Encoding e)
{
    switch (e) {
    case TextFormat::Encoding::Utf8:
        return QStringConverter::Utf8;
    case TextFormat::Encoding::Utf16LE:
        return QStringConverter::Utf16LE;
    case TextFormat::Encoding::Utf16BE:
        return QStringConverter::Utf16BE;
    case TextFormat::Encoding::Utf32LE:
        return QStringConverter::Utf32LE;
    case TextFormat::Encoding::Utf32BE:
        return QStringConverter::Utf32BE;
    case TextFormat::Encoding::Latin1:
        return QStringConverter::Latin1;
    }
    return QStringConverter::Utf8;
}

QByteArrayView bomBytes(TextFormat::Encoding e)
{
    for (const Bom &b : boms)
        if (b.encoding == e)
            return b.bytes;
    return {};
}

// Decodes all of bytes strictly: false on any invalid sequence, and on anything that would not
// encode back to the same bytes (a UTF-16 file cut after an odd byte, which the decoder keeps
// as pending state rather than an error).
bool decodeStrict(QByteArrayView bytes, TextFormat::Encoding e, QString *text)
{
    QStringDecoder decoder(converter(e), QStringConverter::Flag::Stateless);
    *text = decoder(bytes);
    if (decoder.hasError())
        return false;
    QStringEncoder encoder(converter(e), QStringConverter::Flag::Stateless);
    return QByteArray(encoder(*text)) == bytes;
}

} // namespace

QString TextFormat::encodingName() const
{
    switch (encoding) {
    case Encoding::Utf8:
        return u"UTF-8"_s;
    case Encoding::Utf16LE:
        return u"UTF-16 LE"_s;
    case Encoding::Utf16BE:
        return u"UTF-16 BE"_s;
    case Encoding::Utf32LE:
        return u"UTF-32 LE"_s;
    case Encoding::Utf32BE:
        return u"UTF-32 BE"_s;
    case Encoding::Latin1:
        return u"ISO 8859-1 (Latin-1)"_s;
    }
    return {};
}

DecodedText decodeText(const QByteArray &bytes)
{
    DecodedText out;
    bool decoded = false;
    for (const Bom &b : boms) {
        if (!bytes.startsWith(b.bytes))
            continue;
        if (decodeStrict(QByteArrayView(bytes).sliced(b.bytes.size()), b.encoding, &out.text)) {
            out.format.encoding = b.encoding;
            out.format.byteOrderMark = true;
            decoded = true;
        }
        break;
    }
    if (!decoded && decodeStrict(bytes, TextFormat::Encoding::Utf8, &out.text)) {
        out.format.encoding = TextFormat::Encoding::Utf8;
        decoded = true;
    }
    if (!decoded) {
        out.format = {};
        out.format.encoding = TextFormat::Encoding::Latin1;
        out.text = QString::fromLatin1(bytes);
    }
    // CRLF when at least half the line breaks are (the text then holds LF, and each LF is
    // written as CRLF: a file that mixes both comes back with CRLF throughout).
    const qsizetype crlf = out.text.count(u"\r\n"_s);
    if (crlf > 0 && crlf * 2 >= out.text.count(u'\n')) {
        out.format.crlf = true;
        out.text.replace(u"\r\n"_s, u"\n"_s);
    }
    return out;
}

namespace {

// The first character of text that encoding has no bytes for (-1: none): above U+00FF for
// Latin-1, an unpaired surrogate for the UTF encodings.
qsizetype firstUnwritable(const QString &text, TextFormat::Encoding encoding)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (encoding == TextFormat::Encoding::Latin1) {
            if (c.unicode() > 0xFF)
                return i;
        } else if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i;
        } else if (c.isSurrogate()) {
            return i;
        }
    }
    return -1;
}

} // namespace

bool encodeText(const QString &text, const TextFormat &format, QByteArray *bytes, QString *error)
{
    if (const qsizetype at = firstUnwritable(text, format.encoding); at >= 0) {
        if (error) {
            const qsizetype length = at + 1 < text.size() && text.at(at).isHighSurrogate() ? 2 : 1;
            *error = QCoreApplication::translate("Berth::TextFile",
                                                 "line %1 has \"%2\", which %3 cannot hold: remove it, or save the file as UTF-8")
                         .arg(text.left(at).count(u'\n') + 1)
                         .arg(text.mid(at, length), format.encodingName());
        }
        return false;
    }
    QString source = text;
    if (format.crlf)
        source.replace(u'\n', u"\r\n"_s);
    QStringEncoder encoder(converter(format.encoding), QStringConverter::Flag::Stateless);
    const QByteArray body = encoder(source);
    if (encoder.hasError()) {
        if (error)
            *error = QCoreApplication::translate("Berth::TextFile", "the text cannot be written as %1").arg(format.encodingName());
        return false;
    }
    *bytes = format.byteOrderMark ? bomBytes(format.encoding).toByteArray() + body : body;
    return true;
}

} // namespace Berth
