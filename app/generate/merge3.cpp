#include "generate/merge3.h"

#include <QHash>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace Berth {

namespace {

// Beyond this many cells of the LCS table the middle part of two files (after their common
// start and end) counts as replaced as a whole: still a correct merge input, only coarser.
// Generated files are a few hundred lines and users' edits small, so it is never reached there.
constexpr qsizetype MaxCells = 4'000'000;

// Lines as numbers, equal when the lines are equal apart from a CR before the LF.
class LineKeys
{
public:
    std::vector<int> keys(const QList<QByteArray> &lines)
    {
        std::vector<int> out;
        out.reserve(size_t(lines.size()));
        for (const QByteArray &line : lines) {
            QByteArray key = line;
            if (key.endsWith("\r\n"))
                key.remove(key.size() - 2, 1);
            auto it = m_ids.constFind(key);
            if (it == m_ids.cend())
                it = m_ids.insert(key, int(m_ids.size()));
            out.push_back(*it);
        }
        return out;
    }

private:
    QHash<QByteArray, int> m_ids;
};

// For each line of a, the index of the line of b it is matched with in a longest common
// subsequence, or -1.
std::vector<qsizetype> matches(const std::vector<int> &a, const std::vector<int> &b)
{
    const qsizetype n = qsizetype(a.size()), m = qsizetype(b.size());
    std::vector<qsizetype> match(size_t(n), -1);
    qsizetype start = 0;
    while (start < n && start < m && a[size_t(start)] == b[size_t(start)]) {
        match[size_t(start)] = start;
        ++start;
    }
    qsizetype endA = n, endB = m;
    while (endA > start && endB > start && a[size_t(endA - 1)] == b[size_t(endB - 1)]) {
        --endA;
        --endB;
        match[size_t(endA)] = endB;
    }
    const qsizetype rows = endA - start, cols = endB - start;
    if (rows == 0 || cols == 0 || rows * cols > MaxCells)
        return match;
    // lcs[i][j]: the length of the LCS of a[start+i..endA) and b[start+j..endB).
    std::vector<int> lcs(size_t((rows + 1) * (cols + 1)), 0);
    auto at = [&](qsizetype i, qsizetype j) -> int & { return lcs[size_t(i * (cols + 1) + j)]; };
    for (qsizetype i = rows - 1; i >= 0; --i) {
        for (qsizetype j = cols - 1; j >= 0; --j) {
            at(i, j) = a[size_t(start + i)] == b[size_t(start + j)] ? at(i + 1, j + 1) + 1
                                                                    : std::max(at(i + 1, j), at(i, j + 1));
        }
    }
    qsizetype i = 0, j = 0;
    while (i < rows && j < cols) {
        if (a[size_t(start + i)] == b[size_t(start + j)]) {
            match[size_t(start + i)] = start + j;
            ++i;
            ++j;
        } else if (at(i + 1, j) >= at(i, j + 1)) {
            ++i;
        } else {
            ++j;
        }
    }
    return match;
}

bool sameKeys(const std::vector<int> &a, qsizetype aFrom, qsizetype aTo, const std::vector<int> &b, qsizetype bFrom,
              qsizetype bTo)
{
    if (aTo - aFrom != bTo - bFrom)
        return false;
    for (qsizetype i = 0; i < aTo - aFrom; ++i) {
        if (a[size_t(aFrom + i)] != b[size_t(bFrom + i)])
            return false;
    }
    return true;
}

bool everyLineEndsInCrlf(const QList<QByteArray> &lines)
{
    bool any = false;
    for (const QByteArray &line : lines) {
        if (!line.endsWith('\n'))
            continue;
        if (!line.endsWith("\r\n"))
            return false;
        any = true;
    }
    return any;
}

} // namespace

QList<QByteArray> splitKeepingEndings(const QByteArray &content)
{
    QList<QByteArray> lines;
    qsizetype from = 0;
    while (from < content.size()) {
        const qsizetype nl = content.indexOf('\n', from);
        const qsizetype to = nl < 0 ? content.size() : nl + 1;
        lines.append(content.mid(from, to - from));
        from = to;
    }
    return lines;
}

MergeResult merge3(const QByteArray &base, const QByteArray &ours, const QByteArray &theirs)
{
    const QList<QByteArray> b = splitKeepingEndings(base), o = splitKeepingEndings(ours), t = splitKeepingEndings(theirs);
    LineKeys ids;
    const std::vector<int> bk = ids.keys(b), ok = ids.keys(o), tk = ids.keys(t);
    const std::vector<qsizetype> toOurs = matches(bk, ok), toTheirs = matches(bk, tk);
    const bool crlf = everyLineEndsInCrlf(o);

    MergeResult result;
    auto emitOurs = [&](qsizetype from, qsizetype to) {
        for (qsizetype x = from; x < to; ++x)
            result.merged += o.at(x);
    };
    auto emitTheirs = [&](qsizetype from, qsizetype to) {
        for (qsizetype x = from; x < to; ++x) {
            const QByteArray &line = t.at(x);
            if (crlf && line.endsWith('\n') && !line.endsWith("\r\n"))
                result.merged += line.left(line.size() - 1) + "\r\n";
            else
                result.merged += line;
        }
    };

    const qsizetype n = b.size();
    qsizetype i = 0, j = 0, k = 0;
    while (true) {
        // The next base line that both sides kept: everything before it is one region.
        qsizetype stable = i;
        while (stable < n && (toOurs[size_t(stable)] < 0 || toTheirs[size_t(stable)] < 0))
            ++stable;
        const qsizetype oEnd = stable < n ? toOurs[size_t(stable)] : o.size();
        const qsizetype tEnd = stable < n ? toTheirs[size_t(stable)] : t.size();
        if (stable == i && oEnd == j && tEnd == k) {
            if (stable == n)
                break;
            emitOurs(j, j + 1);
            ++i;
            ++j;
            ++k;
            continue;
        }
        const bool oursChanged = !sameKeys(bk, i, stable, ok, j, oEnd);
        const bool theirsChanged = !sameKeys(bk, i, stable, tk, k, tEnd);
        if (!oursChanged) {
            emitTheirs(k, tEnd);
        } else if (!theirsChanged || sameKeys(ok, j, oEnd, tk, k, tEnd)) {
            emitOurs(j, oEnd);
        } else {
            MergeConflict conflict{i, j, b.mid(i, stable - i), o.mid(j, oEnd - j), t.mid(k, tEnd - k)};
            result.conflicts.append(std::move(conflict));
            emitOurs(j, oEnd);
        }
        i = stable;
        j = oEnd;
        k = tEnd;
    }
    return result;
}

QString conflictsText(const QList<MergeConflict> &conflicts, const QString &path)
{
    QString text;
    auto lines = [&](const QList<QByteArray> &part) {
        for (const QByteArray &line : part) {
            QString l = QString::fromUtf8(line);
            if (!l.endsWith(u'\n'))
                l += u"\n\\ No newline at end of file\n"_s;
            text += l;
        }
    };
    for (const MergeConflict &c : conflicts) {
        text += u"@@ %1, line %2 @@\n"_s.arg(path).arg(c.oursLine + 1);
        text += u"<<<<<<< yours (on disk)\n"_s;
        lines(c.ours);
        text += u"||||||| Berth's previous version\n"_s;
        lines(c.base);
        text += u"=======\n"_s;
        lines(c.theirs);
        text += u">>>>>>> Berth's new version\n"_s;
    }
    return text;
}

} // namespace Berth
