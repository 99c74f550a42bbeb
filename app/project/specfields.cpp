#include "project/specfields.h"

using namespace Qt::StringLiterals;

namespace Berth {

QString SpecField::dottedKey() const
{
    return QLatin1StringView(section) + u'.' + QLatin1StringView(key);
}

#define BERTH_FIELD(sec, k, kind, expr, comment) \
    SpecField{sec, k, SpecField::kind, [](ProjectSpec &s) -> void * { return &(expr); }, comment}

const QList<SpecField> &specFields()
{
    static const QList<SpecField> fields = {
        BERTH_FIELD("compose", "project_name", String, s.compose.projectName,
                    "Compose project name (docker compose -p): lower-case letters, digits, '-' and '_'"),
        BERTH_FIELD("compose", "file", String, s.compose.file, "the compose file, next to the Dockerfile"),
        BERTH_FIELD("compose", "override_file", String, s.compose.overrideFile,
                    "development override (bind mount, autoreload, DEBUG); \"\" for none"),
        BERTH_FIELD("django", "project_dir", String, s.django.projectDir,
                    "folder of manage.py, relative to the folder of the compose file"),
        BERTH_FIELD("django", "settings_module", String, s.django.settingsModule,
                    "your settings module; the image's (production)"),
        BERTH_FIELD("django", "dev_settings_module", String, s.django.devSettingsModule,
                    "settings of the development override; \"\" for settings_module"),
        BERTH_FIELD("django", "test_settings_module", String, s.django.testSettingsModule,
                    "settings of the tests service; \"\" for the development ones"),
        BERTH_FIELD("django", "wsgi_module", String, s.django.wsgiModule, "module with the WSGI application"),
        BERTH_FIELD("django", "requirements_file", String, s.django.requirementsFile,
                    "where the packages are, relative to project_dir: a requirements file (Berth adds what the setup needs), a *.lock or pyproject.toml"),
        BERTH_FIELD("container", "path", String, s.container.path, "where the project lives in the containers"),
        BERTH_FIELD("container", "python_image", String, s.container.pythonImage, "base image of the Dockerfile"),
        BERTH_FIELD("container", "dockerfile", String, s.container.dockerfile,
                    "Berth's Dockerfile, relative to the compose file (berth/Dockerfile beside a project's own)"),
        BERTH_FIELD("container", "host_uid", Int, s.container.hostUid,
                    "default of HOST_UID: the user that owns files the containers write"),
        BERTH_FIELD("container", "host_gid", Int, s.container.hostGid, "default of HOST_GID"),
        BERTH_FIELD("app_server", "port", Int, s.appServer.port, "uwsgi's HTTP port inside the app container"),
        BERTH_FIELD("app_server", "processes", Int, s.appServer.processes, "uwsgi worker processes"),
        BERTH_FIELD("app_server", "threads", Int, s.appServer.threads, "threads per worker"),
        BERTH_FIELD("app_server", "autoreload_seconds", Int, s.appServer.autoreloadSeconds,
                    "reload on code change, checked every N seconds (development only); 0 for off"),
        BERTH_FIELD("app_server", "host_port", Int, s.appServer.hostPort,
                    "publish uwsgi on this host port for debugging; 0 for not published"),
        BERTH_FIELD("app_server", "host_bind", String, s.appServer.hostBind, "host address for host_port"),
        BERTH_FIELD("nginx", "enabled", Bool, s.nginx.enabled, "nginx in front of uwsgi, serving static files"),
        BERTH_FIELD("nginx", "image", String, s.nginx.image, "nginx image"),
        BERTH_FIELD("nginx", "http_port", Int, s.nginx.httpPort, "host port for HTTP"),
        BERTH_FIELD("nginx", "https_port", Int, s.nginx.httpsPort,
                    "host port for HTTPS, once app.conf has your TLS server; 0 for none"),
        BERTH_FIELD("nginx", "server_name", String, s.nginx.serverName, "nginx server_name, also allowed by Django"),
        BERTH_FIELD("nginx", "host_bind", String, s.nginx.hostBind,
                    "host address of nginx's ports in development (DEBUG on); production publishes on every interface"),
        BERTH_FIELD("database", "engine", String, s.database.engine, "postgres, or none (keep the project's own database)"),
        BERTH_FIELD("database", "image", String, s.database.image, "Postgres image"),
        BERTH_FIELD("database", "user", String, s.database.user, "role the image creates (POSTGRES_USER)"),
        BERTH_FIELD("database", "name", String, s.database.name, "database the image creates (POSTGRES_DB)"),
        BERTH_FIELD("database", "host_port", Int, s.database.hostPort,
                    "publish Postgres on this host port for a local GUI; 0 for not published"),
        BERTH_FIELD("database", "host_bind", String, s.database.hostBind, "host address for host_port"),
        BERTH_FIELD("manage", "command", String, s.manage.command,
                    "what `docker compose run --rm manage` runs by default: shell or shell_plus"),
        BERTH_FIELD("tests", "pytest_args", StringList, s.tests.pytestArgs, "arguments of pytest in the tests service"),
        BERTH_FIELD("tests", "run_on_up", Bool, s.tests.runOnUp,
                    "run the tests on `docker compose up` (else only with `run --rm tests`)"),
    };
    return fields;
}

#undef BERTH_FIELD

QStringList specSections()
{
    QStringList sections;
    for (const SpecField &f : specFields()) {
        const QString s = QLatin1StringView(f.section);
        if (!sections.contains(s))
            sections.append(s);
    }
    return sections;
}

} // namespace Berth
