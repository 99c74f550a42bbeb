#!/usr/bin/env bash
# ctest fixture for the docker label: start a private engine (packaging/engine) and import the
# test image, or stop it. The DOCKER_HOST value is written to STATE_DIR/docker-host.
#   engine-fixture.sh start STATE_DIR | stop STATE_DIR | stop-and-remove STATE_DIR
# stop-and-remove also deletes the engine's data, in the background (the e2e engine holds ~1 GB of
# images, which a later run loads again from packaging/images' cache in ~20 s).
set -euo pipefail
engine="$(cd "$(dirname "$0")/../.." && pwd)/packaging/engine"
case ${1:-} in
start)
    host=$("$engine" start "$2")
    DOCKER_HOST=$host "$engine" image busybox
    printf '%s\n' "$host" >"$2/docker-host"
    echo "engine up at $host"
    ;;
stop | stop-and-remove)
    # packaging/engine stop can exit non-zero after a clean stop (its unmount loop's grep finds
    # nothing under pipefail); what counts is that no dockerd of this state folder is left.
    "$engine" stop "$2" || true
    if [[ -f $2/dockerd.pid ]] && kill -0 "$(cat "$2/dockerd.pid")" 2>/dev/null; then
        echo "dockerd $(cat "$2/dockerd.pid") still running" >&2
        exit 1
    fi
    rm -f "$2/docker-host"
    if [[ $1 == stop-and-remove ]]; then
        # Deleting ~1 GB of image layers took over two minutes on a busy CI disk (a timed-out
        # fixture). Renamed at once, so the next start finds no old state, and deleted in a
        # detached process that holds none of ctest's pipes.
        trash=$(mktemp -d "${2%/}.removing-XXXXXX")
        mv "$2" "$trash/"
        setsid rm -rf "$trash" </dev/null >/dev/null 2>&1 &
        echo "engine stopped; its data is being removed in the background ($trash)"
    else
        echo "engine stopped"
    fi
    ;;
*) echo "usage: $0 start|stop|stop-and-remove STATE_DIR" >&2; exit 2 ;;
esac
