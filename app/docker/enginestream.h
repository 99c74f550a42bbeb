#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

namespace Berth {

class LocalConnection;

// One streaming GET on the Docker Engine API through the engine's local socket (a unix socket;
// a Windows named pipe fails to connect for now, see LocalConnection): what `docker logs` does,
// without a docker process. HTTP/1.1, the
// body chunked, of a known length or up to the end of the connection; a container's output
// demultiplexed from the API's 8-byte frames (stream, 0, 0, 0, length big-endian) unless it is
// a TTY's raw stream. The bytes of each read are handed over at once, per stream, so a flood
// costs one call per read, not one per line.
//
// The outcome and error text follow CommandJob's, so a caller treats both alike: an HTTP error
// is Failed with "Error response from daemon: MESSAGE" (the CLI's words); a connection that
// breaks before the body's end is Failed; a socket that cannot be reached is FailedToConnect.
class EngineStream : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { NotFinished, Succeeded, Failed, Cancelled, FailedToConnect };
    Q_ENUM(Outcome)

    explicit EngineStream(QObject *parent = nullptr);
    ~EngineStream() override;

    // The local socket of a DOCKER_HOST or context endpoint: unix:///path gives /path,
    // npipe:////./pipe/NAME gives \\.\pipe\NAME; "" for tcp://, ssh:// and anything else.
    static QString socketOf(const QString &endpoint);

    // Starts GET path (with its query) on the socket; finished() follows, also on failure.
    void get(const QString &socket, const QString &path);
    // finished() follows with Cancelled (queued, as a process's end would be).
    void cancel();
    bool isRunning() const { return m_running; }

    Outcome outcome() const { return m_outcome; }
    int httpStatus() const { return m_status; }
    QString errorMessage() const { return m_error; }

Q_SIGNALS:
    void standardOutputRead(const QByteArray &data);
    void standardErrorRead(const QByteArray &data);
    void finished();

private:
    enum class Body { Head, Chunked, Length, UntilClose, Done };
    enum class Framing { Unknown, Multiplexed, Raw };

    void onReadyRead();
    void onDisconnected();
    void parse();
    bool parseHead(QByteArrayView head);
    void takeBody(const char *data, qsizetype size);
    void demultiplex(const char *data, qsizetype size);
    // The body has ended: Succeeded, or the daemon's error message.
    void finishBody();
    // A malformed answer: stop parsing; finish() reports it.
    void failLater(const QString &error);
    void finish(Outcome outcome, const QString &error = {});
    // Closes the connection (if any) and forgets it; nothing more comes from it.
    void dropSocket();

    LocalConnection *m_socket = nullptr;
    QByteArray m_buffer;   // unparsed bytes: the head, a chunk's size line
    QByteArray m_frame;    // a multiplexed frame's header or an error body, not yet whole
    QByteArray m_out;      // this read's stdout, handed over at its end
    QByteArray m_err;      // this read's stderr
    Body m_body = Body::Head;
    qint64 m_left = 0;     // of the chunk, or of the body (Length)
    int m_chunkCrlf = 0;    // the line break after a chunk's data still to skip
    qint64 m_frameLeft = 0; // payload of the current frame still to come
    bool m_frameStderr = false;
    Framing m_framing = Framing::Unknown;
    bool m_running = false;
    quint64 m_generation = 0; // one per get(): a cancelled read's queued end is dropped after a new get()
    QString m_pendingError;
    int m_status = 0;
    Outcome m_outcome = Outcome::NotFinished;
    QString m_error;
};

} // namespace Berth
