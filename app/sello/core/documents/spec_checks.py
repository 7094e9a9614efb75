"""Mill Test Report values checked against physics and against the product specification
the certificate names (tables in `sello.core.documents.spec_tables`).

Two tiers:
- `plausibility_errors`: a value no steel can have (Mn 85 %) is an ERROR of the form;
  the document cannot be issued.
- `check_spec`: a value outside the named grade (Mn 1.45 % on ASTM A36) is a DEVIATION
  the clerk must confirm before issuing; the confirmation goes to the audit log. A
  report whose every heat was checked against a cited table, all within, earns the
  printed line "Conforme a / Conforms to …".
Which fields hold the standard, the grade and the heats is declared per document type
in `BINDINGS` (the document-type files are fingerprinted for TD1 and stay untouched).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from sello.core.documents.doctypes import DocType, FieldDef, Section
from sello.core.documents.form_errors import FieldError, row_label
from sello.core.documents.spec_tables import Grade, Limit, SpecTable, find_table, plausibility
from sello.core.errors import InputError
from sello.core.i18n import LANGUAGES, Message

_FORMULA = re.compile(r"formula=([A-Z][a-z]?)\}")
MECHANICAL_NAMES = {
    "yield_strength": ("Límite elástico", "Yield strength", "MPa"),
    "tensile_strength": ("Resistencia a la tensión", "Tensile strength", "MPa"),
    "elongation": ("Alargamiento", "Elongation", "%"),
}


@dataclass(frozen=True)
class SpecBinding:
    """Where a document type keeps what the spec checks read."""

    standard: str = "product.standard"
    grade: str = "product.grade"
    heats: str = "heats"
    chemistry: str = "chemistry"
    mechanical: str = "mechanical"


BINDINGS: Mapping[str, SpecBinding] = {"mill-test-report": SpecBinding()}


@dataclass(frozen=True)
class HeatValue:
    path: str  # "heats[0].chemistry.mn"
    label: dict[str, str]  # {"es": "Colada 1 › Mn", ...}
    name: str  # element symbol ("Mn") or mechanical property id
    unit: str  # "%" or "MPa"
    value: Decimal


def _num(value: Decimal) -> str:
    return format(value.normalize(), "f")


def _heats_section(doctype: DocType, binding: SpecBinding) -> Section:
    return next(s for s in doctype.sections if s.id == binding.heats)


def _element(field: FieldDef) -> str:
    match = _FORMULA.search(field.jsonld or "")
    return match.group(1) if match else field.id.capitalize()


def heat_values(doctype: DocType, canonical: Mapping[str, Any]) -> Iterator[tuple[int, list[HeatValue]]]:
    """Each heat's chemistry and mechanical values (only those given), in form order."""
    binding = BINDINGS.get(doctype.id)
    if binding is None:
        return
    heats = _heats_section(doctype, binding)
    groups = {s.id: s for s in heats.sections}
    rows = canonical.get(binding.heats) or []
    for index, row in enumerate(rows if isinstance(rows, list) else []):
        row_text = row_label(heats, index)
        found: list[HeatValue] = []
        for group_id, chemistry in ((binding.chemistry, True), (binding.mechanical, False)):
            group = groups.get(group_id)
            values = row.get(group_id) if isinstance(row, dict) else None
            if group is None or not isinstance(values, dict):
                continue
            for field in group.fields:
                if chemistry:
                    name, unit = _element(field), "%"
                elif field.id in MECHANICAL_NAMES:
                    name, unit = field.id, MECHANICAL_NAMES[field.id][2]
                else:
                    continue
                try:
                    number = Decimal(str(values.get(field.id)))
                except (InvalidOperation, ValueError):
                    continue
                if not number.is_finite():
                    continue
                label = {lang: f"{row_text[lang]} › {field.label[lang]}" for lang in ("es", "en")}
                found.append(HeatValue(f"{binding.heats}[{index}].{group_id}.{field.id}", label, name, unit, number))
        yield index, found


def _field_id(path: str) -> str:
    return path.rpartition(".")[2]


def plausibility_errors(doctype: DocType, canonical: Mapping[str, Any]) -> list[FieldError]:
    """A value no steel can have, per element and mechanical property; and a chemistry
    whose listed elements leave no room for iron."""
    ranges = plausibility()
    errors: list[FieldError] = []
    for _index, values in heat_values(doctype, canonical):
        total = Decimal(0)
        largest: HeatValue | None = None
        for item in values:
            if item.unit == "%" and item.name in ranges.chemistry:
                total += item.value
                largest = item if largest is None or item.value > largest.value else largest
                limit = ranges.chemistry[item.name]
                if not limit.contains(item.value):
                    assert limit.max is not None
                    v, top = _num(item.value), _num(limit.max)
                    message = {
                        "es": f"{v} % de {item.name} es imposible en un acero (intervalo físico de {item.name}: 0 a {top} %)",
                        "en": f"{v} % {item.name} is impossible in a steel (physical range of {item.name}: 0 to {top} %)",
                    }
                    errors.append(FieldError(item.path, _field_id(item.path), item.label, message))
            elif item.name in ranges.mechanical:
                limit = ranges.mechanical[item.name]
                if not limit.contains(item.value):
                    assert limit.max is not None
                    es_name, en_name, unit = MECHANICAL_NAMES[item.name]
                    v, top = _num(item.value), _num(limit.max)
                    message = {
                        "es": f"{v} {unit} es imposible en un acero ({es_name.lower()}: como máximo {top} {unit})",
                        "en": f"{v} {unit} is impossible in a steel ({en_name.lower()}: at most {top} {unit})",
                    }
                    errors.append(FieldError(item.path, _field_id(item.path), item.label, message))
        if (
            largest is not None
            and total > ranges.elements_total_max
            and not any(e.path == largest.path for e in errors)
        ):
            t, top = _num(total), _num(ranges.elements_total_max)
            message = {
                "es": f"los elementos suman {t} %: imposible en un acero, donde el hierro es la base (máximo {top} % en total)",
                "en": f"the elements add up to {t} %: impossible in a steel, whose base is iron (at most {top} % in all)",
            }
            errors.append(FieldError(largest.path, _field_id(largest.path), largest.label, message))
    return errors


# -- the named grade ------------------------------------------------------------------------


@dataclass(frozen=True)
class Deviation:
    path: str
    label: dict[str, str]
    message: dict[str, str]

    def text(self, lang: str) -> str:
        return f"{self.label[lang]}: {self.message[lang]}"


@dataclass(frozen=True)
class SpecReport:
    standard: str
    grade_text: str
    table: SpecTable | None
    grade: Grade | None
    heats: int
    deviations: tuple[Deviation, ...] = ()
    unchecked: tuple[str, ...] = ()  # paths of values the grade limits but the form left empty

    @property
    def status(self) -> str:
        if self.table is None:
            return "unknown_spec"
        if self.grade is None:
            return "unknown_grade"
        return "out_of_grade" if self.deviations else "within_grade"

    @property
    def name(self) -> str:
        if self.table is None:
            return self.standard
        if self.grade is None or self.grade.label in self.table.designation:
            return self.table.designation
        return f"{self.table.designation} {self.grade.label}"

    def conformity(self) -> dict[str, str] | None:
        """The printed statement, only when every heat was checked, in full, against a cited table."""
        if self.status != "within_grade" or self.unchecked or not self.heats or not (self.table and self.table.cited):
            return None
        n = self.heats
        es_heats = "la colada cumple" if n == 1 else f"las {n} coladas cumplen"
        en_heats = "the heat meets" if n == 1 else f"all {n} heats meet"
        return {
            "es": f"Conforme a {self.name}: {es_heats} los límites químicos y mecánicos del grado.",
            "en": f"Conforms to {self.name}: {en_heats} the chemical and mechanical limits of the grade.",
        }

    def notice(self) -> dict[str, str]:
        """One sentence for the clerk about what was compared."""
        if self.table is None:
            return {
                "es": f"Sello no tiene tabla para la norma «{self.standard}»: solo se revisan los límites físicos.",
                "en": f"Sello has no table for the standard “{self.standard}”: only physical limits are checked.",
            }
        if self.grade is None:
            known = ", ".join(g.label for g in self.table.grades)
            return {
                "es": f"{self.table.designation} no tiene el grado «{self.grade_text}» en las tablas de Sello "
                f"(conocidos: {known}): no se compara con el grado.",
                "en": f"{self.table.designation} has no grade “{self.grade_text}” in Sello's tables "
                f"(known: {known}): values are not compared with a grade.",
            }
        cited = "" if self.table.cited else " (tabla sin fuente verificada)"
        cited_en = "" if self.table.cited else " (table without a checked source)"
        if self.deviations:
            return {
                "es": f"{len(self.deviations)} valor(es) fuera de {self.name}{cited}: confírmelos para emitir.",
                "en": f"{len(self.deviations)} value(s) outside {self.name}{cited_en}: confirm them to issue.",
            }
        return {
            "es": f"Todas las coladas dentro de {self.name}{cited}.",
            "en": f"Every heat within {self.name}{cited_en}.",
        }

    def summary(self) -> dict[str, Any]:
        """What the audit log keeps of the check."""
        return {
            "standard": self.standard,
            "grade": self.grade_text,
            "table": self.table.file if self.table else None,
            "edition": self.table.edition if self.table else None,
            "matched": self.name if self.grade else None,
            "status": self.status,
            "heats": self.heats,
            "deviations": [d.text("en") for d in self.deviations],
            "deviations_es": [d.text("es") for d in self.deviations],
            "conformity_printed": self.conformity() is not None,
        }


def _range_text(limit: Limit, unit: str) -> dict[str, str]:
    u = f" {unit}"
    if limit.min is not None and limit.max is not None:
        return {
            "es": f"entre {_num(limit.min)} y {_num(limit.max)}{u}",
            "en": f"between {_num(limit.min)} and {_num(limit.max)}{u}",
        }
    if limit.max is not None:
        return {"es": f"máximo {_num(limit.max)}{u}", "en": f"at most {_num(limit.max)}{u}"}
    assert limit.min is not None
    return {"es": f"mínimo {_num(limit.min)}{u}", "en": f"at least {_num(limit.min)}{u}"}


def _text_at(canonical: Mapping[str, Any], pattern: str) -> str:
    node: Any = canonical
    for part in pattern.split("."):
        node = node.get(part) if isinstance(node, Mapping) else None
    return str(node).strip() if node is not None else ""


def check_spec(doctype: DocType, canonical: Mapping[str, Any]) -> SpecReport | None:
    """The comparison with the named grade (None for a document type without heats)."""
    binding = BINDINGS.get(doctype.id)
    if binding is None:
        return None
    standard, grade_text = _text_at(canonical, binding.standard), _text_at(canonical, binding.grade)
    table = find_table(standard)
    grade = table.grade_named(grade_text) if table else None
    heats = list(heat_values(doctype, canonical))
    if table is None or grade is None:
        return SpecReport(standard, grade_text, table, grade, len(heats))
    deviations: list[Deviation] = []
    unchecked: list[str] = []
    name = SpecReport(standard, grade_text, table, grade, 0).name
    for index, values in heats:
        by_name = {v.name: v for v in values}
        carbon = by_name["C"].value if "C" in by_name else None
        for key, limit in [*grade.chemistry.items(), *grade.mechanical.items()]:
            item = by_name.get(key)
            if item is None:
                unchecked.append(f"{binding.heats}[{index}].{key}")
                continue
            if key == "Mn" and grade.manganese_for_carbon and limit.max is not None:
                limit = Limit(limit.min, grade.manganese_for_carbon.manganese_max(limit.max, carbon))
            if limit.contains(item.value):
                continue
            wanted = _range_text(limit, item.unit)
            v = f"{_num(item.value)} {item.unit}"
            message = {
                "es": f"{v} está fuera de {name} ({wanted['es']})",
                "en": f"{v} is outside {name} ({wanted['en']})",
            }
            deviations.append(Deviation(item.path, item.label, message))
    return SpecReport(standard, grade_text, table, grade, len(heats), tuple(deviations), tuple(unchecked))


class OutOfGradeError(InputError):
    """Values outside the named grade that the clerk has not confirmed."""

    def __init__(self, report: SpecReport) -> None:
        self.report = report
        first = {lang: report.deviations[0].text(lang) for lang in LANGUAGES}
        count = len(report.deviations) - 1
        more = {"en": f" (and {count} more)", "es": f" (y {count} más)"} if count else ""
        super().__init__(
            Message("spec.out_of_grade", count=len(report.deviations), name=report.name, first=first, more=more),
            hint=Message("spec.out_of_grade_hint"),
        )

    def texts(self) -> dict[str, str]:
        """The whole list in both languages, one value per line."""
        return {lang: "\n".join(d.text(lang) for d in self.report.deviations) for lang in ("es", "en")}
