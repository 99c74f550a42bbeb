#pragma once

#include "generate/generatedfile.h"

#include <QList>
#include <QString>

#include <optional>

namespace Berth {

// A value of a setup file that berth.yaml holds: where the Configuration views show it (the
// file's role and the key in that file's form) and which spec key it comes from. An edit of it
// is a change of the spec (specchange.h), not of the one file.
struct SpecBinding
{
    FileRole role;
    // The key in the file's form: `uwsgi.http-socket` (section.key of an ini file), `upstream`,
    // `server_name` (fields of the nginx site), `services.app.ports[0].published` (compose).
    const char *formKey;
    const char *specKey; // `app_server.port`
    // The spec value the form's value stands for (":8000" -> "8000"); nullopt when the form's
    // value is not one the generator writes from a spec value (a unix socket, another host), so
    // it stays a plain edit of the file.
    std::optional<QString> (*toSpec)(const QString &formValue);
};

const QList<SpecBinding> &specBindings();
const SpecBinding *specBinding(FileRole role, const QString &formKey);

// The spec key and value a form edit stands for; nullopt when the key is not bound or the
// value does not convert.
struct SpecValue
{
    QString key;
    QString value;
};
std::optional<SpecValue> specValueFor(FileRole role, const QString &formKey, const QString &formValue);

} // namespace Berth
