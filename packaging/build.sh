#!/bin/sh
# Build Sello's Linux one-folder bundle, its tarball, SBOM and signed release manifest.
#
#   packaging/build.sh            from a clean checkout: installs what is missing
#                                 (./dev.sh install, then the `build` extra: PyInstaller, cyclonedx-bom),
#                                 builds dist/sello/ (with its CycloneDX SBOM dist/sello/sbom.cdx.json
#                                 and build information, packaging/sbom.py), runs `sello --selftest`
#                                 on it inside a private D-Bus session with gnome-keyring (Qt
#                                 offscreen), reports the bundle's size and its start-up time, and writes
#                                   dist/sello-<version>-linux-<arch>.tar.gz        the bundle
#                                   dist/sello-<version>-linux-<arch>.cdx.json      its SBOM (same bytes)
#                                   dist/SHA256SUMS                                  `sha256sum -c` checks both
#                                   dist/sello-<version>-linux-<arch>.manifest.jws  signed manifest (Ed25519)
#   packaging/build.sh --check-reproducible
#                                 builds the committed HEAD twice, each in a fresh folder (git archive),
#                                 and compares the two tarballs: same SHA-256 -> exit 0; otherwise
#                                 lists which files differ and why (packaging/compare_builds.py), exit 1
#
#   SELLO_RELEASE_KEY_FILE=PEM    sign the manifest with the release key (Ed25519, never in the
#                                 repository); without it a throwaway key signs and the build says
#                                 the manifest is UNSIGNED FOR RELEASE (packaging/release_manifest.py)
#   SELLO_SKIP_SELFTEST=1         skip the smoke test and the start-up timing (not for releases)
#   SELLO_SKIP_INSTALL=1          install nothing (the virtualenv SELLO_VENV already has the `build` extra)
#
# Reproducible: every timestamp is SOURCE_DATE_EPOCH (default: the last commit's time),
# PYTHONHASHSEED=0 (PyInstaller orders base_library.zip by a set), the tarball's entries are
# sorted with fixed owner, group, mode bits and time, and gzip stores no name or time.
# Translations are compiled by the spec itself (packaging/sello.spec, PySide6's lrelease).
# Build on the oldest Linux you support: the bundle needs that glibc or newer (CI: Ubuntu 22.04).
set -eu
cd "$(dirname "$0")/.."
ROOT=$(pwd)
VENV=${SELLO_VENV:-$ROOT/.venv}
PY="$VENV/bin/python"
DIST="$ROOT/dist"
BUNDLE="$DIST/sello"
export PYTHONHASHSEED=0
umask 022

step() { printf '\n== %s\n' "$*"; }

install() {
    [ "${SELLO_SKIP_INSTALL:-}" = 1 ] && return 0
    step "Installing (./dev.sh install, the build extra)"
    ./dev.sh install
    stamp="$VENV/.sello-build-installed"
    if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ] || ! "$PY" -c "import PyInstaller, cyclonedx_py" 2>/dev/null; then
        "$PY" -m pip install -q -e ".[test,build]"
        touch "$stamp"
    fi
}

# -- packaging/build.sh --check-reproducible -------------------------------------------------
if [ "${1:-}" = "--check-reproducible" ]; then
    install
    COMMIT=$(git rev-parse HEAD)
    [ -z "$(git status --porcelain --untracked-files=no)" ] || \
        echo "build.sh: the working tree has uncommitted changes; both builds use the committed HEAD $COMMIT" >&2
    EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct)}
    WORK=$(mktemp -d "${TMPDIR:-/tmp}/sello-reproducible.XXXXXX")
    for n in 1 2; do
        step "Build $n of 2: $COMMIT in $WORK/build$n"
        mkdir -p "$WORK/build$n"
        git archive --format=tar HEAD | tar -x -C "$WORK/build$n"
        start=$(date +%s)
        (cd "$WORK/build$n" && env -u SELLO_RELEASE_KEY -u SELLO_RELEASE_KEY_FILE -u PYTHONPATH \
            SELLO_SKIP_INSTALL=1 SELLO_SKIP_SELFTEST=1 SELLO_VENV="$VENV" SELLO_BUILD_COMMIT="$COMMIT" \
            SOURCE_DATE_EPOCH="$EPOCH" sh packaging/build.sh) >"$WORK/build$n.log" 2>&1 || {
            echo "build.sh: build $n failed; its log: $WORK/build$n.log" >&2
            tail -20 "$WORK/build$n.log" >&2
            exit 1
        }
        echo "built in $(( $(date +%s) - start )) s"
    done
    step "Comparing"
    A=$(ls "$WORK"/build1/dist/sello-*.tar.gz)
    B=$(ls "$WORK"/build2/dist/sello-*.tar.gz)
    sha256sum "$A" "$B" | sed "s|$WORK/||"
    if cmp -s "$A" "$B" && cmp -s "$WORK"/build1/dist/SHA256SUMS "$WORK"/build2/dist/SHA256SUMS; then
        echo "REPRODUCIBLE: both builds of $COMMIT give the same tarball and SBOM ($(du -h "$A" | cut -f1))"
        rm -rf "$WORK"
        exit 0
    fi
    echo "NOT REPRODUCIBLE: the builds differ (both kept in $WORK):"
    "$PY" packaging/compare_builds.py "$A" "$B" || true
    diff "$WORK"/build1/dist/SHA256SUMS "$WORK"/build2/dist/SHA256SUMS || true
    exit 1
fi

# -- one build -------------------------------------------------------------------------------
install
command -v strip >/dev/null || { echo "build.sh: 'strip' (binutils) is needed: apt-get install binutils" >&2; exit 1; }
VERSION=$("$PY" -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])")
ARCH=$(uname -m)
if [ -z "${SOURCE_DATE_EPOCH:-}" ]; then SOURCE_DATE_EPOCH=$(git log -1 --format=%ct); fi
if [ -z "${SELLO_BUILD_COMMIT:-}" ]; then
    SELLO_BUILD_COMMIT=$(git rev-parse HEAD)
    [ -z "$(git status --porcelain --untracked-files=no)" ] || SELLO_BUILD_COMMIT="$SELLO_BUILD_COMMIT-dirty"
fi
export SOURCE_DATE_EPOCH SELLO_BUILD_COMMIT
BUILD_DATE=$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y-%m-%dT%H:%M:%SZ)
echo "Sello $VERSION, commit $SELLO_BUILD_COMMIT ($BUILD_DATE), $("$VENV/bin/pyinstaller" --version | sed 's/^/PyInstaller /'), $ARCH"

step "Building dist/sello/ (PyInstaller, packaging/sello.spec; SBOM: packaging/sbom.py)"
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
    step "Smoke test and start-up timing SKIPPED (SELLO_SKIP_SELFTEST=1)"
else
    step "Smoke test: dist/sello/sello --selftest (frozen, offscreen, real Secret Service)"
    # Qt's and FFmpeg's own chatter goes to stderr; the report is on stdout
    with_session "$BUNDLE/sello" --selftest 2>"$ROOT/build/selftest-stderr.txt" || {
        echo "build.sh: the frozen self-test failed; Qt's messages are in build/selftest-stderr.txt" >&2
        exit 1
    }
    "$BUNDLE/sello" --about
fi

step "Bundle size"
du -sh "$BUNDLE" | sed "s|$ROOT/||"
echo "largest files:"
find "$BUNDLE" -type f -printf '%s %P\n' | sort -rn | head -10 | awk '{printf "  %6.1f MB  %s\n", $1 / 1048576, $2}'

if [ "${SELLO_SKIP_SELFTEST:-}" != 1 ]; then
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
fi

NAME="sello-$VERSION-linux-$ARCH"
step "Packing dist/$NAME.tar.gz (sorted, owner 0:0, time $BUILD_DATE)"
cp packaging/linux/sello.desktop packaging/linux/install-desktop-entry.sh "$BUNDLE/"
cp resources/icons/sello-256.png "$BUNDLE/sello.png"
chmod 644 "$BUNDLE/sello.desktop" "$BUNDLE/sello.png"
chmod 755 "$BUNDLE/install-desktop-entry.sh"
TARBALL="$DIST/$NAME.tar.gz"
LC_ALL=C tar -C "$DIST" --create --format=gnu --sort=name --owner=0 --group=0 --numeric-owner \
    --mtime="@$SOURCE_DATE_EPOCH" --mode='u+rw,go-w,a+rX' --transform "s|^sello|sello-$VERSION|S" sello \
    | gzip -9 -n >"$TARBALL"
cp "$BUNDLE/sbom.cdx.json" "$DIST/$NAME.cdx.json"
du -h "$TARBALL" | sed "s|$ROOT/||"

step "SHA256SUMS and the signed release manifest"
"$PY" packaging/release_manifest.py sign --dist "$DIST" --version "$VERSION" --commit "$SELLO_BUILD_COMMIT" \
    --build-date "$BUILD_DATE" "$TARBALL" "$DIST/$NAME.cdx.json"
(cd "$DIST" && cat SHA256SUMS && sha256sum -c --quiet SHA256SUMS)
