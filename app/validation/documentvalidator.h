#pragma once

#include "fileproblem.h"

#include "config/yamlpath.h"
#include "docker/composeproject.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QTimer;

namespace Berth {

class CommandJob;
class DockerEnvironment;

// Live validation of one open setup file, unsaved edits included: YAML syntax (yaml-cpp, on the
// thread pool) and, for a compose file, `docker compose config` on the text. Both are debounced
// after the last change, never block the caller's thread, and run at most once at a time; a
// result for a text that has changed since is dropped. problems() is the union of both.
//
// The text goes to compose on stdin (`-f -`) rather than through a temporary file beside the
// project: nothing appears in the user's folder (no stray file for git, a file watcher or a
// crash to leave behind), and with --project-directory and the project's other -f files in
// their places, relative paths, `.env` and the override resolve as they do for the saved file.
class DocumentValidator : public QObject
{
    Q_OBJECT
public:
    explicit DocumentValidator(const QString &file, QObject *parent = nullptr);
    ~DocumentValidator() override;

    // Where the text comes from when a check starts (the editor's document).
    void setTextSource(std::function<QString()> source) { m_source = std::move(source); }
    // The compose CLI (not owned; compose config needs no daemon) and the open project. The file
    // is checked in its place among the project's -f files, or alone when it is a compose file
    // (by name) outside them.
    void setCompose(DockerEnvironment *environment, const ComposeProject &project);
    void setDelays(int syntaxMs, int composeMs);

    // The text changed: checks start after the debounce.
    void textChanged();

    QString file() const { return m_file; }
    bool isComposeFile() const;
    // The syntax problems and compose's, in line order.
    FileProblems problems() const;
    // False when the YAML does not parse: a form on this file must stay read-only, and
    // parseFailure() says why.
    bool parses() const { return m_syntax.isEmpty(); }
    QString parseFailure() const { return m_syntax.isEmpty() ? QString() : m_syntax.first().message; }
    // A `docker compose config` runs.
    bool isComposeRunning() const;
    // A check runs (on the pool or in compose), whatever text it is for.
    bool isBusy() const { return m_syntaxBusy > 0 || m_locateBusy > 0 || isComposeRunning(); }
    // Nothing waits or runs for the current text.
    bool isIdle() const;
    // The compose arguments for a text read from stdin (tests, display).
    ComposeProject composeProjectForStdin() const;

    // Asks compose about one edit of this compose file (see ComposeEditCheck), without
    // blocking; editChecked() follows, also when compose cannot judge. Other files: nothing.
    void checkEdit(const QString &before, const QString &after, const QList<Config::YamlPath> &allowed);

Q_SIGNALS:
    // REFUSAL is why compose refuses the edit that gave AFTER, or empty; NOTE says when compose
    // could not judge it.
    void editChecked(const QString &after, const QString &refusal, const QString &note);
    void problemsChanged();
    // Every check of the current text is done (or cannot run).
    void checked();

private:
    void startSyntaxCheck();
    void maybeStartCompose();
    void composeFinished(CommandJob *job, int revision);
    void setComposeProblems(const FileProblems &problems);
    void reportIfIdle();

    QString m_file;
    std::function<QString()> m_source;
    QPointer<DockerEnvironment> m_environment;
    ComposeProject m_project;
    QTimer *m_syntaxTimer = nullptr;
    QTimer *m_composeTimer = nullptr;
    QPointer<CommandJob> m_job;
    QString m_text;          // the text of m_textRevision
    int m_revision = 0;      // counts changes
    int m_textRevision = -1; // the revision whose syntax has been checked
    int m_syntaxBusy = 0;    // syntax checks on the pool
    int m_locateBusy = 0;    // compose outputs being located on the pool
    bool m_composeDue = false;
    bool m_composeWaitsForCli = false;
    FileProblems m_syntax;
    FileProblems m_compose;
};

} // namespace Berth
