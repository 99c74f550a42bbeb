#include "generate/corrections.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Berth {

QList<Correction> corrections()
{
    static const QList<Correction> list = {
        {u"compose-version-obsolete"_s, QT_TRANSLATE_NOOP("Berth::Corrections", "No `version:` key in the compose file"),
         QT_TRANSLATE_NOOP("Berth::Corrections", "The article starts the compose file with `version: \"3\"`. Compose v2 follows the Compose Specification, "
         "which has no versions: the key is ignored and every command prints \"the attribute `version` is obsolete\". "
         "Berth leaves it out and names the project with the top-level `name:` key instead."),
         {u"docker-compose.yml"_s}},
        {u"pytest-python-files"_s, QT_TRANSLATE_NOOP("Berth::Corrections", "`python_files`, not `python_file`, in pytest.ini"),
         QT_TRANSLATE_NOOP("Berth::Corrections", "The article's pytest.ini sets `python_file`, which pytest does not know. pytest reports an unknown key as a "
         "PytestConfigWarning, and under the article's own `-W error` that warning becomes an error: pytest stops "
         "with an internal error (exit code 3) before it collects a single test. Without `-W error` it only warns and "
         "keeps its default patterns (test_*.py, *_test.py), so Django's `tests.py` files are never collected. The "
         "key is `python_files`. The tests service also runs pytest with `--strict-config`, which makes any "
         "misspelled key an error with a clear message."),
         {u"app/pytest.ini"_s, u"docker-compose.yml"_s}},
        {u"database-readiness"_s, QT_TRANSLATE_NOOP("Berth::Corrections", "Wait until Postgres accepts connections"),
         QT_TRANSLATE_NOOP("Berth::Corrections", "`depends_on: [database]` only waits until the database container runs, not until Postgres accepts "
         "connections, so the first `migrate` or test run races the database's start-up and fails now and then. "
         "Berth gives the database a healthcheck and makes app, manage and tests depend on `condition: "
         "service_healthy`. The check is `pg_isready -h 127.0.0.1` with the role and database from the env file: "
         "without `-h` it asks the Unix socket, which the image's temporary server answers while it initialises a "
         "new volume (it listens on no TCP address then), so the service turned healthy before Postgres was "
         "reachable. `-U` keeps Postgres from logging a failed login as \"root\" every few seconds, the variables are "
         "written `$$` so the container, not Compose, expands them, and `start_interval` checks every second while "
         "the database starts."),
         {u"docker-compose.yml"_s}},
        {u"postgres-bind-localhost"_s, QT_TRANSLATE_NOOP("Berth::Corrections", "Postgres published on 127.0.0.1 only"),
         QT_TRANSLATE_NOOP("Berth::Corrections", "`ports: [\"5432:5432\"]` publishes the database on every network interface of your machine, and Docker's "
         "published ports bypass host firewalls such as ufw. With the article's password that is an open database on "
         "the local network. Berth publishes it on `database.host_bind` (127.0.0.1 by default) for your local "
         "database GUI, or not at all with `host_port: 0`; containers reach it over the backend network either way. "
         "The app's debugging port is bound the same way."),
         {u"docker-compose.yml"_s}},
        {u"autoreload-dev-only"_s, QT_TRANSLATE_NOOP("Berth::Corrections", "Autoreload and the bind mount only in development"),
         QT_TRANSLATE_NOOP("Berth::Corrections", "The article puts `py-autoreload` into uwsgi.ini and mounts the source over the image in the main compose "
         "file, so the image it builds for production polls every file every few seconds and never runs the code it "
         "contains, and its tests service runs on every `up`, creating a test database on the production server. "
         "Berth keeps uwsgi.ini and the main compose file production-ready and puts the development parts into the "
         "override file, which Compose reads next to the main file: `DJANGO_ENV=dev` (the article's own "
         "suggestion), the source bind mount of app, manage and tests, `--py-autoreload`, the tests on `up` "
         "(tests.run_on_up), and nginx on nginx.host_bind (127.0.0.1) only, since DEBUG is on there."),
         {u"app/uwsgi.ini"_s, u"docker-compose.override.yml"_s, u"docker-compose.yml"_s}},
        {u"secrets-file"_s, QT_TRANSLATE_NOOP("Berth::Corrections", "A random password in a git-ignored secrets file"),
         QT_TRANSLATE_NOOP("Berth::Corrections", "The article's env file holds `database_password` and is easy to commit. Berth writes a fresh random password "
         "for every project (letters, digits and -_. only, so no env-file quoting or `$` interpolation can change it) "
         "into data/postgres/database_env with mode 0600, adds it to .gitignore and .dockerignore (so it is neither "
         "committed nor baked into the image), keeps an existing password when it regenerates, and never writes the "
         "password into berth.yaml or a hash of it into .berth/manifest.json (which records the file with its secret "
         "values blanked out). Note that Postgres reads POSTGRES_* only when its data volume is empty."),
         {u"data/postgres/database_env"_s, u".gitignore"_s, u".dockerignore"_s}},
        {u"host-user-files"_s, QT_TRANSLATE_NOOP("Berth::Corrections", "Files created in the containers belong to you"),
         QT_TRANSLATE_NOOP("Berth::Corrections", "The article's containers run as root, so on a Linux host `manage.py makemigrations` (and pytest's caches) "
         "leave root-owned files in your project that your editor cannot save. Berth's image creates a user with "
         "your user and group id (build arguments HOST_UID/HOST_GID, defaulting to container.host_uid/host_gid) and "
         "runs app, manage and tests as that user."),
         {u"Dockerfile"_s, u"docker-compose.yml"_s}},
        {u"uwsgi-clean-stop"_s, QT_TRANSLATE_NOOP("Berth::Corrections", "uwsgi stops on `docker stop`"),
         QT_TRANSLATE_NOOP("Berth::Corrections", "uwsgi before 2.1 takes SIGTERM, the signal `docker stop` sends, as \"reload\", so the container ignores it "
         "until Docker kills it ten seconds later. Berth sets `die-on-term`; it also sets `need-app` (a project that "
         "fails to import stops uwsgi instead of answering every request with an error), `strict` (a misspelled "
         "option is an error) and `vacuum`."),
         {u"app/uwsgi.ini"_s}},
        {u"django-uses-postgres"_s, QT_TRANSLATE_NOOP("Berth::Corrections", "Django actually uses the Postgres database"),
         QT_TRANSLATE_NOOP("Berth::Corrections", "The article starts Postgres but never tells Django about it: the project keeps using SQLite inside the "
         "container. Berth writes a docker_settings module next to your settings that imports them and sets "
         "DATABASES from the env file's POSTGRES_* variables (host `database`), adds a Postgres driver to "
         "requirements.txt and points DJANGO_SETTINGS_MODULE of the containers and pytest at it. Your own settings "
         "file is not changed."),
         {u"app/app/docker_settings.py"_s, u"app/requirements.txt"_s, u"Dockerfile"_s, u"docker-compose.yml"_s,
          u"app/pytest.ini"_s}},
        {u"django-behind-nginx"_s, QT_TRANSLATE_NOOP("Berth::Corrections", "Django behind nginx with DEBUG off"),
         QT_TRANSLATE_NOOP("Berth::Corrections", "With DEBUG off Django refuses every host not in ALLOWED_HOSTS and serves no static files, so the article's "
         "setup shows \"Bad Request (400)\" and an unstyled admin as soon as DJANGO_ENV=prod means what it says. "
         "Berth sets ALLOWED_HOSTS from nginx's server_name (overridable with DJANGO_ALLOWED_HOSTS), runs "
         "collectstatic when uwsgi starts into a volume that nginx serves at /static/, and makes nginx overwrite "
         "X-Forwarded-Proto and drop X-Forwarded-Ssl, which uwsgi and Django would otherwise trust from any client."),
         {u"app/app/docker_settings.py"_s, u"data/nginx/app.conf"_s, u"app/uwsgi.ini"_s, u"docker-compose.yml"_s}},
        {u"requirements-complete"_s, QT_TRANSLATE_NOOP("Berth::Corrections", "requirements.txt has what the setup runs"),
         QT_TRANSLATE_NOOP("Berth::Corrections", "The article asks you to add pytest and pytest-django to requirements.txt by hand and never mentions a "
         "Postgres driver. Berth adds the missing ones at the end of your requirements.txt, leaving every line you "
         "wrote, including your pins, as it is. A lock file (requirements.lock) and a pyproject.toml without a "
         "requirements file are never edited: the missing ones go into berth-requirements.txt beside them, which "
         "the image installs after them."),
         {u"app/requirements.txt"_s}},
        {u"dockerfile-modern"_s, QT_TRANSLATE_NOOP("Berth::Corrections", "A Dockerfile without dead steps"),
         QT_TRANSLATE_NOOP("Berth::Corrections", "The article's `apt-get update && apt-get install -y` installs nothing and leaves the package lists in the "
         "image, and `ENV KEY value` is the legacy form Docker now warns about. Berth drops the empty install, "
         "writes `ENV KEY=value`, copies and installs the requirements before the code (a code change no longer "
         "reinstalls every package), keeps pip's downloads in a BuildKit cache mount instead of the image, sets "
         "PYTHONDONTWRITEBYTECODE, creates the user with `--no-log-init` (a large user id otherwise makes a huge "
         "lastlog file), builds uwsgi in a separate stage for slim images so the compiler stays out of the image "
         "the app runs in, and sets WORKDIR so `docker compose run` starts in the project."),
         {u"Dockerfile"_s}},
        {u"manage-not-on-up"_s, QT_TRANSLATE_NOOP("Berth::Corrections", "The manage service does not start with `up`"),
         QT_TRANSLATE_NOOP("Berth::Corrections", "In the article `docker-compose up` also starts the manage service, which runs `manage.py shell` without a "
         "terminal and exits at once. Berth puts manage into the `tools` profile: `docker compose run --rm manage "
         "migrate` works as before, `up` leaves it alone. The tests service follows tests.run_on_up."),
         {u"docker-compose.yml"_s}},
        {u"compose-up-detached"_s, QT_TRANSLATE_NOOP("Berth::Corrections", "`docker compose up -d`, not `-D`"),
         QT_TRANSLATE_NOOP("Berth::Corrections", "The article suggests `docker-compose up -D` for running in the background; the option is `-d` (`-D` is "
         "not an option of `up`), and Compose v2 is the `docker compose` plugin rather than the `docker-compose` "
         "program. DOCKER.md lists the commands as they are today."),
         {u"DOCKER.md"_s}},
        {u"postgres-18-data-path"_s, QT_TRANSLATE_NOOP("Berth::Corrections", "The data volume where Postgres 18 keeps its data"),
         QT_TRANSLATE_NOOP("Berth::Corrections", "From Postgres 18 the image keeps its data in /var/lib/postgresql/18/docker and declares /var/lib/postgresql "
         "as its volume. Current postgres:18 images refuse to start when a volume is mounted at the article's "
         "/var/lib/postgresql/data (an \"unused mount\" error that names the new path) instead of silently keeping the "
         "database outside it. For postgres:18 and newer (and untagged or latest images) Berth mounts pg_data at "
         "/var/lib/postgresql, so the database starts and survives the container."),
         {u"docker-compose.yml"_s}},
        {u"secret-key"_s, QT_TRANSLATE_NOOP("Berth::Corrections", "A secret SECRET_KEY in production"),
         QT_TRANSLATE_NOOP("Berth::Corrections", "A project from `django-admin startproject` has a `django-insecure-` SECRET_KEY committed in its settings, "
         "and the article runs production with it: anyone who reads the repository can forge sessions and "
         "password-reset links. Berth generates a random 64-character key into data/django/django_env (git-ignored, "
         "docker-ignored, mode 0600, kept on every later run), the compose file passes it to app, manage and tests, "
         "and docker_settings refuses to start with DEBUG off and a missing, short or `django-insecure-` key."),
         {u"data/django/django_env"_s, u"app/app/docker_settings.py"_s, u"docker-compose.yml"_s}},
        {u"one-app-image"_s, QT_TRANSLATE_NOOP("Berth::Corrections", "app, manage and tests share one image"),
         QT_TRANSLATE_NOOP("Berth::Corrections", "The article builds the same Dockerfile three times, as three images. Compose skips services of inactive "
         "profiles in `build` and `up --build`, and `run` builds an image only when it is missing, so after a "
         "requirements change `docker compose run manage` kept running the old dependencies. Berth names one image "
         "for app, manage and tests: whatever builds it updates all three."),
         {u"docker-compose.yml"_s}},
        {u"uwsgi-production"_s, QT_TRANSLATE_NOOP("Berth::Corrections", "uwsgi ready for real requests"),
         QT_TRANSLATE_NOOP("Berth::Corrections", "uwsgi's defaults are not what a web app needs. Berth sets `buffer-size = 32768` (the default 4096 bytes "
         "refuse the headers of a browser with large cookies: \"invalid request block size\", a 502 in nginx), "
         "`harakiri` equal to nginx's `proxy_read_timeout` (a stuck request is stopped when nobody waits for it any "
         "more), `max-requests` and a per-worker lifetime with a delta (workers are recycled one at a time, which "
         "bounds slow memory leaks; uwsgi 2.0's strict mode refuses the 2.1 option max-requests-delta) and "
         "`single-interpreter`, as Django expects."),
         {u"app/uwsgi.ini"_s, u"data/nginx/app.conf"_s}},
        {u"nginx-production"_s, QT_TRANSLATE_NOOP("Berth::Corrections", "nginx as a production front end"),
         QT_TRANSLATE_NOOP("Berth::Corrections", "The article's nginx site shows its version on every error page, answers any host name, serves no "
         "uploaded files and sends static files without cache headers or compression; Compose also starts it with "
         "the app's address of the moment, so after `up -d --build` recreated app nginx answered 502. Berth sets "
         "`server_tokens off`, adds a default server that drops requests for unknown hosts, a /media/ location on "
         "a media_files volume the app writes into, gzip and cache headers for /static/, restarts nginx when app is "
         "recreated (`depends_on` with `restart: true`), and publishes port 443 only when nginx.https_port is set "
         "for your TLS server."),
         {u"data/nginx/app.conf"_s, u"docker-compose.yml"_s}},
        {u"nginx-no-shell-loop"_s, QT_TRANSLATE_NOOP("Berth::Corrections", "nginx runs as itself, not under a shell loop"),
         QT_TRANSLATE_NOOP("Berth::Corrections", "The article starts nginx through `/bin/sh -c` with a loop that reloads it every six hours, so that renewed "
         "certificates are picked up. The shell is then the container's first process: a stop signal reaches it, "
         "not nginx, the loop hides a crashed reload, and the reload comes up to six hours late or for nothing. "
         "Berth runs the image's own command, nginx in the foreground; reload it when certificates change, for "
         "example from certbot's deploy hook: `docker compose exec nginx nginx -s reload`."),
         {u"docker-compose.yml"_s}},
        {u"errors-in-logs"_s, QT_TRANSLATE_NOOP("Berth::Corrections", "Server errors with their traceback in the logs"),
         QT_TRANSLATE_NOOP("Berth::Corrections", "With DEBUG off and no LOGGING setting Django sends request errors only to mail_admins, and without ADMINS "
         "a 500 leaves no trace at all: `docker compose logs app` shows the status line and nothing else. Unless "
         "your settings define LOGGING, docker_settings sends warnings and errors, tracebacks included, to the "
         "console, where Compose collects them (DJANGO_LOG_LEVEL changes Django's level)."),
         {u"app/app/docker_settings.py"_s}},
        {u"pytest-cache"_s, QT_TRANSLATE_NOOP("Berth::Corrections", "A read-only project folder does not fail the tests"),
         QT_TRANSLATE_NOOP("Berth::Corrections", "The article runs pytest with `-W error`. When the project folder is not writable for the containers' user "
         "(HOST_UID is not yours), pytest warns that it cannot write .pytest_cache, and that warning, now an error, "
         "fails a passing run. The tests service adds `-W ignore::pytest.PytestCacheWarning` after your arguments: "
         "every other warning is still an error, and where the folder is writable the cache still makes \"run "
         "failed again\" work. Berth shows a run that found no tests (pytest's exit code 5) as \"no tests yet\", not "
         "as a failure."),
         {u"docker-compose.yml"_s}},
        {u"compose-file-names"_s, QT_TRANSLATE_NOOP("Berth::Corrections", "A plain `docker compose` finds the compose files"),
         QT_TRANSLATE_NOOP("Berth::Corrections", "Compose looks only for compose.yaml or docker-compose.yml (and NAME.override.EXT beside it) by itself. With "
         "other names (compose.file, compose.override_file) the `docker compose up` of DOCKER.md found no project or "
         "skipped the development override. Berth writes COMPOSE_FILE into .env, which Compose reads in this folder; "
         "where .env or a compose file of your own exists, it leaves them alone and DOCKER.md gives the -f flags."),
         {u".env"_s}},
        {u"sqlite-volume"_s, QT_TRANSLATE_NOOP("Berth::Corrections", "One SQLite database, on a volume"),
         QT_TRANSLATE_NOOP("Berth::Corrections", "Without a database service the project keeps its SQLite database. Its file lived inside the app "
         "container (lost with it), while `manage migrate` wrote the copy in your project through the bind mount, "
         "so the site and its migrations used two different databases. Berth points the SQLite database of app and "
         "manage at one file on the sqlite_data volume (DJANGO_SQLITE_PATH)."),
         {u"docker-compose.yml"_s, u"app/app/docker_settings.py"_s}},
    };
    return list;
}

QString Correction::title() const
{
    return QCoreApplication::translate("Berth::Corrections", titleSource);
}

QString Correction::why() const
{
    return QCoreApplication::translate("Berth::Corrections", whySource);
}

const Correction *correction(const QString &id)
{
    static const QList<Correction> list = corrections();
    for (const Correction &c : list) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

} // namespace Berth
