#!/bin/sh
# Build Sello's Linux one-folder bundle and its tarball, then smoke-test it frozen.
#
#   packaging/build.sh            from a clean checkout: installs what is missing
#                                 (./dev.sh install, then PyInstaller from the `build` extra),
#                                 builds dist/sello/, runs `sello --selftest` on it inside a
#                                 private D-Bus session with gnome-keyring (Qt offscreen),
#                                 reports the bundle's size and its start-up time, and packs
#                                 dist/sello-<version>-linux-<arch>.tar.gz
#   SELLO_SKIP_SELFTEST=1         skip the smoke test (not for releases)
#
# Translations are compiled by the spec itself (packaging/sello.spec, PySide6's lrelease).
# Build on the oldest Linux you support: the bundle needs that glibc or newer (CI: Ubuntu 22.04).
set -eu
cd "$(dirname "$0")/.."
ROOT=$(pwd)
VENV=${SELLO_VENV:-$ROOT/.venv}
PY="$VENV/bin/python"
DIST="$ROOT/dist"
BUNDLE="$DIST/sello"

step() { printf '\n== %s\n' "$*"; }

step "Installing (./dev.sh install, PyInstaller)"
./dev.sh install
command -v strip >/dev/null || { echo "build.sh: 'strip' (binutils) is needed: apt-get install binutils" >&2; exit 1; }
stamp="$VENV/.sello-build-installed"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ] || ! "$PY" -c "import PyInstaller" 2>/dev/null; then
    "$PY" -m pip install -q -e ".[test,build]"
    touch "$stamp"
fi
VERSION=$("$PY" -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])")
ARCH=$(uname -m)
echo "Sello $VERSION, $("$VENV/bin/pyinstaller" --version | sed 's/^/PyInstaller /'), $ARCH"

step "Building dist/sello/ (PyInstaller, packaging/sello.spec)"
rm -rf "$BUNDLE"
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath "$ROOT/build" packaging/sello.spec

# Run a command inside a throwaway D-Bus session with an unlocked gnome-keyring, with HOME and
# the XDG folders in a temporary directory and Qt offscreen (as ./dev.sh's with_test_session).
with_session() {
    tmp=$(mktemp -d "${TMPDIR:-/tmp}/sello-build.XXXXXX")
    mkdir -p "$tmp/home" "$tmp/data" "$tmp/config" "$tmp/cache" "$tmp/run"
    chmod 700 "$tmp/run"
    set +e
    HOME="$tmp/home" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" \
    XDG_CACHE_HOME="$tmp/cache" XDG_RUNTIME_DIR="$tmp/run" QT_QPA_PLATFORM=offscreen \
        dbus-run-session -- sh -c 'echo -n build | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; exec "$@"' sh "$@"
    status=$?
    set -e
    rm -rf "$tmp"
    return $status
}

if [ "${SELLO_SKIP_SELFTEST:-}" = 1 ]; then
    step "Smoke test SKIPPED (SELLO_SKIP_SELFTEST=1)"
else
    step "Smoke test: dist/sello/sello --selftest (frozen, offscreen, real Secret Service)"
    # Qt's and FFmpeg's own chatter goes to stderr; the report is on stdout
    with_session "$BUNDLE/sello" --selftest 2>"$ROOT/build/selftest-stderr.txt" || {
        echo "build.sh: the frozen self-test failed; Qt's messages are in build/selftest-stderr.txt" >&2
        exit 1
    }
fi

step "Bundle size"
du -sh "$BUNDLE" | sed "s|$ROOT/||"
echo "largest files:"
find "$BUNDLE" -type f -printf '%s %P\n' | sort -rn | head -10 | awk '{printf "  %6.1f MB  %s\n", $1 / 1048576, $2}'

step "Start-up: frozen start to main window shown (median of 5, target <= 1.5 s)"
with_session "$PY" - "$BUNDLE/sello" <<'EOF'
import statistics
import sys

from tests.benchmarks.bench_startup import measure_once

command = [sys.argv[1]]
measure_once(command)  # warm the file cache
runs = [measure_once(command) for _ in range(5)]
median = statistics.median(runs)
print("runs: " + ", ".join(f"{r * 1000:.0f} ms" for r in runs))
print(f"median {median * 1000:.0f} ms: {'OK' if median <= 1.5 else 'OVER TARGET'}")
EOF

step "Packing dist/sello-$VERSION-linux-$ARCH.tar.gz"
cp packaging/linux/sello.desktop packaging/linux/install-desktop-entry.sh "$BUNDLE/"
cp resources/icons/sello-256.png "$BUNDLE/sello.png"
chmod +x "$BUNDLE/install-desktop-entry.sh"
TARBALL="$DIST/sello-$VERSION-linux-$ARCH.tar.gz"
tar -C "$DIST" --owner=0 --group=0 --transform "s|^sello|sello-$VERSION|S" -czf "$TARBALL" sello
du -h "$TARBALL" | sed "s|$ROOT/||"
