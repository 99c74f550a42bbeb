#pragma once

#include "generate/fileset.h"
#include "project/projectspec.h"
#include "wizard/setupanswers.h"

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

    // The answers, which the pages share; the wizard's own accessors below read them.
    SetupAnswers *answers() const { return m_answers; }
    ProjectSpec &spec() { return m_answers->spec(); }
    const ProjectSpec &spec() const { return m_answers->spec(); }
    QString projectDir() const { return m_answers->projectDir(); }
    void setProjectDir(const QString &dir) { m_answers->setProjectDir(dir); }
    void setSpec(const ProjectSpec &spec) { m_answers->setSpec(spec); }
    QString databasePassword() const { return m_answers->databasePassword(); }
    void setDatabasePassword(const QString &password) { m_answers->setDatabasePassword(password); }
    FileSet generatedFiles() const { return m_answers->generatedFiles(); }

    // What Finish wrote (empty until then).
    WriteResult writeResult() const { return m_result; }

    void accept() override;

Q_SIGNALS:
    void projectDirChanged(const QString &dir);

private:
    SetupAnswers *m_answers;
    WriteResult m_result;
    ReviewPage *m_review = nullptr;
};

} // namespace Berth
