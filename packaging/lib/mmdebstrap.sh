# Sourced by packaging/dev, packaging/install-check and packaging/images/build-standins: the one way
# Berth runs mmdebstrap, and where it finds the Debian mirror.
#
#   berth_mmdebstrap ARGS...        mmdebstrap ARGS with only stdin, stdout and stderr open and
#                                   apt retrying downloads
#
# Why the descriptors are closed: mmdebstrap hands apt a pipe as the dash command `cat >&N`,
# and dash reads only one digit after `>&` ("Bad fd number"). Every descriptor a caller leaves
# open pushes N up; ctest gives each test fd 3, our own lock files add more, and at N = 10 the
# download step fails with "apt download failed ... ?essential". Closing them in the child keeps
# the caller's own descriptors (and the locks they hold) untouched.

# Runs "$@" in a child with descriptors 3 and up closed. Bash's own script descriptor (255) is
# close-on-exec and never reaches the command.
berth_without_stray_fds() {
    (
        local fd
        for fd in /proc/self/fd/*; do
            fd=${fd##*/}
            [[ $fd =~ ^[0-9]+$ ]] && ((fd > 2 && fd < 255)) || continue
            eval "exec $fd>&-" 2>/dev/null || true
        done
        exec "$@"
    )
}

# berth_mmdebstrap ARGS...: mmdebstrap ARGS the safe way. The caller says what failed and what to
# do in one line (berth_mmdebstrap_hint gives the usual advice).
berth_mmdebstrap() {
    # Acquire::Retries: a mirror that drops a connection now and then is retried (with apt's own
    # back-off) instead of failing a build that takes minutes.
    berth_without_stray_fds mmdebstrap --aptopt='Acquire::Retries "5"' "$@"
}

berth_mmdebstrap_hint() {
    printf '%s\n' "check that the Debian mirror in /etc/apt/sources.list{,.d} answers (apt-get update), then run the same command again"
}

# The machine's Debian mirror, read from its apt sources at run time (never written into the repo):
# on the host, the host's; inside the build root, the root's own, which mmdebstrap wrote from the
# host's. berth_debian_mirror fails when there is none; berth_debian_security_mirror prints
# nothing then.
berth_debian_mirror() {
    local uri=""
    if compgen -G '/etc/apt/sources.list.d/*.sources' >/dev/null; then
        uri=$(awk 'BEGIN{IGNORECASE=1}
                   /^URIs:/ {u=$2}
                   /^Suites:/ {s=$0}
                   /^$/ { if (u ~ /\/debian\/?$/ && s !~ /security/) {print u; exit} u=""; s="" }
                   END { if (u ~ /\/debian\/?$/ && s !~ /security/) print u }' \
                  /etc/apt/sources.list.d/*.sources | head -n1)
    fi
    if [[ -z $uri && -f /etc/apt/sources.list ]]; then
        uri=$(awk '$1=="deb" && $0 !~ /security/ { for (i=2;i<=NF;i++) if ($i ~ /^[a-z]+:\/\//) {print $i; exit} }' \
              /etc/apt/sources.list | head -n1)
    fi
    [[ -n $uri ]] || return 1
    printf '%s\n' "${uri%/}"
}

berth_debian_security_mirror() {
    local uri=""
    if compgen -G '/etc/apt/sources.list.d/*.sources' >/dev/null; then
        uri=$(awk 'BEGIN{IGNORECASE=1}
                   /^URIs:/ {u=$2}
                   /^$/ { if (u ~ /debian-security\/?$/) {print u; exit} u="" }
                   END { if (u ~ /debian-security\/?$/) print u }' \
                  /etc/apt/sources.list.d/*.sources | head -n1)
    fi
    if [[ -z $uri && -f /etc/apt/sources.list ]]; then
        uri=$(awk '$1=="deb" { for (i=2;i<=NF;i++) if ($i ~ /^[a-z]+:\/\/.*debian-security\/?$/) {print $i; exit} }' \
              /etc/apt/sources.list | head -n1)
    fi
    printf '%s\n' "${uri%/}"
}
