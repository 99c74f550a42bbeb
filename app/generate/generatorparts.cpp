#include "generate/generatorparts.h"

#include "generate/appendedblock.h"
#include "generate/manifest.h"
#include "generate/password.h"
#include "core/quoting.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <utility>

using namespace Qt::StringLiterals;

namespace Berth::GeneratorParts {

QByteArray readIfExists(const QString &projectDir, const QString &path, bool *exists)
{
    if (exists)
        *exists = false;
    if (projectDir.isEmpty())
        return {};
    QFile f(projectDir + u'/' + path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    if (exists)
        *exists = true;
    return f.read(4 * 1024 * 1024);
}

namespace {
QString envFileValue(const QByteArray &envFile, const QString &key)
{
    const QStringList lines = QString::fromUtf8(envFile).split(u'\n');
    for (QString line : lines) {
        line = line.trimmed();
        if (!line.startsWith(key + u'='))
            continue;
        QString value = line.mid(key.size() + 1);
        if (value.size() >= 2 && (value.startsWith(u'\'') || value.startsWith(u'"')) && value.endsWith(value.front()))
            value = value.mid(1, value.size() - 2);
        return value;
    }
    return {};
}
} // namespace


// True when a plain `docker compose` (no -f, no COMPOSE_FILE) loads exactly these files: Compose
// picks the first of its default names and adds NAME.override.EXT beside it.
bool plainComposeLoads(const QStringList &files)
{
    static const QStringList defaults = {u"compose.yaml"_s, u"compose.yml"_s, u"docker-compose.yaml"_s,
                                         u"docker-compose.yml"_s};
    const QString &main = files.first();
    if (!defaults.contains(main))
        return false;
    const qsizetype dot = main.lastIndexOf(u'.');
    const QString override = main.left(dot) + ".override"_L1 + main.mid(dot);
    return files.size() == 1 || (files.size() == 2 && files.at(1) == override);
}

QByteArray mergedGitIgnore(const QByteArray &existing, const QStringList &secretFiles)
{
    QString text = QString::fromUtf8(existing);
    text.replace("\r\n"_L1, "\n"_L1);
    const QStringList have = text.split(u'\n');
    QStringList missing;
    QStringList entries;
    for (const QString &file : secretFiles)
        entries.append(u'/' + file);
    entries.append(u"/.berth/backups/"_s);
    for (const QString &entry : std::as_const(entries)) {
        if (!have.contains(entry) && !have.contains(entry.mid(1)))
            missing.append(entry);
    }
    if (missing.isEmpty())
        return text.toUtf8();
    return withAppendedBlock(text, u"Berth: the secrets files and backups of replaced files stay out of git."_s, missing)
        .toUtf8();
}

void addSecrets(Context &c)
{
    const ProjectSpec &spec = c.spec;
    bool exists = false;
    const QByteArray existing = readIfExists(c.projectDir, spec.secretsFile(), &exists);
    QString password = c.options.databasePassword;
    if (password.isEmpty() || Quote::envValue(password).isEmpty())
        password = envFileValue(existing, u"POSTGRES_PASSWORD"_s);
    if (password.isEmpty() || Quote::envValue(password).isEmpty())
        password = generatePassword();
    if (exists) {
        const QString user = envFileValue(existing, u"POSTGRES_USER"_s);
        const QString name = envFileValue(existing, u"POSTGRES_DB"_s);
        if ((!user.isEmpty() && user != spec.database.user) || (!name.isEmpty() && name != spec.database.name))
            c.files.addWarning(QCoreApplication::translate("Berth::Generator", "%1 had POSTGRES_USER=%2 and POSTGRES_DB=%3: a database volume made with them keeps "
                               "them; Postgres applies the new values only to an empty volume")
                                   .arg(spec.secretsFile(), user, name));
    }
    TemplateRenderer secrets = c.values;
    secrets.set(u"password"_s, Quote::envValue(password));
    GeneratedFile f;
    f.path = spec.secretsFile();
    f.role = FileRole::EnvFile;
    f.secret = true;
    f.content = secrets.render(u"database_env"_s).toUtf8();
    f.summary = QCoreApplication::translate("Berth::Generator", "the database credentials with a random password (secret, git-ignored)");
    f.correctionIds = {u"secrets-file"_s};
    c.files.add(f);
}

// COMPOSE_FILE in .env when a plain `docker compose` would not find Berth's files by itself, so
// DOCKER.md's commands work as written. Only into a .env Berth wrote (or a new one), and only when
// no compose file of the project's own would change meaning: otherwise DOCKER.md gives -f flags.
void addComposeEnv(Context &c)
{
    const QStringList files = c.spec.composeFiles();
    if (plainComposeLoads(files))
        return;
    QString reason;
    bool exists = false;
    readIfExists(c.projectDir, u".env"_s, &exists);
    if (exists && !Manifest::load(c.projectDir).contains(u".env"_s))
        reason = u".env exists and is not Berth's"_s;
    for (const QString &name : {u"compose.yaml"_s, u"compose.yml"_s, u"docker-compose.yaml"_s, u"docker-compose.yml"_s}) {
        if (reason.isEmpty() && !c.projectDir.isEmpty() && !files.contains(name)
            && QFileInfo::exists(c.projectDir + u'/' + name))
            reason = u"%1 is there too, and COMPOSE_FILE would hide it from a plain `docker compose`"_s
                         .arg(name);
    }
    if (!reason.isEmpty()) {
        c.values.set(u"plain_up_needs_flags"_s, true);
        c.files.addWarning(QCoreApplication::translate("Berth::Generator", "a plain `docker compose` does not load %1; %2, so Berth wrote no COMPOSE_FILE: "
                           "pass -f %3 (DOCKER.md says so)")
                               .arg(files.join(u", "_s), reason, files.join(" -f "_L1)));
        return;
    }
    c.add(u".env"_s, FileRole::EnvFile, u"compose_env"_s,
          QCoreApplication::translate("Berth::Generator", "COMPOSE_FILE: a plain `docker compose` uses Berth's files"), {u"compose-file-names"_s});
}

// Django's SECRET_KEY in its own secrets file, generated once and kept on every later run.
void addDjangoSecrets(Context &c)
{
    const QString path = c.spec.djangoSecretsFile();
    const QByteArray existing = readIfExists(c.projectDir, path);
    QString key = envFileValue(existing, u"DJANGO_SECRET_KEY"_s);
    if (key.size() < 50 || key.startsWith("django-insecure-"_L1) || Quote::envValue(key) != key)
        key = generateSecretKey();
    TemplateRenderer values = c.values;
    values.set(u"secret_key"_s, key);
    GeneratedFile f;
    f.path = path;
    f.role = FileRole::EnvFile;
    f.secret = true;
    f.content = values.render(u"django_env"_s).toUtf8();
    f.summary = QCoreApplication::translate("Berth::Generator", "Django's SECRET_KEY, random and kept (secret, git-ignored)");
    f.correctionIds = {u"secret-key"_s};
    c.files.add(f);
}

} // namespace Berth::GeneratorParts
