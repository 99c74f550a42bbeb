// Doctor: a production SECRET_KEY that comes from the repository (a settings literal, a compose
// file's environment, an env file that git does not ignore).
#include "doctor/doctor.h"

#include "config/yamltree.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Berth::Doctor {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Berth::Doctor", text);
}

// .gitignore read simply: plain names, directories, and * ? patterns; a `!` line un-ignores.
bool gitIgnored(const QString &projectDir, const QString &file)
{
    QFile f(QDir(projectDir).filePath(u".gitignore"_s));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QString path = QDir::cleanPath(file);
    const QString name = path.section(u'/', -1);
    bool ignored = false;
    for (const QString &raw : QString::fromUtf8(f.read(1024 * 1024)).split(u'\n')) {
        QString pattern = raw.trimmed();
        if (pattern.isEmpty() || pattern.startsWith(u'#'))
            continue;
        const bool negated = pattern.startsWith(u'!');
        if (negated)
            pattern = pattern.mid(1);
        const bool anchored = pattern.startsWith(u'/') || pattern.chopped(pattern.endsWith(u'/') ? 1 : 0).contains(u'/');
        while (pattern.startsWith(u'/'))
            pattern = pattern.mid(1);
        while (pattern.endsWith(u'/'))
            pattern.chop(1);
        const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(pattern));
        bool matches = re.match(path).hasMatch() || path.startsWith(pattern + u'/');
        if (!anchored)
            matches = matches || re.match(name).hasMatch()
                      || path.split(u'/').mid(0, path.count(u'/')).contains(pattern); // a folder on the way
        if (matches)
            ignored = !negated;
    }
    return ignored;
}

bool isKeyName(const QString &name)
{
    return name == u"DJANGO_SECRET_KEY" || name == u"SECRET_KEY";
}

// What one SECRET_KEY assignment takes its value from: a string literal, or an environment
// variable (os.environ[...], os.environ.get, os.getenv, django-environ's env()/env.str(),
// decouple's config()) with what it falls back to when the variable is not set.
struct KeyExpression {
    enum class Kind { Literal, Environment, Other };
    Kind kind = Kind::Other;
    QString variable;
    bool required = false; // os.environ["X"]: a KeyError without it
    QString fallback;      // the default argument or what follows `or`, as written; "" for none
};

bool isLiteral(const QString &expression)
{
    static const QRegularExpression literal(uR"(^[rbu]?["'])"_s);
    return literal.match(expression).hasMatch();
}

// A literal with no text ("" or '') gives Django no key at all.
bool isEmptyLiteral(const QString &expression)
{
    const QString e = expression.trimmed();
    return e == u"\"\"" || e == u"''";
}

KeyExpression parseKeyExpression(const QString &expression)
{
    KeyExpression k;
    if (isLiteral(expression)) {
        k.kind = KeyExpression::Kind::Literal;
        return k;
    }
    static const QRegularExpression required(uR"(^os\.environ\[\s*["'](\w+)["']\s*\]\s*(?:or\s+(.+))?$)"_s);
    static const QRegularExpression call(
        uR"(^(?:os\.environ\.get|os\.getenv|environ\.get|env(?:\.str)?|config)\(\s*["'](\w+)["']\s*(?:,\s*(?:default\s*=\s*)?(.*?))?\s*\)\s*(?:or\s+(.+))?$)"_s);
    if (const QRegularExpressionMatch m = required.match(expression); m.hasMatch()) {
        k.kind = KeyExpression::Kind::Environment;
        k.variable = m.captured(1);
        k.required = m.captured(2).isEmpty();
        k.fallback = m.captured(2).trimmed();
    } else if (const QRegularExpressionMatch c = call.match(expression); c.hasMatch()) {
        k.kind = KeyExpression::Kind::Environment;
        k.variable = c.captured(1);
        // env("X") and config("X") without a default raise, as os.environ["X"] does.
        k.required = c.captured(2).isEmpty() && c.captured(3).isEmpty() && !expression.startsWith(u"os.")
                     && !expression.startsWith(u"environ.get");
        k.fallback = (c.captured(3).isEmpty() ? c.captured(2) : c.captured(3)).trimmed();
        k.fallback.remove(QRegularExpression(uR"(,\s*cast\s*=.*$)"_s));
    }
    return k;
}

// An assignment of SECRET_KEY in a production settings file.
struct KeyAssignment {
    SettingsText settings;
    QString expression;
    int line = 0;
};

QList<KeyAssignment> keyAssignments(const QString &projectDir)
{
    static const QRegularExpression assignment(uR"(^SECRET_KEY\s*=\s*(.+?)\s*(?:#.*)?$)"_s, QRegularExpression::MultilineOption);
    QList<KeyAssignment> out;
    for (const SettingsText &s : productionSettings(projectDir)) {
        QRegularExpressionMatchIterator it = assignment.globalMatch(s.text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            out.append({s, m.captured(1).trimmed(), int(s.text.left(m.capturedStart()).count(u'\n')) + 1});
        }
    }
    return out;
}

// The last assignment production runs, followed back through a fallback to the variable's
// earlier value (`or globals().get("SECRET_KEY")`, `or SECRET_KEY`) when the app's environment
// does not set the variable it reads.
void checkKeyFromSettings(const SetupFiles &files, const Config::ComposeModel &merged, QList<Problem> *problems)
{
    const QList<KeyAssignment> assignments = keyAssignments(files.projectDir);
    if (assignments.isEmpty())
        return;
    const KeyAssignment &last = assignments.last();
    const KeyExpression key = parseKeyExpression(last.expression);
    if (key.kind == KeyExpression::Kind::Literal) {
        problems->append({u"secret-key-in-repo"_s, Problem::Severity::Error, last.settings.file, last.line,
                          tr("Production's SECRET_KEY is written in %1").arg(last.settings.file),
                          tr("Whoever can read the repository can sign sessions, password-reset links and cookies "
                             "as your site. Read it from the environment (os.environ[\"DJANGO_SECRET_KEY\"]), put a "
                             "new key in a git-ignored env file, and treat the old one as leaked."),
                          {}});
        return;
    }
    const int app = merged.appService();
    if (key.kind != KeyExpression::Kind::Environment || app < 0)
        return;
    const Config::ComposeService &appService = merged.services.at(app);
    const QHash<QString, QString> env = serviceEnvironment(files.projectDir, appService);
    if (env.contains(key.variable))
        return;
    // Not set: what production gets instead.
    QString fallback = key.fallback;
    const KeyAssignment *from = &last;
    if (fallback.contains(QRegularExpression(uR"(^(?:globals\(\)\.get\(\s*["']SECRET_KEY["']|SECRET_KEY\b))"_s))) {
        from = assignments.size() > 1 ? &assignments.at(assignments.size() - 2) : nullptr;
        fallback = from ? from->expression : QString();
        if (from && parseKeyExpression(fallback).kind == KeyExpression::Kind::Environment)
            return; // a chain of variables: beyond what the doctor reads
    }
    const QString where = appService.envFiles.isEmpty() ? tr("none") : appService.envFiles.join(", "_L1);
    if (from && isLiteral(fallback) && !isEmptyLiteral(fallback)) {
        problems->append({u"secret-key-in-repo"_s, Problem::Severity::Error, from->settings.file, from->line,
                          tr("%1 gets no %2, so production uses the SECRET_KEY written in %3")
                              .arg(appService.name, key.variable, from->settings.file),
                          tr("The settings fall back to a key in the repository when %1 is not set, and no env file "
                             "of %2 (%3) nor its environment sets it. Put a new key in a git-ignored env file listed "
                             "under %2's env_file (Berth's is data/django/django_env) as %1, and treat the written "
                             "one as leaked.").arg(key.variable, appService.name, where),
                          {}});
    } else if (key.required || fallback.isEmpty() || isEmptyLiteral(fallback) || !from) {
        problems->append({u"secret-key-missing"_s, Problem::Severity::Error, last.settings.file, last.line,
                          tr("%1 gets no %2, which production's SECRET_KEY reads").arg(appService.name, key.variable),
                          tr("No env file of %1 (%2) nor its environment sets %3, so Django %4. Put a new key in a "
                             "git-ignored env file listed under %1's env_file (Berth's is data/django/django_env).")
                              .arg(appService.name, where, key.variable,
                                   key.required ? tr("stops at its start") : tr("runs without a secret key and refuses to start")),
                          {}});
    }
}

} // namespace

QList<Problem> checkSecretKeyInRepo(const SetupFiles &files, const Config::ComposeModel &merged)
{
    QList<Problem> problems;
    checkKeyFromSettings(files, merged, &problems);
    // The compose file's environment and env files (the production setup is the main file).
    if (files.composeText.isEmpty())
        return problems;
    const Config::ComposeModel model = Config::ComposeModel::read(Config::YamlTree::parse(files.composeText));
    QStringList envFilesSeen;
    for (const Config::ComposeService &s : model.services) {
        for (const Config::ComposeVariable &v : s.environment) {
            if (!isKeyName(v.name) || !v.hasValue || v.value.trimmed().isEmpty() || v.value.contains(u'$'))
                continue;
            problems.append({u"secret-key-in-repo"_s, Problem::Severity::Error, files.compose, s.line,
                             tr("%1 sets %2 in the compose file").arg(s.name, v.name),
                             tr("The compose file is committed with the project, and with it the key. Move %1 to an "
                                "env file that .gitignore lists (Berth's is data/django/django_env), list that file "
                                "under env_file, and make a new key: the old one is leaked.").arg(v.name),
                             {}});
        }
        for (const QString &envFile : s.envFiles) {
            if (envFilesSeen.contains(envFile) || envFile.contains(u'$'))
                continue;
            envFilesSeen << envFile;
            const QHash<QString, QString> values = readEnvFile(files.projectDir, envFile);
            for (auto it = values.cbegin(); it != values.cend(); ++it) {
                if (!isKeyName(it.key()) || it.value().isEmpty() || gitIgnored(files.projectDir, envFile))
                    continue;
                problems.append({u"secret-key-in-repo"_s, Problem::Severity::Error, envFile, 0,
                                 tr("%1 holds %2, and git does not ignore it").arg(envFile, it.key()),
                                 tr("A commit would put the key in the repository. Add %1 to .gitignore (and, if it "
                                    "was ever committed, make a new key: `git rm --cached %1`).").arg(envFile),
                                 {}});
            }
        }
    }
    return problems;
}

} // namespace Berth::Doctor
