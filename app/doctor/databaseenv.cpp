// Doctor: the POSTGRES_* names the settings read against what the app's env files and
// environment give it, and the database's own env file.
#include "doctor/doctor.h"

#include "config/yamleditor.h"
#include "config/yamlscalar.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Berth::Doctor {

namespace {

// The env file of another service that sets name (the database's, usually): listing it under the
// app's env_file is the safe fix. Only when the app is declared in the main compose file with
// env_file missing or a list, so the fix is one added item there.
QList<Fix> envFileFix(const SetupFiles &files, const Config::ComposeModel &merged, const Config::ComposeService &app,
                      const QString &name)
{
    QString source;
    for (const Config::ComposeService &s : merged.services)
        for (const QString &file : s.envFiles)
            if (source.isEmpty() && s.name != app.name && !file.contains(u'$') && !app.envFiles.contains(file)
                && readEnvFile(files.projectDir, file).contains(name))
                source = file;
    if (source.isEmpty() || files.composeText.isEmpty())
        return {};
    const Config::YamlTree tree = Config::YamlTree::parse(files.composeText);
    if (Config::ComposeModel::read(tree).indexOf(app.name) < 0)
        return {};
    const Config::YamlEditResult r = Config::YamlEditor(tree).add(app.path().child(u"env_file"_s),
                                                                    Config::isSafePlain(source, true) ? source : Config::doubleQuoted(source));
    if (!r.ok())
        return {};
    return {{files.compose, r.edits,
             QCoreApplication::translate("Berth::Doctor", "give %1 the env file %2, which sets %3").arg(app.name, source, name),
             QString()}};
}

} // namespace

QList<Problem> checkDatabaseEnv(const SetupFiles &files, const Config::ComposeModel &merged)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("Berth::Doctor", text); };
    QList<Problem> problems;
    // The database's own file: the postgres image refuses to start without POSTGRES_PASSWORD.
    const int database = merged.databaseService();
    if (database >= 0) {
        const Config::ComposeService &db = merged.services.at(database);
        const QHash<QString, QString> env = serviceEnvironment(files.projectDir, db);
        if (db.image.contains(u"postgres"_s) && !env.contains(u"POSTGRES_PASSWORD"_s)
            && !env.contains(u"POSTGRES_PASSWORD_FILE"_s) && env.value(u"POSTGRES_HOST_AUTH_METHOD"_s) != u"trust")
            problems.append({u"database-env"_s, Problem::Severity::Error, files.compose, db.line,
                             tr("%1 gets no POSTGRES_PASSWORD").arg(db.name),
                             tr("The postgres image stops at its first start without a password. Set POSTGRES_PASSWORD "
                                "in its env file (%1).").arg(db.envFiles.isEmpty() ? tr("none is listed") : db.envFiles.join(", "_L1)),
                             {}});
    }
    const int app = merged.appService();
    if (app < 0)
        return problems;
    const Config::ComposeService &appService = merged.services.at(app);
    const QHash<QString, QString> env = serviceEnvironment(files.projectDir, appService);
    // os.environ["POSTGRES_X"] fails without the name; .get()/getenv() with a default do not.
    static const QRegularExpression required(uR"(os\.environ\[\s*["'](POSTGRES_\w+)["']\s*\])"_s);
    static const QRegularExpression withoutDefault(uR"(os\.(?:environ\.get|getenv)\(\s*["'](POSTGRES_\w+)["']\s*\))"_s);
    QStringList reported;
    for (const SettingsText &s : productionSettings(files.projectDir)) {
        if (!s.text.contains(u"DATABASES"_s))
            continue;
        // `if os.environ.get("POSTGRES_HOST"):` without it: that part of the settings does not run.
        static const QRegularExpression guard(uR"(if\s+os\.(?:environ\.get|getenv)\(\s*["'](POSTGRES_\w+)["']\s*\)\s*:)"_s);
        if (const QRegularExpressionMatch g = guard.match(s.text); g.hasMatch() && !env.contains(g.captured(1)))
            continue;
        for (const QRegularExpression *re : {&required, &withoutDefault}) {
            QRegularExpressionMatchIterator it = re->globalMatch(s.text);
            while (it.hasNext()) {
                const QRegularExpressionMatch m = it.next();
                const QString name = m.captured(1);
                if (env.contains(name) || reported.contains(name))
                    continue;
                // The settings' own guard (`if os.environ.get("POSTGRES_HOST"):`) is not a need.
                if (re == &withoutDefault && s.text.mid(m.capturedEnd(), 8).trimmed().startsWith(u':'))
                    continue;
                reported << name;
                problems.append({u"database-env"_s, Problem::Severity::Error, s.file,
                                 int(s.text.left(m.capturedStart()).count(u'\n')) + 1,
                                 tr("The settings read %1, which %2 does not get").arg(name, appService.name),
                                 tr("No env file of %1 (%2) and no entry of its environment sets %3, so Django's "
                                    "DATABASES %4. Add %3 to the env file the database uses (and list that file "
                                    "under %1's env_file), or to %1's environment.")
                                     .arg(appService.name,
                                          appService.envFiles.isEmpty() ? tr("none") : appService.envFiles.join(", "_L1),
                                          name,
                                          re == &required ? tr("fails with KeyError when Django starts")
                                                          : tr("gets None for it")),
                                 envFileFix(files, merged, appService, name)});
            }
        }
    }
    return problems;
}

} // namespace Berth::Doctor
