#pragma once

#include "config/textedit.h"
#include "config/yamlpath.h"

#include <QList>
#include <QString>

namespace Berth::Config {

// What an edit of a YAML text comes to: the text edits that make it, or why there are none.
struct YamlEditResult {
    enum class Status { Done, NotFound, Invalid, Refused };

    Status status = Status::Done;
    QList<TextEdit> edits;
    QString message;
    // Through an anchor: the other places (paths of the aliases and merges) the edit changes too.
    QList<YamlPath> alsoChanges;
    // Where the meaning may change: the target, and alsoChanges (for rename: each reference).
    QList<YamlPath> changedPaths;

    bool ok() const { return status == Status::Done; }
    // No edits, and why.
    static YamlEditResult failure(Status status, const QString &message)
    {
        YamlEditResult r;
        r.status = status;
        r.message = message;
        return r;
    }
};

struct YamlEditOptions {
    // Edit the anchored node when the path goes through an alias or a `<<` merge, instead of
    // refusing; alsoChanges then names every other place it changes.
    bool throughAnchors = false;
};

} // namespace Berth::Config
