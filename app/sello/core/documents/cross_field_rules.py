"""Cross-field rules of a document type (sums, date order, periods, required-with),
checked on canonical data after every field has been checked on its own."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sello.core.documents.doctypes import DocType, Rule, Text
from sello.core.documents.form_errors import ErrorCollector, row_label
from sello.core.documents.validation_messages import Message, bilingual


@dataclass(frozen=True)
class _Instance:
    path: str
    rows: tuple[int, ...]
    value: Any
    chain: tuple[Text | str, ...]


def _instances(doctype: DocType, canonical: dict, pattern: str) -> Iterator[_Instance]:
    """Every concrete occurrence of a field pattern ("items[].line_total") in canonical
    data, with its concrete path, row indices and label chain (value None when empty)."""
    ref = doctype.field_ref(pattern)
    parts = pattern.split(".")

    def walk(
        node: Any, depth: int, path: str, rows: tuple[int, ...], chain: tuple[Text | str, ...]
    ) -> Iterator[_Instance]:
        part = parts[depth]
        if depth == len(parts) - 1:
            value = node.get(part) if isinstance(node, dict) else None
            yield _Instance(f"{path}{part}", rows, value, chain + (ref.field.label,))
            return
        section = ref.sections[depth]
        if part.endswith("[]"):
            for i, row in enumerate(node.get(section.id, []) if isinstance(node, dict) else []):
                yield from walk(
                    row, depth + 1, f"{path}{section.id}[{i}].", rows + (i,), chain + (row_label(section, i),)
                )
        else:
            child = node.get(part, {}) if isinstance(node, dict) else {}
            label = chain + (section.label,) if depth == 0 else chain
            yield from walk(child, depth + 1, f"{path}{part}.", rows, label)

    yield from walk(canonical, 0, "", (), ())


def _add_months(day: dt.date, months: int) -> dt.date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def check_rule(doctype: DocType, rule: Rule, canonical: dict, walk: ErrorCollector) -> None:
    targets = list(_instances(doctype, canonical, rule.target))
    source_label = doctype.field_ref(rule.sources[0]).field.label

    def report(target: _Instance, message: Message) -> None:
        field_id = rule.target.rpartition(".")[2]
        walk.add(target.path, field_id, list(target.chain), message)

    if rule.kind == "sum_equals":
        total = Decimal(0)
        for pattern in rule.sources:
            for inst in _instances(doctype, canonical, pattern):
                if inst.value is not None:
                    total += Decimal(str(inst.value))
        for target in targets:
            if target.value is None:
                continue
            if abs(Decimal(str(target.value)) - total) > (rule.tolerance or Decimal(0)):
                assert rule.label is not None
                expected = format(total, "f")
                report(
                    target,
                    bilingual(
                        f"debe ser igual a la suma de {rule.label.es} ({expected})",
                        f"must equal the sum of {rule.label.en} ({expected})",
                    ),
                )
        return

    sources = {inst.rows: inst for inst in _instances(doctype, canonical, rule.sources[0])}
    for target in targets:
        source = sources.get(target.rows)
        source_value = source.value if source else None
        if rule.kind == "required_with":
            if source_value is not None and target.value is None:
                report(
                    target,
                    bilingual(
                        f"es obligatorio cuando se indica «{source_label.es}»",
                        f"is required when “{source_label.en}” is given",
                    ),
                )
            continue
        if target.value is None or source_value is None:
            continue
        if rule.kind == "date_order":
            if target.value < source_value:
                report(
                    target,
                    bilingual(
                        f"debe ser igual o posterior a «{source_label.es}»", f"must be on or after “{source_label.en}”"
                    ),
                )
        elif rule.kind == "max_period":
            assert rule.months is not None
            start = dt.date.fromisoformat(source_value)
            last = _add_months(start, rule.months) - dt.timedelta(days=1)
            if dt.date.fromisoformat(target.value) > last:
                report(
                    target,
                    bilingual(
                        f"el periodo desde «{source_label.es}» no puede exceder {rule.months} meses "
                        f"(último día posible: {last.isoformat()})",
                        f"the period from “{source_label.en}” cannot exceed {rule.months} months "
                        f"(last possible day: {last.isoformat()})",
                    ),
                )
        elif rule.kind == "not_less_than":
            if Decimal(str(target.value)) < Decimal(str(source_value)):
                report(
                    target,
                    bilingual(
                        f"no puede ser menor que «{source_label.es}»", f"cannot be less than “{source_label.en}”"
                    ),
                )
