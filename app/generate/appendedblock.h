#pragma once

#include <QString>
#include <QStringList>

namespace Berth {

// How Berth adds lines to a file it merges into (requirements.txt, .gitignore): the user's text
// as it is (LF line endings, ending with a newline), a blank line, then one "# comment" line
// and the lines. An empty text gets the block alone.
QString withAppendedBlock(QString text, const QString &comment, const QStringList &lines);

} // namespace Berth
