// EngineStream's HTTP and frame parsing, against a local socket server that answers as the
// Docker daemon does, in pieces cut anywhere (through a chunk's size line, a frame's header). The
// same reads against the real engine are tst_logfollowing's (label docker).
#include "docker/enginestream.h"
#include "logs/logfollower.h"
#include "logs/logline.h"

#include <QDateTime>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Berth;

namespace {

QByteArray frame(char stream, const QByteArray &payload)
{
    QByteArray header(8, '\0');
    header[0] = stream;
    const quint32 size = quint32(payload.size());
    header[4] = char(size >> 24);
    header[5] = char(size >> 16);
    header[6] = char(size >> 8);
    header[7] = char(size);
    return header + payload;
}

QByteArray chunk(const QByteArray &data)
{
    return QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
}

// Answers one connection: reads the request, then writes each piece on a turn of its own (a
// 2 ms pacing timer), then closes unless told to keep the connection.
class FakeDaemon : public QObject
{
public:
    explicit FakeDaemon(const QString &path)
    {
        QLocalServer::removeServer(path);
        QVERIFY(m_server.listen(path));
        connect(&m_server, &QLocalServer::newConnection, this, [this] {
            m_client = m_server.nextPendingConnection();
            connect(m_client, &QLocalSocket::disconnected, this, [this] { m_clientGone = true; });
            connect(m_client, &QLocalSocket::readyRead, this, [this] {
                m_request += m_client->readAll();
                if (!m_request.contains("\r\n\r\n") || m_sending)
                    return;
                m_sending = true;
                m_pacer.start();
            });
        });
        m_pacer.setInterval(2);
        connect(&m_pacer, &QTimer::timeout, this, [this] {
            if (!m_client)
                return;
            if (m_pieces.isEmpty()) {
                m_pacer.stop();
                if (m_close)
                    m_client->disconnectFromServer();
                return;
            }
            m_client->write(m_pieces.takeFirst());
            m_client->flush();
        });
    }

    // The answer, cut into pieces of these sizes (the rest in one piece).
    void answer(const QByteArray &bytes, const QList<int> &cuts = {}, bool close = true)
    {
        qsizetype at = 0;
        for (int cut : cuts) {
            m_pieces.append(bytes.mid(at, cut));
            at += cut;
        }
        if (at < bytes.size())
            m_pieces.append(bytes.mid(at));
        m_close = close;
    }
    QByteArray request() const { return m_request; }
    bool clientGone() const { return m_clientGone; }

private:
    QLocalServer m_server;
    QLocalSocket *m_client = nullptr;
    QTimer m_pacer;
    QByteArray m_request;
    QList<QByteArray> m_pieces;
    bool m_sending = false;
    bool m_close = true;
    bool m_clientGone = false;
};

struct Read
{
    QByteArray out;
    QByteArray err;
    int outCalls = 0;
};

void collect(EngineStream *stream, Read *read)
{
    QObject::connect(stream, &EngineStream::standardOutputRead, stream, [read](const QByteArray &data) {
        read->out += data;
        ++read->outCalls;
    });
    QObject::connect(stream, &EngineStream::standardErrorRead, stream, [read](const QByteArray &data) { read->err += data; });
}

} // namespace

class TestEngineStream : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void socketOfEndpoints_data();
    void socketOfEndpoints();
    void chunkedMultiplexedInPieces();
    void daemonErrorSaysWhy();
    void rawStreamOfATty();
    void oldApiIsSniffed();
    void brokenStreamFails();
    void missingSocketFailsToConnect();
    void cancelEndsOnceWithNothingMore();
    void apiPathOfLogArguments();

private:
    QTemporaryDir m_dir;
    QString socketPath() const { return m_dir.filePath(u"d.sock"_s); }
};

void TestEngineStream::socketOfEndpoints_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("socket");
    QTest::newRow("unix") << u"unix:///var/run/docker.sock"_s << u"/var/run/docker.sock"_s;
    QTest::newRow("unix, upper-case scheme") << u"UNIX:///run/user/1000/docker.sock"_s << u"/run/user/1000/docker.sock"_s;
    QTest::newRow("npipe") << u"npipe:////./pipe/docker_engine"_s << u"\\\\.\\pipe\\docker_engine"_s;
    QTest::newRow("unix, relative") << u"unix://docker.sock"_s << QString();
    QTest::newRow("tcp") << u"tcp://127.0.0.1:2375"_s << QString();
    QTest::newRow("ssh") << u"ssh://me@build-box"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestEngineStream::socketOfEndpoints()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, socket);
    QCOMPARE(EngineStream::socketOf(endpoint), socket);
}

void TestEngineStream::chunkedMultiplexedInPieces()
{
    FakeDaemon daemon(socketPath());
    const QByteArray body = frame(1, "2026-11-27T12:00:01.000000001Z one\n") + frame(2, "2026-11-27T12:00:01.000000002Z err\n")
                            + frame(1, "2026-11-27T12:00:01.000000003Z two\n2026-11-27T12:00:01.000000004Z three\n");
    // Three chunks cut through the second frame's header and the third frame's payload.
    const QByteArray chunked = chunk(body.first(40)) + chunk(body.mid(40, 20)) + chunk(body.mid(60)) + "0\r\n\r\n";
    daemon.answer("HTTP/1.1 200 OK\r\nApi-Version: 1.47\r\nContent-Type: application/vnd.docker.multiplexed-stream\r\n"
                  "Transfer-Encoding: chunked\r\n\r\n"
                      + chunked,
                  {10, 45, 1, 2, 3, 30, 7, 1});
    EngineStream stream;
    Read read;
    collect(&stream, &read);
    QSignalSpy finished(&stream, &EngineStream::finished);
    stream.get(socketPath(), u"/containers/c0ffee/logs?stdout=1&stderr=1&follow=1&timestamps=1"_s);
    QVERIFY(stream.isRunning());
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(stream.outcome(), EngineStream::Outcome::Succeeded);
    QCOMPARE(stream.httpStatus(), 200);
    QVERIFY(daemon.request().startsWith("GET /containers/c0ffee/logs?stdout=1&stderr=1&follow=1&timestamps=1 HTTP/1.1\r\n"));
    QCOMPARE(read.out, QByteArray("2026-11-27T12:00:01.000000001Z one\n2026-11-27T12:00:01.000000003Z two\n"
                                  "2026-11-27T12:00:01.000000004Z three\n"));
    QCOMPARE(read.err, QByteArray("2026-11-27T12:00:01.000000002Z err\n"));
    QVERIFY(!stream.isRunning());
}

void TestEngineStream::daemonErrorSaysWhy()
{
    FakeDaemon daemon(socketPath());
    const QByteArray json = R"({"message":"No such container: c0ffee"})";
    daemon.answer("HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: "
                      + QByteArray::number(json.size()) + "\r\n\r\n" + json,
                  {20, 30}, false);
    EngineStream stream;
    Read read;
    collect(&stream, &read);
    QSignalSpy finished(&stream, &EngineStream::finished);
    stream.get(socketPath(), u"/containers/c0ffee/logs?stdout=1&stderr=1"_s);
    QVERIFY(finished.wait(5000));
    QCOMPARE(stream.outcome(), EngineStream::Outcome::Failed);
    QCOMPARE(stream.httpStatus(), 404);
    QCOMPARE(stream.errorMessage(), u"Error response from daemon: No such container: c0ffee"_s);
    QVERIFY(read.out.isEmpty());
    QVERIFY(read.err.isEmpty());
}

void TestEngineStream::rawStreamOfATty()
{
    FakeDaemon daemon(socketPath());
    daemon.answer("HTTP/1.1 200 OK\r\nApi-Version: 1.47\r\nContent-Type: application/vnd.docker.raw-stream\r\n"
                  "Transfer-Encoding: chunked\r\n\r\n"
                      + chunk("\x01\x00\x00\x00 tty bytes\r\n"_ba) + chunk("more\r\n") + "0\r\n\r\n",
                  {5, 80});
    EngineStream stream;
    Read read;
    collect(&stream, &read);
    QSignalSpy finished(&stream, &EngineStream::finished);
    stream.get(socketPath(), u"/containers/tty/logs?stdout=1&stderr=1"_s);
    QVERIFY(finished.wait(5000));
    QCOMPARE(stream.outcome(), EngineStream::Outcome::Succeeded);
    // A TTY's output as it is, even when it looks like a frame header.
    QCOMPARE(read.out, "\x01\x00\x00\x00 tty bytes\r\nmore\r\n"_ba);
    QVERIFY(read.err.isEmpty());
}

void TestEngineStream::oldApiIsSniffed()
{
    // Before API 1.42 both kinds of output were "raw-stream": the first bytes tell.
    for (const bool multiplexed : {true, false}) {
        FakeDaemon daemon(socketPath());
        const QByteArray body = multiplexed ? frame(1, "framed\n") + frame(2, "oops\n") : QByteArray("plain tty\n");
        daemon.answer("HTTP/1.1 200 OK\r\nApi-Version: 1.41\r\nContent-Type: application/vnd.docker.raw-stream\r\n\r\n" + body,
                      {60, 2, 1});
        EngineStream stream;
        Read read;
        collect(&stream, &read);
        QSignalSpy finished(&stream, &EngineStream::finished);
        stream.get(socketPath(), u"/containers/old/logs?stdout=1&stderr=1"_s);
        QVERIFY(finished.wait(5000));
        // No length, not chunked: the body ends with the connection.
        QCOMPARE(stream.outcome(), EngineStream::Outcome::Succeeded);
        QCOMPARE(read.out, multiplexed ? QByteArray("framed\n") : QByteArray("plain tty\n"));
        QCOMPARE(read.err, multiplexed ? QByteArray("oops\n") : QByteArray());
    }
}

void TestEngineStream::brokenStreamFails()
{
    FakeDaemon daemon(socketPath());
    // The daemon goes away in the middle of a chunk.
    daemon.answer("HTTP/1.1 200 OK\r\nContent-Type: application/vnd.docker.multiplexed-stream\r\nTransfer-Encoding: "
                  "chunked\r\n\r\n"
                      + chunk(frame(1, "whole line\n")) + "40\r\n" + frame(1, "cut sh"));
    EngineStream stream;
    Read read;
    collect(&stream, &read);
    QSignalSpy finished(&stream, &EngineStream::finished);
    stream.get(socketPath(), u"/containers/c/logs?follow=1"_s);
    QVERIFY(finished.wait(5000));
    QCOMPARE(stream.outcome(), EngineStream::Outcome::Failed);
    QVERIFY2(stream.errorMessage().contains(u"ended in the middle"_s), qPrintable(stream.errorMessage()));
    // What came before the break is kept, the cut line's start too (the decoder keeps it
    // until its newline, which never comes).
    QCOMPARE(read.out, QByteArray("whole line\ncut sh"));
}

void TestEngineStream::missingSocketFailsToConnect()
{
    EngineStream stream;
    QSignalSpy finished(&stream, &EngineStream::finished);
    stream.get(m_dir.filePath(u"nobody-here.sock"_s), u"/containers/c/logs"_s);
    QVERIFY(finished.size() == 1 || finished.wait(5000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(stream.outcome(), EngineStream::Outcome::FailedToConnect);
    QVERIFY2(stream.errorMessage().contains(u"nobody-here.sock"_s), qPrintable(stream.errorMessage()));
}

void TestEngineStream::cancelEndsOnceWithNothingMore()
{
    FakeDaemon daemon(socketPath());
    QByteArray many;
    for (int i = 0; i < 200; ++i)
        many += chunk(frame(1, "line " + QByteArray::number(i) + '\n'));
    QList<int> cuts(200, int(chunk(frame(1, "line 100\n")).size()));
    daemon.answer("HTTP/1.1 200 OK\r\nContent-Type: application/vnd.docker.multiplexed-stream\r\nTransfer-Encoding: "
                  "chunked\r\n\r\n"
                      + many,
                  cuts, false);
    EngineStream stream;
    Read read;
    collect(&stream, &read);
    QSignalSpy finished(&stream, &EngineStream::finished);
    stream.get(socketPath(), u"/containers/c/logs?follow=1"_s);
    QTRY_VERIFY_WITH_TIMEOUT(read.out.contains("line 3\n"), 5000);
    stream.cancel();
    QVERIFY(!stream.isRunning());
    const QByteArray atCancel = read.out;
    QVERIFY(finished.wait(5000));
    QCOMPARE(stream.outcome(), EngineStream::Outcome::Cancelled);
    // The connection is closed: nothing more arrives, and finished() came once.
    QTRY_VERIFY_WITH_TIMEOUT(daemon.clientGone(), 5000);
    QCOMPARE(read.out, atCancel);
    QCOMPARE(finished.size(), 1);
}

void TestEngineStream::apiPathOfLogArguments()
{
    LogFollower follower(nullptr, ComposeProject{});
    const qint64 since = LogLine::parseTimestamp(u"2026-11-27T12:00:13.000000004Z");
    const qint64 seconds = QDateTime(QDate(2026, 11, 27), QTime(12, 0, 13), QTimeZone::UTC).toSecsSinceEpoch();
    QCOMPARE(since, seconds * 1000000000 + 4);
    QCOMPARE(LogFollower::apiPath(follower.followArguments(u"c0ffee"_s, since)),
             u"/containers/c0ffee/logs?stdout=1&stderr=1&follow=1&timestamps=1&since=%1.000000004"_s.arg(seconds));
    QCOMPARE(LogFollower::apiPath(follower.followArguments(u"c0ffee"_s, 0, true)),
             u"/containers/c0ffee/logs?stdout=1&stderr=1&follow=1&timestamps=1&tail=0"_s);
    QCOMPARE(LogFollower::apiPath(follower.historyArguments(u"c0ffee"_s, 500)),
             u"/containers/c0ffee/logs?stdout=1&stderr=1&timestamps=1&tail=500"_s);
    QCOMPARE(LogFollower::apiPath(follower.bulkArguments(u"c0ffee"_s, since)),
             u"/containers/c0ffee/logs?stdout=1&stderr=1&until=%1.000000004"_s.arg(seconds));
}

QTEST_GUILESS_MAIN(TestEngineStream)
#include "tst_enginestream.moc"
