#include "dockercontexts.h"

#include "jsonobjects.h"

#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Berth::DockerContexts {

namespace {

DockerContext fromJson(const QJsonObject &o)
{
    DockerContext c;
    c.name = o.value("Name"_L1).toString();
    c.description = o.value("Description"_L1).toString();
    c.endpoint = o.value("DockerEndpoint"_L1).toString();
    c.current = o.value("Current"_L1).toBool();
    c.error = o.value("Error"_L1).toString();
    return c;
}

bool isLoopback(const QString &host)
{
    return host.isEmpty() || host == "localhost"_L1 || host == "127.0.0.1"_L1 || host == "::1"_L1;
}

} // namespace

bool parse(const QByteArray &output, QList<DockerContext> *contexts, QString *error)
{
    contexts->clear();
    const JsonObjects parsed = JsonObjects::parse(output);
    if (!parsed.skipped.isEmpty()) {
        *error = u"not a list of contexts: %1"_s.arg(parsed.skipped.constFirst());
        return false;
    }
    for (const QJsonObject &object : parsed.objects)
        contexts->append(fromJson(object));
    for (const DockerContext &c : std::as_const(*contexts)) {
        if (c.name.isEmpty()) {
            *error = u"a context without a name"_s;
            contexts->clear();
            return false;
        }
    }
    return true;
}

QProcessEnvironment withContext(const QProcessEnvironment &base, const QString &context)
{
    QProcessEnvironment env = base;
    if (context.isEmpty())
        return env;
    env.remove(u"DOCKER_HOST"_s);
    env.insert(u"DOCKER_CONTEXT"_s, context);
    return env;
}

bool isSsh(const QString &endpoint)
{
    return endpoint.startsWith("ssh://"_L1, Qt::CaseInsensitive);
}

bool isRemote(const QString &endpoint)
{
    if (isSsh(endpoint))
        return true;
    if (endpoint.startsWith("tcp://"_L1, Qt::CaseInsensitive))
        return !isLoopback(QUrl(endpoint).host());
    return false;
}

QString siteHost(const QString &endpoint)
{
    if (isRemote(endpoint)) {
        const QString host = QUrl(endpoint).host();
        if (!host.isEmpty())
            return host.contains(u':') ? u'[' + host + u']' : host; // an IPv6 address goes in brackets in a URL
    }
    return u"localhost"_s;
}

} // namespace Berth::DockerContexts
