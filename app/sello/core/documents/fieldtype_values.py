"""The canonical form of one value, one function per field type (``fieldtypes`` names them).

Canonical values are: text stripped; ``integer`` a Python int; ``decimal``/``percent`` a
decimal string with a dot and the digits the user gave ("0.180", "12500"); dates
``YYYY-MM-DD``; codes upper-case; HS codes dotted ("7208.51", "7208.51.0060"); a
pedimento its 15 digits. Each function gets a non-empty value and returns its canonical
form or raises ``InvalidValue`` with the sentence in Spanish and English.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sello.core.documents import pedimento, refdata
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

if TYPE_CHECKING:
    from sello.core.documents.doctype_model import FieldDef

_DECIMAL_RE = re.compile(r"^[+-]?(\d+)?(?:\.(\d*))?$")
_THOUSANDS_RE = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$")
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_LOCODE_RE = re.compile(r"^[A-Z]{2}[A-Z2-9]{3}$")
_RFC_RE = re.compile(r"^[A-ZÑ&]{3,4}\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])[A-Z0-9]{2}[0-9A]$")
_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")


PERCENT_SYMBOL = "%"  # printed after a percent whose field names no unit


class InvalidValue(Exception):
    def __init__(self, message: Message) -> None:
        self.message = message


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


def as_text(value: Any) -> str:
    if not isinstance(value, str):
        raise InvalidValue(NOT_TEXT)
    return value


def _code(value: Any) -> str:
    return as_text(value).strip().upper()


# -- one function per type -----------------------------------------------------------------


def text(field: FieldDef, value: Any) -> str:
    return _checked_text(field, as_text(value).strip())


def multiline(field: FieldDef, value: Any) -> str:
    lines = as_text(value).replace("\r\n", "\n").split("\n")
    return _checked_text(field, "\n".join(line.rstrip() for line in lines).strip())


def _checked_text(field: FieldDef, text: str) -> str:
    rules = field.validation
    if (rules.min_length is not None and len(text) < rules.min_length) or (
        rules.max_length is not None and len(text) > rules.max_length
    ):
        raise InvalidValue(length_message(rules.min_length, rules.max_length))
    if rules.pattern and not re.fullmatch(rules.pattern, text):
        assert rules.pattern_message is not None
        raise InvalidValue(rules.pattern_message.as_dict())
    return text


def date(field: FieldDef, value: Any) -> str:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value.isoformat()
    text = as_text(value).strip()
    if not _DATE_RE.match(text):
        raise InvalidValue(BAD_DATE)
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        raise InvalidValue(BAD_DATE) from None
    return text


def integer(field: FieldDef, value: Any) -> int:
    if isinstance(value, bool):
        raise InvalidValue(NOT_INTEGER)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str) and re.fullmatch(r"\s*[+-]?\d+\s*", value):
        value = int(value)
    if not isinstance(value, int):
        raise InvalidValue(NOT_INTEGER)
    _check_bounds(field, Decimal(value), "")
    return value


def decimal(field: FieldDef, value: Any, default_unit: str = "") -> str:
    try:
        text = canonical_decimal(value)
    except ValueError:
        raise InvalidValue(NOT_NUMBER) from None
    _check_bounds(field, Decimal(text), default_unit)
    places = len(text.partition(".")[2])
    max_decimals = field.validation.max_decimals
    if max_decimals is not None and places > max_decimals:
        raise InvalidValue(decimals_message(max_decimals))
    return text


def percent(field: FieldDef, value: Any) -> str:
    try:
        number = Decimal(canonical_decimal(value))
    except ValueError:
        raise InvalidValue(NOT_NUMBER) from None
    if not (Decimal(0) <= number <= Decimal(100)):
        raise InvalidValue(range_message(field, Decimal(0), Decimal(100), PERCENT_SYMBOL))
    return decimal(field, value, PERCENT_SYMBOL)


def _check_bounds(field: FieldDef, number: Decimal, unit: str) -> None:
    rules = field.validation
    if rules.min_exclusive is not None and number <= rules.min_exclusive:
        raise InvalidValue(greater_than_message(field, rules.min_exclusive, unit))
    if rules.min is not None and rules.max is not None and not (rules.min <= number <= rules.max):
        raise InvalidValue(range_message(field, rules.min, rules.max, unit))
    if rules.min is not None and number < rules.min:
        raise InvalidValue(at_least_message(field, rules.min, unit))
    if rules.max is not None and number > rules.max:
        raise InvalidValue(at_most_message(field, rules.max, unit))


def pedimento_number(field: FieldDef, value: Any) -> str:
    try:
        return pedimento.canonical_pedimento(as_text(value))
    except pedimento.PedimentoError as error:
        raise InvalidValue(error.message) from None


def country(field: FieldDef, value: Any) -> str:
    code = _code(value)
    if not refdata.is_country(code):
        raise InvalidValue(BAD_COUNTRY)
    return code


def locode(field: FieldDef, value: Any) -> str:
    code = _code(value).replace(" ", "")
    if not _LOCODE_RE.match(code):
        raise InvalidValue(BAD_LOCODE)
    if not refdata.is_country(code[:2]):
        raise InvalidValue(locode_country_message(code[:2]))
    return code


def hs_code(field: FieldDef, value: Any) -> str:
    digits = _code(value).replace(".", "").replace(" ", "")
    if not digits.isdigit() or not digits.isascii() or len(digits) not in field.validation.digits:
        raise InvalidValue(hs_message(field.validation.digits))
    return format_hs(digits)


def incoterm(field: FieldDef, value: Any) -> str:
    code = _code(value)
    if not refdata.is_incoterm(code):
        raise InvalidValue(BAD_INCOTERM)
    return code


def currency(field: FieldDef, value: Any) -> str:
    code = _code(value)
    if not refdata.is_currency(code):
        raise InvalidValue(BAD_CURRENCY)
    return code


def unit(field: FieldDef, value: Any) -> str:
    code = _code(value)
    if not refdata.is_unit(code):
        raise InvalidValue(BAD_UNIT)
    return code


def rfc(field: FieldDef, value: Any) -> str:
    code = _code(value).replace(" ", "").replace("-", "")
    if not _RFC_RE.match(code):
        raise InvalidValue(BAD_RFC)
    return code


def email(field: FieldDef, value: Any) -> str:
    text = as_text(value).strip()
    if not _EMAIL_RE.match(text):
        raise InvalidValue(BAD_EMAIL)
    return text


def enum(field: FieldDef, value: Any) -> str:
    text = as_text(value).strip()
    for option in field.validation.options:
        if option.value == text or option.value.casefold() == text.casefold():
            return option.value
    raise InvalidValue(enum_message(field))
