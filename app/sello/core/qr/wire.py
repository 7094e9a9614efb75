"""The TD1 container's wire pieces, shared by every mode (docs/td1-format.md).

The format constants and limits, the `Td1Error` every rejection raises, the JWS
segments as bytes, minimal varints, a bounds-checked `Reader`, raw DEFLATE with each
mode's preset dictionary (inflation capped as it runs), and the compact VC-JOSE
header. `sello.core.qr.payload` (generic and schema modes) and
`sello.core.qr.template` (template mode) both build on these.
"""

from __future__ import annotations

import base64
import json
import re
import zlib
from typing import Any

from sello.core import jcs
from sello.core.bounded_json import loads_bounded
from sello.core.errors import InputError, Localized
from sello.core.i18n import Message
from sello.core.limits import LimitError
from sello.core.qr.tables import (
    DEFLATE_DICTIONARY,
    HEADER_ALGS,
    HEADER_FIXED_VALUES,
    HEADER_LAYOUTS,
    SCHEMA_DEFLATE_DICTIONARY,
    TEMPLATE_DEFLATE_DICTIONARY,
)

PREFIX = "TD1:"
PART_PREFIX = "TD1/"  # one part of a multi-part code (sello.core.qr.parts)
FORMAT_VERSION = 1
MODE_GENERIC = 0
MODE_SCHEMA = 1
MODE_TEMPLATE = 2
MODES = (MODE_GENERIC, MODE_SCHEMA, MODE_TEMPLATE)
MAX_TEXT_CHARS = 120_000  # far above any printable set of parts
MAX_INFLATED_BYTES = 64 * 1024
MAX_SIGNATURE_BYTES = 1024
MAX_CBOR_DEPTH = 32
MAX_CBOR_ITEMS = 8192
_B64URL = re.compile(r"[A-Za-z0-9_-]*")
_PART_NAMES = {
    "header": {"en": "header", "es": "encabezado"},
    "payload": {"en": "payload", "es": "contenido"},
    "signature": {"en": "signature", "es": "firma"},
}


class Td1Error(InputError):
    """A TD1 text that cannot be made or read. `reason` is a stable code for tests and logs:

    decoding: prefix, lowercase, base45, part, version, mode, truncated, trailing,
    too_large, too_deep, corrupt, schema_unknown; encoding: not_jws, not_canonical,
    too_large; parts (sello.core.qr.parts): part, part_mismatch, incomplete, corrupt.
    """

    def __init__(self, reason: str, message: str | Localized) -> None:
        super().__init__(message)
        self.reason = reason


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def split_jws(jws: str) -> tuple[bytes, bytes, bytes]:
    """The three segments' bytes; refuses what could not be rebuilt character for character."""
    if not isinstance(jws, str) or not jws.isascii():
        raise Td1Error("not_jws", Message("td1.not_ascii_jws"))
    segments = jws.split(".")
    if len(segments) != 3:
        raise Td1Error("not_jws", Message("td1.not_three_parts", count=len(segments)))
    out = []
    for name, segment in zip(("header", "payload", "signature"), segments, strict=True):
        if not _B64URL.fullmatch(segment) or len(segment) % 4 == 1:
            raise Td1Error("not_canonical", Message("td1.not_canonical", part=_PART_NAMES[name]))
        data = base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4))
        if b64url(data) != segment:
            raise Td1Error("not_canonical", Message("td1.unused_bits", part=_PART_NAMES[name]))
        out.append(data)
    return out[0], out[1], out[2]


def varint(value: int) -> bytes:
    out = bytearray()
    while True:
        low, value = value & 0x7F, value >> 7
        out.append(low | (0x80 if value else 0))
        if not value:
            return bytes(out)


class Reader:
    """Reads the compressed form front to back; a short read means the text was cut."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def _truncated(self) -> Td1Error:
        return Td1Error("truncated", Message("td1.truncated"))

    def byte(self) -> int:
        if self.pos >= len(self.data):
            raise self._truncated()
        self.pos += 1
        return self.data[self.pos - 1]

    def varint(self, max_bytes: int = 3) -> int:
        """Unsigned LEB128, minimal, at most `max_bytes` bytes (3 in the container)."""
        value = 0
        for index in range(max_bytes):
            byte = self.byte()
            value |= (byte & 0x7F) << (7 * index)
            if not byte & 0x80:
                if byte == 0 and index:
                    raise Td1Error("corrupt", Message("td1.number_not_minimal"))
                return value
        raise Td1Error("corrupt", Message("td1.number_too_long"))

    def take(self, count: int) -> bytes:
        if self.pos + count > len(self.data):
            raise self._truncated()
        self.pos += count
        return self.data[self.pos - count : self.pos]

    def rest(self) -> bytes:
        return self.data[self.pos :]


def deflate_dictionary(mode: int) -> bytes:
    if mode == MODE_TEMPLATE:
        return TEMPLATE_DEFLATE_DICTIONARY
    return SCHEMA_DEFLATE_DICTIONARY if mode == MODE_SCHEMA else DEFLATE_DICTIONARY


def deflate(data: bytes, mode: int) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15, 9, zlib.Z_DEFAULT_STRATEGY, deflate_dictionary(mode))
    return compressor.compress(data) + compressor.flush()


def inflate(stream: bytes, mode: int) -> bytes:
    """Inflate one raw DEFLATE stream, stopping as soon as it passes the size cap."""
    inflater = zlib.decompressobj(-15, zdict=deflate_dictionary(mode))
    try:
        out = inflater.decompress(stream, MAX_INFLATED_BYTES + 1)
    except zlib.error as error:
        raise Td1Error("corrupt", Message("td1.compressed_damaged")) from error
    if len(out) > MAX_INFLATED_BYTES:
        raise Td1Error("too_large", Message("td1.inflates_too_large", limit=MAX_INFLATED_BYTES // 1024))
    if not inflater.eof:
        raise Td1Error("truncated", Message("td1.compressed_truncated"))
    if inflater.unused_data:
        raise Td1Error("trailing", Message("td1.trailing_bytes", count=len(inflater.unused_data)))
    return out


def header_json(members: list[tuple[str, str]]) -> bytes:
    pairs = (json.dumps(key).encode() + b":" + jcs.dumps(value) for key, value in members)
    return b"{" + b",".join(pairs) + b"}"


def compact_header(header: bytes) -> bytes | list[Any]:
    """[alg code, layout code, kid] for a standard VC-JOSE header, else the raw bytes."""
    try:
        parsed = loads_bounded(header, "qr-payload")
    except (ValueError, LimitError):
        return header
    if not isinstance(parsed, dict) or parsed.get("alg") not in HEADER_ALGS or not isinstance(parsed.get("kid"), str):
        return header
    layout = tuple(parsed)
    fixed_values_match = all(parsed.get(key, value) == value for key, value in HEADER_FIXED_VALUES.items())
    if layout not in HEADER_LAYOUTS or not fixed_values_match:
        return header
    compact = [HEADER_ALGS.index(parsed["alg"]), HEADER_LAYOUTS.index(layout), parsed["kid"]]
    return compact if header_from_compact(compact) == header else header


def header_from_compact(compact: list[Any]) -> bytes:
    alg_code, layout_code, kid = compact
    values = dict(HEADER_FIXED_VALUES, alg=HEADER_ALGS[alg_code], kid=kid)
    return header_json([(key, values[key]) for key in HEADER_LAYOUTS[layout_code]])
