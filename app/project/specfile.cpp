#include "project/specfile.h"

#include <QCoreApplication>
#include <QFile>

using namespace Qt::StringLiterals;

namespace Berth {

namespace {

// The offset of the first byte that does not start a well-formed UTF-8 sequence (overlong forms,
// surrogates and values past U+10FFFF included), or -1.
qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *s = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char lead = s[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t value = 0;
        char32_t smallest = 0;
        if ((lead & 0xE0) == 0xC0) {
            length = 2, value = lead & 0x1F, smallest = 0x80;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3, value = lead & 0x0F, smallest = 0x800;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4, value = lead & 0x07, smallest = 0x10000;
        } else {
            return i;
        }
        if (i + length > n)
            return i;
        for (int k = 1; k < length; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
            value = (value << 6) | (s[i + k] & 0x3F);
        }
        if (value < smallest || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

// "line L, column C" of a byte offset.
QString position(const QByteArray &bytes, qsizetype offset)
{
    const QByteArrayView before(bytes.constData(), offset);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    return QCoreApplication::translate("Berth::Spec", "line %1, column %2").arg(before.count('\n') + 1).arg(offset - lineStart + 1);
}

QString megabytes(qint64 size)
{
    return QString::number(double(size) / (1024.0 * 1024.0), 'f', 1) + u" MB"_s;
}

SpecError fileError(const QString &message)
{
    return {QString(), QString(), message};
}

} // namespace

ProjectSpec SpecFile::read(const QString &path, QList<SpecError> *errors, bool *readable)
{
    QFile f(path);
    if (readable)
        *readable = false;
    if (!f.open(QIODevice::ReadOnly)) {
        errors->append(fileError(f.errorString()));
        return {};
    }
    if (readable)
        *readable = true;
    // Never more than a byte past the limit: a 10 GB file is refused as fast as a 2 MB one.
    const QByteArray bytes = f.read(MaxSize + 1);
    return parse(bytes, errors, bytes.size() > MaxSize ? qMax(f.size(), qint64(bytes.size())) : -1);
}

ProjectSpec SpecFile::parse(const QByteArray &original, QList<SpecError> *errors, qint64 fileSize)
{
    const qint64 size = fileSize >= 0 ? fileSize : original.size();
    if (size > MaxSize) {
        errors->append(fileError(QCoreApplication::translate("Berth::Spec", "the file is %1; a Berth spec is a few KB of YAML (`berth spec --defaults` "
                                 "prints one): check that this is the right file").arg(megabytes(size))));
        return {};
    }
    QByteArray bytes = original;
    if (bytes.startsWith(QByteArrayView("\x00\x00\xFE\xFF", 4)) || bytes.startsWith(QByteArrayView("\xFF\xFE\x00\x00", 4))) {
        errors->append(fileError(QCoreApplication::translate("Berth::Spec", "the file is UTF-32; save it as UTF-8")));
        return {};
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        errors->append(fileError(QCoreApplication::translate("Berth::Spec", "the file is UTF-16; save it as UTF-8")));
        return {};
    }
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3); // a UTF-8 byte order mark: allowed by YAML, written by some editors
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0) {
        errors->append(fileError(QCoreApplication::translate("Berth::Spec", "%1: a NUL byte; this is not a text file (a spec is YAML text, "
                                 "`berth spec --defaults` prints one)").arg(position(bytes, nul))));
        return {};
    }
    if (const qsizetype bad = firstInvalidUtf8(bytes); bad >= 0) {
        const QString hex = QString::number(uchar(bytes.at(bad)), 16).toUpper().rightJustified(2, u'0');
        errors->append(fileError(QCoreApplication::translate("Berth::Spec", "%1: not valid UTF-8 (byte 0x%2); save the file as UTF-8").arg(position(bytes, bad), hex)));
        return {};
    }
    // CRLF and a lone CR are YAML line breaks; yaml-cpp is given LF only.
    bytes.replace("\r\n", "\n");
    bytes.replace('\r', '\n');

    // Brackets nested deeper than any spec needs: yaml-cpp stops at 500 levels with "bad file".
    int depth = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        depth += (c == '[' || c == '{') ? 1 : (c == ']' || c == '}') ? -1 : 0;
        if (depth > MaxNesting) {
            errors->append(fileError(QCoreApplication::translate("Berth::Spec", "%1: brackets nested more than %2 deep; a spec needs two at most")
                                         .arg(position(bytes, i)).arg(MaxNesting)));
            return {};
        }
    }

    QList<SpecError> found;
    const QList<QByteArray> lines = bytes.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        qsizetype indent = 0;
        while (indent < line.size() && (line.at(indent) == ' ' || line.at(indent) == '\t'))
            ++indent;
        const bool blankOrComment = indent == line.size() || line.at(indent) == '#';
        if (!blankOrComment && line.left(indent).contains('\t'))
            found.append(fileError(QCoreApplication::translate("Berth::Spec", "line %1: a tab in the indentation; YAML indents with spaces only: "
                                   "replace the tab with spaces").arg(i + 1)));
    }
    ProjectSpec spec;
    if (found.isEmpty())
        spec = ProjectSpec::fromYaml(bytes, &found);
    if (found.size() > MaxErrors) {
        const qsizetype more = found.size() - MaxErrors;
        found.resize(MaxErrors);
        found.append(fileError(QCoreApplication::translate("Berth::Spec", "%1 more problems not shown; is this the right file?").arg(more)));
    }
    errors->append(found);
    return spec;
}

} // namespace Berth
