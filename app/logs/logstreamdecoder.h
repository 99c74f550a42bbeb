#pragma once

#include "logline.h"
#include "process/linesplitter.h"
#include "process/utf8stream.h"

#include <QList>
#include <QString>

namespace Berth {

// Turns the bytes of one `docker logs` pipe into LogLines: one UTF-8 stream decoder (a
// character split across reads is whole again), then the LineSplitter (complete lines only, the
// rest waits for the next read; CR before LF dropped).
// With timestamps (`docker logs --timestamps`) every line the container printed starts with the
// daemon's timestamp; a line without one is the CLI's own message ("Error response from daemon:
// ..."). Without (old lines read in bulk), every line is the container's and carries no time.
class LogStreamDecoder
{
public:
    void setTimestamps(bool timestamps) { m_timestamps = timestamps; }
    bool timestamps() const { return m_timestamps; }
    // Service and container prefix given to every line.
    void setSource(const QString &service, const QString &container)
    {
        m_service = service;
        m_container = container;
    }
    // Appends the complete timestamped lines in data to *lines and the other lines to
    // *untimed; finish() does the same for a last line without its newline.
    void decode(const QByteArray &data, QList<LogLine> *lines, QStringList *untimed);
    void finish(QList<LogLine> *lines, QStringList *untimed);
    // Forgets a partial line, the decoder's state and the newest timestamp (a new process).
    void restart();
    // The newest timestamp since restart() (0: none, or no timestamps).
    qint64 lastTimestampNs() const { return m_lastNs; }

private:
    void take(QStringView line, QList<LogLine> *lines, QStringList *untimed);

    Utf8Stream m_decoder;
    TextLineSplitter m_lines;
    QString m_service;
    QString m_container;
    qint64 m_lastNs = 0;
    bool m_timestamps = true;
};

} // namespace Berth
