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
         u"The article's pytest.ini sets `python_file`, which pytest does not know: it only warns (PytestConfigWarning) "
         u"and keeps its default test file patterns, so `tests.py` files are silently never collected. The key is "
         u"`python_files`. The tests service also runs pytest with `--strict-config`, which turns such a misspelling "
         u"into an error instead of a warning."_s,
         {u"app/pytest.ini"_s, u"docker-compose.yml"_s}},
        {u"database-readiness"_s, u"Wait until Postgres accepts connections"_s,
         u"`depends_on: [database]` only waits until the database container runs, not until Postgres accepts "
         u"connections, so the first `migrate` or test run races the database's start-up and fails now and then. "
         u"Berth gives the database a healthcheck (`pg_isready` with the role and database from the env file, written "
         u"`$$` so the container, not Compose, expands them, and with `-U` so Postgres does not log a failed login as "
         u"\"root\" every few seconds) and makes app, manage and tests depend on `condition: service_healthy`."_s,
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
         u"contains. Berth keeps uwsgi.ini production-ready and puts the development parts — `DJANGO_ENV=dev` (the "
         u"article's own suggestion), the source bind mount and `--py-autoreload` — into the development override file, "
         u"which Compose reads next to the main file."_s,
         {u"app/uwsgi.ini"_s, u"docker-compose.override.yml"_s, u"docker-compose.yml"_s}},
        {u"secrets-file"_s, u"A random password in a git-ignored secrets file"_s,
         u"The article's env file holds `database_password` and is easy to commit. Berth writes a fresh random password "
         u"for every project (letters, digits and -_. only, so no env-file quoting or `$` interpolation can change it) "
         u"into data/postgres/database_env with mode 0600, adds it to .gitignore and .dockerignore (so it is neither "
         u"committed nor baked into the image), keeps an existing password when it regenerates, and never writes the "
         u"password into berth.yaml. Note that Postgres reads POSTGRES_* only when its data volume is empty."_s,
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
         u"wrote, including your pins, as it is."_s,
         {u"app/requirements.txt"_s}},
        {u"dockerfile-modern"_s, u"A Dockerfile without dead steps"_s,
         u"The article's `apt-get update && apt-get install -y` installs nothing and leaves the package lists in the "
         u"image, and `ENV KEY value` is the legacy form Docker now warns about. Berth drops the empty install (it "
         u"installs a compiler only for slim images, which need one to build uwsgi), writes `ENV KEY=value`, runs "
         u"pip without a cache and sets WORKDIR so `docker compose run` starts in the project."_s,
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
         u"as its volume; a volume mounted at the article's /var/lib/postgresql/data no longer holds the database, "
         u"which then disappears with the container. For postgres:18 and newer Berth mounts pg_data at "
         u"/var/lib/postgresql."_s,
         {u"docker-compose.yml"_s}},
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
