#pragma once

#include "composeproject.h"
#include "logline.h"

#include <QHash>
#include <QObject>
#include <QStringDecoder>
#include <QStringList>

class QTimer;

namespace Berth {

class DockerEnvironment;
class GroupedProcess;

// Streams `docker compose logs -f --timestamps` of a project (or of some services). Compose ends
// the stream when the containers stop (a restart included), so resume() — connected to
// EventWatcher::containerStarted — starts it again from just after the last line seen.
// Output is decoded with one stateful decoder and split into complete lines across reads.
class LogFollower : public QObject
{
    Q_OBJECT
public:
    LogFollower(const DockerEnvironment *environment, const ComposeProject &project, QObject *parent = nullptr);
    ~LogFollower() override;

    void setServices(const QStringList &services) { m_services = services; }
    // Lines of history to show on the first start (`--tail`); -1 for all.
    void setTail(int lines) { m_tail = lines; }
    // Lines are delivered in batches at most this often (milliseconds), so a flood costs the
    // receiver one call per interval, not one per read.
    void setBatchInterval(int milliseconds);

    void start();
    // Starts again after the stream ended (no effect while it runs).
    void resume();
    void stop();
    bool isRunning() const;
    // Whether the user wants logs: true from start() to stop(), whether or not a stream runs.
    bool isActive() const { return m_active; }
    qint64 lastTimestampNs() const { return m_lastNs; }

    QString program() const;
    QStringList arguments() const;

Q_SIGNALS:
    void started(const QString &program, const QStringList &arguments);
    void linesReceived(const QList<Berth::LogLine> &lines);
    // The stream ended by itself: containers stopped, or the daemon went away (message says).
    void streamEnded(const QString &message);

private:
    void onData(const QByteArray &data);
    void flush();

    const DockerEnvironment *m_environment;
    ComposeProject m_project;
    QStringList m_services;
    GroupedProcess *m_process = nullptr;
    QTimer *m_batchTimer = nullptr;
    QStringDecoder m_decoder{QStringDecoder::Utf8};
    QString m_partial;
    QList<LogLine> m_batch;
    QString m_stderr;
    QHash<QString, qint64> m_lastByContainer;
    qint64 m_lastNs = 0;
    int m_tail = 500;
    bool m_active = false;
    bool m_resumeWanted = false; // resume() came while the old stream was still ending
};

} // namespace Berth
