#include "config/servicecatalogue.h"

#include "config/composeedits.h"
#include "config/composemodel.h"
#include "config/yamleditorparts.h"

#include <QCoreApplication>

namespace Berth::Config {

namespace {

// The context lupdate files these tr() calls under (the scope they are called from).
QString tr(const char *text)
{
    return QCoreApplication::translate("Berth::Config", text);
}

using Kind = YamlTree::Kind;

// Lines of one key of a service (`build:` with what is under it), as body lines of two spaces
// a level.
QStringList entryLines(const YamlEditorParts &parts, int service, const char *key)
{
    const YamlTree &t = parts.t;
    const int e = t.findKey(service, QString::fromLatin1(key));
    if (e < 0)
        return {};
    const YamlTree::Entry &entry = t.node(service).entries.at(e);
    const qsizetype column = t.column(entry.start);
    const qsizetype step = parts.indentStep();
    QStringList lines;
    const QString text = t.text().mid(t.lineStart(entry.start), parts.afterEntry(service, e) - t.lineStart(entry.start));
    for (QString line : text.split(u'\n')) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        qsizetype indent = 0;
        while (indent < line.size() && line.at(indent) == u' ')
            ++indent;
        const qsizetype level = step > 0 ? std::max<qsizetype>(0, indent - column) / step : 0;
        lines << QString(level * 2, u' ') + line.mid(indent);
    }
    return lines;
}

QStringList networkLines(const ComposeModel &model)
{
    const int app = model.appService();
    if (app < 0 || model.services.at(app).networks.isEmpty())
        return {};
    QStringList networks = model.services.at(app).networks;
    const int db = model.databaseService();
    if (db >= 0) {
        QStringList shared;
        for (const QString &n : std::as_const(networks))
            if (model.services.at(db).networks.contains(n))
                shared << n;
        if (!shared.isEmpty())
            networks = shared;
    }
    QStringList lines{QStringLiteral("networks:")};
    for (const QString &n : std::as_const(networks))
        lines << QStringLiteral("  - ") + n;
    return lines;
}

QString redisService(const ComposeModel &model)
{
    for (const ComposeService &s : model.services)
        if (s.image.contains(u"redis") || s.image.contains(u"valkey"))
            return s.name;
    return {};
}

QString celeryAppFrom(const ComposeModel &model)
{
    const int app = model.appService();
    if (app < 0)
        return {};
    for (const ComposeVariable &v : model.services.at(app).environment)
        if (v.name == u"DJANGO_SETTINGS_MODULE" && v.value.contains(u'.'))
            return v.value.section(u'.', 0, 0);
    return {};
}

} // namespace

QList<CatalogueEntry> serviceCatalogue()
{
    return {
        {QStringLiteral("redis"), QStringLiteral("redis"), tr("Redis"),
         tr("A cache and Celery broker. In Django: CACHES with the backend "
            "django.core.cache.backends.redis.RedisCache at redis://redis:6379/1.")},
        {QStringLiteral("celery-worker"), QStringLiteral("worker"), tr("Celery worker"),
         tr("Runs your tasks, on the app's image, with the app's env files; its broker is "
            "redis://redis:6379/0 (add Redis too).")},
        {QStringLiteral("celery-beat"), QStringLiteral("beat"), tr("Celery beat"),
         tr("Sends your periodic tasks to the worker, on the app's image; run one, never two.")},
        {QStringLiteral("mailpit"), QStringLiteral("mailpit"), tr("Mailpit"),
         tr("Catches the mail Django sends, with a web inbox on http://127.0.0.1:8025. In Django: "
            "EMAIL_HOST = \"mailpit\", EMAIL_PORT = 1025.")},
        {QStringLiteral("database2"), QStringLiteral("database2"), tr("Second database"),
         tr("Another Postgres with its own volume, for a second entry in DATABASES (host "
            "\"database2\"), with the first database's credentials.")},
    };
}

YamlEditResult addFromCatalogue(const YamlTree &tree, const QString &id, const QString &name, const QString &celeryApp)
{
    if (!tree.isValid())
        return YamlEditResult::failure(YamlEditResult::Status::Invalid, tree.error());
    QString serviceName = name;
    for (const CatalogueEntry &entry : serviceCatalogue())
        if (entry.id == id && serviceName.isEmpty())
            serviceName = entry.serviceName;
    if (serviceName.isEmpty())
        return YamlEditResult::failure(YamlEditResult::Status::NotFound, tr("there is no \"%1\" in the catalogue").arg(id));
    const ComposeModel model = ComposeModel::read(tree);
    const YamlEditor editor(tree);
    const YamlEditorParts parts(tree);
    const int app = model.appService();
    const int appNode = app < 0 ? -1 : YamlEditorParts(tree).locate(model.services.at(app).path()).node;
    const QStringList networks = networkLines(model);
    QStringList body;
    QString volume;
    if (id == u"redis") {
        body << QStringLiteral("image: redis:7-alpine") << QStringLiteral("restart: unless-stopped")
             << QStringLiteral("healthcheck:") << QStringLiteral("  test: [\"CMD\", \"redis-cli\", \"ping\"]")
             << QStringLiteral("  interval: 5s") << QStringLiteral("  timeout: 3s") << QStringLiteral("  retries: 10");
    } else if (id == u"celery-worker" || id == u"celery-beat") {
        if (appNode < 0 || tree.node(appNode).kind != Kind::Mapping)
            return YamlEditResult::failure(YamlEditResult::Status::Invalid,
                           tr("no app service to take the image from: Celery runs on your Django app's image"));
        const QString module = celeryApp.isEmpty() ? celeryAppFrom(model) : celeryApp;
        if (module.isEmpty())
            return YamlEditResult::failure(YamlEditResult::Status::Invalid,
                           tr("say which Django project Celery loads (celery -A PROJECT): it is not in the compose file"));
        body << entryLines(parts, appNode, "build") << entryLines(parts, appNode, "image");
        const bool worker = id == u"celery-worker";
        body << (worker ? QStringLiteral("command: celery -A %1 worker --loglevel=info").arg(module)
                        : QStringLiteral("command: celery -A %1 beat --loglevel=info --schedule /tmp/celerybeat-schedule").arg(module))
             << QStringLiteral("restart: unless-stopped") << entryLines(parts, appNode, "env_file")
             << QStringLiteral("environment:") << QStringLiteral("  CELERY_BROKER_URL: redis://redis:6379/0");
        const QString redis = redisService(model);
        if (!redis.isEmpty())
            body << QStringLiteral("depends_on:") << QStringLiteral("  %1:").arg(redis)
                 << QStringLiteral("    condition: service_healthy");
        body << QStringLiteral("healthcheck:");
        if (worker)
            body << QStringLiteral("  test: [\"CMD-SHELL\", \"celery -A %1 inspect ping --destination celery@$$HOSTNAME --timeout 5\"]").arg(module)
                 << QStringLiteral("  interval: 30s") << QStringLiteral("  timeout: 15s") << QStringLiteral("  retries: 3")
                 << QStringLiteral("  start_period: 20s");
        else
            body << QStringLiteral("  test: [\"CMD-SHELL\", \"ls /tmp/celerybeat-schedule*\"]")
                 << QStringLiteral("  interval: 30s") << QStringLiteral("  retries: 3") << QStringLiteral("  start_period: 20s");
    } else if (id == u"mailpit") {
        body << QStringLiteral("image: axllent/mailpit:v1.21") << QStringLiteral("restart: unless-stopped")
             << QStringLiteral("ports:") << QStringLiteral("  - \"127.0.0.1:8025:8025\"") << QStringLiteral("healthcheck:")
             << QStringLiteral("  test: [\"CMD\", \"/mailpit\", \"readyz\"]") << QStringLiteral("  interval: 10s")
             << QStringLiteral("  retries: 5");
    } else if (id == u"database2") {
        const int db = model.databaseService();
        const QString image = db >= 0 ? model.services.at(db).image : QStringLiteral("postgres:17");
        volume = serviceName + QStringLiteral("_data");
        body << QStringLiteral("image: ") + image << QStringLiteral("restart: unless-stopped");
        if (db >= 0 && !model.services.at(db).envFiles.isEmpty()) {
            body << QStringLiteral("env_file:");
            for (const QString &f : model.services.at(db).envFiles)
                body << QStringLiteral("  - ") + f;
        }
        body << QStringLiteral("volumes:") << QStringLiteral("  - %1:/var/lib/postgresql/data").arg(volume)
             << QStringLiteral("healthcheck:")
             << QStringLiteral("  test: [\"CMD-SHELL\", \"pg_isready -h 127.0.0.1 -U \\\"$${POSTGRES_USER}\\\" -d \\\"$${POSTGRES_DB}\\\"\"]")
             << QStringLiteral("  interval: 5s") << QStringLiteral("  timeout: 5s") << QStringLiteral("  retries: 12")
             << QStringLiteral("  start_period: 30s");
    } else {
        return YamlEditResult::failure(YamlEditResult::Status::NotFound, tr("there is no \"%1\" in the catalogue").arg(id));
    }
    body << networks;
    YamlEditResult r = addService(tree, serviceName, body);
    if (!r.ok() || volume.isEmpty())
        return r;
    const YamlPath volumePath{{{QStringLiteral("volumes"), -1}, {volume, -1}}};
    const YamlEditResult v = editor.set(volumePath, QStringLiteral("{}"));
    if (!v.ok())
        return v;
    r.edits += v.edits;
    r.changedPaths += v.changedPaths;
    return r;
}

} // namespace Berth::Config
