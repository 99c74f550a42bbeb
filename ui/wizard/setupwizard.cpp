#include "wizard/setupwizard.h"

#include "generate/generator.h"
#include "generate/password.h"
#include "wizard/databasepage.h"
#include "wizard/nginxpage.h"
#include "wizard/projectpage.h"
#include "wizard/pythonpage.h"
#include "wizard/reviewpage.h"
#include "wizard/servicespage.h"

#include <QDir>
#include <QMessageBox>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Berth {

namespace {
const QRegularExpression passwordLine(u"^POSTGRES_PASSWORD=.*$"_s, QRegularExpression::MultilineOption);

// The password the generated secrets file carries (the project's own, when it has one).
QString passwordIn(const QByteArray &envFile)
{
    const QRegularExpressionMatch m = passwordLine.match(QString::fromUtf8(envFile));
    if (!m.hasMatch())
        return {};
    QString value = m.captured().mid(int(qstrlen("POSTGRES_PASSWORD=")));
    if (value.size() >= 2 && (value.startsWith(u'\'') || value.startsWith(u'"')) && value.endsWith(value.at(0)))
        value = value.mid(1, value.size() - 2);
    return value;
}
} // namespace

SetupWizard::SetupWizard(const QString &projectDir, QWidget *parent)
    : QWizard(parent), m_spec(ProjectSpec::defaults())
{
    setWindowTitle(projectDir.isEmpty() ? tr("New Docker Setup") : tr("Change Docker Setup"));
    setObjectName(u"setupWizard"_s);
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setButtonText(QWizard::FinishButton, tr("Write Files"));

    auto *project = new ProjectPage(this);
    setPage(Project, project);
    setPage(Python, new PythonPage(this));
    setPage(Nginx, new NginxPage(this));
    setPage(Database, new DatabasePage(this));
    setPage(DeveloperServices, new ServicesPage(this));
    m_review = new ReviewPage(this);
    setPage(Review, m_review);
    setStartId(Project);
    resize(1060, 760);

    if (!projectDir.isEmpty())
        project->setFolder(projectDir);
}

void SetupWizard::setProjectDir(const QString &dir)
{
    if (dir == m_projectDir)
        return;
    m_projectDir = dir;
    m_password.clear(); // the new folder may have its own
    Q_EMIT projectDirChanged(dir);
}

QString SetupWizard::databasePassword() const
{
    if (m_password.isEmpty()) {
        // The project's existing password if it has one (generate() keeps it), else a fresh one.
        const FileSet files = generate(m_spec, m_projectDir);
        if (const GeneratedFile *secrets = files.file(m_spec.secretsFile()))
            m_password = passwordIn(secrets->content);
        if (m_password.isEmpty())
            m_password = generatePassword();
    }
    return m_password;
}

FileSet SetupWizard::generatedFiles() const
{
    if (!m_spec.database.isPostgres())
        return generate(m_spec, m_projectDir);
    // One password for the whole wizard session: the one shown on the database page.
    GenerateOptions options;
    options.databasePassword = databasePassword();
    return generate(m_spec, m_projectDir, options);
}

void SetupWizard::accept()
{
    const QList<SpecError> errors = m_spec.validate();
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
    if (!QDir().mkpath(m_projectDir)) {
        QMessageBox::critical(this, tr("Cannot Write"), tr("Cannot create %1.").arg(QDir::toNativeSeparators(m_projectDir)));
        return;
    }
    m_result = files.write(m_projectDir, options);
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
