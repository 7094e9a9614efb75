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

import json
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

import cbor2
import rfc8785

from sello.core.i18n import Message
from sello.core.qr.base45 import Base45Error, Base45LowercaseError, b45decode, b45encode
from sello.core.qr.installed import installed_schemas
from sello.core.qr.tables import (
    BASE_TERMS,
    HEADER_ALGS,
    HEADER_LAYOUTS,
)
from sello.core.qr.template import Td1Template, encode_template_form, read_template_form, template_table
from sello.core.qr.wire import (
    FORMAT_VERSION,
    MAX_CBOR_DEPTH,
    MAX_CBOR_ITEMS,
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
    compact_header,
    deflate,
    header_from_compact,
    inflate,
    split_jws,
    varint,
)

# CBOR tags inside the schema-aware tree (private to TD1: the stream never leaves it).
TAG_TERM = 6  # tag(6, code): a string value that is a term
TAG_UUID = 7  # tag(7, 16 bytes): "urn:uuid:" + lower-case UUID
TAG_NUMBER = 8  # tag(8, int | text): a non-integer JSON number (see _pack_number)

_URN_UUID = re.compile(r"urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_JSON_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?")
_PLAIN_DECIMAL = re.compile(r"(-?[0-9]+)\.([0-9]+)")


@dataclass(frozen=True)
class Td1Schema:
    """A document type's term table: its terms get CBOR codes -1, -2, ... in this order.

    `terms` is append-only: a printed code refers to terms by position.
    """

    code: int
    credential_type: str
    terms: tuple[str, ...]

    def __post_init__(self) -> None:
        if not 1 <= self.code <= 0xFFFF:
            raise ValueError(f"TD1 schema code must be 1..65535, not {self.code}")
        if not self.credential_type:
            raise ValueError("TD1 schema needs a credential type")
        if len(set(self.terms)) != len(self.terms) or not all(self.terms):
            raise ValueError(f"TD1 schema {self.code} has empty or repeated terms")


# --- public API ------------------------------------------------------------------


def encode_td1(
    jws: str,
    *,
    schemas: Sequence[Td1Schema] | None = None,
    templates: Sequence[Td1Template] | None = None,
    mode: Literal["auto", "generic", "schema", "template"] = "auto",
) -> str:
    """Make the TD1 text for a compact JWS; `decode_td1` of it returns `jws` exactly.

    "auto" tries the template, schema-aware and generic modes and keeps the shortest;
    "template" and "schema" prefer that mode (then template, schema, generic). Either
    way a form is used only if it decodes back to the identical string, and the generic
    mode is the fallback. `mode` is for tests and measurements; callers leave it at
    "auto". `schemas` / `templates` default to the installed document types'.
    """
    header, payload, signature = split_jws(jws)
    if len(signature) > MAX_SIGNATURE_BYTES:
        raise Td1Error("too_large", Message("td1.signature_too_large", size=len(signature), limit=MAX_SIGNATURE_BYTES))
    table = _schema_table(schemas) if mode != "generic" else {}
    template_list = _template_list(templates) if mode != "generic" else []
    credential = _jcs_credential(payload) if mode != "generic" else _NOT_JCS
    candidates: list[bytes] = []
    if credential is not _NOT_JCS:
        forms = {
            "template": _try_template_form(header, credential, signature, template_list),
            "schema": _try_schema_form(header, credential, signature, table),
        }
        order = ("schema", "template") if mode == "schema" else ("template", "schema")
        candidates.extend(form for name in order if (form := forms[name]) is not None)
    too_large: Td1Error | None = None
    try:
        candidates.append(_generic_form(header, payload, signature))
    except Td1Error as error:  # over the inflated-size cap: only a compact form can carry it
        too_large = error
    if mode == "auto":
        candidates.sort(key=len)
    for form in candidates:
        text = PREFIX + b45encode(form)
        try:
            if decode_td1(text, schemas=list(table.values()), templates=template_list) == jws:
                return text
        except Td1Error:
            pass
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
        table = _schema_table(schemas, needed=schema_code)
        header, payload = _read_schema_body(inflated, _TermCodec(table.get(schema_code)))
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


# --- term tables ----------------------------------------------------------------------


def _schema_table(schemas: Sequence[Td1Schema] | None, *, needed: int | None = None) -> dict[int, Td1Schema]:
    """Schemas by code; with `schemas` None, the installed document types' tables."""
    if schemas is None and needed != 0:
        schemas = installed_schemas()
    table: dict[int, Td1Schema] = {}
    for schema in schemas or ():
        if schema.code in table:
            raise ValueError(f"two TD1 schemas share code {schema.code}")
        table[schema.code] = schema
    if needed and needed not in table:
        raise Td1Error("schema_unknown", Message("td1.schema_unknown", code=needed))
    return table


def _template_list(templates: Sequence[Td1Template] | None) -> list[Td1Template]:
    return list(template_table(templates).values())


def _try_template_form(header: bytes, credential: Any, signature: bytes, templates: list[Td1Template]) -> bytes | None:
    if not templates:
        return None
    return encode_template_form(header, credential, signature, {t.code: t for t in templates})


def _code_cost(code: int) -> int:
    return 1 if -24 <= code <= 23 else 2 if -256 <= code <= 255 else 3


class _TermCodec:
    """Maps terms to CBOR integer codes: base terms 0, 1, ...; the schema's -1, -2, ..."""

    def __init__(self, schema: Td1Schema | None) -> None:
        self.schema_code = schema.code if schema else 0
        self.by_code: dict[int, str] = dict(enumerate(BASE_TERMS))
        self.by_code.update({-1 - index: term for index, term in enumerate(schema.terms if schema else ())})
        self.by_term: dict[str, int] = {}
        for code, term in self.by_code.items():
            best = self.by_term.get(term)
            if best is None or _code_cost(code) < _code_cost(best):
                self.by_term[term] = code

    def term(self, code: int) -> str:
        try:
            return self.by_code[code]
        except KeyError:
            raise Td1Error("corrupt", Message("td1.unknown_term", code=code)) from None


# --- schema-aware mode: encoding ------------------------------------------------------


_NOT_JCS = object()


def _jcs_credential(payload: bytes) -> Any:
    """The JSON value of a payload that is its RFC 8785 form (what the compact modes
    rebuild), else `_NOT_JCS` (generic mode carries it)."""
    try:
        credential = json.loads(payload.decode("utf-8"))
        return credential if rfc8785.dumps(credential) == payload else _NOT_JCS
    except (ValueError, TypeError, RecursionError):
        return _NOT_JCS


def _try_schema_form(header: bytes, credential: Any, signature: bytes, table: dict[int, Td1Schema]) -> bytes | None:
    """The schema-aware form, or None when the credential cannot be written in it."""
    try:
        codec = _TermCodec(_pick_schema(credential, table))
        tree = _to_tree(credential, codec)
        body = cbor2.dumps([compact_header(header), tree])
    except (ValueError, TypeError, RecursionError, cbor2.CBORError):
        return None  # not representable: generic mode carries it
    if len(body) > MAX_INFLATED_BYTES:
        return None
    return (
        bytes([FORMAT_VERSION, MODE_SCHEMA])
        + varint(codec.schema_code)
        + varint(len(signature))
        + signature
        + deflate(body, MODE_SCHEMA)
    )


def _pick_schema(credential: Any, table: dict[int, Td1Schema]) -> Td1Schema | None:
    types = credential.get("type") if isinstance(credential, dict) else None
    types = [types] if isinstance(types, str) else types if isinstance(types, list) else []
    for schema in table.values():
        if schema.credential_type in types:
            return schema
    return None


def _to_tree(value: Any, codec: _TermCodec) -> Any:
    if isinstance(value, dict):
        return {codec.by_term.get(key, key): _to_tree(item, codec) for key, item in value.items()}
    if isinstance(value, list):
        return [_to_tree(item, codec) for item in value]
    if isinstance(value, str):
        if value in codec.by_term:
            return cbor2.CBORTag(TAG_TERM, codec.by_term[value])
        if _URN_UUID.fullmatch(value):
            return cbor2.CBORTag(TAG_UUID, uuid.UUID(value[len("urn:uuid:") :]).bytes)
        return value
    if isinstance(value, float):
        return cbor2.CBORTag(TAG_NUMBER, _pack_number(rfc8785.dumps(value).decode("ascii")))
    return value  # int, bool, None


def _pack_number(jcs: str) -> int | str:
    """A JCS number as mantissa * 16 + decimals when it is a plain decimal with 1..15
    decimals (0.18 -> 18 * 16 + 2), else as its JCS text (1e+21)."""
    decimal = _PLAIN_DECIMAL.fullmatch(jcs)
    if decimal and len(decimal.group(2)) <= 15:
        return int(decimal.group(1) + decimal.group(2)) * 16 + len(decimal.group(2))
    return jcs


def _unpack_number(packed: int | str) -> float:
    if isinstance(packed, str):
        if not _JSON_NUMBER.fullmatch(packed):
            raise Td1Error("corrupt", Message("td1.damaged_number"))
        return float(packed)
    mantissa, decimals = divmod(packed, 16)
    if decimals == 0:
        raise Td1Error("corrupt", Message("td1.damaged_number"))
    return float(f"{mantissa}e-{decimals}")


# --- schema-aware mode: decoding ------------------------------------------------------


def _check_cbor(data: bytes) -> None:
    """Walk the CBOR bytes without building anything: one well-formed item of the kinds
    TD1 uses, nesting ≤ MAX_CBOR_DEPTH, items ≤ MAX_CBOR_ITEMS, nothing after it.

    This runs before cbor2 so that hostile input never reaches a recursive decoder.
    """
    corrupt = Td1Error("corrupt", Message("td1.credential_damaged"))
    pos = items = 0
    stack: list[list[int]] = [[1, 0]]  # [items still to read, is a map]
    while stack:
        if stack[-1][0] == 0:
            stack.pop()
            continue
        remaining, is_map = stack[-1]
        stack[-1][0] -= 1
        is_key = bool(is_map) and remaining % 2 == 0
        if pos >= len(data):
            raise corrupt
        major, info = data[pos] >> 5, data[pos] & 0x1F
        pos += 1
        items += 1
        if items > MAX_CBOR_ITEMS:
            raise Td1Error("too_large", Message("td1.too_many_items", limit=MAX_CBOR_ITEMS))
        if is_key and major not in (0, 1, 3):
            raise corrupt
        if major == 7:
            if info not in (20, 21, 22):  # false, true, null
                raise corrupt
            continue
        if info < 24:
            argument = info
        elif info <= 27:
            size = 1 << (info - 24)
            if pos + size > len(data):
                raise corrupt
            argument = int.from_bytes(data[pos : pos + size], "big")
            pos += size
        else:
            raise corrupt  # indefinite lengths and reserved values are not used
        if major in (0, 1):
            continue
        if major in (2, 3):
            if argument > len(data) - pos:
                raise corrupt
            pos += argument
            continue
        if major == 6 and argument not in (TAG_TERM, TAG_UUID, TAG_NUMBER):
            raise corrupt
        count = 1 if major == 6 else argument * (2 if major == 5 else 1)
        if count > MAX_CBOR_ITEMS:
            raise Td1Error("too_large", Message("td1.too_many_items", limit=MAX_CBOR_ITEMS))
        stack.append([count, int(major == 5)])
        if len(stack) - 1 > MAX_CBOR_DEPTH:
            raise Td1Error("too_deep", Message("td1.too_deep", limit=MAX_CBOR_DEPTH))
    if pos != len(data):
        raise Td1Error("trailing", Message("td1.trailing_credential"))


def _read_schema_body(body: bytes, codec: _TermCodec) -> tuple[bytes, bytes]:
    _check_cbor(body)
    corrupt = Td1Error("corrupt", Message("td1.credential_damaged"))
    try:
        decoded = cbor2.loads(body)
    except (cbor2.CBORError, ValueError, TypeError) as error:
        raise corrupt from error
    if not isinstance(decoded, list) or len(decoded) != 2:
        raise corrupt
    header_form, tree = decoded
    if isinstance(header_form, bytes):
        header = header_form
    elif (
        isinstance(header_form, list)
        and len(header_form) == 3
        and _is_int(header_form[0])
        and 0 <= header_form[0] < len(HEADER_ALGS)
        and _is_int(header_form[1])
        and 0 <= header_form[1] < len(HEADER_LAYOUTS)
        and isinstance(header_form[2], str)
    ):
        header = header_from_compact(header_form)
    else:
        raise corrupt
    try:
        payload = rfc8785.dumps(_from_tree(tree, codec))
    except (ValueError, TypeError) as error:  # rfc8785 domain errors, lone surrogates...
        raise Td1Error("corrupt", Message("td1.cannot_rebuild")) from error
    return header, payload


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _from_tree(value: Any, codec: _TermCodec) -> Any:
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for key, item in value.items():
            name = codec.term(key) if _is_int(key) else key
            if not isinstance(name, str) or name in out:
                raise Td1Error("corrupt", Message("td1.damaged_name"))
            out[name] = _from_tree(item, codec)
        return out
    if isinstance(value, list):
        return [_from_tree(item, codec) for item in value]
    if isinstance(value, cbor2.CBORTag):
        return _from_tag(value, codec)
    if value is None or isinstance(value, (str, int, bool)):
        return value
    raise Td1Error("corrupt", Message("td1.not_json_value"))


def _from_tag(tag: cbor2.CBORTag, codec: _TermCodec) -> Any:
    if tag.tag == TAG_TERM and _is_int(tag.value):
        return codec.term(tag.value)
    if tag.tag == TAG_UUID and isinstance(tag.value, bytes) and len(tag.value) == 16:
        return "urn:uuid:" + str(uuid.UUID(bytes=tag.value))
    if tag.tag == TAG_NUMBER and (isinstance(tag.value, str) or _is_int(tag.value)):
        return _unpack_number(tag.value)
    raise Td1Error("corrupt", Message("td1.damaged_value"))


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
