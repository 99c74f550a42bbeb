#!/bin/sh
# Entry point of Berth's nginx stand-in, after the official image's convention: when the command
# is nginx (or nginx-debug), every /etc/nginx/templates/NAME.template is rendered with envsubst
# into /etc/nginx/conf.d/NAME (only variables that are set in the environment are replaced, so
# nginx's own $variables survive) and every executable /docker-entrypoint.d/*.sh runs first.
# Any other command (for example the article's /bin/sh -c '… nginx -g "daemon off;"') runs as given.
set -eu

if [ "${1:-}" = nginx ] || [ "${1:-}" = nginx-debug ]; then
    if [ -d /etc/nginx/templates ]; then
        vars=$(env | sed -n 's/^\([A-Za-z_][A-Za-z0-9_]*\)=.*/${\1}/p' | tr '\n' ' ')
        for template in /etc/nginx/templates/*.template; do
            [ -f "$template" ] || continue
            out=/etc/nginx/conf.d/$(basename "$template" .template)
            if [ -w /etc/nginx/conf.d ]; then
                echo "$0: rendering $template to $out" >&2
                envsubst "$vars" <"$template" >"$out"
            else
                echo "$0: /etc/nginx/conf.d is not writable; $template not rendered" >&2
            fi
        done
    fi
    for script in /docker-entrypoint.d/*.sh; do
        [ -x "$script" ] || continue
        echo "$0: running $script" >&2
        "$script"
    done
    echo "$0: configuration complete; starting nginx" >&2
fi

exec "$@"
