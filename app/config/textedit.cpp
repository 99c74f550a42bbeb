#include "config/textedit.h"

#include <algorithm>

namespace Berth::Config {

bool fits(const TextEdit &edit, qsizetype size)
{
    return edit.start >= 0 && edit.start <= edit.end && edit.end <= size;
}

QString applied(const QString &text, const TextEdit &edit)
{
    Q_ASSERT(fits(edit, text.size()));
    QString result = text;
    result.replace(edit.start, edit.end - edit.start, edit.text);
    return result;
}

QString applied(const QString &text, QList<TextEdit> edits)
{
    // From the end, so earlier positions stay valid. At one position a replacement goes before
    // an insertion (which then lands in front of its text), and insertions end up in the
    // list's order (the last one is applied first).
    std::reverse(edits.begin(), edits.end());
    std::stable_sort(edits.begin(), edits.end(), [](const TextEdit &a, const TextEdit &b) {
        return a.start != b.start ? a.start > b.start : a.end > b.end;
    });
    QString result = text;
    for (const TextEdit &edit : std::as_const(edits)) {
        Q_ASSERT(fits(edit, result.size()));
        result.replace(edit.start, edit.end - edit.start, edit.text);
    }
    return result;
}

TextEdit inverse(const QString &before, const TextEdit &edit)
{
    return {edit.start, edit.start + edit.text.size(), before.mid(edit.start, edit.end - edit.start)};
}

} // namespace Berth::Config
