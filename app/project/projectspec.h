#pragma once

#include "project/specerror.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Berth {

// Every answer of the wizard: what `generate()` turns into files. Saved in the project as
// berth.yaml; holds no secrets (the database password lives only in the git-ignored env file).
// Member names follow the YAML keys (compose.project_name -> compose.projectName); docs/spec.md
// documents each key. A default-constructed spec is the article's setup.
struct ProjectSpec
{
    struct Compose
    {
        QString projectName = QStringLiteral("myproject");
        QString file = QStringLiteral("docker-compose.yml");
        QString overrideFile = QStringLiteral("docker-compose.override.yml"); // empty: none
        friend bool operator==(const Compose &, const Compose &) = default;
    } compose;

    struct Django
    {
        QString projectDir = QStringLiteral("app");            // folder of manage.py, relative
        QString settingsModule = QStringLiteral("app.settings");
        QString wsgiModule = QStringLiteral("app.wsgi");
        QString requirementsFile = QStringLiteral("requirements.txt"); // relative to projectDir
        // The settings of the development override and of the tests service; empty: settingsModule
        // (the image's, production) for development, and development's for the tests.
        QString devSettingsModule;
        QString testSettingsModule;
        friend bool operator==(const Django &, const Django &) = default;
    } django;

    struct Container
    {
        QString path = QStringLiteral("/opt/app");
        QString pythonImage = QStringLiteral("python:3.13");
        QString dockerfile = QStringLiteral("Dockerfile"); // relative to the compose file's folder
        int hostUid = 1000; // default of HOST_UID: files the containers write belong to this user
        int hostGid = 1000;
        friend bool operator==(const Container &, const Container &) = default;
    } container;

    struct AppServer
    {
        int port = 8000;
        int processes = 2;
        int threads = 2;
        int autoreloadSeconds = 3;                          // 0: off; development override only
        int hostPort = 8000;                                // 0: not published
        QString hostBind = QStringLiteral("127.0.0.1");
        friend bool operator==(const AppServer &, const AppServer &) = default;
    } appServer;

    struct Nginx
    {
        bool enabled = true;
        QString image = QStringLiteral("nginx:1.27");
        int httpPort = 80;
        int httpsPort = 0;                                  // 0: not published (no TLS yet)
        QString serverName = QStringLiteral("localhost");
        QString hostBind = QStringLiteral("127.0.0.1");     // development override only
        friend bool operator==(const Nginx &, const Nginx &) = default;
    } nginx;

    struct Database
    {
        QString engine = QStringLiteral("postgres");        // "postgres" | "none"
        QString image = QStringLiteral("postgres:17");
        QString user = QStringLiteral("database_role");
        QString name = QStringLiteral("project_database");
        int hostPort = 5432;                                // 0: not published
        QString hostBind = QStringLiteral("127.0.0.1");
        bool isPostgres() const { return engine == QLatin1StringView("postgres"); }
        friend bool operator==(const Database &, const Database &) = default;
    } database;

    struct Manage
    {
        QString command = QStringLiteral("shell");          // "shell" | "shell_plus"
        friend bool operator==(const Manage &, const Manage &) = default;
    } manage;

    struct Tests
    {
        QStringList pytestArgs = {QStringLiteral("-W"), QStringLiteral("error"), QStringLiteral("--strict-config")};
        bool runOnUp = true;                                // false: only `compose run --rm tests`
        friend bool operator==(const Tests &, const Tests &) = default;
    } tests;

    // Keys written in the YAML this spec was read from ("django.settings_module", ...). Detection
    // fills only the django keys that are not in here.
    QStringList explicitKeys;

    static ProjectSpec defaults();
    // Reads a spec; keys that are missing keep their default. Every problem (syntax, unknown key,
    // wrong type, invalid value) is appended to errors; the returned spec is then unusable.
    static ProjectSpec fromYaml(const QByteArray &yaml, QList<SpecError> *errors);
    QByteArray toYaml() const;
    QList<SpecError> validate() const;

    // Derived names the generated files share.
    QString dockerSettingsModule() const;   // app.settings -> app.docker_settings
    QString devSettings() const;            // devSettingsModule, or settingsModule
    QString testSettings() const;           // testSettingsModule, or devSettings()
    bool hasSettingsVariants() const;       // a module per use, not one for all
    QString dockerSettingsPath() const;     // app/app/docker_settings.py
    QString secretsFile() const;            // data/postgres/database_env
    QString djangoSecretsFile() const;      // data/django/django_env: DJANGO_SECRET_KEY
    QString requirementsPath() const;       // app/requirements.txt
    QStringList composeFiles() const;       // what to pass with -f, in order
    QString dockerIgnoreFile() const;       // .dockerignore, or DOCKERFILE.dockerignore beside another Dockerfile
    QString staticRoot() const { return QStringLiteral("/var/www/static"); }
    QString mediaRoot() const { return QStringLiteral("/var/www/media"); }
    QString sqliteDir() const { return QStringLiteral("/var/lib/django"); } // database.engine none

    friend bool operator==(const ProjectSpec &a, const ProjectSpec &b)
    {
        return a.compose == b.compose && a.django == b.django && a.container == b.container
            && a.appServer == b.appServer && a.nginx == b.nginx && a.database == b.database
            && a.manage == b.manage && a.tests == b.tests;
    }
};

// True when an image reference names an Alpine variant (python:3.13-alpine), which the generated
// Dockerfile does not support.
bool isAlpineImage(const QString &image);

} // namespace Berth
