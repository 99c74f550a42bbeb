#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Berth {

// What a pyproject.toml says about the project's own packages (PEP 621): the `dependencies`
// array of the [project] table. Only what Berth needs is read; the rest of the TOML is skipped.
struct PyProjectDependencies
{
    bool projectTable = false;    // there is a [project] table
    bool declared = false;        // [project] has a `dependencies` array (possibly empty)
    bool dynamic = false;         // `dependencies` is listed in [project] `dynamic` (a build backend computes them)
    QStringList dependencies;     // the PEP 508 strings, as written ("Django>=4.2", "psycopg[binary]")
    QString error;                // one line when the file could not be read as TOML this far
};

// Reads the [project] dependencies of a pyproject.toml's text. Never throws, never recurses
// deeper than a small limit; text that is not TOML gives an error line and what was read.
PyProjectDependencies readPyProjectDependencies(const QByteArray &toml);

} // namespace Berth
