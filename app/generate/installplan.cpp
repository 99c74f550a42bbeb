#include "generate/installplan.h"

#include "django/pyproject.h"
#include "project/projectspec.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Berth {

namespace {

QByteArray readFile(const QString &path, bool *exists)
{
    QFile f(path);
    *exists = f.open(QIODevice::ReadOnly);
    return *exists ? f.read(4 * 1024 * 1024) : QByteArray();
}

QString under(const QString &projectDir, const QString &relative)
{
    return projectDir == "."_L1 ? relative : projectDir + u'/' + relative;
}

// Lock files pip cannot install from, and how their tool exports one it can.
struct ForeignLock
{
    const char *file;
    const char *exportCommand;
};
constexpr ForeignLock foreignLocks[] = {
    {"uv.lock", "uv export --format requirements-txt --no-emit-project -o requirements.lock"},
    {"poetry.lock", "poetry export -o requirements.lock (the poetry-plugin-export plugin)"},
    {"pdm.lock", "pdm export -o requirements.lock"},
    {"Pipfile.lock", "pipenv requirements > requirements.lock"},
    {"pylock.toml", "pip 26.1 and later read it experimentally (-r pylock.toml): set django.requirements_file to "
                    "pylock.toml to use it, or export a requirements.lock"},
};

// The Python minor version of an official python image's tag ("python:3.10-slim" -> 10), or -1.
int pythonMinor(const QString &image)
{
    static const QRegularExpression tag(u"^(?:.*/)?python:3\\.(\\d+)"_s);
    const QRegularExpressionMatch m = tag.match(image);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

InstallPlan::Kind kindOf(const QString &file)
{
    const QString name = QFileInfo(file).fileName();
    if (name == "pyproject.toml"_L1)
        return InstallPlan::Kind::PyProject;
    static const QRegularExpression pylock(u"^pylock(\\.[A-Za-z0-9_-]+)?\\.toml$"_s);
    if (name.endsWith(".lock"_L1) || pylock.match(name).hasMatch())
        return InstallPlan::Kind::Lock;
    return InstallPlan::Kind::Requirements;
}

QString pipLine(const QString &indent, const QStringList &files, const QString &path)
{
    QStringList args;
    for (const QString &f : files)
        args.append(u"-r "_s + path + u'/' + f);
    return indent + "python3 -m pip install "_L1 + args.join(u' ');
}

} // namespace

QList<NeededRequirement> neededRequirements(const ProjectSpec &spec)
{
    QList<NeededRequirement> needed = {{u"Django>=4.2"_s, {u"django"_s}, u"the project itself"_s}};
    if (spec.database.isPostgres())
        needed.append({u"psycopg[binary]>=3.1"_s,
                       {u"psycopg"_s, u"psycopg-binary"_s, u"psycopg-c"_s, u"psycopg2"_s, u"psycopg2-binary"_s},
                       u"Django's Postgres driver"_s});
    needed.append({u"pytest>=7.0"_s, {u"pytest"_s}, u"the tests service"_s});
    needed.append({u"pytest-django>=4.5"_s, {u"pytest-django"_s}, u"DJANGO_SETTINGS_MODULE in pytest.ini"_s});
    if (spec.manage.command == "shell_plus"_L1)
        needed.append({u"django-extensions>=3.2"_s, {u"django-extensions"_s}, u"manage's shell_plus"_s});
    return needed;
}

InstallPlan planInstall(const ProjectSpec &spec, const QString &projectDir)
{
    InstallPlan plan;
    plan.kind = kindOf(spec.django.requirementsFile);
    plan.source = spec.requirementsPath();
    const QString djangoPath = projectDir.isEmpty() ? QString()
                             : spec.django.projectDir == "."_L1 ? projectDir
                                                                : projectDir + u'/' + spec.django.projectDir;
    const QString container = spec.container.path;
    const QString projectSrc = spec.django.projectDir == "."_L1 ? u"."_s : "./"_L1 + spec.django.projectDir;
    const QString requirementsDir = QFileInfo(spec.django.requirementsFile).path();
    const QString berthName = requirementsDir == "."_L1 ? u"berth-requirements.txt"_s
                                                          : requirementsDir + "/berth-requirements.txt"_L1;
    const QByteArray source = projectDir.isEmpty() ? QByteArray() : readFile(projectDir + u'/' + plan.source, &plan.sourceExists);

    // What the project's own files install: Berth adds only what none of them names.
    QByteArray present;
    if (plan.kind == InstallPlan::Kind::PyProject) {
        const PyProjectDependencies py = readPyProjectDependencies(source);
        plan.dependencies = py.dependencies;
        present = py.dependencies.join(u'\n').toUtf8();
        plan.copies = {spec.django.requirementsFile, berthName};
        if (plan.sourceExists && !py.error.isEmpty())
            plan.warnings.append(QCoreApplication::translate("Berth::InstallPlan", "%1 could not be read (%2): Berth sees none of its dependencies").arg(plan.source, py.error));
        else if (plan.sourceExists && py.dynamic)
            plan.warnings.append(QCoreApplication::translate("Berth::InstallPlan", "%1 lists dependencies in [project] dynamic: a build backend computes them, which the "
                                 "image does not run; list them in [project] dependencies or a requirements file")
                                     .arg(plan.source));
        else if (plan.sourceExists && !py.declared)
            plan.warnings.append(QCoreApplication::translate("Berth::InstallPlan", "%1 has no [project] dependencies: the image installs only Berth's %2")
                                     .arg(plan.source, under(spec.django.projectDir, berthName)));
        if (!projectDir.isEmpty() && !plan.sourceExists)
            plan.warnings.append(QCoreApplication::translate("Berth::InstallPlan", "%1 is not there: the image cannot read its dependencies").arg(plan.source));
        const int minor = pythonMinor(spec.container.pythonImage);
        if (minor >= 0 && minor < 11)
            plan.warnings.append(QCoreApplication::translate("Berth::InstallPlan", "%1 has no tomllib (Python 3.11 and later), which the Dockerfile uses to read %2: "
                                 "the build will fail; use python:3.11 or newer")
                                     .arg(spec.container.pythonImage, plan.source));
    } else {
        QStringList problems;
        const QStringList files = djangoPath.isEmpty()
            ? QStringList{spec.django.requirementsFile}
            : requirementsFiles(djangoPath, spec.django.requirementsFile, &problems);
        plan.warnings += problems;
        plan.includes = files.mid(1);
        present = source;
        for (const QString &file : std::as_const(plan.includes)) {
            bool exists = false;
            present += '\n' + readFile(djangoPath + u'/' + file, &exists);
        }
        plan.copies = files;
        if (plan.kind == InstallPlan::Kind::Lock) {
            plan.copies.append(berthName);
            static const QRegularExpression self(u"^\\s*(?:-e|--editable)?\\s*(?:file:)?\\.(?:/|\\s|$|\\[)"_s);
            for (const QString &line : QString::fromUtf8(source).split(u'\n')) {
                if (self.match(line).hasMatch()) {
                    plan.warnings.append(QCoreApplication::translate("Berth::InstallPlan", "%1 installs the project itself (%2), which is not in the image before the "
                                         "install: the build will fail; lock without it (uv: --no-emit-project, rye: "
                                         "remove the line)").arg(plan.source, line.trimmed()));
                    break;
                }
            }
            if (!projectDir.isEmpty() && !plan.sourceExists)
                plan.warnings.append(QCoreApplication::translate("Berth::InstallPlan", "%1 is not there: the image cannot install it").arg(plan.source));
        }
    }
    if (!djangoPath.isEmpty()) {
        for (const ForeignLock &lock : foreignLocks) {
            const QString name = QLatin1StringView(lock.file);
            if (name == QFileInfo(spec.django.requirementsFile).fileName() || !QFileInfo(djangoPath + u'/' + name).isFile())
                continue;
            plan.warnings.append(QCoreApplication::translate("Berth::InstallPlan", "%1 is there, but pip does not install from it: the image installs %2, whose versions "
                                 "may differ from the lock's; to install the locked versions: %3 (Berth then installs "
                                 "requirements.lock)").arg(under(spec.django.projectDir, name), plan.source,
                                                                   QLatin1StringView(lock.exportCommand)));
        }
    }

    GeneratedFile file;
    file.role = FileRole::Requirements;
    file.correctionIds = {u"requirements-complete"_s, u"django-uses-postgres"_s};
    if (plan.kind == InstallPlan::Kind::Requirements) {
        plan.berthFile = plan.source;
        file.path = plan.source;
        file.content = mergeRequirements(source, neededRequirements(spec), &plan.added,
                                         present.mid(source.size()));
        file.merged = plan.sourceExists;
        file.mergedFrom = source;
        file.summary = plan.sourceExists ? QCoreApplication::translate("Berth::InstallPlan", "your requirements, plus what the setup needs")
                                         : QCoreApplication::translate("Berth::InstallPlan", "the Python packages of the project");
        if (!plan.includes.isEmpty())
            file.summary += QCoreApplication::translate("Berth::InstallPlan", "; the image installs it with %1").arg(plan.includes.join(", "_L1));
        plan.dockerInstall = "RUN --mount=type=cache,target=/root/.cache/pip \\\n"_L1
                           + pipLine(u"    "_s, {spec.django.requirementsFile}, container);
    } else {
        plan.berthFile = under(spec.django.projectDir, berthName);
        file.path = plan.berthFile;
        mergeRequirements({}, neededRequirements(spec), &plan.added, present);
        const QByteArray body = plan.added.isEmpty() ? "# Nothing to add: the project's own packages have everything.\n"_ba
                                                     : plan.added.join(u'\n').toUtf8() + '\n';
        const QString from = plan.kind == InstallPlan::Kind::PyProject ? u"pyproject.toml's dependencies"_s
                                                                       : QFileInfo(plan.source).fileName();
        const QByteArray when = plan.kind == InstallPlan::Kind::PyProject ? ", installed with them"_ba : ", installed after it"_ba;
        file.content = "# Generated by Berth: what the Docker setup needs beyond "_ba + from.toUtf8() + when
                     + ".\n# Berth never edits "_ba + QFileInfo(plan.source).fileName().toUtf8()
                     + "; add your own packages there, not here.\n"_ba + body;
        file.summary = QCoreApplication::translate("Berth::InstallPlan", "what the setup needs beyond %1, which Berth leaves alone").arg(from);
        if (plan.kind == InstallPlan::Kind::Lock) {
            plan.dockerInstall = "RUN --mount=type=cache,target=/root/.cache/pip \\\n"_L1
                               + pipLine(u"    "_s, {spec.django.requirementsFile}, container) + " \\\n"_L1
                               + pipLine(u" && "_s, {berthName}, container);
        } else {
            const QString toml = container + u'/' + spec.django.requirementsFile;
            plan.dockerInstall =
                "# pyproject.toml's [project] dependencies, not the project itself (no `pip install .`).\n"
                "RUN --mount=type=cache,target=/root/.cache/pip \\\n"
                "    python3 -c 'import sys, tomllib; print(*tomllib.load(open(sys.argv[1], \"rb\"))[\"project\"][\"dependencies\"], "
                "sep=\"\\n\")' \\\n        "_L1
                + toml + " > /tmp/pyproject-requirements.txt \\\n"_L1
                + " && python3 -m pip install -r /tmp/pyproject-requirements.txt -r "_L1 + container + u'/' + berthName
                + " \\\n && rm /tmp/pyproject-requirements.txt"_L1;
        }
    }
    plan.files.append(file);
    QStringList copyLines;
    for (const QString &f : std::as_const(plan.copies))
        copyLines.append(u"COPY --chown=app:app %1/%2 %3/%2"_s.arg(projectSrc, f, container));
    plan.dockerCopy = copyLines.join(u'\n');
    return plan;
}

QString InstallPlan::summary() const
{
    QString berths = added.isEmpty() ? QCoreApplication::translate("Berth::InstallPlan", "nothing") : QString();
    QStringList names;
    for (const QString &line : added)
        names.append(line.section(u'#', 0, 0).trimmed());
    if (!names.isEmpty())
        berths = names.join(", "_L1);
    switch (kind) {
    case Kind::Requirements:
        if (!sourceExists)
            return QCoreApplication::translate("Berth::InstallPlan", "Python packages: no requirements file, requirements.lock or pyproject.toml dependencies found; "
                   "Berth writes %1 with what the setup needs (%2), and the image installs it with pip install -r: "
                   "add your own packages there").arg(source, berths);
        if (includes.isEmpty())
            return QCoreApplication::translate("Berth::InstallPlan", "Python packages: %1 (a requirements file); the image installs it with pip install -r, and Berth "
                   "adds %2 to it").arg(source, berths);
        return QCoreApplication::translate("Berth::InstallPlan", "Python packages: %1 with -r/-c includes (%2); the image copies all %3 files and installs %1 with pip "
               "install -r; Berth adds %4 to %1")
            .arg(source, includes.join(", "_L1)).arg(includes.size() + 1).arg(berths);
    case Kind::Lock:
        return QCoreApplication::translate("Berth::InstallPlan", "Python packages: %1 (a lock file pip installs as it is); the image installs it with pip install -r, "
               "then %2 with what the setup needs beyond it (%3); Berth never edits the lock")
            .arg(source, berthFile, berths);
    case Kind::PyProject:
        return QCoreApplication::translate("Berth::InstallPlan", "Python packages: %1, [project] dependencies (%2; no requirements file or lock found); the image "
               "installs those with pip, not the project itself (no pip install .), in one run with %3: what the "
               "setup needs beyond them (%4); Berth never edits pyproject.toml")
            .arg(source, sourceExists ? QString::number(dependencies.size()) : QCoreApplication::translate("Berth::InstallPlan", "file not found"), berthFile, berths);
    }
    return {};
}

} // namespace Berth
