"""TD1 template mode (mode 2): a credential of a known document type as its form values.

A credential Sello issues is its document type's JSON-LD skeleton filled with the
form's values, so the skeleton need not travel: the code carries the form values in
field order and the reader rebuilds the subject with the document type's own mapping
(`sello.core.documents.mapping.build_subject`). The rest of the credential travels as flags and
small numbers when it has the shape Sello gives it (standard contexts and types, a
`urn:uuid:` id, the issuer = the DID of the header `kid`, whole-second UTC times, a
status entry in one of the issuer's own lists) and as literal JSON otherwise.
Layout: docs/td1-format.md §2.3.

The rebuild depends on the definition and the mapping, so the code names the
document type (`td1.code`) and a fingerprint of its template; a reader with another
definition refuses the code (`schema_unknown`) instead of rebuilding something else.
`sello.core.qr.payload.encode_td1` still decodes every form it makes and compares.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sello.core.encoding import base58btc_decode, base58btc_encode
from sello.core.keys.did import DidResolutionError, did_web_url
from sello.core.qr.installed import installed_templates

FINGERPRINT_BYTES = 4
FINGERPRINT_LABEL = "TD1 template 1"  # hashed with the fields: a new value layout changes every fingerprint
MAX_ROWS = 4096  # rows of repeatable sections in one document (the forms allow far fewer)
MAX_STORED_NUMBER = 1 << 21  # stored status numbers are container varints (≤ 3 bytes)
TEXT_END = 0xFF  # ends every text in the value stream (a byte UTF-8 never uses)
DATE_EPOCH = dt.date(2000, 1, 1)
DECIMAL_AS_TEXT = 15  # a decimal's packed value 15 means: its text follows
MAX_DECIMALS = 14

VC2 = "https://www.w3.org/ns/credentials/v2"
TRACEABILITY = "https://w3id.org/traceability/v1"
STANDARD_CONTEXT = (VC2, TRACEABILITY)
BASE_CREDENTIAL_TYPE = "VerifiableCredential"
STATUS_ENTRY_TYPE = "BitstringStatusListEntry"
STATUS_PURPOSE = "revocation"

# How a form value travels in the value stream.
KIND_TEXT = "text"  # UTF-8, then 0xFF
KIND_INTEGER = "integer"  # zigzag varint
KIND_DECIMAL = "decimal"  # varint zigzag(mantissa) × 16 + decimals, or 15 then the text
KIND_DATE = "date"  # zigzag varint of days since 2000-01-01
KIND_ENUM = "enum"  # varint index into the field's options

# The member-forms word (16 bits, little-endian): (member, first bit, bit count).
FORM_LAYOUT: tuple[tuple[str, int, int], ...] = (
    ("@context", 0, 1),
    ("type", 1, 1),
    ("id", 2, 2),
    ("issuer", 4, 2),
    ("validFrom", 6, 2),
    ("validUntil", 8, 2),
    ("credentialStatus", 10, 2),
    ("extras", 12, 1),
    ("kid", 13, 2),
)
FORM_BITS = 15
HEADER_LITERAL = 0xFF
IMPLIED, LITERAL = 0, 1  # @context, type
KID_LITERAL, KID_WEB, KID_KEY, KID_JWK = 0, 1, 2, 3
ID_ABSENT, ID_UUID, ID_LITERAL = 0, 1, 2
ISSUER_WITH_NAME, ISSUER_DID, ISSUER_ID_ONLY, ISSUER_LITERAL = 0, 1, 2, 3
TIME_ABSENT, TIME_SECONDS, TIME_LITERAL = 0, 1, 2
STATUS_ABSENT, STATUS_WEB_LIST, STATUS_UUID_LIST, STATUS_LITERAL = 0, 1, 2, 3
CREDENTIAL_MEMBERS = frozenset(
    {"@context", "type", "id", "issuer", "validFrom", "validUntil", "credentialStatus", "credentialSubject"}
)

URN_UUID = re.compile(r"urn:uuid:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})")
CANONICAL_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")
TIME_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
THUMBPRINT = re.compile(r"[A-Za-z0-9_-]{43}")  # base64url of 32 bytes (RFC 7638, SHA-256)
MULTIBASE_BASE58 = re.compile(r"z[1-9A-HJ-NP-Za-km-z]{1,400}")
B64URL_TEXT = re.compile(r"[A-Za-z0-9_-]+")
DECIMAL = re.compile(r"(-?)([0-9]+)(?:\.([0-9]{1,14}))?")
DIGITS = re.compile(r"[0-9]{1,15}")


class NotTemplateError(Exception):
    """The credential has no exact template form (the encoder then uses another mode)."""


# --- the template of a document type ---------------------------------------------------


@dataclass(frozen=True)
class TemplateField:
    id: str
    kind: str
    required: bool
    options: tuple[str, ...] = ()


@dataclass(frozen=True)
class TemplateSection:
    id: str
    repeatable: bool
    fields: tuple[TemplateField, ...]
    sections: tuple[TemplateSection, ...] = ()

    @property
    def optional_fields(self) -> tuple[TemplateField, ...]:
        return tuple(f for f in self.fields if not f.required)


@dataclass(frozen=True)
class Td1Template:
    """What template mode needs of a document type: its TD1 code, the value layout, the
    fingerprint of everything the rebuild depends on, and the mapping both ways."""

    code: int
    credential_type: str
    title: str
    fingerprint: bytes
    sections: tuple[TemplateSection, ...]
    build_subject: Callable[[dict[str, Any]], dict[str, Any]]
    subject_to_data: Callable[[dict[str, Any]], dict[str, Any]]

    def __post_init__(self) -> None:
        if not 1 <= self.code <= 0xFFFF:
            raise ValueError(f"TD1 template code must be 1..65535, not {self.code}")
        if len(self.fingerprint) != FINGERPRINT_BYTES:
            raise ValueError(f"a TD1 template fingerprint has {FINGERPRINT_BYTES} bytes")


def template_table(templates: Sequence[Td1Template] | None) -> dict[int, Td1Template]:
    """Templates by code: the given ones, or (None) the installed document types'."""
    if templates is None:
        templates = installed_templates()
    table: dict[int, Td1Template] = {}
    for template in templates:
        if template.code in table:
            raise ValueError(f"two TD1 templates share code {template.code}")
        table[template.code] = template
    return table


def is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def seconds_of(value: Any) -> int | None:
    """Seconds since 1970 of a `YYYY-MM-DDTHH:MM:SSZ` time, when 32 bits hold them."""
    if not isinstance(value, str) or not CANONICAL_TIME.fullmatch(value):
        return None
    try:
        moment = dt.datetime.strptime(value, TIME_FORMAT).replace(tzinfo=dt.UTC)
    except ValueError:
        return None
    seconds = int(moment.timestamp())
    return seconds if 0 <= seconds < 1 << 32 and time_text(seconds) == value else None


def time_text(seconds: int) -> str:
    return dt.datetime.fromtimestamp(seconds, dt.UTC).strftime(TIME_FORMAT)


def status_entry(list_url: str, index: int) -> dict[str, str]:
    """The `credentialStatus` Sello writes (`sello.core.trust.statuslist.status_entry`), frozen
    here because it is part of the byte format; a test checks that the two agree."""
    return {
        "id": f"{list_url}#{index}",
        "type": STATUS_ENTRY_TYPE,
        "statusPurpose": STATUS_PURPOSE,
        "statusListIndex": str(index),
        "statusListCredential": list_url,
    }


def web_status_base(issuer_id: Any) -> str | None:
    """Where a did:web issuer's lists live, up to the list number: the folder of its
    DID document + `status/` (https://example.com/.well-known/status/)."""
    if not isinstance(issuer_id, str) or not issuer_id.startswith("did:web:"):
        return None

    try:
        return did_web_url(issuer_id).rsplit("/", 1)[0] + "/status/"
    except DidResolutionError:
        return None


def days_of(value: Any) -> int | None:
    try:
        day = dt.date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None
    return (day - DATE_EPOCH).days if day is not None and day.isoformat() == value else None


def pack_decimal(value: Any) -> int | None:
    """A decimal text as zigzag(mantissa) × 16 + decimals ("0.0081" → 81, 4; "-20" →
    −20, 0) when unpacking gives the same text back ("007" does not), else None."""
    match = DECIMAL.fullmatch(value) if isinstance(value, str) else None
    if not match:
        return None
    sign, whole, fraction = match.group(1), match.group(2), match.group(3) or ""
    packed = zigzag(int(whole + fraction) * (-1 if sign else 1)) * 16 + len(fraction)
    return packed if unpack_decimal(packed) == value else None


def unpack_decimal(packed: int) -> str:
    mantissa, decimals = unzigzag(packed // 16), packed % 16
    digits = str(abs(mantissa)).rjust(decimals + 1, "0")
    point = len(digits) - decimals
    text = digits[:point] + ("." + digits[point:] if decimals else "")
    return ("-" if mantissa < 0 else "") + text


def zigzag(value: int) -> int:
    return value * 2 if value >= 0 else -value * 2 - 1


def unzigzag(value: int) -> int:
    return value // 2 if value % 2 == 0 else -(value + 1) // 2


def base58_encode(data: bytes) -> str:

    return base58btc_encode(data)


def base58_decode(text: str) -> bytes:

    return base58btc_decode(text)
