"""Measure every stream of a PDF through capped decoders before PDFium opens it.

PDFium inflates a page's content stream, or an attachment, whole and in memory: a 1 MB
file can ask for gigabytes. Here each stream is decoded along its `/Filter` chain by
decoders that stop at the stream's cap (`limits.pdf_stream_bytes`, images
`limits.pdf_image_bytes`), and only counted; the bytes are kept only where another
filter follows. Nothing is inflated past a cap, so a bomb costs the cap, not its size.

Streams are found as PDFium finds them when repairing a file: by their `stream`
keyword. The dictionary before it (after its `N G obj`) gives the filters; a stream
whose dictionary cannot be read is still inflated when it looks like zlib data, under
the smaller cap. Encrypted files are refused: their streams cannot be measured.
"""

from __future__ import annotations

import base64
import binascii
import re
import zlib
from dataclasses import dataclass

from sello.core.limits import LimitError, refuse, value

_STREAM = re.compile(rb"(?<!end)stream(?:\r\n|\n|\r)")
_OBJ = re.compile(rb"\d+\s+\d+\s+obj\b")
_ENCRYPT = re.compile(rb"/Encrypt\s*(?:\d+\s+\d+\s+R|<<)")
_DICT_WINDOW = 64 * 1024
_CHUNK = 1024 * 1024
_FILTER_NAMES = {
    "AHx": "ASCIIHexDecode",
    "A85": "ASCII85Decode",
    "LZW": "LZWDecode",
    "Fl": "FlateDecode",
    "RL": "RunLengthDecode",
    "CCF": "CCITTFaxDecode",
    "DCT": "DCTDecode",
}


class _OverCap(Exception):
    pass


@dataclass(frozen=True)
class StreamInfo:
    filters: tuple[str, ...] | None  # None: the dictionary could not be read
    is_image: bool


def check_pdf_streams(data: bytes, what: str = "The PDF") -> int:
    """Raise `LimitError` if any stream of `data` inflates past its cap, the streams together
    past `pdf_total_bytes`, or the file is encrypted. Returns the bytes inflated in all."""
    if _ENCRYPT.search(data):
        raise refuse("pdf_encrypted", what=what)
    total_cap = value("pdf_total_bytes")
    total = 0
    for count, match in enumerate(_STREAM.finditer(data), start=1):
        if count > value("pdf_streams"):
            raise refuse("pdf_streams", what=what)
        info = _stream_info(data, match.start())
        cap = value("pdf_image_bytes") if info.is_image else value("pdf_stream_bytes")
        end = data.find(b"endstream", match.end())
        raw = data[match.end() : end if end >= 0 else len(data)]
        try:
            total += _decoded_size(raw, info.filters, min(cap, total_cap - total))
        except _OverCap:
            if total_cap - total < cap:
                raise refuse("pdf_total_bytes", what=what) from None
            raise refuse("pdf_image_bytes" if info.is_image else "pdf_stream_bytes", what=what) from None
    return total


def _stream_info(data: bytes, stream_at: int) -> StreamInfo:
    """The filters and kind of the stream whose keyword is at `stream_at`."""
    start = max(0, stream_at - _DICT_WINDOW)
    heads = list(_OBJ.finditer(data, start, stream_at))
    for head in reversed(heads[-4:]):
        tokens = _dict_tokens(data, head.end(), stream_at)
        if tokens is not None:
            return StreamInfo(_filters(tokens), _is_image(tokens))
    return StreamInfo(None, False)


_TOKEN = re.compile(rb"\s+|%[^\r\n]*|/[^\s/\[\]()<>{}%]*|<<|>>|\[|\]|\(|<[0-9A-Fa-f\s]*>|[^\s/\[\]()<>{}%]+")


def _dict_tokens(data: bytes, at: int, stream_at: int) -> list[tuple[int, bytes]] | None:
    """Tokens of the dictionary from `at` to exactly the `stream` keyword, as (depth, token);
    None unless it is one whole dictionary ending there."""
    tokens: list[tuple[int, bytes]] = []
    depth = 0
    pos = at
    while pos < stream_at:
        match = _TOKEN.match(data, pos)
        if match is None:
            return None
        token = match.group()
        pos = match.end()
        if token[:1].isspace() or token.startswith(b"%"):
            continue
        if token == b"(":
            pos = _skip_string(data, pos, stream_at)
            if pos < 0:
                return None
            tokens.append((depth, b"()"))
            continue
        if token == b"<<":
            depth += 1
        elif token == b">>":
            depth -= 1
            if depth < 0:
                return None
        elif depth == 0:
            return None  # something outside the dictionary
        tokens.append((depth, token))
    return tokens if tokens and depth == 0 and tokens[-1][1] == b">>" else None


def _skip_string(data: bytes, pos: int, end: int) -> int:
    nesting = 1
    while pos < end:
        char = data[pos]
        if char == 0x5C:  # backslash
            pos += 2
            continue
        if char == 0x28:
            nesting += 1
        elif char == 0x29:
            nesting -= 1
            if nesting == 0:
                return pos + 1
        pos += 1
    return -1


def _top_level(tokens: list[tuple[int, bytes]], key: bytes) -> list[bytes] | None:
    """The value tokens after `key` in the outermost dictionary (an array's items, or one token)."""
    for index, (depth, token) in enumerate(tokens):
        if depth == 1 and token == key and index + 1 < len(tokens):
            rest = [t for _, t in tokens[index + 1 :]]
            if rest[0] == b"[":
                return rest[1 : rest.index(b"]")] if b"]" in rest else None
            return rest[:3] if len(rest) >= 3 and rest[2] == b"R" else rest[:1]
    return []


def _filters(tokens: list[tuple[int, bytes]]) -> tuple[str, ...] | None:
    found = _top_level(tokens, b"/Filter")
    if found is None or any(not t.startswith(b"/") for t in found):
        return None  # an indirect or unreadable /Filter: measured as unknown
    names = (t[1:].decode("latin-1") for t in found)
    return tuple(_FILTER_NAMES.get(n, n) for n in names)


def _is_image(tokens: list[tuple[int, bytes]]) -> bool:
    return _top_level(tokens, b"/Subtype") == [b"/Image"]


# -- capped decoders ------------------------------------------------------------------
def _decoded_size(raw: bytes, filters: tuple[str, ...] | None, cap: int) -> int:
    """Bytes the stream decodes to (raises _OverCap past `cap`); only a chain's last stage
    is counted without being kept."""
    if not filters:  # none declared, or unreadable: zlib-looking data is inflated anyway
        return _inflate(raw, cap, keep=False)[0] if _looks_like_zlib(raw) else len(raw)
    data = raw
    size = len(raw)
    for index, name in enumerate(filters):
        last = index == len(filters) - 1
        if name == "FlateDecode":
            size, data = _inflate(data, cap, keep=not last)
        elif name == "LZWDecode":
            data = _lzw(data, cap)
            size = len(data)
        elif name == "RunLengthDecode":
            data = _run_length(data, cap)
            size = len(data)
        elif name == "ASCIIHexDecode":
            data = _hex(data)
            size = len(data)
        elif name == "ASCII85Decode":
            data = _a85(data)
            size = len(data)
        else:  # image codecs (bounded by pixel size in PDFium) and unknown filters: raw size
            return len(data)
        if size > cap:
            raise _OverCap
    return size


def _looks_like_zlib(raw: bytes) -> bool:
    return len(raw) >= 2 and raw[0] & 0x0F == 8 and (raw[0] << 8 | raw[1]) % 31 == 0


def _inflate(raw: bytes, cap: int, *, keep: bool) -> tuple[int, bytes]:
    inflater = zlib.decompressobj()
    pending = raw
    size = 0
    kept: list[bytes] = []
    try:
        while pending and not inflater.eof:
            chunk = inflater.decompress(pending, min(_CHUNK, cap + 1 - size))
            pending = inflater.unconsumed_tail
            size += len(chunk)
            if size > cap:
                raise _OverCap
            if keep:
                kept.append(chunk)
            if not chunk and not pending:
                break
    except zlib.error:
        pass  # damaged data: PDFium stops there too
    return size, b"".join(kept)


def _hex(raw: bytes) -> bytes:
    digits = re.sub(rb"[^0-9A-Fa-f]", b"", raw.split(b">", 1)[0])
    return binascii.unhexlify(digits + b"0" * (len(digits) % 2))


def _a85(raw: bytes) -> bytes:
    body = re.sub(rb"\s", b"", raw.split(b"~>", 1)[0])
    try:
        return base64.a85decode(body.removeprefix(b"<~"))
    except ValueError:
        return b""


def _run_length(raw: bytes, cap: int) -> bytes:
    out = bytearray()
    pos = 0
    while pos < len(raw):
        length = raw[pos]
        if length == 128:
            break
        if length < 128:
            out += raw[pos + 1 : pos + 2 + length]
            pos += 2 + length
        else:
            out += raw[pos + 1 : pos + 2] * (257 - length)
            pos += 2
        if len(out) > cap:
            raise _OverCap
    return bytes(out)


def _lzw(raw: bytes, cap: int) -> bytes:
    """PDF LZW (early change 1), stopping at `cap` bytes."""
    out = bytearray()
    table = [bytes([i]) for i in range(256)] + [b"", b""]
    width, bits, buffer, previous = 9, 0, 0, b""
    for byte in raw:
        buffer = buffer << 8 | byte
        bits += 8
        while bits >= width:
            bits -= width
            code = buffer >> bits & ((1 << width) - 1)
            if code == 256:
                table, width, previous = table[:258], 9, b""
                continue
            if code == 257:
                return bytes(out)
            if code < len(table):
                entry = table[code]
            elif previous:
                entry = previous + previous[:1]
            else:
                return bytes(out)
            out += entry
            if len(out) > cap:
                raise _OverCap
            if previous and len(table) < 4096:
                table.append(previous + entry[:1])
            previous = entry
            width = 12 if len(table) >= 2047 else 11 if len(table) >= 1023 else 10 if len(table) >= 511 else 9
    return bytes(out)


__all__ = ["LimitError", "StreamInfo", "check_pdf_streams"]
