"""What this copy of Sello is: version, commit, build date and the SHA-256 of its SBOM.

A frozen bundle carries `sello/build-info.json`, written by packaging/sbom.py at build time
(the SBOM itself is `sbom.cdx.json` at the top of the bundle). Run from a source checkout,
the version is the package's and the commit is asked of git; there is no build date and
no SBOM. `sello --about` and the About dialog show the same lines (`about_lines`).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import sello
from sello.core import i18n

BUILD_INFO_NAME = "build-info.json"
_SHA256 = re.compile(r"[0-9a-f]{64}")
_COMMIT = re.compile(r"[0-9a-f]{7,64}(-dirty)?")


@dataclass(frozen=True)
class BuildInfo:
    version: str
    commit: str | None  # None: not known (no git, or a frozen bundle without build information)
    build_date: str | None  # ISO 8601 UTC; None for a source checkout
    sbom_sha256: str | None  # None for a source checkout
    source_checkout: bool


def build_info_path() -> Path:
    return Path(sello.__file__).resolve().parent / BUILD_INFO_NAME


def _git_commit(checkout: Path) -> str | None:
    if not (checkout / ".git").exists():
        return None
    try:
        result = subprocess.run(
            ["git", "-C", str(checkout), "rev-parse", "HEAD"], capture_output=True, text=True, timeout=10, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return None
    commit = result.stdout.strip()
    return commit if result.returncode == 0 and _COMMIT.fullmatch(commit) else None


def _from_file(path: Path) -> BuildInfo | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    commit, sbom = data.get("commit"), data.get("sbom_sha256")
    date = data.get("build_date")
    return BuildInfo(
        version=str(data.get("version") or sello.__version__),
        commit=commit if isinstance(commit, str) and _COMMIT.fullmatch(commit) else None,
        build_date=date if isinstance(date, str) and date else None,
        sbom_sha256=sbom if isinstance(sbom, str) and _SHA256.fullmatch(sbom) else None,
        source_checkout=False,
    )


def read_build_info(path: Path | None = None) -> BuildInfo:
    """The build information shipped in the bundle, else that of the source checkout."""
    found = _from_file(path or build_info_path())
    if found is not None:
        return found
    frozen = bool(getattr(sys, "frozen", False))
    checkout = Path(sello.__file__).resolve().parent.parent.parent  # app/sello -> the repository
    return BuildInfo(
        version=sello.__version__,
        commit=None if frozen else _git_commit(checkout),
        build_date=None,
        sbom_sha256=None,
        source_checkout=not frozen,
    )


i18n.register(
    {
        "about.version": {"en": "Version: {value}", "es": "Versión: {value}"},
        "about.commit": {"en": "Commit: {value}", "es": "Revisión (commit): {value}"},
        "about.build_date": {"en": "Build date: {value}", "es": "Fecha de compilación: {value}"},
        "about.sbom": {"en": "SBOM SHA-256: {value}", "es": "SHA-256 del SBOM: {value}"},
        "about.source_checkout": {"en": "source checkout", "es": "copia del código fuente"},
        "about.unknown": {"en": "unknown", "es": "desconocido"},
    }
)


def about_lines(info: BuildInfo, lang: str = "en") -> list[str]:
    """One line each: version, commit, build date, SBOM hash (in `lang`)."""
    missing = i18n.tr("about.source_checkout" if info.source_checkout else "about.unknown", lang)
    return [
        i18n.tr("about.version", lang, value=info.version),
        i18n.tr("about.commit", lang, value=info.commit or i18n.tr("about.unknown", lang)),
        i18n.tr("about.build_date", lang, value=info.build_date or missing),
        i18n.tr("about.sbom", lang, value=info.sbom_sha256 or missing),
    ]
