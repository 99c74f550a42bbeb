#include "django/djangoproject.h"

#include "django/pyproject.h"
#include "project/projectspec.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Berth {

namespace {

constexpr qint64 MaxReadBytes = 1024 * 1024;

QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.read(MaxReadBytes));
}

bool skipped(const QString &name)
{
    static const QStringList names = {u"venv"_s, u"env"_s, u"node_modules"_s, u"site-packages"_s,
                                      u"__pycache__"_s, u"data"_s, u"build"_s, u"dist"_s};
    return name.startsWith(u'.') || names.contains(name);
}

// manage.py files up to two folders deep, nearest first, sorted by path within a level.
QStringList findManagePy(const QString &root)
{
    QStringList found;
    if (QFileInfo(root + "/manage.py"_L1).isFile())
        found.append(u"manage.py"_s);
    QStringList level = {QString()};
    for (int depth = 0; depth < 2; ++depth) {
        QStringList next;
        for (const QString &rel : level) {
            const QDir d(rel.isEmpty() ? root : root + u'/' + rel);
            const QStringList subs = d.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks, QDir::Name);
            for (const QString &sub : subs) {
                if (skipped(sub))
                    continue;
                const QString subRel = rel.isEmpty() ? sub : rel + u'/' + sub;
                next.append(subRel);
                if (QFileInfo(root + u'/' + subRel + "/manage.py"_L1).isFile())
                    found.append(subRel + "/manage.py"_L1);
            }
        }
        level = next;
    }
    return found;
}

QString modulePath(const QString &projectDir, const QString &module)
{
    const QString base = projectDir + u'/' + QString(module).replace(u'.', u'/');
    if (QFileInfo(base + ".py"_L1).isFile())
        return base + ".py"_L1;
    if (QFileInfo(base + "/__init__.py"_L1).isFile())
        return base + "/__init__.py"_L1;
    return {};
}

// WSGI_APPLICATION = 'MODULE.callable' at the start of a line; captures MODULE.
const QRegularExpression &wsgiApplicationPattern()
{
    static const QRegularExpression re(
        u"^WSGI_APPLICATION\\s*=\\s*['\"]([A-Za-z_][A-Za-z0-9_.]*)\\.[A-Za-z_][A-Za-z0-9_]*['\"]"_s,
        QRegularExpression::MultilineOption);
    return re;
}

// The module a `from X import *` line names, resolved against the module it is in (relative
// imports), or "" when the import leaves the top-level package of that module: Berth follows a
// settings package's own star imports only, never a library's.
QStringList starImports(const QString &text, const QString &module, bool isPackage)
{
    static const QRegularExpression starRe(u"^from\\s+(\\.*)([A-Za-z_][A-Za-z0-9_.]*)?\\s+import\\s+\\*"_s,
                                           QRegularExpression::MultilineOption);
    const QString top = module.section(u'.', 0, 0);
    QStringList found;
    for (auto it = starRe.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const qsizetype dots = m.captured(1).size();
        const QString name = m.captured(2);
        QString target;
        if (dots == 0) {
            target = name;
        } else {
            // One dot: the package the module is in (the module itself for an __init__.py).
            QStringList base = module.split(u'.');
            if (!isPackage)
                base.removeLast();
            for (qsizetype up = 1; up < dots && !base.isEmpty(); ++up)
                base.removeLast();
            if (base.isEmpty())
                continue;
            target = base.join(u'.') + (name.isEmpty() ? QString() : u'.' + name);
        }
        if (target.section(u'.', 0, 0) == top)
            found.append(target);
    }
    return found;
}

// The first capture of re in the settings module or, failing that, in the modules it star-imports
// within its package (depth first, in the order of the imports; each module read once).
QString findInSettings(const QString &projectPath, const QString &module, const QRegularExpression &re,
                       QStringList *visited, int depth = 0)
{
    if (depth > 8 || visited->contains(module))
        return {};
    visited->append(module);
    const QString path = modulePath(projectPath, module);
    if (path.isEmpty())
        return {};
    const QString text = readText(path);
    const QString value = re.match(text).captured(1);
    if (!value.isEmpty())
        return value;
    for (const QString &imported : starImports(text, module, path.endsWith("/__init__.py"_L1))) {
        const QString found = findInSettings(projectPath, imported, re, visited, depth + 1);
        if (!found.isEmpty())
            return found;
    }
    return {};
}

// The packages a dotted module is in, innermost first: a.b.c -> a.b, a.
QStringList parentPackages(const QString &module)
{
    QStringList parents;
    QStringList parts = module.split(u'.');
    while (parts.size() > 1) {
        parts.removeLast();
        parents.append(parts.join(u'.'));
    }
    return parents;
}

} // namespace

bool pythonModuleExists(const QString &projectPath, const QString &module)
{
    return !module.isEmpty() && !modulePath(projectPath, module).isEmpty();
}

QString settingsModuleFromManagePy(const QString &managePyText)
{
    static const QRegularExpression settingsRe(
        u"DJANGO_SETTINGS_MODULE['\"]\\s*,\\s*['\"]([A-Za-z_][A-Za-z0-9_.]*)['\"]"_s);
    return settingsRe.match(managePyText).captured(1);
}

QString wsgiModuleFromSettings(const QString &settingsText)
{
    return wsgiApplicationPattern().match(settingsText).captured(1);
}

DjangoProjectInfo detectDjangoProject(const QString &dir)
{
    DjangoProjectInfo info;
    const QString root = QDir(dir).absolutePath();
    const QStringList candidates = findManagePy(root);
    if (candidates.isEmpty()) {
        info.problems.append(QCoreApplication::translate("Berth::DjangoProject", "no manage.py in %1 or the folders below it").arg(QDir::toNativeSeparators(root)));
        return info;
    }
    info.found = true;
    info.managePy = candidates.first();
    if (candidates.size() > 1)
        info.problems.append(QCoreApplication::translate("Berth::DjangoProject", "several manage.py files (%1); using %2").arg(candidates.join(", "_L1), info.managePy));
    info.projectDir = info.managePy == "manage.py"_L1 ? u"."_s : info.managePy.chopped(int(qstrlen("/manage.py")));
    const QString projectPath = info.projectDir == "."_L1 ? root : root + u'/' + info.projectDir;

    info.settingsModule = settingsModuleFromManagePy(readText(root + u'/' + info.managePy));
    if (info.settingsModule.isEmpty())
        info.problems.append(QCoreApplication::translate("Berth::DjangoProject", "%1 does not set DJANGO_SETTINGS_MODULE").arg(info.managePy));

    if (!info.settingsModule.isEmpty() && modulePath(projectPath, info.settingsModule).isEmpty())
        info.problems.append(QCoreApplication::translate("Berth::DjangoProject", "the settings module %1 is not in %2").arg(info.settingsModule, info.projectDir));
    // WSGI_APPLICATION from the settings, following their star imports within the package (a
    // settings/dev.py that does `from .base import *`).
    QStringList visited;
    if (!info.settingsModule.isEmpty())
        info.wsgiModule = findInSettings(projectPath, info.settingsModule, wsgiApplicationPattern(), &visited);
    if (info.wsgiModule.isEmpty() && !info.settingsModule.isEmpty()) {
        // Failing that: the wsgi.py beside the project's urls.py (ROOT_URLCONF, or a urls.py in a
        // package the settings are in), then one in the settings' own packages.
        static const QRegularExpression urlconfRe(u"^ROOT_URLCONF\\s*=\\s*['\"]([A-Za-z_][A-Za-z0-9_.]*)['\"]"_s,
                                                  QRegularExpression::MultilineOption);
        visited.clear();
        const QString urlconf = findInSettings(projectPath, info.settingsModule, urlconfRe, &visited);
        QStringList candidates;
        if (urlconf.contains(u'.'))
            candidates.append(urlconf.section(u'.', 0, -2) + ".wsgi"_L1);
        const QStringList parents = parentPackages(info.settingsModule);
        for (const QString &package : parents) {
            if (pythonModuleExists(projectPath, package + ".urls"_L1))
                candidates.append(package + ".wsgi"_L1);
        }
        for (const QString &package : parents)
            candidates.append(package + ".wsgi"_L1);
        if (parents.isEmpty())
            candidates.append(u"wsgi"_s);
        for (const QString &candidate : std::as_const(candidates)) {
            if (pythonModuleExists(projectPath, candidate)) {
                info.wsgiModule = candidate;
                break;
            }
        }
    }
    if (info.wsgiModule.isEmpty())
        info.problems.append(QCoreApplication::translate("Berth::DjangoProject", "no WSGI module found (WSGI_APPLICATION in the settings or the modules they import, or "
                             "a wsgi.py beside urls.py): set django.wsgi_module"));
    else if (modulePath(projectPath, info.wsgiModule).isEmpty())
        info.problems.append(QCoreApplication::translate("Berth::DjangoProject", "the WSGI module %1 is not in %2").arg(info.wsgiModule, info.projectDir));

    // The variants of a settings package, by the names projects commonly give them.
    if (info.settingsModule.contains(u'.') && !modulePath(projectPath, info.settingsModule).isEmpty()) {
        const QString package = info.settingsModule.section(u'.', 0, -2);
        const QString own = info.settingsModule.section(u'.', -1);
        auto variant = [&](const QStringList &names) -> QString {
            for (const QString &name : names) {
                const QString module = package + u'.' + name;
                if (pythonModuleExists(projectPath, module))
                    return module;
            }
            return {};
        };
        const QStringList devNames = {u"dev"_s, u"development"_s, u"local"_s};
        const QString production = variant({u"production"_s, u"prod"_s});
        if (!production.isEmpty() && QFileInfo(projectPath + u'/' + QString(package).replace(u'.', u'/') + "/__init__.py"_L1).isFile()) {
            info.imageSettingsModule = production;
            info.devSettingsModule = devNames.contains(own) ? info.settingsModule : variant(devNames);
            info.testSettingsModule = variant({u"test"_s, u"tests"_s, u"testing"_s});
        }
    }

    const QString prefix = info.projectDir == "."_L1 ? QString() : info.projectDir + u'/';
    // Where the project keeps its packages: requirements.txt, else a pip-format lock, else the
    // [project] dependencies of pyproject.toml (see generate/installplan.h).
    if (QFileInfo(projectPath + "/requirements.txt"_L1).isFile())
        info.requirementsFile = prefix + "requirements.txt"_L1;
    else if (QFileInfo(projectPath + "/requirements.lock"_L1).isFile())
        info.requirementsFile = prefix + "requirements.lock"_L1;
    else if (const PyProjectDependencies py = readPyProjectDependencies(readText(projectPath + "/pyproject.toml"_L1).toUtf8());
             py.declared && !py.dynamic)
        info.requirementsFile = prefix + "pyproject.toml"_L1;
    else if (QFileInfo(root + "/requirements.txt"_L1).isFile() && !prefix.isEmpty())
        info.problems.append(QCoreApplication::translate("Berth::DjangoProject", "requirements.txt is next to %1, not inside it; the image installs %1/requirements.txt")
                                 .arg(info.projectDir));
    return info;
}

QStringList otherPytestConfigs(const QString &projectDir)
{
    QStringList found;
    if (readText(projectDir + "/pyproject.toml"_L1).contains("[tool.pytest.ini_options]"_L1))
        found.append(u"pyproject.toml [tool.pytest.ini_options]"_s);
    if (readText(projectDir + "/setup.cfg"_L1).contains("[tool:pytest]"_L1))
        found.append(u"setup.cfg [tool:pytest]"_s);
    if (readText(projectDir + "/tox.ini"_L1).contains("[pytest]"_L1))
        found.append(u"tox.ini [pytest]"_s);
    return found;
}

void applyDetected(ProjectSpec &spec, const DjangoProjectInfo &info)
{
    if (!info.found)
        return;
    auto take = [&spec](const char *key, QString &member, const QString &value) {
        if (!value.isEmpty() && !spec.explicitKeys.contains(QLatin1StringView(key)))
            member = value;
    };
    take("django.project_dir", spec.django.projectDir, info.projectDir);
    take("django.settings_module", spec.django.settingsModule, info.settingsModule);
    take("django.wsgi_module", spec.django.wsgiModule, info.wsgiModule);
    // A settings package with variants: production in the image, the others per use.
    if (!info.imageSettingsModule.isEmpty()) {
        take("django.settings_module", spec.django.settingsModule, info.imageSettingsModule);
        take("django.dev_settings_module", spec.django.devSettingsModule, info.devSettingsModule);
        take("django.test_settings_module", spec.django.testSettingsModule, info.testSettingsModule);
    }
    if (!info.requirementsFile.isEmpty() && !info.projectDir.isEmpty()) {
        // requirementsFile is relative to the project root; the spec key is relative to projectDir.
        const QString prefix = info.projectDir == "."_L1 ? QString() : info.projectDir + u'/';
        if (info.requirementsFile.startsWith(prefix))
            take("django.requirements_file", spec.django.requirementsFile, info.requirementsFile.mid(prefix.size()));
    }
}

} // namespace Berth
