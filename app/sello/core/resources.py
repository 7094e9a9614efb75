"""Locate the bundled resources (contexts, document types, examples, icons).

Three layouts are supported and tried in order:
- installed wheel / frozen app: ``sello/resources`` next to the package;
- a source checkout: ``<repo>/resources`` (``app/sello`` is two levels down).
"""

from __future__ import annotations

import functools
import json
import sys
from pathlib import Path
from typing import Any

_PACKAGE_DIR = Path(__file__).resolve().parent.parent


@functools.cache
def resource_root() -> Path:
    candidates = [_PACKAGE_DIR / "resources", _PACKAGE_DIR.parent.parent / "resources"]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.insert(0, Path(frozen) / "sello" / "resources")
    for candidate in candidates:
        if (candidate / "contexts").is_dir():
            return candidate
    raise RuntimeError(
        "Sello's resource folder is missing; reinstall Sello. Looked in: " + ", ".join(str(c) for c in candidates)
    )


def resource_path(*parts: str) -> Path:
    return resource_root().joinpath(*parts)


@functools.cache
def _load_json_cached(relative: str) -> str:
    return resource_path(relative).read_text(encoding="utf-8")


def load_json_resource(*parts: str) -> Any:
    """Parse a JSON resource; a fresh object each call (callers may mutate it)."""
    return json.loads(_load_json_cached("/".join(parts)))
