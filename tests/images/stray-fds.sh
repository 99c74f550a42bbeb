#!/usr/bin/env bash
# The image and build-root builds must not depend on which descriptors their caller left open
# (packaging/lib/mmdebstrap.sh says why: ctest's fd 3 broke every cold image build). With fds 3
# to 15 open, as a busy caller would have them:
#   1. a command run through berth_without_stray_fds sees none of them, and the caller keeps its own;
#   2. a real mmdebstrap download and extraction through berth_mmdebstrap succeeds.
# Needs root and mmdebstrap (the build root has both); exits 77 (skipped) elsewhere.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
. "$here/../../packaging/lib/mmdebstrap.sh"

if [[ $(id -u) != 0 ]] || ! command -v mmdebstrap >/dev/null; then
    echo "stray-fds: needs root and mmdebstrap: run inside the build root (packaging/dev exec)" >&2
    exit 77
fi

tmp=$(mktemp -d /tmp/stray-fds-XXXXXX)
trap 'rm -rf "$tmp"' EXIT
for fd in $(seq 3 15); do eval "exec $fd>\"\$tmp/fd-$fd\""; done

seen=$(berth_without_stray_fds bash -c 'for n in $(seq 3 20); do [[ -e /proc/$$/fd/$n ]] && printf "%s " "$n"; done; true')
if [[ -n $seen ]]; then
    echo "FAIL: descriptors still open in the child: $seen" >&2
    exit 1
fi
for fd in 3 9 10 15; do
    [[ -e /proc/$$/fd/$fd ]] || { echo "FAIL: the caller lost its own fd $fd" >&2; exit 1; }
done
echo "ok: a child sees none of fds 3-15; the caller keeps them"

mirror=$(awk 'BEGIN{IGNORECASE=1} /^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/*.sources 2>/dev/null || true)
[[ -n $mirror ]] || mirror=$(awk '$1=="deb" {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
[[ -n $mirror ]] || { echo "FAIL: no Debian mirror in /etc/apt/sources.list{,.d}" >&2; exit 1; }
start=$SECONDS
if ! berth_mmdebstrap --mode=root --variant=extract --include=base-files --quiet \
        trixie "$tmp/root.tar" "deb $mirror trixie main" </dev/null; then
    echo "FAIL: mmdebstrap with fds 3-15 open in the caller: $(berth_mmdebstrap_hint)" >&2
    exit 1
fi
# Listed into a file first: with pipefail, `tar | grep -q` fails whenever grep stops reading before
# tar has written the whole listing (tar dies of SIGPIPE), which is what CI saw once.
tar -tf "$tmp/root.tar" >"$tmp/listing"
grep -qx './etc/debian_version' "$tmp/listing" ||
    { echo "FAIL: the root has no etc/debian_version" >&2; exit 1; }
echo "ok: mmdebstrap downloaded and extracted base-files with fds 3-15 open ($((SECONDS - start)) s)"
