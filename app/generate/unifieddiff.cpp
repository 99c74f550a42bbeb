#include "generate/unifieddiff.h"

#include <QList>
#include <QStringList>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace Berth {

namespace {

struct Lines
{
    QStringList lines;
    bool finalNewline = true;
};

Lines splitLines(const QByteArray &content)
{
    Lines l;
    if (content.isEmpty())
        return l;
    QString text = QString::fromUtf8(content);
    l.finalNewline = text.endsWith(u'\n');
    if (l.finalNewline)
        text.chop(1);
    l.lines = text.split(u'\n');
    return l;
}

enum class Op { Keep, Remove, Add };
struct Edit
{
    Op op;
    qsizetype a; // index in before (Keep, Remove)
    qsizetype b; // index in after (Keep, Add)
};

// Longest common subsequence by dynamic programming; generated files are a few hundred lines.
// Beyond MaxCells the whole file is shown replaced, which is still a correct diff.
constexpr qsizetype MaxCells = 4'000'000;

QList<Edit> edits(const QStringList &a, const QStringList &b)
{
    QList<Edit> script;
    const qsizetype n = a.size(), m = b.size();
    if (n * m > MaxCells) {
        for (qsizetype i = 0; i < n; ++i)
            script.append({Op::Remove, i, 0});
        for (qsizetype j = 0; j < m; ++j)
            script.append({Op::Add, n, j});
        return script;
    }
    std::vector<int> lcs(size_t((n + 1) * (m + 1)), 0);
    auto at = [&](qsizetype i, qsizetype j) -> int & { return lcs[size_t(i * (m + 1) + j)]; };
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            at(i, j) = a[i] == b[j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    qsizetype i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[i] == b[j]) {
            script.append({Op::Keep, i++, j++});
        } else if (i < n && (j == m || at(i + 1, j) >= at(i, j + 1))) {
            script.append({Op::Remove, i++, j}); // removals first, as diff -u shows them
        } else {
            script.append({Op::Add, i, j++});
        }
    }
    return script;
}

constexpr qsizetype Context = 3;

} // namespace

QString unifiedDiff(const QByteArray &before, const QByteArray &after, const QString &path)
{
    if (before == after)
        return {};
    const Lines a = splitLines(before), b = splitLines(after);
    QList<Edit> script = edits(a.lines, b.lines);
    // A changed final newline alone changes the last line.
    if (!a.lines.isEmpty() && !b.lines.isEmpty() && a.finalNewline != b.finalNewline) {
        for (qsizetype k = script.size() - 1; k >= 0; --k) {
            if (script[k].op == Op::Keep && script[k].a == a.lines.size() - 1 && script[k].b == b.lines.size() - 1) {
                const Edit keep = script[k];
                script[k] = {Op::Remove, keep.a, keep.b};
                script.insert(k + 1, {Op::Add, keep.a + 1, keep.b});
                break;
            }
        }
    }

    QString out = "--- "_L1 + (before.isEmpty() ? u"/dev/null"_s : "a/"_L1 + path) + u'\n'
                + "+++ "_L1 + (after.isEmpty() ? u"/dev/null"_s : "b/"_L1 + path) + u'\n';
    auto lineText = [&](const Edit &e) {
        const bool fromA = e.op == Op::Remove;
        const Lines &side = fromA ? a : b;
        const qsizetype index = fromA ? e.a : e.b;
        const QChar sign = e.op == Op::Keep ? u' ' : (e.op == Op::Remove ? u'-' : u'+');
        QString line = sign + side.lines[index] + u'\n';
        if (index == side.lines.size() - 1 && !side.finalNewline)
            line += "\\ No newline at end of file\n"_L1;
        return line;
    };

    qsizetype k = 0;
    while (k < script.size()) {
        while (k < script.size() && script[k].op == Op::Keep)
            ++k;
        if (k == script.size())
            break;
        // A hunk: from Context lines before the first change to Context lines after the last
        // change that is at most 2*Context kept lines away from the next.
        const qsizetype start = std::max<qsizetype>(0, k - Context);
        qsizetype end = k;
        while (true) {
            while (end < script.size() && script[end].op != Op::Keep)
                ++end;
            qsizetype keepRun = end;
            while (keepRun < script.size() && script[keepRun].op == Op::Keep)
                ++keepRun;
            if (keepRun < script.size() && keepRun - end <= 2 * Context) {
                end = keepRun;
                continue;
            }
            end = std::min(script.size(), end + Context);
            break;
        }
        qsizetype aStart = -1, bStart = -1, aCount = 0, bCount = 0;
        QString body;
        for (qsizetype h = start; h < end; ++h) {
            const Edit &e = script[h];
            if (e.op != Op::Add) {
                if (aStart < 0)
                    aStart = e.a;
                ++aCount;
            }
            if (e.op != Op::Remove) {
                if (bStart < 0)
                    bStart = e.b;
                ++bCount;
            }
            body += lineText(e);
        }
        // Empty ranges are numbered by the line before them (diff -u's convention).
        const qsizetype aLine = aCount ? aStart + 1 : script[start].a;
        const qsizetype bLine = bCount ? bStart + 1 : script[start].b;
        auto range = [](qsizetype line, qsizetype count) {
            return count == 1 ? QString::number(line) : u"%1,%2"_s.arg(line).arg(count);
        };
        out += "@@ -"_L1 + range(aLine, aCount) + " +"_L1 + range(bLine, bCount) + " @@\n"_L1 + body;
        k = end;
    }
    return out;
}

} // namespace Berth
