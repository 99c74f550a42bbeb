#include "cli/composecheck.h"

#include "config/yamlmeaning.h"
#include "docker/dockerenvironment.h"
#include "process/commandjob.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
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
    // --project-directory: the file's own folder, so env_file and build paths resolve as they do.
    CommandJob job(docker, {u"compose"_s, u"--project-directory"_s, projectDir, u"-f"_s, file, u"config"_s,
                            u"--no-interpolate"_s, u"--format"_s, u"json"_s});
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

void compare(const QJsonValue &a, const QJsonValue &b, const Config::YamlPath &path, QList<Config::YamlPath> &out)
{
    if (a.type() != b.type()) {
        out.append(path);
        return;
    }
    if (a.isObject()) {
        const QJsonObject x = a.toObject(), y = b.toObject();
        for (auto it = x.begin(); it != x.end(); ++it) {
            if (!y.contains(it.key()))
                out.append(path.child(it.key()));
            else
                compare(it.value(), y.value(it.key()), path.child(it.key()), out);
        }
        for (auto it = y.begin(); it != y.end(); ++it)
            if (!x.contains(it.key()))
                out.append(path.child(it.key()));
    } else if (a.isArray()) {
        const QJsonArray x = a.toArray(), y = b.toArray();
        for (qsizetype i = 0; i < std::max(x.size(), y.size()); ++i) {
            if (i >= x.size() || i >= y.size())
                out.append(path.item(int(i)));
            else
                compare(x.at(i), y.at(i), path.item(int(i)), out);
        }
    } else if (a != b) {
        out.append(path);
    }
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
    QList<Config::YamlPath> changes;
    compare(old.model, now.model, {}, changes);
    const QString unexpected = Config::unexpectedChange(changes, allowed);
    return unexpected.isEmpty() ? QString() : u"docker compose config: "_s + unexpected;
}

} // namespace Berth::Cli
