#pragma once

#include <QString>
#include <QStringList>

namespace YAML {
class Node;
}

namespace Berth::Validation {

// Where a path of Compose's messages (`services.web.ports.0`) is in a YAML text: the 1-based line
// and column of the deepest key or item of the path that the text has (yaml-cpp keeps a start
// mark on every node), and how many segments were found. Nothing found: line 0, depth 0.
struct PathPosition {
    int line = 0;
    int column = 0;
    qsizetype depth = 0;

    bool isComplete(const QStringList &path) const { return depth == path.size(); }
};

// The segments of a path as Compose writes it: dots between keys, sequence items by index,
// `[]` for "any item" (interpolation errors), and `services[web]` in decoding errors.
// "(root)" is the empty path.
QStringList splitComposePath(const QString &path);

// A key with dots in it (a label `com.example.tier`) is found by joining segments. A `[]`
// segment takes the first item that holds the rest of the path.
PathPosition positionOfPath(const YAML::Node &root, const QStringList &path);
// The same on a text; a text that does not parse gives nothing.
PathPosition positionOfPath(const QString &text, const QStringList &path);

} // namespace Berth::Validation
