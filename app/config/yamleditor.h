#pragma once

#include "config/yamleditresult.h"
#include "config/yamltree.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Berth::Config {

// Minimal edits of one YAML document: each operation returns the TextEdits that change the
// target and nothing else (docs/yaml-positions.md). Comments, blank lines, key order, quoting,
// anchors, CRLF and a byte-order mark outside the edited span stay as they are.
//
// - set: replaces a scalar in its own quote style, a collection with the given flow value, an
//   empty value; a missing key is inserted after its last sibling, at the sibling's
//   indentation and in the block or flow style around it, with any missing parent keys.
// - add: appends an item to a sequence (creating it when missing).
// - unset: deletes a key or item with its own comment lines (the ones directly above it).
// The `environment` of compose (and any sequence of KEY=VALUE strings) takes a key too:
// `services.web.environment.DEBUG` names the DEBUG=… item of the list form.
class YamlEditor
{
public:
    explicit YamlEditor(const YamlTree &tree, YamlEditOptions options = {});

    // The value at path: a scalar's value, or a collection's source text.
    YamlEditResult get(const YamlPath &path, QString *value) const;

    // VALUE is one YAML scalar or flow value (`8000`, `"a b"`, `[a, b]`, `{a: 1}`).
    YamlEditResult set(const YamlPath &path, const QString &value) const;
    YamlEditResult add(const YamlPath &path, const QString &value) const;
    YamlEditResult unset(const YamlPath &path) const;

    // Renames services.OLD to NEW and every depends_on, links, extends, volumes_from and
    // `service:` reference (network_mode, ipc, pid) naming it.
    YamlEditResult renameService(const QString &oldName, const QString &newName) const;

    // Checks a VALUE argument; empty when fine, else why not.
    static QString checkValue(const QString &value);

private:

    YamlEditResult setUnchecked(const YamlPath &path, const QString &value) const;
    YamlEditResult unsetUnchecked(const YamlPath &path) const;

    const YamlTree &m_tree;
    YamlEditOptions m_options;
};

} // namespace Berth::Config
