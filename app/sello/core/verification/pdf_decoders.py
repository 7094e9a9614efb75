"""Decoders of PDF stream filters that stop at a cap (for `pdf_guard`).

Each takes a stream's bytes (or a memoryview of them) and a cap, and raises `OverCap`
as soon as its output passes the cap; FlateDecode is fed in slices so that neither its
input nor its output is ever held whole unless a later filter needs it.
"""

from __future__ import annotations

import base64
import binascii
import re
import zlib

_CHUNK = 1024 * 1024
_SLICE = 64 * 1024


class OverCap(Exception):
    """The decoded stream is larger than its cap."""


def decoded_size(raw: bytes | memoryview, filters: tuple[str, ...] | None, cap: int) -> int:
    """Bytes the stream decodes to (raises OverCap past `cap`); only a chain's last stage is
    counted without being kept. Unknown or unreadable filters: zlib-looking data is inflated."""
    if not filters:
        return inflate(raw, cap, keep=False)[0] if looks_like_zlib(raw) else len(raw)
    data: bytes | memoryview = raw
    size = len(raw)
    for index, name in enumerate(filters):
        last = index == len(filters) - 1
        if name == "FlateDecode":
            size, data = inflate(data, cap, keep=not last)
        elif name == "LZWDecode":
            data = lzw(bytes(data), cap)
            size = len(data)
        elif name == "RunLengthDecode":
            data = run_length(bytes(data), cap)
            size = len(data)
        elif name == "ASCIIHexDecode":
            data = _hex(bytes(data))
            size = len(data)
        elif name == "ASCII85Decode":
            data = _a85(bytes(data))
            size = len(data)
        elif name in IMAGE_CODECS:  # PDFium decodes these to pixels, bounded by the page render
            return len(data)
        else:  # a name PDFium does not know either; measured as if undeclared
            return inflate(data, cap, keep=False)[0] if looks_like_zlib(data) else len(data)
        if size > cap:
            raise OverCap
    return size


IMAGE_CODECS = frozenset({"DCTDecode", "JPXDecode", "JBIG2Decode", "CCITTFaxDecode", "Crypt"})


def looks_like_zlib(raw: bytes | memoryview) -> bool:
    return len(raw) >= 2 and raw[0] & 0x0F == 8 and (raw[0] << 8 | raw[1]) % 31 == 0


def inflate(raw: bytes | memoryview, cap: int, *, keep: bool) -> tuple[int, bytes]:
    """Inflate `raw` in slices, stopping past `cap` output bytes; (size, bytes if `keep`)."""
    inflater = zlib.decompressobj()
    view = memoryview(raw)
    size = 0
    kept: list[bytes] = []
    try:
        for start in range(0, len(view), _SLICE):
            pending: bytes | memoryview = view[start : start + _SLICE]
            while pending and not inflater.eof:
                chunk = inflater.decompress(pending, min(_CHUNK, cap + 1 - size))
                pending = inflater.unconsumed_tail
                size += len(chunk)
                if size > cap:
                    raise OverCap
                if keep:
                    kept.append(chunk)
                if not chunk and not pending:
                    break
            if inflater.eof:
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


def run_length(raw: bytes, cap: int) -> bytes:
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
            raise OverCap
    return bytes(out)


def lzw(raw: bytes, cap: int) -> bytes:
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
                raise OverCap
            if previous and len(table) < 4096:
                table.append(previous + entry[:1])
            previous = entry
            width = 12 if len(table) >= 2047 else 11 if len(table) >= 1023 else 10 if len(table) >= 511 else 9
    return bytes(out)
