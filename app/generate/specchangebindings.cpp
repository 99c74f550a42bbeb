// The values of Berth's setup files that come from berth.yaml, as the templates in
// app/generate/templates/ write them.
#include "generate/specchangebindings.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Berth {

namespace {

// A decimal number as the spec reads it; anything else (a name, a range) is not a spec value.
std::optional<QString> number(const QString &text)
{
    static const QRegularExpression digits(u"^[0-9]{1,9}$"_s);
    const QString t = text.trimmed();
    if (!digits.match(t).hasMatch())
        return std::nullopt;
    return QString::number(t.toInt());
}

// uwsgi.ini: `http-socket = :{{ port }}`. Another host (`127.0.0.1:8000`) is not what the
// generator writes, so it stays an edit of the file.
std::optional<QString> httpSocketPort(const QString &value)
{
    const QString v = value.trimmed();
    if (!v.startsWith(u':'))
        return std::nullopt;
    return number(v.mid(1));
}

// app.conf: `server app:{{ port }};` in the upstream.
std::optional<QString> upstreamPort(const QString &value)
{
    const QString v = value.trimmed();
    if (!v.startsWith("app:"_L1))
        return std::nullopt;
    return number(v.mid(4));
}

// `server_name {{ server_name }};`: the names, separated by single spaces as the spec has them.
std::optional<QString> serverNames(const QString &value)
{
    const QString names = value.simplified();
    if (names.isEmpty())
        return std::nullopt;
    return names;
}

} // namespace

const QList<SpecBinding> &specBindings()
{
    static const QList<SpecBinding> bindings = {
        {FileRole::UwsgiIni, "uwsgi.http-socket", "app_server.port", httpSocketPort},
        {FileRole::UwsgiIni, "uwsgi.processes", "app_server.processes", number},
        {FileRole::UwsgiIni, "uwsgi.threads", "app_server.threads", number},
        {FileRole::NginxSite, "upstream", "app_server.port", upstreamPort},
        {FileRole::NginxSite, "server_name", "nginx.server_name", serverNames},
        {FileRole::Compose, "services.app.ports[0].target", "app_server.port", number},
        {FileRole::Compose, "services.app.ports[0].published", "app_server.host_port", number},
        {FileRole::Compose, "services.nginx.ports[0].published", "nginx.http_port", number},
        {FileRole::Compose, "services.nginx.ports[1].published", "nginx.https_port", number},
        {FileRole::Compose, "services.database.ports[0].published", "database.host_port", number},
    };
    return bindings;
}

const SpecBinding *specBinding(FileRole role, const QString &formKey)
{
    for (const SpecBinding &b : specBindings()) {
        if (b.role == role && formKey == QLatin1StringView(b.formKey))
            return &b;
    }
    return nullptr;
}

std::optional<SpecValue> specValueFor(FileRole role, const QString &formKey, const QString &formValue)
{
    const SpecBinding *b = specBinding(role, formKey);
    if (!b)
        return std::nullopt;
    const std::optional<QString> value = b->toSpec(formValue);
    if (!value)
        return std::nullopt;
    return SpecValue{QString::fromLatin1(b->specKey), *value};
}

} // namespace Berth
