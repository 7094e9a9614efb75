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
from sello.core.i18n import Bilingual

Message = dict[str, str]

CFDI_NS = "http://www.sat.gob.mx/cfd/4"
TFD_NS = "http://www.sat.gob.mx/TimbreFiscalDigital"
_CFDI_OLD_NS = {"http://www.sat.gob.mx/cfd/3": "3.x", "http://www.sat.gob.mx/cfd/2": "2.x"}

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
        super().__init__(Bilingual({"es": es, "en": en}))
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


# -- the comprobante both readers share --------------------------------------------------


def check_cfdi40(root: ET.Element) -> None:
    """The root is a CFDI 4.0 cfdi:Comprobante of kind ingreso (I) or traslado (T)."""
    ns, _, local = root.tag[1:].partition("}") if root.tag.startswith("{") else ("", "", root.tag)
    if local == "Comprobante" and ns in _CFDI_OLD_NS:
        old_version = root.get("Version") or root.get("version") or _CFDI_OLD_NS[ns]
        raise CfdiError(
            "version",
            f"Este es un CFDI {show(old_version)}; Sello importa solo CFDI 4.0.",
            f"This is a CFDI {show(old_version)}; Sello imports CFDI 4.0 only.",
        )
    if ns != CFDI_NS or local != "Comprobante":
        shown = show(f"{local} ({ns})" if ns else local)
        raise CfdiError(
            "not_cfdi",
            f"El archivo no es un CFDI: su elemento raíz es {shown}, no cfdi:Comprobante ({CFDI_NS}).",
            f"The file is not a CFDI: its root element is {shown}, not cfdi:Comprobante ({CFDI_NS}).",
        )
    version = attr(root, "Version")
    if version != "4.0":
        shown = "sin Version" if version is None else f"Version «{show(version)}»"
        shown_en = "no Version" if version is None else f"Version “{show(version)}”"
        raise CfdiError(
            "version",
            f"El CFDI tiene {shown}; Sello importa solo CFDI 4.0.",
            f"The CFDI has {shown_en}; Sello imports CFDI 4.0 only.",
        )
    kind = attr(root, "TipoDeComprobante")
    if kind not in ("I", "T"):
        es = "no tiene TipoDeComprobante" if kind is None else f"es de TipoDeComprobante «{show(kind)}»"
        en = "has no TipoDeComprobante" if kind is None else f"is of TipoDeComprobante “{show(kind)}”"
        raise CfdiError(
            "kind",
            f"El CFDI {es}; solo los de ingreso (I) o traslado (T) llevan el complemento de Comercio "
            "Exterior o de Carta Porte.",
            f"The CFDI {en}; only ingreso (I) or traslado (T) CFDIs carry the Comercio Exterior or "
            "Carta Porte complement.",
        )


def timbre(root: ET.Element) -> ET.Element | None:
    for complemento in root.findall(q(CFDI_NS, "Complemento")):
        tfd = child(complemento, TFD_NS, "TimbreFiscalDigital")
        if tfd is not None:
            return tfd
    return None
