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

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sello.core.documents import refdata
from sello.core.documents.doctypes import DocType, FieldDef, Rule, Section, Text
from sello.core.errors import InputError
from sello.core.i18n import LANGUAGES
from sello.core.i18n import Message as I18nMessage  # `Message` here is the es/en dict of a field error

Message = dict[str, str]

_DECIMAL_RE = re.compile(r"^[+-]?(\d+)?(?:\.(\d*))?$")
_THOUSANDS_RE = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$")
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_LOCODE_RE = re.compile(r"^[A-Z]{2}[A-Z2-9]{3}$")
_RFC_RE = re.compile(r"^[A-ZÑ&]{3,4}\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])[A-Z0-9]{2}[0-9A]$")
_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")


def _msg(es: str, en: str) -> Message:
    return {"es": es, "en": en}


def _num(value: Decimal) -> str:
    """A bound as people write it: 100, 0.5 (never 1E+2)."""
    return format(value.normalize(), "f")


def _unit_suffix(field: FieldDef) -> str:
    symbol = refdata.unit_symbol(field.unit)
    if field.type == "percent" and not symbol:
        symbol = "%"
    return f" {symbol}" if symbol else ""


# -- messages ----------------------------------------------------------------------------

REQUIRED = _msg("es obligatorio", "is required")
NOT_TEXT = _msg("debe ser texto", "must be text")
NOT_NUMBER = _msg(
    "debe ser un número (use punto decimal, p. ej. 1250.5)",
    "must be a number (use a dot for decimals, e.g. 1250.5)",
)
NOT_INTEGER = _msg("debe ser un número entero", "must be a whole number")
BAD_DATE = _msg("debe ser una fecha válida en formato AAAA-MM-DD", "must be a valid date in the form YYYY-MM-DD")
BAD_COUNTRY = _msg(
    "no es un código de país ISO 3166-1 de dos letras (p. ej. MX, US)",
    "is not a two-letter ISO 3166-1 country code (e.g. MX, US)",
)
BAD_LOCODE = _msg(
    "debe tener 5 caracteres: el país y 3 letras o dígitos del 2 al 9 (p. ej. USLRD)",
    "must be 5 characters: the country and 3 letters or digits 2 to 9 (e.g. USLRD)",
)
BAD_RFC = _msg(
    "no es un RFC válido: 12 caracteres para persona moral o 13 para persona física (p. ej. ANO850101AB1)",
    "is not a valid RFC: 12 characters for a company or 13 for an individual (e.g. ANO850101AB1)",
)
BAD_EMAIL = _msg("no es un correo electrónico válido", "is not a valid email address")
BAD_INCOTERM = _msg(
    "no es un Incoterm 2020 (EXW, FCA, CPT, CIP, DAP, DPU, DDP, FAS, FOB, CFR, CIF)",
    "is not an Incoterm 2020 (EXW, FCA, CPT, CIP, DAP, DPU, DDP, FAS, FOB, CFR, CIF)",
)
BAD_CURRENCY = _msg(
    "no es una moneda ISO 4217 admitida (p. ej. USD, MXN)",
    "is not a supported ISO 4217 currency (e.g. USD, MXN)",
)
BAD_UNIT = _msg(
    "no es una unidad UN/CEFACT admitida (p. ej. KGM, TNE, PCE)",
    "is not a supported UN/CEFACT unit (e.g. KGM, TNE, PCE)",
)
BAD_FORMAT = _msg("tiene un formato incorrecto", "has the wrong format")
UNKNOWN_FIELD = _msg("no es un campo de este documento", "is not a field of this document")


def range_message(field: FieldDef, low: Decimal, high: Decimal) -> Message:
    u = _unit_suffix(field)
    return _msg(f"debe estar entre {_num(low)} y {_num(high)}{u}", f"must be between {_num(low)} and {_num(high)}{u}")


def greater_than_message(field: FieldDef, low: Decimal) -> Message:
    u = _unit_suffix(field)
    return _msg(f"debe ser mayor que {_num(low)}{u}", f"must be greater than {_num(low)}{u}")


def at_least_message(field: FieldDef, low: Decimal) -> Message:
    u = _unit_suffix(field)
    return _msg(f"debe ser al menos {_num(low)}{u}", f"must be at least {_num(low)}{u}")


def at_most_message(field: FieldDef, high: Decimal) -> Message:
    u = _unit_suffix(field)
    return _msg(f"debe ser como máximo {_num(high)}{u}", f"must be at most {_num(high)}{u}")


def decimals_message(places: int) -> Message:
    if places == 0:
        return _msg("no admite decimales", "allows no decimals")
    return _msg(f"admite como máximo {places} decimales", f"allows at most {places} decimals")


def hs_message(digits: tuple[int, ...]) -> Message:
    examples = {6: "7208.51", 8: "7208.51.00", 10: "7208.51.0060"}
    counts = [str(d) for d in digits]
    es_counts = counts[0] if len(counts) == 1 else ", ".join(counts[:-1]) + " o " + counts[-1]
    en_counts = counts[0] if len(counts) == 1 else ", ".join(counts[:-1]) + " or " + counts[-1]
    example = examples[digits[-1]]
    return _msg(f"debe tener {es_counts} dígitos (p. ej. {example})", f"must have {en_counts} digits (e.g. {example})")


def locode_country_message(code: str) -> Message:
    return _msg(
        f"empieza con «{code}», que no es un código de país", f"starts with “{code}”, which is not a country code"
    )


def length_message(low: int | None, high: int | None) -> Message:
    if high is not None and low is None:
        return _msg(f"debe tener como máximo {high} caracteres", f"must be at most {high} characters")
    if low is not None and high is None:
        return _msg(f"debe tener al menos {low} caracteres", f"must be at least {low} characters")
    return _msg(f"debe tener entre {low} y {high} caracteres", f"must be between {low} and {high} characters")


def enum_message(field: FieldDef) -> Message:
    values = ", ".join(o.value for o in field.validation.options)
    return _msg(f"debe ser uno de: {values}", f"must be one of: {values}")


def rows_min_message(n: int) -> Message:
    return _msg(
        f"debe tener al menos {n} {'fila' if n == 1 else 'filas'}",
        f"must have at least {n} {'row' if n == 1 else 'rows'}",
    )


def rows_max_message(n: int) -> Message:
    return _msg(
        f"puede tener como máximo {n} {'fila' if n == 1 else 'filas'}",
        f"can have at most {n} {'row' if n == 1 else 'rows'}",
    )


# -- records -------------------------------------------------------------------------------


@dataclass(frozen=True)
class FieldError:
    """One problem: ``path`` like "heats[1].chemistry.c" (rows counted from 0),
    ``label`` the full label ("Colada 2 › C"), ``message`` what is wrong."""

    path: str
    field_id: str
    label: dict[str, str]
    message: dict[str, str]

    def text(self, lang: str) -> str:
        return f"{self.label[lang]}: {self.message[lang]}"


class InvalidDocumentError(InputError):
    """Form data that cannot become a credential; ``errors`` lists every problem."""

    def __init__(self, errors: list[FieldError]) -> None:
        first = {lang: errors[0].text(lang) for lang in LANGUAGES}
        count = len(errors) - 1
        more = {"en": f" (and {count} more)", "es": f" (y {count} más)"} if count else ""
        super().__init__(I18nMessage("document.incomplete", first=first, more=more))
        self.errors = errors


class _Invalid(Exception):
    def __init__(self, message: Message) -> None:
        self.message = message


_EMPTY = object()


# -- single values ---------------------------------------------------------------------------


def canonical_decimal(value: Any) -> str:
    """ "1,250.50" -> "1250.50", "0,18" -> "0.18", 0.5 -> "0.5"; raises ValueError."""
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError(value)
        return format(Decimal(repr(value)), "f")
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(value)
        return format(value, "f")
    if not isinstance(value, str):
        raise ValueError(value)
    text = value.strip().replace(" ", "").replace("\u00a0", "")
    if _THOUSANDS_RE.match(text):
        text = text.replace(",", "")
    elif text.count(",") == 1 and "." not in text:
        text = text.replace(",", ".")
    match = _DECIMAL_RE.match(text)
    if not match or (match.group(1) is None and not match.group(2)):
        raise ValueError(value)
    negative = text.startswith("-")
    whole = (match.group(1) or "0").lstrip("0") or "0"
    fraction = match.group(2) or ""
    result = f"{whole}.{fraction}" if fraction else whole
    if negative and result.strip("0.") != "":
        result = "-" + result
    return result


def format_hs(digits: str) -> str:
    """ "7208510060" -> "7208.51.0060" (the HTSUS way of writing codes)."""
    parts = [digits[:4], digits[4:6]]
    if len(digits) > 6:
        parts.append(digits[6:])
    return ".".join(parts)


def _as_text(value: Any) -> str:
    if not isinstance(value, str):
        raise _Invalid(NOT_TEXT)
    return value


def _canonical(field: FieldDef, value: Any) -> Any:
    """The canonical form of ``value``, ``_EMPTY``, or raises _Invalid."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return _EMPTY
    rules = field.validation
    kind = field.type
    if kind in ("text", "multiline"):
        text = _as_text(value)
        if kind == "multiline":
            text = "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").split("\n"))
        text = text.strip()
        if (rules.min_length is not None and len(text) < rules.min_length) or (
            rules.max_length is not None and len(text) > rules.max_length
        ):
            raise _Invalid(length_message(rules.min_length, rules.max_length))
        if rules.pattern and not re.fullmatch(rules.pattern, text):
            assert rules.pattern_message is not None
            raise _Invalid(rules.pattern_message.as_dict())
        return text
    if kind == "date":
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return value.isoformat()
        text = _as_text(value).strip()
        if not _DATE_RE.match(text):
            raise _Invalid(BAD_DATE)
        try:
            dt.date.fromisoformat(text)
        except ValueError:
            raise _Invalid(BAD_DATE) from None
        return text
    if kind == "integer":
        if isinstance(value, bool):
            raise _Invalid(NOT_INTEGER)
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, str) and re.fullmatch(r"\s*[+-]?\d+\s*", value):
            value = int(value)
        if not isinstance(value, int):
            raise _Invalid(NOT_INTEGER)
        _check_bounds(field, Decimal(value))
        return value
    if kind in ("decimal", "percent"):
        try:
            text = canonical_decimal(value)
        except ValueError:
            raise _Invalid(NOT_NUMBER) from None
        number = Decimal(text)
        if kind == "percent" and not (Decimal(0) <= number <= Decimal(100)):
            raise _Invalid(range_message(field, Decimal(0), Decimal(100)))
        _check_bounds(field, number)
        places = len(text.partition(".")[2])
        if rules.max_decimals is not None and places > rules.max_decimals:
            raise _Invalid(decimals_message(rules.max_decimals))
        return text
    code = _as_text(value).strip().upper()
    if kind == "country":
        if not refdata.is_country(code):
            raise _Invalid(BAD_COUNTRY)
        return code
    if kind == "locode":
        code = code.replace(" ", "")
        if not _LOCODE_RE.match(code):
            raise _Invalid(BAD_LOCODE)
        if not refdata.is_country(code[:2]):
            raise _Invalid(locode_country_message(code[:2]))
        return code
    if kind == "hs_code":
        digits = code.replace(".", "").replace(" ", "")
        if not digits.isdigit() or not digits.isascii() or len(digits) not in rules.digits:
            raise _Invalid(hs_message(rules.digits))
        return format_hs(digits)
    if kind == "incoterm":
        if not refdata.is_incoterm(code):
            raise _Invalid(BAD_INCOTERM)
        return code
    if kind == "currency":
        if not refdata.is_currency(code):
            raise _Invalid(BAD_CURRENCY)
        return code
    if kind == "unit":
        if not refdata.is_unit(code):
            raise _Invalid(BAD_UNIT)
        return code
    if kind == "rfc":
        code = code.replace(" ", "").replace("-", "")
        if not _RFC_RE.match(code):
            raise _Invalid(BAD_RFC)
        return code
    if kind == "email":
        text = _as_text(value).strip()
        if not _EMAIL_RE.match(text):
            raise _Invalid(BAD_EMAIL)
        return text
    if kind == "enum":
        text = _as_text(value).strip()
        for option in rules.options:
            if option.value == text or option.value.casefold() == text.casefold():
                return option.value
        raise _Invalid(enum_message(field))
    raise AssertionError(f"unhandled field type {kind}")


def _check_bounds(field: FieldDef, number: Decimal) -> None:
    rules = field.validation
    if rules.min_exclusive is not None and number <= rules.min_exclusive:
        raise _Invalid(greater_than_message(field, rules.min_exclusive))
    if rules.min is not None and rules.max is not None and not (rules.min <= number <= rules.max):
        raise _Invalid(range_message(field, rules.min, rules.max))
    if rules.min is not None and number < rules.min:
        raise _Invalid(at_least_message(field, rules.min))
    if rules.max is not None and number > rules.max:
        raise _Invalid(at_most_message(field, rules.max))


def validate_field(field: FieldDef, value: Any) -> Message | None:
    """The problem with one value (raw text from a widget or a canonical value), or None."""
    try:
        canonical = _canonical(field, value)
    except _Invalid as problem:
        return problem.message
    if canonical is _EMPTY and field.required:
        return dict(REQUIRED)
    return None


def normalize_value(field: FieldDef, value: Any) -> Any:
    """The canonical form of a valid value (None when empty); ValueError when invalid."""
    try:
        canonical = _canonical(field, value)
    except _Invalid as problem:
        raise ValueError(problem.message["en"]) from None
    return None if canonical is _EMPTY else canonical


# -- whole documents ---------------------------------------------------------------------


@dataclass
class _Walk:
    errors: list[FieldError]

    def add(self, path: str, field_id: str, label: list[Text | str], message: Message) -> None:
        full = {lang: " › ".join(p if isinstance(p, str) else p[lang] for p in label) for lang in ("es", "en")}
        self.errors.append(FieldError(path, field_id, full, dict(message)))


def _row_label(section: Section, index: int) -> Text:
    base = section.row_label or section.label
    return Text(f"{base.es} {index + 1}", f"{base.en} {index + 1}")


def _check_sections(
    sections: tuple[Section, ...],
    data: Any,
    prefix: str,
    chain: list[Text | str],
    walk: _Walk,
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
                _check_section_body(section, row, f"{here}[{i}].", chain + [_row_label(section, i)], walk)
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


def _check_section_body(section: Section, data: Any, prefix: str, chain: list[Text | str], walk: _Walk) -> dict:
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
            canonical = _canonical(f, data.get(f.id))
        except _Invalid as problem:
            walk.add(f"{prefix}{f.id}", f.id, chain + [f.label], problem.message)
            continue
        if canonical is _EMPTY:
            if f.required:
                walk.add(f"{prefix}{f.id}", f.id, chain + [f.label], REQUIRED)
            continue
        out[f.id] = canonical
    sub_data = {k: v for k, v in data.items() if k in sub_ids}
    out.update(_check_sections(section.sections, sub_data, prefix, chain, walk, top=False))
    return out


def check(doctype: DocType, data: Any) -> tuple[dict, list[FieldError]]:
    """Canonical data (valid values only) and every problem, field rules then document rules."""
    walk = _Walk([])
    canonical = _check_sections(doctype.sections, data, "", [], walk, top=True)
    for rule in doctype.rules:
        _check_rule(doctype, rule, canonical, walk)
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


# -- cross-field rules -------------------------------------------------------------------


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
                    row, depth + 1, f"{path}{section.id}[{i}].", rows + (i,), chain + (_row_label(section, i),)
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


def _check_rule(doctype: DocType, rule: Rule, canonical: dict, walk: _Walk) -> None:
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
                    _msg(
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
                    _msg(
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
                    _msg(
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
                    _msg(
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
                    _msg(f"no puede ser menor que «{source_label.es}»", f"cannot be less than “{source_label.en}”"),
                )
