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

} // namespace

QList<Problem> checkSecretKeyInRepo(const SetupFiles &files)
{
    QList<Problem> problems;
    // The settings: the last assignment production runs wins.
    static const QRegularExpression assignment(uR"(^SECRET_KEY\s*=\s*(.+)$)"_s, QRegularExpression::MultilineOption);
    static const QRegularExpression literal(uR"(^[rbu]?["'])"_s);
    SettingsText last;
    QString lastExpr;
    int lastLine = 0;
    for (const SettingsText &s : productionSettings(files.projectDir)) {
        QRegularExpressionMatchIterator it = assignment.globalMatch(s.text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            last = s;
            lastExpr = m.captured(1).trimmed();
            lastLine = int(s.text.left(m.capturedStart()).count(u'\n')) + 1;
        }
    }
    if (literal.match(lastExpr).hasMatch())
        problems.append({u"secret-key-in-repo"_s, Problem::Severity::Error, last.file, lastLine,
                         tr("Production's SECRET_KEY is written in %1").arg(last.file),
                         tr("Whoever can read the repository can sign sessions, password-reset links and cookies "
                            "as your site. Read it from the environment (os.environ[\"DJANGO_SECRET_KEY\"]), put a "
                            "new key in a git-ignored env file, and treat the old one as leaked."),
                         {}});
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
