#pragma once

#include "project/projectspec.h"
#include "project/specerror.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Berth {

// A spec file (berth.yaml) read the way both the CLI and the wizard read it. Before yaml-cpp sees
// the bytes, what YAML would report badly or not at all is taken care of, one error per problem:
//  - accepted: a UTF-8 byte order mark (YAML 1.2 allows one at the start; Windows editors write
//    it) and CRLF or CR line ends (YAML line breaks; both become LF);
//  - refused, saying what to do: a file over MaxSize (a spec is a few KB), UTF-16 or UTF-32, a
//    NUL byte (not a text file), bytes that are not UTF-8 (line and column of the first),
//    brackets nested more than MaxNesting deep (yaml-cpp would say "bad file"), and
//    tabs in the indentation of a line (YAML indents with spaces only; yaml-cpp says only
//    "illegal map value"). Tabs elsewhere (between a key and its value) are valid YAML and stay.
// At most MaxErrors problems are listed, then one line saying how many more there are.
class SpecFile
{
public:
    static constexpr qint64 MaxSize = 1024 * 1024;
    static constexpr int MaxErrors = 20;
    static constexpr int MaxNesting = 100; // of [ and {

    // readable is false when the file cannot be opened (errors then hold why).
    static ProjectSpec read(const QString &path, QList<SpecError> *errors, bool *readable = nullptr);
    // The same checks on a file's content; fileSize is the size of the whole file when bytes is
    // only its beginning.
    static ProjectSpec parse(const QByteArray &bytes, QList<SpecError> *errors, qint64 fileSize = -1);
};

} // namespace Berth
