"""Field types defined once: what each ``type`` of a document-type field means.

One ``FieldType`` record per type name holds every facet the rest of Sello asks about:
how a value is checked and written canonically (``fieldtype_values``), how it is printed
(``fieldtype_display``), how it travels in a TD1 template-mode code, how it goes into the
JSON of a credential, whether it is a number (right-aligned on paper and on screen), and
which kind of editor the forms give it (a name the desktop maps to a widget; the core
never imports Qt). The document-type loader refuses a type not named here.

Adding a type is adding one record here (and its functions beside the others).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from sello.core.documents import fieldtype_display as show
from sello.core.documents import fieldtype_values as values
from sello.core.qr.template import KIND_DATE, KIND_DECIMAL, KIND_ENUM, KIND_INTEGER, KIND_TEXT

if TYPE_CHECKING:
    from sello.core.documents.doctype_model import FieldDef

Message = dict[str, str]
Canonical = Callable[["FieldDef", Any], Any]
Display = Callable[["FieldDef", str, "str | None", bool], str]
Alignment = Literal["left", "right"]

EDITOR_KINDS = frozenset({"line", "number", "email", "date", "multiline", "code", "enum"})
ALIGNMENTS = frozenset({"left", "right"})


@dataclass(frozen=True)
class FieldType:
    name: str
    canonical: Canonical  # a non-empty value -> its canonical form; raises fieldtype_values.InvalidValue
    display: Display  # a stored value as printed: (field, text, lang or None for both, in a table?)
    td1_kind: str  # how the value travels in a TD1 template-mode code (sello.core.qr.template KIND_*)
    editor: str  # the form widget: one of EDITOR_KINDS
    align: Alignment = "left"  # in PDF tables and in the form's input box
    numeric: bool = False  # a number: sums, totals, unit columns, compact sections
    to_json: Callable[[Any], Any] = str  # the canonical value as written in the credential's JSON
    options: bool = False  # the field lists its values (enum): they travel in TD1 and in the fingerprint
    block: bool = False  # free text over several lines: a whole form row, a paragraph on paper
    names_rows: bool = False  # a value that can name a repeated row in its header (heat number)
    reformat: bool = False  # the editor shows the printed form once the user leaves the field
    unit_symbol: str = ""  # printed after a value whose field names no unit
    example: Message | None = None  # the editor's grey hint, in es and en
    codes: Callable[[str], show.CodeList] | None = None  # a "code" editor's list, in a language


def _number(
    name: str, canonical: Canonical, td1_kind: str, to_json: Callable[[Any], Any] = str, **kw: Any
) -> FieldType:
    return FieldType(name, canonical, show.grouped, td1_kind, "number", "right", True, to_json, **kw)


def _code(
    name: str, canonical: Canonical, codes: Callable[[str], show.CodeList], display: Display = show.as_is
) -> FieldType:
    return FieldType(name, canonical, display, KIND_TEXT, "code", codes=codes)


def _typed(name: str, canonical: Canonical, es: str, en: str, **kw: Any) -> FieldType:
    return FieldType(name, canonical, show.as_is, KIND_TEXT, "line", example={"es": es, "en": en}, **kw)


REGISTRY: dict[str, FieldType] = {
    t.name: t
    for t in (
        FieldType("text", values.text, show.as_is, KIND_TEXT, "line", names_rows=True),
        FieldType("multiline", values.multiline, show.as_is, KIND_TEXT, "multiline", block=True),
        FieldType("date", values.date, show.as_is, KIND_DATE, "date", example={"es": "AAAA-MM-DD", "en": "YYYY-MM-DD"}),
        _number("integer", values.integer, KIND_INTEGER, to_json=int),
        _number("decimal", values.decimal, KIND_DECIMAL),
        FieldType(
            "percent",
            values.percent,
            show.as_is,
            KIND_DECIMAL,
            "number",
            "right",
            True,
            unit_symbol=values.PERCENT_SYMBOL,
        ),
        _code("country", values.country, show.country_codes, show.country_named),
        _code("locode", values.locode, show.locode_codes, show.locode_place),
        _code("incoterm", values.incoterm, show.incoterm_codes),
        _code("unit", values.unit, show.unit_codes, show.unit_symbol),
        _code("currency", values.currency, show.currency_codes),
        FieldType("enum", values.enum, show.enum_label, KIND_ENUM, "enum", options=True),
        _typed("hs_code", values.hs_code, "p. ej. 7208.51.0060", "e.g. 7208.51.0060"),
        _typed("rfc", values.rfc, "p. ej. ADN050101AB1", "e.g. ADN050101AB1"),
        FieldType(
            "email",
            values.email,
            show.as_is,
            KIND_TEXT,
            "email",
            example={"es": "nombre@empresa.com", "en": "name@company.com"},
        ),
        FieldType(
            "pedimento",
            values.pedimento_number,
            show.pedimento_spaced,
            KIND_TEXT,
            "line",
            reformat=True,
            example={"es": "p. ej. 26 24 3420 6001234", "en": "e.g. 26 24 3420 6001234"},
        ),
    )
}

FIELD_TYPE_NAMES = frozenset(REGISTRY)
NUMERIC_TYPE_NAMES = frozenset(name for name, t in REGISTRY.items() if t.numeric)


def field_type(name: str) -> FieldType:
    """The record of a type name; KeyError for a name no document type may use."""
    return REGISTRY[name]


def type_of(field: FieldDef) -> FieldType:
    """The record of ``field``'s type (the loader has refused unknown names)."""
    return REGISTRY[field.type]
