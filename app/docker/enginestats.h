#pragma once

#include "containerusage.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

class QTimer;

namespace Berth {

class EngineStream;

// CPU and memory of containers from the Engine API on the engine's local socket: one streaming
// GET /containers/ID/stats per container (the daemon sends a sample a second), no docker stats
// process. The figures are the CLI's: CPU from the sample's own previous reading (the share of
// the system's time, times the online CPUs), memory without the inactive file cache. Samples
// are handed on together, twice a second at most. A container added or gone starts or ends its
// own stream only; a stream that ends by itself is started again after a pause while the
// container is still in the list.
class EngineStats : public QObject
{
    Q_OBJECT
public:
    explicit EngineStats(QObject *parent = nullptr);
    ~EngineStats() override;

    // Streams for exactly these containers (ids) on socket; an empty list ends every stream.
    void setContainers(const QString &socket, const QStringList &containers);
    bool isRunning() const { return !m_streams.isEmpty(); }
    void setRetryInterval(int first, int maximum);

    // One sample of the API (a JSON object); false when it holds no usable figures. *id is the
    // container's id as docker stats prints it (12 characters).
    static bool parseSample(QByteArrayView json, QString *id, ContainerUsage *usage);

Q_SIGNALS:
    void sampled(const QHash<QString, Berth::ContainerUsage> &usage);
    // The socket could not be reached: the caller measures some other way.
    void unreachable(const QString &message);

private:
    void reconcile();
    void startStream(const QString &container);
    void onData(const QString &container, const QByteArray &data);
    void onFinished(const QString &container);

    struct Stream
    {
        EngineStream *stream = nullptr;
        QByteArray pending; // an unfinished last line
    };
    QString m_socket;
    QStringList m_containers;
    QHash<QString, Stream> m_streams;
    QHash<QString, ContainerUsage> m_batch;
    QTimer *m_flush;
    QTimer *m_retry;
    int m_retryFirst = 1000;
    int m_retryMax = 30000;
    int m_retryDelay = 1000;
};

} // namespace Berth
