#include "django/djangoproject.h"

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

} // namespace

QString settingsModuleFromManagePy(const QString &managePyText)
{
    static const QRegularExpression settingsRe(
        u"DJANGO_SETTINGS_MODULE['\"]\\s*,\\s*['\"]([A-Za-z_][A-Za-z0-9_.]*)['\"]"_s);
    return settingsRe.match(managePyText).captured(1);
}

QString wsgiModuleFromSettings(const QString &settingsText)
{
    static const QRegularExpression wsgiRe(
        u"^WSGI_APPLICATION\\s*=\\s*['\"]([A-Za-z_][A-Za-z0-9_.]*)\\.[A-Za-z_][A-Za-z0-9_]*['\"]"_s,
        QRegularExpression::MultilineOption);
    return wsgiRe.match(settingsText).captured(1);
}

DjangoProjectInfo detectDjangoProject(const QString &dir)
{
    DjangoProjectInfo info;
    const QString root = QDir(dir).absolutePath();
    const QStringList candidates = findManagePy(root);
    if (candidates.isEmpty()) {
        info.problems.append(u"no manage.py in %1 or the folders below it"_s.arg(QDir::toNativeSeparators(root)));
        return info;
    }
    info.found = true;
    info.managePy = candidates.first();
    if (candidates.size() > 1)
        info.problems.append(u"several manage.py files (%1); using %2"_s.arg(candidates.join(", "_L1), info.managePy));
    info.projectDir = info.managePy == "manage.py"_L1 ? u"."_s : info.managePy.chopped(int(qstrlen("/manage.py")));
    const QString projectPath = info.projectDir == "."_L1 ? root : root + u'/' + info.projectDir;

    info.settingsModule = settingsModuleFromManagePy(readText(root + u'/' + info.managePy));
    if (info.settingsModule.isEmpty())
        info.problems.append(u"%1 does not set DJANGO_SETTINGS_MODULE"_s.arg(info.managePy));

    QString settingsText;
    if (!info.settingsModule.isEmpty()) {
        const QString settingsFile = modulePath(projectPath, info.settingsModule);
        if (settingsFile.isEmpty())
            info.problems.append(u"the settings module %1 is not in %2"_s.arg(info.settingsModule, info.projectDir));
        else
            settingsText = readText(settingsFile);
    }
    info.wsgiModule = wsgiModuleFromSettings(settingsText);
    if (info.wsgiModule.isEmpty() && !info.settingsModule.isEmpty()) {
        const qsizetype dot = info.settingsModule.lastIndexOf(u'.');
        const QString guess = dot < 0 ? u"wsgi"_s : info.settingsModule.left(dot) + ".wsgi"_L1;
        if (!modulePath(projectPath, guess).isEmpty())
            info.wsgiModule = guess;
    }
    if (info.wsgiModule.isEmpty())
        info.problems.append(u"no WSGI module found (WSGI_APPLICATION in the settings, or a wsgi.py)"_s);
    else if (modulePath(projectPath, info.wsgiModule).isEmpty())
        info.problems.append(u"the WSGI module %1 is not in %2"_s.arg(info.wsgiModule, info.projectDir));

    const QString prefix = info.projectDir == "."_L1 ? QString() : info.projectDir + u'/';
    if (QFileInfo(projectPath + "/requirements.txt"_L1).isFile())
        info.requirementsFile = prefix + "requirements.txt"_L1;
    else if (QFileInfo(root + "/requirements.txt"_L1).isFile() && !prefix.isEmpty())
        info.problems.append(u"requirements.txt is next to %1, not inside it; the image installs %1/requirements.txt"_s
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

} // namespace Berth
