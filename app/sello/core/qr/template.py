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

import base64
import datetime as dt
import json
import re
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import rfc8785

from sello.core.i18n import Message
from sello.core.qr.installed import installed_templates
from sello.core.qr.tables import HEADER_ALGS, HEADER_LAYOUTS
from sello.core.qr.wire import (
    FORMAT_VERSION,
    MAX_CBOR_DEPTH,
    MAX_INFLATED_BYTES,
    MAX_SIGNATURE_BYTES,
    MODE_TEMPLATE,
    Reader,
    Td1Error,
    b64url,
    compact_header,
    deflate,
    header_from_compact,
    inflate,
    varint,
)

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

_URN_UUID = re.compile(r"urn:uuid:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})")
_CANONICAL_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")
_TIME_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
_THUMBPRINT = re.compile(r"[A-Za-z0-9_-]{43}")  # base64url of 32 bytes (RFC 7638, SHA-256)
_MULTIBASE_BASE58 = re.compile(r"z[1-9A-HJ-NP-Za-km-z]{1,400}")
_B64URL_TEXT = re.compile(r"[A-Za-z0-9_-]+")
_DECIMAL = re.compile(r"(-?)([0-9]+)(?:\.([0-9]{1,14}))?")
_DIGITS = re.compile(r"[0-9]{1,15}")


class _NotTemplate(Exception):
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


# --- encoding ----------------------------------------------------------------------------


class _Writer:
    """The body's two parts: stored binary members, and the value stream (deflated)."""

    def __init__(self) -> None:
        self.binary = bytearray()
        self.values = bytearray()

    def text(self, value: Any) -> None:
        if not isinstance(value, str):
            raise _NotTemplate
        try:
            self.values += value.encode("utf-8") + bytes([TEXT_END])
        except UnicodeEncodeError:  # a lone surrogate: JSON allows it, UTF-8 does not
            raise _NotTemplate from None

    def literal(self, value: Any) -> None:
        try:
            self.text(rfc8785.dumps(value).decode("utf-8"))
        except (ValueError, TypeError, UnicodeDecodeError):
            raise _NotTemplate from None


def encode_template_form(
    header: bytes, credential: Any, signature: bytes, table: dict[int, Td1Template]
) -> bytes | None:
    """The template-mode compressed form of a credential (the JSON value of a JCS
    payload), or None when it has none: no known type, or a subject the mapping does
    not rebuild exactly."""
    if not isinstance(credential, dict) or "credentialSubject" not in credential:
        return None
    template = _pick_template(credential, table)
    if template is None:
        return None
    writer = _Writer()
    try:
        data = _subject_data(template, credential["credentialSubject"])
        header_byte, kid = _write_header(writer, header)
        forms = _write_members(writer, credential, template, kid)
        _write_sections(writer, template.sections, data)
    except _NotTemplate:
        return None
    if len(writer.values) > MAX_INFLATED_BYTES:
        return None
    return (
        bytes([FORMAT_VERSION, MODE_TEMPLATE])
        + varint(template.code)
        + template.fingerprint
        + varint(len(signature))
        + signature
        + bytes([header_byte])
        + forms.to_bytes(2, "little")
        + bytes(writer.binary)
        + deflate(bytes(writer.values), MODE_TEMPLATE)
    )


def _pick_template(credential: dict[str, Any], table: dict[int, Td1Template]) -> Td1Template | None:
    types = credential.get("type")
    types = [types] if isinstance(types, str) else types if isinstance(types, list) else []
    return next((t for t in table.values() if t.credential_type in types), None)


def _subject_data(template: Td1Template, subject: Any) -> dict[str, Any]:
    """The subject's form data, if the mapping rebuilds exactly this subject from it."""
    if not isinstance(subject, dict):
        raise _NotTemplate
    try:
        data = template.subject_to_data(subject)
        same = _same_json(template.build_subject(data), subject)
    except Exception:
        raise _NotTemplate from None
    if not same:
        raise _NotTemplate
    return data


def _same_json(value: Any, other: Any) -> bool:
    """Equal as RFC 8785 text (Python's == takes True for 1 and 1.0 for 1)."""
    try:
        return rfc8785.dumps(value) == rfc8785.dumps(other)
    except (ValueError, TypeError):
        return False


def _write_header(writer: _Writer, header: bytes) -> tuple[int, str | None]:
    compact = compact_header(header)
    if isinstance(compact, bytes):
        try:
            writer.text(compact.decode("utf-8"))
        except UnicodeDecodeError:
            raise _NotTemplate from None
        return HEADER_LITERAL, None
    alg_code, layout_code, kid = compact
    return alg_code * 8 + layout_code, kid


def _write_members(writer: _Writer, credential: dict[str, Any], template: Td1Template, kid: str | None) -> int:
    """Every member but the subject; returns the member-forms word."""
    did = kid.split("#", 1)[0] if kid is not None else None
    forms = {"kid": _write_kid(writer, kid) if kid is not None else KID_LITERAL}
    forms["@context"] = _write_implied(writer, credential, "@context", list(STANDARD_CONTEXT))
    forms["type"] = _write_implied(writer, credential, "type", [BASE_CREDENTIAL_TYPE, template.credential_type])
    forms["id"] = _write_id(writer, credential)
    forms["issuer"], issuer_id = _write_issuer(writer, credential, did)
    forms["validFrom"] = _write_time(writer, credential, "validFrom")
    forms["validUntil"] = _write_time(writer, credential, "validUntil")
    forms["credentialStatus"] = _write_status(writer, credential, issuer_id)
    extras = {key: value for key, value in credential.items() if key not in CREDENTIAL_MEMBERS}
    forms["extras"] = int(bool(extras))
    if extras:
        writer.literal(extras)
    return sum(forms[member] << shift for member, shift, _ in FORM_LAYOUT)


def _write_implied(writer: _Writer, credential: dict[str, Any], member: str, implied: Any) -> int:
    if member not in credential:
        raise _NotTemplate  # the reader would add the implied value
    if _same_json(credential[member], implied):
        return IMPLIED
    writer.literal(credential[member])
    return LITERAL


def _write_kid(writer: _Writer, kid: str) -> int:
    did, _, fragment = kid.partition("#")
    if did.startswith("did:web:") and _THUMBPRINT.fullmatch(fragment):
        thumbprint = base64.urlsafe_b64decode(fragment + "=")
        if b64url(thumbprint) == fragment:
            writer.text(did[len("did:web:") :])
            writer.binary += thumbprint
            return KID_WEB
    if did.startswith("did:key:") and fragment == did[len("did:key:") :] and _MULTIBASE_BASE58.fullmatch(fragment):
        raw = _base58_decode(fragment[1:])
        if len(raw) <= 255 and _base58_encode(raw) == fragment[1:]:
            writer.binary += bytes([len(raw)]) + raw
            return KID_KEY
    if did.startswith("did:jwk:") and fragment == "0" and _B64URL_TEXT.fullmatch(did[len("did:jwk:") :]):
        encoded = did[len("did:jwk:") :]
        if len(encoded) % 4 != 1:
            jwk = base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4))
            if b64url(jwk) == encoded and _is_utf8(jwk):
                writer.text(jwk.decode("utf-8"))
                return KID_JWK
    writer.text(kid)
    return KID_LITERAL


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _write_id(writer: _Writer, credential: dict[str, Any]) -> int:
    if "id" not in credential:
        return ID_ABSENT
    value = credential["id"]
    match = _URN_UUID.fullmatch(value) if isinstance(value, str) else None
    if match:
        writer.binary += uuid.UUID(match.group(1)).bytes
        return ID_UUID
    writer.literal(value)
    return ID_LITERAL


def _write_issuer(writer: _Writer, credential: dict[str, Any], did: str | None) -> tuple[int, Any]:
    """The issuer's form and its id (the status list may be implied by it)."""
    if "issuer" not in credential:
        raise _NotTemplate  # a credential always has one; the reader would add it
    issuer = credential["issuer"]
    if did is not None and issuer == did and isinstance(issuer, str):
        return ISSUER_DID, did
    if did is not None and isinstance(issuer, dict) and issuer.get("id") == did:
        if set(issuer) == {"id"}:
            return ISSUER_ID_ONLY, did
        if set(issuer) == {"id", "name"} and isinstance(issuer["name"], str):
            writer.text(issuer["name"])
            return ISSUER_WITH_NAME, did
    writer.literal(issuer)
    return ISSUER_LITERAL, issuer.get("id") if isinstance(issuer, dict) else issuer


def _write_time(writer: _Writer, credential: dict[str, Any], member: str) -> int:
    if member not in credential:
        return TIME_ABSENT
    seconds = _seconds_of(credential[member])
    if seconds is not None:
        writer.binary += seconds.to_bytes(4, "big")
        return TIME_SECONDS
    writer.literal(credential[member])
    return TIME_LITERAL


def _seconds_of(value: Any) -> int | None:
    """Seconds since 1970 of a `YYYY-MM-DDTHH:MM:SSZ` time, when 32 bits hold them."""
    if not isinstance(value, str) or not _CANONICAL_TIME.fullmatch(value):
        return None
    try:
        moment = dt.datetime.strptime(value, _TIME_FORMAT).replace(tzinfo=dt.UTC)
    except ValueError:
        return None
    seconds = int(moment.timestamp())
    return seconds if 0 <= seconds < 1 << 32 and _time_text(seconds) == value else None


def _time_text(seconds: int) -> str:
    return dt.datetime.fromtimestamp(seconds, dt.UTC).strftime(_TIME_FORMAT)


def _write_status(writer: _Writer, credential: dict[str, Any], issuer_id: Any) -> int:
    if "credentialStatus" not in credential:
        return STATUS_ABSENT
    status = credential["credentialStatus"]
    index = _status_index(status)
    if index is not None:
        list_url = status.get("statusListCredential")
        match = _URN_UUID.fullmatch(list_url) if isinstance(list_url, str) else None
        if match and _same_json(status, status_entry(list_url, index)):
            writer.binary += uuid.UUID(match.group(1)).bytes + varint(index)
            return STATUS_UUID_LIST
        base = web_status_base(issuer_id)
        number = _number_after(list_url, base) if base else None
        if number is not None and _same_json(status, status_entry(f"{base}{number}", index)):
            writer.binary += varint(number) + varint(index)
            return STATUS_WEB_LIST
    writer.literal(status)
    return STATUS_LITERAL


def _status_index(status: Any) -> int | None:
    text = status.get("statusListIndex") if isinstance(status, dict) else None
    return _number_after(text, "")


def _number_after(text: Any, prefix: str) -> int | None:
    """The number written after `prefix` in `text`, in plain decimal, if small enough to store."""
    if not isinstance(text, str) or not text.startswith(prefix):
        return None
    digits = text[len(prefix) :]
    if not _DIGITS.fullmatch(digits) or str(int(digits)) != digits or int(digits) >= MAX_STORED_NUMBER:
        return None
    return int(digits)


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
    from sello.core.keys.did import DidResolutionError, did_web_url

    try:
        return did_web_url(issuer_id).rsplit("/", 1)[0] + "/status/"
    except DidResolutionError:
        return None


# --- form values ----------------------------------------------------------------------


def _write_sections(writer: _Writer, sections: tuple[TemplateSection, ...], data: dict[str, Any]) -> None:
    for section in sections:
        value = data.get(section.id)
        if section.repeatable:
            rows = [] if value is None else value
            if not isinstance(rows, list) or (value is not None and not rows) or len(rows) > MAX_ROWS:
                raise _NotTemplate  # the reader leaves out a section without rows
            writer.values += varint(len(rows))
            for row in rows:
                _write_body(writer, section, row)
        else:
            if value is not None and (not isinstance(value, dict) or not value):
                raise _NotTemplate  # the reader leaves out an empty section
            _write_body(writer, section, value or {})


def _write_body(writer: _Writer, section: TemplateSection, data: Any) -> None:
    """Presence bits of the optional fields, the values, then the inner sections."""
    if not isinstance(data, dict):
        raise _NotTemplate
    field_ids = {f.id for f in section.fields}
    if not set(data) <= field_ids | {s.id for s in section.sections}:
        raise _NotTemplate  # a value the template has no place for
    optional = section.optional_fields
    bits = sum(1 << i for i, f in enumerate(optional) if data.get(f.id) is not None)
    writer.values += bits.to_bytes((len(optional) + 7) // 8, "little")
    for f in section.fields:
        if data.get(f.id) is not None:
            _write_value(writer, f, data[f.id])
        elif f.required:
            raise _NotTemplate
    _write_sections(writer, section.sections, {k: v for k, v in data.items() if k not in field_ids})


def _write_value(writer: _Writer, field: TemplateField, value: Any) -> None:
    if field.kind == KIND_INTEGER:
        if not isinstance(value, int) or isinstance(value, bool) or abs(value) >= 1 << 62:
            raise _NotTemplate
        writer.values += varint(_zigzag(value))
    elif field.kind == KIND_DECIMAL:
        packed = _pack_decimal(value)
        writer.values += varint(DECIMAL_AS_TEXT if packed is None else packed)
        if packed is None:
            writer.text(value)
    elif field.kind == KIND_DATE:
        days = _days_of(value)
        if days is None:
            raise _NotTemplate
        writer.values += varint(_zigzag(days))
    elif field.kind == KIND_ENUM:
        if not isinstance(value, str) or value not in field.options:
            raise _NotTemplate
        writer.values += varint(field.options.index(value))
    else:
        writer.text(value)


def _days_of(value: Any) -> int | None:
    try:
        day = dt.date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None
    return (day - DATE_EPOCH).days if day is not None and day.isoformat() == value else None


def _pack_decimal(value: Any) -> int | None:
    """A decimal text as zigzag(mantissa) × 16 + decimals ("0.0081" → 81, 4; "-20" →
    −20, 0) when unpacking gives the same text back ("007" does not), else None."""
    match = _DECIMAL.fullmatch(value) if isinstance(value, str) else None
    if not match:
        return None
    sign, whole, fraction = match.group(1), match.group(2), match.group(3) or ""
    packed = _zigzag(int(whole + fraction) * (-1 if sign else 1)) * 16 + len(fraction)
    return packed if _unpack_decimal(packed) == value else None


def _unpack_decimal(packed: int) -> str:
    mantissa, decimals = _unzigzag(packed // 16), packed % 16
    digits = str(abs(mantissa)).rjust(decimals + 1, "0")
    point = len(digits) - decimals
    text = digits[:point] + ("." + digits[point:] if decimals else "")
    return ("-" if mantissa < 0 else "") + text


def _zigzag(value: int) -> int:
    return value * 2 if value >= 0 else -value * 2 - 1


def _unzigzag(value: int) -> int:
    return value // 2 if value % 2 == 0 else -(value + 1) // 2


def _base58_encode(data: bytes) -> str:
    from sello.core.encoding import base58btc_encode

    return base58btc_encode(data)


def _base58_decode(text: str) -> bytes:
    from sello.core.encoding import base58btc_decode

    return base58btc_decode(text)


# --- decoding ----------------------------------------------------------------------------


def _corrupt(detail: str) -> Td1Error:
    """`detail` names a `td1.detail.*` message (sello.core.qr.messages)."""
    return Td1Error("corrupt", Message("td1.document_damaged", detail=Message(f"td1.detail.{detail}")))


class _ValueReader(Reader):
    """Reads the inflated value stream: varints of up to 9 bytes, texts, literal JSON."""

    def varint(self, max_bytes: int = 9) -> int:
        return super().varint(max_bytes)

    def text(self) -> str:
        end = self.data.find(TEXT_END, self.pos)
        if end < 0:
            raise self._truncated()
        raw, self.pos = self.data[self.pos : end], end + 1
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            raise _corrupt("not_utf8") from None

    def literal(self) -> Any:
        try:
            value = json.loads(self.text(), parse_constant=_refuse_constant)
        except (ValueError, RecursionError):
            raise _corrupt("json_member") from None
        if _depth(value) > MAX_CBOR_DEPTH:
            raise Td1Error("too_deep", Message("td1.too_deep", limit=MAX_CBOR_DEPTH))
        return value


def _refuse_constant(name: str) -> Any:
    raise ValueError(name)  # NaN and Infinity are not JSON


def _depth(value: Any) -> int:
    deepest, stack = 0, [(value, 1)]
    while stack:
        node, level = stack.pop()
        if isinstance(node, (dict, list)):
            deepest = max(deepest, level)
            stack.extend((child, level + 1) for child in (node.values() if isinstance(node, dict) else node))
    return deepest


def read_template_form(reader: Reader, templates: Sequence[Td1Template] | None) -> tuple[bytes, bytes, bytes]:
    """(header, payload, signature) of a template-mode form; `reader` stands after the mode byte."""
    code = reader.varint()
    fingerprint = reader.take(FINGERPRINT_BYTES)
    template = template_table(templates).get(code)
    if template is None:
        raise Td1Error("schema_unknown", Message("td1.template_unknown", code=code))
    if fingerprint != template.fingerprint:
        raise Td1Error(
            "schema_unknown",
            Message(
                "td1.template_changed",
                title=template.title,
                found=fingerprint.hex(),
                known=template.fingerprint.hex(),
            ),
        )
    signature_length = reader.varint()
    if signature_length > MAX_SIGNATURE_BYTES:
        raise Td1Error(
            "too_large", Message("td1.announced_signature", size=signature_length, limit=MAX_SIGNATURE_BYTES)
        )
    signature = reader.take(signature_length)
    header_byte = reader.byte()
    word = int.from_bytes(reader.take(2), "little")
    if word >> FORM_BITS:
        raise _corrupt("member_forms")
    forms = {member: word >> shift & ((1 << bits) - 1) for member, shift, bits in FORM_LAYOUT}
    binary = _read_binary(reader, forms, header_byte)
    values = _ValueReader(inflate(reader.rest(), MODE_TEMPLATE))
    header, kid = _read_header(header_byte, forms["kid"], binary, values)
    credential = _read_members(forms, template, kid, binary, values)
    credential["credentialSubject"] = _rebuild_subject(template, _read_sections(template.sections, values, [MAX_ROWS]))
    if values.pos != len(values.data):
        raise Td1Error("trailing", Message("td1.trailing_document"))
    try:
        payload = rfc8785.dumps(credential)
    except (ValueError, TypeError) as error:  # rfc8785 domain errors: numbers JSON cannot carry
        raise Td1Error("corrupt", Message("td1.cannot_rebuild")) from error
    return header, payload, signature


def _read_binary(reader: Reader, forms: dict[str, int], header_byte: int) -> dict[str, Any]:
    """The stored binary members, in the writer's order (key id, id, times, status);
    their sizes follow from the forms."""
    binary: dict[str, Any] = {}
    if header_byte != HEADER_LITERAL and forms["kid"] == KID_WEB:
        binary["thumbprint"] = reader.take(32)
    elif header_byte != HEADER_LITERAL and forms["kid"] == KID_KEY:
        binary["multikey"] = reader.take(reader.byte())
    if forms["id"] == ID_UUID:
        binary["id"] = reader.take(16)
    for member in ("validFrom", "validUntil"):
        if forms[member] == TIME_SECONDS:
            binary[member] = int.from_bytes(reader.take(4), "big")
    if forms["credentialStatus"] == STATUS_UUID_LIST:
        binary["status_list"] = reader.take(16)
        binary["status_index"] = reader.varint()
    elif forms["credentialStatus"] == STATUS_WEB_LIST:
        binary["status_list"] = reader.varint()
        binary["status_index"] = reader.varint()
    return binary


def _read_header(
    header_byte: int, kid_form: int, binary: dict[str, Any], values: _ValueReader
) -> tuple[bytes, str | None]:
    if header_byte == HEADER_LITERAL:
        if kid_form != KID_LITERAL:
            raise _corrupt("literal_header")
        return values.text().encode("utf-8"), None
    alg_code, layout_code = divmod(header_byte, 8)
    if alg_code >= len(HEADER_ALGS) or layout_code >= len(HEADER_LAYOUTS):
        raise _corrupt("header_form")
    if kid_form == KID_WEB:
        kid = f"did:web:{values.text()}#{b64url(binary['thumbprint'])}"
    elif kid_form == KID_KEY:
        multibase = "z" + _base58_encode(binary["multikey"])
        kid = f"did:key:{multibase}#{multibase}"
    elif kid_form == KID_JWK:
        kid = f"did:jwk:{b64url(values.text().encode('utf-8'))}#0"
    else:
        kid = values.text()
    return header_from_compact([alg_code, layout_code, kid]), kid


def _read_members(
    forms: dict[str, int], template: Td1Template, kid: str | None, binary: dict[str, Any], values: _ValueReader
) -> dict[str, Any]:
    """Every member but the subject, in the writer's order."""
    credential: dict[str, Any] = {
        "@context": values.literal() if forms["@context"] == LITERAL else list(STANDARD_CONTEXT),
        "type": values.literal() if forms["type"] == LITERAL else [BASE_CREDENTIAL_TYPE, template.credential_type],
    }
    if forms["id"] == ID_UUID:
        credential["id"] = "urn:uuid:" + str(uuid.UUID(bytes=binary["id"]))
    elif forms["id"] == ID_LITERAL:
        credential["id"] = values.literal()
    elif forms["id"] != ID_ABSENT:
        raise _corrupt("id_form")

    did = kid.split("#", 1)[0] if kid is not None else None
    issuer_form = forms["issuer"]
    if issuer_form == ISSUER_LITERAL:
        credential["issuer"] = values.literal()
    elif did is None:
        raise _corrupt("implied_issuer")
    elif issuer_form == ISSUER_WITH_NAME:
        credential["issuer"] = {"id": did, "name": values.text()}
    elif issuer_form == ISSUER_DID:
        credential["issuer"] = did
    else:
        credential["issuer"] = {"id": did}
    issuer = credential["issuer"]
    issuer_id = issuer.get("id") if isinstance(issuer, dict) else issuer

    for member in ("validFrom", "validUntil"):
        if forms[member] == TIME_SECONDS:
            credential[member] = _time_text(binary[member])
        elif forms[member] == TIME_LITERAL:
            credential[member] = values.literal()
        elif forms[member] != TIME_ABSENT:
            raise _corrupt("time_form")

    status_form = forms["credentialStatus"]
    if status_form == STATUS_UUID_LIST:
        list_url = "urn:uuid:" + str(uuid.UUID(bytes=binary["status_list"]))
        credential["credentialStatus"] = status_entry(list_url, binary["status_index"])
    elif status_form == STATUS_WEB_LIST:
        base = web_status_base(issuer_id)
        if base is None:
            raise _corrupt("implied_status")
        credential["credentialStatus"] = status_entry(f"{base}{binary['status_list']}", binary["status_index"])
    elif status_form == STATUS_LITERAL:
        credential["credentialStatus"] = values.literal()

    if forms["extras"]:
        extras = values.literal()
        if not isinstance(extras, dict) or not extras or set(extras) & CREDENTIAL_MEMBERS:
            raise _corrupt("extra_members")
        credential.update(extras)
    return credential


def _read_sections(sections: tuple[TemplateSection, ...], values: _ValueReader, budget: list[int]) -> dict[str, Any]:
    """Form data as `subject_to_data` gives it: empty sections and rowless lists left out."""
    out: dict[str, Any] = {}
    for section in sections:
        if section.repeatable:
            count = values.varint()
            budget[0] -= count
            if budget[0] < 0:
                raise Td1Error("too_large", Message("td1.too_many_rows", limit=MAX_ROWS))
            rows = [_read_body(section, values, budget) for _ in range(count)]
            if rows:
                out[section.id] = rows
        else:
            body = _read_body(section, values, budget)
            if body:
                out[section.id] = body
    return out


def _read_body(section: TemplateSection, values: _ValueReader, budget: list[int]) -> dict[str, Any]:
    optional = section.optional_fields
    bits = int.from_bytes(values.take((len(optional) + 7) // 8), "little")
    if bits >> len(optional):
        raise _corrupt("optional_fields")
    present = {f.id for i, f in enumerate(optional) if bits >> i & 1}
    out: dict[str, Any] = {}
    for f in section.fields:
        if f.required or f.id in present:
            out[f.id] = _read_value(f, values)
    out.update(_read_sections(section.sections, values, budget))
    return out


def _read_value(field: TemplateField, values: _ValueReader) -> Any:
    if field.kind == KIND_INTEGER:
        return _unzigzag(values.varint())
    if field.kind == KIND_DECIMAL:
        packed = values.varint()
        if packed == DECIMAL_AS_TEXT:
            return values.text()
        if packed % 16 > MAX_DECIMALS:
            raise _corrupt("number")
        return _unpack_decimal(packed)
    if field.kind == KIND_DATE:
        try:
            return (DATE_EPOCH + dt.timedelta(days=_unzigzag(values.varint()))).isoformat()
        except OverflowError:
            raise _corrupt("date_range") from None
    if field.kind == KIND_ENUM:
        index = values.varint()
        if index >= len(field.options):
            raise _corrupt("choice")
        return field.options[index]
    return values.text()


def _rebuild_subject(template: Td1Template, data: dict[str, Any]) -> dict[str, Any]:
    from sello.core.errors import UserFacingError

    try:
        return template.build_subject(data)
    except (UserFacingError, ValueError, TypeError) as error:  # form validation refuses the values
        raise Td1Error("corrupt", Message("td1.values_do_not_fit", title=template.title)) from error
