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

import bisect
import re
from collections.abc import Mapping
from dataclasses import dataclass

from sello.core.limits import LimitError, refuse, value
from sello.core.verification.pdf_decoders import OverCap, decoded_size

# `stream` as PDFium reads the keyword: a token of its own (after white space or `>>`, before
# white space or a delimiter); the data starts after the end of that line.
_WHITE = rb"\x00\t\n\x0c\r "
_STREAM = re.compile(rb"(?<=[" + _WHITE + rb">])stream(?=[" + _WHITE + rb"\[\]()<>{}/%]|\Z)")
_LINE_START = re.compile(rb"[\x00\t\x0c ]*(?:\r\n|\n|\r)?")
_ENDSTREAM = re.compile(rb"endstream")
_OBJ_HEAD = re.compile(rb"\d+\s+\d+\s+\Z")  # what precedes `obj` in `N G obj`
# /Encrypt, also written with #xx escapes (/Encr#79pt): PDFium decodes names before it looks
_ENCRYPT = re.compile(
    b"/" + b"".join(b"(?:" + bytes([c]) + b"|#" + b"%X" % c + b")" for c in b"Encrypt") + rb"\s*(?:\d+\s+\d+\s+R|<<)",
    re.IGNORECASE,
)
_NAME_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")
_DICT_WINDOW = 8 * 1024  # a stream's dictionary is a few hundred bytes
_FILTER_NAMES = {
    "AHx": "ASCIIHexDecode",
    "A85": "ASCII85Decode",
    "LZW": "LZWDecode",
    "Fl": "FlateDecode",
    "RL": "RunLengthDecode",
    "CCF": "CCITTFaxDecode",
    "DCT": "DCTDecode",
}


@dataclass(frozen=True)
class StreamInfo:
    """Every filter chain the stream's dictionary may mean (one per top-level `/Filter`; a
    chain of None when it cannot be read, measured as undeclared), and whether it is an image."""

    chains: tuple[tuple[str, ...] | None, ...]
    is_image: bool


THE_PDF = {"en": "The PDF", "es": "El PDF"}


class _Budget:
    """Work left for reading dictionaries and stream bytes (overlapping streams, a
    dictionary read for many keywords) before the file is refused."""

    def __init__(self, what: str | Mapping[str, str]) -> None:
        self.what = what
        self.dictionary = value("pdf_dictionary_bytes")
        self.tokenized = value("pdf_dictionary_bytes") // 8  # the slow path: dictionaries with strings
        self.raw = value("pdf_total_bytes")
        self.objects: dict[bytes, int] | None = None  # "N G" -> offset of `obj`, built when first needed

    def spend_dictionary(self, size: int) -> None:
        self.dictionary -= size
        if self.dictionary < 0:
            raise refuse("pdf_dictionary_bytes", what=self.what)

    def spend_tokenized(self, size: int) -> None:
        self.tokenized -= size
        if self.tokenized < 0:
            raise refuse("pdf_dictionary_bytes", what=self.what)

    def spend_raw(self, size: int) -> None:
        self.raw -= size
        if self.raw < 0:
            raise refuse("pdf_total_bytes", what=self.what)


def check_pdf_streams(data: bytes, what: str | Mapping[str, str] = THE_PDF) -> int:
    """Raise `LimitError` if any stream of `data` inflates past its cap, the streams together
    past `pdf_total_bytes`, or the file is encrypted. Returns the bytes inflated in all."""
    if _ENCRYPT.search(data):
        raise refuse("pdf_encrypted", what=what)
    view = memoryview(data)
    ends = [m.start() for m in _ENDSTREAM.finditer(data)]
    budget = _Budget(what)
    total_cap = value("pdf_total_bytes")
    total = 0
    for count, match in enumerate(_STREAM.finditer(data), start=1):
        if count > value("pdf_streams"):
            raise refuse("pdf_streams", what=what)
        info = _stream_info(data, match.start(), budget)
        cap = value("pdf_image_bytes") if info.is_image else value("pdf_stream_bytes")
        start = _LINE_START.match(data, match.end()).end()  # type: ignore[union-attr]  # always matches
        following = bisect.bisect_left(ends, start)
        end = ends[following] if following < len(ends) else len(data)
        budget.spend_raw(end - start)  # streams without `endstream` overlap: bounded here
        try:
            total += max(decoded_size(view[start:end], chain, min(cap, total_cap - total)) for chain in info.chains)
        except OverCap:
            if total_cap - total < cap:
                raise refuse("pdf_total_bytes", what=what) from None
            raise refuse("pdf_image_bytes" if info.is_image else "pdf_stream_bytes", what=what) from None
    return total


def _stream_info(data: bytes, stream_at: int, budget: _Budget) -> StreamInfo:
    """The filters and kind of the stream whose keyword is at `stream_at`: the dictionary
    after the nearest `N G obj` before it (trying the four nearest)."""
    floor = max(0, stream_at - _DICT_WINDOW)
    at = stream_at
    for _ in range(4):
        at = data.rfind(b"obj", floor, at)
        if at < 0:
            break
        if not _OBJ_HEAD.search(data, max(floor, at - 40), at):
            continue
        body = data[at + 3 : stream_at]
        budget.spend_dictionary(len(body))
        if b"(" in body or b"%" in body:  # strings or comments: read token by token
            budget.spend_tokenized(len(body))
            tokens = _dict_tokens(data, at + 3, stream_at)
            found = None if tokens is None else (_top_level(tokens, b"/Filter"), _top_level(tokens, b"/Subtype"))
        else:
            found = _fast_top_level(body.strip(b"\x00\t\n\x0c\r "))
        if found is not None:
            filters, subtypes = found
            chains = tuple(_chain(value, data, budget) for value in filters) or ((),)
            return StreamInfo(chains, [b"/Image"] in subtypes)
    return StreamInfo((None,), False)


_KEY = re.compile(rb"/(Filter|Subtype)(?![^\x00\t\n\x0c\r /\[\]()<>{}%])")
_VALUE = re.compile(
    rb"[\x00\t\n\x0c\r ]*(\[[^\]]*\]|/[^\x00\t\n\x0c\r /\[\]()<>{}%]*|\d+[\x00\t\n\x0c\r ]+\d+[\x00\t\n\x0c\r ]+R)"
)
_VALUE_TOKEN = re.compile(rb"/[^\x00\t\n\x0c\r /\[\]()<>{}%]*|\d+|R|\S")


def _fast_top_level(body: bytes) -> tuple[list[list[bytes]], list[list[bytes]]] | None:
    """(/Filter values, /Subtype values) of a dictionary without strings or comments: each
    key's depth is counted with bytes.count, not token by token."""
    if not (body.startswith(b"<<") and body.endswith(b">>")) or body.count(b"<<") != body.count(b">>"):
        return None
    found: dict[bytes, list[list[bytes]]] = {b"Filter": [], b"Subtype": []}
    for key in _KEY.finditer(body):
        if body.count(b"<<", 0, key.start()) - body.count(b">>", 0, key.start()) != 1:
            continue
        value = _VALUE.match(body, key.end())
        if value is None:
            found[key[1]].append([b"?"])  # a value of another kind: unreadable
            continue
        tokens = _VALUE_TOKEN.findall(value[1])
        found[key[1]].append(tokens[1:-1] if tokens[:1] == [b"["] else tokens)
    return found[b"Filter"], found[b"Subtype"]


def _chain(tokens: list[bytes], data: bytes, budget: _Budget) -> tuple[str, ...] | None:
    """A /Filter value as filter names; an indirect one is looked up; None if unreadable."""
    if len(tokens) == 3 and tokens[2] == b"R":
        tokens = _resolve(tokens[0] + b" " + tokens[1], data, budget)
    if not tokens or any(not t.startswith(b"/") for t in tokens):
        return None
    names = (_NAME_ESCAPE.sub(lambda m: bytes([int(m[1], 16)]), t[1:]).decode("latin-1") for t in tokens)
    return tuple(_FILTER_NAMES.get(n, n) for n in names)


_OBJECT = re.compile(rb"(?<![0-9])(\d+)[\x00\t\n\x0c\r ]+(\d+)[\x00\t\n\x0c\r ]+obj")


def _resolve(reference: bytes, data: bytes, budget: _Budget) -> list[bytes]:
    """The value tokens of object `N G` (a name or an array of names), or [] if not found."""
    if budget.objects is None:
        budget.objects = {m[1] + b" " + m[2]: m.end() for m in _OBJECT.finditer(data)}
    at = budget.objects.get(reference)
    value = _VALUE.match(data, at) if at is not None else None
    if value is None:
        return []
    tokens = _VALUE_TOKEN.findall(value[1])
    return tokens[1:-1] if tokens[:1] == [b"["] else tokens


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


def _top_level(tokens: list[tuple[int, bytes]], key: bytes) -> list[list[bytes]]:
    """Every value of `key` in the outermost dictionary (an array's items, a reference, a name)."""
    values = []
    for index, (depth, token) in enumerate(tokens):
        if depth == 1 and token == key and index + 1 < len(tokens):
            rest = [t for _, t in tokens[index + 1 : index + 64]]
            if rest[0] == b"[":
                values.append(rest[1 : rest.index(b"]")] if b"]" in rest else [b"?"])
            else:
                values.append(rest[:3] if len(rest) >= 3 and rest[2] == b"R" else rest[:1])
    return values


__all__ = ["LimitError", "StreamInfo", "check_pdf_streams"]
