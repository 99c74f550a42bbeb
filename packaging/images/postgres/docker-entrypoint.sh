#!/usr/bin/env bash
# Entry point of Berth's postgres stand-in: the official image's conventions, written anew.
#
#   docker-entrypoint.sh postgres [OPTIONS]   (the default command; "-c x=y" alone means postgres -c x=y)
#
# As root it prepares PGDATA and the socket folder and runs itself again as the postgres user.
# On an empty PGDATA it initialises the cluster once:
#   POSTGRES_PASSWORD (required unless POSTGRES_HOST_AUTH_METHOD=trust)  the superuser's password
#   POSTGRES_USER (default postgres)         the superuser's name
#   POSTGRES_DB (default POSTGRES_USER)      a database created for it
#   POSTGRES_INITDB_ARGS                     more initdb arguments
#   POSTGRES_HOST_AUTH_METHOD (default scram-sha-256)  how network clients authenticate
#   NAME_FILE instead of NAME                the value read from a file (docker secrets)
# then runs /docker-entrypoint-initdb.d/*.sh, *.sql, *.sql.gz, *.sql.xz in name order against a
# server listening on its unix socket only. A non-empty PGDATA is never touched: changing these
# variables later changes nothing. Any other command is run as given.
set -Eeuo pipefail

log() { printf '%s [entrypoint] %s\n' "$(date -u '+%Y-%m-%d %H:%M:%S UTC')" "$*" >&2; }
fail() { log "error: $*"; exit 1; }

# NAME from NAME or NAME_FILE (not both), else DEFAULT.
from_env() {
    local name=$1 default=${2:-} file_var="${1}_FILE"
    if [[ -n ${!name:-} && -n ${!file_var:-} ]]; then
        fail "both $name and $file_var are set; use one"
    fi
    local value=$default
    if [[ -n ${!name:-} ]]; then
        value=${!name}
    elif [[ -n ${!file_var:-} ]]; then
        value=$(<"${!file_var}")
    fi
    export "$name"="$value"
    unset "$file_var"
}

run_initdb_scripts() {
    local f
    local psql=(psql -v ON_ERROR_STOP=1 --no-password --no-psqlrc --username "$POSTGRES_USER" --dbname "$POSTGRES_DB")
    shopt -s nullglob
    for f in /docker-entrypoint-initdb.d/*; do
        case $f in
        *.sh)
            if [[ -x $f ]]; then
                log "running $f"
                "$f"
            else
                log "sourcing $f"
                # shellcheck disable=SC1090
                . "$f"
            fi
            ;;
        *.sql) log "running $f"; "${psql[@]}" -f "$f" ;;
        *.sql.gz) log "running $f"; gunzip -c "$f" | "${psql[@]}" ;;
        *.sql.xz) log "running $f"; xz -dc "$f" | "${psql[@]}" ;;
        *) log "ignoring $f" ;;
        esac
    done
    shopt -u nullglob
}

initialise() {
    from_env POSTGRES_PASSWORD
    from_env POSTGRES_USER postgres
    from_env POSTGRES_DB "$POSTGRES_USER"
    from_env POSTGRES_INITDB_ARGS
    from_env POSTGRES_HOST_AUTH_METHOD scram-sha-256
    if [[ -z $POSTGRES_PASSWORD && $POSTGRES_HOST_AUTH_METHOD != trust ]]; then
        fail "the database is uninitialised and POSTGRES_PASSWORD is not set. Set it (or POSTGRES_PASSWORD_FILE) to the superuser's password; POSTGRES_HOST_AUTH_METHOD=trust allows every connection without one (never do that on a reachable network)."
    fi
    log "initialising $PGDATA for user '$POSTGRES_USER', database '$POSTGRES_DB'"
    local args=(--username="$POSTGRES_USER") pwfile=""
    if [[ -n $POSTGRES_PASSWORD ]]; then
        pwfile=$(umask 077 && mktemp)
        printf '%s\n' "$POSTGRES_PASSWORD" >"$pwfile"
        args+=(--pwfile="$pwfile")
    fi
    # shellcheck disable=SC2086
    initdb -D "$PGDATA" "${args[@]}" $POSTGRES_INITDB_ARGS
    [[ -z $pwfile ]] || rm -f "$pwfile"
    # initdb trusts local socket and loopback connections; the network gets the chosen method.
    printf '\n# Berth stand-in: connections over the network\nhost all all all %s\n' \
        "$POSTGRES_HOST_AUTH_METHOD" >>"$PGDATA/pg_hba.conf"

    # A server for the set-up steps only: unix socket, no TCP, so nothing connects too early.
    PGHOST=/var/run/postgresql PGPORT=5432 PGUSER=$POSTGRES_USER PGPASSWORD=$POSTGRES_PASSWORD
    export PGHOST PGPORT PGUSER PGPASSWORD
    pg_ctl -D "$PGDATA" -o "-c listen_addresses='' -p 5432" -w start >/dev/null
    if [[ $POSTGRES_DB != postgres ]]; then
        # psql quotes the name itself (:"db"); -c would not expand variables, stdin does.
        psql -v ON_ERROR_STOP=1 --no-password --no-psqlrc --dbname postgres --set db="$POSTGRES_DB" \
            <<<'CREATE DATABASE :"db";' >/dev/null
    fi
    run_initdb_scripts
    pg_ctl -D "$PGDATA" -m fast -w stop >/dev/null
    unset PGHOST PGPORT PGUSER PGPASSWORD
    log "initialisation complete; starting the server"
}

if [[ ${1:-} == -* ]]; then
    set -- postgres "$@"
fi

if [[ ${1:-} == postgres ]]; then
    if [[ $(id -u) == 0 ]]; then
        mkdir -p "$PGDATA" /var/run/postgresql
        chown postgres:postgres "$PGDATA" /var/run/postgresql
        chmod 0700 "$PGDATA"
        chmod 3777 /var/run/postgresql
        HOME=/var/lib/postgresql exec setpriv --reuid=postgres --regid=postgres --init-groups -- "${BASH_SOURCE[0]}" "$@"
    fi
    if [[ ! -s $PGDATA/PG_VERSION ]]; then
        initialise
    else
        log "$PGDATA holds a database already; POSTGRES_* variables are not applied again"
    fi
fi

exec "$@"
