"""The sentences of form validation, in Spanish (Mexico) and English.

Messages are bilingual dicts ``{"es": ..., "en": ...}``; the builders take the field so
a bound is written with its unit ("debe estar entre 0 y 100 %").
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from sello.core.documents import refdata

if TYPE_CHECKING:
    from sello.core.documents.doctype_model import FieldDef

Message = dict[str, str]


def bilingual(es: str, en: str) -> Message:
    return {"es": es, "en": en}


def _num(value: Decimal) -> str:
    """A bound as people write it: 100, 0.5 (never 1E+2)."""
    return format(value.normalize(), "f")


def _unit_suffix(field: FieldDef, default_unit: str) -> str:
    symbol = refdata.unit_symbol(field.unit) or default_unit  # the type's own symbol ("%") when none is named
    return f" {symbol}" if symbol else ""


# -- messages ----------------------------------------------------------------------------

REQUIRED = bilingual("es obligatorio", "is required")
NOT_TEXT = bilingual("debe ser texto", "must be text")
NOT_NUMBER = bilingual(
    "debe ser un número (use punto decimal, p. ej. 1250.5)",
    "must be a number (use a dot for decimals, e.g. 1250.5)",
)
NOT_INTEGER = bilingual("debe ser un número entero", "must be a whole number")
BAD_DATE = bilingual("debe ser una fecha válida en formato AAAA-MM-DD", "must be a valid date in the form YYYY-MM-DD")
BAD_COUNTRY = bilingual(
    "no es un código de país ISO 3166-1 de dos letras (p. ej. MX, US)",
    "is not a two-letter ISO 3166-1 country code (e.g. MX, US)",
)
BAD_LOCODE = bilingual(
    "debe tener 5 caracteres: el país y 3 letras o dígitos del 2 al 9 (p. ej. USLRD)",
    "must be 5 characters: the country and 3 letters or digits 2 to 9 (e.g. USLRD)",
)
BAD_RFC = bilingual(
    "no es un RFC válido: 12 caracteres para persona moral o 13 para persona física (p. ej. ANO850101AB1)",
    "is not a valid RFC: 12 characters for a company or 13 for an individual (e.g. ANO850101AB1)",
)
BAD_EMAIL = bilingual("no es un correo electrónico válido", "is not a valid email address")
BAD_INCOTERM = bilingual(
    "no es un Incoterm 2020 (EXW, FCA, CPT, CIP, DAP, DPU, DDP, FAS, FOB, CFR, CIF)",
    "is not an Incoterm 2020 (EXW, FCA, CPT, CIP, DAP, DPU, DDP, FAS, FOB, CFR, CIF)",
)
BAD_CURRENCY = bilingual(
    "no es una moneda ISO 4217 admitida (p. ej. USD, MXN)",
    "is not a supported ISO 4217 currency (e.g. USD, MXN)",
)
BAD_UNIT = bilingual(
    "no es una unidad UN/CEFACT admitida (p. ej. KGM, TNE, PCE)",
    "is not a supported UN/CEFACT unit (e.g. KGM, TNE, PCE)",
)
BAD_FORMAT = bilingual("tiene un formato incorrecto", "has the wrong format")
UNKNOWN_FIELD = bilingual("no es un campo de este documento", "is not a field of this document")


def range_message(field: FieldDef, low: Decimal, high: Decimal, default_unit: str = "") -> Message:
    u = _unit_suffix(field, default_unit)
    return bilingual(
        f"debe estar entre {_num(low)} y {_num(high)}{u}", f"must be between {_num(low)} and {_num(high)}{u}"
    )


def greater_than_message(field: FieldDef, low: Decimal, default_unit: str = "") -> Message:
    u = _unit_suffix(field, default_unit)
    return bilingual(f"debe ser mayor que {_num(low)}{u}", f"must be greater than {_num(low)}{u}")


def at_least_message(field: FieldDef, low: Decimal, default_unit: str = "") -> Message:
    u = _unit_suffix(field, default_unit)
    return bilingual(f"debe ser al menos {_num(low)}{u}", f"must be at least {_num(low)}{u}")


def at_most_message(field: FieldDef, high: Decimal, default_unit: str = "") -> Message:
    u = _unit_suffix(field, default_unit)
    return bilingual(f"debe ser como máximo {_num(high)}{u}", f"must be at most {_num(high)}{u}")


def decimals_message(places: int) -> Message:
    if places == 0:
        return bilingual("no admite decimales", "allows no decimals")
    return bilingual(f"admite como máximo {places} decimales", f"allows at most {places} decimals")


def hs_message(digits: tuple[int, ...]) -> Message:
    examples = {6: "7208.51", 8: "7208.51.00", 10: "7208.51.0060"}
    counts = [str(d) for d in digits]
    es_counts = counts[0] if len(counts) == 1 else ", ".join(counts[:-1]) + " o " + counts[-1]
    en_counts = counts[0] if len(counts) == 1 else ", ".join(counts[:-1]) + " or " + counts[-1]
    example = examples[digits[-1]]
    return bilingual(
        f"debe tener {es_counts} dígitos (p. ej. {example})", f"must have {en_counts} digits (e.g. {example})"
    )


def locode_country_message(code: str) -> Message:
    return bilingual(
        f"empieza con «{code}», que no es un código de país", f"starts with “{code}”, which is not a country code"
    )


def length_message(low: int | None, high: int | None) -> Message:
    if high is not None and low is None:
        return bilingual(f"debe tener como máximo {high} caracteres", f"must be at most {high} characters")
    if low is not None and high is None:
        return bilingual(f"debe tener al menos {low} caracteres", f"must be at least {low} characters")
    return bilingual(f"debe tener entre {low} y {high} caracteres", f"must be between {low} and {high} characters")


def enum_message(field: FieldDef) -> Message:
    values = ", ".join(o.value for o in field.validation.options)
    return bilingual(f"debe ser uno de: {values}", f"must be one of: {values}")


def rows_min_message(n: int) -> Message:
    return bilingual(
        f"debe tener al menos {n} {'fila' if n == 1 else 'filas'}",
        f"must have at least {n} {'row' if n == 1 else 'rows'}",
    )


def rows_max_message(n: int) -> Message:
    return bilingual(
        f"puede tener como máximo {n} {'fila' if n == 1 else 'filas'}",
        f"can have at most {n} {'row' if n == 1 else 'rows'}",
    )
