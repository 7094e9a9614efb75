"""TD1: the whole signed credential (a compact JWS) as QR alphanumeric text.

``TD1:`` + base45(compressed form). The compressed form (docs/td1-format.md):

    byte 0      format version (1)
    byte 1      mode: 0 generic, 1 schema-aware, 2 template (sello.core.qr.template)
    [mode 1]    varint schema code (0 = base term table only)
    varint      signature length, then the signature bytes
    rest        one raw DEFLATE stream (preset dictionary), ending exactly at the end

Inflated, generic mode holds ``varint(len(header)) + header + payload`` (the JWS
segments' bytes); schema-aware mode holds CBOR ``[header, credential]`` where the
credential tree has its known keys and terms replaced by integers and the payload is
rebuilt with RFC 8785 (JCS). Template mode carries a known document type's form values
and rebuilds the subject with the document type's mapping (`sello.core.qr.template`).
`encode_td1` checks its own output by decoding it, so a code is only ever printed if
it rebuilds the identical JWS string.

Decoding is strict and bounded: every rejection is a `Td1Error` whose `reason` is a
stable code and whose message is a sentence for the person scanning.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

from sello.core.i18n import Message
from sello.core.qr.base45 import Base45Error, Base45LowercaseError, b45decode, b45encode
from sello.core.qr.schema import (
    NOT_JCS,
    Td1Schema,
    TermCodec,
    jcs_credential,
    read_schema_body,
    schema_table,
    try_schema_form,
)
from sello.core.qr.template import Td1Template, template_table
from sello.core.qr.template_read import read_template_form
from sello.core.qr.template_write import encode_template_form
from sello.core.qr.wire import (
    FORMAT_VERSION,
    MAX_INFLATED_BYTES,
    MAX_SIGNATURE_BYTES,
    MAX_TEXT_CHARS,
    MODE_GENERIC,
    MODE_SCHEMA,
    MODE_TEMPLATE,
    MODES,
    PART_PREFIX,
    PREFIX,
    Reader,
    Td1Error,
    b64url,
    deflate,
    inflate,
    split_jws,
    varint,
)

# CBOR tags inside the schema-aware tree (private to TD1: the stream never leaves it).


# --- public API ------------------------------------------------------------------


def encode_td1(
    jws: str,
    *,
    schemas: Sequence[Td1Schema] | None = None,
    templates: Sequence[Td1Template] | None = None,
    mode: Literal["auto", "generic", "schema", "template"] = "auto",
) -> str:
    """Make the TD1 text for a compact JWS; `decode_td1` of it returns `jws` exactly.

    "auto" uses the template mode where it applies (it is the most compact), else the
    shorter of the schema-aware and generic modes; "template" and "schema" prefer that
    mode (then template, schema, generic). Either way a form is used only if it decodes
    back to the identical string, and the generic mode is the fallback. `mode` is for tests and measurements; callers leave it at
    "auto". `schemas` / `templates` default to the installed document types'.
    """
    header, payload, signature = split_jws(jws)
    if len(signature) > MAX_SIGNATURE_BYTES:
        raise Td1Error("too_large", Message("td1.signature_too_large", size=len(signature), limit=MAX_SIGNATURE_BYTES))
    table = schema_table(schemas) if mode != "generic" else {}
    template_list = _template_list(templates) if mode != "generic" else []
    credential = jcs_credential(payload) if mode != "generic" else NOT_JCS

    def read_back(form: bytes) -> str | None:
        text = PREFIX + b45encode(form)
        try:
            return text if decode_td1(text, schemas=list(table.values()), templates=template_list) == jws else None
        except Td1Error:
            return None

    template_first = mode in ("auto", "template") and credential is not NOT_JCS
    if template_first:  # the most compact form wherever it applies (test_template checks every type)
        form = _try_template_form(header, credential, signature, template_list)
        if form is not None and (text := read_back(form)) is not None:
            return text
    candidates: list[bytes] = []
    if credential is not NOT_JCS:
        if (form := try_schema_form(header, credential, signature, table)) is not None:
            candidates.append(form)
        if not template_first and (form := _try_template_form(header, credential, signature, template_list)):
            candidates.append(form)
    too_large: Td1Error | None = None
    try:
        candidates.append(_generic_form(header, payload, signature))
    except Td1Error as error:  # over the inflated-size cap: only a compact form can carry it
        too_large = error
    if mode == "auto":
        candidates.sort(key=len)
    for form in candidates:
        if (text := read_back(form)) is not None:
            return text
    if too_large is not None:
        raise too_large
    raise RuntimeError("TD1 generic form did not decode back to the JWS")  # a bug, never input


def decode_td1(
    text: str, *, schemas: Sequence[Td1Schema] | None = None, templates: Sequence[Td1Template] | None = None
) -> str:
    """Rebuild the exact compact JWS from a TD1 text; raises `Td1Error` for anything wrong."""
    if not isinstance(text, str):
        raise Td1Error("prefix", Message("td1.not_text"))
    if len(text) > MAX_TEXT_CHARS:
        raise Td1Error("too_large", Message("td1.text_too_long", length=len(text)))
    _check_prefix(text)
    try:
        raw = b45decode(text[len(PREFIX) :])
    except Base45LowercaseError as error:
        raise Td1Error("lowercase", error) from error
    except Base45Error as error:
        raise Td1Error("base45", Message("td1.damaged_text", reason=error)) from error
    reader = Reader(raw)
    version = reader.byte()
    if version != FORMAT_VERSION:
        code = "td1.version_newer" if version > FORMAT_VERSION else "td1.version"
        raise Td1Error("version", Message(code, version=version, supported=FORMAT_VERSION))
    mode = reader.byte()
    if mode not in MODES:
        raise Td1Error("mode", Message("td1.mode", mode=mode))
    if mode == MODE_TEMPLATE:
        header, payload, signature = read_template_form(reader, templates)
        return ".".join(b64url(part) for part in (header, payload, signature))
    schema_code = reader.varint() if mode == MODE_SCHEMA else 0
    signature_length = reader.varint()
    if signature_length > MAX_SIGNATURE_BYTES:
        raise Td1Error(
            "too_large", Message("td1.announced_signature", size=signature_length, limit=MAX_SIGNATURE_BYTES)
        )
    signature = reader.take(signature_length)
    inflated = inflate(reader.rest(), mode)
    if mode == MODE_GENERIC:
        header, payload = _read_generic_body(inflated)
    else:
        table = schema_table(schemas, needed=schema_code)
        header, payload = read_schema_body(inflated, TermCodec(table.get(schema_code)))
    return ".".join(b64url(part) for part in (header, payload, signature))


# --- the JWS string ------------------------------------------------------------------


# --- container pieces ---------------------------------------------------------------


# --- generic mode -------------------------------------------------------------------


def _generic_form(header: bytes, payload: bytes, signature: bytes) -> bytes:
    body = varint(len(header)) + header + payload
    if len(body) > MAX_INFLATED_BYTES:
        raise Td1Error(
            "too_large", Message("td1.credential_too_large", size=len(body) // 1024, limit=MAX_INFLATED_BYTES // 1024)
        )
    return bytes([FORMAT_VERSION, MODE_GENERIC]) + varint(len(signature)) + signature + deflate(body, MODE_GENERIC)


def _read_generic_body(body: bytes) -> tuple[bytes, bytes]:
    reader = Reader(body)
    header_length = reader.varint()
    header = reader.take(header_length)
    return header, reader.rest()


def _template_list(templates: Sequence[Td1Template] | None) -> list[Td1Template]:
    return list(template_table(templates).values())


def _try_template_form(header: bytes, credential: Any, signature: bytes, templates: list[Td1Template]) -> bytes | None:
    if not templates:
        return None
    return encode_template_form(header, credential, signature, {t.code: t for t in templates})


# --- the text prefix ------------------------------------------------------------------


def _check_prefix(text: str) -> None:
    if text.startswith(PREFIX):
        return
    if text.startswith(PART_PREFIX):
        raise Td1Error("part", Message("td1.is_part"))
    if text[: len(PREFIX)].upper() == PREFIX:
        raise Td1Error("lowercase", Message("td1.lowercase_prefix", start=repr(text[: len(PREFIX)])))
    shown = text[:12] + ("…" if len(text) > 12 else "")
    raise Td1Error("prefix", Message("td1.not_td1", start=repr(shown)) if text else Message("td1.empty"))
