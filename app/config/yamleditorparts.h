#pragma once

// The workings of YamlEditor, shared by its .cpp files (lookup, insertion, removal, renaming).
// Not part of the interface.

#include "config/yamleditresult.h"
#include "config/yamltree.h"

#include <QStringList>

#include <optional>

namespace Berth::Config {

class YamlEditorParts
{
public:
    YamlEditorParts(const YamlTree &tree, YamlEditOptions editOptions = {}) : t(tree), options(editOptions) {}

    // Where a path leads.
    struct Location {
        YamlEditResult::Status status = YamlEditResult::Status::Done;
        QString message;
        int container = -1; // the mapping or sequence holding the last entry reached
        int entry = -1;     // that entry (-1: the path's first segment, at the root)
        int node = -1;      // the value found (-1: empty value, or not found)
        bool listForm = false; // a KEY=VALUE item of a sequence
        int depth = 0;      // segments resolved; == size when found
        QList<YamlPath> alsoChanges;

        bool found(const YamlPath &p) const { return status == YamlEditResult::Status::Done && depth == p.segments.size(); }
    };

    // A VALUE argument, parsed.
    struct Value {
        QString text;    // as given, trimmed
        QString decoded; // a scalar's value
        YamlTree::Style style = YamlTree::Style::Plain;
        bool scalar = true;
    };

    Location locate(const YamlPath &path) const;
    Location locateRaw(const YamlPath &path) const;
    YamlPath pathOf(int node) const;
    QList<YamlPath> aliasUsers(const QString &anchor) const;
    // Empty, or why the edits may not be made: they remove an anchor that an alias outside them uses.
    QString removedAnchorInUse(const QList<TextEdit> &edits) const;

    static std::optional<Value> parseValue(const QString &text, QString *error);
    // The value as it goes in place of `existing` (a scalar keeps its quote style).
    QString replacementFor(int existing, const Value &value) const;
    // The value for a new place; inFlow: inside a flow collection.
    static QString newText(const Value &value, bool inFlow);
    static QString keyText(const QString &key, bool inFlow);
    bool inFlow(int node) const;

    // Indentation: the file's step between a key and its children (2 when nothing says), and
    // where a block sequence's `-` goes under its key (0 or the step).
    qsizetype indentStep() const;
    qsizetype sequenceOffset() const;
    QString spaces(qsizetype n) const { return QString(n, u' '); }

    qsizetype entryColumn(int container) const;
    // The start of the line after an entry, past comment lines indented deeper than it.
    qsizetype afterEntry(int container, int entry) const;
    // The end of the line holding `position`, before its line break.
    qsizetype lineEnd(qsizetype position) const;
    bool onlySpacesBefore(qsizetype position) const;
    // The spaces at the start of the line holding `position`.
    qsizetype lineIndent(qsizetype position) const;
    bool isCommentLine(qsizetype lineStart, qsizetype *column) const;

    // Inserts `keys` (the first into `mapping`, the rest nested) with `valueText` at the end.
    TextEdit insertKeys(int mapping, const QStringList &keys, const QString &valueText, bool blockSequence) const;
    // Inserts keys into an empty value (entry `entry` of `container`).
    TextEdit fillEmpty(int container, int entry, const QStringList &keys, const QString &valueText,
                       bool blockSequence) const;
    TextEdit appendItem(int sequence, const QString &valueText) const;
    QList<TextEdit> removeEntry(int container, int entry) const;

    const YamlTree &t;
    const YamlEditOptions options;

private:
    QString nestedBlock(const QStringList &keys, qsizetype column, const QString &valueText, bool blockSequence) const;
};

} // namespace Berth::Config
