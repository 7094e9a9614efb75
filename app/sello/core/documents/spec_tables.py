"""The product specifications Sello knows (`resources/specs/*.json`) and the physical
plausibility ranges of a steel (`resources/specs/plausibility.json`).

A table names its edition and sources; `cited` is false where no source could be
checked (such a table warns but never earns a printed conformity statement).
`find_grade` recognises the standard and grade a clerk typed ("ASTM A572/A572M-21",
"Gr. 50") without asking them to pick from a list: an unknown standard or grade is
allowed and reported as such.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sello.core.resources import load_json_resource, resource_path

PLAUSIBILITY_FILE = "plausibility.json"
_DESIGNATION = re.compile(r"(?<![A-Z0-9])A\s*-?\s*(\d{2,4})(?!\d)")
_BRACKETS = re.compile(r"\[[^\]]*\]|\([^)]*\)")
_GRADE_WORDS = re.compile(r"(?<![A-Z])(GRADE|GRADO|GR)(?![A-Z])\.?")


@dataclass(frozen=True)
class Limit:
    min: Decimal | None = None
    max: Decimal | None = None

    def contains(self, value: Decimal) -> bool:
        return (self.min is None or value >= self.min) and (self.max is None or value <= self.max)


@dataclass(frozen=True)
class ManganeseAllowance:
    """ "For each 0.01 % below the carbon maximum, 0.06 % more manganese, up to a cap"."""

    per_carbon_step: Decimal
    carbon_step: Decimal
    carbon_max: Decimal
    cap: Decimal

    def manganese_max(self, base: Decimal, carbon: Decimal | None) -> Decimal:
        if carbon is None or carbon >= self.carbon_max:
            return base
        steps = ((self.carbon_max - carbon) / self.carbon_step).to_integral_value(rounding="ROUND_FLOOR")
        return min(self.cap, base + steps * self.per_carbon_step)


@dataclass(frozen=True)
class Grade:
    id: str
    label: str
    aliases: frozenset[str]
    chemistry: Mapping[str, Limit]  # element symbol → limit
    mechanical: Mapping[str, Limit]  # yield_strength | tensile_strength | elongation → limit
    manganese_for_carbon: ManganeseAllowance | None = None


@dataclass(frozen=True)
class SpecTable:
    designation: str  # "ASTM A572/A572M"
    numbers: tuple[str, ...]  # designations it answers to: ("A572",)
    edition: str
    cited: bool
    sources: tuple[str, ...]  # URLs
    note: str
    grades: tuple[Grade, ...]
    file: str

    def grade_named(self, text: str) -> Grade | None:
        key = grade_key(text)
        for grade in self.grades:
            if key in grade.aliases:
                return grade
        return None


@dataclass(frozen=True)
class Plausibility:
    chemistry: Mapping[str, Limit]
    elements_total_max: Decimal
    mechanical: Mapping[str, Limit]


def grade_key(text: str) -> str:
    """ "Gr. 50 [345]" → "50", "SS Grade 36" → "SS36", "CS Type B" → "CSTYPEB"."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().upper()
    plain = _GRADE_WORDS.sub(" ", _BRACKETS.sub(" ", plain))
    return re.sub(r"[\s._]+", "", plain)


def designation_of(standard: str) -> str | None:
    """ "ASTM A572/A572M-21" → "A572"; None when no ASTM-style designation is in the text."""
    match = _DESIGNATION.search(unicodedata.normalize("NFKC", standard).upper())
    return f"A{int(match.group(1))}" if match else None


def _limit(raw: Mapping[str, Any]) -> Limit:
    low, high = raw.get("min"), raw.get("max")
    return Limit(Decimal(low) if low is not None else None, Decimal(high) if high is not None else None)


def _grade(raw: Mapping[str, Any]) -> Grade:
    allowance = raw.get("manganese_for_carbon")
    return Grade(
        id=raw["id"],
        label=raw["label"],
        aliases=frozenset(grade_key(a) for a in [raw["id"], raw["label"], *raw.get("aliases", [])]),
        chemistry={symbol: _limit(v) for symbol, v in raw.get("chemistry", {}).items()},
        mechanical={name: _limit(v) for name, v in raw.get("mechanical", {}).items()},
        manganese_for_carbon=ManganeseAllowance(
            Decimal(allowance["per_carbon_step"]),
            Decimal(allowance["carbon_step"]),
            Decimal(allowance["carbon_max"]),
            Decimal(allowance["cap"]),
        )
        if allowance
        else None,
    )


@functools.cache
def spec_tables() -> tuple[SpecTable, ...]:
    """Every shipped specification table, by file name."""
    tables = []
    for path in sorted(resource_path("specs").glob("*.json")):
        if path.name == PLAUSIBILITY_FILE:
            continue
        raw = load_json_resource("specs", path.name)
        tables.append(
            SpecTable(
                designation=raw["designation"],
                numbers=tuple(raw["match"]),
                edition=raw["edition"],
                cited=bool(raw["cited"]),
                sources=tuple(s["url"] for s in raw.get("sources", [])),
                note=raw.get("note", ""),
                grades=tuple(_grade(g) for g in raw["grades"]),
                file=path.name,
            )
        )
    return tuple(tables)


@functools.cache
def plausibility() -> Plausibility:
    raw = load_json_resource("specs", PLAUSIBILITY_FILE)
    return Plausibility(
        chemistry={symbol: _limit({"min": "0", **v}) for symbol, v in raw["chemistry"].items()},
        elements_total_max=Decimal(raw["elements_total_max"]),
        mechanical={name: _limit(v) for name, v in raw["mechanical"].items()},
    )


def find_table(standard: str) -> SpecTable | None:
    number = designation_of(standard)
    if number is None:
        return None
    return next((t for t in spec_tables() if number in t.numbers), None)
