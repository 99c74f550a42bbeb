#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace Berth {

class CommandJob;
class DockerEnvironment;

// How far a project's compose stack is, for the start page's recent projects.
enum class StackState { Unknown, NeverStarted, Stopped, Running };

// One project of `docker compose ls --all --format json`.
struct ComposeListEntry
{
    QString name;
    QString status; // "running(3)", "exited(2)", "running(1), exited(2)", "created(1)"
    QStringList configFiles;

    static QList<ComposeListEntry> parseList(const QByteArray &output, QStringList *warnings = nullptr);
    // The state of the stack whose compose files are in directory (or, for an entry without
    // files, whose name is the folder's project name): NeverStarted when compose knows none.
    static StackState stateOf(const QString &directory, const QList<ComposeListEntry> &entries);
};

// The states of the stacks of some project folders, on the CLI's default engine: a probe, then
// one `docker compose ls --all` for all of them. finished() follows every query(), with Unknown
// for every folder when Docker does not answer.
class StackStates : public QObject
{
    Q_OBJECT
public:
    explicit StackStates(DockerEnvironment *environment, QObject *parent = nullptr);
    ~StackStates() override;

    // Starts a query for directories; a query that runs is replaced.
    void query(const QStringList &directories);
    bool isQuerying() const { return m_querying; }
    QHash<QString, StackState> states() const { return m_states; }

Q_SIGNALS:
    void finished();

private:
    void onProbed();
    void finish(const QList<ComposeListEntry> &entries, bool known);

    DockerEnvironment *m_environment;
    QPointer<CommandJob> m_job;
    QStringList m_directories;
    QHash<QString, StackState> m_states;
    bool m_querying = false;
};

} // namespace Berth
