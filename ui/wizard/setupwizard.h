#pragma once

#include "generate/fileset.h"
#include "project/projectspec.h"

#include <QWizard>

namespace Berth {

class ProjectPage;
class ReviewPage;

// "New Docker setup…" and "Change setup…": the pages fill a ProjectSpec, the review page shows
// every file the core generates for it, and Finish writes the chosen files through the core.
class SetupWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { Project, Python, Nginx, Database, DeveloperServices, Review };

    // projectDir: a project to change (its berth.yaml is loaded), or empty to start fresh.
    explicit SetupWizard(const QString &projectDir = {}, QWidget *parent = nullptr);

    ProjectSpec &spec() { return m_spec; }
    const ProjectSpec &spec() const { return m_spec; }
    QString projectDir() const { return m_projectDir; }
    void setProjectDir(const QString &dir);
    // Replaces the spec (a berth.yaml found in the chosen folder).
    void setSpec(const ProjectSpec &spec) { m_spec = spec; }

    // The database password: the project's existing one, else a fresh one; it lives only in the
    // secrets file the generator writes, never in the spec.
    QString databasePassword() const;
    void setDatabasePassword(const QString &password) { m_password = password; }

    // The files for the current answers, merged with what is in the project folder.
    FileSet generatedFiles() const;
    // What Finish wrote (empty until then).
    WriteResult writeResult() const { return m_result; }

    void accept() override;

Q_SIGNALS:
    void projectDirChanged(const QString &dir);

private:
    ProjectSpec m_spec;
    QString m_projectDir;
    mutable QString m_password;
    WriteResult m_result;
    ReviewPage *m_review = nullptr;
};

} // namespace Berth
