"""One value at a time: the canonical form of a field's value, or the reason it is wrong.

The type's record in ``fieldtypes`` does the work (one function per type in
``fieldtype_values``); this module adds what is the same for every type: an empty value,
a required field. ``validate_field`` checks one value while the user types.
"""

from __future__ import annotations

from typing import Any

from sello.core.documents.doctypes import FieldDef
from sello.core.documents.fieldtype_values import InvalidValue, canonical_decimal, format_hs
from sello.core.documents.fieldtypes import type_of
from sello.core.documents.validation_messages import REQUIRED, Message

__all__ = [
    "EMPTY",
    "InvalidValue",
    "canonical_decimal",
    "canonical_value",
    "format_hs",
    "normalize_value",
    "validate_field",
]

EMPTY = object()


def canonical_value(field: FieldDef, value: Any) -> Any:
    """The canonical form of ``value``, ``EMPTY``, or raises InvalidValue."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return EMPTY
    return type_of(field).canonical(field, value)


def validate_field(field: FieldDef, value: Any) -> Message | None:
    """The problem with one value (raw text from a widget or a canonical value), or None."""
    try:
        canonical = canonical_value(field, value)
    except InvalidValue as problem:
        return problem.message
    if canonical is EMPTY and field.required:
        return dict(REQUIRED)
    return None


def normalize_value(field: FieldDef, value: Any) -> Any:
    """The canonical form of a valid value (None when empty); ValueError when invalid."""
    try:
        canonical = canonical_value(field, value)
    except InvalidValue as problem:
        raise ValueError(problem.message["en"]) from None
    return None if canonical is EMPTY else canonical
