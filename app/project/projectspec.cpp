#include "project/projectspec.h"


using namespace Qt::StringLiterals;

namespace Berth {

namespace {

// One line whatever a file held: line breaks and tabs escaped, other control characters as '?',
// and at most max characters.
QString oneLine(const QString &text, qsizetype max)
{
    QString line;
    for (const QChar c : text) {
        if (c == u'\n')
            line += "\\n"_L1;
        else if (c == u'\r')
            line += "\\r"_L1;
        else if (c == u'\t')
            line += "\\t"_L1;
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            line += u'?';
        else
            line += c;
    }
    if (line.size() > max)
        line = line.left(max) + QChar(0x2026);
    return line;
}

} // namespace

QString SpecError::toString() const
{
    QString text;
    if (!key.isEmpty())
        text += oneLine(key, 80) + ": "_L1;
    if (!value.isEmpty())
        text += u'\'' + oneLine(value, 80) + "': "_L1;
    return text + oneLine(message, 400);
}

ProjectSpec ProjectSpec::defaults()
{
    return ProjectSpec{};
}

QString ProjectSpec::devSettings() const
{
    return django.devSettingsModule.isEmpty() ? django.settingsModule : django.devSettingsModule;
}

QString ProjectSpec::testSettings() const
{
    return django.testSettingsModule.isEmpty() ? devSettings() : django.testSettingsModule;
}

bool ProjectSpec::hasSettingsVariants() const
{
    return devSettings() != django.settingsModule || testSettings() != django.settingsModule;
}

QString ProjectSpec::dockerSettingsModule() const
{
    const qsizetype dot = django.settingsModule.lastIndexOf(u'.');
    return dot < 0 ? u"docker_settings"_s : django.settingsModule.left(dot) + ".docker_settings"_L1;
}

static QString underProjectDir(const QString &projectDir, const QString &relative)
{
    return projectDir == "."_L1 ? relative : projectDir + u'/' + relative;
}

QString ProjectSpec::dockerSettingsPath() const
{
    QString path = dockerSettingsModule();
    path.replace(u'.', u'/');
    return underProjectDir(django.projectDir, path + ".py"_L1);
}

QString ProjectSpec::secretsFile() const
{
    return u"data/postgres/database_env"_s;
}

QString ProjectSpec::djangoSecretsFile() const
{
    return u"data/django/django_env"_s;
}

QString ProjectSpec::requirementsPath() const
{
    return underProjectDir(django.projectDir, django.requirementsFile);
}

QString ProjectSpec::dockerIgnoreFile() const
{
    // BuildKit reads DOCKERFILE.dockerignore instead of the context's .dockerignore when it is there.
    return container.dockerfile == "Dockerfile"_L1 ? u".dockerignore"_s : container.dockerfile + ".dockerignore"_L1;
}

QStringList ProjectSpec::composeFiles() const
{
    QStringList files{compose.file};
    if (!compose.overrideFile.isEmpty())
        files.append(compose.overrideFile);
    return files;
}

} // namespace Berth
