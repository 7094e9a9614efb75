"""The printed form of a stored value, one function per field type (``fieldtypes`` names them).

``lang`` is "es" or "en" for a screen in one language, or None for the bilingual page
(both names when they differ). ``in_table`` asks for the short form a table column fits.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sello.core.documents import pedimento, refdata

if TYPE_CHECKING:
    from sello.core.documents.doctype_model import FieldDef

_PLAIN_NUMBER = re.compile(r"(-?)(\d+)((?:\.\d+)?)")


def group_thousands(text: str) -> str:
    """'29633.5' -> '29,633.5' (Mexico and the US both group with commas, decimal point)."""
    match = _PLAIN_NUMBER.fullmatch(text)
    if not match:
        return text
    sign, whole, fraction = match.groups()
    return f"{sign}{int(whole):,}{fraction}"


def both(es: str | None, en: str | None) -> str:
    es, en = es or "", en or ""
    return es if es == en or not en else f"{es} / {en}" if es else en


def as_is(field: FieldDef, text: str, lang: str | None, in_table: bool) -> str:
    return text


def grouped(field: FieldDef, text: str, lang: str | None, in_table: bool) -> str:
    return group_thousands(text)


def pedimento_spaced(field: FieldDef, text: str, lang: str | None, in_table: bool) -> str:
    return pedimento.spaced_pedimento(text)


def country_named(field: FieldDef, text: str, lang: str | None, in_table: bool) -> str:
    if in_table:
        return text
    if lang is None:
        name = both(refdata.country_name(text, "es"), refdata.country_name(text, "en"))
    else:
        name = refdata.country_name(text, lang) or ""
    return f"{name} ({text})" if name else text


def unit_symbol(field: FieldDef, text: str, lang: str | None, in_table: bool) -> str:
    return refdata.unit_symbol(text)


def locode_place(field: FieldDef, text: str, lang: str | None, in_table: bool) -> str:
    if in_table:
        return text
    place = refdata.locode(text)
    return f"{text} — {place.name}, {place.subdivision}" if place else text


def enum_label(field: FieldDef, text: str, lang: str | None, in_table: bool) -> str:
    option = field.option(text)
    if option is None:
        return text
    if lang is not None:
        return option.label[lang]
    if in_table and len(text) <= 4:
        return text
    es, en = option.label.es, option.label.en
    prefix = f"{text} — "
    if es.startswith(prefix) and en.startswith(prefix) and es != en:
        return f"{es} / {en[len(prefix) :]}"  # "3.1 — Certificado ... / Inspection certificate"
    return both(es, en)


# -- the lists a coded type's drop-down offers: (code, "MX — México") in drop-down order ---

SEPARATOR = " — "
CodeList = tuple[tuple[str, str], ...]


def country_codes(lang: str) -> CodeList:
    return tuple((code, f"{code}{SEPARATOR}{name}") for code, name in refdata.countries(lang))


def locode_codes(lang: str) -> CodeList:
    return tuple(refdata.locodes(lang))


def incoterm_codes(lang: str) -> CodeList:
    return tuple(refdata.incoterms(lang))


def currency_codes(lang: str) -> CodeList:
    return tuple(refdata.currencies(lang))


def unit_codes(lang: str) -> CodeList:
    return tuple((code, f"{code}{SEPARATOR}{label}") for code, label in refdata.units(lang))
