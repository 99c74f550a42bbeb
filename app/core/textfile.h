#pragma once

#include <QByteArray>
#include <QString>

namespace Berth {

// A text file's bytes as text, and the way back to the same bytes.
//
// The editor shows any file a project holds, and a file is the user's: saving it after an edit
// must give back every byte outside the edit. So the format a file was read in (its encoding,
// a byte-order mark, CRLF or LF line breaks) is kept and used again on save:
// - UTF-8, with or without a byte-order mark;
// - UTF-16 or UTF-32 with a byte-order mark (Windows tools write these);
// - anything else that is not valid UTF-8 is read as ISO 8859-1 (Latin-1), where every byte is
//   one character, so the bytes come back exactly as they were: a legacy file with an accented
//   letter, a password with a byte Berth cannot guess the meaning of.
// The text uses '\n' only; CRLF files get CRLF back.
struct TextFormat {
    enum class Encoding { Utf8, Utf16LE, Utf16BE, Utf32LE, Utf32BE, Latin1 };
    Encoding encoding = Encoding::Utf8;
    bool byteOrderMark = false;
    bool crlf = false;

    // The encoding's name as a person reads it: "UTF-8", "UTF-16 LE", "ISO 8859-1 (Latin-1)".
    QString encodingName() const;
    bool isUtf8() const { return encoding == Encoding::Utf8; }
};

struct DecodedText {
    QString text; // '\n' line breaks
    TextFormat format;
};

// Never fails: every byte sequence has a reading (Latin-1 at worst).
DecodedText decodeText(const QByteArray &bytes);

// The bytes of text in format. False, with where and what, when a character cannot be written
// in the format's encoding (a '€' in a Latin-1 file): nothing is half-encoded.
bool encodeText(const QString &text, const TextFormat &format, QByteArray *bytes, QString *error);

} // namespace Berth
