"""TD1 schema-aware mode: the credential as CBOR with its known keys and terms as integers.

A document type's term table (`Td1Schema`, installed by `sello.core.documents`) gives its
terms CBOR codes after the base table's; the payload is rebuilt with RFC 8785 (JCS), so
only credentials whose payload is their own JCS form take this mode. Decoding walks the
CBOR bytes with depth and item caps before cbor2 sees them (docs/td1-format.md).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import cbor2

from sello.core import jcs
from sello.core.bounded_json import loads_bounded
from sello.core.i18n import Message
from sello.core.limits import LimitError
from sello.core.qr.installed import installed_schemas
from sello.core.qr.tables import BASE_TERMS, HEADER_ALGS, HEADER_LAYOUTS
from sello.core.qr.wire import (
    FORMAT_VERSION,
    MAX_CBOR_DEPTH,
    MAX_CBOR_ITEMS,
    MAX_INFLATED_BYTES,
    MODE_SCHEMA,
    Td1Error,
    compact_header,
    deflate,
    header_from_compact,
    varint,
)

TAG_TERM = 6  # tag(6, code): a string value that is a term
TAG_UUID = 7  # tag(7, 16 bytes): "urn:uuid:" + lower-case UUID
TAG_NUMBER = 8  # tag(8, int | text): a non-integer JSON number (see _pack_number)
_URN_UUID = re.compile(r"urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_JSON_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?")
_PLAIN_DECIMAL = re.compile(r"(-?[0-9]+)\.([0-9]+)")
NOT_JCS = object()


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


def schema_table(schemas: Sequence[Td1Schema] | None, *, needed: int | None = None) -> dict[int, Td1Schema]:
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


def _code_cost(code: int) -> int:
    return 1 if -24 <= code <= 23 else 2 if -256 <= code <= 255 else 3


class TermCodec:
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


def jcs_credential(payload: bytes) -> Any:
    """The JSON value of a payload that is its RFC 8785 form (what the compact modes
    rebuild), else `NOT_JCS` (generic mode carries it)."""
    try:
        credential = loads_bounded(payload, "qr-payload")
        return credential if jcs.dumps(credential) == payload else NOT_JCS
    except (ValueError, TypeError, RecursionError, LimitError):
        return NOT_JCS


def try_schema_form(header: bytes, credential: Any, signature: bytes, table: dict[int, Td1Schema]) -> bytes | None:
    """The schema-aware form, or None when the credential cannot be written in it."""
    try:
        codec = TermCodec(_pick_schema(credential, table))
        tree = to_tree(credential, codec)
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


def to_tree(value: Any, codec: TermCodec) -> Any:
    if isinstance(value, dict):
        return {codec.by_term.get(key, key): to_tree(item, codec) for key, item in value.items()}
    if isinstance(value, list):
        return [to_tree(item, codec) for item in value]
    if isinstance(value, str):
        if value in codec.by_term:
            return cbor2.CBORTag(TAG_TERM, codec.by_term[value])
        if _URN_UUID.fullmatch(value):
            return cbor2.CBORTag(TAG_UUID, uuid.UUID(value[len("urn:uuid:") :]).bytes)
        return value
    if isinstance(value, float):
        return cbor2.CBORTag(TAG_NUMBER, _pack_number(jcs.dumps(value).decode("ascii")))
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


def read_schema_body(body: bytes, codec: TermCodec) -> tuple[bytes, bytes]:
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
        payload = jcs.dumps(_from_tree(tree, codec))
    except (ValueError, TypeError) as error:  # rfc8785 domain errors, lone surrogates...
        raise Td1Error("corrupt", Message("td1.cannot_rebuild")) from error
    return header, payload


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _from_tree(value: Any, codec: TermCodec) -> Any:
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


def _from_tag(tag: cbor2.CBORTag, codec: TermCodec) -> Any:
    if tag.tag == TAG_TERM and _is_int(tag.value):
        return codec.term(tag.value)
    if tag.tag == TAG_UUID and isinstance(tag.value, bytes) and len(tag.value) == 16:
        return "urn:uuid:" + str(uuid.UUID(bytes=tag.value))
    if tag.tag == TAG_NUMBER and (isinstance(tag.value, str) or _is_int(tag.value)):
        return _unpack_number(tag.value)
    raise Td1Error("corrupt", Message("td1.damaged_value"))
