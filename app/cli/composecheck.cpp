#include "cli/composecheck.h"

#include "config/yamlmeaning.h"
#include "docker/dockerenvironment.h"
#include "process/commandjob.h"
#include "validation/composemodeldiff.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace Berth::Cli {

namespace {

struct ComposeOutput {
    bool ok = false;
    QJsonValue model;
    QString error;
};

ComposeOutput composeConfig(const QString &docker, const QString &text, const QString &projectDir, const QTemporaryDir &dir,
                            const QString &name, const QString &displayName)
{
    ComposeOutput c;
    const QString file = dir.filePath(name);
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(text.toUtf8()) < 0 || !out.commit()) {
        c.error = out.errorString();
        return c;
    }
    // --project-directory: the file's own folder, so env_file, build paths and .env resolve as
    // they do. Interpolated, as `up` reads it: --no-interpolate also skips compose's consistency
    // checks (a dependency on an undefined service passes).
    CommandJob job(docker, {u"compose"_s, u"--project-directory"_s, projectDir, u"-f"_s, file, u"config"_s,
                            u"--format"_s, u"json"_s});
    job.setCollectStandardOutput(true);
    job.setTimeout(60000);
    QEventLoop loop;
    QObject::connect(&job, &CommandJob::finished, &loop, &QEventLoop::quit);
    job.start();
    if (job.isRunning())
        loop.exec();
    if (job.outcome() != CommandJob::Outcome::Succeeded) {
        c.error = job.errorMessage().isEmpty() ? job.standardError().trimmed() : job.errorMessage();
        c.error.replace(file, displayName); // the user's file, not the temporary copy
        return c;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(job.standardOutput(), &parseError);
    c.ok = parseError.error == QJsonParseError::NoError;
    c.model = doc.object();
    c.error = parseError.errorString();
    return c;
}

} // namespace

QString composeMeaningCheck(const QString &before, const QString &after, const QString &file,
                            const QList<Config::YamlPath> &allowed, QString *note)
{
    const QString docker = DockerEnvironment::findCli(QString(), QProcessEnvironment::systemEnvironment());
    if (docker.isEmpty()) {
        *note = u"docker was not found, so only yaml-cpp checked the edit"_s;
        return {};
    }
    QTemporaryDir dir;
    if (!dir.isValid()) {
        *note = u"no temporary folder for docker compose config, so only yaml-cpp checked the edit"_s;
        return {};
    }
    const QFileInfo info(file);
    const QString projectDir = info.absolutePath();
    const ComposeOutput old = composeConfig(docker, before, projectDir, dir, u"before.yml"_s, info.fileName());
    if (!old.ok) {
        *note = u"docker compose config does not accept the file as it is (%1), so only yaml-cpp checked the edit"_s
                    .arg(old.error.section(u'\n', 0, 0));
        return {};
    }
    const ComposeOutput now = composeConfig(docker, after, projectDir, dir, u"after.yml"_s, info.fileName());
    if (!now.ok)
        return u"docker compose config would not accept the result: "_s + now.error.section(u'\n', 0, 0);
    const QList<Config::YamlPath> changes = Validation::composeModelChanges(old.model, now.model);
    const QString unexpected = Config::unexpectedChange(changes, allowed);
    return unexpected.isEmpty() ? QString() : u"docker compose config: "_s + unexpected;
}

} // namespace Berth::Cli
