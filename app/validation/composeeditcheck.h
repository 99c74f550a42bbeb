#pragma once

#include "config/yamlpath.h"
#include "docker/composeproject.h"

#include <QJsonValue>
#include <QObject>
#include <QPointer>

namespace Berth {

class CommandJob;
class DockerEnvironment;

// Compose's opinion of one edit of a compose file, without blocking: `docker compose config
// --format json` reads the text before and after the edit (on stdin, in the
// file's place among the project's -f files) and the two models are compared. The edit is
// refused when compose rejects the result while it accepted the text before, or when its model
// changed anywhere but at the edit's own paths. When compose cannot judge (no compose, the
// text before already rejected, a job that failed), nothing is refused and note() says why.
class ComposeEditCheck : public QObject
{
    Q_OBJECT
public:
    ComposeEditCheck(DockerEnvironment *environment, const ComposeProject &stdinProject, QObject *parent = nullptr);
    ~ComposeEditCheck() override;

    void start(const QString &before, const QString &after, const QList<Config::YamlPath> &allowed);
    bool isRunning() const;
    QString after() const { return m_after; }
    // Why the edit is refused; empty when it is not.
    QString refusal() const { return m_refusal; }
    QString note() const { return m_note; }

Q_SIGNALS:
    void finished();

private:
    struct Side {
        CommandJob *job = nullptr;
        bool done = false;
        bool ok = false;
        QJsonValue model;
        QString error;
    };
    CommandJob *startJob(const QString &text, Side *side);
    void sideFinished();

    QPointer<DockerEnvironment> m_environment;
    ComposeProject m_project;
    QString m_after;
    QList<Config::YamlPath> m_allowed;
    Side m_before;
    Side m_afterSide;
    QString m_refusal;
    QString m_note;
};

} // namespace Berth
