"""Concrete field paths: "heats[1].chemistry.c" (rows counted from 0), as in
`sello.core.documents.validation.FieldError.path`."""

from __future__ import annotations

import re

_STEP = re.compile(r"^([A-Za-z0-9_]+)(?:\[(\d+)\])?$")

Step = tuple[str, int | None]


def parse_path(path: str) -> list[Step]:
    """ "heats[1].chemistry.c" -> [("heats", 1), ("chemistry", None), ("c", None)]."""
    steps: list[Step] = []
    for part in path.split("."):
        match = _STEP.match(part)
        if not match:
            raise ValueError(f"not a field path: {path!r}")
        steps.append((match.group(1), int(match.group(2)) if match.group(2) is not None else None))
    return steps


def join_path(prefix: str, name: str, row: int | None = None) -> str:
    step = f"{name}[{row}]" if row is not None else name
    return f"{prefix}.{step}" if prefix else step
