#include "wizard/setupwizard.h"

#include "wizard/databasepage.h"
#include "wizard/nginxpage.h"
#include "wizard/projectpage.h"
#include "wizard/pythonpage.h"
#include "wizard/reviewpage.h"
#include "wizard/servicespage.h"

#include <QDir>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace Berth {

SetupWizard::SetupWizard(const QString &projectDir, QWidget *parent)
    : QWizard(parent), m_answers(new SetupAnswers(this))
{
    setWindowTitle(projectDir.isEmpty() ? tr("New Docker Setup") : tr("Change Docker Setup"));
    setObjectName(u"setupWizard"_s);
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setButtonText(QWizard::FinishButton, tr("Write Files"));

    connect(m_answers, &SetupAnswers::projectDirChanged, this, &SetupWizard::projectDirChanged);
    auto *project = new ProjectPage(m_answers, this);
    setPage(Project, project);
    setPage(Python, new PythonPage(m_answers, this));
    setPage(Nginx, new NginxPage(m_answers, this));
    setPage(Database, new DatabasePage(m_answers, this));
    setPage(DeveloperServices, new ServicesPage(m_answers, this));
    m_review = new ReviewPage(m_answers, this);
    setPage(Review, m_review);
    setStartId(Project);
    resize(1060, 760);

    if (!projectDir.isEmpty())
        project->setFolder(projectDir);
}

void SetupWizard::accept()
{
    const QList<SpecError> errors = spec().validate();
    if (!errors.isEmpty()) {
        QMessageBox::warning(this, tr("Setup Not Valid"), errors.first().toString());
        return;
    }
    const FileSet files = m_review->filesToWrite();
    WriteOptions options;
    options.only = m_review->selectedPaths();
    // Conflicting files are replaced only when ticked; the core keeps a backup of each.
    options.force = !m_review->selectedConflicts().isEmpty();
    if (options.only.isEmpty()) {
        m_result = {};
        m_result.ok = true;
        QWizard::accept();
        return;
    }
    if (!QDir().mkpath(projectDir())) {
        QMessageBox::critical(this, tr("Cannot Write"), tr("Cannot create %1.").arg(QDir::toNativeSeparators(projectDir())));
        return;
    }
    m_result = files.write(projectDir(), options);
    if (!m_result.ok) {
        QMessageBox::critical(this, tr("Cannot Write the Setup"),
                              tr("%1\n\nNothing you had was lost: files are replaced atomically, and replaced files "
                                 "are backed up under .berth/backups.")
                                  .arg(m_result.error));
        return;
    }
    QWizard::accept();
}

} // namespace Berth
