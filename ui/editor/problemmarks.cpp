#include "editor/problemmarks.h"

#include "palettecolours.h"

#include <QPainter>
#include <QPalette>

namespace Berth {

void ProblemMarks::setProblems(const FileProblems &problems)
{
    m_problems = problems;
    m_byLine.clear();
    for (qsizetype i = 0; i < m_problems.size(); ++i) {
        // A problem of the whole file (line 0) marks the first line, so it is seen there too.
        m_byLine[qMax(1, m_problems.at(i).line)].append(i);
    }
}

const FileProblem *ProblemMarks::worstOn(int line) const
{
    const auto it = m_byLine.constFind(line);
    if (it == m_byLine.cend())
        return nullptr;
    const FileProblem *worst = nullptr;
    for (qsizetype i : *it) {
        const FileProblem &p = m_problems.at(i);
        if (!worst || (p.severity == FileProblem::Severity::Error && worst->severity != FileProblem::Severity::Error))
            worst = &p;
    }
    return worst;
}

QString ProblemMarks::toolTip(int line) const
{
    QStringList messages;
    for (qsizetype i : m_byLine.value(line))
        messages << m_problems.at(i).message;
    return messages.join(u'\n');
}

void ProblemMarks::paint(QPainter &painter, const QPalette &palette, const QRect &row, int line) const
{
    const FileProblem *p = worstOn(line);
    if (!p)
        return;
    const QColor colour = p->severity == FileProblem::Severity::Error ? errorText(palette) : warningText(palette);
    const int size = qMin(Width - 4, row.height() - 4);
    const QRect dot(row.left() + (Width - size) / 2, row.top() + (row.height() - size) / 2, size, size);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(dot);
    painter.restore();
}

} // namespace Berth
