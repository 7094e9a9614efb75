"""Reference lists behind the drop-downs and validators (``resources/data/*.json``).

Countries (ISO 3166-1 alpha-2), currencies (ISO 4217), Incoterms 2020, UN/CEFACT
unit codes and a short list of UN/LOCODEs for type-ahead. Every list function
returns ``(code, label)`` pairs in the requested language (``"es"`` or ``"en"``),
sorted the way a drop-down shows them.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass

from sello.core.resources import load_json_resource

LANGS = ("es", "en")


@dataclass(frozen=True)
class RefEntry:
    code: str
    es: str
    en: str

    def name(self, lang: str) -> str:
        return self.es if lang == "es" else self.en


@dataclass(frozen=True)
class Unit(RefEntry):
    symbol: str
    kind: str


@dataclass(frozen=True)
class Currency(RefEntry):
    decimals: int


@dataclass(frozen=True)
class Incoterm(RefEntry):
    mode: str


@dataclass(frozen=True)
class Locode:
    code: str
    name: str
    subdivision: str
    border: bool

    @property
    def country(self) -> str:
        return self.code[:2]


def _sort_key(text: str) -> str:
    """Accent-insensitive sort key, so "Éire" sorts with the E's."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@functools.cache
def _countries() -> dict[str, RefEntry]:
    rows = load_json_resource("data", "countries.json")["countries"]
    return {r["code"]: RefEntry(r["code"], r["es"], r["en"]) for r in rows}


@functools.cache
def _units() -> dict[str, Unit]:
    rows = load_json_resource("data", "units.json")["units"]
    return {r["code"]: Unit(r["code"], r["es"], r["en"], symbol=r["symbol"], kind=r["kind"]) for r in rows}


@functools.cache
def _currencies() -> dict[str, Currency]:
    rows = load_json_resource("data", "currencies.json")["currencies"]
    return {r["code"]: Currency(r["code"], r["es"], r["en"], decimals=r["decimals"]) for r in rows}


@functools.cache
def _incoterms() -> dict[str, Incoterm]:
    rows = load_json_resource("data", "incoterms.json")["incoterms"]
    return {r["code"]: Incoterm(r["code"], r["es"], r["en"], mode=r["mode"]) for r in rows}


@functools.cache
def _locodes() -> dict[str, Locode]:
    rows = load_json_resource("data", "locodes.json")["locodes"]
    return {r["code"]: Locode(r["code"], r["name"], r["subdivision"], bool(r["border"])) for r in rows}


# -- lookups ---------------------------------------------------------------------------


def is_country(code: str) -> bool:
    return code in _countries()


def country_name(code: str, lang: str) -> str | None:
    entry = _countries().get(code)
    return entry.name(lang) if entry else None


def is_currency(code: str) -> bool:
    return code in _currencies()


def currency(code: str) -> Currency | None:
    return _currencies().get(code)


def is_incoterm(code: str) -> bool:
    return code in _incoterms()


def incoterm(code: str) -> Incoterm | None:
    return _incoterms().get(code)


def is_unit(code: str) -> bool:
    return code in _units()


def unit(code: str) -> Unit | None:
    return _units().get(code)


def unit_symbol(code: str | None) -> str:
    """The printed symbol for a UN/CEFACT code ("P1" -> "%"); the code itself if unknown."""
    if not code:
        return ""
    entry = _units().get(code)
    return entry.symbol if entry else code


def locode(code: str) -> Locode | None:
    return _locodes().get(code)


# -- drop-down lists -------------------------------------------------------------------


def countries(lang: str) -> list[tuple[str, str]]:
    """All ISO 3166-1 countries as ``(code, name)``, sorted by name in ``lang``."""
    rows = [(e.code, e.name(lang)) for e in _countries().values()]
    return sorted(rows, key=lambda r: _sort_key(r[1]))


def currencies(lang: str) -> list[tuple[str, str]]:
    """Currencies as ``(code, "USD — US dollar")`` in file order (most used first)."""
    return [(e.code, f"{e.code} — {e.name(lang)}") for e in _currencies().values()]


def incoterms(lang: str) -> list[tuple[str, str]]:
    """Incoterms 2020 as ``(code, "FCA — Free Carrier")`` in the ICC order."""
    return [(e.code, f"{e.code} — {e.name(lang)}") for e in _incoterms().values()]


def units(lang: str, kind: str | None = None) -> list[tuple[str, str]]:
    """Units as ``(code, "kg — kilogram")``, optionally only one kind ("mass", "length"...)."""
    return [(u.code, f"{u.symbol} — {u.name(lang)}") for u in _units().values() if kind is None or u.kind == kind]


def locodes(lang: str, *, border_only: bool = False) -> list[tuple[str, str]]:
    """Known UN/LOCODEs as ``(code, "USLRD — Laredo, TX, United States")``."""
    rows = []
    for loc in _locodes().values():
        if border_only and not loc.border:
            continue
        country = country_name(loc.country, lang) or loc.country
        rows.append((loc.code, f"{loc.code} — {loc.name}, {loc.subdivision}, {country}"))
    return rows


def search(items: list[tuple[str, str]], text: str) -> list[tuple[str, str]]:
    """Type-ahead filter: code prefix matches first, then accent-insensitive name matches."""
    needle = _sort_key(text.strip())
    if not needle:
        return list(items)
    by_code = [i for i in items if _sort_key(i[0]).startswith(needle)]
    by_name = [i for i in items if i not in by_code and needle in _sort_key(i[1])]
    return by_code + by_name
