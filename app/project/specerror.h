#pragma once

#include <QList>
#include <QString>

namespace Berth {

// One problem of a project spec. key is the dotted YAML key ("database.host_port"; empty for the
// document itself), value the offending value as written, message one clear line that says what
// is allowed.
struct SpecError
{
    QString key;
    QString value;
    QString message;

    // "database.host_port: 65536: must be a port from 1 to 65535" — the CLI prints this.
    QString toString() const;
    friend bool operator==(const SpecError &, const SpecError &) = default;
};

} // namespace Berth
