"""The document types the TD1 codec knows: installed by the layer that owns them.

The codec works on its own: with nothing installed it writes and reads generic-mode
codes, and a caller may always pass `schemas=` / `templates=` explicitly. Importing
`sello.core.documents` installs the shipped document types' term tables and
templates (`sello.core.documents.td1`), so every caller that has document types gets
the schema-aware and template modes by default. This replaces 0.1.0's
`try: import doctypes except ImportError`, which hid an import cycle.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sello.core.qr.schema import Td1Schema
    from sello.core.qr.template import Td1Template

SchemasProvider = Callable[[], "Sequence[Td1Schema]"]
TemplatesProvider = Callable[[], "Sequence[Td1Template]"]

_schemas: list[SchemasProvider] = []
_templates: list[TemplatesProvider] = []
_released: list[TemplatesProvider] = []


def install(
    *, schemas: SchemasProvider, templates: TemplatesProvider, released: TemplatesProvider | None = None
) -> None:
    """Make these document types' tables the codec's defaults (replacing earlier ones).
    ``released`` gives the templates of earlier definitions, read for decoding only: a code
    printed with an older definition of a type is rebuilt with that definition."""
    _schemas[:] = [schemas]
    _templates[:] = [templates]
    _released[:] = [released] if released is not None else []


def uninstall() -> None:
    """Forget the installed document types (tests of the bare codec)."""
    _schemas.clear()
    _templates.clear()
    _released.clear()


def installed_schemas() -> Sequence[Td1Schema]:
    """The installed term tables; a broken definition raises (a packaging bug, not input)."""
    return _schemas[0]() if _schemas else ()


def installed_templates() -> Sequence[Td1Template]:
    return _templates[0]() if _templates else ()


def installed_released_templates() -> Sequence[Td1Template]:
    """Earlier definitions' templates (decoding only), possibly several per code."""
    return _released[0]() if _released else ()
