#include "generate/generator.h"

#include "django/djangoproject.h"
#include "generate/manifest.h"
#include "generate/password.h"
#include "core/quoting.h"
#include "generate/generatorparts.h"
#include "generate/installplan.h"
#include "generate/templaterenderer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <utility>

using namespace Qt::StringLiterals;

namespace Berth {

using namespace GeneratorParts;

namespace {


QString portMapping(const QString &bind, int hostPort, int containerPort)
{
    QString host = bind.contains(u':') ? u'[' + bind + u']' : bind;
    const QString mapping = (bind.isEmpty() ? QString() : host + u':') + QString::number(hostPort) + u':'
                          + QString::number(containerPort);
    return Quote::compose(mapping);
}

QString allowedHosts(const ProjectSpec &spec)
{
    QStringList hosts = {u"localhost"_s, u"127.0.0.1"_s, u"[::1]"_s};
    if (spec.nginx.enabled) {
        for (QString name : spec.nginx.serverName.split(u' ', Qt::SkipEmptyParts)) {
            if (name == "_"_L1)
                continue;
            if (name.startsWith("*."_L1)) // nginx's *.example.com is Django's .example.com
                name = name.mid(1);
            if (!name.contains(u'*') && !hosts.contains(name))
                hosts.append(name);
        }
    }
    return hosts.join(u' ');
}


// python -m pytest with the spec's arguments, then extra (--ds for a project's own pytest.ini).
QStringList testsEntrypoint(const ProjectSpec &spec, const QStringList &extra = {})
{
    return QStringList{u"/usr/local/bin/python3"_s, u"-m"_s, u"pytest"_s} + spec.tests.pytestArgs
         + QStringList{u"-W"_s, u"ignore::pytest.PytestCacheWarning"_s} + extra;
}

// DJANGO_SETTINGS_MODULE of a pytest.ini's [pytest] section, or "".
QString pytestIniSettings(const QByteArray &ini)
{
    static const QRegularExpression key(u"^\\s*DJANGO_SETTINGS_MODULE\\s*=\\s*([A-Za-z_][A-Za-z0-9_.]*)\\s*$"_s);
    bool inPytest = false;
    for (const QString &line : QString::fromUtf8(ini).split(QRegularExpression(u"\\r?\\n"_s))) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(u'[')) {
            inPytest = trimmed == "[pytest]"_L1;
            continue;
        }
        const QRegularExpressionMatch m = key.match(line);
        if (inPytest && m.hasMatch())
            return m.captured(1);
    }
    return {};
}

void setValues(const ProjectSpec &spec, TemplateRenderer &v)
{
    const bool postgres = spec.database.isPostgres();
    const bool nginx = spec.nginx.enabled;
    const QString path = spec.container.path;
    const QString projectSrc = spec.django.projectDir == "."_L1 ? u"."_s : "./"_L1 + spec.django.projectDir;

    const bool sqlite = !postgres;
    v.set(u"postgres"_s, postgres);
    v.set(u"sqlite"_s, sqlite);
    v.set(u"nginx"_s, nginx);
    v.set(u"https"_s, spec.nginx.httpsPort > 0);
    v.set(u"database_published"_s, spec.database.hostPort > 0);
    v.set(u"app_published"_s, spec.appServer.hostPort > 0);
    v.set(u"tests_on_up"_s, spec.tests.runOnUp);
    v.set(u"autoreload"_s, spec.appServer.autoreloadSeconds > 0);
    v.set(u"shell_plus"_s, spec.manage.command == "shell_plus"_L1);
    v.set(u"slim"_s, spec.container.pythonImage.section(u'/', -1).contains("slim"_L1));

    // Values: all validated; those with a Quote:: are escaped for the file they go into, the
    // others are written as they are and rely on validation alone (core/quoting.h).
    v.set(u"project_name"_s, Quote::compose(spec.compose.projectName));
    v.set(u"compose_file"_s, spec.compose.file);
    v.set(u"override_file"_s, spec.compose.overrideFile);
    v.set(u"has_override"_s, !spec.compose.overrideFile.isEmpty());
    v.set(u"compose_file_list"_s, spec.composeFiles().join(u':'));
    v.set(u"compose_file_list_spaced"_s, spec.composeFiles().join(u' '));
    v.set(u"compose_flags"_s, u"-f "_s + spec.composeFiles().join(" -f "_L1));
    v.set(u"plain_up_needs_flags"_s, false); // set by addComposeEnv when it cannot write .env
    v.set(u"python_image"_s, spec.container.pythonImage);
    v.set(u"custom_dockerfile"_s, spec.container.dockerfile != "Dockerfile"_L1);
    v.set(u"dockerfile"_s, Quote::compose(spec.container.dockerfile));
    v.set(u"host_uid"_s, spec.container.hostUid);
    v.set(u"host_gid"_s, spec.container.hostGid);
    v.set(u"container_path"_s, path);
    v.set(u"project_src"_s, projectSrc);
    v.set(u"static_root"_s, spec.staticRoot());
    v.set(u"static_root_python"_s, Quote::python(spec.staticRoot()));
    v.set(u"media_root"_s, spec.mediaRoot());
    v.set(u"media_root_python"_s, Quote::python(spec.mediaRoot()));
    v.set(u"sqlite_dir"_s, spec.sqliteDir());
    v.set(u"sqlite_path"_s, Quote::compose(spec.sqliteDir() + "/db.sqlite3"_L1));
    QStringList appDirs = {spec.staticRoot(), spec.mediaRoot()};
    if (sqlite)
        appDirs.append(spec.sqliteDir());
    v.set(u"app_dirs"_s, appDirs.join(u' '));
    v.set(u"media_ignore"_s, spec.django.projectDir == "."_L1 ? u"media"_s : spec.django.projectDir + "/media"_L1);
    v.set(u"app_image"_s, Quote::compose(spec.compose.projectName + "-app"_L1));
    v.set(u"app_image_plain"_s, spec.compose.projectName + "-app"_L1);
    v.set(u"django_secrets_file"_s, spec.djangoSecretsFile());
    // uwsgi's harakiri and nginx's proxy_read_timeout: one request's limit, in seconds.
    v.set(u"request_timeout"_s, 60);
    v.set(u"static_server"_s, nginx ? u"nginx"_s : u"uwsgi's static-map"_s);
    v.set(u"settings_module"_s, spec.django.settingsModule);
    v.set(u"settings_variants"_s, spec.hasSettingsVariants());
    v.set(u"dev_settings_module"_s, spec.devSettings());
    v.set(u"test_settings_module"_s, spec.testSettings());
    v.set(u"tests_environment"_s, postgres || spec.hasSettingsVariants());
    v.set(u"docker_settings_module"_s, spec.dockerSettingsModule());
    v.set(u"wsgi_module"_s, spec.django.wsgiModule);
    v.set(u"port"_s, spec.appServer.port);
    v.set(u"processes"_s, spec.appServer.processes);
    v.set(u"threads"_s, spec.appServer.threads);
    v.set(u"autoreload_seconds"_s, spec.appServer.autoreloadSeconds);
    v.set(u"nginx_image"_s, Quote::compose(spec.nginx.image));
    v.set(u"nginx_http_mapping"_s, portMapping({}, spec.nginx.httpPort, 80));
    v.set(u"nginx_https_mapping"_s, portMapping({}, spec.nginx.httpsPort, 443));
    v.set(u"nginx_host_bind"_s, spec.nginx.hostBind);
    v.set(u"nginx_dev_http_mapping"_s, portMapping(spec.nginx.hostBind, spec.nginx.httpPort, 80));
    v.set(u"nginx_dev_https_mapping"_s, portMapping(spec.nginx.hostBind, spec.nginx.httpsPort, 443));
    // nginx's catch-all name "_" means the user wants every host answered: no dropping server then.
    v.set(u"catch_all_default"_s, !spec.nginx.serverName.split(u' ').contains(u"_"_s));
    v.set(u"http_port"_s, spec.nginx.httpPort);
    v.set(u"app_host_port"_s, spec.appServer.hostPort);
    v.set(u"server_name"_s, spec.nginx.serverName);
    v.set(u"database_image"_s, Quote::compose(spec.database.image));
    v.set(u"database_mapping"_s, portMapping(spec.database.hostBind, spec.database.hostPort, 5432));
    const int major = postgresMajorVersion(spec.database.image);
    v.set(u"pg_data_path"_s, major == 0 || major >= 18 ? u"/var/lib/postgresql"_s : u"/var/lib/postgresql/data"_s);
    v.set(u"secrets_file"_s, spec.secretsFile());
    v.set(u"app_mapping"_s, portMapping(spec.appServer.hostBind, spec.appServer.hostPort, spec.appServer.port));
    v.set(u"bind_mount"_s, Quote::compose(projectSrc + u':' + path));
    v.set(u"manage_command"_s, Quote::composeList({spec.manage.command}));
    v.set(u"manage_entrypoint"_s, Quote::composeList({u"/usr/local/bin/python3"_s, path + "/manage.py"_L1}));
    v.set(u"tests_command"_s, Quote::composeList({path + u'/'}));
    // Last, so it wins over a -W error before it: a project folder the containers' user cannot
    // write makes pytest warn that it has no cache, and under -W error that failed a passing run.
    v.set(u"tests_entrypoint"_s, Quote::composeList(testsEntrypoint(spec)));
    v.set(u"pytest_args"_s, spec.tests.pytestArgs.join(u' ').replace(u'\n', u' '));
    v.set(u"allowed_hosts"_s, Quote::python(allowedHosts(spec)));
    v.set(u"user"_s, Quote::envValue(spec.database.user));
    v.set(u"name"_s, Quote::envValue(spec.database.name));
}


} // namespace

QStringList placeBesideOwnSetup(ProjectSpec &spec, const QString &projectDir)
{
    QStringList notes;
    if (projectDir.isEmpty())
        return notes;
    const Manifest manifest = Manifest::load(projectDir);
    auto own = [&](const QString &path) {
        return QFileInfo::exists(projectDir + u'/' + path) && !manifest.contains(path);
    };
    auto given = [&](const char *key) { return spec.explicitKeys.contains(QLatin1StringView(key)); };
    if (!given("compose.file") && !given("compose.override_file")) {
        for (const QString &name : {u"compose.yaml"_s, u"compose.yml"_s, u"docker-compose.yaml"_s, u"docker-compose.yml"_s}) {
            if (!own(name))
                continue;
            spec.compose.file = u"berth-compose.yml"_s;
            spec.compose.overrideFile = u"berth-compose.dev.yml"_s;
            notes.append(u"%1 exists and is not Berth's: Berth's setup goes beside it as berth-compose.yml and "
                         u"berth-compose.dev.yml (run them with docker compose -f, see DOCKER.md)"_s.arg(name));
            break;
        }
    }
    if (!given("container.dockerfile") && spec.container.dockerfile == "Dockerfile"_L1 && own(u"Dockerfile"_s)) {
        spec.container.dockerfile = u"berth/Dockerfile"_s;
        notes.append(u"Dockerfile exists and is not Berth's: Berth's is berth/Dockerfile, with its own "
                     u"berth/Dockerfile.dockerignore"_s);
    }
    return notes;
}

int postgresMajorVersion(const QString &image)
{
    static const QRegularExpression tag(u":(\\d+)(?:[.\\-]|$)"_s);
    const QString withoutDigest = image.section(u'@', 0, 0);
    const QString lastPart = withoutDigest.section(u'/', -1);
    const QRegularExpressionMatch m = tag.match(lastPart);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

FileSet generate(const ProjectSpec &spec, const QString &projectDir)
{
    return generate(spec, projectDir, GenerateOptions{});
}

FileSet generate(const ProjectSpec &spec, const QString &projectDir, const GenerateOptions &options)
{
    Context c{spec, projectDir, options, {}, {}};
    setValues(spec, c.values);
    const bool postgres = spec.database.isPostgres();
    const bool nginx = spec.nginx.enabled;
    const QString projectPrefix = spec.django.projectDir == "."_L1 ? QString() : spec.django.projectDir + u'/';

    const Manifest manifest = Manifest::load(projectDir);
    auto notBerths = [&](const QString &path) {
        return !projectDir.isEmpty() && QFileInfo::exists(projectDir + u'/' + path) && !manifest.contains(path);
    };
    // The project's own pytest.ini keeps its DJANGO_SETTINGS_MODULE: the image's environment
    // variable would win over it (pytest-django), so the tests service names it with --ds.
    const bool ownPytestIni = notBerths(projectPrefix + "pytest.ini"_L1);
    const QString ownTestSettings = ownPytestIni ? pytestIniSettings(readIfExists(projectDir, projectPrefix + "pytest.ini"_L1))
                                                 : QString();
    if (!ownTestSettings.isEmpty())
        c.values.set(u"tests_entrypoint"_s, Quote::composeList(testsEntrypoint(spec, {u"--ds="_s + ownTestSettings})));

    // Every file the install reads is copied before the code, so the install layer stays cached
    // until one of them changes (generate/installplan.h: requirements, lock or pyproject.toml).
    const InstallPlan install = planInstall(spec, projectDir);
    c.files.addNote(install.summary());
    for (const QString &problem : install.warnings)
        c.files.addWarning(problem);
    c.values.set(u"requirements_copy"_s, install.dockerCopy);
    c.values.set(u"requirements_install"_s, install.dockerInstall);

    c.add(spec.container.dockerfile, FileRole::Dockerfile, u"Dockerfile"_s, QCoreApplication::translate("Berth::Generator", "the image: Python, uwsgi, your project"),
          {u"dockerfile-modern"_s, u"host-user-files"_s, u"django-uses-postgres"_s});

    QStringList composeCorrections = {u"compose-version-obsolete"_s, u"host-user-files"_s, u"manage-not-on-up"_s,
                                      u"pytest-python-files"_s, u"autoreload-dev-only"_s, u"one-app-image"_s,
                                      u"secret-key"_s, u"pytest-cache"_s};
    if (!postgres)
        composeCorrections.append(u"sqlite-volume"_s);
    if (postgres) {
        composeCorrections += {u"database-readiness"_s, u"postgres-bind-localhost"_s, u"django-uses-postgres"_s};
        const int major = postgresMajorVersion(spec.database.image);
        if (major == 0 || major >= 18)
            composeCorrections.append(u"postgres-18-data-path"_s);
    }
    if (nginx)
        composeCorrections += {u"django-behind-nginx"_s, u"nginx-production"_s, u"nginx-no-shell-loop"_s};
    c.add(spec.compose.file, FileRole::Compose, u"docker-compose.yml"_s,
          QCoreApplication::translate("Berth::Generator", "the services: nginx, database, app, manage, tests"), composeCorrections);
    // Never a file that changes the meaning of one Berth did not write: an override Compose pairs
    // with the project's own compose file by its name would merge Berth's services into theirs.
    const bool pairedOverride = plainComposeLoads(spec.composeFiles()) && spec.composeFiles().size() == 2;
    if (!spec.compose.overrideFile.isEmpty() && pairedOverride && notBerths(spec.compose.file)
        && !QFileInfo::exists(projectDir + u'/' + spec.compose.overrideFile)) {
        c.files.addWarning(QCoreApplication::translate("Berth::Generator", "%1 exists and is not Berth's: Berth writes no %2 beside it, which a plain `docker "
                           "compose` would merge into it; give Berth's setup names of its own (compose.file, "
                           "compose.override_file, for example berth-compose.yml and berth-compose.dev.yml)")
                               .arg(spec.compose.file, spec.compose.overrideFile));
    } else if (!spec.compose.overrideFile.isEmpty()) {
        c.add(spec.compose.overrideFile, FileRole::Compose, u"docker-compose.override.yml"_s,
              QCoreApplication::translate("Berth::Generator", "development only: your code mounted, autoreload, DEBUG on"), {u"autoreload-dev-only"_s});
    }
    if (nginx)
        c.add(u"data/nginx/app.conf"_s, FileRole::NginxSite, u"app.conf"_s,
              QCoreApplication::translate("Berth::Generator", "the nginx site: static and media files, proxy to uwsgi"),
              {u"django-behind-nginx"_s, u"uwsgi-production"_s, u"nginx-production"_s});
    c.add(projectPrefix + "uwsgi.ini"_L1, FileRole::UwsgiIni, u"uwsgi.ini"_s, QCoreApplication::translate("Berth::Generator", "the application server"),
          {u"uwsgi-clean-stop"_s, u"autoreload-dev-only"_s, u"django-behind-nginx"_s, u"uwsgi-production"_s});
    // The project's own pytest.ini, with its own test settings, keeps working as it is.
    if (ownPytestIni)
        c.files.addWarning(QCoreApplication::translate("Berth::Generator", "%1pytest.ini exists and is not Berth's: the tests service runs pytest with it as it is, "
                           "with its own DJANGO_SETTINGS_MODULE%2; to test against the containers' database instead, "
                           "set DJANGO_SETTINGS_MODULE = %3 there")
                               .arg(projectPrefix,
                                    ownTestSettings.isEmpty() ? QString() : u" (%1, passed as --ds)"_s.arg(ownTestSettings),
                                    spec.dockerSettingsModule()));
    else
        c.add(projectPrefix + "pytest.ini"_L1, FileRole::PytestIni, u"pytest.ini"_s, QCoreApplication::translate("Berth::Generator", "pytest and pytest-django"),
              {u"pytest-python-files"_s, u"django-uses-postgres"_s});
    QStringList settingsCorrections = {u"django-uses-postgres"_s, u"django-behind-nginx"_s, u"secret-key"_s,
                                       u"errors-in-logs"_s};
    if (!postgres)
        settingsCorrections.append(u"sqlite-volume"_s);
    c.add(spec.dockerSettingsPath(), FileRole::Python, u"docker_settings.py"_s,
          QCoreApplication::translate("Berth::Generator", "your settings plus the containers' secret key, database, hosts, static and media files and logs"),
          settingsCorrections);

    for (const GeneratedFile &f : install.files)
        c.files.add(f);

    if (postgres)
        addSecrets(c);
    addDjangoSecrets(c);

    // A new .dockerignore would change what the project's own Dockerfile builds from; beside a
    // Dockerfile of Berth's elsewhere, its own DOCKERFILE.dockerignore touches nothing of theirs.
    if (spec.dockerIgnoreFile() == ".dockerignore"_L1 && notBerths(u"Dockerfile"_s)
        && !QFileInfo::exists(projectDir + "/.dockerignore"_L1))
        c.files.addWarning(QCoreApplication::translate("Berth::Generator", "Dockerfile exists and is not Berth's: Berth writes no .dockerignore, which would change "
                           "what it builds; keep data/ (the secrets files) out of its build context yourself, or "
                           "set container.dockerfile to berth/Dockerfile"));
    else
        c.add(spec.dockerIgnoreFile(), FileRole::DockerIgnore, u"dockerignore"_s,
              QCoreApplication::translate("Berth::Generator", "keeps .git, caches, local files and the secrets out of the image"), {u"secrets-file"_s});
    bool hadGitIgnore = false;
    const QByteArray gitIgnore = readIfExists(projectDir, u".gitignore"_s, &hadGitIgnore);
    GeneratedFile gi;
    gi.path = u".gitignore"_s;
    gi.role = FileRole::GitIgnore;
    gi.content = mergedGitIgnore(gitIgnore, postgres ? QStringList{spec.secretsFile(), spec.djangoSecretsFile()}
                                                     : QStringList{spec.djangoSecretsFile()});
    gi.merged = hadGitIgnore;
    gi.mergedFrom = gitIgnore;
    gi.summary = QCoreApplication::translate("Berth::Generator", "keeps the secrets files and Berth's backups out of git");
    gi.correctionIds = {u"secrets-file"_s};
    c.files.add(gi);

    addComposeEnv(c);
    c.add(u"DOCKER.md"_s, FileRole::Text, u"DOCKER.md"_s, QCoreApplication::translate("Berth::Generator", "the everyday commands"), {u"compose-up-detached"_s});

    GeneratedFile specFile;
    specFile.path = u"berth.yaml"_s;
    specFile.role = FileRole::Spec;
    specFile.content = spec.toYaml();
    specFile.summary = QCoreApplication::translate("Berth::Generator", "the spec, to change the setup and regenerate it later");
    c.files.add(specFile);

    if (!projectDir.isEmpty()) {
        const QString djangoDir = projectDir + u'/' + spec.django.projectDir;
        const QStringList others = otherPytestConfigs(djangoDir);
        if (!others.isEmpty())
            c.files.addWarning(QCoreApplication::translate("Berth::Generator", "pytest.ini takes precedence over your pytest configuration in %1; move it into "
                               "pytest.ini").arg(others.join(", "_L1)));
        // uwsgi.ini and the Dockerfile name these modules: one that is not there stops the container.
        if (QFile::exists(djangoDir + "/manage.py"_L1)) {
            if (!pythonModuleExists(djangoDir, spec.django.wsgiModule))
                c.files.addWarning(QCoreApplication::translate("Berth::Generator", "the WSGI module %1 is not in %2, so uwsgi (module = %1) will not start: set "
                                   "django.wsgi_module to the module that defines `application` (the project's "
                                   "wsgi.py)").arg(spec.django.wsgiModule, spec.django.projectDir));
            QStringList checked;
            for (const auto &[key, module] : {std::pair{"django.settings_module", spec.django.settingsModule},
                                              std::pair{"django.dev_settings_module", spec.devSettings()},
                                              std::pair{"django.test_settings_module", spec.testSettings()}}) {
                if (checked.contains(module))
                    continue;
                checked.append(module);
                if (!pythonModuleExists(djangoDir, module))
                    c.files.addWarning(QCoreApplication::translate("Berth::Generator", "the settings module %1 is not in %2, so docker_settings cannot import it: "
                                       "set %3").arg(module, spec.django.projectDir, QLatin1StringView(key)));
            }
        }
        if (!QFile::exists(djangoDir + "/manage.py"_L1))
            c.files.addWarning(QCoreApplication::translate("Berth::Generator", "no manage.py in %1: create the project with `django-admin startproject %2 %1` "
                               "or set django.project_dir").arg(spec.django.projectDir,
                                                                 spec.django.settingsModule.section(u'.', 0, 0)));
    }
    return c.files;
}

} // namespace Berth
