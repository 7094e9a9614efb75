"""Kept for callers of the first extension table: the types printed in a form of their own.

Field types are defined once, in ``fieldtypes``; this is a view of its records.
"""

from __future__ import annotations

from sello.core.documents.fieldtypes import REGISTRY, FieldType

FIELD_TYPE_EXTENSIONS: dict[str, FieldType] = {name: t for name, t in REGISTRY.items() if t.reformat}
