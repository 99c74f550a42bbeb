#pragma once

#include <QByteArray>
#include <QList>
#include <QProcessEnvironment>
#include <QString>

namespace Berth {

// One docker context, as `docker context ls --format json` lists it.
struct DockerContext
{
    QString name;
    QString description;
    QString endpoint; // unix:///var/run/docker.sock, ssh://user@host:22, tcp://host:2376, npipe://...
    bool current = false;
    QString error; // the CLI could not read the context

    bool operator==(const DockerContext &) const = default;
};

namespace DockerContexts {

// The contexts in `docker context ls --format json` output: one JSON object a line (docker 23
// and later) or one JSON array (older CLIs). False and *error when it is neither.
bool parse(const QByteArray &output, QList<DockerContext> *contexts, QString *error);

// The environment for every docker child when the user chose `context` ("" = the CLI's own
// choice: DOCKER_HOST, DOCKER_CONTEXT or the current context, as in a terminal). A chosen
// context is DOCKER_CONTEXT, and DOCKER_HOST goes: it would override any context.
QProcessEnvironment withContext(const QProcessEnvironment &base, const QString &context);

// Whether the endpoint's engine runs on another machine (ssh://, or tcp:// to a host that is
// not this one): its bind mounts are that machine's folders, its ports that machine's.
bool isRemote(const QString &endpoint);
bool isSsh(const QString &endpoint);
// The host name a published port is reached at: the remote machine's for ssh:// and tcp://,
// "localhost" otherwise.
QString siteHost(const QString &endpoint);

} // namespace DockerContexts

} // namespace Berth
