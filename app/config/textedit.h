#pragma once

#include <QList>
#include <QString>

namespace Berth::Config {

// One replacement in a text: the characters [start, end) become `text`. Positions are QString
// (UTF-16) indexes, the same as QTextDocument positions, so an edit computed on a file's text
// applies to the editor showing it. Every visual edit Berth makes is a list of these: the bytes
// outside them stay as they were.
struct TextEdit {
    qsizetype start = 0;
    qsizetype end = 0;
    QString text;

    friend bool operator==(const TextEdit &, const TextEdit &) = default;
};

// `text` with `edit` applied. The edit must lie inside the text (start <= end <= size).
QString applied(const QString &text, const TextEdit &edit);

// `text` with `edits` applied; they must not overlap, in any order. Insertions at the same
// position appear in the list's order.
QString applied(const QString &text, QList<TextEdit> edits);

// The edit that takes applied(before, edit) back to `before`.
TextEdit inverse(const QString &before, const TextEdit &edit);

// Whether the edit fits a text of this size.
bool fits(const TextEdit &edit, qsizetype size);

} // namespace Berth::Config
