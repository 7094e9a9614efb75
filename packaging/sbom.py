"""The CycloneDX SBOM of a frozen bundle, and the build information the app shows in `--about`.

packaging/sello.spec calls `finish_bundle` after PyInstaller has collected the one-folder
bundle (Linux). It writes

    <bundle>/sbom.cdx.json                 CycloneDX 1.6 JSON: what the bundle contains
    <bundle>/_internal/sello/build-info.json   version, commit, build date, the SBOM's SHA-256
    <bundle>/licenses/                     LICENSES.md, the (L)GPL texts, each distribution's licence files

The SBOM lists
- every Python distribution that has a file in the bundle (found by mapping each collected
  module, extension and data file back to the RECORD of the distribution that installed it),
  with the version, licences and links that `cyclonedx-py environment` (the CycloneDX
  project's own generator) reads from its metadata, and a SHA-256 (see `record_digest`);
- CPython itself (the standard library and libpython);
- every native library and executable in the bundle (ELF, PE or Mach-O) with the SHA-256 of
  the bundled file, nested under the distribution that shipped it (Qt's libraries under
  PySide6, pdfium under pypdfium2_raw...) or, for a library PyInstaller copied from the build
  machine, with the Debian package it came from. Versions where they can be read from the
  file (Qt, FFmpeg with its configure line, OpenSSL, SQLite), from a version file (pdfium) or
  from the soname (ICU's major version); licences for the libraries whose terms matter to
  LICENSES.md (Qt, FFmpeg, ICU, OpenSSL, pdfium, SQLite, the PyInstaller bootloader).

Everything is sorted and the timestamp is SOURCE_DATE_EPOCH, so two builds of one commit
write the same bytes.

    python packaging/sbom.py validate FILE.cdx.json     exit 0 when the file is valid CycloneDX 1.6
    python packaging/sbom.py record-digest WHEEL.whl     the hash this SBOM gives that distribution
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import subprocess
import sys
import sysconfig
import zipfile
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

SBOM_NAME = "sbom.cdx.json"
BUILD_INFO_NAME = "build-info.json"
SPEC_VERSION = "1.6"
CONTENTS = "_internal"  # PyInstaller 6's contents directory inside the one-folder bundle
HASH_NOTE = (
    "SHA-256 over the sorted 'path,sha256=...' lines of the distribution's RECORD (each line the "
    "hash of one file it installs; installer-written lines and scripts outside the package left "
    "out); recompute from the wheel with: python packaging/sbom.py record-digest WHEEL"
)

_NATIVE_MAGIC = (b"\x7fELF", b"MZ", b"\xcf\xfa\xed\xfe", b"\xca\xfe\xba\xbe")


def sha256_file(path: Path) -> str:
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def canonical_name(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


# -- Python distributions ------------------------------------------------------------------
def _digest_record_lines(rows: Iterable[Sequence[str]]) -> str:
    lines = []
    for row in rows:
        if len(row) < 2 or not row[1].startswith("sha256=") or row[0].startswith(".."):
            continue
        if row[0].endswith((".dist-info/INSTALLER", ".dist-info/REQUESTED", ".dist-info/direct_url.json")):
            continue
        lines.append(f"{row[0]},{row[1]}")
    return hashlib.sha256(("\n".join(sorted(lines)) + "\n").encode()).hexdigest()


def record_digest(distribution: metadata.Distribution) -> str | None:
    """A hash of the distribution's content that anyone holding the same wheel can recompute.

    The wheel file's own hash is not known after installation (pip does not keep it), and
    the installed RECORD changes with the installer (pip adds lines); the hashed lines that
    came from the wheel do not."""
    text = distribution.read_text("RECORD")
    return None if text is None else _digest_record_lines(csv.reader(io.StringIO(text)))


def wheel_record_digest(wheel: Path) -> str:
    with zipfile.ZipFile(wheel) as archive:
        name = next(n for n in archive.namelist() if re.fullmatch(r"[^/]+\.dist-info/RECORD", n))
        text = archive.read(name).decode("utf-8")
    return _digest_record_lines(csv.reader(io.StringIO(text)))


def _installed_files() -> dict[str, metadata.Distribution]:
    """Absolute path of every installed file -> the distribution whose RECORD lists it."""
    owners: dict[str, metadata.Distribution] = {}
    for distribution in metadata.distributions():
        for file in distribution.files or ():
            owners.setdefault(os.path.realpath(distribution.locate_file(file)), distribution)  # type: ignore[arg-type]
    return owners


def _stdlib_dirs() -> list[str]:
    paths = {sysconfig.get_paths()[key] for key in ("stdlib", "platstdlib")}
    paths |= {os.path.join(sys.base_prefix, "lib"), os.path.join(sys.base_exec_prefix, "lib")}
    return sorted(os.path.realpath(path) + os.sep for path in paths)


class Origins:
    """Where a collected file came from: a distribution, CPython, the app's own source, or the system."""

    def __init__(self, source_root: Path) -> None:
        self.files = _installed_files()
        self.stdlib = _stdlib_dirs()
        self.source_root = os.path.realpath(source_root) + os.sep

    def of(self, source: str) -> tuple[str, metadata.Distribution | None]:
        real = os.path.realpath(source)
        distribution = self.files.get(real)
        if distribution is not None:
            return "distribution", distribution
        if real.startswith(self.source_root):
            return "app", None
        if any(real.startswith(prefix) for prefix in self.stdlib):
            return "python", None
        return "system", None


# -- native files ----------------------------------------------------------------------------
def _is_native(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(4).startswith(_NATIVE_MAGIC)


def _search(path: Path, pattern: bytes) -> str | None:
    match = re.search(pattern, path.read_bytes())
    return match.group(1).decode("ascii", "replace") if match else None


class NativeFacts:
    """Versions and licences of the native libraries whose terms matter (LICENSES.md)."""

    def __init__(self, contents: Path) -> None:
        self.contents = contents
        self._cache: dict[str, Any] = {}

    def _once(self, key: str, compute: Any) -> Any:
        if key not in self._cache:
            self._cache[key] = compute()
        return self._cache[key]

    def _first(self, pattern: str) -> Path | None:
        return next(iter(sorted(self.contents.rglob(pattern))), None)

    def qt_version(self) -> str | None:
        core = self._first("libQt6Core.so*") or self._first("Qt6Core.dll") or self._first("QtCore")
        return self._once("qt", lambda: core and _search(core, rb"Qt (\d+\.\d+\.\d+) \("))

    def ffmpeg(self) -> tuple[str | None, str | None]:
        def compute() -> tuple[str | None, str | None]:
            avutil = self._first("libavutil.so*") or self._first("avutil-*.dll")
            if avutil is None:
                return None, None
            configuration = _search(avutil, rb"(--[a-z][^\x00]*--prefix=[^\x00]*)")
            version = re.search(r"FFmpeg-n?(\d+(?:\.\d+)+)", configuration or "")
            return (version.group(1) if version else None), configuration

        return self._once("ffmpeg", compute)  # type: ignore[no-any-return]

    def pdfium_version(self) -> str | None:
        def compute() -> str | None:
            version_file = self._first("pypdfium2_raw/version.json")
            if version_file is None:
                return None
            info = json.loads(version_file.read_text(encoding="utf-8"))
            return f"{info['major']}.{info['minor']}.{info['build']}.{info['patch']}"

        return self._once("pdfium", compute)  # type: ignore[no-any-return]

    def describe(self, path: Path) -> dict[str, Any]:
        """name, version, licence expression and a note for one native file (what is known)."""
        name = path.name
        if name.startswith(("libQt6", "Qt6")) or "/Qt/plugins/" in path.as_posix():
            return {
                "group": "Qt",
                "version": self.qt_version(),
                "license": "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only",
            }
        if re.match(r"lib(avcodec|avformat|avutil|swscale|swresample|avfilter|avdevice)\.so", name):
            version, configuration = self.ffmpeg()
            gpl = configuration is not None and ("--enable-gpl" in configuration or "--enable-nonfree" in configuration)
            facts: dict[str, Any] = {
                "group": "FFmpeg",
                "version": version,
                "license": "GPL-2.0-or-later" if gpl else "LGPL-2.1-or-later",
            }
            if configuration:
                facts["properties"] = {"sello:ffmpeg-configuration": configuration}
            return facts
        if match := re.match(r"libicu\w+\.so\.(\d+)", name):
            return {
                "group": "ICU",
                "version": match.group(1),
                "license": "Unicode-DFS-2016",
                "properties": {"sello:version-source": "soname (major version only)"},
            }
        if re.match(r"lib(crypto|ssl)\.so\.3", name):
            return {
                "group": "OpenSSL",
                "version": _search(path, rb"OpenSSL (\d+\.\d+\.\d+[a-z]?) "),
                "license": "Apache-2.0",
            }
        if name.startswith("libsqlite3"):
            return {"group": "SQLite", "version": _search(path, rb"\x00(3\.\d+\.\d+)\x00"), "license": "blessing"}
        if name in ("libpdfium.so", "pdfium.dll", "libpdfium.dylib"):
            return {"group": "pdfium", "version": self.pdfium_version(), "license": "BSD-3-Clause"}
        return {}


def _debian_package(source: str) -> dict[str, str] | None:
    """The Debian package that installed a system library, if dpkg knows it."""
    real = os.path.realpath(source)
    candidates = [source, real]
    for path in list(candidates):  # merged /usr: dpkg may have recorded either spelling
        candidates.append(path[4:] if path.startswith("/usr/") else "/usr" + path)
    for path in dict.fromkeys(candidates):
        try:
            found = subprocess.run(["dpkg", "-S", path], capture_output=True, text=True, timeout=30)
        except (OSError, subprocess.TimeoutExpired):
            return None
        if found.returncode == 0 and ":" in found.stdout:
            package = found.stdout.split(":", 1)[0].split(",")[0].strip()
            query = subprocess.run(
                ["dpkg-query", "-W", "-f", "${Version}\t${Architecture}", package],
                capture_output=True,
                text=True,
                timeout=30,
            )
            if query.returncode == 0 and "\t" in query.stdout:
                version, arch = query.stdout.strip().split("\t", 1)
                return {"package": package, "version": version, "arch": arch}
    return None


# -- assembling the document -----------------------------------------------------------------
def _licenses(expression: str | None) -> list[dict[str, Any]]:
    return [{"expression": expression}] if expression else []


def _properties(values: dict[str, str]) -> list[dict[str, str]]:
    return [{"name": key, "value": value} for key, value in sorted(values.items())]


def _generator_bom(python: str, pyproject: Path) -> dict[str, Any]:
    """`cyclonedx-py environment` of the build environment (the bundle takes a subset)."""
    result = subprocess.run(
        [
            python,
            "-m",
            "cyclonedx_py",
            "environment",
            "--output-reproducible",
            "--sv",
            SPEC_VERSION,
            "--of",
            "JSON",
            "--pyproject",
            str(pyproject),
            "-o",
            "-",
            python,
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    if result.returncode != 0:
        raise SystemExit(f"cyclonedx-py failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def _collected(
    toc: Iterable[tuple[str, str, str]], origins: Origins
) -> tuple[dict[str, metadata.Distribution], dict[str, str], bool]:
    """Which distributions have a file in the bundle, where each bundled file came from,
    and whether CPython's standard library is in it."""
    bundled: dict[str, metadata.Distribution] = {}
    source_of: dict[str, str] = {}
    uses_python = False
    for dest, source, _kind in toc:
        if not source or not os.path.exists(source):
            continue
        if dest:
            source_of[dest.replace("\\", "/")] = source
        where, distribution = origins.of(source)
        if distribution is not None:
            bundled[canonical_name(distribution.metadata["Name"])] = distribution
        uses_python |= where == "python"
    return bundled, source_of, uses_python


_LICENCE_NAME = re.compile(r"^(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)


def copy_licence_texts(bundle: Path, toc: Iterable[tuple[str, str, str]], source_root: Path) -> Path:
    """<bundle>/licenses/: packaging/LICENSES.md, the licence texts in packaging/licenses/ (GPL-3.0
    and LGPL-3.0 for Qt and PySide6, whose wheels carry none; LGPL-2.1 for FFmpeg), and the
    licence files each bundled distribution ships in its .dist-info."""
    target = bundle / "licenses"
    target.mkdir(exist_ok=True)
    for text in [
        source_root / "packaging" / "LICENSES.md",
        *sorted((source_root / "packaging" / "licenses").glob("*")),
    ]:
        (target / text.name).write_bytes(text.read_bytes())
    bundled, _sources, _python = _collected(toc, Origins(source_root))
    for distribution in bundled.values():
        folder = target / f"{distribution.metadata['Name']}-{distribution.version}"
        for file in distribution.files or ():
            parts = file.parts
            inside = next((i for i, part in enumerate(parts) if part.endswith(".dist-info")), None)
            if inside is None or len(parts) == inside + 1:
                continue
            relative = parts[inside + 1 :]
            if relative[0] == "licenses" or (len(relative) == 1 and _LICENCE_NAME.match(relative[0])):
                destination = folder.joinpath(*relative)
                destination.parent.mkdir(parents=True, exist_ok=True)
                destination.write_bytes(Path(distribution.locate_file(file)).read_bytes())  # type: ignore[arg-type]
    return target


def build_sbom(
    bundle: Path,
    toc: Iterable[tuple[str, str, str]],
    source_root: Path,
    *,
    python: str = sys.executable,
    generator_bom: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The SBOM of `bundle` (a one-folder bundle), from PyInstaller's table of contents
    `toc` (dest name, source path, type) of what it collected."""
    contents = bundle / CONTENTS
    origins = Origins(source_root)
    bom = generator_bom if generator_bom is not None else _generator_bom(python, source_root / "pyproject.toml")

    bundled, source_of, uses_python = _collected(toc, origins)

    components = {canonical_name(c["name"]): c for c in bom.get("components", [])}
    kept: dict[str, dict[str, Any]] = {}
    for name, distribution in sorted(bundled.items()):
        component = components.get(name)
        if component is None:  # cyclonedx-py did not see it (should not happen): minimal entry
            component = {
                "type": "library",
                "bom-ref": f"{distribution.metadata['Name']}=={distribution.version}",
                "name": distribution.metadata["Name"],
                "version": distribution.version,
                "purl": f"pkg:pypi/{name}@{distribution.version}",
            }
        digest = record_digest(distribution)
        if digest:
            component["hashes"] = [{"alg": "SHA-256", "content": digest}]
            component.setdefault("properties", []).append({"name": "sello:hash", "value": HASH_NOTE})
        kept[name] = component

    python_component = {
        "type": "application",
        "bom-ref": f"CPython=={sys.version_info.major}.{sys.version_info.minor}.{sys.version_info.micro}",
        "name": "CPython",
        "version": ".".join(map(str, sys.version_info[:3])),
        "purl": f"pkg:generic/cpython@{'.'.join(map(str, sys.version_info[:3]))}",
        "licenses": _licenses("PSF-2.0"),
        "description": "The Python interpreter and the parts of its standard library PyInstaller collected",
    }
    top_level: list[dict[str, Any]] = []

    facts = NativeFacts(contents)
    for path in sorted(p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()):
        relative = path.relative_to(bundle).as_posix()
        if path.name in (SBOM_NAME, BUILD_INFO_NAME) or not _is_native(path):
            continue
        described = facts.describe(path)
        component: dict[str, Any] = {
            "type": "library",
            "bom-ref": f"file:{relative}",
            "name": path.name,
            "hashes": [{"alg": "SHA-256", "content": sha256_file(path)}],
        }
        properties = {"sello:bundle-path": relative, **described.get("properties", {})}
        if described.get("group"):
            component["group"] = described["group"]
        if described.get("version"):
            component["version"] = described["version"]
        if described.get("license"):
            component["licenses"] = _licenses(described["license"])
        source = source_of.get(path.relative_to(contents).as_posix()) if path.is_relative_to(contents) else None
        parent: dict[str, Any] | None = None
        if path.parent == bundle:  # the executable: PyInstaller's bootloader + archive
            import PyInstaller

            component.update(
                type="application",
                group="PyInstaller",
                version=PyInstaller.__version__,
                licenses=_licenses("GPL-2.0-or-later WITH Bootloader-exception"),
                description="PyInstaller's bootloader with the app's compressed archive appended",
            )
        elif source is not None:
            where, distribution = origins.of(source)
            if distribution is not None:
                parent = kept.get(canonical_name(distribution.metadata["Name"]))
            elif where == "python":
                parent = python_component
            elif where == "system":
                package = _debian_package(source)
                if package:
                    properties["sello:debian-package"] = f"{package['package']} {package['version']}"
                    component["purl"] = (
                        f"pkg:deb/debian/{package['package']}@{package['version']}?arch={package['arch']}"
                    )
                    component.setdefault("version", package["version"])
                properties["sello:copied-from"] = "the build machine's system libraries"
        if parent is None and source is not None and origins.of(source)[0] == "python":
            parent = python_component
        component["properties"] = _properties(properties)
        if parent is not None:
            parent.setdefault("components", []).append(component)
        else:
            top_level.append(component)

    if uses_python or "components" in python_component:
        top_level.append(python_component)
    top_level.extend(kept.values())
    top_level.sort(key=lambda c: c["bom-ref"])
    for component in top_level:
        if "components" in component:
            component["components"].sort(key=lambda c: c["bom-ref"])

    refs = {c["bom-ref"] for c in top_level}
    root = bom.get("metadata", {}).get("component", {"type": "application", "bom-ref": "sello", "name": "sello"})
    dependencies = []
    for entry in bom.get("dependencies", []):
        if entry["ref"] in refs or entry["ref"] == root.get("bom-ref"):
            depends = sorted(d for d in entry.get("dependsOn", []) if d in refs)
            dependencies.append({"ref": entry["ref"], **({"dependsOn": depends} if depends else {})})
    dependencies.sort(key=lambda d: d["ref"])

    document: dict[str, Any] = {
        "$schema": f"http://cyclonedx.org/schema/bom-{SPEC_VERSION}.schema.json",
        "bomFormat": "CycloneDX",
        "specVersion": SPEC_VERSION,
        "version": 1,
        "metadata": {**bom.get("metadata", {}), "component": root},
        "components": top_level,
        "dependencies": dependencies,
    }
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        document["metadata"]["timestamp"] = datetime.fromtimestamp(int(epoch), UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return document


def dumps(document: dict[str, Any]) -> bytes:
    return (json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8")


def validation_error(text: str | bytes) -> str | None:
    """None when `text` is valid CycloneDX 1.6 JSON (strict schema: no unknown properties)."""
    from cyclonedx.schema import SchemaVersion
    from cyclonedx.validation.json import JsonStrictValidator

    error = JsonStrictValidator(SchemaVersion.V1_6).validate_str(
        text.decode("utf-8") if isinstance(text, bytes) else text
    )
    return None if error is None else str(error)


# -- build information (read by sello.core.buildinfo) ----------------------------------------
def source_commit(root: Path) -> str:
    commit = os.environ.get("SELLO_BUILD_COMMIT")
    if commit:
        return commit
    try:
        head = subprocess.run(
            ["git", "-C", str(root), "rev-parse", "HEAD"], capture_output=True, text=True, timeout=30, check=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(root), "status", "--porcelain", "--untracked-files=no"],
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return f"{head}-dirty" if dirty else head


def source_date_epoch(root: Path) -> int:
    """SOURCE_DATE_EPOCH, or the last commit's time (set in the environment for the whole build)."""
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return int(os.environ["SOURCE_DATE_EPOCH"])
    try:
        epoch = int(
            subprocess.run(
                ["git", "-C", str(root), "log", "-1", "--format=%ct"],
                capture_output=True,
                text=True,
                timeout=30,
                check=True,
            ).stdout.strip()
        )
    except (OSError, subprocess.SubprocessError, ValueError):
        epoch = 0
    os.environ["SOURCE_DATE_EPOCH"] = str(epoch)
    return epoch


def finish_bundle(bundle: Path, toc: Iterable[tuple[str, str, str]], source_root: Path, version: str) -> dict[str, str]:
    """Write the licence texts, the SBOM and the build information into a collected one-folder bundle."""
    toc = list(toc)
    copy_licence_texts(bundle, toc, source_root)
    document = build_sbom(bundle, toc, source_root)
    data = dumps(document)
    error = validation_error(data)
    if error:
        raise SystemExit(f"the bundle's SBOM is not valid CycloneDX {SPEC_VERSION}: {error}")
    (bundle / SBOM_NAME).write_bytes(data)
    epoch = source_date_epoch(source_root)
    info = {
        "name": "sello",
        "version": version,
        "commit": source_commit(source_root),
        "build_date": datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "sbom": SBOM_NAME,
        "sbom_sha256": hashlib.sha256(data).hexdigest(),
    }
    target = bundle / CONTENTS / "sello" / BUILD_INFO_NAME
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(info, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return info


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) == 2 and args[0] == "validate":
        error = validation_error(Path(args[1]).read_bytes())
        print(f"{args[1]}: " + ("valid CycloneDX " + SPEC_VERSION if error is None else f"INVALID: {error}"))
        return 0 if error is None else 1
    if len(args) == 2 and args[0] == "record-digest":
        print(wheel_record_digest(Path(args[1])))
        return 0
    print(__doc__.split("\n\n")[-1].rstrip(), file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
