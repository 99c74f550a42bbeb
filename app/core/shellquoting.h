#pragma once

#include <QString>
#include <QStringList>

// POSIX shell quoting, for showing a command line a person could paste and for the one place
// that must hand a shell a command line (macOS Terminal through osascript). Processes Berth
// starts itself get argument lists and never pass through a shell.
namespace Berth::Quote {

// The word as is when it holds only characters no POSIX shell interprets, else single-quoted
// ('it'\''s'); "" becomes ''.
QString shell(const QString &word);
// The words quoted and joined with spaces.
QString shellWords(const QStringList &words);

} // namespace Berth::Quote
