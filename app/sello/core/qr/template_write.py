"""TD1 template mode: writing a credential as its form values (docs/td1-format.md).

The shared model, constants and value conventions live in `sello.core.qr.template`.
"""

from __future__ import annotations

import base64
import uuid
from typing import Any

from sello.core import jcs
from sello.core.qr.template import (
    B64URL_TEXT,
    BASE_CREDENTIAL_TYPE,
    CREDENTIAL_MEMBERS,
    DECIMAL_AS_TEXT,
    DIGITS,
    FORM_LAYOUT,
    HEADER_LITERAL,
    ID_ABSENT,
    ID_LITERAL,
    ID_UUID,
    IMPLIED,
    ISSUER_DID,
    ISSUER_ID_ONLY,
    ISSUER_LITERAL,
    ISSUER_WITH_NAME,
    KID_JWK,
    KID_KEY,
    KID_LITERAL,
    KID_WEB,
    KIND_DATE,
    KIND_DECIMAL,
    KIND_ENUM,
    KIND_INTEGER,
    LITERAL,
    MAX_ROWS,
    MAX_STORED_NUMBER,
    MULTIBASE_BASE58,
    STANDARD_CONTEXT,
    STATUS_ABSENT,
    STATUS_LITERAL,
    STATUS_UUID_LIST,
    STATUS_WEB_LIST,
    TEXT_END,
    THUMBPRINT,
    TIME_ABSENT,
    TIME_LITERAL,
    TIME_SECONDS,
    URN_UUID,
    NotTemplateError,
    Td1Template,
    TemplateField,
    TemplateSection,
    base58_decode,
    base58_encode,
    days_of,
    is_utf8,
    pack_decimal,
    seconds_of,
    status_entry,
    web_status_base,
    zigzag,
)
from sello.core.qr.wire import (
    FORMAT_VERSION,
    MAX_INFLATED_BYTES,
    MODE_TEMPLATE,
    b64url,
    compact_header,
    deflate,
    varint,
)


class _Writer:
    """The body's two parts: stored binary members, and the value stream (deflated)."""

    def __init__(self) -> None:
        self.binary = bytearray()
        self.values = bytearray()

    def text(self, value: Any) -> None:
        if not isinstance(value, str):
            raise NotTemplateError
        try:
            self.values += value.encode("utf-8") + bytes([TEXT_END])
        except UnicodeEncodeError:  # a lone surrogate: JSON allows it, UTF-8 does not
            raise NotTemplateError from None

    def literal(self, value: Any) -> None:
        try:
            self.text(jcs.dumps(value).decode("utf-8"))
        except (ValueError, TypeError, UnicodeDecodeError):
            raise NotTemplateError from None


def encode_template_form(
    header: bytes, credential: Any, signature: bytes, table: dict[int, Td1Template]
) -> bytes | None:
    """The template-mode compressed form of a credential (the JSON value of a JCS
    payload), or None when it has none (no known type, values the template cannot
    carry). The caller reads the form back: one whose subject the mapping does not
    rebuild exactly is never used."""
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
    except NotTemplateError:
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
    """The subject's form data. Whether the mapping rebuilds exactly this subject from it is
    checked once, by `encode_td1` reading the whole form back (a form that does not is not
    used)."""
    if not isinstance(subject, dict):
        raise NotTemplateError
    try:
        return template.subject_to_data(subject)
    except Exception:
        raise NotTemplateError from None


def _same_json(value: Any, other: Any) -> bool:
    """Equal as RFC 8785 text (Python's == takes True for 1 and 1.0 for 1)."""
    try:
        return jcs.dumps(value) == jcs.dumps(other)
    except (ValueError, TypeError):
        return False


def _write_header(writer: _Writer, header: bytes) -> tuple[int, str | None]:
    compact = compact_header(header)
    if isinstance(compact, bytes):
        try:
            writer.text(compact.decode("utf-8"))
        except UnicodeDecodeError:
            raise NotTemplateError from None
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
        raise NotTemplateError  # the reader would add the implied value
    if _same_json(credential[member], implied):
        return IMPLIED
    writer.literal(credential[member])
    return LITERAL


def _write_kid(writer: _Writer, kid: str) -> int:
    did, _, fragment = kid.partition("#")
    if did.startswith("did:web:") and THUMBPRINT.fullmatch(fragment):
        thumbprint = base64.urlsafe_b64decode(fragment + "=")
        if b64url(thumbprint) == fragment:
            writer.text(did[len("did:web:") :])
            writer.binary += thumbprint
            return KID_WEB
    if did.startswith("did:key:") and fragment == did[len("did:key:") :] and MULTIBASE_BASE58.fullmatch(fragment):
        raw = base58_decode(fragment[1:])
        if len(raw) <= 255 and base58_encode(raw) == fragment[1:]:
            writer.binary += bytes([len(raw)]) + raw
            return KID_KEY
    if did.startswith("did:jwk:") and fragment == "0" and B64URL_TEXT.fullmatch(did[len("did:jwk:") :]):
        encoded = did[len("did:jwk:") :]
        if len(encoded) % 4 != 1:
            jwk = base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4))
            if b64url(jwk) == encoded and is_utf8(jwk):
                writer.text(jwk.decode("utf-8"))
                return KID_JWK
    writer.text(kid)
    return KID_LITERAL


def _write_id(writer: _Writer, credential: dict[str, Any]) -> int:
    if "id" not in credential:
        return ID_ABSENT
    value = credential["id"]
    match = URN_UUID.fullmatch(value) if isinstance(value, str) else None
    if match:
        writer.binary += uuid.UUID(match.group(1)).bytes
        return ID_UUID
    writer.literal(value)
    return ID_LITERAL


def _write_issuer(writer: _Writer, credential: dict[str, Any], did: str | None) -> tuple[int, Any]:
    """The issuer's form and its id (the status list may be implied by it)."""
    if "issuer" not in credential:
        raise NotTemplateError  # a credential always has one; the reader would add it
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
    seconds = seconds_of(credential[member])
    if seconds is not None:
        writer.binary += seconds.to_bytes(4, "big")
        return TIME_SECONDS
    writer.literal(credential[member])
    return TIME_LITERAL


def _write_status(writer: _Writer, credential: dict[str, Any], issuer_id: Any) -> int:
    if "credentialStatus" not in credential:
        return STATUS_ABSENT
    status = credential["credentialStatus"]
    index = _status_index(status)
    if index is not None:
        list_url = status.get("statusListCredential")
        match = URN_UUID.fullmatch(list_url) if isinstance(list_url, str) else None
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
    if not DIGITS.fullmatch(digits) or str(int(digits)) != digits or int(digits) >= MAX_STORED_NUMBER:
        return None
    return int(digits)


def _write_sections(writer: _Writer, sections: tuple[TemplateSection, ...], data: dict[str, Any]) -> None:
    for section in sections:
        value = data.get(section.id)
        if section.repeatable:
            rows = [] if value is None else value
            if not isinstance(rows, list) or (value is not None and not rows) or len(rows) > MAX_ROWS:
                raise NotTemplateError  # the reader leaves out a section without rows
            writer.values += varint(len(rows))
            for row in rows:
                _write_body(writer, section, row)
        else:
            if value is not None and (not isinstance(value, dict) or not value):
                raise NotTemplateError  # the reader leaves out an empty section
            _write_body(writer, section, value or {})


def _write_body(writer: _Writer, section: TemplateSection, data: Any) -> None:
    """Presence bits of the optional fields, the values, then the inner sections."""
    if not isinstance(data, dict):
        raise NotTemplateError
    field_ids = {f.id for f in section.fields}
    if not set(data) <= field_ids | {s.id for s in section.sections}:
        raise NotTemplateError  # a value the template has no place for
    optional = section.optional_fields
    bits = sum(1 << i for i, f in enumerate(optional) if data.get(f.id) is not None)
    writer.values += bits.to_bytes((len(optional) + 7) // 8, "little")
    for f in section.fields:
        if data.get(f.id) is not None:
            _write_value(writer, f, data[f.id])
        elif f.required:
            raise NotTemplateError
    _write_sections(writer, section.sections, {k: v for k, v in data.items() if k not in field_ids})


def _write_value(writer: _Writer, field: TemplateField, value: Any) -> None:
    if field.kind == KIND_INTEGER:
        if not isinstance(value, int) or isinstance(value, bool) or abs(value) >= 1 << 62:
            raise NotTemplateError
        writer.values += varint(zigzag(value))
    elif field.kind == KIND_DECIMAL:
        packed = pack_decimal(value)
        writer.values += varint(DECIMAL_AS_TEXT if packed is None else packed)
        if packed is None:
            writer.text(value)
    elif field.kind == KIND_DATE:
        days = days_of(value)
        if days is None:
            raise NotTemplateError
        writer.values += varint(zigzag(days))
    elif field.kind == KIND_ENUM:
        if not isinstance(value, str) or value not in field.options:
            raise NotTemplateError
        writer.values += varint(field.options.index(value))
    else:
        writer.text(value)
