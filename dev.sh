#!/bin/sh
# Sello developer entry point. Works on a fresh Debian 12 with Python 3.11.
#   ./dev.sh start          install what is missing, then start the desktop app
#   ./dev.sh test [ARGS]    install what is missing, then run the whole test suite
#                           (inside a private D-Bus session with a real Secret Service)
#   ./dev.sh gate           the quality gate: ruff (lint, format), mypy on the core, import-linter
#   ./dev.sh bench          run the benchmarks and print the report table
#   ./dev.sh install        only install (system packages, .venv, Python packages)
# SELLO_EXTRAS=test,build adds PyInstaller; SELLO_TEST_FROZEN=1 makes the test suite build
# the frozen bundle and run its --selftest (CI does both).
set -eu
cd "$(dirname "$0")"
ROOT=$(pwd)
PYTHON=${PYTHON:-python3}
VENV=${SELLO_VENV:-$ROOT/.venv}

# System packages: Qt's xcb/EGL libraries, PulseAudio client for QtMultimedia,
# the Secret Service (gnome-keyring + dbus) for the OS keyring, ffmpeg for test videos,
# zbar for the decoder comparison benchmark. libpipewire: QtMultimedia loads it at
# start-up and logs a Qt warning when it is missing (which fails the camera tests).
APT_PACKAGES="dbus dbus-x11 gnome-keyring libpulse0 libpipewire-0.3-0 libegl1 libgl1 libglib2.0-0 libfontconfig1
 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
 libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xinerama0 libxcb-xkb1 libdbus-1-3
 ffmpeg libzbar0 xvfb binutils"

install_system() {
    [ "${SELLO_SKIP_INSTALL:-0}" = 1 ] && return 0
    missing=""
    for pkg in $APT_PACKAGES; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing="$missing $pkg"
    done
    if ! "$PYTHON" -c "import ensurepip" >/dev/null 2>&1; then missing="$missing python3-venv"; fi
    # node + npm run the Traceability API conformance suite (newman, tests/conformance)
    command -v node >/dev/null 2>&1 || missing="$missing nodejs"
    command -v npm >/dev/null 2>&1 || missing="$missing npm"
    [ -z "$missing" ] && return 0
    echo "Installing system packages:$missing"
    if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

install_python() {
    # SELLO_SKIP_INSTALL=1: use the venv as it is (parallel work trees sharing one venv)
    [ "${SELLO_SKIP_INSTALL:-0}" = 1 ] && return 0
    stamp="$VENV/.sello-installed-$(echo "${SELLO_EXTRAS:-test}" | tr ',' '-')"
    if [ -f "$stamp" ] && [ "$stamp" -nt pyproject.toml ]; then return 0; fi
    [ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
    "$VENV/bin/python" -m pip install -q --upgrade pip
    "$VENV/bin/python" -m pip install -q -e ".[${SELLO_EXTRAS:-test}]"
    touch "$stamp"
}

# newman, pinned by tests/conformance/package-lock.json, for the API conformance suite.
install_node() {
    dir=tests/conformance
    stamp="$dir/node_modules/.sello-installed"
    if [ -f "$stamp" ] && [ "$stamp" -nt "$dir/package-lock.json" ]; then return 0; fi
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null) && touch "$stamp"
}

# Run a command inside a throwaway D-Bus session with an unlocked gnome-keyring,
# with HOME and the XDG folders pointed at a temporary directory.
with_test_session() {
    tmp=$(mktemp -d "${TMPDIR:-/tmp}/sello-test.XXXXXX")
    mkdir -p "$tmp/home" "$tmp/data" "$tmp/config" "$tmp/cache" "$tmp/run"
    chmod 700 "$tmp/run"
    # PYTHONPATH: the tree being tested, whatever the venv's editable install points at
    PYTHONPATH="$ROOT/app${PYTHONPATH:+:$PYTHONPATH}" HOME="$tmp/home" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" \
    XDG_CACHE_HOME="$tmp/cache" XDG_RUNTIME_DIR="$tmp/run" \
    QT_QPA_PLATFORM=offscreen PYTHON_KEYRING_BACKEND=keyring.backends.SecretService.Keyring \
    SELLO_TEST_SECRET_SERVICE=1 \
        dbus-run-session -- sh -c 'echo -n test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; exec "$@"' sh "$@"
    status=$?
    rm -rf "$tmp"
    return $status
}

# The quality gate (STYLE 19): lint, format, types of the core, import contracts.
gate() {
    echo "gate: ruff check";      "$VENV/bin/ruff" check app tests tools packaging || return 1
    echo "gate: ruff format";     "$VENV/bin/ruff" format --check --quiet app tests tools packaging || return 1
    echo "gate: mypy (core)";     "$VENV/bin/mypy" || return 1
    echo "gate: import-linter";   PYTHONPATH="$ROOT/app" "$VENV/bin/lint-imports" --no-cache || return 1
}

cmd=${1:-start}
[ $# -gt 0 ] && shift
case "$cmd" in
    install) install_system; install_python; install_node ;;
    start) install_system; install_python; exec "$VENV/bin/sello" "$@" ;;
    test)
        install_system; install_python; install_node
        set +e
        with_test_session "$VENV/bin/python" -m pytest "$@"
        exit $?
        ;;
    gate) install_system; install_python; gate ;;
    bench) install_system; install_python; with_test_session "$VENV/bin/python" -m tests.benchmarks "$@" ;;
    *) echo "usage: ./dev.sh start|test|bench|install" >&2; exit 2 ;;
esac
