#pragma once

#include "config/yamleditor.h"

#include <QStringList>

namespace Berth::Config {

// Whole-service edits of a compose file, as minimal text edits like YamlEditor's.

// Adds services.NAME with `body`: YAML block lines whose indentation is two spaces a level,
// written at the file's own indentation after the last service.
YamlEditResult addService(const YamlTree &tree, const QString &name, const QStringList &body);

// A copy of services.NAME as NEW, after it, with its comments; `container_name`, `ports` and
// anchors are left out of the copy (two containers cannot share a name or a host port, and an
// anchor is defined once). `leftOut` names what was left out.
YamlEditResult duplicateService(const YamlTree &tree, const QString &name, const QString &newName,
                                QStringList *leftOut = nullptr);

// Removes services.NAME; `dependents` lists the services whose depends_on, links or extends
// still name it (the caller says so, or renames them first).
YamlEditResult removeService(const YamlTree &tree, const QString &name, QStringList *dependents = nullptr);

} // namespace Berth::Config
