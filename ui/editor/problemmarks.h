#pragma once

#include "validation/fileproblem.h"

#include <QHash>

class QPainter;
class QPalette;
class QRect;

namespace Berth {

// The problems of an editor's text by line, for its gutter: a coloured dot on each line with a
// problem (errors over warnings; colours from the palette, so dark themes keep them visible)
// and the line's messages as a tool tip.
class ProblemMarks
{
public:
    // Pixels the gutter reserves for the marks, left of the line numbers.
    static constexpr int Width = 12;

    void setProblems(const FileProblems &problems);
    FileProblems problems() const { return m_problems; }
    bool isEmpty() const { return m_byLine.isEmpty(); }
    // The worst problem on a 1-based line, or nullptr.
    const FileProblem *worstOn(int line) const;
    // Every message on a 1-based line, one per paragraph; empty when none.
    QString toolTip(int line) const;
    // Paints the mark of line (if any) in the gutter's mark column of the line's row.
    void paint(QPainter &painter, const QPalette &palette, const QRect &row, int line) const;

private:
    FileProblems m_problems;
    QHash<int, QList<qsizetype>> m_byLine; // 1-based line -> indexes into m_problems
};

} // namespace Berth
