#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Berth {

class CommandJob;
class DockerEnvironment;

// Which TCP ports are taken on the machine where the stack's ports will be published: this
// one for a local engine, the engine's host for a remote one.
struct PortsInUse
{
    QString where;                  // "" for this machine, else the remote engine's host name
    QSet<int> listening;            // something listens on these
    QHash<int, QString> containers; // published by these containers ("shop-nginx-1")
    QSet<int> own;                  // published by this project's own containers: not taken
    bool known = false;             // false: could not be found out (why says so)
    QString why;

    // Read here (Linux's /proc/net; elsewhere unknown).
    static PortsInUse thisMachine();
    bool taken(int port) const
    {
        return !own.contains(port) && (listening.contains(port) || containers.contains(port));
    }
};

// Asks a remote engine which host ports are taken there, through the docker CLI and the
// engine's own connection (the session's tunnel):
// 1. `docker ps` for the ports its containers publish, with their names (the project's own, by
//    Compose's working-directory label, hold their ports rightly: not counted as taken);
// 2. a throw-away container on the host's network (`docker run --rm --network host`) that
//    reads /proc/net/tcp and tcp6, for programs outside Docker. Its image is one the engine
//    already has (`--pull never`; the project's own images preferred), so nothing is pulled;
//    without one, only the containers are known, and why says so.
class EnginePorts : public QObject
{
    Q_OBJECT
public:
    explicit EnginePorts(const DockerEnvironment *environment, QObject *parent = nullptr);
    ~EnginePorts() override;

    // projectDir: the project whose own containers do not count. preferredImages: images to use
    // for the host probe, best first (the project's).
    void ask(const QString &projectDir, const QStringList &preferredImages = {});
    bool isRunning() const;
    PortsInUse result() const { return m_result; }

    // Parsers, public for the tests.
    // `docker ps --format '{{.Names}}\t{{.Label "com.docker.compose.project.working_dir"}}\t
    // {{.Ports}}'`: published host port -> container; the ports of containers whose working
    // directory is projectDir go to *own instead.
    static QHash<int, QString> parsePublished(const QString &listing, const QString &projectDir = {},
                                              QSet<int> *own = nullptr);

Q_SIGNALS:
    void finished();

private:
    void step(const QStringList &arguments, void (EnginePorts::*next)());
    void onContainers();
    void onImages();
    void onHostProbe();
    void finish(const QString &why = {});

    const DockerEnvironment *m_environment;
    QPointer<CommandJob> m_job;
    QStringList m_preferred;
    QString m_projectDir;
    PortsInUse m_result;
};

} // namespace Berth
