#include "wizard/projectpage.h"

#include "django/startprojectjob.h"
#include "generate/generator.h"
#include "generate/installplan.h"
#include "project/specfile.h"
#include "wizard/setupanswers.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>

#include <utility>

using namespace Qt::StringLiterals;

namespace Berth {

namespace {
// A compose project name from a folder name: lower-case letters, digits, '-' and '_'.
QString composeNameFor(const QString &folder)
{
    QString name = QFileInfo(folder).fileName().toLower();
    name.replace(QRegularExpression(u"[^a-z0-9_-]+"_s), u"_"_s);
    while (!name.isEmpty() && !name.at(0).isLetterOrNumber())
        name.remove(0, 1);
    return name.isEmpty() ? u"myproject"_s : name;
}
} // namespace

ProjectPage::ProjectPage(SetupAnswers *shared, QWidget *parent)
    : SpecPage(shared, parent)
{
    setTitle(tr("Project"));
    setSubTitle(tr("Choose the folder of your Django project, or an empty folder for a new one. "
                   "Berth writes the Docker setup next to the Django project folder, as the article does."));

    auto *row = new QWidget(this);
    m_folder = new QLineEdit(row);
    m_folder->setObjectName(u"projectFolder"_s);
    m_folder->setPlaceholderText(tr("Folder that holds (or will hold) manage.py's folder"));
    auto *browse = new QPushButton(tr("Browse…"), row);
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->addWidget(m_folder, 1);
    rowLayout->addWidget(browse);
    addRow(tr("Folder:"), row, QString(), tr("The top folder of the project: the Dockerfile and compose file go here"));
    connect(browse, &QPushButton::clicked, this, &ProjectPage::browse);
    connect(m_folder, &QLineEdit::textChanged, this, &ProjectPage::detect);

    m_found = new QLabel(this);
    m_found->setObjectName(u"detectionSummary"_s);
    m_found->setWordWrap(true);
    m_found->setTextFormat(Qt::PlainText);
    m_createRow = new QWidget(this);
    m_create = new QPushButton(m_createRow);
    m_create->setObjectName(u"createDjangoProject"_s);
    // A local Django is faster; a container of the python image needs only Docker (macOS and
    // Windows users often have no Django on the host).
    m_createWith = new QComboBox(m_createRow);
    m_createWith->setObjectName(u"createWith"_s);
    m_createWith->setAccessibleName(tr("How to create the Django project"));
    m_createWith->addItem(tr("with the local Django (faster)"), int(StartProjectJob::Where::Host));
    m_createWith->addItem(QString(), int(StartProjectJob::Where::Container));
    const bool localDjango = !QStandardPaths::findExecutable(u"django-admin"_s).isEmpty();
    m_createWith->setCurrentIndex(!localDjango && !StartProjectJob::dockerCommand().isEmpty() ? 1 : 0);
    auto *createLayout = new QHBoxLayout(m_createRow);
    createLayout->setContentsMargins(0, 0, 0, 0);
    createLayout->addWidget(m_create);
    createLayout->addWidget(m_createWith, 1);
    m_createRow->hide();
    connect(m_create, &QPushButton::clicked, this, &ProjectPage::createProject);
    form()->addRow(QString(), m_found);
    form()->addRow(QString(), m_createRow);

    addText(tr("Compose project name:"), u"compose.project_name"_s,
            [](ProjectSpec &s) -> QString & { return s.compose.projectName; },
            tr("The name docker compose uses for containers, networks and volumes (docker compose -p)"));
    addText(tr("Django project folder:"), u"django.project_dir"_s,
            [](ProjectSpec &s) -> QString & { return s.django.projectDir; },
            tr("The folder of manage.py, relative to the folder above"));
    m_settings = addText(tr("Settings module:"), u"django.settings_module"_s,
                         [](ProjectSpec &s) -> QString & { return s.django.settingsModule; },
                         tr("The settings of the image, which production runs (a settings package's production "
                            "module when it has one)"));
    QLineEdit *dev = addText(tr("Development settings:"), u"django.dev_settings_module"_s,
                             [](ProjectSpec &s) -> QString & { return s.django.devSettingsModule; },
                             tr("The settings of the development override (DEBUG on); empty: the settings module above"));
    // What an empty field means, in the field itself: a single settings module leaves both empty.
    dev->setPlaceholderText(tr("the settings module above"));
    QLineEdit *test = addText(tr("Test settings:"), u"django.test_settings_module"_s,
                              [](ProjectSpec &s) -> QString & { return s.django.testSettingsModule; },
                              tr("The settings of the tests service; empty: the development settings"));
    test->setPlaceholderText(tr("the development settings"));
    addText(tr("WSGI module:"), u"django.wsgi_module"_s, [](ProjectSpec &s) -> QString & { return s.django.wsgiModule; },
            tr("The module uwsgi loads the application from (its 'application' object)"));
}

void ProjectPage::initializePage()
{
    SpecPage::initializePage();
    if (m_folder->text().isEmpty() && !answers()->projectDir().isEmpty())
        m_folder->setText(QDir::toNativeSeparators(answers()->projectDir()));
}

QString ProjectPage::folder() const
{
    const QString text = m_folder->text().trimmed();
    return text.isEmpty() ? QString() : QDir::cleanPath(QDir::fromNativeSeparators(text));
}

void ProjectPage::setFolder(const QString &dir)
{
    m_folder->setText(QDir::toNativeSeparators(dir));
}

void ProjectPage::browse()
{
    const QString start = folder().isEmpty() ? QDir::homePath() : folder();
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Project Folder"), start);
    if (!dir.isEmpty())
        setFolder(dir);
}

void ProjectPage::detect()
{
    const QString dir = folder();
    answers()->setProjectDir(dir);
    m_info = {};
    m_createRow->hide();
    if (m_beforeDetection) {
        spec().django = *std::exchange(m_beforeDetection, std::nullopt);
        reloadFields();
    }
    if (dir.isEmpty()) {
        m_found->setText(tr("Choose a folder."));
        revalidate();
        return;
    }
    if (!QDir::isAbsolutePath(dir)) {
        m_found->setText(tr("Give the full path of the folder."));
        revalidate();
        return;
    }

    // An earlier setup: its answers come back.
    // A berth.yaml that cannot be used is said so, problem by problem, not silently dropped.
    const QString specPath = QDir(dir).filePath(u"berth.yaml"_s);
    QStringList specProblems;
    if (QFileInfo(specPath).isFile()) {
        QList<SpecError> errors;
        const ProjectSpec saved = SpecFile::read(specPath, &errors);
        if (errors.isEmpty()) {
            answers()->setSpec(saved);
            reloadFields();
        } else {
            specProblems << tr("berth.yaml cannot be used, so the answers below are the defaults; fix it and "
                               "choose the folder again to get its answers back:");
            for (const SpecError &e : std::as_const(errors).first(qMin(errors.size(), qsizetype(5))))
                specProblems << u"  "_s + e.toString();
            if (errors.size() > 5)
                specProblems << tr("  and %n more problem(s)", nullptr, int(errors.size() - 5));
        }
    } else if (const QString name = answers()->spec().compose.projectName;
               name == ProjectSpec::defaults().compose.projectName || name == m_nameFromFolder) {
        m_nameFromFolder = composeNameFor(dir);
        spec().compose.projectName = m_nameFromFolder;
        reloadFields();
    }

    m_info = QFileInfo(dir).isDir() ? detectDjangoProject(dir) : DjangoProjectInfo{};
    if (m_info.found) {
        m_beforeDetection = spec().django;
        applyDetected(spec(), m_info);
        reloadFields();
        QStringList lines;
        lines << tr("Found a Django project: %1").arg(m_info.managePy);
        lines << tr("Settings: %1    WSGI: %2").arg(m_info.settingsModule, m_info.wsgiModule);
        for (const QString &problem : std::as_const(m_info.problems))
            lines << problem;
        // A Docker setup of the project's own: Berth's goes beside it, nothing of theirs replaced.
        const QStringList beside = placeBesideOwnSetup(spec(), dir);
        if (!beside.isEmpty()) {
            reloadFields();
            lines << beside;
        }
        // Requirements file, -r split, lock or pyproject.toml: what was found and what the image installs.
        const InstallPlan install = planInstall(spec(), dir);
        lines << install.summary() << install.warnings;
        m_found->setText((specProblems + lines).join(u'\n'));
    } else {
        const QString name = spec().django.projectDir.isEmpty() ? u"app"_s : spec().django.projectDir;
        m_found->setText((specProblems
                          + QStringList{QFileInfo(dir).exists()
                                            ? tr("No Django project (manage.py) in this folder.")
                                            : tr("This folder does not exist yet; Berth can create it with a new "
                                                 "Django project.")})
                             .join(u'\n'));
        m_create->setText(tr("Create Django Project \"%1\" Here").arg(name));
        m_createWith->setItemText(1, tr("in a %1 container (only Docker needed)").arg(spec().container.pythonImage));
        m_createRow->show();
    }
    revalidate();
}

void ProjectPage::createProject()
{
    if (m_job && m_job->isRunning())
        return;
    const QString name = spec().django.projectDir;
    static const QRegularExpression identifier(u"^[A-Za-z_][A-Za-z0-9_]*$"_s);
    if (!identifier.match(name).hasMatch()) {
        m_found->setText(tr("\"%1\" is not a valid Python package name for a new project: use letters, digits "
                            "and '_', not starting with a digit.").arg(name));
        return;
    }
    delete m_job;
    m_job = new StartProjectJob(this);
    m_create->setEnabled(false);
    m_found->setText(tr("Creating the Django project…"));
    connect(m_job, &StartProjectJob::output, this, [this](const QString &line) {
        if (!line.trimmed().isEmpty())
            m_found->setText(tr("Creating the Django project…") + u'\n' + line.trimmed().left(300));
    });
    connect(m_job, &StartProjectJob::finished, this, [this](bool ok, const QString &message) {
        m_create->setEnabled(true);
        if (!ok) {
            m_found->setText(message);
            return;
        }
        detect();
        m_found->setText(message + u'\n' + m_found->text());
    });
    m_job->start(StartProjectJob::Where(m_createWith->currentData().toInt()), folder(), name,
                 spec().container.pythonImage);
}

QList<SpecError> ProjectPage::pageErrors() const
{
    QList<SpecError> errors;
    if (!m_info.found)
        return errors;
    const QString root = folder();
    const QString projectPath = spec().django.projectDir == "."_L1 ? root : root + u'/' + spec().django.projectDir;
    // A module uwsgi or Django cannot import stops the container: never write one silently.
    for (const auto &[key, module] : {std::pair{u"django.settings_module"_s, spec().django.settingsModule},
                                      std::pair{u"django.dev_settings_module"_s, spec().django.devSettingsModule},
                                      std::pair{u"django.test_settings_module"_s, spec().django.testSettingsModule}}) {
        if (!module.isEmpty() && !pythonModuleExists(projectPath, module))
            errors.append({key, module, tr("is not a module in %1: give a settings module of the project")
                                            .arg(spec().django.projectDir)});
    }
    if (!spec().django.wsgiModule.isEmpty() && !pythonModuleExists(projectPath, spec().django.wsgiModule))
        errors.append({u"django.wsgi_module"_s, spec().django.wsgiModule,
                       tr("is not a module in %1, so uwsgi could not start: give the module that defines "
                          "`application` (the project's wsgi.py, like mysite.wsgi)").arg(spec().django.projectDir)});
    return errors;
}

bool ProjectPage::pageReady() const
{
    return m_info.found && !(m_job && m_job->isRunning());
}

} // namespace Berth
