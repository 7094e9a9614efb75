"""When does a decoded text count? (No Qt: the pipeline feeds it, tests drive it directly.)

A text is *accepted* once two decoded frames agree on it (Electrum's rule: one
misread can pass the decoder's checks; two identical ones practically cannot).
Parts of a multi-part TD1 code (``TD1/i/n/ID:...``) are accepted the same way,
each, and collected; the whole text is accepted when the last part arrives.
A part of another document while collecting starts the collection over.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sello.core.errors import Localized

from sello.core.errors import InputError
from sello.core.qr.parts import PartCollector, is_td1_part

READS_TO_ACCEPT = 2
_MAX_CANDIDATES = 64


@dataclass(frozen=True)
class Accepted:
    """A whole code text (single code, or the reassembled multi-part text)."""

    text: str


@dataclass(frozen=True)
class PartsProgress:
    have: int
    total: int


@dataclass(frozen=True)
class Notice:
    """Something the person scanning should know: a core error (shown in the UI language
    by the pipeline) or `STARTED_OVER`."""

    message: Localized | str


STARTED_OVER = "started-over"  # the pipeline shows its translated sentence


Event = Accepted | PartsProgress | Notice


class CodeAcceptor:
    """Feed it the texts decoded from each frame; it returns what that frame settled."""

    def __init__(self, reads_to_accept: int = READS_TO_ACCEPT) -> None:
        self.reads_to_accept = reads_to_accept
        self._collector = None
        self.reset()

    def reset(self) -> None:
        """Forget everything (the window calls this to scan the next document)."""
        self._reads: dict[str, int] = {}
        self._accepted: set[str] = set()
        if self._collector is not None:
            self._collector.reset()

    def feed(self, texts: Iterable[str]) -> list[Event]:
        events: list[Event] = []
        for text in dict.fromkeys(texts):  # one vote per frame per text
            if not text or text in self._accepted:
                continue
            self._reads[text] = self._reads.get(text, 0) + 1
            if self._reads[text] < self.reads_to_accept:
                continue
            self._accepted.add(text)
            del self._reads[text]
            events.extend(self._settle(text))
        if len(self._reads) > _MAX_CANDIDATES:  # a long session of one-off misreads
            self._reads.clear()
        return events

    def _settle(self, text: str) -> list[Event]:

        if not is_td1_part(text):
            return [Accepted(text)]
        return self._add_part(text)

    def _add_part(self, text: str) -> list[Event]:

        if self._collector is None:
            self._collector = PartCollector()
        events: list[Event] = []
        try:
            self._collector.add(text)
        except InputError as exc:
            if getattr(exc, "reason", None) != "part_mismatch" or self._collector.document_id == _document_of(text):
                return [Notice(exc)]
            # a part of another document: that is the one being scanned now
            self._collector.reset()
            self._accepted = {text}
            self._collector.add(text)
            events.append(Notice(STARTED_OVER))
        have, total = self._collector.progress
        events.append(PartsProgress(have, total))
        if self._collector.complete:
            try:
                whole = self._collector.assemble()
            except InputError as exc:
                self._collector.reset()
                self._accepted.clear()
                return events + [Notice(exc)]
            if whole not in self._accepted:
                self._accepted.add(whole)
                events.append(Accepted(whole))
        return events


def _document_of(part_text: str) -> str | None:
    """The document ID field of a part's text (``TD1/i/n/ID:``)."""
    fields = part_text.split(":", 1)[0].split("/")
    return fields[3] if len(fields) == 4 else None
