#include "generate/corrections.h"

using namespace Qt::StringLiterals;

namespace Berth {

QList<Correction> corrections()
{
    static const QList<Correction> list = {
        {u"compose-version-obsolete"_s, u"No `version:` key in the compose file"_s,
         u"The article starts the compose file with `version: \"3\"`. Compose v2 follows the Compose Specification, "
         u"which has no versions: the key is ignored and every command prints \"the attribute `version` is obsolete\". "
         u"Berth leaves it out and names the project with the top-level `name:` key instead."_s,
         {u"docker-compose.yml"_s}},
        {u"pytest-python-files"_s, u"`python_files`, not `python_file`, in pytest.ini"_s,
         u"The article's pytest.ini sets `python_file`, which pytest does not know. pytest reports an unknown key as a "
         u"PytestConfigWarning, and under the article's own `-W error` that warning becomes an error: pytest stops "
         u"with an internal error (exit code 3) before it collects a single test. Without `-W error` it only warns and "
         u"keeps its default patterns (test_*.py, *_test.py), so Django's `tests.py` files are never collected. The "
         u"key is `python_files`. The tests service also runs pytest with `--strict-config`, which makes any "
         u"misspelled key an error with a clear message."_s,
         {u"app/pytest.ini"_s, u"docker-compose.yml"_s}},
        {u"database-readiness"_s, u"Wait until Postgres accepts connections"_s,
         u"`depends_on: [database]` only waits until the database container runs, not until Postgres accepts "
         u"connections, so the first `migrate` or test run races the database's start-up and fails now and then. "
         u"Berth gives the database a healthcheck and makes app, manage and tests depend on `condition: "
         u"service_healthy`. The check is `pg_isready -h 127.0.0.1` with the role and database from the env file: "
         u"without `-h` it asks the Unix socket, which the image's temporary server answers while it initialises a "
         u"new volume (it listens on no TCP address then), so the service turned healthy before Postgres was "
         u"reachable. `-U` keeps Postgres from logging a failed login as \"root\" every few seconds, the variables are "
         u"written `$$` so the container, not Compose, expands them, and `start_interval` checks every second while "
         u"the database starts."_s,
         {u"docker-compose.yml"_s}},
        {u"postgres-bind-localhost"_s, u"Postgres published on 127.0.0.1 only"_s,
         u"`ports: [\"5432:5432\"]` publishes the database on every network interface of your machine, and Docker's "
         u"published ports bypass host firewalls such as ufw. With the article's password that is an open database on "
         u"the local network. Berth publishes it on `database.host_bind` (127.0.0.1 by default) for your local "
         u"database GUI, or not at all with `host_port: 0`; containers reach it over the backend network either way. "
         u"The app's debugging port is bound the same way."_s,
         {u"docker-compose.yml"_s}},
        {u"autoreload-dev-only"_s, u"Autoreload and the bind mount only in development"_s,
         u"The article puts `py-autoreload` into uwsgi.ini and mounts the source over the image in the main compose "
         u"file, so the image it builds for production polls every file every few seconds and never runs the code it "
         u"contains, and its tests service runs on every `up`, creating a test database on the production server. "
         u"Berth keeps uwsgi.ini and the main compose file production-ready and puts the development parts into the "
         u"override file, which Compose reads next to the main file: `DJANGO_ENV=dev` (the article's own "
         u"suggestion), the source bind mount of app, manage and tests, `--py-autoreload`, the tests on `up` "
         u"(tests.run_on_up), and nginx on nginx.host_bind (127.0.0.1) only, since DEBUG is on there."_s,
         {u"app/uwsgi.ini"_s, u"docker-compose.override.yml"_s, u"docker-compose.yml"_s}},
        {u"secrets-file"_s, u"A random password in a git-ignored secrets file"_s,
         u"The article's env file holds `database_password` and is easy to commit. Berth writes a fresh random password "
         u"for every project (letters, digits and -_. only, so no env-file quoting or `$` interpolation can change it) "
         u"into data/postgres/database_env with mode 0600, adds it to .gitignore and .dockerignore (so it is neither "
         u"committed nor baked into the image), keeps an existing password when it regenerates, and never writes the "
         u"password into berth.yaml or a hash of it into .berth/manifest.json (which records the file with its secret "
         u"values blanked out). Note that Postgres reads POSTGRES_* only when its data volume is empty."_s,
         {u"data/postgres/database_env"_s, u".gitignore"_s, u".dockerignore"_s}},
        {u"host-user-files"_s, u"Files created in the containers belong to you"_s,
         u"The article's containers run as root, so on a Linux host `manage.py makemigrations` (and pytest's caches) "
         u"leave root-owned files in your project that your editor cannot save. Berth's image creates a user with "
         u"your user and group id (build arguments HOST_UID/HOST_GID, defaulting to container.host_uid/host_gid) and "
         u"runs app, manage and tests as that user."_s,
         {u"Dockerfile"_s, u"docker-compose.yml"_s}},
        {u"uwsgi-clean-stop"_s, u"uwsgi stops on `docker stop`"_s,
         u"uwsgi before 2.1 takes SIGTERM, the signal `docker stop` sends, as \"reload\", so the container ignores it "
         u"until Docker kills it ten seconds later. Berth sets `die-on-term`; it also sets `need-app` (a project that "
         u"fails to import stops uwsgi instead of answering every request with an error), `strict` (a misspelled "
         u"option is an error) and `vacuum`."_s,
         {u"app/uwsgi.ini"_s}},
        {u"django-uses-postgres"_s, u"Django actually uses the Postgres database"_s,
         u"The article starts Postgres but never tells Django about it: the project keeps using SQLite inside the "
         u"container. Berth writes a docker_settings module next to your settings that imports them and sets "
         u"DATABASES from the env file's POSTGRES_* variables (host `database`), adds a Postgres driver to "
         u"requirements.txt and points DJANGO_SETTINGS_MODULE of the containers and pytest at it. Your own settings "
         u"file is not changed."_s,
         {u"app/app/docker_settings.py"_s, u"app/requirements.txt"_s, u"Dockerfile"_s, u"docker-compose.yml"_s,
          u"app/pytest.ini"_s}},
        {u"django-behind-nginx"_s, u"Django behind nginx with DEBUG off"_s,
         u"With DEBUG off Django refuses every host not in ALLOWED_HOSTS and serves no static files, so the article's "
         u"setup shows \"Bad Request (400)\" and an unstyled admin as soon as DJANGO_ENV=prod means what it says. "
         u"Berth sets ALLOWED_HOSTS from nginx's server_name (overridable with DJANGO_ALLOWED_HOSTS), runs "
         u"collectstatic when uwsgi starts into a volume that nginx serves at /static/, and makes nginx overwrite "
         u"X-Forwarded-Proto and drop X-Forwarded-Ssl, which uwsgi and Django would otherwise trust from any client."_s,
         {u"app/app/docker_settings.py"_s, u"data/nginx/app.conf"_s, u"app/uwsgi.ini"_s, u"docker-compose.yml"_s}},
        {u"requirements-complete"_s, u"requirements.txt has what the setup runs"_s,
         u"The article asks you to add pytest and pytest-django to requirements.txt by hand and never mentions a "
         u"Postgres driver. Berth adds the missing ones at the end of your requirements.txt, leaving every line you "
         u"wrote, including your pins, as it is. A lock file (requirements.lock) and a pyproject.toml without a "
         u"requirements file are never edited: the missing ones go into berth-requirements.txt beside them, which "
         u"the image installs after them."_s,
         {u"app/requirements.txt"_s}},
        {u"dockerfile-modern"_s, u"A Dockerfile without dead steps"_s,
         u"The article's `apt-get update && apt-get install -y` installs nothing and leaves the package lists in the "
         u"image, and `ENV KEY value` is the legacy form Docker now warns about. Berth drops the empty install, "
         u"writes `ENV KEY=value`, copies and installs the requirements before the code (a code change no longer "
         u"reinstalls every package), keeps pip's downloads in a BuildKit cache mount instead of the image, sets "
         u"PYTHONDONTWRITEBYTECODE, creates the user with `--no-log-init` (a large user id otherwise makes a huge "
         u"lastlog file), builds uwsgi in a separate stage for slim images so the compiler stays out of the image "
         u"the app runs in, and sets WORKDIR so `docker compose run` starts in the project."_s,
         {u"Dockerfile"_s}},
        {u"manage-not-on-up"_s, u"The manage service does not start with `up`"_s,
         u"In the article `docker-compose up` also starts the manage service, which runs `manage.py shell` without a "
         u"terminal and exits at once. Berth puts manage into the `tools` profile: `docker compose run --rm manage "
         u"migrate` works as before, `up` leaves it alone. The tests service follows tests.run_on_up."_s,
         {u"docker-compose.yml"_s}},
        {u"compose-up-detached"_s, u"`docker compose up -d`, not `-D`"_s,
         u"The article suggests `docker-compose up -D` for running in the background; the option is `-d` (`-D` is "
         u"not an option of `up`), and Compose v2 is the `docker compose` plugin rather than the `docker-compose` "
         u"program. DOCKER.md lists the commands as they are today."_s,
         {u"DOCKER.md"_s}},
        {u"postgres-18-data-path"_s, u"The data volume where Postgres 18 keeps its data"_s,
         u"From Postgres 18 the image keeps its data in /var/lib/postgresql/18/docker and declares /var/lib/postgresql "
         u"as its volume. Current postgres:18 images refuse to start when a volume is mounted at the article's "
         u"/var/lib/postgresql/data (an \"unused mount\" error that names the new path) instead of silently keeping the "
         u"database outside it. For postgres:18 and newer (and untagged or latest images) Berth mounts pg_data at "
         u"/var/lib/postgresql, so the database starts and survives the container."_s,
         {u"docker-compose.yml"_s}},
        {u"secret-key"_s, u"A secret SECRET_KEY in production"_s,
         u"A project from `django-admin startproject` has a `django-insecure-` SECRET_KEY committed in its settings, "
         u"and the article runs production with it: anyone who reads the repository can forge sessions and "
         u"password-reset links. Berth generates a random 64-character key into data/django/django_env (git-ignored, "
         u"docker-ignored, mode 0600, kept on every later run), the compose file passes it to app, manage and tests, "
         u"and docker_settings refuses to start with DEBUG off and a missing, short or `django-insecure-` key."_s,
         {u"data/django/django_env"_s, u"app/app/docker_settings.py"_s, u"docker-compose.yml"_s}},
        {u"one-app-image"_s, u"app, manage and tests share one image"_s,
         u"The article builds the same Dockerfile three times, as three images. Compose skips services of inactive "
         u"profiles in `build` and `up --build`, and `run` builds an image only when it is missing, so after a "
         u"requirements change `docker compose run manage` kept running the old dependencies. Berth names one image "
         u"for app, manage and tests: whatever builds it updates all three."_s,
         {u"docker-compose.yml"_s}},
        {u"uwsgi-production"_s, u"uwsgi ready for real requests"_s,
         u"uwsgi's defaults are not what a web app needs. Berth sets `buffer-size = 32768` (the default 4096 bytes "
         u"refuse the headers of a browser with large cookies: \"invalid request block size\", a 502 in nginx), "
         u"`harakiri` equal to nginx's `proxy_read_timeout` (a stuck request is stopped when nobody waits for it any "
         u"more), `max-requests` and a per-worker lifetime with a delta (workers are recycled one at a time, which "
         u"bounds slow memory leaks; uwsgi 2.0's strict mode refuses the 2.1 option max-requests-delta) and "
         u"`single-interpreter`, as Django expects."_s,
         {u"app/uwsgi.ini"_s, u"data/nginx/app.conf"_s}},
        {u"nginx-production"_s, u"nginx as a production front end"_s,
         u"The article's nginx site shows its version on every error page, answers any host name, serves no "
         u"uploaded files and sends static files without cache headers or compression; Compose also starts it with "
         u"the app's address of the moment, so after `up -d --build` recreated app nginx answered 502. Berth sets "
         u"`server_tokens off`, adds a default server that drops requests for unknown hosts, a /media/ location on "
         u"a media_files volume the app writes into, gzip and cache headers for /static/, restarts nginx when app is "
         u"recreated (`depends_on` with `restart: true`), and publishes port 443 only when nginx.https_port is set "
         u"for your TLS server."_s,
         {u"data/nginx/app.conf"_s, u"docker-compose.yml"_s}},
        {u"nginx-no-shell-loop"_s, u"nginx runs as itself, not under a shell loop"_s,
         u"The article starts nginx through `/bin/sh -c` with a loop that reloads it every six hours, so that renewed "
         u"certificates are picked up. The shell is then the container's first process: a stop signal reaches it, "
         u"not nginx, the loop hides a crashed reload, and the reload comes up to six hours late or for nothing. "
         u"Berth runs the image's own command, nginx in the foreground; reload it when certificates change, for "
         u"example from certbot's deploy hook: `docker compose exec nginx nginx -s reload`."_s,
         {u"docker-compose.yml"_s}},
        {u"errors-in-logs"_s, u"Server errors with their traceback in the logs"_s,
         u"With DEBUG off and no LOGGING setting Django sends request errors only to mail_admins, and without ADMINS "
         u"a 500 leaves no trace at all: `docker compose logs app` shows the status line and nothing else. Unless "
         u"your settings define LOGGING, docker_settings sends warnings and errors, tracebacks included, to the "
         u"console, where Compose collects them (DJANGO_LOG_LEVEL changes Django's level)."_s,
         {u"app/app/docker_settings.py"_s}},
        {u"pytest-cache"_s, u"A read-only project folder does not fail the tests"_s,
         u"The article runs pytest with `-W error`. When the project folder is not writable for the containers' user "
         u"(HOST_UID is not yours), pytest warns that it cannot write .pytest_cache, and that warning, now an error, "
         u"fails a passing run. The tests service adds `-W ignore::pytest.PytestCacheWarning` after your arguments: "
         u"every other warning is still an error, and where the folder is writable the cache still makes \"run "
         u"failed again\" work. Berth shows a run that found no tests (pytest's exit code 5) as \"no tests yet\", not "
         u"as a failure."_s,
         {u"docker-compose.yml"_s}},
        {u"compose-file-names"_s, u"A plain `docker compose` finds the compose files"_s,
         u"Compose looks only for compose.yaml or docker-compose.yml (and NAME.override.EXT beside it) by itself. With "
         u"other names (compose.file, compose.override_file) the `docker compose up` of DOCKER.md found no project or "
         u"skipped the development override. Berth writes COMPOSE_FILE into .env, which Compose reads in this folder; "
         u"where .env or a compose file of your own exists, it leaves them alone and DOCKER.md gives the -f flags."_s,
         {u".env"_s}},
        {u"sqlite-volume"_s, u"One SQLite database, on a volume"_s,
         u"Without a database service the project keeps its SQLite database. Its file lived inside the app "
         u"container (lost with it), while `manage migrate` wrote the copy in your project through the bind mount, "
         u"so the site and its migrations used two different databases. Berth points the SQLite database of app and "
         u"manage at one file on the sqlite_data volume (DJANGO_SQLITE_PATH)."_s,
         {u"docker-compose.yml"_s, u"app/app/docker_settings.py"_s}},
    };
    return list;
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
