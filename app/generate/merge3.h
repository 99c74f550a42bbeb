#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Berth {

// One region that both sides changed, differently: the lines of the common base and of each side,
// each line with its own line ending (the last line of a file may have none).
struct MergeConflict
{
    qsizetype baseLine = 0; // 0-based index of the region's first line in base
    qsizetype oursLine = 0; // ... in ours, which is where it shows in the file on disk
    QList<QByteArray> base;
    QList<QByteArray> ours;
    QList<QByteArray> theirs;
};

struct MergeResult
{
    bool clean() const { return conflicts.isEmpty(); }
    // The merge when clean. With conflicts, ours stands in each conflicting region.
    QByteArray merged;
    QList<MergeConflict> conflicts;
};

// A line-based three-way merge (diff3): the changes from base to ours and from base to theirs,
// each found as a longest common subsequence of lines. Regions that only one side changed take
// that side; regions both sides changed in the same way take it once; regions both changed
// differently — including insertions at the same place, and edits on adjacent lines with no
// unchanged line between them — are conflicts.
//
// Line endings: lines are compared with a CR before the LF ignored, so a file the user converted
// to CRLF still merges line by line. The unchanged lines and ours' changes keep ours' bytes;
// lines that come from theirs keep theirs', except that they get CRLF when every line of ours
// ends in CRLF, so one file does not end up with two kinds. A missing final newline is a
// difference like any other ("x" and "x\n" are different lines).
MergeResult merge3(const QByteArray &base, const QByteArray &ours, const QByteArray &theirs);

// The lines of content, each with its ending; the last one may have none.
QList<QByteArray> splitKeepingEndings(const QByteArray &content);

// The conflicts as text to show: for each, where it is in the file on disk and the three
// versions between conflict markers (yours, Berth's previous, Berth's new).
QString conflictsText(const QList<MergeConflict> &conflicts, const QString &path);

} // namespace Berth
