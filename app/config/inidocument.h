#pragma once

#include "config/textedit.h"

#include <QList>
#include <QString>

#include <optional>

namespace Berth::Config {

// One `key = value` (or `key: value`) line of an ini file, and the indented continuation lines
// under it (pytest's multi-line addopts and markers). Positions index the document's text.
struct IniEntry {
    QString section;             // "" for keys above the first [section]
    QString key;
    QString value;               // the first line's value and the continuation lines, joined by '\n'
    int line = 0;                // 1-based line of the key
    qsizetype blockStart = 0;    // the first of the key's own comment lines directly above it
    qsizetype lineStart = 0;     // the key line
    qsizetype keyStart = 0, keyEnd = 0;
    qsizetype separatorEnd = 0;  // after '=' or ':'
    qsizetype valueStart = 0, valueEnd = 0; // trimmed, through the last continuation line
    qsizetype end = 0;           // after the last line's line break (or the text's end)
    bool valueOnNextLine = false; // `key =` with the value only on continuation lines
    QString continuationIndent;   // of the first continuation line; empty without one
};

struct IniSection {
    QString name;
    qsizetype headerStart = -1; // -1: the keys above the first header
    qsizetype headerEnd = -1;   // after the header line's break
    QList<int> entries;         // indexes into IniDocument::entries()
};

// An ini file as its text plus the positions of its parts, for uwsgi.ini, pytest.ini and their
// kind. Edits come back as TextEdits that change only what they must: a value's span, one new
// line at its neighbour's style, or one key's lines with their comments. A BOM and CRLF line
// breaks stay; a new line uses the file's line break.
class IniDocument
{
public:
    static IniDocument parse(const QString &text);

    bool isValid() const { return m_error.isEmpty(); }
    // Why the text is not an ini file ("line 3: ..."); empty when valid.
    QString error() const { return m_error; }
    const QString &text() const { return m_text; }
    QString lineBreak() const { return m_lineBreak; }

    const QList<IniEntry> &entries() const { return m_entries; }
    const QList<IniSection> &sections() const { return m_sections; }
    // Indexes of every entry of `key` in `section`, in file order (uwsgi repeats env, static-map).
    QList<int> find(const QString &section, const QString &key) const;
    // The value that takes effect: the last one.
    std::optional<QString> value(const QString &section, const QString &key) const;

    // Sets the last entry of the key, or adds it when the section has none.
    QList<TextEdit> set(const QString &section, const QString &key, const QString &value) const;
    QList<TextEdit> setAt(int entry, const QString &value) const;
    // A new line after the section's last key (after the key's last line when it is there
    // already), in that line's style; a new section at the end of the file.
    QList<TextEdit> add(const QString &section, const QString &key, const QString &value) const;
    // Removes every entry of the key, each with its own comment lines.
    QList<TextEdit> unset(const QString &section, const QString &key) const;
    QList<TextEdit> unsetAt(int entry) const;

private:
    int sectionIndex(const QString &name) const;
    QString formatValue(const IniEntry *like, const QString &value) const;

    QString m_text;
    QString m_error;
    QString m_lineBreak = QStringLiteral("\n");
    QList<IniEntry> m_entries;
    QList<IniSection> m_sections;
};

} // namespace Berth::Config
