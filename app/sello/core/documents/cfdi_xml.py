"""Safe reading of a CFDI's XML, shared by the Comercio Exterior and Carta Porte readers.

The XML comes from outside, so reading is defensive: at most ``MAX_BYTES``, UTF-8
only (SAT requires it), no DOCTYPE or ENTITY declaration at all (a CFDI never has one,
and refusing them before the standard library's parser sees the text rules out entity
expansion and external entities), at most ``MAX_DEPTH`` levels of nesting. Every failure is a
``CfdiError`` naming what is wrong or missing, in Spanish and English.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from decimal import Decimal
from typing import cast

from sello.core.errors import InputError, one_line

Message = dict[str, str]

MAX_BYTES = 5 * 1024 * 1024
MAX_DEPTH = 64
_DTD_RE = re.compile(r"<!(DOCTYPE|ENTITY)", re.IGNORECASE)
_NUMBER_RE = re.compile(r"\d{1,20}(\.\d{1,10})?")
_CHUNK = 64 * 1024


class CfdiError(InputError):
    """A file that cannot be imported as an export CFDI.

    ``message`` (and ``str()``) is the English sentence, ``message_es`` the Spanish one,
    ``messages`` both as ``{"es": ..., "en": ...}`` like validation messages; ``reason`` is
    a stable code: too_large, empty, encoding, dtd, malformed, too_deep, not_cfdi, version,
    kind, not_export, no_complement, missing, bad_value, unmatched, unreadable,
    unsupported_doctype.
    """

    def __init__(self, reason: str, es: str, en: str) -> None:
        super().__init__(en)
        self.reason = reason
        self.messages: Message = {"es": es, "en": en}

    @property
    def message_es(self) -> str:
        return self.messages["es"]


# -- safe XML -----------------------------------------------------------------------------


def parse_xml(xml: bytes) -> ET.Element:
    if len(xml) > MAX_BYTES:
        raise too_large(len(xml))
    data = bytes(xml).removeprefix(b"\xef\xbb\xbf")
    if not data.strip():
        raise CfdiError("empty", "El archivo está vacío.", "The file is empty.")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise CfdiError(
            "encoding",
            "El archivo no es texto UTF-8, así que no es un CFDI (el SAT exige UTF-8).",
            "The file is not UTF-8 text, so it is not a CFDI (SAT requires UTF-8).",
        ) from None
    if _DTD_RE.search(text):
        raise CfdiError(
            "dtd",
            "El XML declara un DOCTYPE o una ENTITY; un CFDI nunca los tiene y Sello los rechaza por seguridad.",
            "The XML declares a DOCTYPE or an ENTITY; a CFDI never has one, and Sello refuses them for safety.",
        )
    parser: ET.XMLPullParser = ET.XMLPullParser(events=("start", "end"))
    root: ET.Element | None = None
    depth = 0
    try:
        for start in range(0, len(text), _CHUNK):
            parser.feed(text[start : start + _CHUNK])
            root, depth = _follow(parser, root, depth)
        parser.close()
        root, depth = _follow(parser, root, depth)
    except ET.ParseError as exc:
        line, column = exc.position
        raise CfdiError(
            "malformed",
            f"El archivo no es XML bien formado (línea {line}, columna {column + 1}).",
            f"The file is not well-formed XML ({_expat_reason(exc)}, line {line}, column {column + 1}).",
        ) from None
    if root is None:  # pragma: no cover - expat reports a document without elements
        raise CfdiError("malformed", "El archivo no contiene elementos XML.", "The file contains no XML element.")
    return root


def too_large(size: int) -> CfdiError:
    """The refusal of a file of ``size`` bytes (over ``MAX_BYTES``)."""
    mb = f"{size / (1024 * 1024):.1f}"
    return CfdiError(
        "too_large",
        f"El archivo pesa {mb} MB; Sello lee CFDI de hasta 5 MB.",
        f"The file is {mb} MB; Sello reads CFDI files of up to 5 MB.",
    )


def _follow(parser: ET.XMLPullParser, root: ET.Element | None, depth: int) -> tuple[ET.Element | None, int]:
    # events=("start", "end") only: each item is (event, Element); the stubs allow namespace tuples too
    for event, elem in cast("Iterator[tuple[str, ET.Element]]", parser.read_events()):
        if event == "start":
            depth += 1
            if depth > MAX_DEPTH:
                raise CfdiError(
                    "too_deep",
                    f"El XML anida más de {MAX_DEPTH} niveles; un CFDI nunca lo hace.",
                    f"The XML is nested more than {MAX_DEPTH} levels deep; a CFDI never is.",
                )
            if root is None:
                root = elem
        else:
            depth -= 1
    return root, depth


def _expat_reason(exc: ET.ParseError) -> str:
    return str(exc).split(":")[0]


# -- reading helpers ----------------------------------------------------------------------


def q(ns: str, name: str) -> str:
    return f"{{{ns}}}{name}"


def child(elem: ET.Element, ns: str, name: str) -> ET.Element | None:
    return elem.find(q(ns, name))


def attr(elem: ET.Element, name: str) -> str | None:
    """An attribute with XSD whiteSpace=collapse applied; None when absent or blank."""
    value = elem.get(name)
    if value is None:
        return None
    return " ".join(value.split()) or None


def show(value: str) -> str:
    """``value`` cut to 40 characters for a message, control characters shown as "�"."""
    value = one_line(value)
    return value if len(value) <= 40 else value[:37] + "..."


def missing(where: str, what: str, *, attribute: bool = True) -> CfdiError:
    if attribute:
        return CfdiError("missing", f"{where} no tiene el atributo {what}.", f"{where} has no {what} attribute.")
    return CfdiError("missing", f"{where} no tiene el nodo {what}.", f"{where} has no {what} node.")


def required(elem: ET.Element, name: str, where: str) -> str:
    value = attr(elem, name)
    if value is None:
        raise missing(where, name)
    return value


def number(elem: ET.Element, name: str, where: str, *, required: bool) -> Decimal | None:
    raw = attr(elem, name)
    if raw is None:
        if required:
            raise missing(where, name)
        return None
    if not _NUMBER_RE.fullmatch(raw):
        raise CfdiError(
            "bad_value",
            f"{where}: {name} «{show(raw)}» no es un número.",
            f"{where}: {name} “{show(raw)}” is not a number.",
        )
    return Decimal(raw)


def req_number(elem: ET.Element, name: str, where: str) -> Decimal:
    value = number(elem, name, where, required=True)
    assert value is not None
    return value
