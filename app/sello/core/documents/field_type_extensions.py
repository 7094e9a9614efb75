"""Field types defined in their own modules, beside the built-in ones of ``validation``.

A document-type field may use any type named here; validation asks the extension for
the canonical value, the PDF and the verify window for the printed form. One table, no
registration at import time: adding a type is adding a line here (and its module).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sello.core.documents import pedimento

Message = dict[str, str]


class FieldValueError(ValueError):
    """A value an extension refuses; ``message`` says why, in es and en."""

    def __init__(self, message: Message) -> None:
        super().__init__(message["en"])
        self.message = message


@dataclass(frozen=True)
class FieldTypeExtension:
    canonical: Callable[[str], str]  # the stored form; raises FieldValueError
    display: Callable[[str], str]  # the printed form of a stored value (never raises)
    mono: bool = False  # printed in a fixed-width font (identifiers compared digit by digit)


def _canonical_pedimento(text: str) -> str:
    try:
        return pedimento.canonical_pedimento(text)
    except pedimento.PedimentoError as error:
        raise FieldValueError(error.message) from None


FIELD_TYPE_EXTENSIONS: dict[str, FieldTypeExtension] = {
    "pedimento": FieldTypeExtension(_canonical_pedimento, pedimento.spaced_pedimento, mono=True),
}


def display_value(kind: str, value: str) -> str | None:
    """The printed form of ``value`` when ``kind`` is an extension's type, else None."""
    extension = FIELD_TYPE_EXTENSIONS.get(kind)
    return extension.display(value) if extension is not None else None
