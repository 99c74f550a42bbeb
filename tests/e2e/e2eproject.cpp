// The e2e flow: the project it makes (startproject, layouts) and `berth generate`.
#include "e2eflow.h"
#include "e2ehelpers.h"

#include "process/commandjob.h"
#include "docker/containerstatus.h"
#include "docker/dockerenvironment.h"
#include "models/testresultmodel.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QThread>

using namespace Qt::StringLiterals;

namespace BerthE2E {

bool Flow::makeProject(QString *why)
{
    if (QFileInfo::exists(m_projectDir) && !QDir(m_projectDir).removeRecursively()) {
        *why = u"cannot clear "_s + m_projectDir;
        return false;
    }
    const QString djangoDir = QDir(m_projectDir).filePath(m_spec.django.projectDir);
    if (!QDir().mkpath(djangoDir)) {
        *why = u"cannot create "_s + djangoDir;
        return false;
    }
    // `django-admin startproject NAME DIR`: the settings package is NAME, manage.py in DIR.
    const QString package = m_spec.django.settingsModule.section(u'.', 0, 0);
    if (!runProgram(u"django-admin"_s, {u"startproject"_s, package, djangoDir}, m_projectDir, why))
        return false;
    // With its own pytest.ini the project's tests run with its own settings (SQLite).
    const bool ownPytest = m_options.layout == "own-docker-files"_L1;
    if (!writeFile(djangoDir + u"/sampleapp/__init__.py"_s, {}, why)
        || !writeFile(djangoDir + u"/sampleapp/tests.py"_s, sampleTests(m_spec.database.isPostgres() && !ownPytest), why))
        return false;
    if (!layoutProject(djangoDir, package, why))
        return false;
    if (m_options.existingProject) {
        // A project with its own pinned requirements (satisfiable offline by the stand-in image).
        const QString req = QDir(djangoDir).filePath(m_spec.django.requirementsFile);
        if (!writeFile(req, "# our pins\nDjango>=4.2,<6.0\nsqlparse>=0.4\n", why))
            return false;
    }
    return true;
}

bool Flow::layoutProject(const QString &djangoDir, const QString &package, QString *why)
{
    if (m_options.layout.isEmpty())
        return true;
    if (m_options.layout == "settings-package"_L1) {
        // startproject's settings.py becomes settings/base.py; dev.py and production.py import it
        // and mark themselves, and manage.py names the dev settings, as real projects do.
        const QString settings = djangoDir + u'/' + package + u"/settings"_s;
        QFile single(settings + u".py"_s);
        if (!single.open(QIODevice::ReadOnly)) {
            *why = u"no "_s + single.fileName();
            return false;
        }
        const QByteArray base = single.readAll();
        single.close();
        QFile managePy(djangoDir + u"/manage.py"_s);
        if (!managePy.open(QIODevice::ReadOnly)) {
            *why = u"no manage.py in "_s + djangoDir;
            return false;
        }
        QByteArray manage = managePy.readAll();
        managePy.close();
        manage.replace(QByteArray(package.toUtf8() + ".settings'"), QByteArray(package.toUtf8() + ".settings.dev'"));
        return QFile::remove(single.fileName()) && writeFile(settings + u"/__init__.py"_s, {}, why)
            && writeFile(settings + u"/base.py"_s, base, why)
            && writeFile(settings + u"/dev.py"_s, "from .base import *  # noqa\n\nBERTH_E2E_VARIANT = \"dev\"\n", why)
            && writeFile(settings + u"/production.py"_s,
                         "from .base import *  # noqa\n\nBERTH_E2E_VARIANT = \"production\"\n", why)
            && writeFile(djangoDir + u"/manage.py"_s, manage, why);
    }
    if (m_options.layout == "own-docker-files"_L1) {
        // A project with a Docker setup of its own; Berth must leave every byte of it, and what a
        // plain `docker compose` makes of it, as it was.
        m_ownFiles = {{QDir(m_projectDir).filePath(u"Dockerfile"_s), "FROM python:3.13\nCMD [\"python3\", \"-V\"]\n"},
                      {QDir(m_projectDir).filePath(u"docker-compose.yml"_s),
                       "services:\n  web:\n    build: .\n    command: [\"python3\", \"-V\"]\n"},
                      {djangoDir + u"/pytest.ini"_s,
                       "[pytest]\nDJANGO_SETTINGS_MODULE = " + package.toUtf8() + ".settings\npython_files = tests.py\n"}};
        for (const auto &[path, content] : std::as_const(m_ownFiles)) {
            if (!writeFile(path, content, why))
                return false;
        }
        // What berth/Dockerfile.dockerignore must keep out of the image (checked after the build).
        return writeFile(djangoDir + u"/node_modules/leftpad/index.js"_s, "module.exports = 1;\n", why)
            && writeFile(djangoDir + u"/.env"_s, "LOCAL_ONLY=1\n", why);
    }
    if (m_options.layout == "requirements-split"_L1) {
        // Only includes at the top, the packages in a requirements/ folder (satisfiable offline
        // by the stand-in image).
        return writeFile(djangoDir + u"/requirements.txt"_s, "-r requirements/production.txt\n", why)
            && writeFile(djangoDir + u"/requirements/production.txt"_s, "-r base.txt\n", why)
            && writeFile(djangoDir + u"/requirements/base.txt"_s, "# our pins\nDjango>=4.2,<6.0\nsqlparse>=0.4\n", why);
    }
    if (m_options.layout == "pyproject-only"_L1) {
        // PEP 621 dependencies and no requirements file (satisfiable offline by the stand-in image).
        return writeFile(djangoDir + u"/pyproject.toml"_s, pyprojectToml({}), why);
    }
    *why = u"unknown layout "_s + m_options.layout;
    return false;
}

bool Flow::settingsInUse(const Berth::ComposeProject &project, const QString &expected, QString *why)
{
    if (m_options.layout != "settings-package"_L1)
        return true;
    QByteArray printed;
    if (!compose(project,
                 {u"run"_s, u"--rm"_s, u"-T"_s, u"manage"_s, u"shell"_s, u"-c"_s,
                  u"from django.conf import settings; print('variant=' + settings.BERTH_E2E_VARIANT)"_s},
                 why, &printed, 180000))
        return false;
    if (!printed.contains(QByteArray("variant=" + expected.toUtf8()))) {
        *why = u"the manage service runs the wrong settings: expected %1, got: %2"_s.arg(expected, QString::fromUtf8(printed));
        return false;
    }
    out() << "[e2e]   manage runs the " << expected << " settings" << Qt::endl;
    return true;
}

bool Flow::ownComposeConfig(QByteArray *config, QString *why)
{
    // What a plain `docker compose config` in the project makes of the project's own files.
    return runJob(plainComposeJob({u"config"_s}, 60000), why, config, false);
}

bool Flow::generate(QString *why)
{
    QByteArray ownBefore;
    if (!m_ownFiles.isEmpty() && (!probeDocker(why) || !ownComposeConfig(&ownBefore, why)))
        return false;
    if (!runProgram(m_options.berth, {u"generate"_s, u"--spec"_s, m_options.specFile, u"--out"_s, m_projectDir},
                    m_projectDir, why))
        return false;
    if (m_options.existingProject) {
        QFile req(QDir(m_projectDir).filePath(m_spec.requirementsPath()));
        if (!req.open(QIODevice::ReadOnly) || !req.readAll().contains("Django>=4.2,<6.0")) {
            *why = u"the project's own pin was not kept in "_s + req.fileName();
            return false;
        }
    }
    if (m_options.layout == "pyproject-only"_L1) {
        // pyproject.toml is the project's: Berth's lines go into berth-requirements.txt.
        const QString djangoDir = QDir(m_projectDir).filePath(m_spec.django.projectDir);
        QFile toml(djangoDir + u"/pyproject.toml"_s);
        if (!toml.open(QIODevice::ReadOnly) || toml.readAll() != pyprojectToml({})) {
            *why = u"berth generate changed "_s + toml.fileName();
            return false;
        }
        if (QFile::exists(djangoDir + u"/requirements.txt"_s) || !QFile::exists(djangoDir + u"/berth-requirements.txt"_s)) {
            *why = u"berth generate wrote requirements.txt, or no berth-requirements.txt, beside pyproject.toml"_s;
            return false;
        }
    }
    if (!m_ownFiles.isEmpty()) {
        for (const auto &[path, content] : std::as_const(m_ownFiles)) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly) || f.readAll() != content) {
                *why = u"berth generate changed the project's own "_s + path;
                return false;
            }
        }
        QByteArray ownAfter;
        if (!ownComposeConfig(&ownAfter, why))
            return false;
        if (ownAfter != ownBefore) {
            *why = u"a plain `docker compose config` of the project's own setup changed after berth generate:\n"_s
                 + QString::fromUtf8(ownBefore) + u"\n---\n"_s + QString::fromUtf8(ownAfter);
            return false;
        }
        out() << "[e2e]   the project's own Dockerfile, docker-compose.yml and pytest.ini are byte-identical, "
                 "and `docker compose config` of them unchanged" << Qt::endl;
    }
    m_project = Berth::ComposeProject::discover(m_projectDir);
    if (!m_project.isValid() || m_project.name != m_spec.compose.projectName) {
        *why = u"no compose project found in "_s + m_projectDir;
        return false;
    }
    return true;
}

bool Flow::newDependencyAfterRebuild(QString *why)
{
    // After the project gains a dependency, one `build` and the manage service has it: app, manage
    // and tests share one image, so no service runs stale dependencies.
    if (m_options.layout != "pyproject-only"_L1)
        return true;
    const QStringList probe = {u"run"_s, u"--rm"_s, u"-T"_s, u"manage"_s, u"shell"_s, u"-c"_s,
                               u"import importlib.metadata as m; print('dist=' + m.version('psycopg2-binary'))"_s};
    QString ignored;
    if (compose(m_project, probe, &ignored, nullptr, 180000)) {
        *why = u"psycopg2-binary is installed before the project asks for it: the check below proves nothing"_s;
        return false;
    }
    const QString toml = QDir(m_projectDir).filePath(m_spec.django.projectDir) + u"/pyproject.toml"_s;
    if (!writeFile(toml, pyprojectToml("    \"psycopg2-binary>=2.9\",\n"), why))
        return false;
    if (!compose(m_project, {u"build"_s}, why))
        return false;
    QByteArray printed;
    if (!compose(m_project, probe, why, &printed, 180000))
        return false;
    if (!printed.contains("dist=")) {
        *why = u"manage does not see the new dependency after the rebuild: "_s + QString::fromUtf8(printed);
        return false;
    }
    out() << "[e2e]   after the rebuild manage has psycopg2-binary " << printed.trimmed() << Qt::endl;
    return true;
}

} // namespace BerthE2E
