"""Multi-part TD1 codes: one TD1 text too big for one QR symbol, printed as numbered parts.

A part's text is ``TD1/<index>/<count>/<ID>:<chunk>``, all in the QR alphanumeric set:
index 1..count and count 2..99 in decimal without leading zeros; ID is 8 upper-case hex
digits, the first 4 bytes of SHA-256 of the whole ``TD1:`` text; the chunks, in index
order, are the whole text's base45 after ``TD1:``. The ID keeps parts of two documents
apart and checks the reassembled text. Parts can be scanned in any order.
"""

from __future__ import annotations

import hashlib
import math
import re

from sello.core.i18n import Message
from sello.core.qr.wire import PART_PREFIX, PREFIX, Td1Error

MAX_PARTS = 99
_PART = re.compile(r"TD1/([1-9][0-9]?)/([1-9][0-9]?)/([0-9A-F]{8}):([0-9A-Z $%*+\-./:]+)")


def document_id(td1_text: str) -> str:
    """The 8-hex-digit ID shared by all parts of `td1_text`."""
    return hashlib.sha256(td1_text.encode("ascii")).hexdigest()[:8].upper()


def _part_header(index: int, count: int, doc_id: str) -> str:
    return f"{PART_PREFIX}{index}/{count}/{doc_id}:"


def split_td1(text: str, max_chars: int) -> list[str]:
    """Split a TD1 text into the fewest parts of at most `max_chars` characters each.

    A text that already fits is returned alone, unchanged. Parts get near-equal sizes.
    """
    if not text.startswith(PREFIX):
        raise Td1Error("prefix", Message("td1.split_needs_whole"))
    if len(text) <= max_chars:
        return [text]
    body, doc_id = text[len(PREFIX) :], document_id(text)
    for count in range(2, MAX_PARTS + 1):
        chunk = math.ceil(len(body) / count)
        if chunk + len(_part_header(count, count, doc_id)) <= max_chars:
            bounds = [len(body) * index // count for index in range(count + 1)]
            return [
                _part_header(index + 1, count, doc_id) + body[bounds[index] : bounds[index + 1]]
                for index in range(count)
            ]
    raise Td1Error("too_large", Message("td1.too_many_parts", limit=MAX_PARTS))


def is_td1_part(text: str) -> bool:
    """True if `text` is well-formed as one part of a multi-part TD1 code."""
    match = _PART.fullmatch(text)
    return match is not None and int(match.group(1)) <= int(match.group(2)) and int(match.group(2)) >= 2


class PartCollector:
    """Collects the parts of one multi-part TD1 code, in any order, and reassembles it."""

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        """Forget all parts (for example to start on another document)."""
        self._doc_id: str | None = None
        self._count = 0
        self._chunks: dict[int, str] = {}

    @property
    def document_id(self) -> str | None:
        return self._doc_id

    @property
    def progress(self) -> tuple[int, int]:
        """(parts collected, parts in total); (0, 0) before the first part."""
        return len(self._chunks), self._count

    @property
    def complete(self) -> bool:
        return self._count > 0 and len(self._chunks) == self._count

    @property
    def missing(self) -> list[int]:
        """Part numbers (1-based) still to scan."""
        return [index for index in range(1, self._count + 1) if index not in self._chunks]

    def add(self, text: str) -> bool:
        """Add a scanned part; True if it was new, False if it was already collected."""
        if not is_td1_part(text):
            raise Td1Error("part", Message("td1.not_a_part"))
        match = _PART.fullmatch(text)
        assert match is not None
        index, count, doc_id, chunk = int(match.group(1)), int(match.group(2)), match.group(3), match.group(4)
        if self._doc_id is not None and (doc_id != self._doc_id or count != self._count):
            raise Td1Error(
                "part_mismatch",
                Message("td1.part_other_document", index=index, count=count, doc_id=doc_id, current=self._doc_id),
            )
        if index in self._chunks:
            if self._chunks[index] != chunk:
                raise Td1Error("part_mismatch", Message("td1.part_differs", index=index, doc_id=doc_id))
            return False
        self._doc_id, self._count = doc_id, count
        self._chunks[index] = chunk
        return True

    def assemble(self) -> str:
        """The whole ``TD1:`` text; raises if parts are missing or the result fails its ID check."""
        if not self.complete:
            missing = ", ".join(str(index) for index in self.missing)
            count = self._count or "?"
            raise Td1Error(
                "incomplete",
                Message("td1.parts_missing", missing=missing, count=count)
                if missing
                else Message("td1.parts_missing_all", count=count),
            )
        text = PREFIX + "".join(self._chunks[index] for index in range(1, self._count + 1))
        if document_id(text) != self._doc_id:
            raise Td1Error("corrupt", Message("td1.parts_damaged"))

        return text
