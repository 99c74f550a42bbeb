// Doctor: the Django settings and env files the checks read as text.
#include "doctor/doctor.h"

#include "project/specfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Berth::Doctor {

namespace {

QString readSmall(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.read(1024 * 1024)) : QString();
}

// app.settings -> app/settings.py, or app/settings/__init__.py for a package.
QString moduleFile(const QDir &dir, const QString &prefix, const QString &module)
{
    const QString base = prefix + QString(module).replace(u'.', u'/');
    for (const QString &candidate : QStringList{base + ".py"_L1, base + "/__init__.py"_L1})
        if (QFileInfo(dir.filePath(candidate)).isFile())
            return candidate;
    return {};
}

} // namespace

QList<SettingsText> productionSettings(const QString &projectDir)
{
    const QDir dir(projectDir);
    QStringList paths;
    const QString specPath = dir.filePath(u"berth.yaml"_s);
    if (QFileInfo::exists(specPath)) {
        QList<SpecError> errors;
        const ProjectSpec spec = SpecFile::read(specPath, &errors);
        if (!errors.isEmpty())
            return {};
        const QString prefix = spec.django.projectDir == "."_L1 ? QString() : spec.django.projectDir + u'/';
        paths << moduleFile(dir, prefix, spec.django.settingsModule) << spec.dockerSettingsPath();
    } else {
        // manage.py: os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mysite.settings")
        static const QRegularExpression named(uR"(DJANGO_SETTINGS_MODULE["']\s*,\s*["']([\w.]+)["'])"_s);
        const QRegularExpressionMatch m = named.match(readSmall(dir.filePath(u"manage.py"_s)));
        if (m.hasMatch())
            paths << moduleFile(dir, QString(), m.captured(1));
    }
    QList<SettingsText> out;
    for (const QString &path : std::as_const(paths))
        if (!path.isEmpty() && QFileInfo(dir.filePath(path)).isFile())
            out.append({path, readSmall(dir.filePath(path))});
    return out;
}

QHash<QString, QString> readEnvFile(const QString &projectDir, const QString &file)
{
    QHash<QString, QString> values;
    const QString text = readSmall(QDir(projectDir).filePath(file));
    for (const QString &raw : text.split(u'\n')) {
        QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (line.startsWith("export "_L1))
            line = line.mid(7).trimmed();
        const qsizetype eq = line.indexOf(u'=');
        if (eq <= 0)
            continue;
        QString value = line.mid(eq + 1).trimmed();
        if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\'') && value.back() == value.front())
            value = value.mid(1, value.size() - 2);
        values.insert(line.left(eq).trimmed(), value);
    }
    return values;
}

QHash<QString, QString> serviceEnvironment(const QString &projectDir, const Config::ComposeService &service)
{
    QHash<QString, QString> values;
    for (const QString &file : service.envFiles)
        values.insert(readEnvFile(projectDir, file));
    for (const Config::ComposeVariable &v : service.environment)
        values.insert(v.name, v.value);
    return values;
}

} // namespace Berth::Doctor
