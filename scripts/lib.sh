# shellcheck shell=bash
# Shared helpers for the BoxOffice scripts. Source it, do not run it:
#
#   source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
#
# It sets BO_ROOT (the repository root) and cd's there. Every function prints its
# progress on stderr with a "[boxoffice]" prefix so that stdout stays for results.

if [[ -n "${BO_LIB_LOADED:-}" ]]; then
    return 0
fi
BO_LIB_LOADED=1

BO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export BO_ROOT
cd "$BO_ROOT" || exit 1

BO_PG_BIN="${BO_PG_BIN:-/usr/lib/postgresql/15/bin}"

# Debian packages the project needs to build, test, run the demo and benchmarks, installed
# with --no-install-recommends on a machine that has only the base system (a Recommends
# does not count: libqt6opengl6-dev is only recommended by qt6-base-dev, yet Qt6Charts'
# CMake files need it). tests/packages-deps checks this list against what CMake loaded
# (ctest packages.deps); docs/fresh-machine.md tells how it was tried on a pristine
# Debian 12. scripts/fuzz and scripts/sanitize add their own few (BO_FUZZ_PACKAGES,
# BO_SANITIZE_PACKAGES).
BO_PACKAGES=(
    cmake make g++ ccache
    qt6-base-dev libqt6opengl6-dev qt6-websockets-dev qt6-httpserver-dev qt6-charts-dev
    libqt6sql6-psql qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools
    libssl-dev libpq-dev libqrencode-dev pkg-config
    postgresql-15 postgresql-contrib
    xvfb xauth libgl-dev openssl curl python3
)
# clang-14 with its sanitizer and libFuzzer runtimes, llvm-symbolizer (llvm-14).
# shellcheck disable=SC2034  # used by scripts/fuzz
BO_FUZZ_PACKAGES=(clang-14 libclang-rt-14-dev llvm-14)
# jq reads ctest's test list.
# shellcheck disable=SC2034  # used by scripts/sanitize
BO_SANITIZE_PACKAGES=(jq)

bo_log() { printf '[boxoffice] %s\n' "$*" >&2; }
bo_die() { printf '[boxoffice] error: %s\n' "$*" >&2; exit 1; }
bo_is_root() { [[ "$(id -u)" -eq 0 ]]; }

# ---------------------------------------------------------------------------------
# Packages

# bo_missing_packages: prints the packages of BO_PACKAGES that are not installed.
bo_missing_packages() {
    local pkg status
    for pkg in "${BO_PACKAGES[@]}"; do
        status="$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)"
        if [[ "$status" != "installed" ]]; then
            printf '%s\n' "$pkg"
        fi
    done
}

# bo_ensure_packages: installs what is missing (as root), or tells how (otherwise).
bo_ensure_packages() {
    if [[ -n "${BO_SKIP_PACKAGES:-}" ]]; then
        return 0
    fi
    if ! command -v dpkg-query >/dev/null 2>&1; then
        bo_log "dpkg-query not found: not a Debian system, skipping the package check"
        bo_log "needed: ${BO_PACKAGES[*]}"
        return 0
    fi
    local missing=()
    mapfile -t missing < <(bo_missing_packages)
    if [[ ${#missing[@]} -eq 0 ]]; then
        return 0
    fi
    bo_log "missing packages: ${missing[*]}"
    if bo_is_root; then
        apt-get update
        DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
    else
        printf '[boxoffice] install them first:\n  sudo apt-get update && sudo apt-get install -y --no-install-recommends %s\n' \
            "${missing[*]}" >&2
        exit 1
    fi
}

# ---------------------------------------------------------------------------------
# Build

# bo_package_for NAME: prints the Debian package that provides what CMake calls NAME (a
# find_package / Qt component name, a pkg-config module, or "make" / "c++" for the tools),
# or nothing if it is not known. Covers every find_package and pkg_check_modules of the
# CMakeLists.txt files and what they load in turn.
bo_package_for() {
    case "$1" in
        Qt6OpenGL|Qt6EglFS*) echo libqt6opengl6-dev ;;
        Qt6WebSockets*) echo qt6-websockets-dev ;;
        Qt6HttpServer*) echo qt6-httpserver-dev ;;
        Qt6Charts*) echo qt6-charts-dev ;;
        Qt6LinguistTools|Qt6Linguist|Qt6Tools*|Qt6Designer*|Qt6Help|Qt6Ui*) echo qt6-tools-dev ;;
        Qt6Qml*|Qt6Quick*) echo qt6-declarative-dev ;;
        Qt6Svg*) echo qt6-svg-dev ;;
        Qt6*) echo qt6-base-dev ;;
        OpenSSL|WrapOpenSSL*|openssl|libssl) echo libssl-dev ;;
        PkgConfig|pkg-config) echo pkg-config ;;
        libqrencode|QRENCODE) echo libqrencode-dev ;;
        PostgreSQL|libpq) echo libpq-dev ;;
        OpenGL|WrapOpenGL|GLX|gl) echo libgl-dev ;;
        EGL|egl) echo libegl-dev ;;
        Threads) echo libc6-dev ;;
        make) echo make ;;
        c++|CXX) echo g++ ;;
        clang++-14|clang-14) echo clang-14 ;;
    esac
}

# bo_configure_hints LOG: reads the output of a failed CMake configure and says which Debian
# packages would provide what it could not find (CMake names only its own package names).
# Names outside bo_package_for's table (Qt also reports optional ones such as XKB) are
# listed as such.
bo_configure_hints() {
    local log=$1 name pkg
    local -a names=() unknown=() wanted=() install=()
    # CMake wraps its messages at about 75 columns: join each message's lines first.
    mapfile -t names < <(tr '\n' ' ' <"$log" | tr -s ' ' | sed -E \
        -e 's/(Could NOT find|\(missing:|Failed to find required Qt component|because dependency|provided by|Package|No package|unable to find a build program)/\n\1/g' \
        | sed -nE \
        -e 's/^Could NOT find ([A-Za-z0-9_]+).*/\1/p' \
        -e 's/^\(missing: ([A-Za-z0-9_]+)_DIR\).*/\1/p' \
        -e 's/^Failed to find required Qt component "([A-Za-z0-9_]+)".*/Qt6\1/p' \
        -e 's/^because dependency ([A-Za-z0-9_]+) could not be found.*/\1/p' \
        -e 's/^provided by "([A-Za-z0-9_]+)".*/\1/p' \
        -e "s/^Package '([^']+)', required by .*/\\1/p" \
        -e "s/^No package '([^']+)' found.*/\\1/p" \
        -e 's/^unable to find a build program.*/make/p' \
        | sort -u)
    if grep -q 'No CMAKE_CXX_COMPILER could be found' "$log"; then
        names+=(c++)
    fi
    (( ${#names[@]} > 0 )) || return 0
    for name in "${names[@]}"; do
        pkg="$(bo_package_for "$name")"
        if [[ -z "$pkg" ]]; then
            unknown+=("$name")
            continue
        fi
        [[ " ${wanted[*]} " != *" $pkg "* ]] || continue
        wanted+=("$pkg")
        if [[ "$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)" == installed ]]; then
            bo_log "CMake could not find $name (Debian package $pkg, installed: something it needs is missing)"
        else
            bo_log "CMake could not find $name: it comes with the Debian package $pkg (not installed)"
            install+=("$pkg")
        fi
    done
    if (( ${#install[@]} > 0 )); then
        bo_log "install what is missing:  apt-get install --no-install-recommends ${install[*]}"
        for pkg in "${install[@]}"; do
            if [[ " ${BO_PACKAGES[*]} " != *" $pkg "* ]]; then
                bo_log "$pkg is not in BO_PACKAGES (scripts/lib.sh): add it there, so that the scripts install it"
            fi
        done
    fi
    if (( ${#unknown[@]} > 0 )); then
        bo_log "CMake also did not find (may be optional; not in bo_package_for's table in scripts/lib.sh): ${unknown[*]}"
    fi
}

# bo_configure BUILD_DIR [extra cmake args]: configures BUILD_DIR from the repository; if
# CMake fails, its output is followed by the Debian packages that would provide what it
# could not find (bo_configure_hints). CC/CXX in the environment pick the compiler.
bo_configure() {
    local dir=$1 log status=0
    shift
    mkdir -p "$dir"
    log="$(mktemp)"
    cmake -S "$BO_ROOT" -B "$dir" "$@" >"$log" 2>&1 || status=$?
    cat "$log" >&2
    if (( status != 0 )); then
        bo_log "configuring ${dir#"$BO_ROOT"/} failed (cmake status $status)"
        bo_configure_hints "$log"
        rm -f "$log"
        bo_die "configure failed"
    fi
    rm -f "$log"
}

# bo_build [extra cmake args]: configures and builds into build/ (binaries in build/bin).
# shellcheck disable=SC2120  # callers may pass no arguments
bo_build() {
    bo_log "configuring build/ (RelWithDebInfo)"
    bo_configure "$BO_ROOT/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
    bo_log "building with -j${BO_JOBS:-2}"
    cmake --build "$BO_ROOT/build" -j"${BO_JOBS:-2}" >&2
}

# bo_require_bin NAME: dies unless build/bin/NAME is an executable.
bo_require_bin() {
    [[ -x "$BO_ROOT/build/bin/$1" ]] \
        || bo_die "build/bin/$1 does not exist: build the project first (scripts/test or cmake --build build)"
}

# ---------------------------------------------------------------------------------
# Processes, ports, HTTP

# bo_port_in_use PORT: true if something accepts TCP connections on 127.0.0.1:PORT.
bo_port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# bo_require_free_port PORT WHAT: dies if PORT is taken.
bo_require_free_port() {
    if bo_port_in_use "$1"; then
        bo_die "port $1 ($2) is already in use on 127.0.0.1; stop whatever listens there first"
    fi
}

# bo_raise_nofile: lifts the open-file limit (many WebSocket connections) as far as allowed.
bo_raise_nofile() {
    local hard
    hard="$(ulimit -Hn)"
    if [[ "$hard" == "unlimited" ]]; then
        hard=1048576
    fi
    if (( hard > 65536 )); then
        hard=65536
    fi
    ulimit -Sn "$hard" 2>/dev/null || true
}

# bo_wait_http URL [TIMEOUT_S [PID]]: polls URL until it answers 2xx. Fails after
# TIMEOUT_S seconds (default 60), or at once if PID (the server) has died.
bo_wait_http() {
    local url=$1 timeout=${2:-60} pid=${3:-} deadline
    deadline=$(( SECONDS + timeout ))
    while (( SECONDS < deadline )); do
        if curl -fsS --max-time 2 "$url" >/dev/null 2>&1; then
            return 0
        fi
        if [[ -n "$pid" ]] && ! kill -0 "$pid" 2>/dev/null; then
            bo_log "process $pid exited while waiting for $url"
            return 1
        fi
        sleep 0.2
    done
    bo_log "timed out after ${timeout}s waiting for $url"
    return 1
}

# bo_wait_health PORT [TIMEOUT_S [PID]]: waits for http://127.0.0.1:PORT/health.
bo_wait_health() {
    bo_wait_http "http://127.0.0.1:$1/health" "${2:-60}" "${3:-}"
}

# bo_stop_pid PID [NAME [TIMEOUT_S]]: SIGTERM, wait up to TIMEOUT_S (default 20), then SIGKILL.
bo_stop_pid() {
    local pid=$1 name=${2:-process} timeout=${3:-20} deadline
    if [[ -z "$pid" ]] || ! kill -0 "$pid" 2>/dev/null; then
        return 0
    fi
    bo_log "stopping $name (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    deadline=$(( SECONDS + timeout ))
    while kill -0 "$pid" 2>/dev/null && (( SECONDS < deadline )); do
        sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
        bo_log "$name did not stop within ${timeout}s, killing it"
        kill -KILL "$pid" 2>/dev/null || true
    fi
    wait "$pid" 2>/dev/null || true
}

# bo_kv LINE KEY: prints the value of KEY in a line of "key=value key=value ...".
bo_kv() {
    awk -v key="$2" '{ for (i = 1; i <= NF; i++) { n = index($i, "="); if (n > 0 && substr($i, 1, n - 1) == key) { print substr($i, n + 1); exit } } }' <<<"$1"
}

# ---------------------------------------------------------------------------------
# Private PostgreSQL 15 cluster
#
# Layout of a cluster folder DIR:
#   DIR/data             the cluster (initdb)
#   DIR/run              unix socket directory
#   DIR/postgresql.log   server log
# As root, PostgreSQL runs as the "postgres" OS user. If "postgres" cannot reach DIR
# (a parent folder is not traversable for it), the cluster lives in
# /tmp/boxoffice-pg-PORT instead and DIR/redirect names that folder.

# bo_as_pg CMD...: runs CMD as the postgres OS user when root, directly otherwise.
bo_as_pg() {
    if bo_is_root; then
        (cd / && runuser -u postgres -- "$@")
    else
        "$@"
    fi
}

# bo_pg_home DIR: prints the folder that actually holds the cluster of DIR.
bo_pg_home() {
    local dir=$1
    if [[ -f "$dir/redirect" ]]; then
        cat "$dir/redirect"
    else
        printf '%s\n' "$dir"
    fi
}

# bo_pg_prepare DIR PORT: creates DIR, decides where the cluster lives, sets BO_PG_DIR.
bo_pg_prepare() {
    local dir=$1 port=$2
    mkdir -p "$dir"
    dir="$(cd "$dir" && pwd)"
    if bo_is_root; then
        id postgres >/dev/null 2>&1 || bo_die "no 'postgres' OS user (is postgresql-15 installed?)"
        command -v runuser >/dev/null 2>&1 || bo_die "runuser (util-linux) is needed to run PostgreSQL as root"
        if [[ -f "$dir/redirect" ]]; then
            BO_PG_DIR="$(cat "$dir/redirect")"
        else
            chown postgres:postgres "$dir"
            if bo_as_pg test -x "$dir" -a -w "$dir"; then
                BO_PG_DIR="$dir"
            else
                BO_PG_DIR="/tmp/boxoffice-pg-$port"
                bo_log "the postgres user cannot reach $dir (a parent folder is not traversable);"
                bo_log "using $BO_PG_DIR for this cluster instead (named in $dir/redirect)"
                printf '%s\n' "$BO_PG_DIR" >"$dir/redirect"
            fi
        fi
        mkdir -p "$BO_PG_DIR"
        chown postgres:postgres "$BO_PG_DIR"
        chmod 755 "$BO_PG_DIR"
    else
        BO_PG_DIR="$dir"
    fi
}

# bo_pg_is_running DIR: true if the cluster of DIR is up.
bo_pg_is_running() {
    local home
    home="$(bo_pg_home "$1")"
    [[ -f "$home/data/PG_VERSION" ]] || return 1
    bo_as_pg "$BO_PG_BIN/pg_ctl" status -D "$home/data" >/dev/null 2>&1
}

# bo_pg_wipe DIR: stops the cluster of DIR if it runs and deletes it.
bo_pg_wipe() {
    local dir=$1 home
    [[ -e "$dir" ]] || return 0
    home="$(bo_pg_home "$dir")"
    if bo_pg_is_running "$dir"; then
        bo_pg_stop "$dir"
    fi
    bo_log "wiping the cluster in $home"
    if [[ "$home" != "$dir" ]]; then
        rm -rf "$home"
    fi
    rm -rf "$dir"
}

# bo_pg_start DIR PORT [CONF_LINE...]: starts (creating it if needed) a private cluster
# on 127.0.0.1:PORT with superuser "boxoffice" (trust) and database "boxoffice".
# Extra arguments are appended to its configuration (e.g. "fsync = off").
bo_pg_start() {
    local dir=$1 port=$2
    shift 2
    [[ -x "$BO_PG_BIN/pg_ctl" ]] || bo_die "$BO_PG_BIN/pg_ctl not found (install postgresql-15)"
    bo_pg_prepare "$dir" "$port"
    local home=$BO_PG_DIR
    local data="$home/data" run="$home/run" log="$home/postgresql.log"

    # Unix socket paths are limited to ~107 bytes.
    if (( ${#run} + 16 > 100 )); then
        run="/tmp/boxoffice-pg-run-$port"
        bo_log "socket path too long, using $run for the unix socket"
    fi
    mkdir -p "$run"
    if bo_is_root; then
        chown postgres:postgres "$run"
    fi
    chmod 755 "$run"

    if [[ ! -f "$data/PG_VERSION" ]]; then
        bo_log "creating a PostgreSQL cluster in $data"
        local locale=C.UTF-8 locales
        locales="$(locale -a 2>/dev/null || true)"
        if ! grep -qix 'c\.utf-\?8' <<<"$locales"; then
            locale=C
        fi
        rm -rf "$data"
        bo_as_pg "$BO_PG_BIN/initdb" -D "$data" -U boxoffice --auth=trust -E UTF8 \
            --locale="$locale" >"$home/initdb.log" 2>&1 \
            || { cat "$home/initdb.log" >&2; bo_die "initdb failed (log: $home/initdb.log)"; }
        printf "\n# BoxOffice scripts: settings of this private cluster\ninclude_if_exists = 'boxoffice.conf'\n" \
            >>"$data/postgresql.conf"
    fi

    if bo_pg_is_running "$dir"; then
        bo_log "PostgreSQL in $data is already running; reusing it"
    else
        bo_require_free_port "$port" "PostgreSQL"
        {
            printf '# Written by scripts/lib.sh at every start; edits are overwritten.\n'
            printf "listen_addresses = '127.0.0.1'\n"
            printf 'port = %s\n' "$port"
            printf "unix_socket_directories = '%s'\n" "${run//\'/\'\'}"
            printf 'max_connections = 400\n'
            printf 'shared_buffers = 256MB\n'
            local line
            for line in "$@"; do
                printf '%s\n' "$line"
            done
        } >"$data/boxoffice.conf"
        if bo_is_root; then
            chown postgres:postgres "$data/boxoffice.conf" "$data/postgresql.conf"
        fi
        bo_log "starting PostgreSQL on 127.0.0.1:$port (log: $log)"
        if ! bo_as_pg "$BO_PG_BIN/pg_ctl" start -w -t 60 -D "$data" -l "$log" >/dev/null; then
            tail -n 20 "$log" >&2 || true
            bo_die "PostgreSQL did not start (log: $log)"
        fi
    fi

    local deadline=$(( SECONDS + 30 ))
    until "$BO_PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$port"; do
        (( SECONDS < deadline )) || bo_die "PostgreSQL on port $port is not ready (log: $log)"
        sleep 0.2
    done

    local exists
    exists="$(bo_psql "$port" postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'boxoffice'")"
    if [[ "$exists" != "1" ]]; then
        bo_log "creating database boxoffice"
        bo_psql "$port" postgres -qc "CREATE DATABASE boxoffice" >/dev/null
    fi
}

# bo_pg_stop DIR: stops the cluster of DIR (fast shutdown) if it runs.
bo_pg_stop() {
    local dir=$1 home
    home="$(bo_pg_home "$dir")"
    if bo_pg_is_running "$dir"; then
        bo_log "stopping PostgreSQL in $home/data"
        bo_as_pg "$BO_PG_BIN/pg_ctl" stop -w -t 60 -m fast -D "$home/data" >/dev/null \
            || bo_log "pg_ctl stop failed (log: $home/postgresql.log)"
    fi
}

# bo_psql PORT DB [psql args...]: psql as boxoffice over TCP, stopping at the first error.
bo_psql() {
    local port=$1 db=$2
    shift 2
    PGCONNECT_TIMEOUT=10 "$BO_PG_BIN/psql" -X -h 127.0.0.1 -p "$port" -U boxoffice -d "$db" \
        -v ON_ERROR_STOP=1 "$@"
}
