"""Check form data against a document type and bring it to its canonical form.

Form data is a plain nested dict keyed by section and field ids; a repeatable
section is a list of dicts (see docs/doctypes.md). Canonical values are:
text stripped; ``integer`` a Python int; ``decimal``/``percent`` a decimal string
with a dot and the digits the user gave ("0.180", "12500"); dates ``YYYY-MM-DD``;
codes upper-case; HS codes dotted ("7208.51", "7208.51.0060"). Empty values are
dropped, so two forms that mean the same thing compare equal.

``validate`` returns every problem at once; ``validate_field`` checks one value
while the user types. Messages are bilingual dicts ``{"es": ..., "en": ...}``.
"""

from __future__ import annotations

from typing import Any

from sello.core.documents.cross_field_rules import check_rule
from sello.core.documents.doctypes import DocType, Section, Text
from sello.core.documents.field_values import (
    EMPTY,
    InvalidValue,
    canonical_decimal,
    canonical_value,
    format_hs,
    normalize_value,
    validate_field,
)
from sello.core.documents.form_errors import ErrorCollector, FieldError, InvalidDocumentError, row_label
from sello.core.documents.spec_checks import plausibility_errors
from sello.core.documents.validation_messages import (
    BAD_FORMAT,
    REQUIRED,
    UNKNOWN_FIELD,
    Message,
    rows_max_message,
    rows_min_message,
)

__all__ = [
    "REQUIRED",
    "FieldError",
    "InvalidDocumentError",
    "Message",
    "canonical_decimal",
    "check",
    "format_hs",
    "normalize_data",
    "normalize_value",
    "validate",
    "validate_field",
]


def _check_sections(
    sections: tuple[Section, ...],
    data: Any,
    prefix: str,
    chain: list[Text | str],
    walk: ErrorCollector,
    top: bool,
) -> dict:
    out: dict = {}
    if not isinstance(data, dict):
        walk.add(prefix.rstrip(".") or "(document)", "", chain or ["(document)"], BAD_FORMAT)
        return out
    known = {s.id for s in sections}
    for key in data:
        if key not in known:
            walk.add(f"{prefix}{key}", key, chain + [key], UNKNOWN_FIELD)
    for section in sections:
        value = data.get(section.id)
        here = f"{prefix}{section.id}"
        if section.repeatable:
            if value is None:
                value = []
            if not isinstance(value, list):
                walk.add(here, section.id, chain + [section.label], BAD_FORMAT)
                continue
            if len(value) < section.min_rows:
                walk.add(here, section.id, chain + [section.label], rows_min_message(section.min_rows))
            if section.max_rows is not None and len(value) > section.max_rows:
                walk.add(here, section.id, chain + [section.label], rows_max_message(section.max_rows))
            rows = [
                _check_section_body(section, row, f"{here}[{i}].", chain + [row_label(section, i)], walk)
                for i, row in enumerate(value)
            ]
            if rows:
                out[section.id] = rows
        else:
            if value is None:
                value = {}
            label = chain + [section.label] if top else chain
            body = _check_section_body(section, value, f"{here}.", label, walk)
            if body:
                out[section.id] = body
    return out


def _check_section_body(
    section: Section, data: Any, prefix: str, chain: list[Text | str], walk: ErrorCollector
) -> dict:
    out: dict = {}
    if not isinstance(data, dict):
        walk.add(prefix.rstrip("."), section.id, chain or [section.label], BAD_FORMAT)
        return out
    field_ids = {f.id for f in section.fields}
    sub_ids = {s.id for s in section.sections}
    for key in data:
        if key not in field_ids and key not in sub_ids:
            walk.add(f"{prefix}{key}", key, chain + [key], UNKNOWN_FIELD)
    for f in section.fields:
        try:
            canonical = canonical_value(f, data.get(f.id))
        except InvalidValue as problem:
            walk.add(f"{prefix}{f.id}", f.id, chain + [f.label], problem.message)
            continue
        if canonical is EMPTY:
            if f.required:
                walk.add(f"{prefix}{f.id}", f.id, chain + [f.label], REQUIRED)
            continue
        out[f.id] = canonical
    sub_data = {k: v for k, v in data.items() if k in sub_ids}
    out.update(_check_sections(section.sections, sub_data, prefix, chain, walk, top=False))
    return out


def check(doctype: DocType, data: Any) -> tuple[dict, list[FieldError]]:
    """Canonical data (valid values only) and every problem, field rules then document rules."""
    walk = ErrorCollector([])
    canonical = _check_sections(doctype.sections, data, "", [], walk, top=True)
    for rule in doctype.rules:
        check_rule(doctype, rule, canonical, walk)
    walk.errors.extend(plausibility_errors(doctype, canonical))  # values no steel can have
    return canonical, walk.errors


def validate(doctype: DocType, data: Any) -> list[FieldError]:
    """Every problem in ``data`` at once (empty list: the document can be issued)."""
    return check(doctype, data)[1]


def normalize_data(doctype: DocType, data: Any) -> dict:
    """The canonical form of valid data; raises InvalidDocumentError listing every problem."""
    canonical, errors = check(doctype, data)
    if errors:
        raise InvalidDocumentError(errors)
    return canonical
