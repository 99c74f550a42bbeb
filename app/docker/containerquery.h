#pragma once

#include "containerstatus.h"
#include "enginestream.h"

#include <QList>
#include <QObject>
#include <QString>

namespace Berth {

// The containers of one compose project, asked of the Engine API on its local socket
// (GET /containers/json, filtered to the project's label): what `docker compose ps --all
// --format json` lists (one-off `run` containers included, as --all has them), in a few
// milliseconds and without a process. The statuses have compose ps's shape (a 12-digit ID, the name without its slash,
// health and exit code read from the status text, sorted by name), so either source can
// replace the other without a change showing.
class ContainerQuery : public QObject
{
    Q_OBJECT
public:
    // The stream's outcomes: Failed also for an answer that is not the list.
    using Outcome = EngineStream::Outcome;

    explicit ContainerQuery(QObject *parent = nullptr);
    ~ContainerQuery() override;

    // Starts the query on socket (EngineStream::socketOf); finished() follows, also on failure.
    void start(const QString &socket, const QString &projectName);
    // Ends a running query; no finished() follows.
    void cancel();
    bool isRunning() const;

    Outcome outcome() const { return m_outcome; }
    QList<ContainerStatus> statuses() const { return m_statuses; }
    QString errorMessage() const { return m_error; }

    // The API path of the query, and the reading of its answer (false and *error when it is not
    // the list the API gives).
    static QString path(const QString &projectName);
    static bool parse(const QByteArray &json, QList<ContainerStatus> *statuses, QString *error);

Q_SIGNALS:
    void finished();

private:
    EngineStream *m_stream;
    QByteArray m_body;
    QList<ContainerStatus> m_statuses;
    Outcome m_outcome = Outcome::NotFinished;
    QString m_error;
    bool m_tooLarge = false;
};

} // namespace Berth
