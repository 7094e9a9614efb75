"""TD1 template mode: reading form values back into the identical credential (docs/td1-format.md).

The shared model, constants and value conventions live in `sello.core.qr.template`.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from typing import Any

from sello.core import jcs
from sello.core.bounded_json import loads_bounded
from sello.core.errors import UserFacingError
from sello.core.i18n import Message
from sello.core.limits import LimitError
from sello.core.qr.installed import installed_released_templates
from sello.core.qr.tables import HEADER_ALGS, HEADER_LAYOUTS
from sello.core.qr.template import (
    BASE_CREDENTIAL_TYPE,
    CREDENTIAL_MEMBERS,
    DATE_EPOCH,
    DECIMAL_AS_TEXT,
    FINGERPRINT_BYTES,
    FORM_BITS,
    FORM_LAYOUT,
    HEADER_LITERAL,
    ID_ABSENT,
    ID_LITERAL,
    ID_UUID,
    ISSUER_DID,
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
    MAX_DECIMALS,
    MAX_ROWS,
    STANDARD_CONTEXT,
    STATUS_LITERAL,
    STATUS_UUID_LIST,
    STATUS_WEB_LIST,
    TEXT_END,
    TIME_ABSENT,
    TIME_LITERAL,
    TIME_SECONDS,
    Td1Template,
    TemplateField,
    TemplateSection,
    base58_encode,
    status_entry,
    template_table,
    time_text,
    unpack_decimal,
    unzigzag,
    web_status_base,
)
from sello.core.qr.wire import (
    MAX_CBOR_DEPTH,
    MAX_SIGNATURE_BYTES,
    MODE_TEMPLATE,
    Reader,
    Td1Error,
    b64url,
    header_from_compact,
    inflate,
)


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
            value = loads_bounded(self.text(), "qr-payload", parse_constant=_refuse_constant)
        except (ValueError, RecursionError, LimitError):
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


def _released_template(code: int, fingerprint: bytes) -> Td1Template | None:
    """The kept earlier definition of document type ``code`` with this fingerprint
    (resources/doctypes/released, installed by sello.core.documents.td1)."""
    for template in installed_released_templates():
        if template.code == code and template.fingerprint == fingerprint:
            return template
    return None


def read_template_form(reader: Reader, templates: Sequence[Td1Template] | None) -> tuple[bytes, bytes, bytes]:
    """(header, payload, signature) of a template-mode form; `reader` stands after the mode byte."""
    code = reader.varint()
    fingerprint = reader.take(FINGERPRINT_BYTES)
    template = template_table(templates).get(code)
    if template is not None and fingerprint != template.fingerprint and templates is None:
        template = _released_template(code, fingerprint) or template
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
        payload = jcs.dumps(credential)
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
        multibase = "z" + base58_encode(binary["multikey"])
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
            credential[member] = time_text(binary[member])
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
        return unzigzag(values.varint())
    if field.kind == KIND_DECIMAL:
        packed = values.varint()
        if packed == DECIMAL_AS_TEXT:
            return values.text()
        if packed % 16 > MAX_DECIMALS:
            raise _corrupt("number")
        return unpack_decimal(packed)
    if field.kind == KIND_DATE:
        try:
            return (DATE_EPOCH + dt.timedelta(days=unzigzag(values.varint()))).isoformat()
        except OverflowError:
            raise _corrupt("date_range") from None
    if field.kind == KIND_ENUM:
        index = values.varint()
        if index >= len(field.options):
            raise _corrupt("choice")
        return field.options[index]
    return values.text()


def _rebuild_subject(template: Td1Template, data: dict[str, Any]) -> dict[str, Any]:

    try:
        return template.build_subject(data)
    except (UserFacingError, ValueError, TypeError) as error:  # form validation refuses the values
        raise Td1Error("corrupt", Message("td1.values_do_not_fit", title=template.title)) from error
