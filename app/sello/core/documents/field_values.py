"""One value at a time: the canonical form of a field's value, or the reason it is wrong.

Canonical values are: text stripped; ``integer`` a Python int; ``decimal``/``percent`` a
decimal string with a dot and the digits the user gave ("0.180", "12500"); dates
``YYYY-MM-DD``; codes upper-case; HS codes dotted ("7208.51", "7208.51.0060").
``validate_field`` checks one value while the user types.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any

from sello.core.documents import refdata
from sello.core.documents.doctypes import FieldDef
from sello.core.documents.field_type_extensions import FIELD_TYPE_EXTENSIONS, FieldValueError
from sello.core.documents.validation_messages import (
    BAD_COUNTRY,
    BAD_CURRENCY,
    BAD_DATE,
    BAD_EMAIL,
    BAD_INCOTERM,
    BAD_LOCODE,
    BAD_RFC,
    BAD_UNIT,
    NOT_INTEGER,
    NOT_NUMBER,
    NOT_TEXT,
    REQUIRED,
    Message,
    at_least_message,
    at_most_message,
    decimals_message,
    enum_message,
    greater_than_message,
    hs_message,
    length_message,
    locode_country_message,
    range_message,
)

_DECIMAL_RE = re.compile(r"^[+-]?(\d+)?(?:\.(\d*))?$")
_THOUSANDS_RE = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$")
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_LOCODE_RE = re.compile(r"^[A-Z]{2}[A-Z2-9]{3}$")
_RFC_RE = re.compile(r"^[A-ZÑ&]{3,4}\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])[A-Z0-9]{2}[0-9A]$")
_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")


class InvalidValue(Exception):
    def __init__(self, message: Message) -> None:
        self.message = message


EMPTY = object()


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
        raise InvalidValue(NOT_TEXT)
    return value


def canonical_value(field: FieldDef, value: Any) -> Any:
    """The canonical form of ``value``, ``EMPTY``, or raises InvalidValue."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return EMPTY
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
            raise InvalidValue(length_message(rules.min_length, rules.max_length))
        if rules.pattern and not re.fullmatch(rules.pattern, text):
            assert rules.pattern_message is not None
            raise InvalidValue(rules.pattern_message.as_dict())
        return text
    if kind == "date":
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return value.isoformat()
        text = _as_text(value).strip()
        if not _DATE_RE.match(text):
            raise InvalidValue(BAD_DATE)
        try:
            dt.date.fromisoformat(text)
        except ValueError:
            raise InvalidValue(BAD_DATE) from None
        return text
    if kind == "integer":
        if isinstance(value, bool):
            raise InvalidValue(NOT_INTEGER)
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, str) and re.fullmatch(r"\s*[+-]?\d+\s*", value):
            value = int(value)
        if not isinstance(value, int):
            raise InvalidValue(NOT_INTEGER)
        _check_bounds(field, Decimal(value))
        return value
    if kind in ("decimal", "percent"):
        try:
            text = canonical_decimal(value)
        except ValueError:
            raise InvalidValue(NOT_NUMBER) from None
        number = Decimal(text)
        if kind == "percent" and not (Decimal(0) <= number <= Decimal(100)):
            raise InvalidValue(range_message(field, Decimal(0), Decimal(100)))
        _check_bounds(field, number)
        places = len(text.partition(".")[2])
        if rules.max_decimals is not None and places > rules.max_decimals:
            raise InvalidValue(decimals_message(rules.max_decimals))
        return text
    if kind in FIELD_TYPE_EXTENSIONS:  # types defined in their own modules (pedimento)
        try:
            return FIELD_TYPE_EXTENSIONS[kind].canonical(_as_text(value))
        except FieldValueError as problem:
            raise InvalidValue(problem.message) from None
    code = _as_text(value).strip().upper()
    if kind == "country":
        if not refdata.is_country(code):
            raise InvalidValue(BAD_COUNTRY)
        return code
    if kind == "locode":
        code = code.replace(" ", "")
        if not _LOCODE_RE.match(code):
            raise InvalidValue(BAD_LOCODE)
        if not refdata.is_country(code[:2]):
            raise InvalidValue(locode_country_message(code[:2]))
        return code
    if kind == "hs_code":
        digits = code.replace(".", "").replace(" ", "")
        if not digits.isdigit() or not digits.isascii() or len(digits) not in rules.digits:
            raise InvalidValue(hs_message(rules.digits))
        return format_hs(digits)
    if kind == "incoterm":
        if not refdata.is_incoterm(code):
            raise InvalidValue(BAD_INCOTERM)
        return code
    if kind == "currency":
        if not refdata.is_currency(code):
            raise InvalidValue(BAD_CURRENCY)
        return code
    if kind == "unit":
        if not refdata.is_unit(code):
            raise InvalidValue(BAD_UNIT)
        return code
    if kind == "rfc":
        code = code.replace(" ", "").replace("-", "")
        if not _RFC_RE.match(code):
            raise InvalidValue(BAD_RFC)
        return code
    if kind == "email":
        text = _as_text(value).strip()
        if not _EMAIL_RE.match(text):
            raise InvalidValue(BAD_EMAIL)
        return text
    if kind == "enum":
        text = _as_text(value).strip()
        for option in rules.options:
            if option.value == text or option.value.casefold() == text.casefold():
                return option.value
        raise InvalidValue(enum_message(field))
    raise AssertionError(f"unhandled field type {kind}")


def _check_bounds(field: FieldDef, number: Decimal) -> None:
    rules = field.validation
    if rules.min_exclusive is not None and number <= rules.min_exclusive:
        raise InvalidValue(greater_than_message(field, rules.min_exclusive))
    if rules.min is not None and rules.max is not None and not (rules.min <= number <= rules.max):
        raise InvalidValue(range_message(field, rules.min, rules.max))
    if rules.min is not None and number < rules.min:
        raise InvalidValue(at_least_message(field, rules.min))
    if rules.max is not None and number > rules.max:
        raise InvalidValue(at_most_message(field, rules.max))


def validate_field(field: FieldDef, value: Any) -> Message | None:
    """The problem with one value (raw text from a widget or a canonical value), or None."""
    try:
        canonical = canonical_value(field, value)
    except InvalidValue as problem:
        return problem.message
    if canonical is EMPTY and field.required:
        return dict(REQUIRED)
    return None


def normalize_value(field: FieldDef, value: Any) -> Any:
    """The canonical form of a valid value (None when empty); ValueError when invalid."""
    try:
        canonical = canonical_value(field, value)
    except InvalidValue as problem:
        raise ValueError(problem.message["en"]) from None
    return None if canonical is EMPTY else canonical
