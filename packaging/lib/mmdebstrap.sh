# Sourced by packaging/dev and packaging/images/build-standins: the one way Berth runs mmdebstrap.
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
